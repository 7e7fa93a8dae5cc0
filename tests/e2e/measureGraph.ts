/** Measures what a reader sees of the graph: nodes cut off, label sizes, labels overlapping, lines through labels, ties over cards. */
import type { Page } from '@playwright/test';

/** What one view of the graph looks like, measured in the page. */
export interface GraphMeasure {
  /** Nodes (or their drawn words) outside the graph's area. */
  outside: string[];
  /** Smallest drawn label in CSS px, per class: bill names, link words, the rest. */
  smallest: { bill: number; link: number; other: number };
  /** Labels drawn: how many. */
  labels: number;
  /** Bills drawn. */
  bills: number;
  /** Bills drawn without their name (a box with no words says nothing). */
  unnamed: string[];
  /** Pairs of drawn labels that overlap. */
  overlaps: string[];
  /** Lines visible through a drawn label (not hidden under a box drawn over them). */
  crossings: string[];
  /**
   * Ties over cards: a link's line, sampled along its length, that lies on a story's card other than
   * those it starts and ends in, or on a node's shape other than its ends' and is not hidden under it.
   */
  tiesOverCards: string[];
}

/** Measures the SVG graph in `[data-testid=graph]` as drawn now. */
export function measureGraph(page: Page): Promise<GraphMeasure> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-testid="graph"]') as HTMLElement;
    const area = host.getBoundingClientRect();
    const shown = (el: Element) => {
      for (let e: Element | null = el; e && e !== host; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false;
      }
      return true;
    };
    const name = (el: Element) => (el.closest('[data-id]') as HTMLElement | null)?.dataset.id ?? '?';
    const outside: string[] = [];
    const inArea = (r: DOMRect) =>
      r.left >= area.left - 1 && r.right <= area.right + 1 && r.top >= area.top - 1 && r.bottom <= area.bottom + 1;
    for (const shape of host.querySelectorAll('g.tb-node > .tb-shape, g.tb-node > .tb-look > .tb-shape')) {
      if (shown(shape) && !inArea(shape.getBoundingClientRect())) outside.push(name(shape));
    }
    // Each drawn run of words: a text, or each line (tspan) of a text that has them.
    const texts = [...host.querySelectorAll<SVGTextContentElement>('svg text, svg tspan')].filter(
      (t) => !(t.tagName === 'text' && t.querySelector('tspan')) && (t.textContent ?? '').trim() !== '' && shown(t),
    );
    const smallest = { bill: Infinity, link: Infinity, other: Infinity };
    const boxes = texts.map((t) => {
      const k = (t.closest('text') as SVGTextElement).getScreenCTM()?.a ?? 1;
      const px = parseFloat(getComputedStyle(t).fontSize) * k;
      const cls = t.classList.contains('tb-t-bill') ? 'bill' : t.closest('.tb-link-label, .tb-edge') ? 'link' : 'other';
      smallest[cls] = Math.min(smallest[cls], Math.round(px * 10) / 10);
      const r = t.getBoundingClientRect();
      if (!inArea(r)) outside.push(`label ${name(t)}`);
      return { t, r, id: name(t) };
    });
    const named = new Set(texts.filter((t) => t.classList.contains('tb-t-bill')).map(name));
    const bills = [...host.querySelectorAll('g.tb-bill')].filter(shown);
    const unnamed = bills.filter((b) => !named.has(name(b))).map(name);
    const overlaps: string[] = [];
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) if (hit(boxes[i].r, boxes[j].r)) overlaps.push(`${boxes[i].id}/${boxes[j].id}`);
    const crossings: string[] = [];
    const paths = [...host.querySelectorAll<SVGPathElement>('g.tb-edge path')].filter((p) => shown(p));
    for (const path of paths) {
      const edge = name(path);
      const len = path.getTotalLength();
      const m = path.getScreenCTM();
      if (!m || !len) continue;
      for (let s = 0; s <= len; s += 3) {
        const q = path.getPointAtLength(s);
        const [x, y] = [m.a * q.x + m.c * q.y + m.e, m.b * q.x + m.d * q.y + m.f];
        const over = boxes.find((b) => b.id !== edge && x > b.r.left && x < b.r.right && y > b.r.top && y < b.r.bottom);
        if (!over) continue;
        // Visible there only if nothing opaque is drawn over the line at that point.
        const stack = document.elementsFromPoint(x, y);
        const top = stack.find((el) => el === path || el.matches('.tb-shape, .tb-row, .tb-pill'));
        if (top === path) {
          crossings.push(`${edge} through ${over.id}`);
          break;
        }
      }
    }
    const tiesOverCards: string[] = [];
    const cards = [...host.querySelectorAll('g.tb-cards rect.tb-card')].filter(shown).map((c) => c.getBoundingClientRect());
    const shapes = [...host.querySelectorAll('g.tb-node > .tb-shape, g.tb-node > .tb-look > .tb-shape')]
      .filter(shown)
      .map((el) => ({ id: name(el), r: el.getBoundingClientRect() }));
    // Inside a rectangle by more than `m` px (a negative `m`: within that far outside it).
    const inside = (r: DOMRect, x: number, y: number, m: number) => x > r.left + m && x < r.right - m && y > r.top + m && y < r.bottom - m;
    for (const path of paths.filter((p) => p.closest('g.tb-edge-link'))) {
      const edge = name(path);
      const len = path.getTotalLength();
      const m = path.getScreenCTM();
      if (!m || !len) continue;
      const points: Array<[number, number]> = [];
      for (let s = 0; s <= len; s += 3) {
        const q = path.getPointAtLength(s);
        points.push([m.a * q.x + m.c * q.y + m.e, m.b * q.x + m.d * q.y + m.f]);
      }
      const q = path.getPointAtLength(len);
      points.push([m.a * q.x + m.c * q.y + m.e, m.b * q.x + m.d * q.y + m.f]);
      // Its own cards and shapes: those its line starts or ends in (or on the edge of).
      const ends = [points[0], points[points.length - 1]];
      const own = (r: DOMRect) => ends.some(([x, y]) => inside(r, x, y, -2));
      const otherCards = cards.filter((r) => !own(r));
      const otherShapes = shapes.filter((sh) => !own(sh.r));
      for (const [x, y] of points) {
        const card = otherCards.find((r) => inside(r, x, y, 1));
        // A card lies under every line: a line on it is always seen.
        if (card) {
          tiesOverCards.push(`${edge} over the card at ${Math.round(card.left)},${Math.round(card.top)}`);
          break;
        }
        const shape = otherShapes.find((sh) => inside(sh.r, x, y, 1));
        if (!shape) continue;
        const top = document.elementsFromPoint(x, y).find((el) => el === path || el.matches('.tb-shape, .tb-row, .tb-pill'));
        if (top === path) {
          tiesOverCards.push(`${edge} over ${shape.id}`);
          break;
        }
      }
    }
    return { outside, smallest, labels: texts.length, bills: bills.length, unnamed, overlaps, crossings, tiesOverCards };
  });
}
