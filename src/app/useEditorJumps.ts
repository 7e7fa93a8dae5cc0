/**
 * On a phone the editor sits above the graph, one column, the graph two to four screens below
 * the form: "See the graph" takes the reporter from the form to the result, "Back to the editor"
 * to the field they last used. Each moves the focus to the other button, which is then on screen.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { RefObject } from 'react';

/** What the app wires: where each button sits and what it scrolls to. */
export interface EditorJumps {
  /** The editor's column. */
  editorSideRef: RefObject<HTMLElement | null>;
  /** The graph's section (its story, tools and the graph). */
  stageRef: RefObject<HTMLElement | null>;
  /** "See the graph", at the top of the editor. */
  toGraphRef: RefObject<HTMLButtonElement | null>;
  /** "Back to the editor", at the top of the graph's section. */
  toEditorRef: RefObject<HTMLButtonElement | null>;
  /** Scrolls to the graph's section. */
  seeGraph: () => void;
  /** Scrolls back to the editor field last used, or to the editor's top. */
  backToEditor: () => void;
}

function jump(into: HTMLElement | null, block: ScrollLogicalPosition, focus: HTMLElement | null): void {
  const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  // The focus first, without a scroll of its own: the two would fight.
  focus?.focus({ preventScroll: true });
  into?.scrollIntoView({ block, behavior: still ? 'auto' : 'smooth' });
}

/** The jumps between the editor and the graph; `editing` says whether the editor is open. */
export function useEditorJumps(editing: boolean): EditorJumps {
  const editorSideRef = useRef<HTMLElement>(null);
  const stageRef = useRef<HTMLElement>(null);
  const toGraphRef = useRef<HTMLButtonElement>(null);
  const toEditorRef = useRef<HTMLButtonElement>(null);
  const lastUsed = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const side = editorSideRef.current;
    if (!editing || !side) return;
    const onFocus = (e: FocusEvent) => {
      if (e.target instanceof HTMLElement && e.target !== toGraphRef.current) lastUsed.current = e.target;
    };
    side.addEventListener('focusin', onFocus);
    return () => {
      side.removeEventListener('focusin', onFocus);
      lastUsed.current = null;
    };
  }, [editing]);
  const seeGraph = useCallback(() => jump(stageRef.current, 'start', toEditorRef.current), []);
  const backToEditor = useCallback(() => {
    const field = lastUsed.current;
    // A field on a tab since closed is gone: then the editor's top.
    if (field?.isConnected) jump(field, 'center', toGraphRef.current);
    else jump(editorSideRef.current, 'start', toGraphRef.current);
  }, []);
  return { editorSideRef, stageRef, toGraphRef, toEditorRef, seeGraph, backToEditor };
}
