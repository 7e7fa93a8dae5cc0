/**
 * `npm run bench [-- engine ingest detect embed graph load editor table]`: measures, never asserts. Every figure against a
 * peer measured in the same run. With no arguments every part runs.
 */
import { cpus } from 'node:os';
import { benchEngine } from './engine';
import { benchEmbed } from './embed';
import { benchIngest } from './ingest';
import { benchDetectLinear, benchDetectNy } from './detect';
import { benchHtml, benchImportScale, benchValidate } from './scale';
import { benchGraph } from './graph';
import { benchEditorBrowser, benchEditorPure } from './editor';
import { benchLoad } from './load';
import { benchTable } from './table';

const PARTS = ['engine', 'ingest', 'detect', 'embed', 'graph', 'load', 'editor', 'table'];
const asked = process.argv.slice(2).filter((a) => a !== '--');
const unknown = asked.filter((a) => !PARTS.includes(a));
if (unknown.length > 0) {
  console.error(`unknown bench part ${unknown.map((u) => `"${u}"`).join(', ')}; the parts are ${PARTS.join(', ')}`);
  process.exit(2);
}
const run = (part: string) => asked.length === 0 || asked.includes(part);

console.log(
  `Tiebar bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`,
);
if (run('engine')) {
  console.log('\nEngine (peer: naive repeated sweeps to a fixed point, same data, same run)');
  console.table(benchEngine());
}
if (run('ingest')) {
  console.log('\nImport of a session (peer: only reading the same files, same run)');
  console.table(benchIngest());
  console.log('\nImport at session scale: cost per bill should stay flat (peer: only reading the same files, same run)');
  console.table(benchImportScale());
  console.log('\nParse + validate a dataset (peer: JSON.parse of the same text, alternating runs)');
  console.table(benchValidate());
  console.log('\nBill HTML to text on hostile input (peer: lowercasing the same text; once 3.3 s for the first case)');
  console.table(benchHtml());
}
if (run('detect')) {
  console.log('\nClause detection on pathological inputs at N and 2N (peer: a plain indexOf scan of the same text, same run)');
  console.table(benchDetectLinear());
  console.log('\nClause detection on the New York labelled set (tests/fixtures/ny-labels.json; peer: an indexOf scan of the same texts)');
  console.table(benchDetectNy());
}
if (run('embed')) {
  console.log(
    '\nEmbed, founding dataset, headless Chromium, median (range) of 5 alternating loads in a 640 px column and on a 375 px phone (peer: React + force-graph build of the same view)',
  );
  console.table(await benchEmbed());
}
if (run('graph')) {
  console.log(
    '\nGraph in headless Chromium (peers: force-graph and a plain d3 SVG graph on the same data, same run; founding: median and range over TIEBAR_BENCH_LOADS (5) loads a target, taken in turn; session layouts baked)',
  );
  console.table(await benchGraph());
}
if (run('load')) {
  console.log(
    '\nOpening an unbaked session in headless Chromium, from the arrival of the data (peer: force-graph laying out the same data itself, same run; median and range)',
  );
  console.table(await benchLoad());
}
if (run('editor')) {
  console.log(
    '\nEditor: a keystroke in a field to outcomes and graph spec, in Node (peer: JSON text parsed and validated again, same run)',
  );
  console.table(benchEditorPure());
  console.log('\nEditor in headless Chromium: a keystroke to the graph redrawn (peer: the same dataset dropped as a JSON file, same page)');
  console.table(await benchEditorBrowser());
}
if (run('table')) {
  console.log(
    "\nA session's table in headless Chromium, Michigan 2023-2024 (4,043 bills, 500 rows shown), to the next frame; median of 5 loads (peer: a plain DOM table of the same rows and words, same layout, same run)",
  );
  console.table(await benchTable());
}
