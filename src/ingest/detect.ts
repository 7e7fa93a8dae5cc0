/**
 * Finds linking clauses in bill text and turns them into typed links with the clause quoted:
 * contingent enactment, Michigan tie-bars, double-jointing, and contingencies on constitutional
 * amendments or budget acts. Each detection has a confidence and the exact character span.
 */
import type { BillRef } from './billRefs';
import { findBillRefs } from './billRefs';

/** One linking clause found in a text. */
export interface Detection {
  /** The link kind it creates. */
  kind: 'contingent-enactment' | 'tie-bar' | 'double-joint';
  /** What the bill hangs on: measure references (bills, constitutional amendments) or a budget act. */
  targets: Array<BillRef | { id: string; label: string; kind: 'budget-act'; start: number; end: number }>;
  /** The clause, exactly as in the text: text.slice(start, end). */
  clause: string;
  /** Span start (inclusive). */
  start: number;
  /** Span end (exclusive). */
  end: number;
  /** 0..1: how sure the pattern is. */
  confidence: number;
  /** "enacted and takes effect on or before" deadline (YYYY-MM-DD), when stated. */
  deadline?: string;
  /** Double-joint: the code section both bills amend, e.g. "Penal Code 196". */
  section?: string;
  /** Double-joint: this bill's version applies if it is enacted after the others. */
  order?: 'after';
  /** What triggered it, for people checking detections. */
  rule: string;
}

interface Rule {
  name: string;
  kind: Detection['kind'];
  re: RegExp;
  confidence: number;
}

// Triggers; each is expanded to its whole sentence (and a following (a)/(b) list) before parsing.
const RULES: Rule[] = [
  {
    name: 'incorporates amendments ... shall only become operative if',
    kind: 'double-joint',
    re: /incorporates\s+amendments\s+to\s+Section/gi,
    confidence: 0.9,
  },
  {
    name: 'does not take effect unless ... enacted into law',
    kind: 'tie-bar',
    re: /(?:act|bill)\s+does\s+not\s+take\s+effect\s+unless/gi,
    confidence: 0.95,
  },
  {
    name: 'shall become operative only if',
    kind: 'contingent-enactment',
    re: /shall\s+(?:only\s+)?become\s+operative\s+only\s+(?:if|upon)|shall\s+become\s+operative\s+only\s+if/gi,
    confidence: 0.95,
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

const ABBREVIATIONS = /(?:\bNo|\bSec|\bSecs|\bCh|\bStat|\bU\.S|\bGov|\bPen|\bCode|\bArt|\bVol|\b[A-Z]|\bH\.B|\bS\.B|\bA\.B)$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Start of the sentence containing `at`. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const c = text[i];
    if (c === '\n' && text[i - 1] === '\n') return i + 1;
    if ((c === '.' || c === ';') && /\s/.test(text[i + 1] ?? ' ') && !ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i))) {
      let j = i + 1;
      while (j < at && /\s/.test(text[j])) j++;
      return j;
    }
  }
  return 0;
}

/** End (exclusive) of the sentence containing `at`, extended over a following "(a) ... (b) ..." list. */
function sentenceEnd(text: string, at: number): number {
  let end = text.length;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '.' && (i + 1 === text.length || /\s/.test(text[i + 1])) && !ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i))) {
      end = i + 1;
      break;
    }
    if (c === ':' && /all\s+of\s+the\s+following/i.test(text.slice(Math.max(0, i - 80), i))) {
      // An enumerated list: every following line that starts "(a)", "(b)"...
      end = i + 1;
      const item = /^[ \t]*\r?\n?[ \t]*\([a-z0-9]{1,3}\)[^\n]*/i;
      for (let m = item.exec(text.slice(end)); m; m = item.exec(text.slice(end))) end += m[0].length;
      break;
    }
  }
  return end;
}

function parseDeadline(clause: string): string | undefined {
  const m =
    /on\s+or\s+before\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})/i.exec(
      clause,
    );
  if (!m) return undefined;
  return `${m[3]}-${String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

function parseSection(clause: string): string | undefined {
  const m = /Section\s+([\d.]+[a-z]?)\s+of\s+the\s+([A-Z][A-Za-z]*(?:\s+(?:and\s+)?[A-Z][A-Za-z]*)*\s+Code)/.exec(clause);
  return m ? `${m[2]} ${m[1]}` : undefined;
}

/** Finds every linking clause in `text`; `self` (this bill's id) is left out of the targets. */
export function detectClauses(text: string, self?: string): Detection[] {
  const found: Detection[] = [];
  const covered: Array<[number, number]> = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = sentenceStart(text, m.index);
      if (covered.some(([a, b]) => start >= a && start < b)) continue;
      // A double-joint sentence names the bills; its conditions follow in the next sentence.
      let end = sentenceEnd(text, m.index + m[0].length);
      if (rule.kind === 'double-joint') {
        const next = /^\s*That\s+section\s+of\s+this\s+bill\s+shall\s+only\s+become\s+operative\s+if/i.exec(text.slice(end));
        if (!next) continue;
        end = sentenceEnd(text, end + next[0].length);
      }
      const clause = text.slice(start, end);
      const refs = findBillRefs(clause, start).filter((r) => r.id !== self && !/^\s*(?:of\s+)?this\s+bill/i.test(r.label));
      const targets: Detection['targets'] = dedupe(refs);
      const budget = /Budget\s+Act\s+of\s+(\d{4})/i.exec(clause);
      if (budget && rule.kind === 'contingent-enactment') {
        const s = start + budget.index;
        targets.push({
          id: `budget-act-${budget[1]}`,
          label: `Budget Act of ${budget[1]}`,
          kind: 'budget-act',
          start: s,
          end: s + budget[0].length,
        });
      }
      if (targets.length === 0) continue;
      const detection: Detection = { kind: rule.kind, targets, clause, start, end, confidence: rule.confidence, rule: rule.name };
      const deadline = parseDeadline(clause);
      if (deadline) detection.deadline = deadline;
      if (rule.kind === 'double-joint') {
        const section = parseSection(clause);
        if (section) detection.section = section;
        if (/this\s+bill\s+is\s+enacted\s+after/i.test(clause)) detection.order = 'after';
        else detection.confidence = 0.7;
      }
      found.push(detection);
      covered.push([start, end]);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function dedupe(refs: BillRef[]): BillRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(r.id) && seen.add(r.id));
}
