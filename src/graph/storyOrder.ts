/**
 * A story's cards in the order that ties most of them to neighbours: the bill order (billOrder.ts)
 * walks the ties depth first, which leaves a bill tied to three or more next to two at most, and an
 * arrangement's rows or columns may part others. For a few cards, every order is tried.
 */

/** Past this many cards, the bill order is kept as it is (7 cards: 720 orders, a millisecond or two; 8 would be 5,040). */
export const MAX_REORDERED = 7;

/** How an order of cards does: its ties' cost (lower is better) and the zoom it is drawn at (higher is better). */
export interface OrderScore {
  cost: number;
  k: number;
}

/**
 * The order of `n` cards (each new place's old index; the first card stays first: the story's lead)
 * that scores best, by `score` (null for an order that will not do), or null when none beats the
 * order as it is (`current`): a lower cost, or the same cost drawn larger. Orders are tried from the
 * nearest the bill order on, so of two as good the nearer is kept.
 */
export function betterOrder(n: number, current: OrderScore, score: (order: readonly number[]) => OrderScore | null): number[] | null {
  if (n < 3 || n > MAX_REORDERED) return null;
  let best: { order: number[]; score: OrderScore } | null = null;
  const order = [0];
  const used = new Array<boolean>(n).fill(false);
  used[0] = true;
  const bar = () => best?.score ?? current;
  const visit = () => {
    if (order.length === n) {
      const s = score(order);
      const b = bar();
      if (s && (s.cost < b.cost || (s.cost === b.cost && s.k > b.k + 1e-9))) best = { order: [...order], score: s };
      return;
    }
    for (let i = 1; i < n; i++) {
      if (used[i]) continue;
      used[i] = true;
      order.push(i);
      visit();
      order.pop();
      used[i] = false;
    }
  };
  visit();
  return best ? (best as { order: number[] }).order : null;
}
