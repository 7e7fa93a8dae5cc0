/** LegiScan's records as the importer reads them, whichever format they came in (CSV or JSON). */

/** A file handed to the importer. */
export interface LegiScanFile {
  /** File name (reports name it; CSV tables are also known by it: "bills.csv"). */
  name: string;
  /** Its contents. */
  text: string;
}

/** One history step. */
export interface LsHistory {
  /** Journal date, YYYY-MM-DD. */
  date: string;
  /** Chamber ("House", "Senate"). */
  chamber: string;
  /** Order within the bill's history. */
  sequence: number;
  /** The action as written. */
  action: string;
}

/** A legislator (or a committee acting as sponsor). */
export interface LsPerson {
  /** LegiScan people_id. */
  id: string;
  /** Full name. */
  name: string;
  /** Party letter (D, R, I...). */
  party: string;
  /** Role ("Rep", "Sen"). */
  role: string;
  /** District ("HD-032"). */
  district: string;
  /** True when the "person" is a committee. */
  committee: boolean;
}

/** A bill with everything keyed to it. */
export interface LsBill {
  /** LegiScan bill_id. */
  billId: string;
  /** Bill number as LegiScan writes it ("HB4001", "HJRE"). */
  number: string;
  /** LegiScan status description (Introduced, Engrossed, Enrolled, Passed, Vetoed, Failed). */
  status: string;
  /** Short title. */
  title: string;
  /** Long title (Michigan's carries the tie-bar list). */
  description: string;
  /** LegiScan page. */
  url: string;
  /** The state's page. */
  stateLink: string;
  /** History, in order. */
  history: LsHistory[];
  /** Sponsors: people ids in order. */
  sponsors: string[];
  /** Same-as and similar bills (JSON sasts): [LegiScan type, bill number]. */
  related: Array<[string, string]>;
  /** Where it was read, for reports: "bills.csv:12", "HB4001.json". */
  where: string;
}

/** A session as far as the records tell. */
export interface LsSession {
  /** State abbreviation ("MI"). */
  state?: string;
  /** First year. */
  yearStart?: number;
  /** Last year. */
  yearEnd?: number;
  /** Session name ("2019-2020 Regular Session"). */
  name?: string;
  /** True when the session is known to have adjourned for good. */
  sineDie?: boolean;
}

/** Everything read from the files, with the problems met. */
export interface LsRecords {
  /** Bills, in the order read. */
  bills: LsBill[];
  /** People by id. */
  people: Map<string, LsPerson>;
  /** The session. */
  session: LsSession;
  /** Problems by file and place. */
  problems: Array<{ file: string; path: string; message: string }>;
  /** Records skipped. */
  skipped: number;
}

/** An empty set of records. */
export function emptyRecords(): LsRecords {
  return { bills: [], people: new Map(), session: {}, problems: [], skipped: 0 };
}
