/**
 * The workbook as journals, seen from outside the add-on (CLI, preview, tests): a journal's rows keyed
 * by column key, found the way the add-on finds them, by developer metadata. Not counted.
 */
import { COLUMN_KEY, JOURNAL_KEY } from '../src/journals/layout';
import type { SpreadsheetInspector } from './services/spreadsheet';
import { wallOf } from './services/spreadsheet/values';

export type RowObject = Record<string, string | number | boolean | null>;

export function journalSheetId(inspect: SpreadsheetInspector, journalId: string): number | null {
  const md = inspect.developerMetadata().find((m) => m.key === JOURNAL_KEY && m.value === journalId && m.locationType === 'SHEET');
  return md && md.sheetId !== null ? md.sheetId : null;
}

/** Column key → 1-based column of a journal's sheet. */
export function journalColumns(inspect: SpreadsheetInspector, sheetId: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of inspect.developerMetadata()) {
    if (m.key === COLUMN_KEY && m.sheetId === sheetId && m.locationType === 'COLUMN' && m.column !== null && m.value) out[m.value] = m.column;
  }
  return out;
}

/** A journal's data rows (below the header) as objects; days as YYYY-MM-DD in the spreadsheet's zone. */
export function journalRows(inspect: SpreadsheetInspector, journalId: string): RowObject[] {
  const sheetId = journalSheetId(inspect, journalId);
  if (sheetId === null) throw new Error(`no journal "${journalId}" in this workbook (run the setup first)`);
  const columns = journalColumns(inspect, sheetId);
  const tz = inspect.spreadsheet().timeZone;
  const values = inspect.values(sheetId);
  const rows: RowObject[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    if (row.every((v) => v === '' || v === null || v === undefined)) continue;
    const obj: RowObject = {};
    for (const [key, col] of Object.entries(columns)) obj[key] = plain(row[col - 1], tz);
    rows.push(obj);
  }
  return rows;
}

function plain(value: unknown, tz: string): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) {
    const w = wallOf(value, tz);
    const day = `${w.y}-${String(w.mo).padStart(2, '0')}-${String(w.d).padStart(2, '0')}`;
    return w.h === 0 && w.mi === 0 && w.s === 0 && w.ms === 0 ? day : value.toISOString();
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
