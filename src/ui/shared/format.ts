/** How the sidebars write numbers, sums and days for her: one way everywhere. */

/** Consecutive numbers as runs, sorted: [1, 2, 3, 5] → [[1, 3], [5, 5]]. */
function runs(list: readonly number[]): Array<[number, number]> {
  const sorted = [...list].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push([sorted[i], sorted[j]]);
    i = j + 1;
  }
  return out;
}

/** "1–3, 5" to read: runs of three or more with a dash, two in a row as "4, 5"; at most `max` parts, then "…". */
export function rangeText(list: readonly number[], max = Infinity): string {
  const parts = runs(list).map(([a, b]) => (a === b ? String(a) : b === a + 1 ? `${a}, ${b}` : `${a}–${b}`));
  return parts.length > max ? parts.slice(0, max).join(', ') + ', …' : parts.join(', ');
}

/** "1-3\n5" for an inventory-numbers box: one part a line, runs of three or more as "1-3" (parseInventoryList reads them back). */
export function rangeLines(list: readonly number[]): string {
  return runs(list)
    .map(([a, b]) => (a === b ? String(a) : b === a + 1 ? `${a}\n${b}` : `${a}-${b}`))
    .join('\n');
}

/** "5 711" or "2 941,50": tenge grouped by thousands with no-break spaces, tiyn only when there are some. */
export function sumText(tenge: number): string {
  const [whole, frac] = Math.abs(tenge).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return (tenge < 0 ? '-' : '') + grouped + (frac === '00' ? '' : ',' + frac);
}

/**
 * A link read from a journal cell (a Doc, a photo, a scan), for an <a href>: any editor of the workbook may
 * change the cell, so only an https address is a link; anything else (a javascript: text) is ''.
 */
export function webLink(url: unknown): string {
  const s = String(url ?? '').trim();
  return /^https:\/\/[^\s]+$/i.test(s) ? s : '';
}

export { dayText } from '../../domain/dates';
