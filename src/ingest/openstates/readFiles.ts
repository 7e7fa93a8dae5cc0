/** The first step of an import: bill JSON files into records (with their file and JSON path), text files into bill text. */
import { stripBom } from '../../model/text';
import { normaliseIdentifier } from '../billRefs';
import { htmlToText } from './htmlToText';
import type { ImportFile, ImportProblem, Json } from './types';
import { isObj } from './types';

/** One bill record of an input file, where it was found. */
export interface BillRecord {
  /** The file's name. */
  file: string;
  /** JSON path of the record in the file ("results[3]", "" for a file that is one bill). */
  path: string;
  /** The record as parsed. */
  bill: Json;
}

/** What the files hold: bill records, bill text by bill id, and problems with the files themselves. */
export interface ReadFiles {
  /** Bill records, in file order. */
  records: BillRecord[];
  /** Bill text from text files, by normalised bill id. */
  texts: Map<string, string>;
  /** Files that could not be used. */
  problems: ImportProblem[];
  /** How many JSON files could not be read (each counts as a skipped record). */
  unreadable: number;
}

/** Reads every file: JSON into records (API v3 bills, `results` lists, bulk files, arrays), `.txt`/`.html` into bill text. */
export function readFiles(files: readonly ImportFile[]): ReadFiles {
  const records: BillRecord[] = [];
  const texts = new Map<string, string>();
  const problems: ImportProblem[] = [];
  let unreadable = 0;
  for (const f of files) {
    const text = stripBom(f.text);
    if (/\.(txt|html?)$/i.test(f.name)) {
      const id = normaliseIdentifier(f.name.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' '));
      if (id) texts.set(id, /\.html?$/i.test(f.name) ? htmlToText(text) : text);
      else problems.push({ file: f.name, path: '', message: 'a text file must be named after its bill, e.g. "AB392.txt"; file skipped' });
      continue;
    }
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      problems.push({ file: f.name, path: '', message: `not valid JSON: ${(e as Error).message.slice(0, 160)}` });
      unreadable++;
      continue;
    }
    if (Array.isArray(doc)) doc.forEach((b, i) => records.push({ file: f.name, path: `[${i}]`, bill: b as Json }));
    else if (isObj(doc) && Array.isArray(doc.results))
      doc.results.forEach((b, i) => records.push({ file: f.name, path: `results[${i}]`, bill: b as Json }));
    else records.push({ file: f.name, path: '', bill: doc as Json });
  }
  return { records, texts, problems, unreadable };
}
