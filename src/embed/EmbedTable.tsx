/** The embed's table: the bills with their outcome and the reason in words (the first 500 of a session). */
import { useMemo } from 'react';
import { selectBills, selectEvaluation, selectExplainer, useAppStore } from '../store';
import { groupDigits } from '../model/numbers';
import { OutcomeBadge } from '../ui/OutcomeBadge';
import { billSubject } from '../engine/words';
import { outcomesWords } from '../ui/tableRows';

/** Rows shown at most: a session's table shows its first bills, each explained only when shown. */
const MAX_ROWS = 500;

/** Props of EmbedTable. */
export interface EmbedTableProps {
  /** Only these bills (a session's embed lists the bills it tells of). */
  among?: ReadonlySet<string>;
}

/** A compact, accessible table of outcomes. */
export function EmbedTable({ among }: EmbedTableProps = {}) {
  const all = useAppStore(selectBills);
  const bills = useMemo(() => (among ? all.filter((b) => among.has(b.id)) : all), [all, among]);
  const outcomes = useAppStore(selectEvaluation)?.outcomes;
  const scenario = useAppStore((s) => Object.keys(s.assumptions).length > 0);
  const explainOf = useAppStore(selectExplainer);
  const shown = bills.length > MAX_ROWS ? bills.slice(0, MAX_ROWS) : bills;
  return (
    <table className="tb-table tb-embed-table" data-testid="bill-table">
      <caption className={shown.length < bills.length ? undefined : 'tb-visually-hidden'}>
        {shown.length < bills.length
          ? `The first ${shown.length} of ${groupDigits(bills.length)} bills ("Open in Tiebar" has them all)`
          : `Bills and ${outcomesWords(scenario)}`}
      </caption>
      <thead>
        <tr>
          <th scope="col">Bill and outcome</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((b) => (
          <tr key={b.id}>
            {/* The outcome under the bill's name: in a phone's 288 px, a column of its own left the reason 92 px. */}
            <th scope="row">
              <span className="tb-embed-bill">{b.label}</span>{' '}
              <span data-testid={`outcome-${b.id}`}>{outcomes?.[b.id] && <OutcomeBadge outcome={outcomes[b.id]} />}</span>
            </th>
            <td>
              {/* What the bill is about, then why it has its outcome. */}
              <Subject title={b.title} label={b.label} />
              {explainOf?.(b.id).sentence}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What a bill is about, over its reason (nothing where its title says no more than its number). */
function Subject({ title, label }: { title: string; label: string }) {
  const subject = billSubject(title, label);
  return subject ? <span className="tb-table-subject">{subject}</span> : null;
}
