/** The record as of a date, compiled into flat arrays so scenarios evaluate in linear time. */
import type { Dataset, Link } from '../model/schema';
import { dateEnd } from '../model/dates';
import type { OwnStatus } from './scenario';
import type { RecordedStatus } from './timeline';
import { enactmentDate, linkInForce, recordedStatus } from './timeline';

/** Link kinds whose conditions decide whether a bill takes effect. */
export const DECIDING_KINDS: ReadonlySet<Link['kind']> = new Set(['contingent-enactment', 'tie-bar']);

/** A dataset as of one date, as arrays indexed by bill position. */
export interface CompiledRecord {
  /** The dataset compiled. */
  dataset: Dataset;
  /** The date it was compiled for (undefined = after the last event). */
  asOf: string | undefined;
  /** Bill id -> index. */
  index: Map<string, number>;
  /** Recorded own status per bill. */
  recorded: RecordedStatus[];
  /** First enactment date on the record per bill (for deadlines), or undefined. */
  enactedOn: Array<string | undefined>;
  /** Condition edges (CSR by dependent bill): condFrom[e] hangs on condTo[e] through links[condLink[e]]. */
  condFrom: Int32Array;
  /** Target bill index of each condition edge. */
  condTo: Int32Array;
  /** Index into dataset.links of each condition edge. */
  condLink: Int32Array;
  /** Per condition edge: 1 when its link asks only that the target be enacted (`requires: "enactment"`), 0 when it must take effect. */
  condEnactment: Uint8Array;
  /** Dependents of each bill: edges (indexes into cond*) ordered by target, with offsets. */
  dependentsStart: Int32Array;
  /** Condition edge indexes grouped by target bill. */
  dependents: Int32Array;
  /** Recorded own value per bill: 0 failed, 1 pending, 2 enacted. */
  recordedValue: Uint8Array;
  /** Condition edges whose link carries a deadline. */
  deadlineEdges: Int32Array;
  /** Procedural links in force: [produced bill, triggering bill, link index] triples, flattened. */
  procedural: Int32Array;
  /** Offsets into `conditions` per dependent bill. */
  conditionsStart: Int32Array;
  /** Condition edge indexes grouped by dependent bill. */
  conditions: Int32Array;
}

const cache = new WeakMap<Dataset, Map<string, CompiledRecord>>();

/** The bills bill `i` hangs on, by index: one entry per condition (a bill named twice comes twice). */
export function conditionTargets(record: CompiledRecord, i: number): number[] {
  const { conditionsStart, conditions, condTo } = record;
  const out: number[] = [];
  for (let k = conditionsStart[i]; k < conditionsStart[i + 1]; k++) out.push(condTo[conditions[k]]);
  return out;
}

/** Compiles (and caches per dataset object and date) the record as of `asOf`. */
export function compileRecord(ds: Dataset, asOf: string | undefined): CompiledRecord {
  let perDate = cache.get(ds);
  if (!perDate) cache.set(ds, (perDate = new Map()));
  const key = asOf ?? '';
  let compiled = perDate.get(key);
  if (!compiled) {
    compiled = build(ds, asOf);
    if (perDate.size > 64) perDate.clear();
    perDate.set(key, compiled);
  }
  return compiled;
}

function build(ds: Dataset, asOf: string | undefined): CompiledRecord {
  const n = ds.bills.length;
  const index = new Map<string, number>();
  ds.bills.forEach((b, i) => index.set(b.id, i));
  const recorded = ds.bills.map((b) => recordedStatus(b, asOf));
  const enactedOn = ds.bills.map((b) => enactmentDate(b));
  const from: number[] = [];
  const to: number[] = [];
  const via: number[] = [];
  const links = ds.links ?? [];
  const procedural: number[] = [];
  for (let li = 0; li < links.length; li++) {
    const link = links[li];
    if (link.kind === 'procedural' && linkInForce(link, asOf)) {
      const produced = index.get(link.from);
      for (const t of link.to) {
        const trigger = index.get(t);
        if (produced !== undefined && trigger !== undefined && produced !== trigger) procedural.push(produced, trigger, li);
      }
      continue;
    }
    if (!DECIDING_KINDS.has(link.kind) || !linkInForce(link, asOf)) continue;
    const a = index.get(link.from);
    if (a === undefined) continue; // provision-level links do not decide a bill's fate
    for (const target of link.to) {
      const b = index.get(target);
      if (b === undefined || b === a) continue;
      from.push(a);
      to.push(b);
      via.push(li);
    }
  }
  const [dependentsStart, dependents] = groupEdges(to, n);
  const recordedValue = Uint8Array.from(recorded, (r) => (r.status === 'enacted' ? 2 : r.status === 'failed' ? 0 : 1));
  const deadlineEdges = Int32Array.from(via.flatMap((li, e) => (links[li].deadline !== undefined ? [e] : [])));
  const [conditionsStart, conditions] = groupEdges(from, n);
  return {
    dataset: ds,
    asOf,
    index,
    recorded,
    enactedOn,
    condFrom: Int32Array.from(from),
    condTo: Int32Array.from(to),
    condLink: Int32Array.from(via),
    condEnactment: Uint8Array.from(via, (li) => (links[li].requires === 'enactment' ? 1 : 0)),
    recordedValue,
    deadlineEdges,
    procedural: Int32Array.from(procedural),
    dependentsStart,
    dependents,
    conditionsStart,
    conditions,
  };
}

/** Groups edge indexes by a key per edge (counting sort): [offsets (n+1), edge indexes]. */
function groupEdges(keys: number[], n: number): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  for (const k of keys) start[k + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const fill = start.slice(0, n);
  const grouped = new Int32Array(keys.length);
  for (let e = 0; e < keys.length; e++) grouped[fill[keys[e]]++] = e;
  return [start, grouped];
}

/** True when a deadline ("enacted and takes effect on or before D") can no longer be met. */
export function deadlineMissed(
  deadline: string | undefined,
  targetOwn: OwnStatus,
  targetAssumed: boolean,
  targetEnactedOn: string | undefined,
  asOf: string | undefined,
): boolean {
  if (deadline === undefined || targetOwn === 'failed') return false;
  const limit = dateEnd(deadline);
  if (targetOwn === 'enacted') return !targetAssumed && targetEnactedOn !== undefined && targetEnactedOn > limit;
  return asOf !== undefined && asOf > limit;
}
