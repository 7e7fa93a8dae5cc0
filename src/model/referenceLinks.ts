/** Reference checks on stakeholders, positions, links, context events and the baked layout. */
import { dateEnd, dateStart } from './dates';
import { formatPath } from './problems';
import { quote } from './text';
import { slugify } from './ids';
import type { Obj, ReferenceContext } from './referenceContext';
import { isObj, items, str, strings, unknown, validDate } from './referenceContext';
import { deceptive } from './referenceText';

const linkPath = (i: number) => `links[${i}]`;

/** Checks stakeholders (unique ids, names) and positions (who, on what, when). */
export function checkPeople(ctx: ReferenceContext, ds: Obj): void {
  items(ds.stakeholders).forEach((s, i) => {
    if (!isObj(s)) return;
    const path = `stakeholders[${i}]`;
    if (ctx.taken(ctx.stakeholderIds, s.id)) ctx.duplicate(s.id, path, 'stakeholder');
    if (typeof s.id === 'string') ctx.stakeholderIds.add(s.id);
    if (typeof s.id === 'string' && typeof s.name === 'string') ctx.stakeholderNames.set(slugify(s.name), s.id);
    ctx.checkSources(s.sources, path, `stakeholder ${quote(str(s.id) ?? '')}`);
    if (deceptive(s.name)) ctx.label(s.name, `${path}.name`, 'name');
  });
  items(ds.positions).forEach((pos, i) => {
    if (!isObj(pos)) return;
    const path = `positions[${i}]`;
    const who = pos.stakeholder;
    if (typeof who === 'string' && !ctx.stakeholderIds.has(who))
      ctx.missing(`${path}.stakeholder`, () => unknown('stakeholder', who, ctx.stakeholderIds, { names: ctx.stakeholderNames }));
    const target = str(pos.target);
    const billId = target === undefined ? undefined : ctx.billIds.has(target) ? target : ctx.provisionBill.get(target);
    if (target !== undefined && billId === undefined)
      ctx.missing(`${path}.target`, () => unknown('bill or provision', target, ctx.targets()));
    ctx.checkSources(pos.sources, path, 'position');
    const intro = billId && ctx.introduced.get(billId);
    const date = str(pos.date);
    if (date && intro && validDate(date) && validDate(intro) && dateEnd(date) < dateStart(intro))
      ctx.warn(`${path}.date`, `position dated ${date}, before ${billId} was introduced on ${intro}`);
  });
}

/** Checks links: unique ids, ends that exist, no self-links, dates in order, double-joint sections, citations. */
export function checkLinks(ctx: ReferenceContext, ds: Obj): void {
  const linkIds = new Set<string>();
  // Each tie (kind, bill that hangs, bills it hangs on) and the first link that makes it.
  const ties = new Map<string, number>();
  const links = items(ds.links);
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (!isObj(link)) continue;
    // Only the ids named as strings (a hostile value such as {"toString": {}} cannot be turned into text).
    const named = strings(link.to).filter((t): t is string => typeof t === 'string');
    const tie = `${str(link.kind)}|${str(link.from)}|${named.sort().join(',')}`;
    const first = ties.get(tie);
    if (first === undefined) ties.set(tie, i);
    else ctx.warn(linkPath(i), `makes the same tie as ${linkPath(first)}${describeLink(links[first])}: one of them can go`);
    const id = str(link.id);
    if (id !== undefined) {
      if (linkIds.has(id)) ctx.err(`${linkPath(i)}.id`, `duplicate link id ${quote(id)} (ids must be unique)`);
      linkIds.add(id);
    }
    const from = str(link.from);
    if (from !== undefined && !ctx.billIds.has(from) && !ctx.provisionIds.has(from))
      ctx.missing(`${linkPath(i)}.from`, () => unknown('bill or provision', from, ctx.targets(), { avoid: namedIn(strings(link.to)) }));
    const fromBill = ctx.provisionIds.size > 0 && from ? (ctx.provisionBill.get(from) ?? from) : from;
    checkTargets(ctx, strings(link.to), i, fromBill);
    const added = str(link.added);
    const removed = str(link.removed);
    if (added && removed && validDate(added) && validDate(removed) && dateEnd(removed) < dateStart(added))
      ctx.err(`${linkPath(i)}.removed`, `removed on ${removed}, before it was added on ${added}`);
    if (link.kind === 'double-joint' && !link.section)
      ctx.err(`${linkPath(i)}.section`, 'a double-joint link must name the code section both bills amend');
    if (ctx.uncited(link.sources) || ctx.badRefs(link.sources)) ctx.checkSources(link.sources, linkPath(i), `link ${quote(id ?? '')}`);
  }
}

/** ' ("sb230-on-ab392")' for a link with an id. */
function describeLink(link: unknown): string {
  const id = isObj(link) ? str(link.id) : undefined;
  return id ? ` (${quote(id)})` : '';
}

function checkTargets(ctx: ReferenceContext, to: readonly unknown[], i: number, fromBill: string | undefined): void {
  let twice = false;
  for (let k = 0; k < to.length; k++) {
    const t = to[k];
    if (typeof t !== 'string') continue;
    for (let j = 0; j < k; j++) if (to[j] === t) twice = true;
    if (ctx.billIds.has(t)) {
      if (t === fromBill) ctx.err(`${linkPath(i)}.to[${k}]`, `a bill cannot be linked to itself (${quote(t)})`);
    } else if (ctx.provisionIds.has(t))
      ctx.err(`${linkPath(i)}.to[${k}]`, `${quote(t)} is a provision; links hang on bills (name its bill, "${ctx.provisionBill.get(t)}")`);
    // Never the bill that hangs (a bill tied to itself); a bill named elsewhere in the link only if none other is close.
    else ctx.missing(`${linkPath(i)}.to[${k}]`, () => unknown('bill', t, othersThan(ctx.billIds, fromBill), { avoid: namedIn(to, k) }));
  }
  if (twice) ctx.err(`${linkPath(i)}.to`, 'names the same bill twice');
}

/** The ids a link's list names, but the one at `skip`. */
function namedIn(list: readonly unknown[], skip = -1): Set<string> {
  return new Set(list.filter((v, j): v is string => j !== skip && typeof v === 'string'));
}

/** The ids of `set` but `left`. */
function othersThan(set: ReadonlySet<string>, left: string | undefined): string[] {
  return [...set].filter((id) => id !== left);
}

/** Context events must cite sources; a baked position for a node the dataset lacks is dangling (run `bake` again). */
export function checkContextAndLayout(ctx: ReferenceContext, ds: Obj): void {
  items(ds.context).forEach((c, i) => isObj(c) && ctx.checkSources(c.sources, `context[${i}]`, 'context event'));
  if (!isObj(ds.layout)) return;
  for (const id of Object.keys(ds.layout))
    if (!ctx.billIds.has(id) && !ctx.provisionIds.has(id) && !ctx.stakeholderIds.has(id))
      ctx.missing(
        formatPath(['layout', id]),
        () => `${unknown('bill, provision or stakeholder', id, [...ctx.billIds, ...ctx.stakeholderIds])}; run bake again`,
      );
}
