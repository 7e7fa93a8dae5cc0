/** The facts a sentence is made of: plain data (labels, dates, kinds), so every shape can be tested as a table. */
import type { BillEvent, Link } from '../../model/schema';
import type { Outcome } from '../scenario';

/** Why a bill has its own fate (before links). */
export type OwnFact =
  | { kind: 'assumed'; label: string; assumption: 'enacted' | 'failed' }
  | { kind: 'deemed'; label: string; trigger: string }
  | {
      kind: 'event';
      label: string;
      type: BillEvent['type'];
      date: string;
      /** A veto the record calls a pocket veto ("Pocket Veto 01/05/2021": not signed before the Legislature adjourned). */
      pocket?: boolean;
    }
  | {
      kind: 'open';
      label: string;
      lastStep?: { description: string; date: string };
      /** The day it had passed both chambers, when it has (a bill the Governor has not signed). */
      passed?: string;
    };

/** A condition a bill hangs on: one deciding link, seen from the bill that hangs. */
export interface ConditionFact {
  /** The link's kind. */
  kind: Link['kind'];
  /** Labels of every bill the link names (a tie-bar group has several). */
  group: string[];
  /** The label of the bill in the group that decided the outcome. */
  target: string;
  /** When the link was made, if known. */
  since?: string;
  /** "Enacted and in effect on or before" this date, if the link says so. */
  deadline?: string;
  /** `enactment` when the link asks only that its bills be enacted (Michigan's tie-bar); absent: that they take effect. */
  requires?: 'enactment';
  /** True when every bill it names has been enacted already (signed), so what is still asked of them is to take effect. */
  enacted?: boolean;
}

/** How a chain of conditions ends: a bill's own fate, or a deadline it missed. */
export type RootFact = { kind: 'own'; own: OwnFact } | { kind: 'deadline'; label: string; deadline: string };

/** A chain of conditions from a bill to the root cause of its outcome. */
export interface ChainFact {
  /** The first link: the condition the bill itself hangs on. */
  first: ConditionFact;
  /** How many links from the bill to the root (1: the root is the first link's target). */
  links: number;
  /** The bill the first link leads to (the next bill in the chain). */
  next: string;
  /** The bill at the end of the chain. */
  root: string;
  /** What happened at the end of the chain. */
  cause: RootFact;
  /**
   * For a bill tied straight to several bills that all met the root's fate (all vetoed): their
   * labels and the last day one did, so the sentence says so of all of them, not of one.
   */
  alike?: { labels: string[]; last: string };
  /**
   * For a bill tied straight to the root by a tie not checked against the law's text: a companion of
   * the root (its twin, by a `companion` link) that did become law, so the law may name it instead.
   */
  companion?: string;
}

/** Everything an explanation sentence says about one bill. */
export interface ExplanationFact {
  /** The bill's label. */
  label: string;
  /** Its outcome. */
  outcome: Outcome;
  /** Its own fate. */
  own: OwnFact;
  /** For a bill held back by a condition: the chain to the root cause. */
  chain?: ChainFact;
  /** Labels of the bills it hangs on, when nothing holds it back (enacted or pending bills). */
  hangsOn: string[];
  /** For a bill that takes effect: whether one of the bills it hangs on takes effect only in the scenario (set by it). */
  hangsOnAssumed?: boolean;
  /** For a bill that takes effect: bills it hangs on only for their enactment, enacted but not taking effect themselves. */
  enactedOnly?: string[];
}
