/** React bindings: one store per provider, read with selectors. */
import { createContext, startTransition, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './appStore';
import { afterPaint } from './afterPaint';

const StoreContext = createContext<AppStore | null>(null);

/** Makes a store available to the components below. */
export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The store of the nearest provider. */
export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore must be used inside <StoreProvider>');
  return store;
}

/** Reads a slice of app state; the selector must return a stable reference. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/**
 * Reads a slice of app state after the graph has shown it, for panels that explain rather than
 * show: a scenario toggle repaints the graph in the very next frame, and these follow once that
 * frame has painted, in a transition React may spread over the frames after (a transition alone
 * can still run before the paint). The selector must return a stable reference.
 */
export function useDeferredAppStore<T>(selector: (s: AppState) => T): T {
  const store = useAppStoreApi();
  const [state, setState] = useState(store.getState);
  useEffect(() => {
    const catchUp = () => startTransition(() => setState(store.getState()));
    // Anything that changed between this render and the subscription is picked up too.
    const cancel = store.getState() !== state ? afterPaint(catchUp) : null;
    const unsubscribe = subscribeAfterPaint(store, catchUp);
    return () => {
      unsubscribe();
      cancel?.();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- subscribe once per store; `state` is only the first reading
  }, [store]);
  return selector(state);
}

/**
 * Whether the readings of useDeferredAppStore still come from another dataset than the one open
 * (in the moments after a reader opens another, while its story is worked out): a panel then says
 * nothing rather than tell the last dataset's story under this one's title.
 */
export function useStaleDataset(): boolean {
  // By its address, not its object: a draft reopened at each pause in typing is the same dataset,
  // and its panels stay up (a frame's lag there is of the same story, a word behind).
  const open = useAppStore((s) => s.datasetRef);
  const read = useDeferredAppStore((s) => (s.dataset ? s.datasetRef : null));
  return read !== null && read !== open;
}

/** Per store: the listeners told after the frame that follows a change, and the store subscription they share. */
const afterPaintListeners = new WeakMap<AppStore, Set<() => void>>();

/**
 * Calls `listener` after the frame that follows each change of `store` (changes before that frame
 * share one call). All listeners of a store share one store subscription and one scheduled call, so
 * a change costs its own task one callback however many panels follow it. Returns an unsubscribe.
 */
function subscribeAfterPaint(store: AppStore, listener: () => void): () => void {
  let listeners = afterPaintListeners.get(store);
  if (!listeners) {
    const all = new Set<() => void>();
    let scheduled = false;
    const flush = () => {
      scheduled = false;
      for (const l of [...all]) l();
    };
    store.subscribe(() => {
      if (scheduled || all.size === 0) return;
      scheduled = true;
      afterPaint(flush);
    });
    afterPaintListeners.set(store, (listeners = all));
  }
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
