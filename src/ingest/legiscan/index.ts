/**
 * Imports LegiScan data (its CSV datasets, its JSON datasets and API bill objects) into a Tiebar
 * dataset: bills and joint resolutions with their kind, dated events from the actions, sponsors as
 * stakeholders, Michigan's title tie-bars as typed links, both pages of each bill as sources, and
 * the credit LegiScan's licence asks for. Pure; never throws on bad input.
 */
import type { Bill, Dataset } from '../../model/schema';
import type { LegiScanFile, LsRecords } from './records';
import { emptyRecords } from './records';
import { readCsvFiles } from './csv';
import { readJsonFile } from './json';
import { parseBillNumber } from './numbers';
import type { MappedBill } from './bills';
import { addBillSources, mapBill } from './bills';
import { mapSponsors } from './people';
import type { TieChangeReport, UnresolvedTie } from './tiebars';
import { buildTieBars } from './tiebars';
import { buildRelations } from './relations';
import { buildTwins } from './twins';
import { addSessionEnd } from './sessionEnd';
import { CREDIT, creditSources, creditNotes } from './credit';
import { slimDataset } from './slim';

export type { LegiScanFile } from './records';

/** What an import did (the Open States report's fields, and the ties). */
export interface LegiScanReport {
  /** Files read. */
  files: number;
  /** Bills imported (placeholders not counted). */
  bills: number;
  /** Records skipped. */
  skipped: number;
  /** Problems, by file and place. */
  problems: Array<{ file: string; path: string; message: string }>;
  /** Tie-bar links made. */
  detected: number;
  /** Companion links made: a never-enacted bill a signed bill's tie names, to its enacted twin (./twins). */
  twins: number;
  /** Tie-bar targets named in all (a bill named by several ties counts once for each). */
  targets: number;
  /** Distinct bills the tie-bars name. */
  named: number;
  /** Where the tie-bars were read, in words that follow "found N ties". */
  tiesFrom: string;
  /** Targets that named no imported bill (each kept as a placeholder). */
  unresolved: UnresolvedTie[];
  /** Title phrases about ties: applied, or why not. */
  tieChanges: TieChangeReport[];
  /** Events added for bills that died when the session ended. */
  died: number;
}

/** Options of an import. */
export interface LegiScanOptions {
  /** Dataset id (default "legiscan-<state>-<years>"). */
  id?: string;
  /** Dataset title. */
  title?: string;
  /** Leave out procedural steps and co-sponsorships (a lighter built-in for the app). */
  slim?: boolean;
  /** Called as bills are mapped. */
  onProgress?: (done: number, total: number) => void;
}

const STATES: Record<string, string> = { MI: 'Michigan' };

/** Turns LegiScan files into a dataset and a report. */
export function importLegiScan(files: LegiScanFile[], options: LegiScanOptions = {}): { dataset: Dataset; report: LegiScanReport } {
  const records = emptyRecords();
  readCsvFiles(
    files.filter((f) => /\.csv$/i.test(f.name)),
    records,
  );
  for (const f of files) if (!/\.csv$/i.test(f.name)) readJsonFile(f, records);
  const { session } = records;
  const michigan = session.state === 'MI';
  const yearEnd = session.yearEnd ?? (michigan && session.yearStart ? session.yearStart + 1 : undefined);
  const sessionName = session.yearStart
    ? yearEnd && yearEnd !== session.yearStart
      ? `${session.yearStart}-${yearEnd}`
      : String(session.yearStart)
    : (session.name ?? 'session');
  const jurisdiction = session.state ? (STATES[session.state] ?? session.state) : undefined;
  const sources: Dataset['sources'] = creditSources();
  const mapped = mapRecords(records, sources, { session: sessionName, jurisdiction, constitutionalJr: michigan }, options);
  const ties = buildTieBars(mapped, { start: session.yearStart, end: yearEnd });
  const relations = buildRelations(mapped, michigan);
  const twins = michigan ? buildTwins(mapped, ties.links) : [];
  const died = addSessionEnd(mapped, records, yearEnd, sessionName);
  const people = mapSponsors(mapped, records.people, 'legiscan');
  if (people.unknown)
    records.problems.push({
      file: 'people',
      path: '',
      message: `${people.unknown} sponsorships name a person not in the people table; left out`,
    });
  if (relations.outside)
    records.problems.push({
      file: 'sasts',
      path: '',
      message: `${relations.outside} related bills (same as, similar to) are not among the imported bills; not linked`,
    });
  const bills: Bill[] = [...mapped.map((m) => m.bill), ...ties.placeholders];
  const place = jurisdiction ? `${jurisdiction} ` : '';
  const dataset: Dataset = {
    schemaVersion: 1,
    id:
      options.id ??
      `legiscan-${(session.state ?? 'import').toLowerCase()}-${sessionName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(0, 64),
    title: options.title ?? `${place}${sessionName}: ${mapped.length.toLocaleString('en-US')} bills from LegiScan`,
    description: `${place}${sessionName} session as LegiScan records it: ${mapped.length.toLocaleString('en-US')} bills and resolutions, ${ties.links.length.toLocaleString('en-US')} of them tie-barred to others.`,
    ...(jurisdiction ? { jurisdictions: [jurisdiction] } : {}),
    credit: CREDIT,
    sources,
    bills,
    ...(people.stakeholders.length ? { stakeholders: people.stakeholders } : {}),
    ...(people.positions.length ? { positions: people.positions } : {}),
    ...(ties.links.length + twins.length + relations.links.length ? { links: [...ties.links, ...twins, ...relations.links] } : {}),
    notes: creditNotes(died.reason),
  };
  options.onProgress?.(mapped.length, mapped.length);
  const report: LegiScanReport = {
    files: files.length,
    bills: mapped.length,
    skipped: records.skipped,
    problems: records.problems.slice(0, 1000),
    detected: ties.links.length,
    twins: twins.length,
    targets: ties.targets,
    named: new Set(ties.links.flatMap((l) => l.to)).size,
    tiesFrom: 'in the bills\' titles ("TIE BAR WITH …")',
    unresolved: ties.unresolved,
    tieChanges: ties.changes,
    died: died.count,
  };
  return { dataset: options.slim ? slimDataset(dataset) : dataset, report };
}

function mapRecords(
  records: LsRecords,
  sources: Dataset['sources'],
  context: { session: string; jurisdiction?: string; constitutionalJr: boolean },
  options: LegiScanOptions,
): MappedBill[] {
  const mapped: MappedBill[] = [];
  const seen = new Set<string>();
  records.bills.forEach((r, n) => {
    if (n % 200 === 0) options.onProgress?.(n, records.bills.length);
    const problem = (path: string, message: string) => records.problems.push({ file: r.where, path, message });
    const measure = parseBillNumber(r.number, context.constitutionalJr);
    if (!measure) {
      problem('bill_number', `"${r.number.slice(0, 30)}" is not a bill number LegiScan uses (e.g. "HB4001", "HJRE"); skipped`);
      records.skipped++;
      return;
    }
    if (seen.has(measure.id)) {
      problem('bill_number', `${measure.label} appears twice; kept the first`);
      records.skipped++;
      return;
    }
    seen.add(measure.id);
    const cite = addBillSources(sources, measure.id, measure.label, context.session, r);
    mapped.push(mapBill(r, measure, { session: context.session, jurisdiction: context.jurisdiction, sources: cite }, problem));
  });
  return mapped;
}

/** True when files look like LegiScan's (its CSV tables, or JSON with LegiScan's `bill_number`), not Open States'. */
export function looksLikeLegiScan(files: LegiScanFile[]): boolean {
  return files.some((f) => /\.csv$/i.test(f.name) || (/\.json$/i.test(f.name) && /"bill_number"\s*:/.test(f.text.slice(0, 20_000))));
}

/** A LegiScan report in the shape the app's import notice reads (tie notes listed with the problems). */
export function asImportNotice(report: LegiScanReport) {
  return {
    ...report,
    problems: [
      ...report.problems,
      ...report.tieChanges.map((c) => ({ file: c.bill, path: 'title', message: `"${c.text}": ${c.outcome}` })),
    ],
    unresolved: report.unresolved.map((u) => ({ bill: u.bill, ref: `${u.ref} (${u.reason}; kept as a placeholder)` })),
  };
}
