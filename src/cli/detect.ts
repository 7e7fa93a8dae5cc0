/** `tiebar detect <text file or dataset> [--json]`: linking clauses found in bill text, with spans and confidence. */
import { confidenceClass, detectClauses } from '../ingest/detect';
import type { Detection } from '../ingest/detect';
import { parseDatasetText } from '../model';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import type { CommandResult } from './validate';
import { readTextFile } from './io';

/** Detects clauses in a text file, or in the `text` of every bill of a dataset (resolving references against its bills). */
export function runDetect(args: ParsedArgs): CommandResult {
  const [file] = args.positionals;
  if (!file) throw new UsageError('detect needs a text file or a dataset');
  const read = readTextFile(file);
  if (!read.ok) return { stdout: '', stderr: `${read.message}\n`, code: 2 };
  const text = read.text;
  const runs: Array<{ bill?: string; detections: Detection[]; known?: Set<string> }> = [];
  if (/^\s*\{/.test(text) && file.endsWith('.json')) {
    const r = parseDatasetText(text);
    if (!r.ok) return { stdout: '', stderr: `${file} is not a valid dataset; run validate\n`, code: 1 };
    const known = new Set(r.dataset.bills.map((b) => b.id));
    for (const b of r.dataset.bills) if (b.text) runs.push({ bill: b.id, detections: detectClauses(b.text, b.id), known });
  } else runs.push({ detections: detectClauses(text) });
  if (args.options.has('json'))
    return {
      stdout: `${JSON.stringify(
        runs.map(({ known: _k, ...r }) => r),
        null,
        2,
      )}\n`,
      stderr: '',
      code: 0,
    };
  const lines: string[] = [];
  for (const run of runs) {
    for (const d of run.detections) {
      const targets = [
        ...d.targets.map((t) => {
          const chapter = 'chapterYear' in t && t.chapterYear ? ` (a chapter of the laws of ${t.chapterYear})` : '';
          return `${t.label}${chapter}${run.known && t.kind === 'bill' && !run.known.has(t.id) ? ' (unresolved)' : ''}`;
        }),
        ...(d.unnamed ?? []).map((u) => `${u} (left blank: nothing to link)`),
      ].join(', ');
      const extra = [d.deadline && `deadline ${d.deadline}`, d.section && `section ${d.section}`, d.order && `order: this bill after`]
        .filter(Boolean)
        .join('; ');
      lines.push(
        `${run.bill ? `${run.bill}: ` : ''}${d.kind} -> ${targets}  [confidence ${d.confidence}, characters ${d.start}-${d.end}${extra ? `; ${extra}` : ''}]${confidenceClass(d.confidence) === 'low' ? '  low confidence: check by hand' : ''}`,
        `  "${d.clause.replace(/\s+/g, ' ')}"`,
      );
    }
  }
  return { stdout: `${lines.length ? lines.join('\n') : 'no linking clauses found'}\n`, stderr: '', code: 0 };
}
