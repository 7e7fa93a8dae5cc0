/** The story in one line, announced to screen readers, with the questions worth asking (or the way back). */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { unbroken } from './unbroken';
import { withoutCaveat } from '../engine/words';
import { isSession } from '../engine/storyGraph';
import {
  prefetchQuestion,
  selectQuestions,
  selectStoryTold,
  useAppStore,
  useAppStoreApi,
  useDeferredAppStore,
  useStaleDataset,
} from '../store';

/** Props of ScenarioSummary. */
export interface ScenarioSummaryProps {
  /** The bill the record's story is told about (a session's embed, focused on one), if not the one it would lead with. */
  about?: string | null;
  /** Only questions about these bills (a session's embed asks about the bills it draws). */
  among?: ReadonlySet<string>;
  /**
   * In an embed: a question lets go of a node tapped before (its highlight would keep the answer
   * dimmed, its caption open). The app keeps it: its details panel says how the scenario moves it.
   */
  letsGo?: boolean;
}

/** "SB 230 takes effect only because AB 392 became law." and a "What if AB 392 had failed?" button. */
export function ScenarioSummary({ about = null, among, letsGo = false }: ScenarioSummaryProps = {}) {
  const story = useDeferredAppStore((s) => selectStoryTold(s, about, among));
  const questions = useDeferredAppStore((s) => selectQuestions(s, about, among));
  const assuming = useDeferredAppStore((s) => Object.keys(s.assumptions).length > 0);
  // Just after another dataset opens, its story is still being told: the last one's is not shown
  // under its title (the box keeps its place, so the graph below does not move twice).
  const stale = useStaleDataset();
  const setAssumption = useAppStore((s) => s.setAssumption);
  const setFocus = useAppStore((s) => s.setFocus);
  // A session's graph is a field of packages: a question asked of one of its bills also focuses
  // that bill, so the graph goes to it and the bills it takes down, and its details say why.
  const network = useAppStore((s) => !among && isSession(s.dataset));
  const resetScenario = useAppStore((s) => s.resetScenario);
  const store = useAppStoreApi();
  // The questions' scenarios are evaluated while the page is idle, one an idle period, so a press finds them made.
  useEffect(() => {
    if (assuming || questions.length === 0) return;
    if (typeof requestIdleCallback !== 'function') {
      questions.forEach((_, i) => prefetchQuestion(store.getState(), i, about, among));
      return;
    }
    let id = 0;
    const next = (i: number) => {
      if (i >= questions.length) return;
      id = requestIdleCallback(
        () => {
          prefetchQuestion(store.getState(), i, about, among);
          next(i + 1);
        },
        { timeout: 2000 },
      );
    };
    next(0);
    return () => cancelIdleCallback(id);
  }, [assuming, questions, store, about, among]);
  // A question and "Back to the record" replace each other: the one pressed goes, and keyboard
  // focus would fall to the page. It moves to the button that took its place.
  // The caveat on an unchecked tie in quieter type under the story (read out with it).
  const said = story ? withoutCaveat(story) : '';
  const caveat = story?.caveat;
  const box = useRef<HTMLDivElement>(null);
  const pressed = useRef(false);
  useLayoutEffect(() => {
    if (!pressed.current) return;
    pressed.current = false;
    const active = document.activeElement;
    if (!active || active === document.body) box.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [assuming]);
  // The story's length changes with the date and the scenario, and a session's runs past the room
  // the stylesheet keeps: the box keeps the most height it has needed at this width for this
  // dataset, so the graph below moves at most once (the first time a longer story shows), never
  // back and forth.
  const dataset = useAppStore((s) => s.dataset);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver !== 'function') return;
    el.style.minHeight = '';
    let width = -1;
    let most = 0;
    const ro = new ResizeObserver(() => {
      const { width: w, height: h } = el.getBoundingClientRect();
      if (w !== width) {
        // Another width wraps the words anew: start again from what they need now.
        width = w;
        el.style.minHeight = '';
        most = el.getBoundingClientRect().height;
      } else if (h > most) most = h;
      el.style.minHeight = `${most}px`;
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [dataset]);
  const press = (act: () => void) => () => {
    pressed.current = true;
    act();
  };
  return (
    <div className="tb-summary" ref={box} data-stale={stale || undefined} aria-busy={stale || undefined}>
      <p aria-live="polite" data-testid="scenario-summary" className="tb-summary-text">
        {unbroken(said)}
        {caveat && <span className="tb-summary-caveat"> {unbroken(caveat)}</span>}
      </p>
      {assuming ? (
        <button type="button" className="tb-question" onClick={press(resetScenario)}>
          Back to the record
        </button>
      ) : (
        questions.map((q) => (
          <button
            key={q.bill}
            type="button"
            className="tb-question"
            onClick={press(() => {
              setAssumption(q.bill, q.assumption, letsGo && !network);
              if (network) setFocus(q.bill);
            })}
          >
            {q.text}
          </button>
        ))
      )}
    </div>
  );
}
