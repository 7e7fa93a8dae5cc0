/** `npm run bench`: measures, never asserts. Every figure against a peer measured in the same run. */
import { cpus } from 'node:os';
import { benchEngine } from './engine';

console.log(
  `Tiebar bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`,
);
console.log('\nEngine (peer: naive repeated sweeps to a fixed point, same data, same run)');
console.table(benchEngine());
