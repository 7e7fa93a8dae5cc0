import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store';
import { startEmbedBridge } from '../../src/embed/embedBridge';
import { foundingDataset } from '../fixtures/datasets';
import { framedWindow } from '../fixtures/framedWindow';

describe('a focus that names no node', () => {
  it('from the URL: the first dataset opens unfocused, with a notice saying so', () => {
    const store = createAppStore({ focus: 'nosuchnode' });
    store.getState().openDataset(foundingDataset(), 'ca');
    expect(store.getState().focus).toBeNull();
    expect(store.getState().notices).toEqual([
      expect.objectContaining({
        id: 'url-focus',
        message: expect.stringMatching(/^focus "nosuchnode" is not a node of .+; nothing was focused$/),
      }),
    ]);
  });

  it('a known one is kept, without a notice', () => {
    const store = createAppStore({ focus: 'sb230' });
    store.getState().openDataset(foundingDataset(), 'ca');
    expect(store.getState()).toMatchObject({ focus: 'sb230', notices: [] });
  });

  it('the embed answers tiebar:error, not tiebar:select, for the URL and for a command', () => {
    const store = createAppStore({ focus: 'nosuchnode' });
    const { win, posted, send } = framedWindow();
    startEmbedBridge(store, win, new Set(['https://news.example']));
    store.getState().openDataset(foundingDataset(), 'ca');
    expect(posted.map((m) => m.type)).toEqual(['tiebar:ready', 'tiebar:error']);
    expect(posted[1]).toEqual({ type: 'tiebar:error', message: 'no node with id "nosuchnode"' });
    send({ type: 'tiebar:focus', id: 'zz9' });
    expect(posted.at(-1)).toEqual({ type: 'tiebar:error', message: 'no node with id "zz9"' });
    expect(store.getState().focus).toBeNull();
    send({ type: 'tiebar:focus', id: 'sb230' });
    expect(posted.at(-1)).toEqual({ type: 'tiebar:select', id: 'sb230' });
  });
});
