/** The embed's chunk: mounts the embed (none of the full app's code). */
import { EmbedApp } from './EmbedApp';
import type { Start } from '../ui/mount';
import { mount } from '../ui/mount';
import { primeGraph } from '../graph/primeGraph';

/** Starts the embed, and readies the graph's first drawing while the dataset is on its way. */
export const start: Start = (state, notices, initialDataset) => {
  mount(state, notices, <EmbedApp initialDataset={initialDataset} />);
  primeGraph({ renderer: state.renderer });
};
