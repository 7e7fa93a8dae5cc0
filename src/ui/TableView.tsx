/** The table view: every bill with its outcome and the reason in plain words. */
import { selectBills, selectExplanations, useAppStore } from '../store';
import { OutcomeBadge } from './OutcomeBadge';

/** Lists every bill with outcome and reason (the accessible alternative to the graph). */
export function TableView() {
  const bills = useAppStore(selectBills);
  const explanations = useAppStore(selectExplanations);
  return (
    <div className="tb-table-wrap">
      <table className="tb-table" data-testid="bill-table">
        <caption>Bills and what becomes of them in this scenario</caption>
        <thead>
          <tr>
            <th scope="col">Bill</th>
            <th scope="col">Title</th>
            <th scope="col">Outcome</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {bills.map((bill) => {
            const ex = explanations?.[bill.id];
            return (
              <tr key={bill.id} data-bill={bill.id}>
                <th scope="row">{bill.label}</th>
                <td>{bill.title}</td>
                <td data-testid={`outcome-${bill.id}`}>{ex && <OutcomeBadge outcome={ex.outcome} />}</td>
                <td>{ex?.sentence}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
