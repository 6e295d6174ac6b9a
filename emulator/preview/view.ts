/**
 * What the preview page shows of the workbook: the sheet list (from the spreadsheet inspector) and one
 * page of one sheet's cells as the editor would draw them: displayed text, number formats applied,
 * styles, notes, frozen rows and columns, column widths.
 *
 * The cells of the page come from a read-only Book over the same folder (the spreadsheet fake's own
 * model and its displayValue), because the inspector has no styles and computes whole sheets: a page of
 * 500 rows of a 60,000-row journal should not cost the whole journal. The Book is never saved.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { SpreadsheetInspector } from '../services/spreadsheet';
import { Book } from '../services/spreadsheet/book';
import { cellGet, type Grid, type LayerKey, type ValidationSpec } from '../services/spreadsheet/model';
import { displayValue, FORMULA_VALUE, type Cell } from '../services/spreadsheet/values';
import { columnToLetters } from '../services/spreadsheet/a1';

export const PAGE_SIZE = 500;
/** Empty rows and columns drawn past the data, as the editor shows the sheet's grid (up to its size). */
const MIN_ROWS = 60;
const MIN_COLUMNS = 26;
const MAX_SHOWN_COLUMNS = 200;

export interface CellStyle {
  b?: string;
  i?: string;
  c?: string;
  bg?: string;
  fs?: number;
  ff?: string;
  ha?: string;
  va?: string;
  w?: 'wrap';
}

export interface CellView {
  /** Text as displayed. */
  t: string;
  /** 'n' number or date (right-aligned by default), 'b' boolean (centred), 's' text. */
  k: 'n' | 'b' | 's';
  /** The formula, when the cell holds one. */
  f?: string;
  note?: string;
  s?: CellStyle;
}

export interface SheetTab {
  sheetId: number;
  name: string;
  hidden: boolean;
  protected: boolean;
  tabColor: string | null;
}

export interface SheetView {
  sheetId: number;
  name: string;
  frozenRows: number;
  frozenColumns: number;
  columns: Array<{ index: number; letter: string; width: number; hidden: boolean }>;
  /** 0-based index of the first row of this page. */
  offset: number;
  pageSize: number;
  /** Rows the sheet shows in all (the data and some empty rows, at most the sheet's size). */
  totalRows: number;
  lastRow: number;
  rows: Array<{ n: number; cells: Array<CellView | null> }>;
}

export interface WorkbookView {
  spreadsheet: { id: string; name: string; locale: string; timeZone: string };
  /** A stamp of the workbook's files: the page skips a refresh when it has not changed. */
  stamp: string;
  activeSheetId: number | null;
  sheets: SheetTab[];
  sheet: SheetView | null;
}

export class WorkbookViewer {
  private readonly book: Book;

  constructor(
    private readonly inspect: SpreadsheetInspector,
    private readonly dir: string,
  ) {
    const p = inspect.spreadsheet();
    this.book = new Book(dir, { name: p.name, locale: p.locale, timeZone: p.timeZone });
  }

  /** Changes when any state file of the spreadsheet changes (cheap: a directory listing and stats). */
  stamp(): string {
    const parts: string[] = [];
    const add = (file: string) => {
      try {
        const st = fs.statSync(file);
        parts.push(`${path.basename(file)}:${st.size}:${st.mtimeMs}`);
      } catch {
        parts.push(`${path.basename(file)}:-`);
      }
    };
    add(path.join(this.dir, 'spreadsheet.json'));
    const sheets = path.join(this.dir, 'sheets');
    if (fs.existsSync(sheets)) for (const f of fs.readdirSync(sheets).sort()) add(path.join(sheets, f));
    return parts.join('|');
  }

  view(sheetId: number | null, offset: number): WorkbookView {
    const stamp = this.stamp();
    const all = this.inspect.sheets();
    const tabs: SheetTab[] = all.map((s) => ({
      sheetId: s.sheetId,
      name: s.name,
      hidden: s.hidden,
      protected: s.protections.some((p) => p.range === null),
      tabColor: s.tabColor,
    }));
    const active = all.find((s) => s.active) ?? null;
    const chosen = (sheetId !== null ? all.find((s) => s.sheetId === sheetId) : undefined) ?? active ?? all.find((s) => !s.hidden) ?? all[0];
    return {
      spreadsheet: this.inspect.spreadsheet(),
      stamp,
      activeSheetId: active ? active.sheetId : null,
      sheets: tabs,
      sheet: chosen ? this.sheetView(chosen, offset) : null,
    };
  }

  private sheetView(s: ReturnType<SpreadsheetInspector['sheets']>[number], requestedOffset: number): SheetView {
    this.book.load();
    const rec = this.book.sheet(s.sheetId);
    const grid = this.book.grid(rec);
    const { locale, timeZone } = this.book.state.props;

    const shownCols = Math.min(s.maxColumns, MAX_SHOWN_COLUMNS, Math.max(s.lastColumn, MIN_COLUMNS));
    const hidden = new Set(s.hiddenColumns);
    const columns = Array.from({ length: shownCols }, (_, i) => ({
      index: i + 1,
      letter: columnToLetters(i + 1),
      width: s.columnWidths[i] ?? 100,
      hidden: hidden.has(i + 1),
    }));
    const totalRows = Math.max(s.lastRow, Math.min(s.maxRows, Math.max(s.lastRow + 20, MIN_ROWS)));
    const lastPage = Math.max(0, Math.floor((totalRows - 1) / PAGE_SIZE) * PAGE_SIZE);
    const offset = Math.min(Math.max(0, Math.floor(requestedOffset / PAGE_SIZE) * PAGE_SIZE), lastPage);
    const end = Math.min(totalRows, offset + PAGE_SIZE);

    const rows: SheetView['rows'] = [];
    for (let r0 = offset; r0 < end; r0++) {
      const cells: Array<CellView | null> = [];
      for (let c0 = 0; c0 < shownCols; c0++) cells.push(cellView(grid, r0, c0, locale, timeZone));
      rows.push({ n: r0 + 1, cells });
    }
    return {
      sheetId: s.sheetId,
      name: s.name,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenColumns,
      columns,
      offset,
      pageSize: PAGE_SIZE,
      totalRows,
      lastRow: s.lastRow,
      rows,
    };
  }
}

const STYLE_KEYS: Array<[LayerKey, keyof CellStyle]> = [
  ['fontWeight', 'b'],
  ['fontStyle', 'i'],
  ['fontColor', 'c'],
  ['background', 'bg'],
  ['fontSize', 'fs'],
  ['fontFamily', 'ff'],
  ['hAlign', 'ha'],
  ['vAlign', 'va'],
];

function cellView(grid: Grid, r0: number, c0: number, locale: string, tz: string): CellView | null {
  const v = cellGet(grid.v, r0, c0) as Cell | undefined;
  const f = cellGet(grid.f, r0, c0);
  const note = cellGet(grid.note, r0, c0);
  const style: CellStyle = {};
  let styled = false;
  for (const [layer, key] of STYLE_KEYS) {
    const x = cellGet(grid[layer], r0, c0);
    if (x === undefined || x === null || x === '') continue;
    if (layer === 'hAlign' && (x === 'general' || x === 'normal' || x === 'general-left')) continue;
    if (layer === 'hAlign' && x === 'general-right') continue;
    (style as Record<string, unknown>)[key] = key === 'fs' ? Number(x) : String(x);
    styled = true;
  }
  if (cellGet(grid.wrap, r0, c0) === true) {
    style.w = 'wrap';
    styled = true;
  }
  if (v === undefined && f === undefined && note === undefined && !styled) return null;

  const fmt = cellGet(grid.nf, r0, c0) as string | undefined;
  const dv = cellGet(grid.dv, r0, c0) as ValidationSpec | undefined;
  let text: string;
  let kind: CellView['k'] = 's';
  if (typeof v === 'boolean' && dv?.criteria === 'CHECKBOX') {
    text = v ? '☑' : '☐';
    kind = 'b';
  } else {
    text = f !== undefined && v === FORMULA_VALUE ? FORMULA_VALUE : displayValue(v, fmt, locale, tz);
    if (typeof v === 'number' || v instanceof Date) kind = 'n';
    else if (typeof v === 'boolean') kind = 'b';
  }
  const out: CellView = { t: text, k: kind };
  if (f !== undefined) out.f = String(f);
  if (note !== undefined) out.note = String(note);
  if (styled) out.s = style;
  return out;
}
