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
