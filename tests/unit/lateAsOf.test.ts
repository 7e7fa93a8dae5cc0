import { describe, expect, it } from 'vitest';
import { lateAsOfNotice, todayIso } from '../../src/shell/addressChecks';
import { foundingDataset } from '../fixtures/datasets';

const NOW = new Date(2026, 10, 29, 12);

describe('a date to look from that no record reaches yet', () => {
  it('is after today and after the dataset’s last moment: the latest record is shown, and the notice says why', () => {
    expect(todayIso(NOW)).toBe('2026-11-29');
    expect(lateAsOfNotice('2030-01-01', foundingDataset(), NOW)).toEqual({
      id: 'url-asOf-late',
      level: 'warning',
      message:
        'asOf "2030-01-01" is after today (29 Nov 2026) and after the dataset\'s last moment (1 Jan 2020): no record reaches it yet; showing the latest record instead',
    });
  });

  it('today, any day before it, or no date at all is fine', () => {
    for (const asOf of ['2026-11-29', '2019-04-24', '2025-01-01', undefined])
      expect(lateAsOfNotice(asOf, foundingDataset(), NOW)).toBeNull();
  });

  it('a moment of the dataset’s own after today (a law taking effect next year) is one the record reaches', () => {
    const ds = foundingDataset();
    (ds.bills[0].events ??= []).push({ date: '2027-07-01', type: 'effective', description: 'Takes effect', sources: ['S1'] });
    expect(lateAsOfNotice('2027-07-01', ds, NOW)).toBeNull();
    expect(lateAsOfNotice('2027-07-02', ds, NOW)?.message).toContain("after the dataset's last moment (1 Jul 2027)");
  });
});
