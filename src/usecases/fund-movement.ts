/**
 * Summary-book part 3 (the movement of the fund per year) kept up to date: recomputed from parts 1
 * and 2 after every receipt or withdrawal and written over the rows it had, so that it always agrees
 * with them. Parts 1-3 are small journals (a row per batch, per act, four per year): reading them whole
 * costs the same in year five as in year one, near enough.
 */
import { breakdownCells, breakdownFromRow, fundMovement, type Breakdown } from '../domain/fund';
import type { IsoDate } from '../domain/dates';
import type { JournalRow } from '../journals/codec';
import type { StoredRow } from '../journals/table';
import type { Workbook } from '../journals/workbook';

export interface Entry {
  date: IsoDate;
  figures: Breakdown;
}

export interface MovementWriter {
  /** Writes part 3 as parts 1 and 2 stand with the new entries added. */
  write(newReceipt: Entry | null, newWithdrawal: Entry | null, throughYear: number): void;
}

function entries(rows: readonly StoredRow[]): Entry[] {
  return rows
    .filter((r) => typeof r.values.date === 'string' && r.values.date)
    .map((r) => ({ date: String(r.values.date), figures: breakdownFromRow(r.values) }));
}

/** Reads what part 3 needs (the parts a caller has read already are passed in, not read twice). */
export function prepareMovement(wb: Workbook, already: { receipts?: StoredRow[]; withdrawals?: StoredRow[] } = {}): MovementWriter {
  const receipts = entries(already.receipts ?? wb.journal('summaryBookReceipts').readAll());
  const withdrawals = entries(already.withdrawals ?? wb.journal('summaryBookWithdrawals').readAll());
  const totals = wb.journal('summaryBookTotals');
  const existing = new Map<string, StoredRow>();
  for (const r of totals.readAll()) existing.set(`${r.values.year}|${r.values.line}`, r);
  return {
    write(newReceipt, newWithdrawal, throughYear) {
      const rows = fundMovement(
        newReceipt ? [...receipts, newReceipt] : receipts,
        newWithdrawal ? [...withdrawals, newWithdrawal] : withdrawals,
        throughYear,
      );
      const updates: Array<{ rowNumber: number; values: JournalRow }> = [];
      const appends: JournalRow[] = [];
      for (const row of rows) {
        const values: JournalRow = { year: row.year, line: row.line, ...breakdownCells(row.figures, 'copies') };
        const at = existing.get(`${row.year}|${row.line}`);
        if (!at) appends.push(values);
        else if (Object.keys(values).some((k) => at.values[k] !== values[k])) updates.push({ rowNumber: at.rowNumber, values });
      }
      totals.update(updates);
      totals.append(appends);
    },
  };
}
