/** Import benchmarks: a 3,000-bill session with full text, and LegiScan's Michigan sessions, each against only reading the same files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { importOpenStates } from '../src/ingest/openstates';
import { importLegiScan } from '../src/ingest/legiscan';
import { legiscanDir } from '../tests/fixtures/legiscanData';
import { syntheticSession } from '../tests/fixtures/syntheticOpenStates';

/** One row per LegiScan session: the CLI's work (read the files, import) against reading and CSV-parsing them. */
function benchLegiScan(): Array<Record<string, string>> {
  return ['2019-2020', '2023-2024'].map((session) => {
    const dir = join(legiscanDir(), session);
    const names = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    const read = () => names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
    read(); // warm the file cache for both sides
    // Median of three alternating runs of each (a shared machine is noisy).
    const ours: number[] = [];
    const peers: number[] = [];
    let report: ReturnType<typeof importLegiScan>['report'] | undefined;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      report = importLegiScan(read()).report;
      ours.push((performance.now() - t0) / 1000);
      const t1 = performance.now();
      for (const f of read()) if (/^(bills|history|sponsors|people)\.csv$/.test(f.name)) csvParse(f.text);
      peers.push((performance.now() - t1) / 1000);
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1];
    const [mine, peer] = [median(ours), median(peers)];
    return {
      case: `LegiScan Michigan ${session}: ${report!.bills.toLocaleString('en-US')} bills, ${report!.detected} tie-bars`,
      tiebar: `${mine.toFixed(2)} s`,
      peer: `${peer.toFixed(2)} s (reading the ${names.length} CSV files, d3-dsv csvParse of the 4 the import uses)`,
      ratio: `${(mine / peer).toFixed(1)}x the time of just reading`,
      budget: '< 3 s',
    };
  });
}

export function benchIngest(): Array<Record<string, string>> {
  const { bills, texts } = syntheticSession(3000, 10);
  const files = [{ name: 'session.json', text: JSON.stringify({ results: bills }) }, ...texts];
  const mb = files.reduce((s, f) => s + f.text.length, 0) / 1048576;
  const t0 = performance.now();
  const { report } = importOpenStates(files);
  const ours = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  JSON.parse(files[0].text);
  for (const f of texts) void f.text.toLowerCase().includes('operative only if');
  const peer = (performance.now() - t1) / 1000;
  return [
    {
      case: `3,000 bills, ${mb.toFixed(1)} MB with full text (${report.detected} ties found)`,
      tiebar: `${ours.toFixed(2)} s (${(mb / ours).toFixed(1)} MB/s)`,
      peer: `${peer.toFixed(2)} s (JSON.parse + one substring scan)`,
      ratio: `${(ours / peer).toFixed(1)}x the time of just reading`,
      budget: '< 30 s',
    },
    ...benchLegiScan(),
  ];
}
