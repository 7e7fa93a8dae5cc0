import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_STEP_MS, PLAY_MS, STEP_MS, playStepMs } from '../../src/ui/playPace';
import { timelineStops } from '../../src/engine';
import { parseDatasetText } from '../../src/model';

const stopsOf = (file: string) => {
  const r = parseDatasetText(readFileSync(`public/data/${file}.json`, 'utf8'));
  if (!r.ok) throw new Error(`${file} is invalid`);
  return timelineStops(r.dataset).length;
};

describe('"Play" paces the moments', () => {
  it('a story reads a moment at a time: the founding story steps every 2.2 s', () => {
    const stops = stopsOf('ca-2019-deadly-force');
    expect(playStepMs(stops)).toBe(STEP_MS);
  });

  it.each(['mi-2019-2020', 'mi-2023-2024'])(
    'a whole session (%s) plays in about a minute, not one moment every 2.2 s (the 2019-20 session took 7 minutes)',
    (file) => {
      const stops = stopsOf(file);
      expect(stops * STEP_MS).toBeGreaterThan(5 * 60_000);
      const total = stops * playStepMs(stops);
      expect(total).toBeGreaterThan(PLAY_MS * 0.95);
      expect(total).toBeLessThan(PLAY_MS * 1.05);
    },
  );

  it('never flashes a moment by faster than the eye can take it in', () => {
    expect(playStepMs(100_000)).toBe(MIN_STEP_MS);
    expect(playStepMs(0)).toBe(STEP_MS);
  });
});
