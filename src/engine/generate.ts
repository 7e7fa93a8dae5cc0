/** A seeded generator of session-sized synthetic datasets with realistic link patterns. */
import type { Bill, Dataset, Link } from '../model/schema';

/** What to generate. */
export interface GenerateOptions {
  /** Number of bills. */
  bills: number;
  /** Number of links (each with one to four targets). */
  links: number;
  /** Seed: same seed, same dataset. */
  seed?: number;
}

/** A small seeded PRNG (mulberry32), so generated datasets are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 6);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Generates a session: bills with introduced/signed/vetoed events, and links in the shares seen in
 * real sessions: chains of contingent enactment, tie-bars to all-of groups, mutual tie-bar cycles,
 * and loose relations that decide nothing.
 */
export function generateDataset({ bills: n, links: m, seed = 1 }: GenerateOptions): Dataset {
  const rand = seededRandom(seed);
  const pick = (k: number) => Math.floor(rand() * k);
  const bills: Bill[] = [];
  for (let i = 0; i < n; i++) {
    const intro = START + pick(120) * DAY;
    const r = rand();
    const events: NonNullable<Bill['events']> = [{ date: iso(intro), type: 'introduced', description: 'Introduced', sources: ['gen'] }];
    if (r < 0.55) events.push({ date: iso(intro + (60 + pick(200)) * DAY), type: 'signed', description: 'Signed', sources: ['gen'] });
    else if (r < 0.8) events.push({ date: iso(intro + (60 + pick(200)) * DAY), type: 'died', description: 'Died', sources: ['gen'] });
    bills.push({ id: `b${i}`, label: `B ${i}`, title: `Synthetic bill ${i}`, events, sources: ['gen'] });
  }
  const links: Link[] = [];
  const add = (kind: Link['kind'], from: number, to: number[]) => {
    const targets = [...new Set(to.filter((t) => t !== from))];
    if (targets.length === 0) return;
    links.push({
      id: `l${links.length}`,
      kind,
      from: `b${from}`,
      to: targets.map((t) => `b${t}`),
      added: iso(START + pick(200) * DAY),
      sources: ['gen'],
    });
  };
  while (links.length < m) {
    const r = rand();
    const a = pick(n);
    if (r < 0.4) {
      // a chain: a on a+1 on a+2 ... (neighbouring ids, like a package of bills)
      const len = 2 + pick(5);
      for (let k = 0; k < len && links.length < m; k++) add('contingent-enactment', (a + k) % n, [(a + k + 1) % n]);
    } else if (r < 0.6) {
      add(
        'tie-bar',
        a,
        Array.from({ length: 2 + pick(3) }, () => pick(n)),
      );
    } else if (r < 0.7) {
      // a mutual tie-bar cycle of two to four bills
      const size = 2 + pick(3);
      const members = Array.from({ length: size }, (_, k) => (a + k * 7) % n);
      for (let k = 0; k < size && links.length < m; k++) add('tie-bar', members[k], [members[(k + 1) % size]]);
    } else {
      add(rand() < 0.5 ? 'related' : 'companion', a, [pick(n)]);
    }
  }
  return {
    schemaVersion: 1,
    id: `synthetic-${n}-${m}-${seed}`,
    title: `Synthetic session: ${n} bills, ${m} links (seed ${seed})`,
    sources: { gen: { url: 'https://example.org/synthetic', publisher: 'Tiebar generator' } },
    bills,
    links,
  };
}
