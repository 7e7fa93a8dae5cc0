// Peer for an unbaked dataset: force-graph (canvas) laying out the same bills and links itself, with its own d3-force engine on the page's thread.
import ForceGraph from 'force-graph';

const url = new URLSearchParams(location.search).get('data')!;
const ds = await (await fetch(url)).json();
const nodes: Array<{ id: string }> = [];
for (const b of ds.bills) nodes.push({ id: b.id });
for (const s of ds.stakeholders ?? []) nodes.push({ id: s.id });
const ids = new Set(nodes.map((n) => n.id));
const links: Array<{ source: string; target: string }> = [];
for (const p of ds.positions ?? [])
  if (ids.has(p.stakeholder) && ids.has(p.target)) links.push({ source: p.stakeholder, target: p.target });
for (const l of ds.links ?? []) for (const t of l.to) if (ids.has(l.from) && ids.has(t)) links.push({ source: l.from, target: t });
const w = window as unknown as { __firstFrame?: number; __settled?: number };
new ForceGraph(document.getElementById('graph')!)
  .nodeId('id')
  .onRenderFramePost(() => (w.__firstFrame ??= performance.now()))
  .onEngineStop(() => requestAnimationFrame(() => (w.__settled ??= performance.now())))
  .graphData({ nodes, links });
