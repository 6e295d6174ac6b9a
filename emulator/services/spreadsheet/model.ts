/**
 * The in-memory workbook: spreadsheet properties, sheets (properties + a lazily loaded grid),
 * developer metadata and protections. Script-facing objects (Sheet, Range...) keep only ids and look
 * everything up here on each call, so they stay valid when the state is reloaded from disk.
 *
 * A grid is a set of sparse row-major layers (values, formulas, number formats, validations, notes,
 * styles): layer[row][col], with undefined rows and cells where nothing is set, so an empty 1000×26
 * sheet costs nothing and a 60,000×12 data sheet is 60,000 small arrays.
 */
import type { CriteriaName, LocationTypeName, VisibilityName } from './enums';

export const LAYER_KEYS = [
  'v', // values (formula cells hold FORMULA_VALUE)
  'f', // formulas
  'nf', // number formats
  'dv', // data validation rules (shared ValidationSpec objects)
  'note',
  'fontWeight',
  'fontStyle',
  'fontColor',
  'fontSize',
  'fontFamily',
  'background',
  'wrap',
  'hAlign',
  'vAlign',
] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];
/** Layers that describe formatting: inserted rows/columns inherit them from their neighbour. */
export const FORMAT_LAYERS: readonly LayerKey[] = ['nf', 'dv', 'fontWeight', 'fontStyle', 'fontColor', 'fontSize', 'fontFamily', 'background', 'wrap', 'hAlign', 'vAlign'];
/** Cleared by Range.clearFormat(): formatting, not validation. */
export const STYLE_LAYERS: readonly LayerKey[] = ['nf', 'fontWeight', 'fontStyle', 'fontColor', 'fontSize', 'fontFamily', 'background', 'wrap', 'hAlign', 'vAlign'];

export type Row = Array<unknown>;
export type Layer = Array<Row | undefined>;
export type Grid = Record<LayerKey, Layer>;

export function emptyGrid(): Grid {
  const g = {} as Grid;
  for (const k of LAYER_KEYS) g[k] = [];
  return g;
}

export interface ValidationSpec {
  readonly criteria: CriteriaName;
  readonly values: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface SheetProps {
  sheetId: number;
  name: string;
  hidden: boolean;
  tabColor: string | null;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  /** Width in pixels per column (index 0 = column A). */
  columnWidths: number[];
  /** 1-based indexes of columns hidden by the user/script. */
  hiddenColumns: number[];
}

export interface SheetRec {
  props: SheetProps;
  grid?: Grid;
  /** Stamp of sheets/<id>.json when this process last read or wrote it. */
  fileStamp: string;
  gridDirty: boolean;
  version: number;
  extent?: { version: number; lastRow: number; lastCol: number };
}

export type MetaLoc =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheetId: number }
  | { type: 'ROW' | 'COLUMN'; sheetId: number; index: number };

export interface MetaRec {
  id: number;
  key: string;
  value: string | null;
  visibility: VisibilityName;
  loc: MetaLoc;
}

export interface ProtRec {
  id: number;
  type: 'SHEET' | 'RANGE';
  sheetId: number;
  range: Box | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: Box[];
}

export interface BookProps {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  activeSheetId: number;
}

export interface BookState {
  props: BookProps;
  sheets: SheetRec[];
  metadata: MetaRec[];
  protections: ProtRec[];
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_WIDTH = 100;
/** Limits: https://support.google.com/drive/answer/37603 (10 million cells, 18,278 columns). */
export const MAX_COLUMNS = 18278;
export const MAX_CELLS = 10_000_000;

export type LocType = LocationTypeName;

export function newSheetProps(sheetId: number, name: string, rows = DEFAULT_ROWS, cols = DEFAULT_COLUMNS): SheetProps {
  return {
    sheetId,
    name,
    hidden: false,
    tabColor: null,
    frozenRows: 0,
    frozenColumns: 0,
    maxRows: rows,
    maxColumns: cols,
    columnWidths: new Array(cols).fill(DEFAULT_WIDTH),
    hiddenColumns: [],
  };
}

// ---------- cells ----------

export function cellGet(layer: Layer, r0: number, c0: number): unknown {
  const row = layer[r0];
  return row === undefined ? undefined : row[c0];
}

export function cellSet(layer: Layer, r0: number, c0: number, v: unknown): void {
  let row = layer[r0];
  if (v === undefined) {
    if (row !== undefined && c0 < row.length) {
      row[c0] = undefined;
      if (c0 === row.length - 1) trimRow(row);
    }
    return;
  }
  if (row === undefined) {
    while (layer.length < r0) layer.push(undefined);
    row = [];
    layer[r0] = row;
  }
  while (row.length < c0) row.push(undefined);
  row[c0] = v;
}

function trimRow(row: Row): void {
  let n = row.length;
  while (n > 0 && row[n - 1] === undefined) n--;
  row.length = n;
}

export function trimLayer(layer: Layer): void {
  let n = layer.length;
  while (n > 0 && (layer[n - 1] === undefined || layer[n - 1]!.length === 0)) n--;
  layer.length = n;
}

function rowHasContent(row: Row | undefined): boolean {
  if (!row) return false;
  for (let i = 0; i < row.length; i++) if (row[i] !== undefined) return true;
  return false;
}

/** Last row and column with a value or formula (0 when the sheet is empty). */
export function extent(rec: SheetRec, grid: Grid): { lastRow: number; lastCol: number } {
  if (rec.extent && rec.extent.version === rec.version) return rec.extent;
  const v = grid.v;
  let lastRow = 0;
  for (let r = v.length - 1; r >= 0; r--) {
    if (rowHasContent(v[r])) {
      lastRow = r + 1;
      break;
    }
  }
  let lastCol = 0;
  for (let r = 0; r < lastRow; r++) {
    const row = v[r];
    if (!row || row.length <= lastCol) continue;
    for (let c = row.length - 1; c >= lastCol; c--) {
      if (row[c] !== undefined) {
        lastCol = c + 1;
        break;
      }
    }
  }
  rec.extent = { version: rec.version, lastRow, lastCol };
  return rec.extent;
}

// ---------- structural changes ----------

/**
 * Rebuilds one dimension of every layer. newToOld[i] is the old 0-based index now at i, or -1 for a
 * new row/column; inherit[i] (for new ones) is the old index whose formatting it copies, or -1.
 */
export function remapGridRows(grid: Grid, newToOld: Int32Array, inherit: Int32Array | null): void {
  for (const k of LAYER_KEYS) {
    const layer = grid[k];
    if (layer.length === 0) continue;
    const inherits = inherit !== null && FORMAT_LAYERS.includes(k);
    const out: Layer = new Array(newToOld.length);
    for (let i = 0; i < newToOld.length; i++) {
      const o = newToOld[i];
      if (o >= 0) out[i] = layer[o];
      else if (inherits && inherit![i] >= 0 && layer[inherit![i]]) out[i] = layer[inherit![i]]!.slice();
      else out[i] = undefined;
    }
    trimLayer(out);
    grid[k] = out;
  }
}

export function remapGridCols(grid: Grid, newToOld: Int32Array, inherit: Int32Array | null): void {
  for (const k of LAYER_KEYS) {
    const layer = grid[k];
    if (layer.length === 0) continue;
    const inherits = inherit !== null && FORMAT_LAYERS.includes(k);
    for (let r = 0; r < layer.length; r++) {
      const row = layer[r];
      if (!row) continue;
      const out: Row = new Array(newToOld.length);
      for (let i = 0; i < newToOld.length; i++) {
        const o = newToOld[i];
        if (o >= 0) out[i] = row[o];
        else if (inherits && inherit![i] >= 0) out[i] = row[inherit![i]];
        else out[i] = undefined;
      }
      trimRow(out);
      layer[r] = out;
    }
  }
}

export function invert(newToOld: Int32Array, oldSize: number): Int32Array {
  const oldToNew = new Int32Array(oldSize).fill(-1);
  for (let i = 0; i < newToOld.length; i++) if (newToOld[i] >= 0) oldToNew[newToOld[i]] = i;
  return oldToNew;
}

/** New index of an inclusive 0-based span after a remap, or null when all of it was deleted. */
export function remapSpan(oldToNew: Int32Array, start: number, end: number): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = start; i <= end && i < oldToNew.length; i++) {
    const n = oldToNew[i];
    if (n >= 0) {
      lo = Math.min(lo, n);
      hi = Math.max(hi, n);
    }
  }
  return lo === Infinity ? null : [lo, hi];
}
