/**
 * How tall an embed is on a phone, measured rather than estimated: the view is loaded at a phone's
 * width in a hidden frame, and the height is the one the embed itself reports to its page (the
 * AMP `embed-size` message its resize bridge sends on every change, src/embed/resizeBridge.ts).
 */

/** The narrowest phone the embed is built for: the tallest it gets. */
export const PHONE_WIDTH = 320;

/** A measurement under way: its result (null when the frame said nothing in time) and a cancel. */
export interface Measuring {
  result: Promise<number | null>;
  cancel: () => void;
}

/**
 * Loads `src` (an embed address of this site) in a hidden frame `width` px wide; resolves with the
 * last height it reported once it has been still for `quiet` ms, or with what it had after `timeout`.
 */
export function measureEmbedHeight(src: string, width = PHONE_WIDTH, { quiet = 500, timeout = 10_000 } = {}): Measuring {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'Measuring the embed';
  frame.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:600px;border:0;visibility:hidden;pointer-events:none`;
  let last: number | null = null;
  let settle: ReturnType<typeof setTimeout> | undefined;
  let finish: (h: number | null) => void = () => undefined;
  const result = new Promise<number | null>((resolve) => (finish = resolve));
  const onMessage = (e: MessageEvent) => {
    // Only this frame's own reports count: any other page may post look-alike messages.
    if (e.source !== frame.contentWindow || e.origin !== window.location.origin) return;
    const d = e.data as { sentinel?: unknown; type?: unknown; height?: unknown } | null;
    if (!d || d.sentinel !== 'amp' || d.type !== 'embed-size' || typeof d.height !== 'number' || !(d.height > 0)) return;
    last = Math.ceil(d.height);
    clearTimeout(settle);
    settle = setTimeout(() => done(last), quiet);
  };
  const giveUp = setTimeout(() => done(last), timeout);
  function done(h: number | null) {
    clearTimeout(settle);
    clearTimeout(giveUp);
    window.removeEventListener('message', onMessage);
    frame.remove();
    finish(h);
  }
  window.addEventListener('message', onMessage);
  frame.src = src;
  document.body.appendChild(frame);
  return { result, cancel: () => done(null) };
}
