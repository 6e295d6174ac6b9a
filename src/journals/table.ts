/**
 * One journal: read it in one call, append rows in one call, update rows in as few calls as their
 * column runs need. Rows are objects keyed by column key; the librarian's own columns are left alone.
 */
import type { JournalDef, Lang } from '../../sheets-template/schema';
import { UserError } from '../domain/errors';
import { fromCell, toCell, type FieldValue, type JournalRow } from './codec';
import { headerKey, missingColumns, resolveColumns, sameHeader, type Layout, type LayoutStore } from './layout';
import type { CellValue, SheetPort, SpreadsheetPort } from './port';

export interface StoredRow {
  /** 1-based sheet row, valid until someone sorts or inserts rows. */
  rowNumber: number;
  values: JournalRow;
}

export class JournalTable {
  private sheet: SheetPort | null = null;
  private layout: Layout | null = null;
  private lastRow = -1;

  constructor(
    readonly def: JournalDef,
    private readonly ss: SpreadsheetPort,
    private readonly layouts: LayoutStore,
    private readonly lang: Lang,
    private readonly timeZone: string,
    /** Sheet id of this journal found by metadata, when the cache has none. */
    private readonly locate: (journalId: string) => number | null,
  ) {}

  /**
   * Finds the sheet and checks its columns without writing: call it for every journal an operation
   * will write before the first write, so that a missing journal or column refuses the whole operation.
   */
  prepare(): this {
    const sheet = this.openSheet();
    if (!this.layout) this.readHeader(sheet);
    // The last row too: reads done before the first write do not force Sheets to commit pending writes.
    if (this.lastRow < 0) this.lastRow = sheet.lastRow();
    return this;
  }

  /** Every row of the journal, header included in the same read. */
  readAll(): StoredRow[] {
    const sheet = this.openSheet();
    const lastRow = sheet.lastRow();
    const cachedWidth = this.cachedWidth(sheet);
    let grid = sheet.read(1, 1, Math.max(lastRow, 1), cachedWidth ?? Math.max(sheet.lastColumn(), 1));
    let layout = this.trustedLayout(sheet, grid[0]);
    if (!layout) {
      // The header changed since the layout was cached: read the whole width and resolve the columns again.
      if (cachedWidth !== null) grid = sheet.read(1, 1, Math.max(lastRow, 1), Math.max(sheet.lastColumn(), 1));
      layout = this.resolveLayout(sheet, grid[0]);
    }
    this.lastRow = lastRow;
    const rows: StoredRow[] = [];
    for (let r = 1; r < grid.length; r++) {
      const cells = grid[r];
      if (cells.every((c) => c === '' || c === false)) continue;
      rows.push({ rowNumber: r + 1, values: this.decode(cells, layout) });
    }
    return rows;
  }

  /**
   * The given columns of every row, and nothing else: one read of the contiguous block of columns that
   * spans them (rows 2 to the last). For a few narrow columns of a journal of some thousand rows (the
   * readers' names for a name search); the other keys of each row are left out.
   */
  readColumns(keys: readonly string[]): StoredRow[] {
    if (keys.length === 0) return [];
    const sheet = this.openSheet();
    const layout = this.layout ?? this.readHeader(sheet);
    const defs = keys.map((key) => ({ key, column: layout.columns[key], def: this.columnDef(key) }));
    const first = Math.min(...defs.map((d) => d.column));
    const last = Math.max(...defs.map((d) => d.column));
    const lastRow = sheet.lastRow();
    this.lastRow = lastRow;
    if (lastRow < 2) return [];
    const grid = sheet.read(2, first, lastRow - 1, last - first + 1);
    const rows: StoredRow[] = [];
    grid.forEach((cells, r) => {
      if (defs.every((d) => cells[d.column - first] === '' || cells[d.column - first] === false)) return;
      const values: JournalRow = {};
      for (const d of defs) values[d.key] = fromCell(d.def, cells[d.column - first], this.timeZone);
      rows.push({ rowNumber: r + 2, values });
    });
    return rows;
  }

  /**
   * The rows whose `key` column holds one of `values` exactly, found by Sheets (one text-finder call),
   * then read: one read per run of adjacent rows. For a handful of rows of a big journal.
   */
  findBy(key: string, values: ReadonlyArray<string | number>): StoredRow[] {
    const wanted = [...new Set(values.map((v) => String(v)).filter((v) => v !== ''))];
    if (wanted.length === 0) return [];
    // What was read is checked against what was asked: rows may have moved between the find and the read.
    const asked = new Set(wanted);
    return this.findMatching(key, `(?:${wanted.map(escapeRegex).join('|')})`, Infinity).rows.filter((r) => asked.has(String(r.values[key] ?? '')));
  }

  /** Rows whose whole `key` cell matches the regular expression, at most `limit` of them, read. */
  findMatching(key: string, regex: string, limit: number): { rows: StoredRow[]; more: boolean } {
    const sheet = this.openSheet();
    const layout = this.layout ?? this.readHeader(sheet);
    const found = sheet.findRows(layout.columns[key], 2, { regex });
    return { rows: this.readRows(sheet, layout, found.slice(0, limit)), more: found.length > limit };
  }

  /** Rows whose `key` column contains `text` (case-insensitive), at most `limit` of them, read. */
  findContaining(key: string, text: string, limit: number): { rows: StoredRow[]; more: boolean } {
    const sheet = this.openSheet();
    const layout = this.layout ?? this.readHeader(sheet);
    const found = sheet.findRows(layout.columns[key], 2, { text });
    return { rows: this.readRows(sheet, layout, found.slice(0, limit)), more: found.length > limit };
  }

  private readRows(sheet: SheetPort, layout: Layout, rowNumbers: readonly number[]): StoredRow[] {
    const sorted = [...new Set(rowNumbers)].sort((a, b) => a - b);
    const width = layout.header.length;
    const out: StoredRow[] = [];
    let i = 0;
    while (i < sorted.length) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
      const grid = sheet.read(sorted[i], 1, j - i + 1, width);
      grid.forEach((cells, k) => out.push({ rowNumber: sorted[i] + k, values: this.decode(cells, layout) }));
      i = j + 1;
    }
    return out;
  }

  /** Appends rows after the last row in one write. Returns their row numbers. */
  append(rows: readonly JournalRow[]): number[] {
    if (rows.length === 0) return [];
    const sheet = this.openSheet();
    const layout = this.layout ?? this.readHeader(sheet);
    const start = (this.lastRow >= 0 ? this.lastRow : sheet.lastRow()) + 1;
    const end = start + rows.length - 1;
    const maxRows = sheet.maxRows();
    if (end > maxRows) sheet.insertRowsAfter(maxRows, end - maxRows + 100);
    const width = Math.max(...Object.values(layout.columns));
    const matrix = rows.map((row) => this.encode(row, layout, width));
    sheet.write(start, 1, matrix);
    this.lastRow = end;
    return rows.map((_, i) => start + i);
  }

  /** Writes the given fields of stored rows; one write per row and run of adjacent columns. */
  update(updates: ReadonlyArray<{ rowNumber: number; values: JournalRow }>): void {
    if (updates.length === 0) return;
    const sheet = this.openSheet();
    const layout = this.layout ?? this.readHeader(sheet);
    for (const { rowNumber, values } of updates) {
      const cells = Object.keys(values)
        .map((key) => ({ key, column: layout.columns[key], def: this.columnDef(key) }))
        .sort((a, b) => a.column - b.column);
      let i = 0;
      while (i < cells.length) {
        let j = i;
        while (j + 1 < cells.length && cells[j + 1].column === cells[j].column + 1) j++;
        const run = cells.slice(i, j + 1).map((c) => toCell(c.def, values[c.key], this.lang, this.timeZone));
        sheet.write(rowNumber, cells[i].column, [run]);
        i = j + 1;
      }
    }
  }

  /**
   * Deletes rows (their whole width), bottom-up: one deleteRows call per run of adjacent rows, so the
   * row numbers of the runs still to delete do not move. Rows below the deleted ones move up: row
   * numbers read before are stale afterwards. Sheets refuses to delete every row below the frozen
   * header, so a journal left with none gets one empty row first.
   */
  deleteRows(rowNumbers: readonly number[]): void {
    const sorted = [...new Set(rowNumbers)].filter((r) => Number.isInteger(r) && r >= 2).sort((a, b) => b - a);
    if (sorted.length === 0) return;
    const sheet = this.openSheet();
    const maxRows = sheet.maxRows();
    if (maxRows - sorted.length <= Math.max(1, this.def.frozenRows)) sheet.insertRowsAfter(maxRows, 1);
    let i = 0;
    while (i < sorted.length) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] - 1) j++;
      sheet.deleteRows(sorted[j], j - i + 1);
      i = j + 1;
    }
    if (this.lastRow >= 0) {
      const last = this.lastRow;
      this.lastRow = last - sorted.filter((r) => r <= last).length;
    }
  }

  private columnDef(key: string) {
    const c = this.def.columns.find((col) => col.key === key);
    if (!c) throw new Error(`journal ${this.def.id} has no column ${key}`);
    return c;
  }

  private encode(row: JournalRow, layout: Layout, width: number): CellValue[] {
    const out: CellValue[] = new Array(width).fill('');
    for (const column of this.def.columns) {
      const value: FieldValue | undefined = row[column.key];
      out[layout.columns[column.key] - 1] = toCell(column, value, this.lang, this.timeZone);
    }
    return out;
  }

  private decode(cells: readonly CellValue[], layout: Layout): JournalRow {
    const row: JournalRow = {};
    for (const column of this.def.columns) row[column.key] = fromCell(column, cells[layout.columns[column.key] - 1], this.timeZone);
    return row;
  }

  private openSheet(): SheetPort {
    if (this.sheet) return this.sheet;
    const cached = this.layouts.get(this.def.id);
    let sheet = cached ? this.ss.sheetById(cached.sheetId) : null;
    if (!sheet) {
      const id = this.locate(this.def.id);
      sheet = id === null ? null : this.ss.sheetById(id);
    }
    if (!sheet) throw new UserError('error.journalMissing', { journal: this.def.title[this.lang] });
    this.sheet = sheet;
    return sheet;
  }

  /**
   * The header row, read as wide as the cached layout's header when there is one: a column the librarian
   * inserted or moved among ours changes those cells, one she added after ours does not matter.
   */
  private readHeader(sheet: SheetPort): Layout {
    const cachedWidth = this.cachedWidth(sheet);
    if (cachedWidth !== null) {
      const trusted = this.trustedLayout(sheet, sheet.read(1, 1, 1, cachedWidth)[0]);
      if (trusted) return trusted;
    }
    return this.resolveLayout(sheet, sheet.read(1, 1, 1, Math.max(sheet.lastColumn(), 1))[0]);
  }

  private cachedWidth(sheet: SheetPort): number | null {
    const cached = this.layouts.get(this.def.id);
    return cached && cached.sheetId === sheet.sheetId && cached.header.length > 0 ? cached.header.length : null;
  }

  /**
   * The cached layout, if the header row is as it was when the layout was resolved and it has every column
   * the template now declares (after an add-on update, a column the workbook lacks must refuse, not vanish).
   */
  private trustedLayout(sheet: SheetPort, headerRow: readonly CellValue[]): Layout | null {
    const cached = this.layouts.get(this.def.id);
    if (cached && cached.sheetId === sheet.sheetId && sameHeader(cached.header, headerKey(headerRow)) && missingColumns(this.def, cached.columns).length === 0) {
      this.layout = cached;
      return cached;
    }
    return null;
  }

  /** Resolves the columns again from the developer metadata and caches the layout with this header. */
  private resolveLayout(sheet: SheetPort, headerRow: readonly CellValue[]): Layout {
    const header = headerKey(headerRow);
    const columns = resolveColumns(sheet);
    const missing = missingColumns(this.def, columns);
    if (missing.length) {
      const col = this.def.columns.find((c) => c.key === missing[0])!;
      throw new UserError('error.columnMissing', { journal: this.def.title[this.lang], column: col.title[this.lang] });
    }
    const layout: Layout = { sheetId: sheet.sheetId, header, columns };
    this.layouts.put(this.def.id, layout);
    this.layout = layout;
    return layout;
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
