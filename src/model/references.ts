/** Cross-reference checks the schema cannot express: ids, references, date order, sources. */
import type { Dataset } from './schema';
import type { Problem } from './problems';
import { suggest } from './problems';
import { dateEnd, dateStart } from './dates';

/** Errors (fatal) and warnings (shown) about a schema-valid dataset. */
export interface ReferenceReport {
  /** Problems that make the dataset unusable. */
  errors: Problem[];
  /** Problems worth showing that do not stop the dataset from loading. */
  warnings: Problem[];
}

const MAX_PROBLEMS = 200;

/** Checks ids, references, date order and citations of a schema-valid dataset. */
export function checkReferences(ds: Dataset): ReferenceReport {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const err = (path: string, message: string) => errors.length < MAX_PROBLEMS && errors.push({ path, message });
  const warn = (path: string, message: string) => warnings.length < MAX_PROBLEMS && warnings.push({ path, message });

  const billIds = new Set<string>();
  const provisionIds = new Set<string>();
  const stakeholderIds = new Set<string>();
  const linkIds = new Set<string>();
  const introduced = new Map<string, string>();
  const provisionBill = new Map<string, string>();
  const sourceIds = Object.keys(ds.sources);
  const sourceSet = new Set(sourceIds);

  const checkSources = (path: string, refs: string[] | undefined, what: string) => {
    if (!refs || refs.length === 0) {
      warn(path, `${what} cites no source (add "sources": ["S1", ...])`);
      return;
    }
    refs.forEach((ref, i) => {
      if (!sourceSet.has(ref)) err(`${path}.sources[${i}]`, unknown('source', ref, sourceIds));
    });
  };
  const claim = (set: Set<string>, id: string, path: string, what: string) => {
    if (billIds.has(id) || provisionIds.has(id) || set.has(id)) err(`${path}.id`, `duplicate ${what} id "${id}" (ids must be unique)`);
    set.add(id);
  };

  ds.bills.forEach((bill, b) => {
    const path = `bills[${b}]`;
    claim(billIds, bill.id, path, 'bill');
    checkSources(path, bill.sources, `bill "${bill.id}"`);
    bill.events?.forEach((ev, e) => {
      const ep = `${path}.events[${e}]`;
      if (ev.type === 'introduced' && !introduced.has(bill.id)) introduced.set(bill.id, ev.date);
      const cited = (ev.sources?.length ?? 0) > 0 || (ev.tallies ?? []).some((t) => (t.sources?.length ?? 0) > 0);
      if (!cited) warn(ep, `event "${ev.description.slice(0, 40)}" cites no source`);
      ev.sources?.forEach((ref, i) => sourceSet.has(ref) || err(`${ep}.sources[${i}]`, unknown('source', ref, sourceIds)));
      ev.tallies?.forEach((t, ti) =>
        t.sources?.forEach((ref, i) => sourceSet.has(ref) || err(`${ep}.tallies[${ti}].sources[${i}]`, unknown('source', ref, sourceIds))),
      );
      const counts = new Set((ev.tallies ?? []).map((t) => `${t.yes}-${t.no}`));
      if (counts.size > 1) warn(`${ep}.tallies`, `sources disagree on the tally: ${[...counts].join(', ')} (kept as recorded)`);
    });
    bill.provisions?.forEach((pr, p) => {
      const pp = `${path}.provisions[${p}]`;
      claim(provisionIds, pr.id, pp, 'provision');
      provisionBill.set(pr.id, bill.id);
      checkSources(pp, pr.sources, `provision "${pr.id}"`);
      if (pr.added && pr.struck && dateEnd(pr.struck) < dateStart(pr.added))
        err(`${pp}.struck`, `struck on ${pr.struck}, before it was added on ${pr.added}`);
    });
  });

  const targets = [...billIds, ...provisionIds];
  ds.stakeholders?.forEach((s, i) => {
    const path = `stakeholders[${i}]`;
    if (stakeholderIds.has(s.id) || billIds.has(s.id) || provisionIds.has(s.id))
      err(`${path}.id`, `duplicate id "${s.id}" (ids must be unique)`);
    stakeholderIds.add(s.id);
    checkSources(path, s.sources, `stakeholder "${s.id}"`);
  });

  ds.positions?.forEach((pos, i) => {
    const path = `positions[${i}]`;
    if (!stakeholderIds.has(pos.stakeholder)) err(`${path}.stakeholder`, unknown('stakeholder', pos.stakeholder, stakeholderIds));
    const billId = billIds.has(pos.target) ? pos.target : provisionBill.get(pos.target);
    if (billId === undefined) err(`${path}.target`, unknown('bill or provision', pos.target, targets));
    checkSources(path, pos.sources, 'position');
    const intro = billId && introduced.get(billId);
    if (pos.date && intro && dateEnd(pos.date) < dateStart(intro)) {
      warn(`${path}.date`, `position dated ${pos.date}, before ${billId} was introduced on ${intro}`);
    }
  });

  ds.links?.forEach((link, i) => {
    const path = `links[${i}]`;
    if (linkIds.has(link.id)) err(`${path}.id`, `duplicate link id "${link.id}" (ids must be unique)`);
    linkIds.add(link.id);
    if (!billIds.has(link.from) && !provisionIds.has(link.from)) err(`${path}.from`, unknown('bill or provision', link.from, targets));
    const fromBill = provisionBill.get(link.from) ?? link.from;
    link.to.forEach((to, t) => {
      if (!billIds.has(to)) err(`${path}.to[${t}]`, unknown('bill', to, billIds));
      else if (to === fromBill) err(`${path}.to[${t}]`, `a bill cannot be linked to itself ("${to}")`);
    });
    if (new Set(link.to).size !== link.to.length) err(`${path}.to`, 'names the same bill twice');
    if (link.added && link.removed && dateEnd(link.removed) < dateStart(link.added))
      err(`${path}.removed`, `removed on ${link.removed}, before it was added on ${link.added}`);
    if (link.kind === 'double-joint' && !link.section)
      err(`${path}.section`, 'a double-joint link must name the code section both bills amend');
    checkSources(path, link.sources, `link "${link.id}"`);
  });
  ds.context?.forEach((c, i) => checkSources(`context[${i}]`, c.sources, 'context event'));
  // A baked position for a node the dataset does not have is a dangling reference (run `bake` again).
  for (const id of Object.keys(ds.layout ?? {}))
    if (!billIds.has(id) && !provisionIds.has(id) && !stakeholderIds.has(id))
      err(`layout.${id}`, `${unknown('bill, provision or stakeholder', id, [...billIds, ...stakeholderIds])}; run bake again`);
  return { errors, warnings };
}

function unknown(what: string, id: string, known: Iterable<string>): string {
  const hint = suggest(id, known);
  return `no ${what} with id "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
}
