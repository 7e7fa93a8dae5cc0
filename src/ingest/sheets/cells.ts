/**
 * One spreadsheet cell <-> one dataset value: the formula escape, `;`-separated lists, yes/no,
 * numbers, dates and roll-call votes. Each reader returns the value or a message saying what was
 * expected.
 */

import { readWrittenDate } from '../../model/dates';

export { escapeCell, unescapeCell } from '../../model/csv';

/** Joins list items into one cell: `a; b`, with `;` and `\` inside an item written `\;` and `\\`. */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\/g, '\\\\').replace(/;/g, '\\;')).join('; ');
}

/** Splits a `;`-separated cell into trimmed, non-empty items (`\;` is a `;` inside an item). */
export function splitList(cell: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && (cell[i + 1] === ';' || cell[i + 1] === '\\')) {
      current += cell[++i];
    } else if (c === ';') {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s.length > 0);
}

/** A yes/no cell. */
export function readBoolean(cell: string): boolean | string {
  const v = cell.trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(v)) return true;
  if (['no', 'n', 'false', '0'].includes(v)) return false;
  return `"${clip(cell)}" is not yes or no`;
}

/** A number cell (any finite number, as JavaScript writes it). */
export function readNumber(cell: string): number | string {
  const v = cell.trim();
  const n = Number(v);
  return v !== '' && Number.isFinite(n) ? n : `"${clip(cell)}" is not a number`;
}

/**
 * A date cell: as the dataset writes it (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`: checked with the rest of
 * the dataset), as a US spreadsheet shows one, month/day/year (`4/23/2019`, with or without the
 * time an export may add), made `2019-04-23` (`us` says so), or with its month's name (`May 20,
 * 2025`, `20 May 2025`), made `2025-05-20`. A date that cannot be one gets a message saying what to write.
 */
export function readDate(cell: string): { value: string; us: boolean } | { message: string } {
  return readWrittenDate(cell) ?? { value: cell.trim(), us: false };
}

/** A roll-call count as a plain object (the dataset's tally). */
export interface VoteTally {
  /** Ayes. */
  yes: number;
  /** Noes. */
  no: number;
  /** Members not voting. */
  notVoting?: number;
  /** Source ids. */
  sources?: string[];
}

const VOTE = /^(\d{1,5})\s*-\s*(\d{1,5})(?:\s*\(\s*(\d{1,5})\s+not voting\s*\))?(?:\s*\[([^\]]*)\])?$/i;

/** Votes as one cell: `67-0 (13 not voting) [S5, S6]; 66-0 [S36]`. */
export function writeVotes(tallies: readonly VoteTally[]): string {
  return tallies
    .map((t) => {
      const nv = t.notVoting === undefined ? '' : ` (${t.notVoting} not voting)`;
      const src = t.sources === undefined ? '' : ` [${t.sources.join(', ')}]`;
      return `${t.yes}-${t.no}${nv}${src}`;
    })
    .join('; ');
}

/** Reads a votes cell; a message when a part is not like `67-0 (13 not voting) [S5, S6]`. */
export function readVotes(cell: string): VoteTally[] | string {
  const out: VoteTally[] = [];
  for (const part of cell.split(';')) {
    const text = part.trim();
    if (!text) continue;
    const m = VOTE.exec(text);
    if (!m) return `"${clip(text)}" is not a vote like "67-0", "67-0 (13 not voting)" or "67-0 [S5, S6]"`;
    const tally: VoteTally = { yes: Number(m[1]), no: Number(m[2]) };
    if (m[3] !== undefined) tally.notVoting = Number(m[3]);
    if (m[4] !== undefined) tally.sources = m[4].trim() === '' ? [] : m[4].split(',').map((s) => s.trim());
    out.push(tally);
  }
  return out;
}

/** Shortens a value quoted in a message. */
export function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
