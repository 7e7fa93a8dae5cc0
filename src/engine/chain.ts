/**
 * Chains of conditions as references: per bill, the link that holds it back (its blocker), the
 * last link of the chain and how many links lie between. Computed once per evaluation in linear
 * time, so explaining every bill of a 10,000-deep chain costs 10,000 steps, not 50 million.
 */
import type { Evaluation } from './evaluate';

/** Where each held-back bill's chain ends. */
export interface ChainEnds {
  /** Per bill index: the condition edge at the end of its chain, or -1 when nothing holds it back. */
  lastEdge: Int32Array;
  /** Per bill index: how many links from the bill to the end of its chain (0 when none). */
  links: Float64Array;
}

const cache = new WeakMap<Evaluation, ChainEnds>();

/** The chain ends of every bill in an evaluation (memoised per evaluation). */
export function chainEnds(ev: Evaluation): ChainEnds {
  let ends = cache.get(ev);
  if (!ends) cache.set(ev, (ends = computeEnds(ev)));
  return ends;
}

/**
 * True when the chain stops at edge e: a missed deadline, a condition that asks only for the
 * target's enactment (its own fate is the cause), or a target with nothing holding it back.
 */
function endsAt(ev: Evaluation, e: number): boolean {
  return ev.missedDeadline[e] === 1 || ev.record.condEnactment[e] === 1 || ev.blocker[ev.record.condTo[e]] < 0;
}

function computeEnds(ev: Evaluation): ChainEnds {
  const n = ev.blocker.length;
  const lastEdge = new Int32Array(n).fill(-1);
  const links = new Float64Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  for (let start = 0; start < n; start++) {
    if (ev.blocker[start] < 0 || links[start] > 0) continue;
    // Walk forward until a bill whose end is known (or the chain ends), then fill in backwards.
    let j = start;
    while (links[j] === 0 && !onStack[j]) {
      const e = ev.blocker[j];
      stack.push(j);
      onStack[j] = 1;
      if (endsAt(ev, e)) break;
      j = ev.record.condTo[e];
    }
    while (stack.length > 0) {
      const k = stack.pop()!;
      onStack[k] = 0;
      const e = ev.blocker[k];
      const next = ev.record.condTo[e];
      // Blockers point back in time, so they never cycle; should one ever, the chain stops there.
      if (endsAt(ev, e) || links[next] === 0) {
        lastEdge[k] = e;
        links[k] = 1;
      } else {
        lastEdge[k] = lastEdge[next];
        links[k] = links[next] + 1;
      }
    }
  }
  return { lastEdge, links };
}

/** The condition edges from bill index i to the end of its chain, in order (walks the whole chain). */
export function chainEdges(ev: Evaluation, i: number): number[] {
  const { lastEdge } = chainEnds(ev);
  const out: number[] = [];
  if (lastEdge[i] < 0) return out;
  for (let j = i; ;) {
    const e = ev.blocker[j];
    out.push(e);
    if (e === lastEdge[i] || out.length > ev.blocker.length) return out;
    j = ev.record.condTo[e];
  }
}
