/**
 * Imports bill JSON in the Open States format (API v3 bill objects, their `results` lists, and
 * the bulk/scraper files that say `legislative_session`) into a Tiebar dataset: bills, dated
 * events, votes, sponsors as stakeholders, related bills as loose links, and the ties detected in
 * any bill text given. Bad records are reported by file and JSON path, skipped and counted; the
 * cost is linear in the input. Steps: readFiles -> mapBill -> resolveLinks -> assemble (here).
 */
import type { Dataset } from '../../model/schema';
import { MAX_BILLS } from '../../model/limits';
import { validateDataset } from '../../model/parse';
import { readFiles } from './readFiles';
import { ImportState, mapBill } from './mapBill';
import type { Report } from './mapBill';
import { resolveLinks } from './resolveLinks';
import type { ImportFile, ImportOptions, ImportReport } from './types';

export type { ImportFile, ImportOptions, ImportProblem, ImportReport } from './types';
export { htmlToText } from './htmlToText';

const MAX_PROBLEMS = 1000;

/** Turns Open States files into a dataset and a report. Never throws on bad input. */
export function importOpenStates(files: ImportFile[], options: ImportOptions = {}): { dataset: Dataset; report: ImportReport } {
  const report: ImportReport = {
    files: files.length,
    bills: 0,
    skipped: 0,
    problems: [],
    detected: 0,
    tiesFrom: 'in bill text',
    unresolved: [],
  };
  const problem: Report = (file, path, message) => {
    if (report.problems.length < MAX_PROBLEMS) report.problems.push({ file, path, message });
  };
  const read = readFiles(files);
  for (const p of read.problems) problem(p.file, p.path, p.message);
  report.skipped += read.unreadable;
  const state = new ImportState();
  const { records } = read;
  const title = (n: number) => options.title ?? `Imported from Open States: ${n} bills`;
  if (records.length > MAX_BILLS) {
    report.fatal = `the files hold ${records.length.toLocaleString('en-US')} bill records, more than one dataset holds (at most ${MAX_BILLS.toLocaleString('en-US')} bills): import fewer files at a time, e.g. one session`;
    return { dataset: assemble(state, [], options, title(0)), report };
  }
  records.forEach((record, n) => {
    options.onProgress?.(n, records.length);
    if (!mapBill(state, record, read.texts, problem)) report.skipped++;
  });
  const links = resolveLinks(state, problem, report);
  options.onProgress?.(records.length, records.length);
  let dataset = assemble(state, links, options, title(state.bills.length));
  dataset = dropInvalid(dataset, state, problem, report);
  report.bills = dataset.bills.filter((b) => b.kind === 'bill' || b.kind === undefined).length;
  if (dataset.bills.length === 0) {
    report.fatal = `no bill could be imported from ${files.length === 1 ? 'this file' : `these ${files.length} files`}${report.problems.length ? ' (the problems are listed)' : ''}`;
  }
  if (options.title === undefined) dataset.title = title(report.bills);
  return { dataset, report };
}

/** The dataset from what was mapped. */
function assemble(state: ImportState, links: Dataset['links'] & object, options: ImportOptions, title: string): Dataset {
  return {
    schemaVersion: 1,
    id: options.id ?? 'openstates-import',
    title,
    ...(state.jurisdictions.size ? { jurisdictions: [...state.jurisdictions].slice(0, 100) } : {}),
    sources: state.sources,
    bills: state.bills,
    ...(state.stakeholders.size ? { stakeholders: [...state.stakeholders.values()] } : {}),
    ...(state.positions.length ? { positions: state.positions } : {}),
    ...(links.length ? { links } : {}),
  };
}

const AT = /^(bills|positions|links|stakeholders)\[(\d+)\]/;

/**
 * The safety net: whatever the mapping let through that the validator refuses (an invisible
 * label, a text over a limit), the record is skipped and reported with its file and path, and
 * what depended on it goes with it, so an import never refuses its own output.
 */
function dropInvalid(dataset: Dataset, state: ImportState, problem: Report, report: ImportReport): Dataset {
  for (let pass = 0; pass < 20; pass++) {
    const result = validateDataset(dataset);
    if (result.ok || dataset.bills.length === 0) return dataset;
    const drop: Record<string, Set<number>> = { bills: new Set(), positions: new Set(), links: new Set(), stakeholders: new Set() };
    for (const e of result.errors) {
      const m = AT.exec(e.path);
      if (!m) continue;
      const [, list, index] = m;
      drop[list].add(Number(index));
      const origin = list === 'bills' ? state.origins[Number(index)] : undefined;
      const rest = e.path.slice(m[0].length).replace(/^\./, '');
      problem(
        origin?.file ?? '',
        origin?.path ?? '',
        `the imported ${list.slice(0, -1)} ${rest ? `${rest}: ` : ''}${e.message}; record skipped`,
      );
    }
    if (drop.bills.size + drop.positions.size + drop.links.size + drop.stakeholders.size === 0) {
      report.fatal = `the imported dataset does not validate: ${result.errors[0]?.path}: ${result.errors[0]?.message}`;
      return dataset;
    }
    report.skipped += drop.bills.size;
    const keep = <T>(list: T[] | undefined, name: string) => list?.filter((_, i) => !drop[name].has(i));
    const bills = keep(dataset.bills, 'bills')!;
    const origins = state.origins.filter((_, i) => !drop.bills.has(i));
    state.origins.splice(0, state.origins.length, ...origins);
    const ids = new Set(bills.map((b) => b.id));
    const stakeholders = keep(dataset.stakeholders, 'stakeholders');
    const people = new Set(stakeholders?.map((s) => s.id));
    const positions = keep(dataset.positions, 'positions')?.filter((p) => ids.has(p.target) && people.has(p.stakeholder));
    const links = keep(dataset.links, 'links')?.filter((l) => ids.has(l.from) && l.to.every((t) => ids.has(t)));
    dataset = {
      ...dataset,
      bills,
      ...(stakeholders?.length ? { stakeholders } : { stakeholders: undefined }),
      ...(positions?.length ? { positions } : { positions: undefined }),
      ...(links?.length ? { links } : { links: undefined }),
    };
    for (const k of ['stakeholders', 'positions', 'links'] as const) if (dataset[k] === undefined) delete dataset[k];
  }
  return dataset;
}
