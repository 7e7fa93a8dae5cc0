import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraphState, buildGraphStructure } from '../../src/engine/graphSpec';
import { STORY_MAX_BILLS, buildStoryState, buildStoryStructure, groupId, groupLabel } from '../../src/engine/storyGraph';
import { generateDataset } from '../../src/engine/generate';
import { evaluate } from '../../src/engine';
import { accessibleName } from '../../src/graph/core/names';
import type { Dataset } from '../../src/model';
import { bill, dataset, foundingDataset, link } from '../fixtures/datasets';

describe('the story graph', () => {
  const ds = foundingDataset();
  const full = buildGraphStructure(ds);

  it('summarises stakeholders as one group per bill and side, with their kinds, and keeps every bill, provision and tie', () => {
    const story = buildStoryStructure(ds, full, 'grouped', new Set());
    expect(story.story).toBe(true);
    const groups = story.nodes.filter((n) => n.kind === 'group');
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.members!.length).toBeGreaterThan(2);
      expect(g.kinds!.length).toBeGreaterThan(0);
      expect(story.edges.some((e) => e.source === g.id && e.target === g.parent)).toBe(true);
    }
    const members = new Set(groups.flatMap((g) => g.members!.map((m) => `${g.parent}:${m}`)));
    const listed = story.nodes.filter((n) => n.ref).map((n) => `${n.parent}:${n.ref}`);
    // Every stakeholder with a position is in a group on its bill, or listed under it.
    for (const pos of ds.positions ?? []) {
      const bill = ds.bills.find((b) => b.id === pos.target || b.provisions?.some((p) => p.id === pos.target))!.id;
      expect(members.has(`${bill}:${pos.stakeholder}`) || listed.includes(`${bill}:${pos.stakeholder}`)).toBe(true);
    }
    for (const kind of ['bill', 'provision'] as const)
      expect(story.nodes.filter((n) => n.kind === kind).length).toBe(full.nodes.filter((n) => n.kind === kind).length);
    expect(story.edges.filter((e) => e.kind === 'link')).toEqual(full.edges.filter((e) => e.kind === 'link'));
  });

  it('opens a group into its members, and shows every stakeholder or none on request', () => {
    const grouped = buildStoryStructure(ds, full, 'grouped', new Set());
    const group = grouped.nodes.find((n) => n.kind === 'group')!;
    const opened = buildStoryStructure(ds, full, 'grouped', new Set([group.id]));
    // The group stays, as the heading right above its members (listed bare, opponents would read as backers).
    const at = opened.nodes.findIndex((n) => n.id === group.id);
    expect(opened.nodes[at]).toMatchObject({ kind: 'group', open: true, label: `${group.label}:`, side: group.side });
    const members = opened.nodes.slice(at + 1, at + 1 + group.members!.length);
    expect(members.map((n) => n.ref)).toEqual(group.members);
    expect(members.every((n) => n.parent === group.parent && n.side === group.side)).toBe(true);
    expect(grouped.nodes.find((n) => n.id === group.id)!.open).toBeUndefined();
    // Still tied to its bill (lit with it, there as long as a member's position is).
    expect(opened.edges.filter((e) => e.source === group.id).map((e) => e.target)).toEqual([group.parent]);
    expect(buildStoryStructure(ds, full, 'all', new Set())).toBe(full);
    expect(buildStoryStructure(ds, full, 'none', new Set()).nodes.some((n) => n.kind === 'stakeholder' || n.kind === 'group')).toBe(false);
  });

  it("draws a session's network without stakeholders unless each one is asked for (their lines hid the ties)", () => {
    const generated = generateDataset({ bills: STORY_MAX_BILLS + 50, links: 120, seed: 3 });
    // A legislator who sponsors a dozen bills across the session.
    const session: Dataset = {
      ...generated,
      stakeholders: [{ id: 'rep-a', name: 'Rep. A', kind: 'legislator', sources: [Object.keys(generated.sources)[0]] }],
      positions: generated.bills
        .slice(0, 12)
        .map((b) => ({ stakeholder: 'rep-a', target: b.id, stance: 'sponsor' as const, sources: [Object.keys(generated.sources)[0]] })),
    };
    const network = buildGraphStructure(session);
    expect(network.nodes.some((n) => n.kind === 'stakeholder')).toBe(true);
    for (const mode of ['grouped', 'none'] as const) {
      const drawn = buildStoryStructure(session, network, mode, new Set());
      expect(drawn.story).toBeFalsy();
      expect(drawn.nodes.every((n) => n.kind === 'bill' || n.kind === 'provision')).toBe(true);
      expect(drawn.edges.some((e) => e.kind === 'position')).toBe(false);
      expect(drawn.edges.filter((e) => e.kind === 'link')).toEqual(network.edges.filter((e) => e.kind === 'link'));
      // The same object each time, so the view sees nothing changed.
      expect(buildStoryStructure(session, network, mode, new Set(['x']))).toBe(drawn);
    }
    expect(buildStoryStructure(session, network, 'all', new Set())).toBe(network);
  });

  it('lists a side of two under its heading, and one alone with its side first, so who opposes never reads as backing', () => {
    const small: Dataset = {
      ...dataset([bill('hb4001'), bill('hb4002')], [link('t', 'hb4001', ['hb4002'], {}, 'tie-bar')]),
      stakeholders: [
        { id: 'afl', name: 'Michigan AFL-CIO', kind: 'union', sources: ['s'] },
        { id: 'chamber', name: 'Michigan Chamber of Commerce', kind: 'business', sources: ['s'] },
        { id: 'nfib', name: 'NFIB Michigan', kind: 'business', sources: ['s'] },
        { id: 'rep', name: 'Rep. Kimberly LaSata', kind: 'legislator', sources: ['s'] },
      ],
      positions: [
        { stakeholder: 'afl', target: 'hb4001', stance: 'support', date: '2023-02-20', sources: ['s'] },
        { stakeholder: 'chamber', target: 'hb4001', stance: 'oppose', date: '2023-02-15', sources: ['s'] },
        { stakeholder: 'nfib', target: 'hb4001', stance: 'oppose', date: '2023-02-16', sources: ['s'] },
        { stakeholder: 'rep', target: 'hb4002', stance: 'sponsor', date: '2023-02-01', sources: ['s'] },
        { stakeholder: 'afl', target: 'hb4002', stance: 'neutral', date: '2023-02-21', sources: ['s'] },
      ],
    };
    const story = buildStoryStructure(small, buildGraphStructure(small), 'grouped', new Set());
    const listed = (bill: string) =>
      story.nodes.filter((n) => n.parent === bill && (n.kind === 'group' || n.kind === 'stakeholder')).map((n) => `${n.kind} ${n.label}`);
    expect(listed('hb4001')).toEqual([
      'stakeholder Backs: Michigan AFL-CIO',
      'group 2 groups oppose HB4001:',
      'stakeholder Michigan Chamber of Commerce',
      'stakeholder NFIB Michigan',
    ]);
    expect(listed('hb4002')).toEqual(['stakeholder Sponsor: Rep. Kimberly LaSata', 'stakeholder Neutral: Michigan AFL-CIO']);
    // Always listed, the heading does not fold: nothing offers to.
    const heading = story.nodes.find((n) => n.kind === 'group')!;
    expect(heading.open && heading.fixed).toBe(true);
    const state = buildStoryState(buildGraphState(evaluate(small, { assumptions: {} })), story);
    expect(accessibleName(heading, state)).toBe('2 groups oppose HB4001: listed below');
    const lone = story.nodes.find((n) => n.label === 'Backs: Michigan AFL-CIO')!;
    expect(accessibleName(lone, state)).toBe('Backs: Michigan AFL-CIO, union');
    // A lone member's row stands for its position: present when the position is.
    expect(state.nodes[lone.id].present).toBe(true);
  });

  it('words a group as a reader would say it', () => {
    expect(groupLabel(14, ['advocacy-group', 'union'], 'back', 'AB 392')).toBe('14 groups back AB 392');
    expect(groupLabel(1, ['union'], 'oppose', 'SB 230')).toBe('1 group opposes SB 230');
    expect(groupLabel(8, ['legislator', 'union'], 'back', 'SB 230')).toBe('8 back SB 230');
    expect(groupLabel(3, ['union'], 'other', 'AB 392')).toBe('3 neutral on AB 392');
    expect(groupLabel(1, ['legislator'], 'back', 'HB 4916')).toBe('1 legislator backs HB 4916');
    expect(groupLabel(3, ['legislator'], 'oppose', 'HB 4916')).toBe('3 legislators oppose HB 4916');
    expect(groupLabel(2, ['legislator', 'governor'], 'back', 'HB 4916')).toBe('2 people back HB 4916');
    expect(groupLabel(1, ['legislator'], 'back', 'HB 4638', true)).toBe('Sponsor of HB 4638');
    expect(groupLabel(3, ['legislator'], 'back', 'HB 4638', true)).toBe('3 sponsors of HB 4638');
  });

  it('gives a group the state of its members: there once any position is, on the side it takes', () => {
    const story = buildStoryStructure(ds, full, 'grouped', new Set());
    const state = buildStoryState(buildGraphState(evaluate(ds, { assumptions: {} })), story);
    const back = story.nodes.find((n) => n.id === groupId('ab392', 'back'))!;
    expect(state.nodes[back.id]).toEqual({ present: true });
    expect(state.edges[`pos:${back.id}:ab392`]).toEqual({ present: true, stance: 'support' });
    // Before any member took a position (every position edge absent), the group is not there.
    const fullState = buildGraphState(evaluate(ds, { assumptions: {} }));
    const edges = Object.fromEntries(
      Object.keys(fullState.edges).map((id) => [id, id.startsWith('pos:') ? { present: false } : fullState.edges[id]]),
    );
    const before = buildStoryState({ nodes: fullState.nodes, edges }, story);
    expect(before.nodes[back.id]).toEqual({ present: false });
    expect(before.edges[`pos:${back.id}:ab392`]).toEqual({ present: false });
  });
});

describe('an opened group of many', () => {
  it('lists its first 15 members and says so; the founding story lists all 13 of its largest', () => {
    const tied = JSON.parse(readFileSync('public/data/mi-2020-tied-to-vetoed.json', 'utf8')) as Dataset;
    const open = groupId('hb5444', 'back');
    const story = buildStoryStructure(tied, buildGraphStructure(tied), 'grouped', new Set([open]));
    const group = story.nodes.find((n) => n.id === open)!;
    expect(group.members).toHaveLength(36);
    expect(group.label).toBe('36 sponsors of HB 5444 (15 shown):');
    expect(story.nodes.filter((n) => n.ref && n.parent === 'hb5444')).toHaveLength(15);
    const ds = foundingDataset();
    const ab392 = groupId('ab392', 'back');
    const founding = buildStoryStructure(ds, buildGraphStructure(ds), 'grouped', new Set([ab392]));
    expect(founding.nodes.find((n) => n.id === ab392)!.label).toBe('13 back AB 392:');
    expect(founding.nodes.filter((n) => n.ref && n.parent === 'ab392' && n.side < 0)).toHaveLength(13);
  });
});
