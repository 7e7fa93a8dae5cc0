// Peer: Tiebar's own SVG renderer alone, drawing a story as the app draws it (the same parse,
// evaluation, structure, state and view) with no React and no page around it: what the graph
// itself costs a first frame, apart from the app.
import { parseDatasetText } from '../../src/model';
import { evaluate } from '../../src/engine';
import { buildGraphState, buildGraphStructure } from '../../src/engine/graphSpec';
import { buildStoryState, buildStoryStructure } from '../../src/engine/storyGraph';
import { createSvgView } from '../../src/graph/svg/createSvgView';
import { primeGraph, stopPriming } from '../../src/graph/primeGraph';

// Readied as the app readies it while its data is on its way (graph/primeGraph).
primeGraph();
const url = new URLSearchParams(location.search).get('data')!;
const parsed = parseDatasetText(await (await fetch(url)).text());
if (!parsed.ok) throw new Error(`${url} is invalid`);
const ds = parsed.dataset;
const structure = buildStoryStructure(ds, buildGraphStructure(ds), 'grouped', new Set());
// Each scenario is evaluated once, as the app keeps its evaluations: a toggle back reuses its state.
const states = new Map<string, ReturnType<typeof buildStoryState>>();
const stateOf = (assumptions: Record<string, 'failed'>) => {
  const key = JSON.stringify(assumptions);
  let state = states.get(key);
  if (!state) states.set(key, (state = buildStoryState(buildGraphState(evaluate(ds, { assumptions })), structure)));
  return state;
};
const el = document.getElementById('graph')!;
stopPriming();
const view = createSvgView(el, {}, { renderer: 'svg' });
view.setState(stateOf({}));
view.setData(structure);
Object.defineProperty(el, 'tiebarView', { value: view });
let failed = false;
Object.assign(window, {
  __peer: {
    // The bill fails, or is back as recorded (a scenario toggled and untoggled).
    toggle(id: string) {
      failed = !failed;
      view.setState(stateOf(failed ? { [id]: 'failed' } : {}));
    },
  },
});
