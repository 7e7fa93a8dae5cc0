/** The full chain behind an outcome, one line per step (for `scenario --chain` and anyone who asks for every link). */
import type { Reason } from '../explain';
import { ownVerb } from './explanations';
import { day, when } from './grammar';

/** "SB 230 hangs on AB 392 (link sb230-on-ab392, since 23 Apr 2019)", "AB 392 died on 29 Aug 2018". */
export function chainLine(r: Reason, label: (id: string) => string): string {
  switch (r.kind) {
    case 'link':
      return `${label(r.from)} hangs on ${label(r.to)} (link ${r.link}${r.since ? `, since ${day(r.since)}` : ''})`;
    case 'deadline':
      return `${label(r.bill)} did not become law by ${day(r.deadline)} (link ${r.link})`;
    case 'event':
      return `${label(r.bill)} ${ownVerb(r)} ${when(r.date)}`;
    case 'assumption':
      return `in this scenario ${label(r.bill)} ${r.assumption === 'enacted' ? 'becomes law' : 'fails'}`;
    case 'pending':
      return `${label(r.bill)} is still pending`;
  }
}
