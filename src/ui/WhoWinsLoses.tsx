/** "Who wins, who loses": stakeholders better or worse off in this scenario than on the record. */
import { selectBills, useAppStore, useDeferredAppStore } from '../store';
import { selectImpact } from '../store/appSelectors';
import { stakeChange } from '../engine';

const LABEL = { wins: 'Better off', loses: 'Worse off', mixed: 'Mixed' } as const;

/** Lists stakeholders whose backed or fought bills change fate in the scenario. */
export function WhoWinsLoses() {
  const impact = useDeferredAppStore(selectImpact);
  const setFocus = useAppStore((s) => s.setFocus);
  const bills = useAppStore(selectBills);
  const label = (id: string) => bills.find((b) => b.id === id)?.label ?? id;
  const changed = impact.filter((i) => i.verdict !== 'unchanged');
  if (changed.length === 0) return null;
  return (
    <section className="tb-impact" aria-labelledby="tb-impact-h">
      <h2 id="tb-impact-h">Who wins, who loses</h2>
      {(['wins', 'loses', 'mixed'] as const).map((verdict) => {
        const group = changed.filter((i) => i.verdict === verdict);
        if (group.length === 0) return null;
        return (
          <div key={verdict} className={`tb-impact-group tb-impact-${verdict}`}>
            <h3>
              {LABEL[verdict]} ({group.length})
            </h3>
            <ul>
              {group.map((i) => (
                <li key={i.id}>
                  <button type="button" className="tb-link-button" onClick={() => setFocus(i.id)}>
                    {i.name}
                  </button>
                  <span className="tb-impact-why">
                    {' '}
                    {i.items
                      .filter((it) => it.scenario !== it.record)
                      .map((it) => stakeChange(it.stance, label(it.bill), it.record, it.scenario))
                      .join('; ')}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
