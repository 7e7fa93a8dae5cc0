/**
 * Detection benchmark: the pathological inputs of issue 15.12 at N and 2N against a plain indexOf
 * scan of the same text (a linear peer), and precision and recall on the New York labelled set.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { confidenceClass, detectClauses } from '../src/ingest/detect';
import type { Work } from '../src/ingest/detect';
import { sharedData } from '../tests/fixtures/sharedData';
import labelled from '../tests/fixtures/ny-labels.json';
import { ms, time } from './timing';

const CLAUSE =
  'This act shall become operative only if Assembly Bill 39 of the 2023–24 Regular Session is enacted and takes effect on or before January 1, 2024. ';
const CASES: Array<[string, string, string, number]> = [
  ['"contingent on the enactment of "', 'contingent on the enactment of ', 'contingent', 10_000],
  ['"This act shall become operative only if Bill No. "', 'This act shall become operative only if Bill No. ', 'operative', 20_000],
  ['real clauses', CLAUSE, 'operative', 20_000],
  ['real clauses', CLAUSE, 'operative', 100_000],
];

function indexOfScan(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

const once = { warmup: 1, minRuns: 5, budgetMs: 0 };

/** Rows for the pathological inputs, each at N and 2N. */
export function benchDetectLinear(): Array<Record<string, string>> {
  return CASES.map(([name, unit, needle, n]) => {
    const a = unit.repeat(n);
    const b = unit.repeat(2 * n);
    const ours = [time(() => detectClauses(a), once).median, time(() => detectClauses(b), once).median];
    const peer = [time(() => indexOfScan(a, needle), once).median, time(() => indexOfScan(b, needle), once).median];
    const perChar = [a, b].map((t) => {
      const work: Work = { chars: 0 };
      detectClauses(t, undefined, { work });
      return (work.chars / t.length).toFixed(2);
    });
    return {
      case: `${name} x ${n.toLocaleString('en')} and x ${(2 * n).toLocaleString('en')} (${(a.length / 1024).toFixed(0)} KB, ${(b.length / 1024).toFixed(0)} KB)`,
      tiebar: `${ms(ours[0])}, ${ms(ours[1])}: 2N/N = ${(ours[1] / ours[0]).toFixed(2)}`,
      peer: `indexOf scan ${ms(peer[0])}, ${ms(peer[1])}: 2N/N = ${(peer[1] / peer[0]).toFixed(2)}`,
      ratio: `${(ours[1] / peer[1]).toFixed(0)}x the scan at 2N`,
      'work per input char (N, 2N)': `${perChar[0]}, ${perChar[1]}`,
    };
  });
}

type Label = { label: string; bills: string[] };

/** Precision and recall on the New York labelled set, per file and per bill named. */
export function benchDetectNy(): Array<Record<string, string>> {
  const folder = sharedData('ny-2023-assembly');
  const labels = labelled.labels as Record<string, Label>;
  const texts = Object.keys(labels).map((f) => [f, readFileSync(join(folder, f), 'utf8')] as const);
  const mb = texts.reduce((s, [, t]) => s + t.length, 0) / 1048576;
  const file = { tp: 0, fp: 0, fn: 0 };
  const bill = { tp: 0, fp: 0, fn: 0 };
  let low = 0;
  const t0 = performance.now();
  for (const [f, text] of texts) {
    const found = detectClauses(text);
    low += found.filter((d) => confidenceClass(d.confidence) === 'low').length;
    const got = new Set(found.filter((d) => confidenceClass(d.confidence) !== 'low').flatMap((d) => d.targets.map((t) => t.label)));
    const want = new Set(labels[f].bills.map((b) => b.replace('. ', ' ')));
    const truth = labels[f].label === 'ties-to-bill';
    if (got.size > 0 && truth) file.tp++;
    else if (got.size > 0) file.fp++;
    else if (truth) file.fn++;
    for (const g of got)
      if (want.has(g)) bill.tp++;
      else bill.fp++;
    for (const w of want) if (!got.has(w)) bill.fn++;
  }
  const ours = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  for (const [, text] of texts) indexOfScan(text, 'as proposed in legislative');
  const peer = (performance.now() - t1) / 1000;
  const p = (c: typeof file) => (c.tp / (c.tp + c.fp)).toFixed(3);
  const r = (c: typeof file) => (c.tp / (c.tp + c.fn)).toFixed(3);
  const count = (l: string) => Object.values(labels).filter((x) => x.label === l).length;
  return [
    {
      case: `NY labelled set: ${texts.length} files, ${mb.toFixed(1)} MB (${count('ties-to-bill')} tied to bills, ${count('condition-no-bill')} conditions tied to no bill)`,
      tiebar: `files: precision ${p(file)}, recall ${r(file)} (${file.tp} found, ${file.fp} false, ${file.fn} missed); bills named: precision ${p(bill)}, recall ${r(bill)}; low-confidence detections: ${low}`,
      peer: `indexOf scan ${peer.toFixed(2)} s`,
      ratio: `${ours.toFixed(2)} s (${(mb / ours).toFixed(1)} MB/s), ${(ours / peer).toFixed(0)}x the scan`,
    },
  ];
}
