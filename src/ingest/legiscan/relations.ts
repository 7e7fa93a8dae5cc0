/** LegiScan's same-as/similar-to list (getBill `sasts`) as loose links between imported bills; they decide nothing. */
import type { Link } from '../../model/schema';
import type { MappedBill } from './bills';
import { parseBillNumber } from './numbers';

const KINDS: Array<[RegExp, Link['kind']]> = [
  [/same\s*as|cross-?filed|identical/i, 'same-as'],
  [/similar/i, 'similar-to'],
  [/replaced\s*by/i, 'replaced-by'],
  [/replaces/i, 'replaces'],
  [/carry|prior|previous/i, 'prior-session'],
];

/** Loose links for the related bills named; those not among the imported bills are counted, not linked. */
export function buildRelations(mapped: MappedBill[], constitutionalJr: boolean): { links: Link[]; outside: number } {
  const ids = new Set(mapped.map((m) => m.bill.id));
  const links: Link[] = [];
  let outside = 0;
  for (const m of mapped) {
    for (const [type, number] of m.record.related) {
      const to = parseBillNumber(number, constitutionalJr)?.id;
      if (!to || !ids.has(to) || to === m.bill.id) {
        outside++;
        continue;
      }
      const kind = KINDS.find(([re]) => re.test(type))?.[1] ?? 'related';
      links.push({
        id: `rel-${m.bill.id}-${to}`.slice(0, 64),
        kind,
        from: m.bill.id,
        to: [to],
        note: `LegiScan lists ${number} as "${type.slice(0, 60)}".`,
        ...(m.bill.sources ? { sources: m.bill.sources } : {}),
      });
    }
  }
  return { links, outside };
}
