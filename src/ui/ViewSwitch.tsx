/** Switches between the graph and the table. */
import type { View } from '../store';
import { useAppStore } from '../store';

const VIEWS: Array<{ value: View; label: string }> = [
  { value: 'graph', label: 'Graph' },
  { value: 'table', label: 'Table' },
];

/** Two toggle buttons: Graph | Table. */
export function ViewSwitch() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  return (
    <div className="tb-view-switch" role="group" aria-label="View">
      {VIEWS.map((v) => (
        <button key={v.value} type="button" aria-pressed={view === v.value} onClick={() => setView(v.value)}>
          {v.label}
        </button>
      ))}
    </div>
  );
}
