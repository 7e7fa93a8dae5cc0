/**
 * Finds linking clauses in bill text and turns them into typed links with the clause quoted:
 * contingent enactment, Michigan tie-bars (to bills or joint resolutions), double-jointing, New
 * York's chapter amendments, and contingencies on constitutional amendments or budget acts. Each
 * detection has a confidence and the exact character span. Cost is linear in the text: sentence
 * boundaries and references are indexed once, and every clause is bounded (see sentences.ts).
 */
import type { BillRef } from './billRefs';
import { findBillRefs } from './billRefs';
import { NY_TRIGGER, nyChapterTargets } from './nyChapter';
import type { Work } from './readingView';
import { originalSpan, readingView } from './readingView';
import { indexSentences, sentenceEnd, sentenceStart } from './sentences';

export type { Work } from './readingView';

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

interface Rule {
  name: string;
  kind: Detection['kind'];
  re: RegExp;
  confidence: number;
}

// Michigan's tie-bar asks that the bills be enacted (or a joint resolution become part of the constitution), not that they take effect.
const ENACTED_INTO_LAW = /enacted\s+into\s+law|becomes?\s+(?:a\s+)?part\s+of\s+the\s+(?:state\s+)?constitution/i;

// In priority order when two triggers share a sentence.
const RULES: Rule[] = [
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

const BLANK = /\b(?:Senate|House|Assembly)\s(?:Joint\sResolution|Bill|Constitutional\sAmendment)\s(?:No\.\s?)?_{2,}/g;
const BUDGET = /Budget\s{1,3}Act\s{1,3}of\s{1,3}(\d{4})/gi;
const DOUBLE_JOINT_NEXT = /\s{0,3}That\s+section\s+of\s+this\s+bill\s+shall\s+only\s+become\s+operative\s+if/iy;
const CONSTITUTION = /constitution/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const DEADLINE = new RegExp(`on\\s+or\\s+before\\s+(${MONTHS.join('|')})\\s+(\\d{1,2}),\\s+(\\d{4})`, 'i');

function parseDeadline(clause: string): string | undefined {
  const m = DEADLINE.exec(clause);
  if (!m) return undefined;
  return `${m[3]}-${String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

function parseSection(clause: string): string | undefined {
  const m = /Section\s+([\d.]+[a-z]?)\s+of\s+the\s+([A-Z][A-Za-z]*(?:\s+(?:and\s+)?[A-Z][A-Za-z]*)*\s+Code)/.exec(clause);
  return m ? `${m[2]} ${m[1]}` : undefined;
}

/** Items of a list sorted by start that lie within [from, to), found by binary search. */
function within<T extends { start: number; end: number }>(list: T[], from: number, to: number, work?: Work): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i].start < to; i++) {
    if (work) work.chars++;
    if (list[i].end <= to) out.push(list[i]);
  }
  return out;
}

/** Finds every linking clause in `text`; `self` (this bill's id) is left out of the targets. */
export function detectClauses(text: string, self?: string, options: DetectOptions = {}): Detection[] {
  const { work } = options;
  const view = readingView(text, work);
  const v = view.text;
  const index = indexSentences(v, work);
  const refs = findBillRefs(v);
  const blanks = [...v.matchAll(BLANK)].map((m) => ({ label: m[0], start: m.index, end: m.index + m[0].length }));
  const budgets = [...v.matchAll(BUDGET)].map((m) => ({ year: m[1], start: m.index, end: m.index + m[0].length }));
  if (work) work.chars += 4 * v.length;

  const candidates: Array<{ rule: Rule; priority: number; m: RegExpExecArray; start: number }> = [];
  RULES.forEach((rule, priority) => {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(v); m; m = rule.re.exec(v)) candidates.push({ rule, priority, m, start: sentenceStart(index, m.index) });
  });
  candidates.sort((a, b) => a.start - b.start || a.priority - b.priority);

  const found: Detection[] = [];
  let coveredUntil = -1;
  for (const { rule, m, start: rawStart } of candidates) {
    if (work) work.chars += 2 * Math.ceil(Math.log2(v.length + 2));
    let start = rawStart;
    let ny: ReturnType<typeof nyChapterTargets> = null;
    if (rule.re === NY_TRIGGER) {
      ny = nyChapterTargets(v, m, work);
      if (!ny) continue;
      start = sentenceStart(index, ny.from);
    }
    while (start < m.index && (v[start] === ' ' || v[start] === '\n')) start++;
    if (start < coveredUntil) continue;
    let end = sentenceEnd(v, index, m.index + m[0].length, work);
    if (rule.kind === 'double-joint') {
      DOUBLE_JOINT_NEXT.lastIndex = end;
      if (!DOUBLE_JOINT_NEXT.exec(v)) continue;
      end = sentenceEnd(v, index, DOUBLE_JOINT_NEXT.lastIndex, work);
    }
    let targets: Detection['targets'];
    if (ny) targets = ny.refs;
    else {
      targets = within(refs, start, end, work);
      if (targets.some((t) => t.id.includes('jr')) && CONSTITUTION.test(v.slice(start, end)))
        targets = targets.map((t) => (t.id.includes('jr') ? { ...t, kind: 'constitutional-amendment' as const } : t));
      if (rule.kind === 'contingent-enactment')
        for (const b of within(budgets, start, end, work))
          targets.push({ id: `budget-act-${b.year}`, label: `Budget Act of ${b.year}`, kind: 'budget-act', start: b.start, end: b.end });
    }
    targets = dedupe(targets.filter((t) => t.id !== self));
    const unnamed = targets.length === 0 ? within(blanks, start, end, work).map((b) => b.label) : [];
    if (targets.length === 0 && unnamed.length === 0) continue;

    const [s, e] = originalSpan(view, start, end);
    const clause = text.slice(s, e);
    if (work) work.chars += clause.length;
    const mapped = targets.map((t) => {
      const [ts, te] = originalSpan(view, t.start, t.end);
      return { ...t, start: ts, end: te };
    });
    const detection: Detection = {
      kind: rule.kind,
      targets: mapped,
      clause,
      start: s,
      end: e,
      confidence: rule.confidence,
      rule: rule.name,
    };
    if (unnamed.length > 0) {
      detection.unnamed = unnamed;
      detection.confidence = UNNAMED_CONFIDENCE;
    }
    const deadline = parseDeadline(clause);
    if (deadline) detection.deadline = deadline;
    if (rule.kind === 'tie-bar' && ENACTED_INTO_LAW.test(clause)) detection.requires = 'enactment';
    if (rule.kind === 'double-joint') {
      const section = parseSection(clause);
      if (section) detection.section = section;
      if (/this\s+bill\s+is\s+enacted\s+after/i.test(clause)) detection.order = 'after';
      else detection.confidence = 0.7;
    }
    found.push(detection);
    coveredUntil = end;
  }
  return found;
}

function dedupe<T extends { id: string }>(refs: T[]): T[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.id) && seen.add(r.id));
}
