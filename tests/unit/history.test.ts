import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo } from '../../src/editor/history';

describe('draft history', () => {
  it('undoes and redoes every change, and a new change drops the redo list', () => {
    let h = startHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'x');
    expect(h.future).toEqual([]);
    expect(redo(h)).toBe(h);
    expect(h.past).toEqual(['a', 'b']);
  });

  it('typing on in one field is one step; another field starts a new one', () => {
    let h = startHistory('');
    for (const v of ['A', 'AB', 'AB 3']) h = record(h, v, 'title');
    h = record(h, 'AB 3!', 'label');
    expect(h.past).toEqual(['', 'AB 3']);
    h = undo(h);
    expect(h.present).toBe('AB 3');
    // After an undo, typing in the same field again is a new step.
    h = record(h, 'AB 39', 'title');
    expect(undo(h).present).toBe('AB 3');
  });

  it('is bounded, and records nothing when nothing changed', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 10; i++) h = record(h, i, null, 4);
    expect(h.past).toEqual([6, 7, 8, 9]);
    expect(record(h, h.present)).toBe(h);
  });
});
