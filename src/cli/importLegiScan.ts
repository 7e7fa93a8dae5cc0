/** `tiebar import legiscan <folder or files...> -o dataset.json [--id ID] [--title T] [--slim]`: LegiScan CSV or JSON into a dataset. */
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importLegiScan } from '../ingest/legiscan';
import type { LegiScanFile } from '../ingest/legiscan';
import { formatProblem, validateDataset } from '../model';
import { countOf } from '../engine/words/grammar';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { readTextFile } from './io';
import type { CommandResult } from './validate';

function collect(paths: string[]): { files: LegiScanFile[]; unreadable: string[] } {
  const files: LegiScanFile[] = [];
  const unreadable: string[] = [];
  const visit = (p: string, inFolder: boolean) => {
    try {
      if (statSync(p).isDirectory()) {
        for (const name of readdirSync(p).sort())
          if (/\.(csv|json)$/i.test(name) || statSync(join(p, name)).isDirectory()) visit(join(p, name), true);
        return;
      }
      if (!inFolder && !/\.(csv|json)$/i.test(p)) {
        unreadable.push(`${p} (not a .csv or .json file)`);
        return;
      }
      // The same checks as a dataset file: regular files only, size known before reading.
      const read = readTextFile(p);
      if (read.ok) files.push({ name: p.split('/').pop()!, text: read.text });
      else unreadable.push(read.message);
    } catch {
      unreadable.push(p);
    }
  };
  for (const p of paths) visit(p, false);
  return { files, unreadable };
}

/** Imports LegiScan data into a validated dataset; the report goes to stderr. */
export function runImportLegiScan(paths: string[], args: ParsedArgs): CommandResult {
  if (paths.length === 0) throw new UsageError("import legiscan needs a folder (LegiScan's CSV or JSON dataset) or files");
  const out = args.options.get('out')?.at(-1);
  if (!out) throw new UsageError('import needs -o <dataset.json>');
  const { files, unreadable } = collect(paths);
  if (files.length === 0)
    return { stdout: '', stderr: `nothing to import${unreadable.length ? ` (cannot read ${unreadable.join(', ')})` : ''}\n`, code: 2 };
  const started = performance.now();
  const { dataset, report } = importLegiScan(files, {
    id: args.options.get('id')?.at(-1),
    title: args.options.get('title')?.at(-1),
    slim: args.options.has('slim'),
  });
  const seconds = (performance.now() - started) / 1000;
  const valid = validateDataset(JSON.parse(JSON.stringify(dataset)));
  if (!valid.ok)
    return {
      stdout: '',
      stderr: `the imported dataset does not validate:\n${valid.errors.slice(0, 50).map(formatProblem).join('\n')}\n`,
      code: 1,
    };
  writeFileSync(out, `${JSON.stringify(dataset)}\n`);
  const lines = [
    `read ${report.files} files; imported ${report.bills} bills, skipped ${report.skipped} records; ${countOf(report.detected, 'bill')} tie-barred to others, naming ${countOf(report.named, 'bill')} (${countOf(report.targets, 'time')}), ${countOf(report.unresolved.length, 'name')} outside the data; ${report.twins} bills named but never enacted have an enacted twin (companion links); ${report.died} bills died at the session's end (${seconds.toFixed(2)} s)`,
    ...unreadable.map((p) => `${p}: cannot read`),
    ...report.problems.map((p) => `${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`),
    ...report.unresolved.map((u) => `${u.bill}: tie-bar names ${u.ref}, ${u.reason}; kept as placeholder "${u.placeholder}"`),
    ...report.tieChanges.map((c) => `${c.bill}: "${c.text}": ${c.outcome}`),
    `${dataset.credit}`,
    `wrote ${out}`,
  ];
  return { stdout: '', stderr: `${lines.join('\n')}\n`, code: 0 };
}
