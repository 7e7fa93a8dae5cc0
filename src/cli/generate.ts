/** `tiebar generate --bills N [--links M] [--seed S] [--out file]`: a synthetic session dataset. */
import { writeFileSync } from 'node:fs';
import { generateDataset } from '../engine/generate';
import { MAX_BILLS, MAX_FILE_BYTES, MAX_LINKS, formatProblem, megabytes, validateDataset } from '../model';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import type { CommandResult } from './validate';

function count(args: ParsedArgs, name: string, max: number, fallback?: number): number {
  const raw = args.options.get(name)?.at(-1);
  if (raw === undefined) {
    if (fallback === undefined) throw new UsageError(`generate needs --${name} N`);
    return fallback;
  }
  const n = /^\d{1,12}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(n)) throw new UsageError(`--${name} "${raw.slice(0, 40)}" is not a whole number`);
  if (n > max)
    throw new UsageError(`--${name} ${n.toLocaleString('en-US')} is more than a dataset holds (at most ${max.toLocaleString('en-US')})`);
  return n;
}

/** Writes a seeded synthetic dataset (chains, tie-bar groups, cycles, loose relations) that `validate` accepts, or says why not. */
export function runGenerate(args: ParsedArgs): CommandResult {
  if (args.positionals.length > 0) throw new UsageError(`generate takes no file name ("${args.positionals[0].slice(0, 40)}"); use --out`);
  const bills = count(args, 'bills', MAX_BILLS);
  if (bills < 1) throw new UsageError('--bills must be at least 1');
  const links = count(args, 'links', MAX_LINKS, Math.min(bills * 5, MAX_LINKS));
  const seed = count(args, 'seed', 2 ** 32 - 1, 1);
  const dataset = generateDataset({ bills, links, seed });
  const json = JSON.stringify(dataset);
  if (json.length > MAX_FILE_BYTES) {
    const fit = Math.floor((links * MAX_FILE_BYTES) / json.length / 1000) * 1000;
    throw new UsageError(
      `${bills.toLocaleString('en-US')} bills and ${links.toLocaleString('en-US')} links make a ${megabytes(json.length)} file; validate reads at most ${megabytes(MAX_FILE_BYTES)} (about ${fit.toLocaleString('en-US')} links fit)`,
    );
  }
  const valid = validateDataset(dataset);
  if (!valid.ok)
    throw new UsageError(`these sizes make a dataset validate refuses: ${valid.errors.slice(0, 3).map(formatProblem).join('; ')}`);
  const out = args.options.get('out')?.at(-1);
  if (!out) return { stdout: `${json}\n`, stderr: '', code: 0 };
  writeFileSync(out, json);
  return {
    stdout: '',
    stderr: `wrote ${out}: ${bills} bills, ${links} links, seed ${seed} (${(json.length / 1048576).toFixed(1)} MB)\n`,
    code: 0,
  };
}
