// Peer: a plain d3 SVG graph (circles and lines at the same fixed positions, d3-zoom; with ?words=1, their words too).
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import { loadPeerData } from './data';

const { nodes, links } = await loadPeerData();
const at = new Map(nodes.map((n) => [n.id, n]));
const svg = select<SVGSVGElement, unknown>('#graph');
const g = svg.append('g');
g.append('g')
  .selectAll('line')
  .data(links)
  .join('line')
  .attr('x1', (l) => at.get(l.source)!.x)
  .attr('y1', (l) => at.get(l.source)!.y)
  .attr('x2', (l) => at.get(l.target)!.x)
  .attr('y2', (l) => at.get(l.target)!.y)
  .attr('stroke', '#999');
const circles = g
  .append('g')
  .selectAll('circle')
  .data(nodes)
  .join('circle')
  .attr('cx', (n) => n.x)
  .attr('cy', (n) => n.y)
  .attr('r', 8)
  .attr('data-id', (n) => n.id)
  .attr('fill', (n) => n.color);
// With ?words=1, each node's words beside it, as a story graph must show them: what words add to a first frame.
if (new URLSearchParams(location.search).has('words'))
  g.append('g')
    .selectAll('text')
    .data(nodes)
    .join('text')
    .attr('x', (n) => n.x + 12)
    .attr('y', (n) => n.y + 5)
    .attr('font-size', (n) => (n.color === '#009e73' ? 14 : 12))
    .attr('font-weight', (n) => (n.color === '#009e73' ? 700 : 400))
    .text((n) => n.label);
const z = zoom<SVGSVGElement, unknown>().on('zoom', (e) => g.attr('transform', e.transform.toString()));
svg.call(z);
const xs = nodes.map((n) => n.x);
const ys = nodes.map((n) => n.y);
const [w, h] = [innerWidth, innerHeight];
const k = Math.min(w / (Math.max(...xs) - Math.min(...xs) + 100), h / (Math.max(...ys) - Math.min(...ys) + 100));
svg.call(
  z.transform,
  zoomIdentity
    .translate(w / 2 - (k * (Math.max(...xs) + Math.min(...xs))) / 2, h / 2 - (k * (Math.max(...ys) + Math.min(...ys))) / 2)
    .scale(k),
);
requestAnimationFrame(() => ((window as unknown as { __firstFrame: number }).__firstFrame = performance.now()));
Object.assign(window, {
  __peer: {
    // Greys the node out, or back (a scenario toggled and untoggled).
    toggle(id: string) {
      const c = circles.filter((n) => n.id === id);
      c.attr('fill', c.attr('fill') === '#999999' ? (c.datum() as { color: string }).color : '#999999');
    },
  },
});
