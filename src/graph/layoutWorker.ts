/// <reference lib="webworker" />
/** Runs the deterministic force layout off the main thread, streaming positions back (see layoutStream). */
import type { LayoutRequest } from './layoutProtocol';
import { streamLayout } from './layoutStream';

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  streamLayout(e.data, (frame) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(frame, [frame.xy.buffer]));
};
