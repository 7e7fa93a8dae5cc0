/** Reference checks on bills: unique ids, citations, deceptive labels, event and provision dates. */
import { dateEnd, dateStart } from './dates';
import { quote } from './text';
import { CITE_HINT } from './problems';
import type { Obj, ReferenceContext } from './referenceContext';
import { isObj, items, str, strings, validDate } from './referenceContext';
import { deceptive } from './referenceText';

/** Events that can only follow a bill's introduction. */
const AFTER_INTRODUCTION = new Set(['signed', 'chaptered', 'enacted', 'vetoed']);
const eventPath = (b: number, e: number) => `bills[${b}].events[${e}]`;

/** Checks every bill, its events and provisions; records ids for the later checks. */
export function checkBills(ctx: ReferenceContext, ds: Obj): void {
  const bills = items(ds.bills);
  for (let b = 0; b < bills.length; b++) {
    const bill = bills[b];
    if (!isObj(bill)) continue;
    const id = str(bill.id) ?? '';
    if (ctx.taken(ctx.billIds, bill.id)) ctx.duplicate(id, `bills[${b}]`, 'bill');
    ctx.billIds.add(id);
    if (ctx.uncited(bill.sources) || ctx.badRefs(bill.sources)) ctx.checkSources(bill.sources, `bills[${b}]`, `bill ${quote(id)}`);
    if (deceptive(bill.label)) ctx.label(bill.label, `bills[${b}].label`, 'label');
    if (deceptive(bill.title)) ctx.title(bill.title, `bills[${b}].title`, 'the title');
    checkEvents(ctx, bill, b, id);
    checkProvisions(ctx, bill, b, id);
  }
}

function checkEvents(ctx: ReferenceContext, bill: Obj, b: number, id: string): void {
  const events = items(bill.events);
  let intro: string | undefined;
  for (const ev of events) {
    if (isObj(ev) && ev.type === 'introduced' && typeof ev.date === 'string') {
      intro = ev.date;
      break;
    }
  }
  if (intro !== undefined) ctx.introduced.set(id, intro);
  for (let e = 0; e < events.length; e++) {
    const ev = events[e];
    if (!isObj(ev)) continue;
    const tallies = items(ev.tallies);
    let cited = strings(ev.sources).length > 0;
    for (const t of tallies) if (!cited && isObj(t) && strings(t.sources).length > 0) cited = true;
    // An event with no description yet is named by its date ("the event of 2019-04-23"), not as `event ""`.
    const named = () =>
      str(ev.description)?.trim() ? `event ${quote(str(ev.description)!, 40)}` : `the event${str(ev.date) ? ` of ${str(ev.date)}` : ''}`;
    if (!cited) ctx.warn(eventPath(b, e), () => `${named()} cites no source${CITE_HINT}`);
    if (ctx.badRefs(ev.sources)) ctx.reportRefs(ev.sources as unknown[], eventPath(b, e));
    for (let ti = 0; ti < tallies.length; ti++) {
      const t = tallies[ti];
      if (isObj(t) && ctx.badRefs(t.sources)) ctx.reportRefs(t.sources as unknown[], `${eventPath(b, e)}.tallies[${ti}]`);
    }
    if (tallies.length > 1) {
      const counts = new Set(tallies.filter(isObj).map((t) => `${String(t.yes)}-${String(t.no)}`));
      if (counts.size > 1)
        ctx.warn(`${eventPath(b, e)}.tallies`, `sources disagree on the tally: ${[...counts].join(', ')} (kept as recorded)`);
    }
    const date = ev.date;
    if (
      intro &&
      typeof date === 'string' &&
      date < intro &&
      AFTER_INTRODUCTION.has(String(ev.type)) &&
      validDate(date) &&
      validDate(intro) &&
      dateEnd(date) < dateStart(intro)
    )
      ctx.warn(`${eventPath(b, e)}.date`, `"${String(ev.type)}" on ${date}, before the bill was introduced on ${intro} (check both dates)`);
  }
}

function checkProvisions(ctx: ReferenceContext, bill: Obj, b: number, id: string): void {
  items(bill.provisions).forEach((pr, p) => {
    if (!isObj(pr)) return;
    const pp = `bills[${b}].provisions[${p}]`;
    if (ctx.taken(ctx.provisionIds, pr.id)) ctx.duplicate(pr.id, pp, 'provision');
    if (typeof pr.id === 'string') {
      ctx.provisionIds.add(pr.id);
      ctx.provisionBill.set(pr.id, id);
    }
    ctx.checkSources(pr.sources, pp, `provision ${quote(str(pr.id) ?? '')}`);
    if (deceptive(pr.label)) ctx.label(pr.label, `${pp}.label`, 'label');
    const added = str(pr.added);
    const struck = str(pr.struck);
    if (added && struck && validDate(added) && validDate(struck) && dateEnd(struck) < dateStart(added))
      ctx.err(`${pp}.struck`, `struck on ${struck}, before it was added on ${added}`);
  });
}
