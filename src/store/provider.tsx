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
    let cancel: (() => void) | null = null;
    const later = () => {
      cancel?.();
      cancel = afterPaint(catchUp);
    };
    // Anything that changed between this render and the subscription is picked up too.
    if (store.getState() !== state) later();
    const unsubscribe = store.subscribe(later);
    return () => {
      unsubscribe();
      cancel?.();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- subscribe once per store; `state` is only the first reading
  }, [store]);
  return selector(state);
}
