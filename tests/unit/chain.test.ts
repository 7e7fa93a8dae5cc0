import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, explain, explainChain } from '../../src/engine';
import { runCli } from '../../src/cli/main';
import { createAppStore, selectExplanations } from '../../src/store';
import { deepChain } from '../fixtures/deepChain';

function scenarioJsonSize(depth: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'tiebar-chain-'));
  const file = join(dir, 'chain.json');
  writeFileSync(file, JSON.stringify(deepChain(depth)));
  const out = runCli(['scenario', file, '--json']);
  expect(out.code).toBe(0);
  return out.stdout.length;
}

describe('explanations of deep chains are linear in size', () => {
  it('scenario --json output doubles (not quadruples) when the chain doubles', () => {
    const small = scenarioJsonSize(400);
    const large = scenarioJsonSize(800);
    // Linear: about 2x (a little more as ids grow a digit); quadratic would be about 4x.
    expect(large / small).toBeGreaterThan(1.8);
    expect(large / small).toBeLessThan(2.3);
  });

  it('a 10,000-deep chain with a cycle: every sentence bounded, the root named, the count in words', () => {
    const ev = evaluate(deepChain(10_000), { assumptions: {} });
    const ex = explain(ev, 'b0');
    expect(ex.outcome).toBe('inoperative');
    expect(ex.sentence).toBe(
      'B 0 was signed on 30 Sep 2020 but can never take effect: it depends on B 1 taking effect, and through 9,998 more links it hangs on B 9999, which died on 31 Aug 2020.',
    );
    expect(ex.chain).toEqual({ next: 'b1', root: 'b9999', links: 9999 });
    expect(ex.reasons.map((r) => r.kind)).toEqual(['event', 'link', 'link', 'event']);
    let longest = 0;
    for (let i = 0; i < 10_000; i++) longest = Math.max(longest, explain(ev, `b${i}`).sentence.length);
    expect(longest).toBeLessThan(200);
  });

  it('the full chain is there on demand, link by link, ending in the root cause', () => {
    const ev = evaluate(deepChain(10_000), { assumptions: {} });
    const chain = explainChain(ev, 'b0');
    expect(chain).toHaveLength(10_000);
    expect(chain[0]).toMatchObject({ kind: 'link', from: 'b0', to: 'b1' });
    expect(chain[9998]).toMatchObject({ kind: 'link', from: 'b9998', to: 'b9999' });
    expect(chain[9999]).toMatchObject({ kind: 'event', bill: 'b9999', type: 'died' });
    expect(explainChain(ev, 'b9999')).toEqual([]);
  });

  it('scenario --chain prints every link of one bill', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiebar-chain-'));
    const file = join(dir, 'chain.json');
    writeFileSync(file, JSON.stringify(deepChain(5)));
    const out = runCli(['scenario', file, '--chain', 'b1']);
    expect(out.stdout).toContain(
      'The chain behind B 1 (3 links):\n  B 1 hangs on B 2 (link l1)\n  B 2 hangs on B 3 (link l2)\n  B 3 hangs on B 4 (link l3)\n  B 4 died on 31 Aug 2020\n',
    );
    expect(runCli(['scenario', file, '--chain', 'nope']).code).toBe(2);
    const json = JSON.parse(runCli(['scenario', file, '--json', '--chain', 'b0']).stdout);
    expect(json.bills.b0).toMatchObject({ outcome: 'inoperative', chain: { next: 'b1', root: 'b4', links: 4 } });
    expect(json.bills.b0.reasons).toHaveLength(4);
    expect(json.chains.b0).toHaveLength(5);
    expect(json.bills.b4.chain).toBeUndefined();
  });

  it('in the app: the store explains every bill of the chain in words whose total grows linearly', () => {
    const total = (depth: number) => {
      const store = createAppStore({ dataset: deepChain(depth), datasetRef: 'chain' });
      const all = selectExplanations(store.getState())!;
      expect(all.b0.sentence).toMatch(/through [\d,]+ more links it hangs on B \d+, which died on 31 Aug 2020\.$/);
      return Object.values(all).reduce((n, ex) => n + ex.sentence.length + JSON.stringify(ex.reasons).length, 0);
    };
    const ratio = total(10_000) / total(5_000);
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.3);
  });
});
