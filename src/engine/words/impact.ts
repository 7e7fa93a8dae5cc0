/** Who wins and who loses: a stakeholder's stake in words. */
import type { Stance } from '../../model/schema';
import type { Effect } from '../stakeholders';
import { joinAnd } from './grammar';
import { shortList } from './story';

const STANCE: Record<Stance, string> = {
  sponsor: 'sponsors',
  support: 'backs',
  oppose: 'opposes',
  neutral: 'is neutral on',
  withdrawn: 'withdrew from',
};

const CHANGE: Record<Effect, Record<Effect, string>> = {
  yes: { yes: 'which takes effect', no: 'which no longer takes effect', open: 'which is no longer sure to take effect' },
  no: { yes: 'which now takes effect', no: 'which does not take effect', open: 'which may now take effect' },
  open: { yes: 'which now takes effect', no: 'which now cannot take effect', open: 'which is still open' },
};

/** "opposes SB 230, which no longer takes effect": one changed stake, against the record. */
export function stakeChange(stance: Stance, bill: string, record: Effect, scenario: Effect): string {
  return `${STANCE[stance]} ${bill}, ${CHANGE[record][scenario]}`;
}

/**
 * "League of Women Voters of California opposes SB 230 and backs AB 392.": a stakeholder's node, in
 * one sentence. Past four bills a stance names three, in the order given, and counts the rest ("Steven
 * Johnson sponsors HB 5444, HB 5443, HB 4011 and 17 more bills."): a caption on a phone is one look.
 */
export function stakeholderSentence(name: string, stakes: Array<{ stance: Stance; bill: string }>): string {
  if (stakes.length === 0) return `${name} takes no position on these bills.`;
  const byStance = new Map<Stance, string[]>();
  for (const s of stakes) byStance.set(s.stance, [...(byStance.get(s.stance) ?? []), s.bill]);
  return `${name} ${joinAnd([...byStance].map(([stance, bills]) => `${STANCE[stance]} ${shortList(bills, bills.length === 4 ? 4 : 3)}`))}.`;
}
