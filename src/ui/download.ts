/** Offering data to the reader as a file download. */

/** Saves a blob as a file named `name` (through a temporary link). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text as a file. */
export function downloadText(name: string, text: string, type = 'text/csv'): void {
  downloadBlob(name, new Blob([text], { type }));
}

/**
 * The name a file of this view goes by, without its extension: the dataset's id, then the scenario
 * and the date it looks from, so a what-if's picture or table is never taken for the record's
 * ("ca-2019-deadly-force-if-ab392-failed-as-of-2019-04-24").
 */
export function viewFileName(view: { dataset: { id: string } | null; assumptions: Record<string, string>; asOf?: string }): string {
  const scenario = Object.entries(view.assumptions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([bill, fate]) => `-if-${bill}-${fate}`)
    .join('');
  return `${view.dataset?.id ?? 'tiebar'}${scenario}${view.asOf ? `-as-of-${view.asOf}` : ''}`.slice(0, 150);
}
