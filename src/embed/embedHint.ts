/** The one line under an embedded graph that says what a reader can do with it. */

/**
 * What to tap (or click) and how to zoom: a group is mentioned only when the graph draws one, and a
 * touch screen gets no keyboard hint.
 */
export function embedHint(touch: boolean, hasGroups: boolean): string {
  const tap = touch ? 'Tap' : 'Click';
  const what = hasGroups ? `${tap} a bill to see why, a group to see who is in it.` : `${tap} a bill to see why.`;
  const zoom = touch ? 'Pinch with two fingers to zoom.' : 'Ctrl + scroll (⌘ + scroll on a Mac) to zoom; drag to pan.';
  return `${what} ${zoom}`;
}
