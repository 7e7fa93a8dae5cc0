/** Engine benchmark: full evaluation and re-evaluation after one flip, against the naive baseline. */
import { readFileSync } from 'node:fs';
import { parseDatasetText } from '../src/model';
import { compileRecord, evaluate, evaluateRecord } from '../src/engine';
import { generateDataset } from '../src/engine/generate';
import { naiveEvaluate } from './naive';
import { ms, time } from './timing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/main';
import { deepChain } from '../tests/fixtures/deepChain';

export interface Row {
  case: string;
  tiebar: string;
  peer: string;
  ratio: string;
  budget: string;
}

function row(name: string, ours: number, peer: number, budget: string): Row {
  return {
    case: name,
    tiebar: ms(ours),
    peer: ms(peer),
    ratio: peer >= ours ? `${(peer / ours).toFixed(1)}x faster` : `${(ours / peer).toFixed(1)}x slower`,
    budget,
  };
}

export function benchEngine(): Row[] {
  const parsed = parseDatasetText(readFileSync('public/data/ca-2019-deadly-force.json', 'utf8'));
  if (!parsed.ok) throw new Error('founding dataset invalid');
  const rows: Row[] = [];
  const founding = parsed.dataset;
  const flip = { assumptions: { ab392: 'failed' as const } };
  rows.push(
    row(
      'founding: evaluate (AB 392 fails)',
      time(() => evaluate({ ...founding }, flip).outcomes).median,
      time(() => naiveEvaluate(founding, flip)).median,
      '-',
    ),
  );

  const big = generateDataset({ bills: 20_000, links: 100_000, seed: 7 });
  const target = big.bills[123].id;
  // Full evaluation: a fresh (shallow) dataset object each run, so nothing is cached; every outcome is read.
  const full = time(() => evaluate({ ...big }, { assumptions: {} }).outcomes, { budgetMs: 3000 });
  const naiveFull = time(() => naiveEvaluate(big, { assumptions: {} }), { budgetMs: 3000, warmup: 1, minRuns: 3 });
  rows.push(row('20,000 bills / 100,000 links: full evaluation', full.median, naiveFull.median, '< 50 ms'));
  const record = compileRecord(big, undefined);
  let flipTo: 'failed' | 'enacted' = 'failed';
  const reeval = time(() => {
    flipTo = flipTo === 'failed' ? 'enacted' : 'failed';
    return evaluateRecord(record, { assumptions: { [target]: flipTo } }).outcomes;
  });
  const naiveRe = time(() => naiveEvaluate(big, { assumptions: { [target]: 'failed' } }), { budgetMs: 3000, warmup: 1, minRuns: 3 });
  rows.push(row('20,000 / 100,000: re-evaluate after one flip', reeval.median, naiveRe.median, '< 5 ms'));
  for (const depth of [5_000, 10_000]) rows.push(chainRow(depth));
  return rows;
}

const mb = (chars: number) => `${(chars / 1e6).toFixed(2)} MB`;

/**
 * A chain `depth` deep with a cycle, through the CLI: `scenario --json` (read, validate, evaluate,
 * explain every bill, print) against reading and re-printing the same file (JSON.parse +
 * JSON.stringify), a linear peer. Output sizes side by side: linear means the ratio stays put.
 */
function chainRow(depth: number): Row {
  const dir = mkdtempSync(join(tmpdir(), 'tiebar-bench-'));
  const file = join(dir, 'chain.json');
  const text = JSON.stringify(deepChain(depth));
  writeFileSync(file, text);
  let out = '';
  const ours = time(() => (out = runCli(['scenario', file, '--json']).stdout), { budgetMs: 2000, warmup: 1, minRuns: 3 });
  let peerOut = '';
  const peer = time(() => (peerOut = JSON.stringify(JSON.parse(text), null, 2)), { budgetMs: 1000, warmup: 1, minRuns: 3 });
  const r = row(`${depth.toLocaleString('en-US')}-deep chain (cycle): scenario --json`, ours.median, peer.median, 'linear');
  return { ...r, tiebar: `${r.tiebar}, ${mb(out.length)}`, peer: `${r.peer}, ${mb(peerOut.length)}` };
}
