/** Compare two scenarios side by side: pin one, change the other. */
import { selectBills, selectEvaluation, useAppStore, useDeferredAppStore } from '../store';
import { selectPinnedEvaluation } from '../store/appSelectors';
import { OutcomeBadge } from './OutcomeBadge';

function describe(assumptions: Record<string, string>, label: (id: string) => string): string {
  const parts = Object.entries(assumptions).map(([id, a]) => `${label(id)} ${a === 'failed' ? 'fails' : 'becomes law'}`);
  return parts.length ? parts.join(', ') : 'as recorded';
}

/** A pin button, and with a pinned scenario a table of both scenarios' outcomes. */
export function CompareScenarios() {
  const bills = useAppStore(selectBills);
  const pinned = useAppStore((s) => s.pinned);
  const assumptions = useDeferredAppStore((s) => s.assumptions);
  const pinScenario = useAppStore((s) => s.pinScenario);
  const current = useDeferredAppStore(selectEvaluation);
  const other = useDeferredAppStore(selectPinnedEvaluation);
  const label = (id: string) => bills.find((b) => b.id === id)?.label ?? id;
  return (
    <section className="tb-compare" aria-labelledby="tb-compare-h">
      <div className="tb-section-head">
        <h2 id="tb-compare-h">Compare</h2>
        <button type="button" className="tb-link-button" onClick={() => pinScenario(!pinned)}>
          {pinned ? 'Stop comparing' : 'Pin this scenario to compare'}
        </button>
      </div>
      {pinned && current && other && (
        <table className="tb-table tb-compare-table">
          <thead>
            <tr>
              <th scope="col">Bill</th>
              <th scope="col">A: {describe(pinned.assumptions, label)}</th>
              <th scope="col">B: {describe(assumptions, label)}</th>
            </tr>
          </thead>
          <tbody>
            {bills.map((b) => (
              <tr key={b.id} className={other.outcomes[b.id] !== current.outcomes[b.id] ? 'tb-differs' : undefined}>
                <th scope="row">{b.label}</th>
                <td>
                  <OutcomeBadge outcome={other.outcomes[b.id]} />
                </td>
                <td>
                  <OutcomeBadge outcome={current.outcomes[b.id]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
