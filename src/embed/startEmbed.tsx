/** The embed's chunk: mounts the embed (none of the full app's code). */
import { EmbedApp } from './EmbedApp';
import type { Start } from '../ui/mount';
import { mount } from '../ui/mount';

/** Starts the embed. */
export const start: Start = (state, notices, initialDataset) => mount(state, notices, <EmbedApp initialDataset={initialDataset} />);
