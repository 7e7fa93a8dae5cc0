// Shared by the graph peers: a Tiebar dataset's bills and links as nodes and edges, at its baked positions.
export interface PeerNode {
  id: string;
  x: number;
  y: number;
  fx: number;
  fy: number;
  color: string;
  /** The words a story graph shows for it: a bill's label, a stakeholder's name. */
  label: string;
}

export async function loadPeerData(): Promise<{ nodes: PeerNode[]; links: Array<{ source: string; target: string }> }> {
  const url = new URLSearchParams(location.search).get('data')!;
  const ds = await (await fetch(url)).json();
  const nodes: PeerNode[] = [];
  for (const b of ds.bills) {
    const [x, y] = ds.layout?.[b.id] ?? [0, 0];
    nodes.push({ id: b.id, x, y, fx: x, fy: y, color: '#009e73', label: b.label ?? b.id });
  }
  for (const s of ds.stakeholders ?? []) {
    const [x, y] = ds.layout?.[s.id] ?? [0, 0];
    nodes.push({ id: s.id, x, y, fx: x, fy: y, color: '#0072b2', label: s.name ?? s.id });
  }
  const ids = new Set(nodes.map((n) => n.id));
  const links: Array<{ source: string; target: string }> = [];
  for (const p of ds.positions ?? [])
    if (ids.has(p.stakeholder) && ids.has(p.target)) links.push({ source: p.stakeholder, target: p.target });
  for (const l of ds.links ?? []) for (const t of l.to) if (ids.has(l.from) && ids.has(t)) links.push({ source: l.from, target: t });
  return { nodes, links };
}
