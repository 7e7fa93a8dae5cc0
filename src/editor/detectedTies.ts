/** Ties proposed from pasted bill text: the detector's findings, ready to quote, highlight and accept. */
import { detectClauses } from '../ingest/detect';
import type { Detection } from '../ingest/detect';
import type { Draft, FoundTie } from '../model/edit';

/** A piece of the quoted clause: plain, or the span the detector matched (shown in <mark>). */
export interface ClausePiece {
  /** The text, rendered as text. */
  text: string;
  /** Whether this is a matched reference. */
  marked: boolean;
}

/** One proposal: the tie, the clause cut into pieces, and whether it is in the draft already. */
export interface Proposal {
  /** What accepting adds. */
  tie: FoundTie;
  /** The clause, with the matched references marked. */
  pieces: ClausePiece[];
  /** The detector's confidence, 0..1. */
  confidence: number;
  /** Labels of named bills the draft does not have yet (accepting makes them). */
  missing: string[];
  /** Whether a link from this bill with the same clause exists already. */
  accepted: boolean;
}

/** Cuts `clause` (which starts at `offset` in the text) around the detector's spans. */
export function clausePieces(clause: string, offset: number, spans: ReadonlyArray<{ start: number; end: number }>): ClausePiece[] {
  const pieces: ClausePiece[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const a = Math.max(at, s.start - offset);
    const b = Math.min(clause.length, s.end - offset);
    if (b <= a) continue;
    if (a > at) pieces.push({ text: clause.slice(at, a), marked: false });
    pieces.push({ text: clause.slice(a, b), marked: true });
    at = b;
  }
  if (at < clause.length) pieces.push({ text: clause.slice(at), marked: false });
  return pieces;
}

function toTie(d: Detection): FoundTie {
  const tie: FoundTie = {
    kind: d.kind,
    clause: d.clause.trim(),
    targets: d.targets.map((t) => ({ id: t.id, label: t.label, kind: t.kind })),
  };
  if (d.deadline) tie.deadline = d.deadline;
  if (d.section) tie.section = d.section;
  if (d.order) tie.order = d.order;
  if (d.requires) tie.requires = d.requires;
  return tie;
}

/** The ties the detector finds in `text`, pasted into bill `billId` of the draft. */
export function proposeTies(draft: Draft, billId: string, text: string): Proposal[] {
  const known = new Set(draft.bills.map((b) => b.id));
  return detectClauses(text, billId).map((d) => {
    const tie = toTie(d);
    const lead = d.clause.length - d.clause.trimStart().length;
    return {
      tie,
      pieces: clausePieces(tie.clause, d.start + lead, d.targets),
      confidence: d.confidence,
      missing: tie.targets.filter((t) => !known.has(t.id)).map((t) => t.label),
      accepted: (draft.links ?? []).some((l) => l.from === billId && l.clause === tie.clause),
    };
  });
}
