/** The focused node's one-sentence explanation (text, never HTML), shown beside the node in the graph. */
import { unbroken } from './unbroken';
import type { CSSProperties } from 'react';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { selectNodeSentence, useAppStore } from '../store';
import { findTarget } from './focusTarget';
import { billSubject } from '../engine/words';
import type { Covered } from './captionPlace';
import { COVER_WEIGHT } from '../graph/core/surroundings';
import { placeCaption } from './captionPlace';

/** Props of the caption. */
export interface NodeCaptionProps {
  /** Where the node is drawn in the stage (CSS px), so the caption sits beside it, where the reader looks; null: under the stage. */
  at?: { x: number; y: number } | null;
  /** The stage's size: the caption keeps inside it, or within `room` of it. */
  box?: { width: number; height: number } | null;
  /** What lies around the node in the stage (the node's own box included), so the caption covers what matters least. */
  around?: readonly Covered[];
  /**
   * The part of the stage on screen (its top and bottom in the stage), when known: the caption keeps
   * to it. 'pending': not known yet, and the caption waits, unseen, to be placed.
   */
  seen?: { top: number; bottom: number } | null | 'pending';
  /** Room outside the stage (above and below it) that the caption may take: the page's own words there. */
  room?: { above: number; below: number };
  /** The bills drawn (a session embed's few): a stakeholder's sentence names them first. */
  drawn?: ReadonlySet<string>;
  /** Whether the graph shows the node's subject beside it: the caption says it again for screen readers only. */
  subjectShown?: boolean;
}

/** Half a bill's box and a little: the caption starts this far below (or above) the node's centre. */
const CLEAR = 34;
const WIDTH = 260;
/** Narrower, a sentence runs to two or three words a line (HB 5444's, 195 px wide, was 396 px tall). */
const MIN_WIDTH = 240;
/** The widest it may grow to, fewer lines for a long sentence, where its usual width would cover the story. */
const WIDE = 400;
const NO_BOXES: readonly Covered[] = [];
const NO_ROOM = { above: 0, below: 0 };

/** Shows what the tapped or focused node means in this scenario; nothing when no node is focused. */
export function NodeCaption({
  at = null,
  box = null,
  around = NO_BOXES,
  seen = null,
  room = NO_ROOM,
  drawn,
  subjectShown = false,
}: NodeCaptionProps) {
  const focus = useAppStore((s) => s.focus);
  const setFocus = useAppStore((s) => s.setFocus);
  const said = useAppStore(useMemo(() => selectNodeSentence(focus, drawn), [focus, drawn]));
  // A provision's sentence ("In force with AB 392.") does not name it, and on a phone its box shows
  // only the start of its name: the caption gives the name in full first.
  const ds = useAppStore((s) => s.dataset);
  // A bill's box shows its number only: the caption says what the bill is about first, in quieter type.
  const [provision, subject] = useMemo(() => {
    const t = ds && focus ? findTarget(ds, focus) : null;
    if (t?.kind === 'provision') return [ds!.bills[t.bill].provisions![t.index].label, null];
    if (t?.kind === 'bill') return [null, billSubject(ds!.bills[t.index].title, ds!.bills[t.index].label) ?? null];
    return [null, null];
  }, [ds, focus]);
  const sentence = said && provision ? `${provision}. ${said}` : said;
  const ref = useRef<HTMLDivElement>(null);
  // Where the caption was placed once its height was known, and for what.
  // `bare`: placed without the bill's subject line, which would have made it cover more of the story.
  const [placed, setPlaced] = useState<{ for: unknown[]; left: number; top: number; width: number; bare: boolean } | null>(null);
  const width = box ? Math.min(WIDTH, box.width - 16) : WIDTH;
  const inputs = [at, box, around, sentence, subject, seen, room];
  const current = placed && placed.for.every((v, i) => v === inputs[i]) ? placed : null;
  let style: CSSProperties | undefined;
  if (at && box && sentence) {
    // Until its height is known (the first layout): below the node, or above it in the stage's lower half.
    const left = Math.max(8, Math.min(at.x - width / 2, box.width - width - 8));
    style = current
      ? { left: current.left, top: current.top, width: current.width }
      : at.y < box.height / 2
        ? { left, width, top: at.y + CLEAR }
        : { left, width, bottom: box.height - at.y + CLEAR };
  }
  if (style && seen === 'pending') style.visibility = 'hidden';
  // Measured before the browser paints, then placed over what the reader needs least (captionPlace.ts).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!at || !box || !sentence || !el || current || seen === 'pending') return;
    // Its height at its usual width, at three quarters of it (narrower may fit beside a box), and as
    // wide as the stage allows up to WIDE (fewer lines may fit between boxes above or below).
    const wide = Math.min(WIDE, box.width - 16);
    const widths = [width, Math.min(width, Math.max(MIN_WIDTH, Math.round(width * 0.75))), ...(wide > width + 20 ? [wide] : [])];
    const place = () =>
      placeCaption(
        at,
        box,
        widths.map((w) => {
          el.style.width = `${w}px`;
          return { width: w, height: el.offsetHeight };
        }),
        around,
        seen,
        room,
      );
    let spot = place();
    let bare = false;
    // A subject line that makes it cover more of the story than a line's worth of lit rows is left
    // out (covering what the tap dims is fine): the bills and ties come first. One the graph shows
    // is for screen readers only and takes no room: nothing to weigh.
    const line = el.querySelector<HTMLElement>('.tb-caption-subject');
    if (line && spot.covers > 0 && !subjectShown) {
      const lineArea = spot.width * line.offsetHeight * COVER_WEIGHT.lit;
      line.style.display = 'none';
      const without = place();
      line.style.display = '';
      if (spot.covers - without.covers > lineArea) [spot, bare] = [without, true];
    }
    el.style.width = `${width}px`;
    setPlaced({ for: [at, box, around, sentence, subject, seen, room], ...spot, bare });
  }, [at, box, around, sentence, subject, subjectShown, width, current, seen, room]);
  // A reader on a phone closes it with its own button (a tap elsewhere on the graph may pan it).
  return (
    <div
      ref={ref}
      className={style ? 'tb-node-caption tb-node-caption-float' : 'tb-node-caption'}
      style={style}
      hidden={!sentence}
      data-closes-on-escape=""
    >
      <div className="tb-caption-words">
        {/* Where the graph shows the subject beside the bill, it is here for screen readers only (the graph's words are hidden from them). */}
        {subject && sentence && !current?.bare && (
          <p
            className={subjectShown ? 'tb-caption-subject tb-visually-hidden' : 'tb-caption-subject'}
            data-testid="node-caption-subject"
            title={subject}
          >
            {subject}
          </p>
        )}
        <p data-testid="node-caption" aria-live="polite">
          {unbroken(sentence ?? '')}
        </p>
      </div>
      {sentence && (
        <button type="button" className="tb-caption-close" aria-label="Close the explanation" onClick={() => setFocus(null)}>
          ×
        </button>
      )}
    </div>
  );
}
