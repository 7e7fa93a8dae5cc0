/**
 * How the editor names a link: by its kind and the bills it joins ("the tie-bar from HB 11 to HB
 * 10"), in its list of links and in the problems it lists alike, never by its place ("Link 3").
 */
import type { Dataset } from '../model';
import type { Link } from '../model/schema';
import { joinAnd } from '../engine/words/grammar';

type LinkKind = Link['kind'];

/** What a link of each kind is called: a tie by its kind ("the tie-bar"), a loose relation as a link of its kind ("the companion link"). */
const NOUNS: Readonly<Record<LinkKind, string>> = {
  'contingent-enactment': 'contingent enactment',
  'tie-bar': 'tie-bar',
  'double-joint': 'double-joint',
  procedural: 'procedural link',
  companion: 'companion link',
  related: 'related link',
  'prior-session': 'prior-session link',
  replaces: '“replaces” link',
  'replaced-by': '“replaced by” link',
  'same-as': '“same as” link',
  'similar-to': '“similar to” link',
};

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * A link (as the draft holds it, maybe half written) named by what it joins: "the tie-bar from HB
 * 11 to HB 10", a bill by its number where the draft has it, else by the id written; undefined
 * when it names no bill at either end.
 */
export function linkName(link: unknown, draft: Pick<Dataset, 'bills'>): string | undefined {
  if (typeof link !== 'object' || link === null) return undefined;
  const { kind, from, to } = link as Record<string, unknown>;
  const name = (id: unknown) => {
    const written = text(id);
    return written && (text(draft.bills?.find((b) => b.id === written)?.label) ?? written);
  };
  const start = name(from);
  const ends = (Array.isArray(to) ? to : []).map(name).filter((n): n is string => n !== undefined);
  if (!start && ends.length === 0) return undefined;
  const noun = typeof kind === 'string' && Object.hasOwn(NOUNS, kind) ? NOUNS[kind as LinkKind] : 'link';
  return [`the ${noun}`, start && `from ${start}`, ends.length > 0 && `to ${joinAnd(ends)}`].filter(Boolean).join(' ');
}

/** The same, starting a line: "The tie-bar from HB 11 to HB 10". */
export function linkTitle(link: unknown, draft: Pick<Dataset, 'bills'>): string | undefined {
  const name = linkName(link, draft);
  return name && name.charAt(0).toUpperCase() + name.slice(1);
}
