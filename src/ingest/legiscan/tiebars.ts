/**
 * Michigan's tie-bars from long titles as `tie-bar` links, resolved across spellings and years of
 * the session; targets outside the data kept as placeholder measures and reported; title phrases
 * that repeal an act's enacting section (its tie-bar) applied where the act is in the data.
 */
import type { Bill, Link } from '../../model/schema';
import type { MappedBill } from './bills';
import type { TieChange as Change } from './ties';
import { parseTitleTies } from './ties';

/** A tie-bar target that named no bill of the data. */
export interface UnresolvedTie {
  /** The tying bill's label. */
  bill: string;
  /** The target as written. */
  ref: string;
  /** The placeholder measure kept in its place. */
  placeholder: string;
  /** Why. */
  reason: string;
}

/** A title phrase about ties: read and applied, or reported. */
export interface TieChangeReport {
  /** The bill whose title says it. */
  bill: string;
  /** The phrase. */
  text: string;
  /** What was done with it. */
  outcome: string;
}

/** What the tie-bars came to. */
export interface TieBarResult {
  /** One `tie-bar` link per bill whose title carries a list. */
  links: Link[];
  /** Placeholder measures for targets outside the data. */
  placeholders: Bill[];
  /** Targets named, in all. */
  targets: number;
  /** Targets that named no bill of the data. */
  unresolved: UnresolvedTie[];
  /** Tie-changing phrases, read or not. */
  changes: TieChangeReport[];
}

/** Builds the tie-bar links of a session from its bills' long titles. */
export function buildTieBars(mapped: MappedBill[], years: { start?: number; end?: number }): TieBarResult {
  const byId = new Map(mapped.map((m) => [m.bill.id, m]));
  const byAct = new Map<string, MappedBill>();
  for (const m of mapped) for (const pa of m.publicActs) byAct.set(pa, m);
  const out: TieBarResult = { links: [], placeholders: [], targets: 0, unresolved: [], changes: [] };
  const placeholders = new Map<string, Bill>();
  const repeals: Array<[MappedBill, Change]> = [];
  const inSession = (y: number) => (years.start === undefined || y >= years.start) && (years.end === undefined || y <= years.end);
  for (const m of mapped) {
    const title = m.record.description || m.record.title;
    const ties = parseTitleTies(title);
    for (const u of ties.unreadable) out.changes.push({ bill: m.bill.label, text: u.text, outcome: `not read: ${u.reason}` });
    for (const c of ties.changes) repeals.push([m, c]);
    if (!ties.list || ties.targets.length === 0) continue;
    const to: string[] = [];
    for (const t of ties.targets) {
      out.targets++;
      const local = inSession(t.year);
      const id = local ? t.measure.id : `${t.measure.id}-${String(t.year).slice(2)}`;
      if (id === m.bill.id) {
        out.changes.push({ bill: m.bill.label, text: t.raw, outcome: 'not read: a bill tie-barred to itself' });
        continue;
      }
      if (!byId.has(id)) {
        const reason = local ? 'not among the imported bills' : `of ${t.year}, outside this session`;
        out.unresolved.push({ bill: m.bill.label, ref: t.raw, placeholder: id, reason });
        if (!placeholders.has(id))
          placeholders.set(id, {
            id,
            label: local ? t.measure.label : `${t.measure.label} ('${String(t.year).slice(2)})`,
            kind: t.measure.kind,
            title: `${t.measure.label} of ${t.year}: named in a tie-bar, ${reason}`,
            summary: `Kept so the tie stays visible: ${m.bill.label}'s title ties it to "${t.raw}", which is ${reason}. Its fate is not in the data.`,
            ...(m.bill.sources ? { sources: m.bill.sources } : {}),
          });
      }
      if (to.includes(id)) out.changes.push({ bill: m.bill.label, text: t.raw, outcome: 'named twice in the list; one target kept' });
      else to.push(id);
    }
    if (to.length === 0) continue;
    out.links.push({
      id: `tiebar-${m.bill.id}`.slice(0, 64),
      kind: 'tie-bar',
      from: m.bill.id,
      to,
      // Michigan's enacting section: "does not take effect unless ... are enacted into law".
      requires: 'enactment',
      clause: title.slice(ties.marker, ties.list.end).slice(0, 5000),
      clauseVerified: false,
      ...(m.bill.sources ? { sources: m.bill.sources } : {}),
    });
  }
  out.placeholders = [...placeholders.values()];
  for (const [m, c] of repeals) out.changes.push(applyChange(m, c, byAct, out.links));
  return out;
}

// A repeal of an enacting section names an act by its public act number: found among the
// imported bills, an enacted repeal ends that act's tie-bar on the day the repealing act was enacted.
function applyChange(m: MappedBill, c: Change, byAct: Map<string, MappedBill>, links: Link[]): TieChangeReport {
  const act = `${c.act.year} PA ${c.act.number}`;
  const report = (outcome: string) => ({ bill: m.bill.label, text: c.text, outcome });
  const target = byAct.get(`${c.act.year}-${c.act.number}`);
  if (!target) return report(`not applied: ${act} is not an act of the imported bills, so the tie it held is not in the data`);
  if (!m.enactedOn) return report(`not applied: ${m.bill.label} was not enacted, so ${act} (${target.bill.label}) keeps its tie`);
  const link = links.find((l) => l.from === target.bill.id && l.kind === 'tie-bar');
  if (!link) return report(`not applied: ${target.bill.label} (${act}) has no tie-bar in its title`);
  link.removed = m.enactedOn;
  link.note = `Its enacting section was repealed by ${m.bill.label} ("${c.text}").`;
  return report(`applied: ${target.bill.label} (${act}) loses its tie-bar on ${m.enactedOn}`);
}
