/** `tiebar sheets <csv files or folder> -o dataset.json` and `tiebar export-sheets <dataset> --out <folder>`. */
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { blankSheets, datasetToSheets, decodeSheet, formatSheetProblem, readSheets } from '../ingest/sheets';
import type { SheetFile } from '../ingest/sheets';
import { formatProblem } from '../model';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { readDatasetFile, readFileBytes } from './io';
import type { CommandResult } from './validate';

function collect(paths: string[]): { files: SheetFile[]; unreadable: string[] } {
  const files: SheetFile[] = [];
  const unreadable: string[] = [];
  for (const p of paths) {
    let names: string[];
    try {
      names = statSync(p).isDirectory()
        ? readdirSync(p)
            .filter((n) => /\.csv$/i.test(n))
            .sort()
            .map((n) => join(p, n))
        : [p];
    } catch {
      unreadable.push(`${p}: cannot read`);
      continue;
    }
    // The same checks as a dataset file: regular files only, size known before reading.
    for (const name of names) {
      const read = readFileBytes(name);
      if (read.ok) files.push(decodeSheet(basename(name), read.bytes));
      else unreadable.push(read.message);
    }
  }
  return { files, unreadable };
}

/** Reads spreadsheet sheets (CSV) into a validated dataset file; problems by sheet, row and column. */
export function runSheets(args: ParsedArgs): CommandResult {
  if (args.positionals.length === 0) throw new UsageError('sheets needs CSV files (or a folder of them)');
  const out = args.options.get('out')?.at(-1);
  if (!out) throw new UsageError('sheets needs -o <dataset.json>');
  const { files, unreadable } = collect(args.positionals);
  if (unreadable.length > 0) return { stdout: '', stderr: unreadable.join('\n') + '\n', code: 2 };
  const result = readSheets(files);
  const warnings = result.warnings.map((w) => `warning: ${formatSheetProblem(w)}`);
  if (!result.ok) {
    const errors = result.errors.map(formatSheetProblem);
    return {
      stdout: '',
      stderr: [...errors, ...warnings, `${errors.length} error${errors.length === 1 ? '' : 's'}; nothing written`].join('\n') + '\n',
      code: 1,
    };
  }
  writeFileSync(out, `${JSON.stringify(result.dataset, null, 2)}\n`);
  return { stdout: '', stderr: [...warnings, `read ${files.length} sheets; wrote ${out}`].join('\n') + '\n', code: 0 };
}

function writeSheets(out: string, sheets: SheetFile[]): CommandResult {
  mkdirSync(out, { recursive: true });
  for (const s of sheets) writeFileSync(join(out, s.name), s.text);
  return { stdout: '', stderr: `wrote ${sheets.map((s) => s.name).join(', ')} to ${out}\n`, code: 0 };
}

/** Writes a dataset (or, with --template, the blank template) as the template's CSV sheets into a folder. */
export function runExportSheets(args: ParsedArgs): CommandResult {
  const [file] = args.positionals;
  const out = args.options.get('out')?.at(-1);
  if (!out) throw new UsageError('export-sheets needs --out <folder>');
  if (args.options.has('template')) return writeSheets(out, blankSheets());
  if (!file) throw new UsageError('export-sheets needs a dataset file (or --template)');
  const read = readDatasetFile(file);
  if (!read.readable) return { stdout: '', stderr: `${read.message}\n`, code: 2 };
  if (!read.result.ok)
    return { stdout: '', stderr: read.result.errors.map((e) => `${file}: ${formatProblem(e)}`).join('\n') + '\n', code: 1 };
  return writeSheets(out, datasetToSheets(read.result.dataset));
}
