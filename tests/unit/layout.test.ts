import { describe, expect, it } from 'vitest';
import { buildGraphStructure } from '../../src/engine/graphSpec';
import { computeLayout, orderBills } from '../../src/graph/layout';
import { resolvePositions } from '../../src/graph/positions';
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

describe('baked layouts', () => {
  it.each(['ca-2019-deadly-force', 'mi-2020-tied-to-vetoed'])(
    'public/data/%s.json carries the layout `bake` computes (not stale)',
    async (id) => {
      const { readFileSync } = await import('node:fs');
      const { parseDatasetText } = await import('../../src/model');
      const r = parseDatasetText(readFileSync(`public/data/${id}.json`, 'utf8'));
      if (!r.ok) throw new Error('invalid');
      const { layout, ...rest } = r.dataset;
      const fresh = computeLayout(buildGraphStructure(rest));
      expect(Object.keys(layout ?? {}).sort()).toEqual([...fresh.keys()].sort());
      for (const [nodeId, p] of fresh) expect(layout![nodeId]).toEqual([Math.round(p.x) || 0, Math.round(p.y) || 0]);
    },
  );

  it('a baked layout is used as is, and only new nodes are placed', async () => {
    const ds = foundingDataset();
    // Fully baked: placed at once (no layout run), every node exactly where the dataset says.
    const placed = resolvePositions(buildGraphStructure(ds), new Map());
    expect(placed).toBeInstanceOf(Map);
    for (const [id, [x, y]] of Object.entries(ds.layout!)) expect((placed as Map<string, unknown>).get(id)).toEqual({ x, y });

    // One bill the layout does not name: it alone is placed, the baked nodes stay put.
    const grown = { ...ds, bills: [...ds.bills, { ...ds.bills[0], id: 'new-bill', label: 'New', provisions: undefined }] };
    const structure = buildGraphStructure(grown);
    const positions = await resolvePositions(structure, new Map());
    for (const [id, [x, y]] of Object.entries(ds.layout!)) expect(positions.get(id)).toEqual({ x, y });
    expect(Number.isFinite(positions.get('new-bill')?.x)).toBe(true);
    expect(positions.size).toBe(structure.nodes.length);
  });
});
