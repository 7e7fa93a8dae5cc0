import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store';
import { startEmbedBridge } from '../../src/embed/embedBridge';
import type { Dataset } from '../../src/model';
import { foundingDataset } from '../fixtures/datasets';
import { framedWindow } from '../fixtures/framedWindow';

const NOW = new Date(2026, 10, 29, 12);

/** An embed showing `dataset` with its bridge on a fixed clock. */
function embedShowing(dataset: Dataset) {
  const store = createAppStore({});
  const frame = framedWindow();
  startEmbedBridge(store, frame.win, new Set(['https://news.example']), () => NOW);
  store.getState().openDataset(dataset, 'ca');
  return { store, ...frame };
}

describe('tiebar:setAsOf with a date no record reaches yet', () => {
  it('is refused with tiebar:error naming the date, today and the last moment; the view is kept', () => {
    const { store, posted, send } = embedShowing(foundingDataset());
    send({ type: 'tiebar:setAsOf', asOf: '2019-04-22' });
    expect(store.getState().asOf).toBe('2019-04-22');
    const before = posted.length;
    send({ type: 'tiebar:setAsOf', asOf: '2199-01-01' });
    expect(posted.slice(before)).toEqual([
      {
        type: 'tiebar:error',
        message:
          'asOf "2199-01-01" is after today (29 Nov 2026) and after the dataset\'s last moment (1 Jan 2020): no record reaches it yet; the view was not changed',
      },
    ]);
    expect(store.getState().asOf).toBe('2019-04-22');
  });

  it('a moment of the dataset’s own after today is looked from; the day after it is refused', () => {
    const ds = foundingDataset();
    (ds.bills[0].events ??= []).push({ date: '2027-07-01', type: 'effective', description: 'Takes effect', sources: ['S1'] });
    const { store, posted, send } = embedShowing(ds);
    send({ type: 'tiebar:setAsOf', asOf: '2027-07-01' });
    expect(store.getState().asOf).toBe('2027-07-01');
    send({ type: 'tiebar:setAsOf', asOf: '2027-07-02' });
    expect(posted.at(-1)).toMatchObject({
      type: 'tiebar:error',
      message: expect.stringContaining("after the dataset's last moment (1 Jul 2027)"),
    });
    expect(store.getState().asOf).toBe('2027-07-01');
    send({ type: 'tiebar:setAsOf', asOf: null });
    expect(store.getState().asOf).toBeUndefined();
  });
});
