import { describe, expect, it } from 'vitest';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import { computeLayout, orderBills } from '../../src/graph/layout';
import { foundingDataset } from '../fixtures/datasets';

describe('computeLayout', () => {
  const structure = buildGraphStructure(foundingDataset());

  it('is deterministic: same structure, same positions', () => {
    expect([...computeLayout(structure)]).toEqual([...computeLayout(structure)]);
  });

  it('never mutates the structure it is given', () => {
    const before = JSON.stringify(structure);
    computeLayout(structure);
    expect(JSON.stringify(structure)).toBe(before);
  });

  it('keeps positions by id when given previous ones', () => {
    const first = computeLayout(structure);
    const moved = new Map(first);
    moved.set('sb230', { x: 999, y: -999 });
    moved.delete('ab931');
    const again = computeLayout(structure, moved);
    expect(again.get('sb230')).toEqual({ x: 999, y: -999 });
    expect(again.get('ab392')).toEqual(first.get('ab392'));
    expect(again.get('ab931')).toBeDefined();
  });

  it('puts linked bills next to each other, backers above and opponents below', () => {
    expect(orderBills(structure)).toEqual(['sb230', 'ab392', 'ab931']);
    const pos = computeLayout(structure);
    expect(pos.get('caballero')!.y).toBeLessThan(pos.get('sb230')!.y);
    expect(pos.get('youth-alive')!.y).toBeGreaterThan(pos.get('sb230')!.y);
  });
});
