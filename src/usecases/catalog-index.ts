/**
 * The catalogue index's copies cell, updated wherever a copy changes state (issue, return, renew,
 * reservation, write-off): one update per title row touched.
 */
import { decodeCopies, encodeCopies, withStatus, type CopyStatus } from '../domain/copies';
import type { JournalRow } from '../journals/codec';
import type { StoredRow } from '../journals/table';

/** Updates of the catalogue index rows whose copies change state (one per title touched). */
export function indexUpdates(indexRows: readonly StoredRow[], changes: ReadonlyMap<number, CopyStatus[]>, now: string): Array<{ rowNumber: number; values: JournalRow }> {
  const out: Array<{ rowNumber: number; values: JournalRow }> = [];
  for (const row of indexRows) {
    const mine = changes.get(Number(row.values.titleId));
    if (!mine || mine.length === 0) continue;
    out.push({ rowNumber: row.rowNumber, values: { copies: encodeCopies(withStatus(decodeCopies(row.values.copies), mine)), updatedAt: now } });
  }
  return out;
}
