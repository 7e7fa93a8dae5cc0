/** What a reader sees for a cited source: its title, else its site and the words its address holds. */
import type { Source } from '../../model/schema';
import { withoutSmallEnd } from './grammar';

/** Bill numbers as an address spells them ("ab-392", "sb230") and as a reader reads them ("AB 392"). */
const HOUSES = 'ab|sb|hb|hr|sr|ajr|sjr|hjr|acr|scr|hcr';
const BILL_NUMBER = new RegExp(`\\b(${HOUSES})[ -]?(\\d{1,5})\\b`, 'gi');
const ID = /^\d{5,}$/;
/** A slug's closing token that is no word: a letter alone, letters and digits mixed ("19b"), or a number of one or two digits (a date's parts). */
const TAIL = /^(?:[a-z]|\d{1,2}|(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]+)$/i;
/** A date an address spells out in parts ("2019 04 15"), written as the rest of Tiebar writes one. */
const DATE = /\b((?:19|20)\d\d) (\d\d) (\d\d)\b/g;
/** The longest an address's words run before they are cut at a word. */
const WORDS_MAX = 70;
const PAGE_ENDING = /\.(html?|xhtml|php|aspx?|jsp)$/i;
/**
 * A bill's number closing a part of an address, after no letter: "SB450", "hb-1200",
 * "2020-SB-1140", "201920200SB230" (a session run into the number, as California's bill pages write it).
 */
const BILL_AT_END = new RegExp(`(?:^|[^a-z])(${HOUSES})[-_ ]?(\\d{1,5})$`, 'i');

/**
 * The bill an address names where it holds no words: its last segment, else one of its query's
 * values ("…/bills/2025/SB450", "…billNavClient.xhtml?bill_id=201920200SB230" -> "SB 450", "SB 230"),
 * so two pages of one legislature's site read apart.
 */
function billInAddress(url: URL): string | undefined {
  const last = url.pathname.split('/').filter(Boolean).at(-1)?.replace(PAGE_ENDING, '');
  for (const part of [last, ...url.searchParams.values()]) {
    const m = part ? BILL_AT_END.exec(part.trim()) : null;
    if (m) return `${m[1]!.toUpperCase()}\u00a0${Number(m[2])}`;
  }
  return undefined;
}

/** The words of a path's last segment that holds two or more ("committee-passage-of-ab-392" -> "Committee passage of AB 392"). */
function addressWords(pathname: string): string | undefined {
  const segments = pathname.split('/').filter(Boolean);
  for (let i = segments.length - 1; i >= 0; i--) {
    let segment: string;
    try {
      segment = decodeURIComponent(segments[i]!);
    } catch {
      segment = segments[i]!;
    }
    const parts = segment
      .replace(PAGE_ENDING, '')
      .split(/[-_+\s]+/)
      .filter(Boolean);
    if (parts.filter((p) => /^[a-z]{2,}$/i.test(p)).length < 2) {
      // Past a last part that is only numbers (a date's folders, an id) to the slug before it; a
      // part of other words ("article230949738") is the page's own: the folder above it names a
      // section of the site ("latest-news"), not the page.
      if (parts.every((p) => /^\d+$/.test(p))) continue;
      return undefined;
    }
    // A bill's number stays with its house ("SB 230", one word), a date with its parts ("2019-04-15");
    // a run of five digits or more that opens a slug is an id or a packed date ("20190423-…"), and
    // what closes it after its last word is the address's own tail ("…-05-29-19b-18-24-s-s",
    // "…-14433064", a slug cut mid-word: "…-use-of-f"), not words.
    const joined = parts
      .join(' ')
      .replace(BILL_NUMBER, (_, house: string, n: string) => `${house.toUpperCase()}\u00a0${n}`)
      .replace(DATE, '$1-$2-$3');
    const tokens = joined.split(' ');
    while (tokens.length > 0 && ID.test(tokens[0]!)) tokens.shift();
    while (tokens.length > 1 && (TAIL.test(tokens[tokens.length - 1]!) || ID.test(tokens[tokens.length - 1]!))) tokens.pop();
    // A possessive the address lost its apostrophe from ("session s use") gets it back; a slug cut
    // short ends on its last full word, not on "of", and a long one is cut at a word.
    let words = tokens.join(' ').replace(/(\w) s\b/g, "$1's");
    words = withoutSmallEnd(words);
    if (words.length > WORDS_MAX) words = `${withoutSmallEnd(words.slice(0, words.lastIndexOf(' ', WORDS_MAX)))}…`;
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  return undefined;
}

/**
 * A source as a reader's list names it: its title; else its publisher (or site) and the words of
 * its address, so three untitled pages of one site read apart ("cpoa.org: Use of force bills now
 * linked"), or the bill it names ("legislature.example.gov: SB 450"); else the publisher or site alone. The date follows when the source gives one.
 */
export function sourceLabel(source: Pick<Source, 'url' | 'title' | 'publisher' | 'date'>): string {
  const dated = (name: string) => (source.date ? `${name}, ${source.date}` : name);
  if (source.title) return dated(source.title);
  let url: URL;
  try {
    url = new URL(source.url);
  } catch {
    return dated(source.publisher ?? source.url);
  }
  const site = source.publisher ?? url.hostname.replace(/^www\./, '');
  const words = addressWords(url.pathname) ?? billInAddress(url);
  return dated(words ? `${site}: ${words}` : site);
}
