/**
 * Numbers handed out from a counter the librarian can see (the settings journal): reader tickets,
 * inventory numbers, catalogue records. Consecutive, never below 1, never reused: the counter only
 * moves forward, even when the numbered thing is later written off.
 */
export function allocate(next: number, count: number): { numbers: number[]; next: number } {
  const start = Number.isInteger(next) && next >= 1 ? next : 1;
  const numbers = Array.from({ length: count }, (_, i) => start + i);
  return { numbers, next: start + count };
}
