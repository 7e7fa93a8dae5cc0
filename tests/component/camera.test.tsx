import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBox } from '../../src/graph/core/box';
import { createCamera } from '../../src/graph/core/camera';

/** A container whose box reads count, and an SVG inside whose own size must never be read. */
function setUp() {
  const container = document.createElement('div');
  let reads = 0;
  container.getBoundingClientRect = () => {
    reads++;
    return { left: 10, top: 20, width: 800, height: 600, x: 10, y: 20, right: 810, bottom: 620, toJSON: () => ({}) };
  };
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  // d3-zoom's default viewport reads the SVG's own width (a layout of everything drawn in it).
  for (const prop of ['width', 'height', 'clientWidth', 'clientHeight', 'viewBox'])
    Object.defineProperty(svg, prop, {
      get() {
        throw new Error(`the SVG's ${prop} was read`);
      },
    });
  container.appendChild(svg);
  document.body.appendChild(container);
  return { container, svg, reads: () => reads };
}

afterEach(() => document.body.replaceChildren());

describe('the view box', () => {
  it('is measured once however often it is read in one task, and again in the next', async () => {
    const { container, reads } = setUp();
    const box = createBox(container);
    expect(box.read().width).toBe(800);
    box.read();
    box.read();
    expect(reads()).toBe(1);
    await Promise.resolve();
    box.read();
    expect(reads()).toBe(2);
    box.forget();
    box.read();
    expect(reads()).toBe(3);
  });
});

describe('the camera', () => {
  it('fits and zooms from the kept box, never reading the size of what it draws in', () => {
    const { container, svg, reads } = setUp();
    const seen: Array<{ k: number; x: number; y: number }> = [];
    const camera = createCamera(svg, createBox(container), { wheelZoom: 'always', glide: false, onZoom: (t) => seen.push(t) });
    camera.fit(() => ({ k: 2, x: 5, y: 7 }));
    camera.reveal({ x: 1000, y: 1000 });
    camera.resize(() => null);
    expect(seen[0]).toMatchObject({ k: 2, x: 5, y: 7 });
    // The reveal brought (1000, 1000) inside the 800 x 600 view.
    const t = camera.transform();
    expect(t.k * 1000 + t.x).toBeLessThanOrEqual(800);
    expect(t.k * 1000 + t.y).toBeLessThanOrEqual(600);
    expect(reads()).toBe(1);
    camera.destroy();
  });
});

describe('a focus the page settles around', () => {
  /** A container whose box the test moves, as a page that settles moves the graph. */
  function movable() {
    const container = document.createElement('div');
    let rect = { left: 0, top: 20, width: 800, height: 600 };
    container.getBoundingClientRect = () => ({ ...rect, x: rect.left, y: rect.top, right: 0, bottom: 0, toJSON: () => ({}) });
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    container.appendChild(svg);
    document.body.appendChild(container);
    const box = createBox(container);
    const camera = createCamera(svg, box, { wheelZoom: 'always', glide: false, onZoom: () => {} });
    const move = (next: typeof rect) => {
      rect = next;
      box.forget();
      camera.resize(whole);
    };
    const at = (p: { x: number; y: number }) => {
      const t = camera.transform();
      return { x: t.k * p.x + t.x, y: t.k * p.y + t.y };
    };
    return { camera, move, at };
  }
  const whole = () => ({ k: 0.5, x: 0, y: 0 });
  const focus = { x: 400, y: 300 };

  it('is framed in the box it ends up in, as a page that opened settled frames it', () => {
    // Opened in a 600 px box, revealed at reading size; then a panel above grows and the box is
    // 100 px lower and shorter: the focus is framed again in the new box, not left where it was on the page.
    const settling = movable();
    settling.camera.fit(whole);
    settling.camera.reveal(focus, 2);
    expect(settling.at(focus).y).toBe(300);
    settling.move({ left: 0, top: 120, width: 800, height: 500 });
    const opened = movable();
    opened.move({ left: 0, top: 120, width: 800, height: 500 });
    opened.camera.fit(whole);
    opened.camera.reveal(focus, 2);
    expect(settling.at(focus)).toEqual(opened.at(focus));
    expect(settling.at(focus).y).toBe(250);
    expect(settling.camera.transform().k).toBe(2);
  });
});

describe('the zoom keys', () => {
  /** A camera fitted at zoom 1, its keys heard on the container; a node inside the SVG has the focus. */
  function keyed() {
    const { container, svg } = setUp();
    const node = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    svg.appendChild(node);
    const fit = vi.fn();
    const moved: boolean[] = [];
    const camera = createCamera(svg, createBox(container), {
      wheelZoom: 'always',
      glide: false,
      onZoom: () => {},
      onMoved: (m) => moved.push(m),
      keys: { on: container, fit },
    });
    camera.fit(() => ({ k: 1, x: 0, y: 0 }));
    const press = (key: string, init: KeyboardEventInit = {}) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
      node.dispatchEvent(event);
      return event;
    };
    return { camera, fit, moved, press };
  }

  it("+ and - zoom one step about the middle of the view, as a reader's move; 0 asks for the whole graph", () => {
    const { camera, fit, moved, press } = keyed();
    expect(press('+').defaultPrevented).toBe(true);
    const t = camera.transform();
    expect(t.k).toBeCloseTo(Math.SQRT2);
    // The middle of the 800 x 600 view stays put.
    expect(t.k * 400 + t.x).toBeCloseTo(400);
    expect(t.k * 300 + t.y).toBeCloseTo(300);
    expect(moved).toEqual([true]);
    press('-');
    press('-');
    expect(camera.transform().k).toBeCloseTo(Math.SQRT1_2);
    expect(fit).not.toHaveBeenCalled();
    press('0');
    expect(fit).toHaveBeenCalledTimes(1);
    camera.destroy();
  });

  it('zooms on +, but leaves Ctrl + to the browser, a key another handler took, and every key once destroyed', () => {
    const { camera, press } = keyed();
    expect(press('+', { ctrlKey: true }).defaultPrevented).toBe(false);
    const taken = new KeyboardEvent('keydown', { key: '+', bubbles: true, cancelable: true });
    taken.preventDefault();
    document.querySelector('g')!.dispatchEvent(taken);
    expect(camera.transform().k).toBe(1);
    expect(press('+').defaultPrevented).toBe(true);
    expect(camera.transform().k).toBeCloseTo(Math.SQRT2);
    camera.destroy();
    expect(press('+').defaultPrevented).toBe(false);
    expect(camera.transform().k).toBeCloseTo(Math.SQRT2);
  });
});
