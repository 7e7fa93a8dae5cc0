/**
 * What changed between two versions of a JSON value, as a short list of operations, and how to
 * apply it (framework-free). Versions made by immutable edits share every untouched object, so a
 * diff only walks the path that changed; versions that share nothing are compared by value.
 */
import type { PathKey } from '../model/edit';
import { setIn } from '../model/edit';

/** One change: a value set at a path, an object key removed, or part of an array replaced. */
export type PatchOp =
  | { op: 'set'; path: PathKey[]; value: unknown }
  | { op: 'remove'; path: PathKey[] }
  | { op: 'splice'; path: PathKey[]; start: number; remove: number; insert: unknown[] };

/** The changes that turn one version into another, in order. */
export type Patch = PatchOp[];

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
// A key holding undefined is absent, as in JSON.
const has = (o: Obj, k: string) => Object.hasOwn(o, k) && o[k] !== undefined;

/** Whether two values are the same JSON (shared objects are not walked). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a).filter((k) => has(a, k));
  return keys.length === Object.keys(b).filter((k) => has(b, k)).length && keys.every((k) => has(b, k) && sameJson(a[k], b[k]));
}

/** The patch that turns `from` into `to`. */
export function diffJson(from: unknown, to: unknown): Patch {
  const out: Patch = [];
  diffInto(from, to, [], out);
  return out;
}

function diffInto(a: unknown, b: unknown, path: PathKey[], out: Patch): void {
  if (a === b) return;
  if (Array.isArray(a) && Array.isArray(b)) return diffArrays(a, b, path, out);
  if (isObject(a) && isObject(b)) {
    for (const k of Object.keys(a)) if (has(a, k) && !has(b, k)) out.push({ op: 'remove', path: [...path, k] });
    for (const k of Object.keys(b)) {
      if (!has(b, k)) continue;
      if (has(a, k)) diffInto(a[k], b[k], [...path, k], out);
      else out.push({ op: 'set', path: [...path, k], value: b[k] });
    }
    return;
  }
  if (!sameJson(a, b)) out.push({ op: 'set', path, value: b });
}

// Same length: item by item (an edit inside one item). Otherwise the run between the common
// start and end is replaced: adding or removing an item stores that item, not the whole list.
function diffArrays(a: unknown[], b: unknown[], path: PathKey[], out: Patch): void {
  if (a.length === b.length) {
    a.forEach((x, i) => diffInto(x, b[i], [...path, i], out));
    return;
  }
  let start = 0;
  while (start < a.length && start < b.length && sameJson(a[start], b[start])) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && sameJson(a[endA - 1], b[endB - 1])) {
    endA--;
    endB--;
  }
  out.push({ op: 'splice', path, start, remove: endA - start, insert: b.slice(start, endB) });
}

/** The value at `path`; throws unless each step names an existing array item or own key. */
function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let at = root;
  for (const key of path) {
    if (!hasStep(at, key)) throw new Error(`no ${String(key)} in the value`);
    at = (at as Obj)[key as string];
  }
  return at;
}

function hasStep(at: unknown, key: PathKey): boolean {
  if (Array.isArray(at)) return Number.isInteger(key) && (key as number) >= 0 && (key as number) < at.length;
  return isObject(at) && typeof key === 'string' && Object.hasOwn(at, key);
}

/** `root` with one change made (copies only the path to it). Throws when it does not fit `root`. */
function applyOp(root: unknown, op: PatchOp): unknown {
  if (op.op === 'splice') {
    const list = valueAt(root, op.path);
    if (!Array.isArray(list) || op.start + op.remove > list.length) throw new Error('splice out of range');
    const next = list.slice();
    next.splice(op.start, op.remove, ...op.insert);
    return setIn(root, op.path, next);
  }
  if (op.path.length === 0) {
    if (op.op === 'remove') throw new Error('cannot remove the whole value');
    return op.value;
  }
  const parent = valueAt(root, op.path.slice(0, -1));
  const last = op.path[op.path.length - 1];
  // A set replaces an array's item or sets an object's key (lengths change only by splices); a
  // remove takes an object's key.
  const fits = Array.isArray(parent) ? op.op === 'set' && hasStep(parent, last) : isObject(parent) && typeof last === 'string';
  if (!fits || (op.op === 'remove' && !hasStep(parent, last))) throw new Error(`no place for ${String(last)}`);
  return setIn(root, op.path, op.op === 'remove' ? undefined : op.value);
}

/** `root` with the patch applied (untouched parts shared). Throws when the patch does not fit it. */
export function applyPatch<T>(root: T, patch: Patch): T {
  return patch.reduce<unknown>(applyOp, root) as T;
}

const isPath = (p: unknown): p is PathKey[] =>
  Array.isArray(p) && p.every((k) => typeof k === 'string' || (Number.isInteger(k) && (k as number) >= 0));
const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** Whether a value read back from storage is a patch this code writes. */
export function isPatch(value: unknown): value is Patch {
  return (
    Array.isArray(value) &&
    value.every((o: Partial<Record<string, unknown>>) => {
      if (!isObject(o) || !isPath(o.path)) return false;
      if (o.op === 'set') return o.value !== undefined;
      if (o.op === 'remove') return true;
      return o.op === 'splice' && isCount(o.start) && isCount(o.remove) && Array.isArray(o.insert);
    })
  );
}
