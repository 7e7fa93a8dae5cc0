/** The spreadsheet template: which sheets there are, their columns in plain words, and what each holds. */

/**
 * How a cell is read and written. A `choice` is one word of a fixed list (a kind, a stance), read
 * as a reporter may type it: any case, spaces or underscores for hyphens ("Tie bar" is `tie-bar`).
 */
export type CellKind = 'text' | 'id' | 'choice' | 'list' | 'date' | 'bool' | 'number' | 'votes';

/** One column of a sheet. */
export interface ColumnSpec {
  /** The header a reporter sees (plain words). */
  header: string;
  /** The dataset field it fills. */
  key: string;
  /** How its cells are read and written. */
  kind: CellKind;
  /** A row without it is refused. */
  required?: boolean;
  /** Other headers accepted for it. */
  aliases?: string[];
  /** What goes in it, for the guide. */
  doc: string;
}

/** The kinds of sheet. */
export type SheetKind = 'dataset' | 'sources' | 'bills' | 'provisions' | 'events' | 'links' | 'stakeholders' | 'positions' | 'layout';

/** One sheet of the template. */
export interface SheetSpec {
  /** Its kind (and file name without `.csv`). */
  kind: SheetKind;
  /** What one row is, for the guide. */
  doc: string;
  /** Its columns, in the order they are written. */
  columns: ColumnSpec[];
}

const SOURCES = { header: 'sources', key: 'sources', kind: 'list', doc: 'source ids from the sources sheet, e.g. `S1; S4`' } as const;
const NOTE = { header: 'note', key: 'note', kind: 'text', doc: 'a note for readers' } as const;

/** Every sheet, in the order they are written and documented. */
export const SHEETS: readonly SheetSpec[] = [
  {
    kind: 'dataset',
    doc: 'one row per field (`field`, `value`): id, title, description, credit, jurisdictions, and one `note` row per note',
    columns: [
      { header: 'field', key: 'field', kind: 'text', required: true, doc: 'the field name' },
      { header: 'value', key: 'value', kind: 'text', required: true, doc: 'its value' },
    ],
  },
  {
    kind: 'sources',
    doc: 'a public page a fact was read from',
    columns: [
      { header: 'id', key: 'id', kind: 'id', required: true, doc: 'short name cited by other sheets, e.g. `S1`' },
      { header: 'url', key: 'url', kind: 'text', required: true, doc: 'the https:// address' },
      { header: 'publisher', key: 'publisher', kind: 'text', doc: 'who published it' },
      { header: 'title', key: 'title', kind: 'text', doc: 'its headline or title' },
      { header: 'date', key: 'date', kind: 'date', doc: 'its date, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`)' },
    ],
  },
  {
    kind: 'bills',
    doc: 'a bill (or another measure a bill can hang on)',
    columns: [
      {
        header: 'id',
        key: 'id',
        kind: 'id',
        required: true,
        doc: 'short id: lowercase letters, digits, `-`, e.g. `ab392`; left blank, made from the label as the editor makes it',
      },
      { header: 'label', key: 'label', kind: 'text', required: true, doc: 'as readers know it, e.g. `AB 392`' },
      {
        header: 'kind',
        key: 'kind',
        kind: 'choice',
        doc: 'bill (default), constitutional-amendment, budget-act, ballot-measure, resolution',
      },
      { header: 'title', key: 'title', kind: 'text', required: true, doc: 'its title' },
      { header: 'session', key: 'session', kind: 'text', doc: 'e.g. `2019-2020 Regular Session`' },
      { header: 'jurisdiction', key: 'jurisdiction', kind: 'text', doc: 'e.g. `California`' },
      { header: 'authors', key: 'authors', kind: 'list', doc: 'names, e.g. `Shirley Weber; Kevin McCarty`' },
      { header: 'summary', key: 'summary', kind: 'text', doc: 'what it does, in plain words' },
      SOURCES,
      { header: 'text', key: 'text', kind: 'text', doc: "the bill's text, for clause detection (optional)" },
    ],
  },
  {
    kind: 'provisions',
    doc: 'a part of a bill, with the dates it was added and struck',
    columns: [
      { header: 'bill', key: 'bill', kind: 'id', required: true, doc: 'the bill it belongs to: its id or number, e.g. `AB 392`' },
      { header: 'id', key: 'id', kind: 'id', required: true, doc: 'short id, e.g. `sb230-standard`' },
      { header: 'label', key: 'label', kind: 'text', required: true, doc: 'what it is' },
      { header: 'description', key: 'description', kind: 'text', doc: 'more detail' },
      { header: 'added', key: 'added', kind: 'date', doc: 'date added by amendment' },
      { header: 'struck', key: 'struck', kind: 'date', doc: 'date struck' },
      { header: 'sections', key: 'sections', kind: 'list', doc: 'code sections, e.g. `Penal Code 196`' },
      SOURCES,
    ],
  },
  {
    kind: 'events',
    doc: "a dated event in a bill's life; leave `bill` empty for an event of the story outside any bill (a shooting, a ruling)",
    columns: [
      { header: 'bill', key: 'bill', kind: 'id', required: true, doc: 'the bill (id or number), or empty for a story event' },
      { header: 'date', key: 'date', kind: 'date', required: true, doc: '`YYYY-MM-DD`' },
      {
        header: 'type',
        key: 'type',
        kind: 'choice',
        required: true,
        doc: 'introduced, amended, committee-vote, floor-vote, passed, signed, vetoed, died, effective...',
      },
      { header: 'body', key: 'body', kind: 'text', doc: 'chamber or committee' },
      { header: 'description', key: 'description', kind: 'text', required: true, doc: 'what happened' },
      { header: 'votes', key: 'tallies', kind: 'votes', doc: 'e.g. `67-0 (13 not voting) [S5, S6]; 66-0 [S36]` when sources disagree' },
      NOTE,
      SOURCES,
    ],
  },
  {
    kind: 'links',
    doc: "a tie from one bill (or provision) to others: the clause that makes one bill's fate hang on another's",
    columns: [
      {
        header: 'id',
        key: 'id',
        kind: 'id',
        required: true,
        doc: 'short id, e.g. `sb230-on-ab392`; left blank, made from `from` and `to` as the editor makes it',
      },
      {
        header: 'kind',
        key: 'kind',
        kind: 'choice',
        required: true,
        doc: 'contingent-enactment, tie-bar, double-joint, procedural, companion, related...',
      },
      { header: 'from', key: 'from', kind: 'id', required: true, doc: 'the bill (id or number) or provision that hangs on the others' },
      {
        header: 'to',
        key: 'to',
        kind: 'list',
        required: true,
        doc: 'the bills it hangs on, by id or number, e.g. `ab392`, `AB 392` or `hb4773; HB 4774`',
      },
      { header: 'added', key: 'added', kind: 'date', doc: 'date the tie was made' },
      { header: 'removed', key: 'removed', kind: 'date', doc: 'date it was removed' },
      { header: 'deadline', key: 'deadline', kind: 'date', doc: 'date by which the other bills must be enacted' },
      { header: 'section', key: 'section', kind: 'text', doc: 'code section both bills amend (double-joint)' },
      { header: 'order', key: 'order', kind: 'choice', doc: 'after or before (double-joint: which is chaptered last)' },
      {
        header: 'requires',
        key: 'requires',
        kind: 'choice',
        doc: 'what the tie asks of the bills it names: enactment, or effect (that they take effect); blank: enactment for a tie-bar, as the editor starts one, effect for other kinds',
      },
      { header: 'clause', key: 'clause', kind: 'text', doc: 'the clause, quoted' },
      { header: 'clause verified', key: 'clauseVerified', kind: 'bool', doc: 'yes when the clause was checked against the bill text' },
      NOTE,
      SOURCES,
    ],
  },
  {
    kind: 'stakeholders',
    doc: 'a person or group with positions on bills',
    columns: [
      {
        header: 'id',
        key: 'id',
        kind: 'id',
        required: true,
        doc: 'short id, e.g. `aclu-ca`; left blank, made from the name as the editor makes it',
      },
      { header: 'name', key: 'name', kind: 'text', required: true, doc: 'as readers know them' },
      {
        header: 'kind',
        key: 'kind',
        kind: 'choice',
        required: true,
        doc: 'legislator, governor, advocacy-group, union, law-enforcement-association, family...',
      },
      NOTE,
      SOURCES,
    ],
  },
  {
    kind: 'positions',
    doc: "a stakeholder's stance on a bill (or provision), from its date until a later one",
    columns: [
      { header: 'stakeholder', key: 'stakeholder', kind: 'id', required: true, doc: 'stakeholder id or name' },
      { header: 'bill', key: 'target', kind: 'id', required: true, aliases: ['target'], doc: 'bill id or number, or provision id' },
      { header: 'stance', key: 'stance', kind: 'choice', required: true, doc: 'sponsor, support, oppose, neutral or withdrawn' },
      { header: 'date', key: 'date', kind: 'date', doc: 'from when' },
      NOTE,
      SOURCES,
    ],
  },
  {
    kind: 'layout',
    doc: 'baked graph positions (written by `tiebar bake`; leave it out to lay the graph out afresh)',
    columns: [
      { header: 'node', key: 'node', kind: 'text', required: true, doc: 'bill, provision or stakeholder id' },
      { header: 'x', key: 'x', kind: 'number', required: true, doc: 'position' },
      { header: 'y', key: 'y', kind: 'number', required: true, doc: 'position' },
    ],
  },
];

/** Rows of the dataset sheet: the field a reporter writes and the dataset key it fills. */
export const DATASET_FIELDS: ReadonlyArray<{ field: string; key: string; kind: CellKind; doc: string }> = [
  { field: 'id', key: 'id', kind: 'id', doc: 'short id for the dataset (its file name and URL value; left blank, made from the title)' },
  { field: 'title', key: 'title', kind: 'text', doc: 'headline shown above the graph' },
  { field: 'description', key: 'description', kind: 'text', doc: 'a paragraph of context' },
  { field: 'credit', key: 'credit', kind: 'text', doc: 'shown at the foot of embeds' },
  { field: 'jurisdictions', key: 'jurisdictions', kind: 'list', doc: 'e.g. `California`' },
  { field: 'note', key: 'notes', kind: 'text', doc: 'one row per note' },
  { field: 'schema version', key: 'schemaVersion', kind: 'number', doc: 'the dataset format version (1)' },
  { field: 'json schema', key: '$schema', kind: 'text', doc: 'link to the JSON Schema (optional)' },
];

/** Header text folded for matching: `Clause verified`, `clause_verified` and `clauseVerified` are one. */
export function foldHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The spec of a sheet kind. */
export function sheetSpec(kind: SheetKind): SheetSpec {
  return SHEETS.find((s) => s.kind === kind)!;
}
