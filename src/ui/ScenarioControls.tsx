/** Per bill: "as recorded / becomes law / fails", with the outcome and its reason in words. */
import { memo, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Bill } from '../model';
import type { AssumptionChoice } from '../store';
import { selectBills, selectExplanationOf, useAppStore, useDeferredAppStore } from '../store';
import { OutcomeBadge } from './OutcomeBadge';
import { searchNodes } from '../engine';
import { billSubject } from '../engine/words';
import { isSession } from '../engine/storyGraph';
import { groupDigits } from '../model/numbers';

const CHOICES: Array<{ value: AssumptionChoice; label: string }> = [
  { value: 'recorded', label: 'As recorded' },
  { value: 'enacted', label: 'Becomes law' },
  { value: 'failed', label: 'Fails' },
];

/** Past this many bills the panel shows the assumed and tied ones, and a box to find others. */
const ALL_UP_TO = 40;
const SHOWN = 30;

/**
 * One bill's three choices and its outcome in words. Nothing here renders in the frame a toggle
 * lands in: the radio a reader clicks is checked by the browser itself (styled by `:checked`), the
 * graph shows the change in that frame, and this control follows once it has painted (a scenario
 * changed elsewhere, by Reset or a question, reaches the radios then too).
 */
const BillControl = memo(function BillControl({ bill, name }: { bill: Bill; name: string }) {
  const choice: AssumptionChoice = useDeferredAppStore((s) => s.assumptions[bill.id] ?? 'recorded');
  const explanation = useDeferredAppStore(useMemo(() => selectExplanationOf(bill.id), [bill.id]));
  const setAssumption = useAppStore((s) => s.setAssumption);
  // A session's graph is a field of packages: a what-if chosen here goes to its bill, as a question does.
  const network = useAppStore((s) => isSession(s.dataset));
  const setFocus = useAppStore((s) => s.setFocus);
  const box = useRef<HTMLFieldSetElement>(null);
  useLayoutEffect(() => {
    for (const input of box.current?.querySelectorAll('input') ?? []) input.checked = input.value === choice;
  }, [choice]);
  return (
    <fieldset className="tb-bill-control" data-bill={bill.id} ref={box}>
      <legend>
        <span className="tb-bill-label">{bill.label}</span>{' '}
        {/* What it is about (Michigan's "Amends …" and "TIE BAR WITH: …" left to the details panel); the full title on hover. */}
        <span className="tb-bill-title" title={bill.title}>
          {billSubject(bill.title, bill.label) ?? ''}
        </span>
      </legend>
      <div className="tb-choices">
        {CHOICES.map((c) => (
          <label key={c.value} className="tb-choice">
            <input
              type="radio"
              name={`${name}-${bill.id}`}
              value={c.value}
              defaultChecked={choice === c.value}
              onChange={() => {
                setAssumption(bill.id, c.value);
                if (network && c.value !== 'recorded') setFocus(bill.id);
              }}
            />
            {c.label}
          </label>
        ))}
      </div>
      {explanation && (
        <p className="tb-explanation" data-testid={`explanation-${bill.id}`}>
          <OutcomeBadge outcome={explanation.outcome} /> {explanation.sentence}
        </p>
      )}
    </fieldset>
  );
});

/** The scenario controls: every bill of a small dataset; for a session, the relevant ones and a finder. */
export function ScenarioControls() {
  const bills = useAppStore(selectBills);
  const ds = useAppStore((s) => s.dataset);
  // Read after the graph has shown a toggle: only the toggled bill's own control changes at once.
  const assumptions = useDeferredAppStore((s) => s.assumptions);
  const resetScenario = useAppStore((s) => s.resetScenario);
  const [query, setQuery] = useState('');
  const baseId = useId();
  const changed = Object.keys(assumptions).length > 0;
  const hungOn = useMemo(
    () => new Set((ds?.links ?? []).filter((l) => l.kind === 'contingent-enactment' || l.kind === 'tie-bar').flatMap((l) => l.to)),
    [ds],
  );
  const { shown, matching } = useMemo(() => {
    if (bills.length <= ALL_UP_TO) return { shown: bills, matching: bills.length };
    const q = query.trim().toLowerCase();
    if (q && ds) {
      // By number, title words or sponsor (the engine's search); counted whole, shown in part.
      const byId = new Map(bills.map((b) => [b.id, b]));
      const found = searchNodes(ds, q, Infinity).flatMap((h) => (h.kind === 'bill' && byId.has(h.id) ? [byId.get(h.id)!] : []));
      return { shown: found.slice(0, SHOWN), matching: found.length };
    }
    const first = bills.filter((b) => Object.hasOwn(assumptions, b.id));
    const rest = bills.filter((b) => !Object.hasOwn(assumptions, b.id) && hungOn.has(b.id));
    return { shown: [...first, ...rest].slice(0, SHOWN), matching: bills.length };
  }, [bills, ds, hungOn, assumptions, query]);
  return (
    <section className="tb-scenario" aria-labelledby={`${baseId}-h`}>
      <div className="tb-section-head">
        <h2 id={`${baseId}-h`}>What if…</h2>
        {/* Not `disabled`: that would drop keyboard focus to the page the moment it resets. */}
        <button type="button" className="tb-link-button" onClick={() => changed && resetScenario()} aria-disabled={!changed}>
          Reset
        </button>
      </div>
      {bills.length > ALL_UP_TO && (
        <>
          <label className="tb-filter" htmlFor={`${baseId}-find`}>
            Find a bill{' '}
            <input
              id={`${baseId}-find`}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="Number, words, sponsor"
            />
          </label>
          <p className="tb-note" data-testid="finder-count">
            {query.trim()
              ? `${groupDigits(matching)} of ${groupDigits(bills.length)} bills match${matching > shown.length ? `; showing the first ${shown.length}` : ''}.`
              : `Showing ${shown.length} of ${groupDigits(bills.length)} bills: your assumptions first, then bills others hang on.`}
          </p>
        </>
      )}
      {shown.map((bill) => (
        <BillControl key={bill.id} bill={bill} name={baseId} />
      ))}
    </section>
  );
}
