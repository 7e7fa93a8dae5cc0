/** The full app's chunk: mounts the app. */
import { App } from './App';
import type { Start } from '../ui/mount';
import { mount } from '../ui/mount';
import { resumesDraft } from '../editor/resume';
import { primeGraph } from '../graph/primeGraph';

/**
 * Starts the full app. When it reopens the editor's draft, the address's what-if and focus are the
 * draft's: they are held until the draft shows, not checked against the dataset that opens first;
 * and the stage waits for the draft (DraftWaiting), showing nothing of the dataset that opens first.
 */
export const start: Start = (state, notices, initialDataset) => {
  const held = resumesDraft(initialDataset) ? { assumptions: state.assumptions, focus: state.focus ?? null } : null;
  const shown = held ? { ...state, assumptions: {}, focus: undefined } : state;
  // The draft's graph is not shown until it checks out: until then, no other dataset's stands in for it.
  mount(shown, notices, <App initialDataset={initialDataset} />, held ? { held, draftUnshown: true, draftOpen: true } : {});
  // While the dataset is on its way, the graph's first drawing is readied.
  primeGraph({ renderer: state.renderer });
};
