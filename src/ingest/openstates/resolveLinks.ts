/** The third step: relations and the ties detected in bill text, resolved against the imported bills into links. */
import type { Link } from '../../model/schema';
import { IdMaker, safeId } from '../../model/ids';
import { detectClauses } from '../detect';
import type { ImportState, Report } from './mapBill';
import { billIdOf } from './mapBill';
import type { ImportReport } from './types';
import { clip } from './types';

/** Links from related bills (loose) and from clauses found in bill text (typed, with the clause quoted). */
export function resolveLinks(state: ImportState, report: Report, out: ImportReport): Link[] {
  const links: Link[] = [];
  const linkIds = new IdMaker();
  const ids = state.billIds;
  for (const r of state.related) {
    const toId = billIdOf(r.identifier);
    if (!ids.has(toId) || toId === r.from) {
      report(r.file, r.path, `related bill "${r.identifier}" is not among the imported bills; relation skipped`);
      continue;
    }
    links.push({
      id: linkIds.make(['rel', r.from, toId, links.length]),
      kind: r.kind,
      from: r.from,
      to: [toId],
      ...(r.source ? { sources: [r.source] } : {}),
    });
  }
  const byId = new Map(state.bills.map((b) => [b.id, b]));
  for (const [id, { text, date }] of state.billText) {
    const bill = byId.get(id)!;
    for (const d of detectClauses(text, id)) {
      const to: string[] = [];
      for (const t of d.targets) {
        const target = safeId([t.id]);
        if (ids.has(target)) to.push(target);
        else if (t.kind !== 'bill') {
          // A constitutional amendment or budget act not in the import: modelled as a measure to hang on.
          const measure = {
            id: target,
            label: clip(t.label, 60),
            kind: t.kind,
            title: clip(t.label, 500),
            ...(bill.sources ? { sources: bill.sources } : {}),
          };
          state.bills.push(measure);
          state.origins.push({ file: '', path: '' });
          byId.set(target, measure);
          ids.add(target);
          to.push(target);
        } else out.unresolved.push({ bill: bill.label, ref: t.label });
      }
      if (to.length === 0) continue;
      links.push({
        id: linkIds.make(['det', id, links.length]),
        kind: d.kind,
        from: id,
        to: [...new Set(to)].slice(0, 100),
        ...(date ? { added: date } : {}),
        ...(d.deadline ? { deadline: d.deadline } : {}),
        ...(d.section ? { section: clip(d.section, 200) } : {}),
        ...(d.order ? { order: d.order } : {}),
        clause: clip(d.clause, 5000),
        clauseVerified: true,
        note: `Found in the bill text by the rule "${d.rule}" (confidence ${d.confidence}), characters ${d.start}-${d.end}.`,
        ...(bill.sources ? { sources: bill.sources } : {}),
      });
      out.detected++;
    }
  }
  return links;
}
