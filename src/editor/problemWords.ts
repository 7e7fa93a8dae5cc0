/**
 * A draft's problems in a reporter's words: where, as the forms name things ("HB 1, title"; "The
 * tie-bar from HB 11 to HB 10, hangs on"), and the fix in the form's terms, not the file's ("paste the address under New
 * source address", not `"sources": ["S1", ...]`). The CLI keeps the file's words: its readers edit
 * the file.
 */
import type { Dataset } from '../model';
import { CITE_HINT } from '../model/problems';
import type { Problem } from '../model';
import { linkName } from './linkNames';

/**
 * Hints written for people editing the JSON file, and what the form offers instead. A fact's
 * "Sources" box always has "New source address"; "Cite a source" shows only once the dataset has
 * a source the fact does not cite yet, so the hint names both.
 */
const FILE_HINTS: ReadonlyArray<readonly [string, string]> = [
  [CITE_HINT, ' (in its "Sources" box, paste the address under "New source address", or pick one under "Cite a source")'],
];

/** The longest a provision's or an event's own words run where they name it ("provision “SB 230's own use-of-force st…”"). */
const NAME_MAX = 40;
function clip(s: string): string {
  if (s.length <= NAME_MAX) return s;
  const cut = s.slice(0, NAME_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > NAME_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:(]+$/, '')}…`;
}

/**
 * The message with the file's hints put in the form's terms, and, given the draft, its bills,
 * people and links named as the forms name them ("HB 1 cites no source", not `bill "hb1" cites no
 * source`; "the tie-bar from HB 11 to HB 10 cites no source", not `link "t1" cites no source`).
 */
export function formWords(message: string, draft?: Dataset): string {
  const hinted = FILE_HINTS.reduce((m, [hint, instead]) => m.replace(hint, instead), message);
  if (!draft) return hinted;
  const links = draft.links ?? [];
  const named = hinted
    // A tie made twice joins the same bills: named, the first would read as the line's own place.
    .replace(/\bmakes the same tie as links\[\d+\](?: \("[^"]*"\))?/, 'makes the same tie as a link listed before it')
    .replace(/\blinks\[(\d+)\](?: \("[^"]*"\))?/g, (said, i: string) => linkName(links[Number(i)], draft) ?? said)
    .replace(
      /\blink "([^"]*)"/g,
      (said, id: string) =>
        linkName(
          links.find((l) => l.id === id),
          draft,
        ) ?? said,
    );
  return named.replace(/\b(bill|stakeholder|provision) "([^"]*)"/g, (said, what: string, id: string) => {
    const name =
      what === 'bill'
        ? draft.bills?.find((b) => b.id === id)?.label
        : what === 'stakeholder'
          ? draft.stakeholders?.find((p) => p.id === id)?.name
          : provisionOf(draft, id)?.label;
    if (!name?.trim()) return said;
    return what === 'provision' ? `provision “${clip(name.trim())}”` : name.trim();
  });
}

/**
 * A problem as the editor lists it: where, then what ("PORAC on SB 230: cites no source (…)"). A
 * warning about a fact as a whole does not name the fact again after its place ("AB 931: AB 931
 * cites no source" reads "AB 931: cites no source").
 */
export function problemLine(p: Problem, draft: Dataset): string {
  const said = formWords(p.message, draft);
  return `${placeWords(p.path, draft)}: ${/\]$/.test(p.path) ? said.replace(/^.*? (cites no source)/, '$1') : said}`;
}

/** How the forms name a field. */
const FIELDS: Readonly<Record<string, string>> = {
  to: 'hangs on',
  from: 'bill that hangs',
  kind: 'kind',
  added: 'added on',
  struck: 'struck on',
  date: 'date',
  url: 'address',
  stakeholder: 'who',
  bill: 'bill',
  stance: 'stance',
};

const LISTS: Readonly<Record<string, string>> = {
  bills: 'Bill',
  links: 'Link',
  stakeholders: 'Person or group',
  positions: 'Position',
  events: 'event',
  provisions: 'provision',
};

/** The draft's provision with this id, in whichever bill it is. */
const provisionOf = (draft: Dataset, id: unknown) => draft.bills?.flatMap((b) => b.provisions ?? []).find((p) => p.id === id);

/** An item named by its own words where it has them: a bill by its number, a person by name, a link by what it joins, a position by who and on what ("PORAC on SB 230"), a provision or an event by its words. */
function ownName(list: unknown, item: Record<string, unknown> | undefined, draft: Dataset): string | undefined {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  if (list === 'bills') return text(item?.label);
  if (list === 'stakeholders') return text(item?.name);
  if (list === 'links') return linkName(item, draft);
  if (list === 'provisions') return text(item?.label) && `provision “${clip(text(item?.label)!)}”`;
  if (list === 'events') return text(item?.description) && `event “${clip(text(item?.description)!)}”`;
  if (list === 'positions') {
    const who = text(draft.stakeholders?.find((p) => p.id === item?.stakeholder)?.name);
    const target = item?.target;
    const on = text(draft.bills?.find((b) => b.id === target)?.label ?? provisionOf(draft, target)?.label);
    return who && on ? `${who} on ${clip(on)}` : undefined;
  }
  return undefined;
}

/** Where a problem is, in the forms' words: "HB 1, title", "HB 1, event 2, date", "The tie-bar from HB 11 to HB 10, hangs on", "The dataset". */
export function placeWords(path: string, draft: Dataset): string {
  const keys = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
  if (keys.length === 0) return 'The dataset';
  const parts: string[] = [];
  let at: unknown = draft;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const before = keys[i - 1];
    if (typeof key === 'number') {
      const item = Array.isArray(at) ? (at[key] as Record<string, unknown> | undefined) : undefined;
      const own = ownName(before, item, draft);
      if (own) parts.push(own);
      else if (before === 'to') parts.push(`measure ${key + 1}`);
      else parts.push(`${Object.hasOwn(LISTS, String(before)) ? LISTS[String(before)] : 'item'} ${key + 1}`.toLowerCase());
      at = item;
      continue;
    }
    const next = keys[i + 1];
    at = (at as Record<string, unknown> | undefined)?.[key];
    // A list is named by its item (the index that follows); the dataset's sources by their id.
    if (typeof next === 'number' && Object.hasOwn(LISTS, key)) continue;
    if (i === 0 && key === 'sources' && typeof next === 'string') {
      parts.push(`source ${next}`);
      at = (at as Record<string, unknown> | undefined)?.[next];
      i++;
      continue;
    }
    parts.push((Object.hasOwn(FIELDS, key) ? FIELDS[key] : null) ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
  }
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
