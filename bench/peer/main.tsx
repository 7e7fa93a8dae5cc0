// The peer for the embed benchmark: the same view (the founding dataset's graph with a title and
// a "what if AB 392 fails" toggle) built the plain way, with React and force-graph (canvas).
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import ForceGraph from 'force-graph';

interface Node {
  id: string;
  label: string;
  kind: string;
}

function PeerEmbed() {
  const el = useRef<HTMLDivElement>(null);
  const [title, setTitle] = useState('Loading…');
  const [fails, setFails] = useState(false);
  const graph = useRef<InstanceType<typeof ForceGraph> | null>(null);
  useEffect(() => {
    let first = true;
    void fetch('data/ca-2019-deadly-force.json')
      .then((r) => r.json())
      .then((ds) => {
        setTitle(ds.title);
        const nodes: Node[] = [];
        const links: Array<{ source: string; target: string }> = [];
        for (const b of ds.bills) {
          nodes.push({ id: b.id, label: b.label, kind: 'bill' });
          for (const p of b.provisions ?? []) {
            nodes.push({ id: p.id, label: p.label, kind: 'provision' });
            links.push({ source: b.id, target: p.id });
          }
        }
        for (const s of ds.stakeholders ?? []) nodes.push({ id: s.id, label: s.name, kind: 'stakeholder' });
        for (const p of ds.positions ?? []) links.push({ source: p.stakeholder, target: p.target });
        for (const l of ds.links ?? []) for (const t of l.to) links.push({ source: l.from, target: t });
        graph.current = new ForceGraph(el.current!)
          .width(el.current!.clientWidth)
          .height(480)
          .nodeLabel('label')
          .nodeAutoColorBy('kind')
          .onRenderFramePost(() => {
            if (first) {
              first = false;
              (window as unknown as { __firstFrame: number }).__firstFrame = performance.now();
            }
          })
          .graphData({ nodes, links });
      });
    return () => graph.current?._destructor();
  }, []);
  useEffect(() => {
    graph.current?.nodeColor((n: object) =>
      (n as Node).id === 'sb230' && fails ? 'orange' : (n as Node).kind === 'bill' ? 'green' : 'steelblue',
    );
  }, [fails]);
  return (
    <main>
      <h1>{title}</h1>
      <label>
        <input type="checkbox" checked={fails} onChange={(e) => setFails(e.target.checked)} /> What if AB 392 fails?
      </label>
      <div ref={el} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<PeerEmbed />);
