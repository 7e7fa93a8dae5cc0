/** The focused node's one-sentence explanation: a small caption under the story (text, never HTML). */
import { useMemo } from 'react';
import { selectNodeSentence, useAppStore } from '../store';

/** Shows what the tapped or focused node means in this scenario; nothing when no node is focused. */
export function NodeCaption() {
  const focus = useAppStore((s) => s.focus);
  const sentence = useAppStore(useMemo(() => selectNodeSentence(focus), [focus]));
  return (
    <p className="tb-node-caption" data-testid="node-caption" aria-live="polite" hidden={!sentence}>
      {sentence ?? ''}
    </p>
  );
}
