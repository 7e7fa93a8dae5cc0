/**
 * What clause detection looks for: the trigger phrases of each kind of link (in priority order),
 * what a detection holds, and how a clause's deadline and code section are read.
 */
import type { BillRef } from './billRefs';
import { NY_TRIGGER } from './nyChapter';
import type { Work } from './readingView';

/** A measure a clause hangs on that is not a numbered bill: a budget act. */
export interface BudgetActTarget {
  /** e.g. "budget-act-2020". */
  id: string;
  /** e.g. "Budget Act of 2020". */
  label: string;
  /** Always "budget-act". */
  kind: 'budget-act';
  /** Span start in the text. */
  start: number;
  /** Span end (exclusive). */
  end: number;
}

/** One linking clause found in a text. */
export interface Detection {
  /** The link kind it creates. */
  kind: 'contingent-enactment' | 'tie-bar' | 'double-joint';
  /** What the bill hangs on: measure references (bills, joint resolutions, constitutional amendments) or a budget act. */
  targets: Array<BillRef | BudgetActTarget>;
  /** Measures the clause leaves blank ("Senate Joint Resolution ___"): low confidence, nothing to link. */
  unnamed?: string[];
  /** The clause, exactly as in the text: text.slice(start, end). */
  clause: string;
  /** Span start (inclusive). */
  start: number;
  /** Span end (exclusive). */
  end: number;
  /** 0..1: how sure the pattern is (see confidenceClass). */
  confidence: number;
  /** "enacted and takes effect on or before" deadline (YYYY-MM-DD), when stated. */
  deadline?: string;
  /** Double-joint: the code section both bills amend, e.g. "Penal Code 196". */
  section?: string;
  /** Double-joint: this bill's version applies if it is enacted after the others. */
  order?: 'after';
  /** `enactment` when the clause asks only that the measures be enacted (Michigan's "are enacted into law"). */
  requires?: 'enactment';
  /** What triggered it, for people checking detections. */
  rule: string;
}

/** Options for detectClauses. */
export interface DetectOptions {
  /** Receives the number of characters examined (for linearity tests and benchmarks). */
  work?: Work;
}

/** A trigger phrase and the link it makes. */
export interface Rule {
  name: string;
  kind: Detection['kind'];
  re: RegExp;
  confidence: number;
}

/** Michigan's tie-bar asks that the bills be enacted (or a joint resolution become part of the constitution), not that they take effect. */
export const ENACTED_INTO_LAW = /enacted\s+into\s+law|becomes?\s+(?:a\s+)?part\s+of\s+the\s+(?:state\s+)?constitution/i;

// In priority order when two triggers share a sentence.
export const RULES: Rule[] = [
  {
    name: 'incorporates amendments ... shall only become operative if',
    kind: 'double-joint',
    re: /incorporates\s+amendments\s+to\s+Section/gi,
    confidence: 0.9,
  },
  {
    name: 'does not take effect unless ... enacted into law / becomes a part of the constitution',
    kind: 'tie-bar',
    re: /(?:act|bill)\s+does\s+not\s+take\s+effect\s+unless/gi,
    confidence: 0.95,
  },
  {
    name: 'shall become operative only if',
    kind: 'contingent-enactment',
    re: /shall\s+(?:only\s+)?become\s+operative\s+only\s+(?:if|upon)/gi,
    confidence: 0.95,
  },
  {
    name: 'takes effect on the same date ... as proposed in legislative bills numbers (New York)',
    kind: 'contingent-enactment',
    re: NY_TRIGGER,
    confidence: 0.9,
  },
  {
    name: 'operative contingent on the enactment of',
    kind: 'contingent-enactment',
    re: /contingent\s+(?:on|upon)\s+the\s+enactment\s+of/gi,
    confidence: 0.85,
  },
  {
    name: 'shall take effect on the taking effect of',
    kind: 'contingent-enactment',
    re: /shall\s+take\s+effect\s+on\s+the\s+taking\s+effect\s+of/gi,
    confidence: 0.8,
  },
];

/** Confidence of a clause that leaves its measure blank. */
export const UNNAMED_CONFIDENCE = 0.4;
/** "high" (0.9 and over), "medium" (0.7 to 0.9) or "low" (below 0.7: review by hand; nothing is linked). */
export const confidenceClass = (c: number): 'high' | 'medium' | 'low' => (c >= 0.9 ? 'high' : c >= 0.7 ? 'medium' : 'low');

/** A measure left blank ("Senate Bill No. ___"). */
export const BLANK = /\b(?:Senate|House|Assembly)\s(?:Joint\sResolution|Bill|Constitutional\sAmendment)\s(?:No\.\s?)?_{2,}/g;
/** "Budget Act of 2020". */
export const BUDGET = /Budget\s{1,3}Act\s{1,3}of\s{1,3}(\d{4})/gi;
/** The second half of a double-jointing clause, right after the first. */
export const DOUBLE_JOINT_NEXT = /\s{0,3}That\s+section\s+of\s+this\s+bill\s+shall\s+only\s+become\s+operative\s+if/iy;
/** A clause about the constitution. */
export const CONSTITUTION = /constitution/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const DEADLINE = new RegExp(`on\\s+or\\s+before\\s+(${MONTHS.join('|')})\\s+(\\d{1,2}),\\s+(\\d{4})`, 'i');

/** "on or before January 1, 2020" as 2020-01-01. */
export function parseDeadline(clause: string): string | undefined {
  const m = DEADLINE.exec(clause);
  if (!m) return undefined;
  return `${m[3]}-${String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

/** "Section 196 of the Penal Code" as "Penal Code 196". */
export function parseSection(clause: string): string | undefined {
  const m = /Section\s+([\d.]+[a-z]?)\s+of\s+the\s+([A-Z][A-Za-z]*(?:\s+(?:and\s+)?[A-Z][A-Za-z]*)*\s+Code)/.exec(clause);
  return m ? `${m[2]} ${m[1]}` : undefined;
}
