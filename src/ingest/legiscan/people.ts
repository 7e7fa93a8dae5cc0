/** Sponsors as stakeholders (legislators with party and chamber) and their sponsor positions. */
import { labelId } from '../../model/ids';
import type { Position, Stakeholder } from '../../model/schema';
import type { MappedBill } from './bills';
import type { LsPerson } from './records';

const PARTIES: Record<string, string> = {
  D: 'Democrat',
  R: 'Republican',
  I: 'Independent',
  L: 'Libertarian',
  G: 'Green',
  N: 'Nonpartisan',
};
const ROLES: Record<string, string> = { Rep: 'House', Sen: 'Senate', Representative: 'House', Senator: 'Senate' };
const MAX_AUTHORS = 10;

/** The stakeholders who sponsor the bills, and each sponsorship as a dated `sponsor` position. */
export function mapSponsors(
  mapped: MappedBill[],
  people: Map<string, LsPerson>,
  datasetSource: string,
): { stakeholders: Stakeholder[]; positions: Position[]; unknown: number } {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const stakeholders: Stakeholder[] = [];
  const positions: Position[] = [];
  let unknown = 0;
  const stakeholderOf = (pid: string): string | undefined => {
    const known = ids.get(pid);
    if (known) return known;
    const p = people.get(pid);
    if (!p) return undefined;
    // Their name as a slug, with LegiScan's number when two share a name.
    let id = labelId(p.name, 'person');
    if (taken.has(id)) id = `${id}-${pid}`.slice(0, 64);
    taken.add(id);
    ids.set(pid, id);
    const party = PARTIES[p.party] ?? p.party;
    const chamber = ROLES[p.role] ?? p.role;
    const note = p.committee ? 'A committee, named as sponsor' : [party, chamber, p.district].filter(Boolean).join(', ');
    stakeholders.push({
      id,
      name: p.name.slice(0, 200),
      kind: p.committee ? 'other' : 'legislator',
      ...(note ? { note } : {}),
      sources: [datasetSource],
    });
    return id;
  };
  for (const m of mapped) {
    const names: string[] = [];
    const introduced = m.bill.events?.find((e) => e.type === 'introduced')?.date;
    m.record.sponsors.forEach((pid, i) => {
      const stakeholder = stakeholderOf(pid);
      if (!stakeholder) return void unknown++;
      if (names.length < MAX_AUTHORS) names.push(people.get(pid)!.name.slice(0, 200));
      positions.push({
        stakeholder,
        target: m.bill.id,
        stance: 'sponsor',
        ...(introduced ? { date: introduced } : {}),
        ...(i === 0 ? { note: 'Primary sponsor' } : {}),
        ...(m.bill.sources?.length ? { sources: [m.bill.sources[0]] } : {}),
      });
    });
    if (names.length)
      m.bill.authors = m.record.sponsors.length > MAX_AUTHORS ? [...names, `and ${m.record.sponsors.length - MAX_AUTHORS} more`] : names;
  }
  return { stakeholders, positions, unknown };
}
