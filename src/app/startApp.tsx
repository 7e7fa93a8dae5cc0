/** The full app's chunk: mounts the app. */
import { App } from './App';
import type { Start } from '../ui/mount';
import { mount } from '../ui/mount';

/** Starts the full app. */
export const start: Start = (state, notices, initialDataset) => mount(state, notices, <App initialDataset={initialDataset} />);
