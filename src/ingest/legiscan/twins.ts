/**
 * Michigan's twin bills as `companion` links, where they bear on a tie: a signed bill's tie-bar
 * names a bill that was never enacted, and another bill amending the same sections of the same act,
 * under the same heading and in much the same words, was enacted. Each chamber often moves its own
 * copy of a package, and a late amendment can retie a law to the copy that passed while its long
 * title still names the other: the link lets a reader see that the "stuck" law may not be stuck.
 */
import type { Link } from '../../model/schema';
import type { MappedBill } from './bills';

/** "Children: services|secs. 1, 2 & 3|1994 PA 204": a long title's heading, the sections it amends and the act. */
export function amendsKey(title: string): string | null {
  const m = /\bAmends (.+?) of (\d{4} (?:PA|RS) \d+)\b/.exec(title);
  if (!m) return null;
  const heading = title.split(';')[0].trim();
  return `${heading}|${m[1].replace(/^title\s*&\s*/, '')}|${m[2]}`;
}

/** Words that say nothing of a bill's subject. */
const FILLER = new Set(
  'and of the to a an in on for or by with certain modify provide other amend act sec secs under conditions allow create'.split(' '),
);

/** The subject words of a long title, before its "Amends ..." part. */
function subjectWords(title: string): Set<string> {
  return new Set(
    title
      .split(/\bAmends\b/)[0]
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !FILLER.has(w)),
  );
}

/** How alike two titles' subject words are: shared words over all words (0 to 1). */
export function subjectLikeness(a: string, b: string): number {
  const x = subjectWords(a);
  const y = subjectWords(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, x.size + y.size - shared);
}

/** Below this likeness, two bills amending one section are taken for different bills (the same section is amended for many reasons). */
export const TWIN_LIKENESS = 0.3;

const titleOf = (m: MappedBill) => m.record.description || m.record.title;

/** One `companion` link from each never-enacted bill a signed bill's tie names to its enacted twins. */
export function buildTwins(mapped: MappedBill[], ties: Link[]): Link[] {
  const byId = new Map(mapped.map((m) => [m.bill.id, m]));
  const byKey = new Map<string, MappedBill[]>();
  for (const m of mapped) {
    const key = amendsKey(titleOf(m));
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  const named = new Set(ties.filter((l) => byId.get(l.from)?.enactedOn).flatMap((l) => l.to));
  const links: Link[] = [];
  for (const id of named) {
    const target = byId.get(id);
    if (!target || target.enactedOn) continue;
    const key = amendsKey(titleOf(target));
    if (!key) continue;
    const twins = (byKey.get(key) ?? []).filter(
      (m) => m !== target && m.enactedOn && subjectLikeness(titleOf(m), titleOf(target)) >= TWIN_LIKENESS,
    );
    if (twins.length === 0) continue;
    const [heading, sections, act] = key.split('|');
    const names = twins.map((m) => m.bill.label);
    links.push({
      id: `twin-${target.bill.id}`.slice(0, 64),
      kind: 'companion',
      from: target.bill.id,
      to: twins.map((m) => m.bill.id),
      note: `${names.join(' and ')} ${twins.length > 1 ? 'amend' : 'amends'} the same ${sections} of ${act} as ${target.bill.label}, under the same heading ("${heading}"), and ${twins.length > 1 ? 'were' : 'was'} enacted; ${target.bill.label} was not. Found by comparing the bills' long titles.`,
      sources: [...new Set([target, ...twins].flatMap((m) => m.bill.sources ?? []))],
    });
  }
  return links;
}
