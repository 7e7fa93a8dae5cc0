/** Problems found in spreadsheets, located by sheet, row and column, and JSON paths mapped back to them. */

/** A place in the sheets. */
export interface SheetPlace {
  /** The sheet's name, e.g. `links.csv`. */
  sheet: string;
  /** Spreadsheet row number (the header is row 1). */
  row?: number;
  /** The column's header as written in the file. */
  column?: string;
}

/** One finding about the sheets. */
export interface SheetProblem extends SheetPlace {
  /** Plain words: what is wrong and what was expected. */
  message: string;
}

/** `links.csv row 4, column "to": no bill with id "ab329" (did you mean "ab392"?)`. */
export function formatSheetProblem(p: SheetProblem): string {
  const row = p.row === undefined ? '' : ` row ${p.row}`;
  const column = p.column === undefined ? '' : `${row ? ',' : ''} column "${p.column}"`;
  return `${p.sheet}${row}${column}: ${p.message}`;
}

/** JSON paths of the assembled dataset -> the sheet, row and column each value came from. */
export class PlaceMap {
  private readonly places = new Map<string, SheetPlace>();

  /** Records where the value at `path` came from. */
  set(path: string, place: SheetPlace): void {
    this.places.set(path, place);
  }

  /** The place of a path, or of its nearest recorded parent (`links[2].to[1]` -> `links[2].to`). */
  find(path: string): SheetPlace | undefined {
    let p = path;
    for (;;) {
      const place = this.places.get(p);
      if (place) return place;
      const shorter = p.replace(/(\[\d+\]|\.[^.[\]]*|^[^.[\]]+)$/, '');
      if (shorter === p || shorter === '') return this.places.get('');
      p = shorter;
    }
  }
}

const cell = (p: SheetPlace) => `${p.sheet}\u0000${p.row}\u0000${p.column ?? ''}`;
const line = (p: SheetPlace) => `${p.sheet}\u0000${p.row}`;

/**
 * The problems of each check in turn (reading cells, putting rows together, validating), each
 * place said once: a later check says nothing about a cell (or a row) an earlier one already
 * spoke for, since its problem follows from that one (a date that could not be read is not also
 * "not a date"). One check may say several things about one cell (two unknown ids in a list).
 */
export function sayOnce(checks: ReadonlyArray<readonly SheetProblem[]>): SheetProblem[] {
  const cells = new Set<string>();
  const rows = new Set<string>();
  const out: SheetProblem[] = [];
  const said = new Set<string>();
  for (const list of checks) {
    const kept = list.filter((p) => p.row === undefined || !(cells.has(cell(p)) || rows.has(line(p))));
    for (const p of kept) {
      const key = `${cell(p)}\u0000${p.message}`;
      if (said.has(key)) continue;
      said.add(key);
      out.push(p);
    }
    for (const p of kept) {
      if (p.row === undefined) continue;
      if (p.column === undefined) rows.add(line(p));
      else cells.add(cell(p));
    }
  }
  return out;
}

/** Where a sheet's problems go in the list: its place among the files given, and its header row. */
export interface SheetOrder {
  /** The file's index among those given. */
  index: number;
  /** Its header row as written, left to right. */
  columns: readonly string[];
}

/**
 * Problems in reading order: by sheet (as the files were given; sheets not given, such as a missing
 * one, last), then row (the whole sheet first), then column left to right. Ties keep their order.
 */
export function inReadingOrder(list: readonly SheetProblem[], sheets: ReadonlyMap<string, SheetOrder>): SheetProblem[] {
  const key = (p: SheetProblem) => {
    const s = sheets.get(p.sheet);
    const found = p.column === undefined ? -1 : (s?.columns.indexOf(p.column) ?? -1);
    return [s?.index ?? Infinity, p.row ?? -1, p.column === undefined ? -1 : found < 0 ? Infinity : found];
  };
  const keyed = list.map((p) => ({ p, k: key(p) }));
  keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2]);
  return keyed.map(({ p }) => p);
}
