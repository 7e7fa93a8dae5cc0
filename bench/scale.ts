/**
 * Scale benchmarks of the model and the importer: parsing + validating a session dataset against
 * `JSON.parse` alone, and importing 10,000 / 20,000 / 50,000 Open States bills against only
 * reading the same files. Medians of alternating runs, so load on the machine hits both alike.
 */
import { parseDatasetText } from '../src/model';
import { generateDataset } from '../src/engine/generate';
import { htmlToText, importOpenStates } from '../src/ingest/openstates';
import { syntheticSession } from '../tests/fixtures/syntheticOpenStates';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Times `ours` and `peer` alternately, `runs` times each; medians in ms. */
function alternate(ours: () => unknown, peer: () => unknown, runs: number): { ours: number; peer: number } {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    peer();
    b.push(performance.now() - t);
    t = performance.now();
    ours();
    a.push(performance.now() - t);
  }
  return { ours: median(a), peer: median(b) };
}

/** Parse + validate of a 20,000-bill, 100,000-link dataset against JSON.parse of the same text. */
export function benchValidate(): Array<Record<string, string>> {
  const text = JSON.stringify(generateDataset({ bills: 20_000, links: 100_000, seed: 1 }));
  const mb = (text.length / 1048576).toFixed(1);
  const { ours, peer } = alternate(
    () => {
      if (!parseDatasetText(text).ok) throw new Error('the generated dataset should be valid');
    },
    () => JSON.parse(text),
    7,
  );
  return [
    {
      case: `20,000 bills / 100,000 links (${mb} MB): parse + validate`,
      tiebar: `${ours.toFixed(0)} ms`,
      peer: `${peer.toFixed(0)} ms (JSON.parse alone)`,
      ratio: `${(ours / peer).toFixed(2)}x`,
      budget: '<= 2x',
    },
  ];
}

/** Import of synthetic sessions (bills, actions, sponsors, short texts with ties) at three sizes, against reading them. */
export function benchImportScale(): Array<Record<string, string>> {
  return [10_000, 20_000, 50_000].map((n) => {
    const { bills, texts } = syntheticSession(n, 0);
    const files = [{ name: 'session.json', text: JSON.stringify({ results: bills }) }, ...texts];
    const mb = files.reduce((s, f) => s + f.text.length, 0) / 1048576;
    let detected = 0;
    const { ours, peer } = alternate(
      () => (detected = importOpenStates(files).report.detected),
      () => {
        JSON.parse(files[0].text);
        for (const f of texts) void f.text.toLowerCase().includes('operative only if');
      },
      3,
    );
    return {
      case: `${n.toLocaleString('en-US')} bills, ${mb.toFixed(1)} MB (${detected.toLocaleString('en-US')} ties found)`,
      tiebar: `${(ours / 1000).toFixed(2)} s (${((ours / n) * 1000).toFixed(0)} µs per bill)`,
      peer: `${(peer / 1000).toFixed(2)} s (JSON.parse + one substring scan)`,
      ratio: `${(ours / peer).toFixed(1)}x`,
    };
  });
}

/** Bill HTML to text on hostile input (unclosed tags, an unclosed script) against lowercasing the same text. */
export function benchHtml(): Array<Record<string, string>> {
  const cases: Array<[string, string]> = [
    ['"<" x 100,000 (unclosed tags)', '<'.repeat(100_000)],
    ['"<script>" + "<" x 100,000', `<script>${'<'.repeat(100_000)}`],
    ['"<a " x 100,000 (tags never closed)', '<a '.repeat(100_000)],
  ];
  return cases.map(([name, html]) => {
    const { ours, peer } = alternate(
      () => htmlToText(html),
      () => html.toLowerCase(),
      7,
    );
    return {
      case: name,
      tiebar: `${ours.toFixed(1)} ms`,
      peer: `${peer.toFixed(1)} ms (toLowerCase)`,
      ratio: `${(ours / peer).toFixed(1)}x`,
    };
  });
}
