/**
 * How a tool in a folded menu (the header's "More options", a phone's "Dataset & options") puts the
 * menu away when it opens a dialog: a menu left open would stand behind the dialog, and over the
 * page once the dialog closes.
 */
import { createContext, useContext } from 'react';

/** Folds the menu the tool sits in; returns what the keyboard goes back to when the dialog closes (the menu's own line), or null outside a menu. */
export type FoldMenu = () => HTMLElement | null;

/** The menu around a tool (none: a tool laid out inline). */
export const FoldMenuContext = createContext<FoldMenu>(() => null);

/** The fold of the menu this tool sits in. */
export function useFoldMenu(): FoldMenu {
  return useContext(FoldMenuContext);
}

/** The fold of a `<details>` menu: closes it and gives its summary. */
export function foldDetails(details: HTMLDetailsElement | null): HTMLElement | null {
  if (!details) return null;
  details.open = false;
  return details.querySelector('summary');
}
