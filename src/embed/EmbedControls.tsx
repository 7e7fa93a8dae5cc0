/** A compact scenario control for embeds: the bills that others hang on (or all, if none do). */
import { useMemo } from 'react';
import type { AssumptionChoice } from '../store';
import { selectBills, useAppStore, useDeferredAppStore } from '../store';
import { useMediaQuery } from '../ui/useMediaQuery';
import { PHONE } from '../graph/core/widths';

const CHOICES: Array<{ value: AssumptionChoice; label: string }> = [
  { value: 'recorded', label: 'As recorded' },
  { value: 'enacted', label: 'Law' },
  { value: 'failed', label: 'Fails' },
];

/**
 * Past this many rows, the rows fold away under their title (a session embed's three bills would
 * push its graph off a phone's first screen). On a phone every row folds: the founding story's two
 * rows alone put its tie below a 375 x 667 screen's fold.
 */
const FOLD_FROM = 2;

/** Props of EmbedControls. */
export interface EmbedControlsProps {
  /** The bills offered, in this order: those the graph draws, in the order the story lays its cards out. */
  order?: readonly string[];
}

/** One row of three toggle buttons per key bill. */
export function EmbedControls({ order }: EmbedControlsProps = {}) {
  const ds = useAppStore((s) => s.dataset);
  const bills = useAppStore(selectBills);
  // Pressed follows once the graph has shown the change: a press's own task renders no React.
  const assumptions = useDeferredAppStore((s) => s.assumptions);
  const setAssumption = useAppStore((s) => s.setAssumption);
  const phone = useMediaQuery(PHONE);
  // Worked out once a dataset, not on each render (a session has hundreds of ties).
  const tied = useMemo(
    () =>
      new Set((ds?.links ?? []).filter((l) => l.kind === 'contingent-enactment' || l.kind === 'tie-bar').flatMap((l) => [l.from, ...l.to])),
    [ds],
  );
  const listed = useMemo(() => {
    if (!order) return bills;
    const byId = new Map(bills.map((b) => [b.id, b]));
    return order.flatMap((id) => byId.get(id) ?? []);
  }, [bills, order]);
  const shown = (tied.size > 0 ? listed.filter((b) => tied.has(b.id)) : listed).slice(0, 6);
  const rows = shown.map((b) => {
    const choice = assumptions[b.id] ?? 'recorded';
    return (
      <div key={b.id} className="tb-embed-control" role="group" aria-label={`What if: ${b.label}`}>
        <span className="tb-bill-label">{b.label}</span>
        {CHOICES.map((c) => (
          <button
            key={c.value}
            type="button"
            aria-pressed={choice === c.value}
            // A reader's choice shows its whole outcome: a node tapped before is let go.
            onClick={() => setAssumption(b.id, c.value, true)}
          >
            {c.label}
          </button>
        ))}
      </div>
    );
  });
  if (rows.length === 0) return null;
  const title = 'What if a bill had gone the other way?';
  // A few rows show at once; more fold away under their title, so the story's sentence and graph
  // keep a phone's first screen (the quick question above still offers the telling one).
  if (rows.length > (phone ? 0 : FOLD_FROM))
    return (
      <details className="tb-embed-controls">
        <summary className="tb-embed-controls-title">
          {/* On a phone the line stays one line: the graph's first screen is what it costs. */}
          {phone ? 'Try other what-ifs' : title} ({rows.length}&nbsp;{rows.length === 1 ? 'bill' : 'bills'})
        </summary>
        {rows}
      </details>
    );
  return (
    <div className="tb-embed-controls" role="group" aria-labelledby="tb-embed-controls-title">
      <p className="tb-embed-controls-title" id="tb-embed-controls-title">
        {title}
      </p>
      {rows}
    </div>
  );
}
