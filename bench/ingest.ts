/** Import benchmark: a 3,000-bill session with full text, against only reading (JSON.parse) the same files. */
import { importOpenStates } from '../src/ingest/openstates';
import { syntheticSession } from '../tests/fixtures/syntheticOpenStates';

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
  ];
}
