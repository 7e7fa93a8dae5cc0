import { describe, expect, it } from 'vitest';
import { lateAsOf, lateAsOfReason } from '../../src/engine';
import type { Dataset } from '../../src/model';
import { todayIso } from '../../src/model/dates';
import { lateAsOfNotice } from '../../src/shell/addressChecks';
import { foundingDataset } from '../fixtures/datasets';

const NOW = new Date(2026, 10, 29, 12);
const TODAY = '2026-11-29';

/** The founding dataset with one more event on a bill (a moment after today, say). */
function withEvent(date: string): Dataset {
  const ds = foundingDataset();
  (ds.bills[0].events ??= []).push({ date, type: 'effective', description: 'Takes effect', sources: ['S1'] });
  return ds;
}

describe('lateAsOf (the engine’s rule): a date no record reaches yet', () => {
  it('is after today and after the dataset’s last moment; the reason names the date, today and that moment', () => {
    expect(todayIso(NOW)).toBe(TODAY);
    const late = lateAsOf('2030-01-01', foundingDataset(), TODAY);
    expect(late).toEqual({ asOf: '2030-01-01', today: TODAY, last: '2020-01-01' });
    expect(lateAsOfReason(late!)).toBe(
      'asOf "2030-01-01" is after today (29 Nov 2026) and after the dataset\'s last moment (1 Jan 2020): no record reaches it yet',
    );
    expect(lateAsOfReason(late!, '--as-of')).toMatch(/^--as-of "2030-01-01" is after today/);
  });

  it.each([TODAY, '2019-04-24', '2025-01-01', undefined])('%s (today, any day before it, no date at all) is reached', (asOf) => {
    expect(lateAsOf(asOf, foundingDataset(), TODAY)).toBeNull();
  });

  it('a dataset whose last moment is after today is reached up to that moment, not a day beyond', () => {
    const ds = withEvent('2027-07-01');
    expect(lateAsOf('2026-11-30', ds, TODAY)).toBeNull();
    expect(lateAsOf('2027-07-01', ds, TODAY)).toBeNull();
    expect(lateAsOf('2027-07-02', ds, TODAY)).toEqual({ asOf: '2027-07-02', today: TODAY, last: '2027-07-01' });
  });

  it('a month given without its day is read as its last day', () => {
    const ds = withEvent('2026-12');
    expect(lateAsOf('2026-12-31', ds, TODAY)).toBeNull();
    expect(lateAsOf('2027-01-01', ds, TODAY)?.last).toBe('2026-12-31');
  });

  it('the clock is the caller’s: the same date is reached or not as today moves', () => {
    expect(lateAsOf('2030-01-01', foundingDataset(), '2030-01-01')).toBeNull();
    expect(lateAsOf('2030-01-01', foundingDataset(), '2029-12-31')).not.toBeNull();
  });

  it('a dataset with no dated moment: any date after today is late, and the reason says only that', () => {
    const ds: Dataset = { ...foundingDataset(), bills: [{ id: 'a', label: 'A', title: 'A bill' }], links: [], positions: [], context: [] };
    const late = lateAsOf('2027-01-01', ds, TODAY);
    expect(late).toEqual({ asOf: '2027-01-01', today: TODAY });
    expect(lateAsOfReason(late!)).toBe('asOf "2027-01-01" is after today (29 Nov 2026): no record reaches it yet');
  });
});

describe('the address’s notice for a date no record reaches yet', () => {
  it('is after today and after the dataset’s last moment: the latest record is shown, and the notice says why', () => {
    expect(lateAsOfNotice('2030-01-01', foundingDataset(), NOW)).toEqual({
      id: 'url-asOf-late',
      level: 'warning',
      message:
        'asOf "2030-01-01" is after today (29 Nov 2026) and after the dataset\'s last moment (1 Jan 2020): no record reaches it yet; showing the latest record instead',
    });
  });

  it('today, any day before it, or no date at all is fine', () => {
    for (const asOf of [TODAY, '2019-04-24', '2025-01-01', undefined]) expect(lateAsOfNotice(asOf, foundingDataset(), NOW)).toBeNull();
  });

  it('a moment of the dataset’s own after today (a law taking effect next year) is one the record reaches', () => {
    const ds = withEvent('2027-07-01');
    expect(lateAsOfNotice('2027-07-01', ds, NOW)).toBeNull();
    expect(lateAsOfNotice('2027-07-02', ds, NOW)?.message).toContain("after the dataset's last moment (1 Jul 2027)");
  });
});
