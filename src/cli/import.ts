/** `tiebar import openstates|legiscan <files or folders...> -o dataset.json [--id ID] [--title T] [--keep-text]`. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importOpenStates } from '../ingest/openstates';
import type { ImportFile } from '../ingest/openstates';
import { formatProblem, validateDataset } from '../model';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { runImportLegiScan } from './importLegiScan';
import type { CommandResult } from './validate';

function collect(paths: string[]): { files: ImportFile[]; unreadable: string[] } {
  const files: ImportFile[] = [];
  const unreadable: string[] = [];
  const visit = (p: string) => {
    try {
      if (statSync(p).isDirectory()) {
        for (const name of readdirSync(p).sort()) if (/\.(json|txt|html?)$/i.test(name)) visit(join(p, name));
        return;
      }
      files.push({ name: p.split('/').pop()!, text: readFileSync(p, 'utf8') });
    } catch {
      unreadable.push(p);
    }
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
    return { stdout: '', stderr: `nothing to import${unreadable.length ? ` (cannot read ${unreadable.join(', ')})` : ''}\n`, code: 2 };
  const started = performance.now();
  const { dataset, report } = importOpenStates(files, { id: args.options.get('id')?.at(-1), title: args.options.get('title')?.at(-1) });
  const seconds = (performance.now() - started) / 1000;
  const valid = validateDataset(JSON.parse(JSON.stringify(dataset)));
  if (!valid.ok)
    return { stdout: '', stderr: `the imported dataset does not validate:\n${valid.errors.map(formatProblem).join('\n')}\n`, code: 1 };
  writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
  const lines = [
    `read ${report.files} files; imported ${report.bills} bills, skipped ${report.skipped} records; ${report.detected} links found in bill text (${seconds.toFixed(2)} s)`,
    ...unreadable.map((p) => `${p}: cannot read`),
    ...report.problems.map((p) => `${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`),
    ...report.unresolved.map((u) => `${u.bill}: clause names ${u.ref}, which is not among the imported bills`),
    `wrote ${out}`,
  ];
  return { stdout: '', stderr: `${lines.join('\n')}\n`, code: 0 };
}
