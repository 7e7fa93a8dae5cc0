/**
 * The undo/redo history as it is kept with its draft in the browser: not every version (a
 * session-sized draft is several MB), but the patch between each version and its neighbour,
 * newest first, as many as fit in a budget. A reload rebuilds the versions from the draft kept.
 */
import type { Draft } from '../model/edit';
import type { History } from './history';
import { HISTORY_LIMIT, startHistory } from './history';
import type { Patch } from './jsonPatch';
import { applyPatch, diffJson, isPatch } from './jsonPatch';

/** The most a kept history may hold, in characters of JSON: the oldest steps are dropped past it. */
export const HISTORY_BUDGET = 4_000_000;

/** A history as kept beside its draft; `format` changes when the shape does (an older one is ignored). */
export interface StoredHistory {
  /** The shape's version. */
  format: 1;
  /** Undo steps, the latest first: each patch turns a version into the one before it, from the draft kept. */
  undo: Patch[];
  /** Redo steps, the next first: each patch turns a version into the one after it, from the draft kept. */
  redo: Patch[];
}

interface Step {
  patch: Patch;
  size: number;
}

// Neighbouring versions keep their patch: a draft saved at every change diffs only its new step.
const steps = new WeakMap<Draft, WeakMap<Draft, Step>>();

function stepOf(from: Draft, to: Draft, known?: Patch): Step {
  let byTarget = steps.get(from);
  if (!byTarget) steps.set(from, (byTarget = new WeakMap()));
  let step = byTarget.get(to);
  if (!step) {
    const patch = known ?? diffJson(from, to);
    step = { patch, size: JSON.stringify(patch).length + 1 };
    byTarget.set(to, step);
  }
  return step;
}

/** Patches from `present` through `versions` (nearest first) while they fit in `room`; returns them and the room left. */
function walk(present: Draft, versions: readonly Draft[], room: number): [Patch[], number] {
  const patches: Patch[] = [];
  let at = present;
  for (const version of versions) {
    const { patch, size } = stepOf(at, version);
    if (size > room) break;
    room -= size;
    patches.push(patch);
    at = version;
  }
  return [patches, room];
}

/**
 * The history to keep with its present draft, within `budget` characters of JSON. The oldest
 * steps go first: the start of the undo list; the redo steps (made after all of them) last.
 */
export function encodeHistory(history: History<Draft>, budget = HISTORY_BUDGET): StoredHistory {
  const room = budget - '{"format":1,"undo":[],"redo":[]}'.length;
  const [redo, left] = walk(history.present, history.future, room);
  const [undo] = walk(history.present, [...history.past].reverse(), left);
  return { format: 1, undo, redo };
}

const isRecord = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object whose lists the editor walks are lists of objects, if there at all (it reads `id` from every bill, link and person). */
const isDraftLike = (v: unknown): v is Draft => {
  if (!isRecord(v)) return false;
  const d = v as Record<string, unknown>;
  const listOfRecords = (key: string, required = false) =>
    d[key] === undefined ? !required : Array.isArray(d[key]) && (d[key] as unknown[]).every(isRecord);
  return (
    listOfRecords('bills', true) &&
    listOfRecords('links') &&
    listOfRecords('stakeholders') &&
    listOfRecords('positions') &&
    (d.sources === undefined || isRecord(d.sources))
  );
};

function rebuild(present: Draft, patches: readonly Patch[]): Draft[] {
  const versions: Draft[] = [];
  let at = present;
  for (const patch of patches.slice(0, HISTORY_LIMIT)) {
    const next = applyPatch(at, patch);
    if (!isDraftLike(next)) throw new Error('not a draft');
    stepOf(at, next, patch);
    versions.push(next);
    at = next;
  }
  return versions;
}

/**
 * The history of a draft reopened, from what was kept with it. Anything else (nothing kept, an
 * older format, a corrupt or foreign value) gives a history starting at the draft: never a throw.
 */
export function restoreHistory(present: Draft, kept: unknown): History<Draft> {
  const h = kept as Partial<StoredHistory> | null | undefined;
  if (typeof h !== 'object' || h === null || h.format !== 1) return startHistory(present);
  const { undo, redo } = h;
  if (!Array.isArray(undo) || !Array.isArray(redo) || !undo.every(isPatch) || !redo.every(isPatch)) return startHistory(present);
  try {
    return { past: rebuild(present, undo).reverse(), present, future: rebuild(present, redo), key: null };
  } catch {
    return startHistory(present);
  }
}
