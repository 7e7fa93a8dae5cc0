/**
 * Escape closes what a focused node opened (the details panel, or an embed's explanation) wherever
 * the keyboard is on the page: in the sidebar, on the panel's own links. A text field keeps its own
 * Escape, as does an open dialog or menu; the keyboard lands on the graph when the panel it was in goes.
 */
import { useEffect } from 'react';
import type { AppStore } from '../store';

/** Inputs a reader does not type in: Escape on them is the page's. */
const PRESSED = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True where Escape belongs to the element the keyboard is on (a field being typed in, an open dialog or menu). */
function keepsEscape(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const input = target.closest('input');
  if ((input && !PRESSED.has(input.type)) || target.closest('textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true;
  return target.ownerDocument.querySelector('dialog[open], details[open].tb-header-more') !== null;
}

/** While mounted, Escape on the page clears the store's focus (`enabled`: false while another view, the editor, has the page). */
export function useEscapeToClose(store: AppStore, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || !store.getState().focus || keepsEscape(e.target)) return;
      const from = document.activeElement;
      store.getState().setFocus(null);
      // The panel goes with the focus: the keyboard goes to the graph rather than to the page's start.
      if (from && from.closest('[data-closes-on-escape]'))
        document.querySelector<HTMLElement>('[data-testid="graph"] [tabindex="0"], [data-testid="graph"]')?.focus({ preventScroll: true });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, enabled]);
}
