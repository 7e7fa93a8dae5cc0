/** Timing helpers for the benchmarks: warm up, then the median and p95 of repeated runs. */

export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Runs fn until `budgetMs` is spent (at least `minRuns` times) after `warmup` runs. */
export function time(fn: () => unknown, { warmup = 3, minRuns = 5, budgetMs = 1500 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < minRuns || performance.now() - start < budgetMs) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
    if (samples.length >= 1000) break;
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], p95: samples[Math.floor(samples.length * 0.95)], runs: samples.length };
}

/** "12.3 ms". */
export const ms = (v: number) => (v < 0.1 ? `${(v * 1000).toFixed(1)} µs` : `${v.toFixed(2)} ms`);
