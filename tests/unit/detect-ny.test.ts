import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confidenceClass, detectClauses } from '../../src/ingest/detect';
import { sharedData } from '../fixtures/sharedData';
import labelled from '../fixtures/ny-labels.json';

// The labelled set (tests/fixtures/README.md says how it was made) against `detect`, file by file.
// A file counts as tied to a bill when detect reports a clause with a named target at medium or
// high confidence; the low-confidence class (blank measures) never counts and is the only allowed
// exception, so it is listed rather than asserted.
type Label = { label: 'ties-to-bill' | 'condition-no-bill' | 'none'; bills: string[]; note: string; chapterYear?: number };
const labels = labelled.labels as Record<string, Label>;

describe('detect on the New York labelled set', () => {
  it('agrees with every label, naming each file that does not', () => {
    const folder = sharedData('ny-2023-assembly');
    const disagreements: string[] = [];
    const lowConfidence: string[] = [];
    for (const [file, label] of Object.entries(labels)) {
      const found = detectClauses(readFileSync(join(folder, file), 'utf8'));
      lowConfidence.push(...found.filter((d) => confidenceClass(d.confidence) === 'low').map(() => file));
      const ties = found.filter((d) => d.targets.length > 0 && confidenceClass(d.confidence) !== 'low');
      const bills = [...new Set(ties.flatMap((d) => d.targets.map((t) => t.label)))].sort();
      const want = label.bills.map((b) => b.replace('. ', ' ')).sort();
      if ((label.label === 'ties-to-bill') !== bills.length > 0 || bills.join() !== want.join())
        disagreements.push(`${file}: labelled ${label.label} [${want.join(', ')}], detected [${bills.join(', ')}]`);
      if (label.chapterYear) {
        const years = new Set(ties.flatMap((d) => d.targets.map((t) => ('chapterYear' in t ? t.chapterYear : undefined))));
        if (!years.has(label.chapterYear)) disagreements.push(`${file}: chapter of the laws of ${label.chapterYear} not kept`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(lowConfidence).toEqual([]);
  }, 180_000); // 32 MB of text on a shared CPU: a generous timeout, not a speed check (speed is in `npm run bench`)

  it('covers the classes the data README describes', () => {
    const count = (l: Label['label']) => Object.values(labels).filter((x) => x.label === l).length;
    expect(Object.keys(labels)).toHaveLength(1983);
    expect(count('ties-to-bill')).toBeGreaterThanOrEqual(180);
    expect(count('condition-no-bill')).toBeGreaterThanOrEqual(40);
  });
});
