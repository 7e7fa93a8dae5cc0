/**
 * Reports the embed's height to the parent page in the formats existing embed scripts listen for:
 * pym.js child messages (`pymxPYMx<childId>xPYMxheightxPYMx<h>`, answering the parent's `width`
 * messages as pym.js children do) and AMP's `{ sentinel: "amp", type: "embed-size", height }`.
 */

/** What the bridge needs from the window (a real one, or a test double's). */
export interface BridgeWindow {
  /** The parent window (the same window when not framed). */
  parent: { postMessage: (message: unknown, targetOrigin: string) => void };
  /** Adds a message listener. */
  addEventListener: (type: 'message', listener: (e: MessageEvent) => void) => void;
  /** Removes it. */
  removeEventListener: (type: 'message', listener: (e: MessageEvent) => void) => void;
}

/** The pym.js message for a type and value (pym's own wire format). */
export function pymMessage(childId: string, type: string, value: string | number): string {
  return `pymxPYMx${childId}xPYMx${type}xPYMx${value}`;
}

/** Parses a pym.js message addressed to `childId`: its type and value, or null. */
export function parsePymMessage(data: unknown, childId: string): { type: string; value: string } | null {
  if (typeof data !== 'string' || data.length > 10_000) return null;
  const parts = data.split('xPYMx');
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId) return null;
  return { type: parts[2], value: parts[3] };
}

/** Starts reporting `element`'s height on every change (grow and shrink). Returns a cleanup. */
export function startResizeBridge(element: HTMLElement, win: Window & BridgeWindow, childId: string | null): () => void {
  if (win.parent === (win as unknown)) return () => {};
  let last = -1;
  const send = (force = false) => {
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    if (childId) win.parent.postMessage(pymMessage(childId, 'height', height), '*');
    win.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(element);
  const onMessage = (e: MessageEvent) => {
    if (e.source !== win.parent || !childId) return;
    const msg = parsePymMessage(e.data, childId);
    if (msg?.type === 'width') send(true);
  };
  win.addEventListener('message', onMessage);
  send(true);
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
