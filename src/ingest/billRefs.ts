/** Bill references in legislative text: "Assembly Bill No. 392", "A.B. 392", "AB392", "House Bill 4773", "Senate Joint Resolution B"... */

/** A reference to a measure found in text. */
export interface BillRef {
  /** Normalised id, e.g. "ab392", "hb4773", "aca5", "sjrb", "s8922". */
  id: string;
  /** Label, e.g. "AB 392", "SJR B", "S 8922-A". */
  label: string;
  /** Kind of measure referred to. */
  kind: 'bill' | 'constitutional-amendment';
  /** Character span [start, end) in the text. */
  start: number;
  /** End of the span (exclusive). */
  end: number;
  /** The printed version (amendment letter) when the text names one, e.g. "A" in New York's "S. 8922-A". */
  version?: string;
  /** New York chapter amendments: the year of the "chapter of the laws of 2022" the bill would become. */
  chapterYear?: number;
}

const CHAMBER: Record<string, string> = { assembly: 'A', senate: 'S', house: 'H', a: 'A', s: 'S', h: 'H' };

// Long forms ("Assembly Constitutional Amendment No. 5", "House Bill No. 4773") and short forms
// ("A.B. 392", "SB 230", "H.B. 4773", "ACA 5"), case-insensitive, with optional "No." and spaces.
// Every repetition is bounded, so a scan costs time linear in the text.
const REF_RE =
  /\b(?:(Assembly|Senate|House)\s{1,5}(Constitutional\s{1,5}Amendment|Bill|Joint\s{1,5}Resolution)|([ASH])\.?\s?(C\.?\s?A|B|J\.?\s?R)\.?)\s{0,5}(?:No\.?\s{0,5})?(\d{1,5})\b/gi;

// Michigan letters its joint resolutions ("Senate Joint Resolution B", "SJR B"); case-sensitive so
// "House Joint Resolution to ..." is not read as a letter.
const JR_LETTER_RE =
  /\b(?:(Assembly|Senate|House)\s{1,5}Joint\s{1,5}Resolution|([ASH])\.?\s?J\.?\s?R\.?)\s{1,5}(?:No\.\s{0,5})?([A-Z]{1,2})\b/g;

function ref(chamberWord: string, code: 'B' | 'CA' | 'JR', number: string, start: number, end: number): BillRef {
  const prefix = `${CHAMBER[chamberWord.toLowerCase()]}${code}`;
  return {
    id: `${prefix.toLowerCase()}${number.toLowerCase()}`,
    label: `${prefix} ${number}`,
    kind: code === 'CA' ? 'constitutional-amendment' : 'bill',
    start,
    end,
  };
}

/** Every measure reference in a text, in order. */
export function findBillRefs(text: string, offset = 0): BillRef[] {
  const out: BillRef[] = [];
  REF_RE.lastIndex = 0;
  for (let m = REF_RE.exec(text); m; m = REF_RE.exec(text)) {
    const type = (m[2] ?? m[4]).replace(/[\s.]/g, '').toLowerCase();
    const code = type.startsWith('constitutional') || type === 'ca' ? 'CA' : type.startsWith('joint') || type === 'jr' ? 'JR' : 'B';
    out.push(ref(m[1] ?? m[3], code, String(Number(m[5])), offset + m.index, offset + m.index + m[0].length));
  }
  JR_LETTER_RE.lastIndex = 0;
  for (let m = JR_LETTER_RE.exec(text); m; m = JR_LETTER_RE.exec(text)) {
    out.push(ref(m[1] ?? m[2], 'JR', m[3], offset + m.index, offset + m.index + m[0].length));
  }
  return out.sort((a, b) => a.start - b.start);
}

// New York's bill numbers as its chapter amendments print them: "S. 8922-A", "A.10020-A", "S. 3309-a".
const NY_BILL = /([AS])\.\s?(\d{1,5})(?:\s?-\s?([A-Za-z])(?![A-Za-z]))?/y;
const NY_SEPARATOR = /\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|and\s{1,3})/y;

/** New York bill numbers listed from `at` ("S. 8922-A and A. 10020-A"), at most `max`; `end` is where the list stops. */
export function readNyBillList(text: string, at: number, max = 8): { refs: BillRef[]; end: number } {
  const refs: BillRef[] = [];
  let pos = at;
  let end = at;
  while (refs.length < max) {
    NY_BILL.lastIndex = pos;
    const m = NY_BILL.exec(text);
    if (!m) break;
    const version = m[3]?.toUpperCase();
    refs.push({
      id: `${m[1].toLowerCase()}${Number(m[2])}`,
      label: `${m[1]} ${Number(m[2])}${version ? `-${version}` : ''}`,
      kind: 'bill',
      start: m.index,
      end: m.index + m[0].length,
      ...(version ? { version } : {}),
    });
    end = pos = NY_BILL.lastIndex;
    NY_SEPARATOR.lastIndex = pos;
    if (!NY_SEPARATOR.exec(text)) break;
    pos = NY_SEPARATOR.lastIndex;
  }
  return { refs, end };
}

/** The normalised id of a bill identifier as data sources write it ("AB 392", "HB4773"), or null. */
export function normaliseIdentifier(identifier: string): string | null {
  const refs = findBillRefs(identifier.trim());
  if (refs.length === 1 && refs[0].start === 0) return refs[0].id;
  const m = /^([A-Za-z]{1,4})\s*0*(\d{1,5})$/.exec(identifier.trim());
  return m ? `${m[1].toLowerCase()}${Number(m[2])}` : null;
}
