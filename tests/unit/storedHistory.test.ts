import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { record, startHistory, undo } from '../../src/editor/history';
import type { History } from '../../src/editor/history';
import { applyPatch, diffJson, isPatch } from '../../src/editor/jsonPatch';
import { encodeHistory, restoreHistory } from '../../src/editor/storedHistory';
import { addBill, newDraft, removeBill, setIn, setTitle } from '../../src/model/edit';
import type { Draft } from '../../src/model/edit';
import { foundingDataset } from '../fixtures/datasets';

/** What a draft and its history look like after a trip through storage (structured clone: no shared objects). */
const kept = (h: History<Draft>) => structuredClone({ dataset: h.present, history: encodeHistory(h) });
const reopened = (h: History<Draft>) => {
  const k = kept(h);
  return restoreHistory(k.dataset, k.history);
};
const json = (h: History<Draft>) => JSON.parse(JSON.stringify({ past: h.past, present: h.present, future: h.future }));

/** A history of `n` title steps on a new draft, the title carrying `pad` characters each. */
function titles(n: number, pad = 0): History<Draft> {
  let h = startHistory(newDraft());
  for (let i = 1; i <= n; i++) h = record(h, setTitle(h.present, `Step ${i} ${'x'.repeat(pad)}`));
  return h;
}

describe('the history kept with a draft', () => {
  it('comes back step for step: undo and redo give the same versions as before the reload', () => {
    let h = startHistory(foundingDataset() as Draft);
    h = record(h, setTitle(h.present, 'Deadly force, rewritten'));
    h = record(h, addBill(h.present, 'AB 1', 'A new bill')[0]);
    h = record(h, setIn(h.present, ['bills', 0, 'summary'], 'Shorter.'), 'bills.0.summary');
    h = record(h, removeBill(h.present, 'sb230'));
    h = undo(h);
    const back = reopened(h);
    expect(json(back)).toEqual(json(h));
    expect(back.key).toBeNull();
  });

  it('keeps a step as what changed, not the whole draft', () => {
    const h = record(startHistory(foundingDataset() as Draft), setTitle(foundingDataset() as Draft, 'Renamed'));
    expect(JSON.stringify(encodeHistory(h)).length).toBeLessThan(200);
  });

  it('stays within its budget, dropping the oldest steps first', () => {
    const h = titles(50, 1000);
    const budget = 20_000;
    const stored = encodeHistory(h, budget);
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(budget);
    const back = restoreHistory(h.present, stored);
    expect(back.past.length).toBeGreaterThan(5);
    expect(back.past.length).toBeLessThan(50);
    // The latest steps are the ones kept.
    expect(back.past.map((d) => d.title)).toEqual(h.past.slice(-back.past.length).map((d) => d.title));
  });

  it('drops every step older than one too big to keep, never one in the middle', () => {
    let h = titles(3);
    h = record(h, setTitle(h.present, 'y'.repeat(5000)));
    h = record(h, setTitle(h.present, 'Short'));
    h = record(h, setTitle(h.present, 'After'));
    // Undoing to "Short" fits; the step before it does not, so nothing older comes back either.
    const back = restoreHistory(h.present, encodeHistory(h, 3000));
    expect(back.past.map((d) => d.title)).toEqual(['Short']);
    const roomy = restoreHistory(h.present, encodeHistory(h, 20_000));
    expect(roomy.past.map((d) => d.title)).toEqual(h.past.map((d) => d.title));
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'undo'],
    ['an older format', { undo: [[{ op: 'set', path: ['title'], value: 'x' }]], redo: [] }],
    ['a later format', { format: 2, undo: [], redo: [] }],
    ['undo not a list', { format: 1, undo: {}, redo: [] }],
    ['a malformed step', { format: 1, undo: [[{ op: 'set', path: 'title', value: 'x' }]], redo: [] }],
    ['an unknown operation', { format: 1, undo: [[{ op: 'move', path: ['title'] }]], redo: [] }],
    ['a step that does not fit the draft', { format: 1, undo: [[{ op: 'set', path: ['bills', 7, 'title'], value: 'x' }]], redo: [] }],
    ['a splice past the end', { format: 1, undo: [[{ op: 'splice', path: ['bills'], start: 0, remove: 9, insert: [] }]], redo: [] }],
    ['a step that is not a draft', { format: 1, undo: [[{ op: 'set', path: [], value: 42 }]], redo: [] }],
    ['a path through the prototype', { format: 1, undo: [[{ op: 'set', path: ['__proto__', 'polluted'], value: 1 }]], redo: [] }],
    // Well formed, but a version the editor cannot show: it reads every bill's id.
    [
      'bills that are not objects',
      { format: 1, undo: [[{ op: 'splice', path: ['bills'], start: 0, remove: 0, insert: [42, null] }]], redo: [] },
    ],
    ['links that are not a list', { format: 1, undo: [[{ op: 'set', path: ['links'], value: 'x' }]], redo: [] }],
  ])('ignores %s: the draft opens with an empty history', (_name, stored) => {
    const draft = titles(2).present;
    const h = restoreHistory(draft, stored);
    expect(h.present).toBe(draft);
    expect(h.past).toEqual([]);
    expect(h.future).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// Any JSON value, with keys that often collide, and arrays that grow and shrink.
const key = fc.constantFrom('a', 'b', 'c', 'title', 'bills');
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), tie('arr'), tie('obj')),
  arr: fc.array(tie('node'), { maxLength: 5 }),
  obj: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
})).node;

describe('patches between versions', () => {
  it('turn any version into any other, and survive storage', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        const patch = structuredClone(diffJson(a, b));
        expect(isPatch(patch)).toBe(true);
        expect(applyPatch(structuredClone(a), patch)).toEqual(b);
      }),
    );
  });

  it('an item added to a long list stores that item only', () => {
    const a = { bills: Array.from({ length: 500 }, (_, i) => ({ id: `b${i}` })) };
    const b = { bills: [...a.bills.slice(0, 200), { id: 'new' }, ...a.bills.slice(200)] };
    expect(diffJson(a, b)).toEqual([{ op: 'splice', path: ['bills'], start: 200, remove: 0, insert: [{ id: 'new' }] }]);
  });
});
