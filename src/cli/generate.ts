/** `tiebar generate --bills N [--links M] [--seed S] [--out file]`: a synthetic session dataset. */
import { writeFileSync } from 'node:fs';
import { generateDataset } from '../engine/generate';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import type { CommandResult } from './validate';

function count(args: ParsedArgs, name: string, fallback?: number): number {
  const raw = args.options.get(name)?.at(-1);
  if (raw === undefined) {
    if (fallback === undefined) throw new UsageError(`generate needs --${name} N`);
    return fallback;
  }
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000) throw new UsageError(`--${name} "${raw}" is not a whole number from 0 to 1,000,000`);
  return n;
}

/** Writes a seeded synthetic dataset (chains, tie-bar groups, cycles, loose relations). */
export function runGenerate(args: ParsedArgs): CommandResult {
  const bills = count(args, 'bills');
  if (bills < 1) throw new UsageError('--bills must be at least 1');
  const links = count(args, 'links', bills * 5);
  const seed = count(args, 'seed', 1);
  const json = JSON.stringify(generateDataset({ bills, links, seed }));
  const out = args.options.get('out')?.at(-1);
  if (!out) return { stdout: `${json}\n`, stderr: '', code: 0 };
  writeFileSync(out, json);
  return {
    stdout: '',
    stderr: `wrote ${out}: ${bills} bills, ${links} links, seed ${seed} (${(json.length / 1048576).toFixed(1)} MB)\n`,
    code: 0,
  };
}
