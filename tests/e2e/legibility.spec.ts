import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateDataset } from '../../src/engine/generate';
import { STORY_MAX_BILLS } from '../../src/engine/storyGraph';
import { measureGraph } from './measureGraph';

// Every built-in dataset and generated sessions of 4, 12 and 60 bills, in the app and the embed, at
// phone to desktop widths, light and dark: nothing cut off, no label below its readable size, no
// labels overlapping, no line through a label, no tie over a card it does not join. Screenshots go to test-results/legibility/.
// Every dataset the app ships: in the embed all of them (a session's embed tells one bill's story),
// in the app those drawn as stories (a session's network is checked in session.spec.ts).
const SHIPPED = (
  JSON.parse(readFileSync('public/data/index.json', 'utf8')) as { datasets: Array<{ id: string; file: string }> }
).datasets.map(({ id, file }) => {
  const ds = JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as { title: string; bills: unknown[] };
  return { id, title: ds.title, bills: ds.bills.length };
});
const TITLES = new Map(SHIPPED.map((d) => [d.id, d.title]));
const SESSIONS = new Set(SHIPPED.filter((d) => d.bills > STORY_MAX_BILLS).map((d) => d.id));
// Every other tie not yet checked against its law: its date line then runs longest ("since 15 Mar 2025, not yet checked").
const GENERATED = [4, 12, 60].map((bills) => {
  const ds = generateDataset({ bills, links: Math.max(3, Math.round(bills * 0.8)), seed: 7 });
  return { ...ds, links: ds.links?.map((l, i) => (i % 2 === 0 ? { ...l, clauseVerified: false } : l)) };
});
// A reporter's story: a bond, a zoning bill that hangs on it, and a fund tie-barred to the zoning
// bill, that tie dated and not yet checked (its words ran off the graph's right edge on a laptop).
const bill = (id: string, signed?: string) => ({
  id,
  label: id.toUpperCase().replace(/(\d)/, ' $1'),
  title: `Bill ${id}`,
  events: [
    { date: '2025-01-10', type: 'introduced', description: 'Introduced', sources: ['s'] },
    ...(signed ? [{ date: signed, type: 'signed', description: 'Signed', sources: ['s'] }] : []),
  ],
  sources: ['s'],
});
GENERATED.push({
  schemaVersion: 1,
  id: 'reporter-story',
  title: 'A zoning bill hangs on a bond',
  sources: { s: { url: 'https://example.org/' } },
  bills: [bill('sb450', '2025-06-10'), bill('hb1200', '2025-06-12'), bill('hb1201')],
  links: [
    { id: 'zoning-on-bond', kind: 'contingent-enactment', from: 'hb1200', to: ['sb450'], added: '2025-05-20', sources: ['s'] },
    { id: 'fund-on-zoning', kind: 'tie-bar', from: 'hb1201', to: ['hb1200'], added: '2025-03-15', clauseVerified: false, sources: ['s'] },
  ],
} as unknown as (typeof GENERATED)[number]);
const WIDTHS = [320, 375, 600, 768, 1280];
// The app on a laptop: the side panel leaves its graph 624 and 700 px of a short stage.
const APP_WIDTHS = [...WIDTHS.slice(0, -1), 1024, 1100, 1280];
// An embed is also read in a 320 px phone's article, 16 px in from each side.
const EMBED_WIDTHS = [288, ...WIDTHS];
const OUT = 'test-results/legibility';

test.describe.configure({ mode: 'parallel' });

for (const embed of [false, true]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the graph fits and reads at every width (${embed ? 'embed' : 'app'}, ${theme})`, async ({ page }) => {
      test.setTimeout(240_000);
      mkdirSync(OUT, { recursive: true });
      const report: Record<string, unknown> = {};
      await page.route(
        (url) => url.hostname === 'data.example',
        (route) =>
          route.fulfill({
            json: GENERATED.find((d) => route.request().url().endsWith(`${d.id}.json`)),
            headers: { 'access-control-allow-origin': '*' },
          }),
      );
      const builtIns = SHIPPED.filter((d) => embed || d.bills <= STORY_MAX_BILLS).map((d) => d.id);
      expect(builtIns.length).toBeGreaterThan(1);
      const refs = [...builtIns, ...GENERATED.map((d) => `https://data.example/${d.id}.json`)];
      for (const ref of refs) {
        const widths = embed ? EMBED_WIDTHS : APP_WIDTHS;
        await page.setViewportSize({ width: widths[0], height: 800 });
        await page.goto(`/?dataset=${encodeURIComponent(ref)}&theme=${theme}${embed ? '&embed=1' : ''}`);
        const graph = page.getByTestId('graph');
        await expect(graph).toHaveAttribute('data-layout', 'settled');
        // The dataset asked for is the one measured (a fallback to another would be measured instead).
        // (A session's embed heads its story with the lead bill, under the dataset's title.)
        if (TITLES.has(ref))
          await expect(
            embed && SESSIONS.has(ref) ? page.getByTestId('embed-dataset-title') : page.getByRole('heading', { level: 1 }),
          ).toHaveText(TITLES.get(ref)!);
        for (const width of widths) {
          await page.setViewportSize({ width, height: width < 700 ? 800 : 900 });
          // Two frames: the resize observer's callback, then the drawing it caused.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const name = `${embed ? 'embed' : 'app'}-${theme}-${ref.replace(/^.*\//, '').replace(/\.json$/, '')}-${width}`;
          const m = await measureGraph(page);
          await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
          report[name] = m;
          expect.soft(m.outside, `${name}: cut off`).toEqual([]);
          // A story of a dozen bills or fewer reads at full size at every width (the page grows to it):
          // every bill carries its name. A larger one may be drawn smaller, its names on zoom and focus.
          if (m.bills <= 12) expect.soft(m.unnamed, `${name}: bills drawn without their names`).toEqual([]);
          expect.soft(m.overlaps, `${name}: overlapping labels`).toEqual([]);
          expect.soft(m.crossings, `${name}: lines through labels`).toEqual([]);
          expect.soft(m.tiesOverCards, `${name}: ties over cards`).toEqual([]);
          expect.soft(m.smallest.bill, `${name}: smallest bill name`).toBeGreaterThanOrEqual(14);
          expect.soft(m.smallest.other, `${name}: smallest label`).toBeGreaterThanOrEqual(12);
          expect.soft(m.smallest.link, `${name}: smallest link label`).toBeGreaterThanOrEqual(11);
        }
      }
      writeFileSync(`${OUT}/${embed ? 'embed' : 'app'}-${theme}.json`, JSON.stringify(report, null, 1));
    });
  }
}

// A session's embed on one bill of a package whose bills are tied across each other: the ties that
// skip cards run on lanes beside the stack, and the lanes' room is counted when the layout is chosen.
for (const [dataset, focus] of [
  ['mi-2019-2020', 'HB 4011'],
  ['mi-2023-2024', 'HJR F'],
] as const) {
  test(`a session's embed focused on ${focus} (${dataset}), its package tied on lanes, names every bill at phone widths`, async ({
    page,
  }) => {
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/?embed=1&dataset=${dataset}&focus=${encodeURIComponent(focus)}`);
      await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled', { timeout: 60_000 });
      const m = await measureGraph(page);
      const name = `${focus} at ${width} px`;
      expect(m.bills, name).toBeGreaterThan(3);
      expect.soft(m.unnamed, `${name}: bills drawn without their names`).toEqual([]);
      expect.soft(m.smallest.bill, `${name}: smallest bill name`).toBeGreaterThanOrEqual(14);
      expect.soft(m.smallest.other, `${name}: smallest label`).toBeGreaterThanOrEqual(12);
      expect.soft(m.outside, `${name}: cut off`).toEqual([]);
    }
  });
}

// The Michigan 2020 story on a laptop and a desktop: SB 897 is tied to three bills, and its ties to
// bills that are not its neighbours run around the cards between, never across one.
test('no tie of the Michigan 2020 story runs over a card it does not join, on a laptop or a desktop', async ({ page }) => {
  for (const [width, height] of [
    [1366, 768],
    [1600, 900],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto('/?dataset=mi-2020-tied-to-vetoed');
    await expect(page.getByTestId('graph')).toHaveAttribute('data-layout', 'settled');
    const m = await measureGraph(page);
    const name = `${width} x ${height}`;
    expect(m.bills, name).toBe(6);
    expect.soft(m.tiesOverCards, `${name}: ties over cards`).toEqual([]);
    expect.soft(m.crossings, `${name}: lines through labels`).toEqual([]);
    expect.soft(m.overlaps, `${name}: overlapping labels`).toEqual([]);
    expect.soft(m.smallest.link, `${name}: smallest link label`).toBeGreaterThanOrEqual(11);
  }
});
