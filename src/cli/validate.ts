/** `tiebar validate <file...> [--json]`: errors and warnings with paths; exit 0 valid, 1 invalid, 2 unreadable. */
import { MAX_LISTED, countWords, formatProblem } from '../model';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { readDatasetFile } from './io';

/** Output and exit code of a command. */
export interface CommandResult {
  /** Text for stdout. */
  stdout: string;
  /** Text for stderr. */
  stderr: string;
  /** Process exit code. */
  code: number;
}

/** Validates each file and reports. */
export function runValidate(args: ParsedArgs): CommandResult {
  if (args.positionals.length === 0) throw new UsageError('validate needs at least one file');
  const json = args.options.has('json');
  const out: string[] = [];
  const err: string[] = [];
  const reports: unknown[] = [];
  let code = 0;
  for (const file of args.positionals) {
    const read = readDatasetFile(file);
    if (!read.readable) {
      code = 2;
      err.push(read.message);
      reports.push({ file, readable: false, error: read.message });
      continue;
    }
    const { result } = read;
    const errors = result.ok ? [] : result.errors;
    const errorCount = result.ok ? 0 : result.errorCount;
    if (!result.ok && code === 0) code = 1;
    reports.push({ file, readable: true, valid: result.ok, errorCount, errors, warnings: result.warnings });
    if (json) continue;
    for (const e of errors) out.push(`${file}: ${formatProblem(e)}`);
    for (const w of result.warnings) out.push(`${file}: warning: ${formatProblem(w)}`);
    out.push(
      `${file}: ${result.ok ? 'valid' : 'invalid'} (${countWords(errorCount, MAX_LISTED)}, ${countWords(result.warningCount ?? result.warnings.length, MAX_LISTED, 'warning')})`,
    );
  }
  if (json) return { stdout: `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`, stderr: '', code };
  return { stdout: out.length ? `${out.join('\n')}\n` : '', stderr: err.length ? `${err.join('\n')}\n` : '', code };
}
