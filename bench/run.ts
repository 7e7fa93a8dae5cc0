/** `npm run bench`: measures, never asserts. Every figure against a peer measured in the same run. */
import { cpus } from 'node:os';
import { benchEngine } from './engine';
import { benchEmbed } from './embed';
import { benchIngest } from './ingest';

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
