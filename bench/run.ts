/** `npm run bench`: measures, never asserts. Every figure against a peer measured in the same run. */
import { cpus } from 'node:os';
import { benchEngine } from './engine';
import { benchEmbed } from './embed';
import { benchIngest } from './ingest';
import { benchGraph } from './graph';

console.log(
  `Tiebar bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`,
);
console.log('\nEngine (peer: naive repeated sweeps to a fixed point, same data, same run)');
console.table(benchEngine());
console.log('\nImport of a session (peer: only reading the same files, same run)');
console.table(benchIngest());
console.log(
  '\nEmbed, founding dataset, headless Chromium, median of 5 alternating loads (peer: React + force-graph build of the same view)',
);
console.table(await benchEmbed());
console.log('\nGraph in headless Chromium (peers: force-graph and a plain d3 SVG graph on the same data, same run; session layouts baked)');
console.table(await benchGraph());
