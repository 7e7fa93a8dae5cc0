/** `tiebar scenario <file> [--assume id=failed|enacted ...] [--as-of D] [--json] [--compare] [--chain id ...]`. */
import { findBill, isFullDate, noBill, todayIso } from '../model';
import type { Assumption } from '../engine';
import type { Evaluation, Reason } from '../engine';
import { chainLine, evaluate, evaluateProvisions, explain, explainChain, lateAsOf, lateAsOfReason, stakeholderImpact } from '../engine';
import type { ParsedArgs } from './args';
import { UsageError } from './args';
import { readDatasetFile } from './io';
import type { CommandResult } from './validate';

/** Evaluates a scenario on a dataset file and prints every bill's outcome and reason; `now` is the clock `--as-of` is checked against. */
export function runScenario(args: ParsedArgs, now = new Date()): CommandResult {
  const [file, ...rest] = args.positionals;
  if (!file) throw new UsageError('scenario needs a dataset file');
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const read = readDatasetFile(file);
  if (!read.readable) return { stdout: '', stderr: `${read.message}\n`, code: 2 };
  if (!read.result.ok) {
    return {
      stdout: '',
      stderr: `${read.result.errors.map((e) => `${file}: ${e.path ? `${e.path}: ` : ''}${e.message}`).join('\n')}\n`,
      code: 1,
    };
  }
  const ds = read.result.dataset;
  const assumptions: Record<string, Assumption> = {};
  for (const spec of args.options.get('assume') ?? []) {
    const m = /^([^=]+)=(failed|enacted)$/.exec(spec);
    if (!m) throw new UsageError(`--assume "${spec}" is not <bill>=failed or <bill>=enacted`);
    // A bill by its id or its number as printed ("HB 4638=enacted").
    const bill = findBill(ds, m[1].trim());
    if (!bill) throw new UsageError(`--assume: ${noBill(ds, m[1].trim())} in ${file}`);
    assumptions[bill.id] = m[2] as Assumption;
  }
  const asOfValues = args.options.get('as-of') ?? [];
  const asked = asOfValues.at(-1);
  if (asked !== undefined && !isFullDate(asked)) throw new UsageError(`--as-of "${asked}" is not a date like 2019-04-24`);
  // As in the app: a date no record reaches yet gives way to the latest record, with a warning (not an error: exit 0).
  const late = lateAsOf(asked, ds, todayIso(now));
  const asOf = late ? undefined : asked;
  const warnings = late ? [{ option: '--as-of', message: `${lateAsOfReason(late, '--as-of')}; showing the latest record instead` }] : [];
  const stderr = warnings.map((w) => `${file}: warning: ${w.message}\n`).join('');
  const chainIds = (args.options.get('chain') ?? []).map((ref) => {
    const bill = findBill(ds, ref.trim());
    if (!bill) throw new UsageError(`--chain: ${noBill(ds, ref.trim())} in ${file}`);
    return bill.id;
  });
  const scenario = { assumptions, asOf };
  const ev = evaluate(ds, scenario);
  const record = args.options.has('compare') ? evaluate(ds, { assumptions: {}, asOf }) : null;
  const bills: Record<string, object> = {};
  const lines: string[] = [];
  for (const bill of ds.bills) {
    const ex = explain(ev, bill.id);
    const recorded = record?.outcomes[bill.id];
    const changed = recorded !== undefined && recorded !== ex.outcome;
    bills[bill.id] = {
      outcome: ex.outcome,
      explanation: ex.sentence,
      reasons: ex.reasons,
      sources: ex.sources,
      ...(ex.chain ? { chain: ex.chain } : {}),
      ...(record ? { recorded, changed } : {}),
    };
    const diff = record ? (changed ? `  (on the record: ${recorded})` : '  (as on the record)') : '';
    lines.push(`${bill.label.padEnd(10)} ${ex.outcome.padEnd(12)} ${ex.sentence}${diff}`);
  }
  if (args.options.has('json')) {
    const provisions = evaluateProvisions(ev);
    const stakeholders = record ? { stakeholders: stakeholderImpact(ev, record) } : {};
    const chains = chainIds.length ? { chains: Object.fromEntries(chainIds.map((id) => [id, explainChain(ev, id)])) } : {};
    const body = { dataset: ds.id, scenario: { assumptions, asOf: asOf ?? null }, warnings, bills, provisions, ...stakeholders, ...chains };
    return { stdout: `${JSON.stringify(body, null, 2)}\n`, stderr, code: 0 };
  }
  const head = `${ds.title}\nScenario: ${
    Object.keys(assumptions).length
      ? Object.entries(assumptions)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')
      : 'as recorded'
  }${asOf ? `, as of ${asOf}` : ''}\n`;
  const chainText = chainIds.map((id) => chainBlock(ev, id, explainChain(ev, id))).join('');
  return { stdout: `${head}\n${lines.join('\n')}\n${chainText}`, stderr, code: 0 };
}

/** "\nThe chain behind SB 230 (1 link):\n  SB 230 hangs on AB 392 ...\n". */
function chainBlock(ev: Evaluation, id: string, reasons: Reason[]): string {
  const label = (b: string) => ev.record.dataset.bills[ev.record.index.get(b)!]?.label ?? b;
  const links = reasons.filter((r) => r.kind === 'link').length;
  if (links === 0) return `\nNothing holds ${label(id)} back.\n`;
  return `\nThe chain behind ${label(id)} (${links} ${links === 1 ? 'link' : 'links'}):\n${reasons.map((r) => `  ${chainLine(r, label)}\n`).join('')}`;
}
