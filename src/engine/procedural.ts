/**
 * Procedural links (e.g. the Gephardt rule): adopting the trigger produces or passes the linked
 * measure, so a pending measure is deemed enacted while a trigger of it takes effect. A trigger
 * that cannot take effect (failed, pending, or held back by a condition of its own) deems nothing.
 *
 * Solved inside the evaluation's greatest fixed point: every measure a trigger could deem starts
 * deemed; when its last trigger falls below "takes effect", it falls back to pending. Values only
 * fall, so this stays linear, and a trigger that hangs on its own measure takes effect with it.
 */
import type { CompiledRecord } from './compile';

const U = 1;
const T = 2;

/** The procedural state of one evaluation. */
export interface ProceduralState {
  /** After `undeem`: every measure no longer deemed enacted, whose own fate is pending again (values above pending lowered). */
  undeemed: number[];
  /** Called when bill b's value is below "takes effect": un-deems what only b deemed; true if any was un-deemed. */
  undeem: (b: number, value: Uint8Array) => boolean;
  /** At the fixed point, per bill: the procedural link that deems it enacted, or -1. */
  deemedBy: (value: Uint8Array) => Int32Array;
}

/** Deems every measure a trigger could produce (raising `value`), and returns how to undo it. */
export function startProcedural(record: CompiledRecord, value: Uint8Array, assumed: boolean[]): ProceduralState {
  const triples = record.procedural;
  const n = value.length;
  if (triples.length === 0) return { undeemed: [], undeem: () => false, deemedBy: () => new Int32Array(n).fill(-1) };
  const deemed = new Uint8Array(n);
  for (let k = 0; k < triples.length; k += 3) {
    const a = triples[k];
    if (!assumed[a] && value[a] === U) deemed[a] = 1;
  }
  for (let a = 0; a < n; a++) if (deemed[a]) value[a] = T;
  // Per measure, how many of its triggers may still take effect; per trigger, what it produces.
  const live = new Int32Array(n);
  const produces = new Map<number, number[]>();
  for (let k = 0; k < triples.length; k += 3) {
    const [a, t] = [triples[k], triples[k + 1]];
    if (!deemed[a]) continue;
    if (value[t] === T) live[a]++;
    const list = produces.get(t);
    if (list) list.push(a);
    else produces.set(t, [a]);
  }
  const dropped = new Uint8Array(n);
  const state: ProceduralState = {
    undeemed: [],
    undeem(b, v) {
      if (dropped[b]) return false;
      dropped[b] = 1;
      state.undeemed = [];
      for (const a of produces.get(b) ?? []) {
        if (!deemed[a] || --live[a] > 0) continue;
        deemed[a] = 0;
        state.undeemed.push(a);
        if (v[a] > U) v[a] = U;
      }
      return state.undeemed.length > 0;
    },
    deemedBy(v) {
      const by = new Int32Array(n).fill(-1);
      for (let k = 0; k < triples.length; k += 3) {
        const a = triples[k];
        if (deemed[a] && by[a] < 0 && v[triples[k + 1]] === T) by[a] = triples[k + 2];
      }
      return by;
    },
  };
  // A measure none of whose triggers is enacted is never deemed.
  for (let a = 0; a < n; a++) {
    if (deemed[a] && live[a] === 0) {
      deemed[a] = 0;
      value[a] = U;
    }
  }
  return state;
}
