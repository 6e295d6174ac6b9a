/**
 * A read-only view of the workbook for the preview page and the CLI. Not counted, no authorization
 * checks, never given to scripts.
 */
import type { Book } from './book';
import { cellA1 } from './a1';
import { cellGet } from './model';
import type { Layer, ValidationSpec } from './model';
import { displayValue } from './values';
import type { Cell } from './values';

export interface SpreadsheetInspector {
  spreadsheet(): { id: string; name: string; locale: string; timeZone: string };
  sheets(): Array<{
    sheetId: number;
    name: string;
    index: number;
    hidden: boolean;
    frozenRows: number;
    frozenColumns: number;
    lastRow: number;
    lastColumn: number;
    maxRows: number;
    maxColumns: number;
    tabColor: string | null;
    columnWidths: number[];
    hiddenColumns: number[];
    active: boolean;
    protections: Array<{ description: string; warningOnly: boolean; range: string | null; editors: string[]; unprotected: string[] }>;
  }>;
  /** Raw values up to lastRow × lastColumn ('' for empty cells, Dates as Date). */
  values(sheetId: number): unknown[][];
  displayValues(sheetId: number): string[][];
  formulas(sheetId: number): string[][];
  numberFormats(sheetId: number): string[][];
  notes(sheetId: number): Array<{ row: number; column: number; note: string }>;
  developerMetadata(): Array<{
    id: number;
    key: string;
    value: string | null;
    visibility: string;
    locationType: 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';
    sheetId: number | null;
    row: number | null;
    column: number | null;
  }>;
  /** One entry per vertical run of cells sharing a rule. */
  validations(sheetId: number): Array<{ row: number; column: number; numRows: number; criteria: string; values: unknown[]; allowInvalid: boolean; helpText: string }>;
}

function boxA1(b: { row: number; col: number; numRows: number; numCols: number }): string {
  const a = cellA1(b.row, b.col);
  return b.numRows === 1 && b.numCols === 1 ? a : `${a}:${cellA1(b.row + b.numRows - 1, b.col + b.numCols - 1)}`;
}

export function createInspector(book: Book): SpreadsheetInspector {
  const grid = (sheetId: number) => {
    const rec = book.sheet(sheetId);
    const g = book.grid(rec);
    const e = book.extent(rec);
    return { rec, g, e };
  };
  const table = <T>(sheetId: number, layer: (g: ReturnType<typeof grid>['g']) => Layer, map: (x: unknown, r0: number, c0: number) => T): T[][] => {
    const { g, e } = grid(sheetId);
    const L = layer(g);
    return Array.from({ length: e.lastRow }, (_, r0) => Array.from({ length: e.lastCol }, (_, c0) => map(cellGet(L, r0, c0), r0, c0)));
  };
  return {
    spreadsheet() {
      const p = book.state.props;
      return { id: p.id, name: p.name, locale: p.locale, timeZone: p.timeZone };
    },
    sheets() {
      const st = book.state;
      return st.sheets.map((rec, i) => {
        const p = rec.props;
        const e = book.extent(rec);
        return {
          sheetId: p.sheetId,
          name: p.name,
          index: i + 1,
          hidden: p.hidden,
          frozenRows: p.frozenRows,
          frozenColumns: p.frozenColumns,
          lastRow: e.lastRow,
          lastColumn: e.lastCol,
          maxRows: p.maxRows,
          maxColumns: p.maxColumns,
          tabColor: p.tabColor,
          columnWidths: p.columnWidths.slice(),
          hiddenColumns: p.hiddenColumns.slice(),
          active: st.props.activeSheetId === p.sheetId,
          protections: st.protections
            .filter((x) => x.sheetId === p.sheetId)
            .map((x) => ({
              description: x.description,
              warningOnly: x.warningOnly,
              range: x.range ? boxA1(x.range) : null,
              editors: x.editors.slice(),
              unprotected: x.unprotected.map(boxA1),
            })),
        };
      });
    },
    values(sheetId) {
      return table(sheetId, (g) => g.v, (x) => (x === undefined ? '' : x instanceof Date ? new Date(x.getTime()) : x));
    },
    displayValues(sheetId) {
      const { g } = grid(sheetId);
      const p = book.state.props;
      return table(sheetId, (gg) => gg.v, (x, r0, c0) => displayValue(x as Cell | undefined, cellGet(g.nf, r0, c0) as string | undefined, p.locale, p.timeZone));
    },
    formulas(sheetId) {
      return table(sheetId, (g) => g.f, (x) => (x === undefined ? '' : String(x)));
    },
    numberFormats(sheetId) {
      return table(sheetId, (g) => g.nf, (x) => (x === undefined ? 'General' : String(x)));
    },
    notes(sheetId) {
      const { g } = grid(sheetId);
      const out: Array<{ row: number; column: number; note: string }> = [];
      g.note.forEach((row, r0) => row?.forEach((n, c0) => n !== undefined && out.push({ row: r0 + 1, column: c0 + 1, note: String(n) })));
      return out;
    },
    developerMetadata() {
      return book.state.metadata.map((m) => ({
        id: m.id,
        key: m.key,
        value: m.value,
        visibility: m.visibility,
        locationType: m.loc.type,
        sheetId: m.loc.type === 'SPREADSHEET' ? null : m.loc.sheetId,
        row: m.loc.type === 'ROW' ? m.loc.index : null,
        column: m.loc.type === 'COLUMN' ? m.loc.index : null,
      }));
    },
    validations(sheetId) {
      const { g } = grid(sheetId);
      const out: ReturnType<SpreadsheetInspector['validations']> = [];
      let width = 0;
      for (const row of g.dv) if (row && row.length > width) width = row.length;
      for (let c0 = 0; c0 < width; c0++) {
        let start = -1;
        let cur: ValidationSpec | undefined;
        for (let r0 = 0; r0 <= g.dv.length; r0++) {
          const x = r0 < g.dv.length ? (cellGet(g.dv, r0, c0) as ValidationSpec | undefined) : undefined;
          if (start >= 0 && x === cur) continue;
          if (start >= 0 && cur) {
            out.push({ row: start + 1, column: c0 + 1, numRows: r0 - start, criteria: cur.criteria, values: cur.values.slice(), allowInvalid: cur.allowInvalid, helpText: cur.helpText });
          }
          start = x === undefined ? -1 : r0;
          cur = x;
        }
      }
      return out;
    },
  };
}
