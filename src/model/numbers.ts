/**
 * Counts in figures as the app writes them: "1,204". Written out rather than asked of Intl: a page's
 * first Intl call loads locale data (10 to 30 ms in Chromium), and the sentences and the legend that
 * carry counts are drawn on the way to the first frame.
 */

/** An integer with its thousands grouped by commas, as `toLocaleString('en-US')` writes it. */
export function groupDigits(n: number): string {
  // Anything but a plain integer (fractions, -0, beyond 2^53) is rare here: Intl has its rules.
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${grouped}` : grouped;
}
