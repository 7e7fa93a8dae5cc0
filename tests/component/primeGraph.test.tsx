import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Prime = typeof import('../../src/graph/primeGraph');

/** A fresh copy of the module (it primes once a page) and a log of what is added to the page. */
async function setUp(): Promise<{ prime: Prime; added: () => Element[]; stop: () => void }> {
  vi.resetModules();
  const prime = await import('../../src/graph/primeGraph');
  const added: Element[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) added.push(n);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { prime, added: () => added, stop: () => observer.disconnect() };
}

const idle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe('priming the graph while the data is on its way', () => {
  let before = '';
  beforeEach(() => {
    before = document.body.innerHTML;
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('draws a story with one of each thing a story writes, out of sight, and takes it away in the same task', async () => {
    const { prime, added, stop } = await setUp();
    prime.primeGraph();
    await vi.waitFor(() => expect(added().some((n) => n.tagName === 'svg')).toBe(true), { timeout: 3000, interval: 20 });
    stop();
    // Nothing is left: the page is as it was, with no view signalling "settled".
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('[data-layout]')).toBeNull();
    const box = added().find((n) => n.parentNode === null && n.tagName === 'DIV') as HTMLElement;
    expect(box.getAttribute('aria-hidden')).toBe('true');
    expect(box.style.visibility).toBe('hidden');
    const svg = added().find((n) => n.tagName === 'svg')!;
    // Every outcome's words, a deciding tie's words and date, a struck provision and groups on both sides.
    const outcomes = [...svg.querySelectorAll('g.tb-bill')].map((b) => b.querySelector('.tb-outcome')?.textContent);
    expect(new Set(outcomes)).toEqual(new Set(['enacted', 'failed', 'pending']));
    expect(svg.querySelector('.tb-link-words')?.textContent).toBeTruthy();
    expect(svg.querySelector('.tb-link-date')?.textContent).toMatch(/2020/);
    expect(svg.querySelectorAll('.tb-struck, [data-struck]').length).toBeGreaterThan(0);
    // A folded group (a pill), a group listed member by member, and a lone sponsor.
    const rows = [...svg.querySelectorAll('g.tb-node')].map((n) => n.getAttribute('data-id') ?? '');
    expect(svg.textContent).toMatch(/3 groups back A 1/);
    expect(svg.textContent).toMatch(/2 groups oppose A 1:/);
    expect(svg.textContent).toMatch(/Sponsor: Sample person/);
    expect(rows.filter((id) => id.startsWith('in:a:'))).toHaveLength(2);
  });

  it('draws nothing once a real view is being made', async () => {
    const { prime, added, stop } = await setUp();
    prime.primeGraph();
    prime.stopPriming();
    await idle();
    stop();
    expect(added()).toEqual([]);
  });

  it('leaves a page that draws on a canvas alone', async () => {
    const { prime, added, stop } = await setUp();
    prime.primeGraph({ renderer: 'canvas' });
    await idle();
    stop();
    expect(added()).toEqual([]);
  });
});
