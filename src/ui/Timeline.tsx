/** The timeline: a scrubber over the dataset's dated moments, with play/step and captions. */
import { useEffect, useId, useMemo, useState } from 'react';
import type { CSSProperties } from 'react';
import { asOfLabel, formatDate } from '../model/dates';
import { useAppStore, useAppStoreApi } from '../store';
import { selectCaptions, selectTimeline } from '../store/appSelectors';
import type { TimelineStop } from '../engine/story';
import { groupDigits } from '../model/numbers';
import { playStepMs } from './playPace';
import { captionRows } from './captionRows';

/** The stop shown for a date: the last one on or before it (the last of all without a date; -1 before the first). */
function stopIndex(stops: TimelineStop[], asOf: string | undefined): number {
  if (asOf === undefined) return stops.length - 1;
  return stops.reduce((found, s, i) => (s.asOf <= asOf ? i : found), -1);
}

/** Scrubber, step buttons, play/pause, and the captions of the chosen moment. */
export function Timeline() {
  const stops = useAppStore(selectTimeline);
  const asOf = useAppStore((s) => s.asOf);
  const setAsOf = useAppStore((s) => s.setAsOf);
  const store = useAppStoreApi();
  const [playing, setPlaying] = useState(false);
  const id = useId();
  const index = stopIndex(stops, asOf);
  const at = index >= 0 ? stops[index] : undefined;
  const said = useAppStore((s) => (at ? selectCaptions(s, at.asOf) : null));
  // The captions box's height, in lines: the dataset's, whatever the date.
  const rows = useMemo(() => ({ '--tb-caption-rows': captionRows(stops) }) as CSSProperties, [stops]);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const s = store.getState();
      const cur = stopIndex(stops, s.asOf);
      if (cur >= stops.length - 1) {
        setPlaying(false);
        return;
      }
      s.setAsOf(stops[cur + 1].asOf);
    }, playStepMs(stops.length));
    return () => clearInterval(timer);
  }, [playing, stops, store]);

  if (stops.length === 0) return null;
  const go = (i: number) =>
    setAsOf(i >= stops.length - 1 && asOf === undefined ? undefined : stops[Math.max(0, Math.min(stops.length - 1, i))].asOf);
  return (
    <section className="tb-timeline" aria-label="Timeline">
      <div className="tb-timeline-controls">
        <button type="button" onClick={() => go(index - 1)} disabled={index <= 0} aria-label="Previous moment">
          ◀
        </button>
        <button
          type="button"
          onClick={() => {
            if (!playing && index >= stops.length - 1) setAsOf(stops[0].asOf);
            setPlaying(!playing);
          }}
          aria-label={playing ? 'Pause the story' : 'Play the story'}
          className="tb-play"
        >
          {/* Both signs, one shown: the button keeps the wider one's width, so the slider beside it stays put. */}
          <span data-shown={!playing}>▶</span>
          <span data-shown={playing}>❚❚</span>
        </button>
        <button type="button" onClick={() => go(index + 1)} disabled={index >= stops.length - 1} aria-label="Next moment">
          ▶▶
        </button>
        <label htmlFor={id} className="tb-visually-hidden">
          Date
        </label>
        <input
          id={id}
          type="range"
          min={0}
          max={stops.length - 1}
          value={Math.max(0, index)}
          // At its end with no date set, what the label beside it says, with the date it reaches: "Latest record, 1 Jan 2020".
          aria-valuetext={at ? (asOf === undefined ? asOfLabel(undefined, at.label) : formatDate(at.label)) : 'before the first event'}
          onChange={(e) => {
            setPlaying(false);
            const i = Number(e.target.value);
            setAsOf(i === stops.length - 1 ? undefined : stops[i].asOf);
          }}
        />
        <span className="tb-asof" data-testid="as-of">
          {asOfLabel(asOf)}
        </span>
        {asOf !== undefined && (
          <button
            type="button"
            className="tb-link-button"
            onClick={() => {
              setPlaying(false);
              setAsOf(undefined);
            }}
          >
            Latest
          </button>
        )}
      </div>
      {at && said && (
        <div
          className="tb-captions"
          aria-live="polite"
          data-testid="captions"
          role="region"
          aria-label="What happened"
          tabIndex={0}
          style={rows}
        >
          <strong>
            {formatDate(at.label)}
            {at.count > 1 && <small className="tb-count">{groupDigits(at.count)} entries</small>}
          </strong>
          <ul>
            {said.captions.map((c, i) => (
              <li key={i} className={`tb-caption-${c.kind}`}>
                {c.text}
              </li>
            ))}
            {said.total > said.captions.length && (
              <li className="tb-more">
                …and {groupDigits(said.total - said.captions.length)} more on this date (the tables list every bill and link)
              </li>
            )}
          </ul>
        </div>
      )}
    </section>
  );
}
