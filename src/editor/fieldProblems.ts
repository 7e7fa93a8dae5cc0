/** Which validation problems belong to which field: problems carry JSON paths, fields know theirs. */
import type { Problem } from '../model';
import type { PathKey } from '../model/edit';
import { formatPath } from '../model/problems';

/** A problem with its severity, as the editor shows it. */
export interface FieldProblem extends Problem {
  /** Errors stop the dataset from opening; warnings are advice. */
  level: 'error' | 'warning';
}

/** The DOM id of the control for a path (`bills[0].title` -> `ed-bills-0-title`). */
export function fieldId(path: readonly PathKey[]): string {
  return `ed-${formatPath(path)
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-+$/, '')}`;
}

/** Problems at `path` itself or inside it (`links[0].to` holds `links[0].to[1]`). */
export function problemsAt(problems: readonly FieldProblem[], path: readonly PathKey[]): FieldProblem[] {
  const p = formatPath(path);
  return problems.filter((x) => x.path === p || x.path.startsWith(`${p}[`) || x.path.startsWith(`${p}.`));
}

/** Problems about the item at `path` as a whole (e.g. "cites no source"), not one of its fields. */
export function problemsOfItem(problems: readonly FieldProblem[], path: readonly PathKey[]): FieldProblem[] {
  const p = formatPath(path);
  return problems.filter((x) => x.path === p);
}

/** Where the editor shows a problem: the tab and item it belongs to. */
export interface ProblemPlace {
  /** The editor tab. */
  tab: EditorTab;
  /** The item's index in its list, when it is in one. */
  index?: number;
}

/** The editor's tabs, in the order it shows them. */
export const EDITOR_TABS = ['dataset', 'sources', 'bills', 'links', 'people'] as const;

/** One of the editor's tabs. */
export type EditorTab = (typeof EDITOR_TABS)[number];

/** The tab (and item) a problem's path points into. */
export function placeOf(path: string): ProblemPlace {
  const m = /^(\w+)(?:\[(\d+)\])?/.exec(path);
  const head = m?.[1] ?? '';
  const index = m?.[2] !== undefined ? Number(m[2]) : undefined;
  if (head === 'bills') return { tab: 'bills', index };
  if (head === 'links') return { tab: 'links', index };
  if (head === 'stakeholders') return { tab: 'people', index };
  if (head === 'positions') return { tab: 'people', index };
  if (head === 'sources') return { tab: 'sources' };
  return { tab: 'dataset' };
}
