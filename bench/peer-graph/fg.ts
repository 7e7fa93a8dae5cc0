// Peer: vasturiano's force-graph (canvas) drawing the same nodes at the same (fixed) positions.
import ForceGraph from 'force-graph';
import { loadPeerData } from './data';

const { nodes, links } = await loadPeerData();
const colors = new Map(nodes.map((n) => [n.id, n.color]));
let first = true;
const graph = new ForceGraph(document.getElementById('graph')!)
  .nodeId('id')
  .nodeColor((n: object) => colors.get((n as { id: string }).id)!)
  .cooldownTicks(0)
  .onRenderFramePost(() => {
    if (first) {
      first = false;
      (window as unknown as { __firstFrame: number }).__firstFrame = performance.now();
    }
  })
  .graphData({ nodes, links });
graph.zoomToFit(0, 20);
Object.assign(window, {
  __peer: {
    // Greys the node out, or back (a scenario toggled and untoggled).
    toggle(id: string) {
      colors.set(id, colors.get(id) === '#999999' ? nodes.find((n) => n.id === id)!.color : '#999999');
      graph.nodeColor((n: object) => colors.get((n as { id: string }).id)!);
    },
    fit() {
      graph.zoomToFit(0, 20);
    },
    screenPoint(id: string) {
      const n = nodes.find((x) => x.id === id)!;
      return graph.graph2ScreenCoords(n.x, n.y);
    },
  },
});
