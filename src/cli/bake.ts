/** `tiebar bake <file> [--out file]`: stores the graph layout in the dataset, for an instant first frame. */
import { writeFileSync } from 'node:fs';
import { buildGraphStructure } from '../engine/graphSpec';
import { computeLayout } from '../graph/layout';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { readDatasetFile } from './io';
import type { CommandResult } from './validate';

/** Computes the deterministic layout of a dataset and writes it into the dataset's `layout`. */
export function runBake(args: ParsedArgs): CommandResult {
  const [file] = args.positionals;
  if (!file) throw new UsageError('bake needs a dataset file');
  const read = readDatasetFile(file);
  if (!read.readable) return { stdout: '', stderr: `${read.message}\n`, code: 2 };
  if (!read.result.ok) return { stdout: '', stderr: `${file} is not valid; run validate first\n`, code: 1 };
  const { layout: _old, ...rest } = read.result.dataset;
  const positions = computeLayout(buildGraphStructure(rest));
  const layout: Record<string, [number, number]> = {};
  for (const [id, p] of positions) layout[id] = [Math.round(p.x) || 0, Math.round(p.y) || 0];
  const out = args.options.get('out')?.at(-1) ?? file;
  writeFileSync(out, `${JSON.stringify({ ...rest, layout }, null, 2)}\n`);
  return { stdout: '', stderr: `baked ${positions.size} node positions into ${out}\n`, code: 0 };
}
