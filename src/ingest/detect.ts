/**
 * Finds linking clauses in bill text and turns them into typed links with the clause quoted:
 * contingent enactment, Michigan tie-bars (to bills or joint resolutions), double-jointing, New
 * York's chapter amendments, and contingencies on constitutional amendments or budget acts. Each
 * detection has a confidence and the exact character span. Cost is linear in the text: sentence
 * boundaries and references are indexed once, and every clause is bounded (see sentences.ts).
 */
import { findBillRefs } from './billRefs';
import { NY_TRIGGER, nyChapterTargets } from './nyChapter';
import type { Work } from './readingView';
import { originalSpan, readingView } from './readingView';
import { indexSentences, sentenceEnd, sentenceStart } from './sentences';

import type { Detection, DetectOptions, Rule } from './detectRules';
import {
  BLANK,
  BUDGET,
  CONSTITUTION,
  DOUBLE_JOINT_NEXT,
  ENACTED_INTO_LAW,
  RULES,
  UNNAMED_CONFIDENCE,
  parseDeadline,
  parseSection,
} from './detectRules';

export type { Work } from './readingView';
export type { BudgetActTarget, Detection, DetectOptions } from './detectRules';
export { UNNAMED_CONFIDENCE, confidenceClass } from './detectRules';

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
