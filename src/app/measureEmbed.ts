/**
 * How tall an embed is on a phone, measured rather than estimated: the view is loaded at a phone's
 * width in a hidden frame, and the height is the one the embed itself reports to its page (the
 * AMP `embed-size` message its resize bridge sends on every change, src/embed/resizeBridge.ts).
 */

/** The narrowest phone the embed is built for. */
export const PHONE_WIDTH = 320;

/**
 * The phone widths a plain iframe's height is measured at. The story's height is not monotonic in
 * the width: the founding "AB 392 fails" view is 1,419 px at 320 and 1,440 at 340.
 */
export const PHONE_WIDTHS = [320, 340, 360, 375, 390, 414] as const;

/** A measurement under way: its result (null when the frame said nothing in time) and a cancel. */
export interface Measuring {
  result: Promise<number | null>;
  cancel: () => void;
}

/** Whether the embed in `frame` shows what it will show: its dataset opened, its graph (if any) settled. */
function ready(frame: HTMLIFrameElement): boolean {
  let doc: Document | null;
  try {
    doc = frame.contentDocument;
  } catch {
    return false;
  }
  return Boolean(
    doc?.querySelector('.tb-embed') &&
    !doc.querySelector('.tb-embed-loading') &&
    !doc.querySelector('[data-layout]:not([data-layout="settled"])'),
  );
}

/**
 * Loads `src` (an embed address of this site) in a hidden frame `width` px wide; resolves with the
 * last height it reported once it shows its story and has been still for `quiet` ms (a height
 * reported while it was still loading never counts), or with null after `timeout`.
 */
export function measureEmbedHeight(src: string, width = PHONE_WIDTH, { quiet = 500, timeout = 10_000 } = {}): Measuring {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'Measuring the embed';
  frame.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:600px;border:0;visibility:hidden;pointer-events:none`;
  let last: { height: number; at: number } | null = null;
  let finish: (h: number | null) => void = () => undefined;
  const result = new Promise<number | null>((resolve) => (finish = resolve));
  const onMessage = (e: MessageEvent) => {
    // Only this frame's own reports count: any other page may post look-alike messages.
    if (e.source !== frame.contentWindow || e.origin !== window.location.origin) return;
    const d = e.data as { sentinel?: unknown; type?: unknown; height?: unknown } | null;
    if (!d || d.sentinel !== 'amp' || d.type !== 'embed-size' || typeof d.height !== 'number' || !(d.height > 0)) return;
    last = ready(frame) ? { height: Math.ceil(d.height), at: performance.now() } : null;
  };
  // The frame reports a height on every change; once ready, the last one that stood still is it.
  const check = setInterval(() => {
    if (!last && ready(frame))
      last = {
        height: Math.ceil(frame.contentDocument!.querySelector('.tb-embed')!.getBoundingClientRect().height),
        at: performance.now(),
      };
    if (last && performance.now() - last.at >= quiet && ready(frame)) done(last.height);
  }, 100);
  const giveUp = setTimeout(() => done(null), timeout);
  function done(h: number | null) {
    clearInterval(check);
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

/**
 * The tallest `src` gets on a phone: measured at each of PHONE_WIDTHS at once, in hidden frames;
 * null when none answered in time. A plain iframe that reserves it cuts nothing at any of them.
 */
export function measurePhoneHeight(src: string): Measuring {
  const all = PHONE_WIDTHS.map((w) => measureEmbedHeight(src, w));
  const result = Promise.all(all.map((m) => m.result)).then((hs) => {
    const got = hs.filter((h): h is number => h !== null);
    return got.length ? Math.max(...got) : null;
  });
  return { result, cancel: () => all.forEach((m) => m.cancel()) };
}
