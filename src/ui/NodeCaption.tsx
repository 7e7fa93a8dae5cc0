/** The focused node's one-sentence explanation (text, never HTML), shown beside the node in the graph. */
import type { CSSProperties } from 'react';
import { useMemo } from 'react';
import { selectNodeSentence, useAppStore } from '../store';
import { findTarget } from './focusTarget';

/** Props of the caption. */
export interface NodeCaptionProps {
  /** Where the node is drawn in the stage (CSS px), so the caption sits beside it, where the reader looks; null: under the stage. */
  at?: { x: number; y: number } | null;
  /** The stage's size, to keep the caption inside it. */
  box?: { width: number; height: number } | null;
}

/** Half a bill's box and a little: the caption starts this far below (or above) the node's centre. */
const CLEAR = 34;
const WIDTH = 260;

/** Shows what the tapped or focused node means in this scenario; nothing when no node is focused. */
export function NodeCaption({ at = null, box = null }: NodeCaptionProps) {
  const focus = useAppStore((s) => s.focus);
  const setFocus = useAppStore((s) => s.setFocus);
  const said = useAppStore(useMemo(() => selectNodeSentence(focus), [focus]));
  // A provision's sentence ("In force with AB 392.") does not name it, and on a phone its box shows
  // only the start of its name: the caption gives the name in full first.
  const ds = useAppStore((s) => s.dataset);
  const provision = useMemo(() => {
    const t = ds && focus ? findTarget(ds, focus) : null;
    return t?.kind === 'provision' ? ds!.bills[t.bill].provisions![t.index].label : null;
  }, [ds, focus]);
  const sentence = said && provision ? `${provision}. ${said}` : said;
  let style: CSSProperties | undefined;
  if (at && box && sentence) {
    const width = Math.min(WIDTH, box.width - 16);
    const left = Math.max(8, Math.min(at.x - width / 2, box.width - width - 8));
    // Below the node, unless it sits in the lower half of the stage: then above it.
    style = at.y < box.height / 2 ? { left, width, top: at.y + CLEAR } : { left, width, bottom: box.height - at.y + CLEAR };
  }
  // A reader on a phone closes it with its own button (a tap elsewhere on the graph may pan it).
  return (
    <div className={style ? 'tb-node-caption tb-node-caption-float' : 'tb-node-caption'} style={style} hidden={!sentence}>
      <p data-testid="node-caption" aria-live="polite">
        {sentence ?? ''}
      </p>
      {sentence && (
        <button type="button" className="tb-caption-close" aria-label="Close the explanation" onClick={() => setFocus(null)}>
          ×
        </button>
      )}
    </div>
  );
}
