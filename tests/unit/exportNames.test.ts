import { describe, expect, it } from 'vitest';
import { viewFileName } from '../../src/ui/download';
import { creditLine } from '../../src/graph/exportImage';

describe('what an exported file says of itself', () => {
  it.each([
    [{}, undefined, 'ca-2019-deadly-force'],
    [{ ab392: 'failed' }, undefined, 'ca-2019-deadly-force-if-ab392-failed'],
    [{ sb230: 'enacted', ab392: 'failed' }, '2019-04-24', 'ca-2019-deadly-force-if-ab392-failed-if-sb230-enacted-as-of-2019-04-24'],
  ])('a view assuming %j, as of %s, is saved as %s', (assumptions, asOf, name) => {
    expect(viewFileName({ dataset: { id: 'ca-2019-deadly-force' }, assumptions, asOf })).toBe(name);
  });

  it('credits the dataset, then Tiebar; Tiebar once where the dataset has no credit', () => {
    expect(creditLine('Data: LegiScan (legiscan.com), CC BY 4.0')).toBe('Data: LegiScan (legiscan.com), CC BY 4.0 · made with Tiebar');
    expect(creditLine(undefined)).toBe('Made with Tiebar');
    expect(creditLine('  ')).toBe('Made with Tiebar');
  });
});
