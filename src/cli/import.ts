/** `tiebar import openstates|legiscan <files or folders...> -o dataset.json [--id ID] [--title T] [--slim]`. */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importOpenStates } from '../ingest/openstates';
import type { ImportFile } from '../ingest/openstates';
import { formatProblem, validateDataset } from '../model';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { readTextFile } from './io';
import { runImportLegiScan } from './importLegiScan';
import type { CommandResult } from './validate';

function collect(paths: string[]): { files: ImportFile[]; unreadable: string[] } {
  const files: ImportFile[] = [];
  const unreadable: string[] = [];
  const visit = (p: string) => {
    let folder = false;
    try {
      folder = statSync(p).isDirectory();
    } catch {
      // reported by readTextFile below
    }
    if (folder) {
      for (const name of readdirSync(p).sort()) if (/\.(json|txt|html?)$/i.test(name)) visit(join(p, name));
      return;
    }
    const read = readTextFile(p);
    if (read.ok) files.push({ name: p.split('/').pop()!, text: read.text });
    else unreadable.push(read.message);
  };
  paths.forEach(visit);
  return { files, unreadable };
}

/** Imports Open States bill JSON (and bill text files) into a validated Tiebar dataset. */
export function runImport(args: ParsedArgs): CommandResult {
  const [format, ...paths] = args.positionals;
  if (format === 'legiscan') return runImportLegiScan(paths, args);
  if (format !== 'openstates')
    throw new UsageError(`import needs a format: "openstates" or "legiscan" (got ${format ? `"${format}"` : 'nothing'})`);
  if (paths.length === 0) throw new UsageError('import openstates needs files or folders');
  const out = args.options.get('out')?.at(-1);
  if (!out) throw new UsageError('import needs -o <dataset.json>');
  const { files, unreadable } = collect(paths);
  if (files.length === 0)
    return { stdout: '', stderr: `nothing to import${unreadable.length ? `:\n${unreadable.join('\n')}` : ''}\n`, code: 2 };
  const started = performance.now();
  const { dataset, report } = importOpenStates(files, { id: args.options.get('id')?.at(-1), title: args.options.get('title')?.at(-1) });
  const seconds = (performance.now() - started) / 1000;
  const lines = [
    `read ${report.files} files; imported ${report.bills} bills, skipped ${report.skipped} records; ${report.detected} links found in bill text (${seconds.toFixed(2)} s)`,
    ...unreadable,
    ...report.problems.map((p) => `${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`),
    ...report.unresolved.map((u) => `${u.bill}: clause names ${u.ref}, which is not among the imported bills`),
  ];
  if (report.fatal) return { stdout: '', stderr: `${lines.join('\n')}\nnothing written: ${report.fatal}\n`, code: 1 };
  const valid = validateDataset(dataset);
  if (!valid.ok)
    return {
      stdout: '',
      stderr: `${lines.join('\n')}\nthe imported dataset does not validate:\n${valid.errors.map(formatProblem).join('\n')}\n`,
      code: 1,
    };
  writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
  return { stdout: '', stderr: `${lines.join('\n')}\nwrote ${out}\n`, code: 0 };
}
