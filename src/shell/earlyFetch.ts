/**
 * Fetches started while the page is still loading its code: the dataset (and the list of built-ins)
 * the page is about to ask for are requested at once, not after the view's code has arrived and
 * rendered. The loader takes each response at most once; one it never takes is dropped.
 */

/** How a dataset file is fetched, early or late: without cookies, as a CORS request. */
export const DATASET_FETCH: RequestInit = { credentials: 'omit', mode: 'cors' };

const started = new Map<string, Promise<Response>>();

/** Starts fetching `url` now (once), with the options the loader will ask with. */
export function fetchEarly(url: string, init?: RequestInit): void {
  if (typeof fetch !== 'function' || started.has(url)) return;
  const response = fetch(url, init);
  response.catch(() => undefined); // a failure is the loader's to report, when it takes it
  started.set(url, response);
}

/**
 * Fetches `url`: with `injected` when a test gives one, else by taking the early fetch of it (once)
 * when the page started one, else now.
 */
export function fetchOrTake(url: string, init?: RequestInit, injected?: typeof fetch): Promise<Response> {
  if (injected) return injected(url, init);
  const early = started.get(url);
  started.delete(url);
  return early ?? fetch(url, init);
}
