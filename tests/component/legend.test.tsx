import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { Legend } from '../../src/ui/Legend';
import type { GraphNode } from '../../src/engine/graphSpec';

const person = (id: string, kind: NonNullable<GraphNode['stakeholderKind']>): GraphNode => ({
  id,
  kind: 'stakeholder',
  label: id,
  stakeholderKind: kind,
  side: 0,
});

describe('the legend keys stakeholder dots by colour', () => {
  it('kinds drawn in the same colour share one entry; a colour of its own keeps its own', () => {
    const nodes = [
      person('a', 'advocacy-group'),
      person('b', 'union'),
      person('c', 'coalition'),
      person('d', 'family'),
      person('e', 'civic-group'),
      person('f', 'law-enforcement-association'),
    ];
    render(<Legend structure={{ nodes, edges: [] }} state={{ nodes: {}, edges: {} }} />);
    const keys = within(screen.getByRole('group', { name: 'Legend' }))
      .getAllByText(/./, { selector: '.tb-kind' })
      .map((k) => [k.textContent, k.style.getPropertyValue('--dot')]);
    expect(keys).toEqual([
      ['advocacy group or coalition', '#0072B2'],
      ['union', '#56B4E9'],
      ['family or civic group', '#E69F00'],
      ['law enforcement', '#000000'],
    ]);
  });

  it("a group's key lists only the kinds its dots show (its three most common), not every member's", () => {
    const group: GraphNode = {
      id: 'g',
      kind: 'group',
      label: '13 back AB 392',
      side: -1,
      members: [],
      kinds: ['advocacy-group', 'legislator', 'union', 'coalition', 'family'],
    };
    render(<Legend structure={{ nodes: [group], edges: [], story: true }} state={{ nodes: {}, edges: {} }} />);
    const keys = within(screen.getByRole('group', { name: 'Legend' }))
      .getAllByText(/./, { selector: '.tb-kind' })
      .map((k) => k.textContent);
    expect(keys).toEqual(['advocacy group', 'legislator', 'union']);
  });
});

describe('the legend keys outcomes', () => {
  it("lists only the outcomes of the nodes drawn, though the state holds more (a session drawn as one bill's story)", () => {
    const bill = (id: string): GraphNode => ({ id, kind: 'bill', label: id.toUpperCase(), side: 0 });
    const state = {
      nodes: {
        a: { present: true, outcome: 'inoperative' as const },
        b: { present: true, outcome: 'failed' as const },
        c: { present: true, outcome: 'enacted' as const },
        d: { present: true, outcome: 'contingent' as const },
      },
      edges: {},
    };
    const { container } = render(<Legend structure={{ nodes: [bill('a'), bill('b')], edges: [], story: true }} state={state} />);
    expect([...container.querySelectorAll('summary .tb-badge')].map((b) => b.getAttribute('data-outcome')).sort()).toEqual([
      'failed',
      'inoperative',
    ]);
  });

  it('keys a provision struck from its bill, and one that falls with it, only when one is drawn', () => {
    const provision = (id: string): GraphNode => ({ id, kind: 'provision', label: id, side: 0, parent: 'a' });
    const keys = (nodes: Record<string, { present: boolean; struck?: string; fallen?: boolean }>) => {
      const { container, unmount } = render(
        <Legend structure={{ nodes: Object.keys(nodes).map(provision), edges: [], story: true }} state={{ nodes, edges: {} }} />,
      );
      const words = [...container.querySelectorAll('.tb-boxkey:not(.tb-key-unused)')].map((k) => k.textContent);
      unmount();
      return words;
    };
    expect(keys({ p: { present: true } })).toEqual([]);
    expect(keys({ p: { present: true, fallen: true } })).toEqual(['dotted grey: falls with its bill']);
    expect(keys({ p: { present: true, struck: '23 Apr 2019' }, q: { present: true, fallen: true } })).toEqual([
      'crossed out: struck from its bill',
      'dotted grey: falls with its bill',
    ]);
    // A struck provision of a fallen bill is drawn struck: it keys that alone.
    expect(keys({ p: { present: true, struck: '23 Apr 2019', fallen: true } })).toEqual(['crossed out: struck from its bill']);
  });

  it('keeps the unseen places of keys not drawn now after every key shown, so none sits after a gap', () => {
    const edge = { id: 'e', kind: 'link' as const, source: 'a', target: 'b', linkKind: 'contingent-enactment' as const };
    const nodes: GraphNode[] = [
      { id: 'a', kind: 'bill', label: 'A', side: 0 },
      { id: 'b', kind: 'bill', label: 'B', side: 0 },
      { id: 'p', kind: 'provision', label: 'p', side: 0, parent: 'a' },
    ];
    const { container } = render(
      <Legend
        structure={{ nodes, edges: [edge], story: true }}
        state={{ nodes: { a: { present: true }, b: { present: true }, p: { present: true } }, edges: { e: { present: true } } }}
      />,
    );
    const row = container.querySelector('summary + .tb-legend-row')!;
    const unseen = [...row.children].map((k) => k.classList.contains('tb-key-unused'));
    expect(unseen).toContain(true);
    expect(row.textContent).toContain('operative only if');
    expect(unseen.slice(unseen.indexOf(true))).not.toContain(false);
  });
});

describe('the outcome keys a date can bring', () => {
  const edge = { id: 'e', kind: 'link' as const, source: 'a', target: 'b', linkKind: 'tie-bar' as const };
  const nodes: GraphNode[] = [
    { id: 'a', kind: 'bill', label: 'A', side: 0 },
    { id: 'b', kind: 'bill', label: 'B', side: 0 },
  ];
  const state = {
    nodes: { a: { present: true, outcome: 'inoperative' as const }, b: { present: true, outcome: 'failed' as const } },
    edges: {},
  };
  const kept = (dated: boolean) => {
    const { container, unmount } = render(<Legend structure={{ nodes, edges: [edge] }} state={state} dated={dated} />);
    const words = [...container.querySelectorAll('summary .tb-key-unused')].map((k) => k.textContent?.toLowerCase());
    unmount();
    return words;
  };

  it('keep their places unseen where the page has a timeline: pending (before a bill was decided), contingent (a bill that hangs on another waited), so scrubbing to the first day never widens the key', () => {
    expect(kept(true)).toEqual(['pending', 'contingent']);
  });

  it('keep none in an embed, which shows one date', () => {
    expect(kept(false)).toEqual([]);
  });
});

describe("the legend's link keys", () => {
  const bill = (id: string): GraphNode => ({ id, kind: 'bill', label: id, side: 0 });
  const link = (id: string, linkKind: 'contingent-enactment' | 'tie-bar' | 'prior-session', label: string) => ({
    id,
    kind: 'link' as const,
    linkKind,
    source: 'a',
    target: 'b',
    label,
  });
  const keys = () => [...document.querySelectorAll('.tb-linkkey, .tb-linkkey-loose')].map((k) => k.textContent);

  it('name only the kinds of tie the graph draws, in its words', () => {
    const nodes = [bill('a'), bill('b')];
    const { unmount } = render(
      <Legend
        structure={{
          nodes,
          edges: [link('l1', 'contingent-enactment', 'operative only if'), link('l2', 'prior-session', 'prior session')],
        }}
        state={{ nodes: {}, edges: {} }}
      />,
    );
    // The California story: no tie-bar is drawn, so none is keyed.
    expect(keys()).toEqual(['→ operative only if: decides whether a bill takes effect', '⇢ prior session: decides nothing']);
    unmount();
    render(<Legend structure={{ nodes, edges: [link('l3', 'tie-bar', 'tie-bar')] }} state={{ nodes: {}, edges: {} }} />);
    expect(keys()).toEqual(['→ tie-bar: decides whether a bill takes effect']);
  });
});

describe("the embed's key says what each outcome word means", () => {
  const bill = (id: string): GraphNode => ({ id, kind: 'bill', label: id.toUpperCase(), side: 0 });
  const state = {
    nodes: { a: { outcome: 'inoperative' as const, present: true }, b: { outcome: 'failed' as const, present: true } },
    edges: {},
  };

  it('for the outcomes drawn, in words a reader who never hovers a badge reads', () => {
    render(<Legend structure={{ nodes: [bill('a'), bill('b')], edges: [] }} state={state} meanings />);
    const meanings = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(meanings).toEqual([
      'the bill itself does not become law',
      'it may be enacted, but a bill it hangs on failed, so it can never take effect',
    ]);
  });

  it("and the app's, beside its details panel and tooltips, does not", () => {
    render(<Legend structure={{ nodes: [bill('a'), bill('b')], edges: [] }} state={state} />);
    expect(screen.queryAllByRole('definition')).toHaveLength(0);
  });
});
