/** Reads LegiScan's CSV datasets (bills, history, sponsors, people; the other tables are recognised and left alone) into records. */
import { csvParse } from 'd3-dsv';
import type { LegiScanFile, LsBill, LsRecords } from './records';

type Row = Record<string, string | undefined>;
const TABLES: Record<string, string[]> = {
  bills: ['bill_id', 'bill_number', 'description', 'status_desc'],
  history: ['bill_id', 'date', 'sequence', 'action'],
  sponsors: ['bill_id', 'people_id', 'position'],
  people: ['people_id', 'name', 'party', 'role'],
  rollcalls: ['bill_id', 'roll_call_id', 'yea', 'nay'],
  votes: ['roll_call_id', 'people_id', 'vote'],
  documents: ['bill_id', 'document_id', 'document_type'],
};

/** The tables the import reads; the others (rollcalls, votes, documents) are recognised and left unparsed. */
export const USED = new Set(['bills', 'history', 'sponsors', 'people']);

/** The table a CSV file holds, known by its header row (so renamed files still work). */
export function csvTable(text: string): string | null {
  const nl = text.indexOf('\n');
  const header = (nl < 0 ? text : text.slice(0, nl)).replace(/^\uFEFF/, '').trim();
  const cols = new Set(header.split(',').map((c) => c.trim().replace(/^"|"$/g, '')));
  return Object.keys(TABLES).find((t) => TABLES[t].every((c) => cols.has(c))) ?? null;
}

/** Adds the CSV files' records to `into`; rows that do not fit are reported by file and line. */
export function readCsvFiles(files: LegiScanFile[], into: LsRecords): void {
  const tables = new Map<string, { file: string; rows: Row[] }>();
  for (const f of files) {
    const table = csvTable(f.text);
    if (!table) {
      into.problems.push({
        file: f.name,
        path: '',
        message:
          "not one of LegiScan's CSV tables (expected the header of bills.csv, history.csv, sponsors.csv, people.csv, rollcalls.csv, votes.csv or documents.csv)",
      });
      continue;
    }
    // Known tables the import does not use (tallies come from the actions' own wording): not parsed.
    if (!USED.has(table)) continue;
    if (tables.has(table)) {
      into.problems.push({ file: f.name, path: '', message: `a second ${table} table; kept the first (${tables.get(table)!.file})` });
      continue;
    }
    tables.set(table, { file: f.name, rows: csvParse(f.text.replace(/^\uFEFF/, '')) as Row[] });
  }
  const bills = tables.get('bills');
  if (!bills) {
    if (tables.size)
      into.problems.push({
        file: [...tables.values()][0].file,
        path: '',
        message: 'bills.csv is missing: the other tables are keyed to it',
      });
    return;
  }
  const byId = new Map<string, LsBill>();
  bills.rows.forEach((r, i) => {
    const where = `${bills.file}:${i + 2}`;
    if (!r.bill_id || !r.bill_number) {
      into.problems.push({ file: bills.file, path: `line ${i + 2}`, message: 'a bill without bill_id or bill_number; skipped' });
      into.skipped++;
      return;
    }
    const bill: LsBill = {
      billId: r.bill_id,
      number: r.bill_number,
      status: r.status_desc ?? '',
      title: r.title ?? '',
      description: r.description ?? '',
      url: r.url ?? '',
      stateLink: r.state_link ?? '',
      history: [],
      sponsors: [],
      related: [],
      where,
    };
    byId.set(bill.billId, bill);
    into.bills.push(bill);
    inferSession(r.url, into);
  });
  const keyed = (table: string, each: (bill: LsBill, r: Row) => void) => {
    const t = tables.get(table);
    if (!t) return;
    let orphans = 0;
    for (const r of t.rows) {
      const bill = byId.get(r.bill_id ?? '');
      if (bill) each(bill, r);
      else orphans++;
    }
    if (orphans) into.problems.push({ file: t.file, path: '', message: `${orphans} rows name a bill_id not in ${bills.file}; skipped` });
  };
  keyed('history', (b, r) =>
    b.history.push({ date: r.date ?? '', chamber: r.chamber ?? '', sequence: Number(r.sequence), action: r.action ?? '' }),
  );
  const order = new Map<LsBill, Array<[number, string]>>();
  keyed('sponsors', (b, r) => {
    if (!order.has(b)) order.set(b, []);
    order.get(b)!.push([Number(r.position) || 0, r.people_id ?? '']);
  });
  for (const [b, list] of order) b.sponsors = list.sort((x, y) => x[0] - y[0]).map(([, id]) => id);
  for (const b of byId.values()) b.history.sort((x, y) => x.sequence - y.sequence);
  for (const r of tables.get('people')?.rows ?? []) {
    if (!r.people_id) continue;
    into.people.set(r.people_id, {
      id: r.people_id,
      name: r.name || [r.first_name, r.last_name].filter(Boolean).join(' ') || `person ${r.people_id}`,
      party: r.party ?? '',
      role: r.role ?? '',
      district: r.district ?? '',
      committee: (r.committee_id ?? '0') !== '0',
    });
  }
}

// LegiScan's bill URLs carry the state and the session's first year: https://legiscan.com/MI/bill/HB4001/2019
function inferSession(url: string | undefined, into: LsRecords) {
  if (into.session.state || !url) return;
  const m = /legiscan\.com\/([A-Z]{2})\/bill\/[^/]+\/(\d{4})/.exec(url);
  if (m) into.session = { ...into.session, state: m[1], yearStart: Number(m[2]) };
}
