/** The embed's table: every bill with its outcome and the reason in words. */
import { selectBills, selectExplanations, useAppStore } from '../store';
import { OutcomeBadge } from '../ui/OutcomeBadge';

/** A compact, accessible table of outcomes. */
export function EmbedTable() {
  const bills = useAppStore(selectBills);
  const ex = useAppStore(selectExplanations);
  return (
    <table className="tb-table tb-embed-table" data-testid="bill-table">
      <caption className="tb-visually-hidden">Bills and what becomes of them in this scenario</caption>
      <thead>
        <tr>
          <th scope="col">Bill</th>
          <th scope="col">Outcome</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {bills.map((b) => (
          <tr key={b.id}>
            <th scope="row">{b.label}</th>
            <td data-testid={`outcome-${b.id}`}>{ex?.[b.id] && <OutcomeBadge outcome={ex[b.id].outcome} />}</td>
            <td>{ex?.[b.id]?.sentence}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
