import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_CAPTION_ROWS, MIN_CAPTION_ROWS, captionRows } from '../../src/ui/captionRows';
import { timelineStops } from '../../src/engine';
import type { TimelineStop } from '../../src/engine/story';
import { parseDatasetText } from '../../src/model';

const stopsOf = (file: string) => {
  const r = parseDatasetText(readFileSync(`public/data/${file}.json`, 'utf8'));
  if (!r.ok) throw new Error(`${file} is invalid`);
  return timelineStops(r.dataset);
};
const stops = (...counts: number[]): TimelineStop[] =>
  counts.map((count, i) => ({ asOf: `2020-01-${String(i + 1).padStart(2, '0')}`, label: `2020-01-${i + 1}`, count }));

describe("the timeline's captions box: its lines, set once per dataset", () => {
  it('keeps the founding story at two lines (its one day of nine entries scrolls, its graph stays where it was)', () => {
    expect(captionRows(stopsOf('ca-2019-deadly-force'))).toBe(2);
  });

  it.each(['mi-2019-2020', 'mi-2023-2024'])('gives a whole session (%s), most of whose days hold a dozen entries, five', (file) => {
    expect(captionRows(stopsOf(file))).toBe(MAX_CAPTION_ROWS);
  });

  it.each([
    [[], MIN_CAPTION_ROWS],
    [[1, 1, 1, 1], 2],
    [[3, 3, 3, 3], 3],
    [[1, 1, 1, 4], 2],
    [[1, 1, 4, 4], 4],
    [[12, 12, 12, 12], MAX_CAPTION_ROWS],
    // Ten captions and "...and 1 more" are eleven lines: still five.
    [[11, 11], MAX_CAPTION_ROWS],
  ])('counts %j -> %i lines: enough for three days in four, within its bounds', (counts, rows) => {
    expect(captionRows(stops(...counts))).toBe(rows);
  });
});
