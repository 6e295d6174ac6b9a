/**
 * Range: https://developers.google.com/apps-script/reference/spreadsheet/range
 * A range keeps only its sheet id and coordinates; every call reads the current workbook state.
 */
import { rangeA1 } from './a1';
import type { Ctx, GRange, GSheet, RangeSpec } from './ctx';
import { gasError, signatureError } from './errors';
import { cellGet, cellSet } from './model';
import type { Grid, LayerKey, SheetRec, ValidationSpec } from './model';
import { FORMULA_VALUE, displayValue, fromScript } from './values';
import type { Cell } from './values';
import { validationObject, validationSpecOf } from './validation';
import { addMetadata, metadataInRange } from './metadata';
import { createProtection } from './protection';
import { createTextFinder } from './textfinder';

export const COORDINATES_ERROR = 'The coordinates of the range are outside the dimensions of the sheet.';

/** Checks getRange(row, column, numRows, numColumns) arguments as Apps Script does. */
export function checkRangeArgs(rec: SheetRec, row: number, col: number, numRows: number, numCols: number): void {
  for (const n of [row, col, numRows, numCols]) {
    if (typeof n !== 'number' || !Number.isFinite(n)) throw signatureError('Sheet.getRange', [row, col, numRows, numCols]);
  }
  if (row < 1) throw gasError('The starting row of the range is too small.');
  if (col < 1) throw gasError('The starting column of the range is too small.');
  if (numRows < 1) throw gasError('The number of rows in the range must be at least 1.');
  if (numCols < 1) throw gasError('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > rec.props.maxRows || col + numCols - 1 > rec.props.maxColumns) throw gasError(COORDINATES_ERROR);
}

/** The sheet and box of a Range a script passes back to us (read without counting a call). */
export function rangeBoxOf(x: unknown, method: string, args: unknown[]): { sheetId: number; row: number; col: number; numRows: number; numCols: number } {
  const dims = x && typeof x === 'object' ? (x as { _dims?: () => Dims })._dims : undefined;
  if (typeof dims !== 'function') throw signatureError(method, args);
  const d = dims.call(x);
  return { sheetId: d.rec.props.sheetId, row: d.r0 + 1, col: d.c0 + 1, numRows: d.nr, numCols: d.nc };
}

interface Dims {
  rec: SheetRec;
  r0: number;
  c0: number;
  nr: number;
  nc: number;
}

const STYLE_DEFAULTS: Partial<Record<LayerKey, unknown>> = {
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontFamily: 'Arial',
  background: '#ffffff',
  wrap: false, // not verified: the default wrap strategy is OVERFLOW
  hAlign: 'general',
  vAlign: 'bottom',
  note: '',
};

export class RangeImpl {
  _self!: GRange;

  constructor(
    private readonly _ctx: Ctx,
    readonly _spec: RangeSpec,
  ) {}

  // ---------- internals ----------

  _dims(): Dims {
    const rec = this._ctx.book.sheet(this._spec.sheetId);
    const nr = this._spec.numRows ?? rec.props.maxRows - this._spec.row + 1;
    const nc = this._spec.numCols ?? rec.props.maxColumns - this._spec.col + 1;
    return { rec, r0: this._spec.row - 1, c0: this._spec.col - 1, nr, nc };
  }

  /** Dims of a range that is about to be written: it must still lie inside the sheet. */
  private _writable(): Dims {
    const d = this._dims();
    if (d.nr < 1 || d.nc < 1 || d.r0 + d.nr > d.rec.props.maxRows || d.c0 + d.nc > d.rec.props.maxColumns) throw gasError(COORDINATES_ERROR);
    return d;
  }

  private _grid(d: Dims): Grid {
    return this._ctx.book.grid(d.rec);
  }

  private _read<T>(layer: LayerKey, map: (x: unknown, r0: number, c0: number, g: Grid) => T, count = false): T[][] {
    const d = this._dims();
    const g = this._grid(d);
    if (count) this._ctx.host.meter.read(d.nr * d.nc);
    const L = g[layer];
    const out: T[][] = new Array(d.nr);
    for (let i = 0; i < d.nr; i++) {
      const row = L[d.r0 + i];
      const line: T[] = new Array(d.nc);
      for (let j = 0; j < d.nc; j++) line[j] = map(row === undefined ? undefined : row[d.c0 + j], d.r0 + i, d.c0 + j, g);
      out[i] = line;
    }
    return out;
  }

  private _checkShape(values: unknown, method: string): unknown[][] {
    const d = this._dims();
    if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) throw signatureError(`Range.${method}`, [values]);
    if (values.length !== d.nr) {
      throw gasError(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${d.nr}.`);
    }
    for (const row of values as unknown[][]) {
      if (row.length !== d.nc) {
        throw gasError(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${d.nc}.`);
      }
    }
    return values as unknown[][];
  }

  private _writeEach(layers: LayerKey[], valueAt: (i: number, j: number) => unknown): GRange {
    const d = this._writable();
    const g = this._grid(d);
    for (const layer of layers) {
      const L = g[layer];
      for (let i = 0; i < d.nr; i++) for (let j = 0; j < d.nc; j++) cellSet(L, d.r0 + i, d.c0 + j, valueAt(i, j));
    }
    this._ctx.book.touchGrid(d.rec);
    return this._self;
  }

  private _writeValues(valueAt: (i: number, j: number) => unknown, formulas = false): GRange {
    const d = this._writable();
    const g = this._grid(d);
    const locale = this._ctx.locale();
    const tz = this._ctx.timeZone();
    this._ctx.host.meter.wrote(d.nr * d.nc);
    for (let i = 0; i < d.nr; i++) {
      for (let j = 0; j < d.nc; j++) {
        const r0 = d.r0 + i;
        const c0 = d.c0 + j;
        let x = valueAt(i, j);
        if (formulas && typeof x === 'string' && x !== '' && !x.startsWith('=')) x = '=' + x;
        const w = formulas && typeof x === 'string' && x.startsWith('=') ? { value: FORMULA_VALUE, formula: x } : fromScript(x, cellGet(g.nf, r0, c0) as string | undefined, locale, tz);
        cellSet(g.v, r0, c0, w.value);
        cellSet(g.f, r0, c0, w.formula);
      }
    }
    this._ctx.book.touchGrid(d.rec);
    return this._self;
  }

  private _styleGet<T>(layer: LayerKey): T {
    const d = this._dims();
    const x = cellGet(this._grid(d)[layer], d.r0, d.c0);
    return (x === undefined ? STYLE_DEFAULTS[layer] : x) as T;
  }

  private _stylesGet<T>(layer: LayerKey): T[][] {
    return this._read(layer, (x) => (x === undefined ? STYLE_DEFAULTS[layer] : x) as T);
  }

  private _styleSet(layer: LayerKey, v: unknown): GRange {
    const value = v === null || v === undefined || v === '' || v === STYLE_DEFAULTS[layer] ? undefined : v;
    return this._writeEach([layer], () => value);
  }

  private _stylesSet(layer: LayerKey, values: unknown, method: string): GRange {
    const vs = this._checkShape(values, method);
    return this._writeEach([layer], (i, j) => {
      const v = vs[i][j];
      return v === null || v === undefined || v === '' || v === STYLE_DEFAULTS[layer] ? undefined : v;
    });
  }

  // ---------- geometry ----------

  getRow(): number {
    return this._spec.row;
  }
  getRowIndex(): number {
    return this._spec.row;
  }
  getColumn(): number {
    return this._spec.col;
  }
  getNumRows(): number {
    return this._dims().nr;
  }
  getNumColumns(): number {
    return this._dims().nc;
  }
  getHeight(): number {
    return this._dims().nr;
  }
  getWidth(): number {
    return this._dims().nc;
  }
  getLastRow(): number {
    const d = this._dims();
    return d.r0 + d.nr;
  }
  getLastColumn(): number {
    const d = this._dims();
    return d.c0 + d.nc;
  }
  getA1Notation(): string {
    const d = this._dims();
    return rangeA1(this._spec.row, this._spec.col, d.nr, d.nc, this._spec.numCols === undefined, this._spec.numRows === undefined);
  }
  getSheet(): GSheet {
    return this._ctx.sheet(this._dims().rec.props.sheetId);
  }
  getGridId(): number {
    return this._dims().rec.props.sheetId;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const d = this._dims();
    const nr = numRows ?? d.nr;
    const nc = numColumns ?? d.nc;
    checkRangeArgs(d.rec, this._spec.row + rowOffset, this._spec.col + columnOffset, nr, nc);
    return this._ctx.range({ sheetId: d.rec.props.sheetId, row: this._spec.row + rowOffset, col: this._spec.col + columnOffset, numRows: nr, numCols: nc });
  }
  getCell(row: number, column: number): GRange {
    const d = this._dims();
    if (row < 1 || column < 1 || row > d.nr || column > d.nc) throw gasError(COORDINATES_ERROR); // not verified wording
    return this._ctx.range({ sheetId: d.rec.props.sheetId, row: this._spec.row + row - 1, col: this._spec.col + column - 1, numRows: 1, numCols: 1 });
  }
  activate(): GRange {
    const d = this._dims();
    this._ctx.book.state.props.activeSheetId = d.rec.props.sheetId;
    this._ctx.book.touchMeta();
    return this._self;
  }

  // ---------- values ----------

  getValues(): Cell[][] {
    return this._read('v', (x) => (x === undefined ? '' : x instanceof Date ? new Date(x.getTime()) : (x as Cell)), true);
  }
  getValue(): Cell {
    const d = this._dims();
    this._ctx.host.meter.read(1);
    const x = cellGet(this._grid(d).v, d.r0, d.c0) as Cell | undefined;
    return x === undefined ? '' : x instanceof Date ? new Date(x.getTime()) : x;
  }
  getDisplayValues(): string[][] {
    const locale = this._ctx.locale();
    const tz = this._ctx.timeZone();
    return this._read('v', (x, r0, c0, g) => displayValue(x as Cell | undefined, cellGet(g.nf, r0, c0) as string | undefined, locale, tz), true);
  }
  getDisplayValue(): string {
    const d = this._dims();
    const g = this._grid(d);
    this._ctx.host.meter.read(1);
    return displayValue(cellGet(g.v, d.r0, d.c0) as Cell | undefined, cellGet(g.nf, d.r0, d.c0) as string | undefined, this._ctx.locale(), this._ctx.timeZone());
  }
  getFormulas(): string[][] {
    return this._read('f', (x) => (x === undefined ? '' : (x as string)), true);
  }
  getFormula(): string {
    const d = this._dims();
    this._ctx.host.meter.read(1);
    return (cellGet(this._grid(d).f, d.r0, d.c0) as string | undefined) ?? '';
  }
  setValues(values: unknown[][]): GRange {
    const vs = this._checkShape(values, 'setValues');
    return this._writeValues((i, j) => vs[i][j]);
  }
  setValue(value: unknown): GRange {
    if (arguments.length < 1) throw signatureError('Range.setValue', []);
    return this._writeValues(() => value);
  }
  setFormula(formula: string): GRange {
    if (typeof formula !== 'string') throw signatureError('Range.setFormula', [formula]);
    return this._writeValues(() => formula, true);
  }
  setFormulas(formulas: string[][]): GRange {
    const fs = this._checkShape(formulas, 'setFormulas');
    return this._writeValues((i, j) => fs[i][j], true);
  }
  isBlank(): boolean {
    const d = this._dims();
    const g = this._grid(d);
    for (let i = 0; i < d.nr; i++) for (let j = 0; j < d.nc; j++) if (cellGet(g.v, d.r0 + i, d.c0 + j) !== undefined) return false;
    return true;
  }
  clearContent(): GRange {
    return this._writeEach(['v', 'f'], () => undefined);
  }
  clearFormat(): GRange {
    return this._writeEach(['nf', 'fontWeight', 'fontStyle', 'fontColor', 'fontSize', 'fontFamily', 'background', 'wrap', 'hAlign', 'vAlign'], () => undefined);
  }
  clearNote(): GRange {
    return this._writeEach(['note'], () => undefined);
  }
  clearDataValidations(): GRange {
    return this._writeEach(['dv'], () => undefined);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#clearoptions */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): GRange {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    if (!any || o.contentsOnly) this.clearContent();
    if (!any || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    if (o.commentsOnly) this.clearNote();
    return this._self;
  }

  // ---------- formats ----------

  getNumberFormat(): string {
    const d = this._dims();
    return (cellGet(this._grid(d).nf, d.r0, d.c0) as string | undefined) ?? 'General'; // not verified: default text
  }
  getNumberFormats(): string[][] {
    return this._read('nf', (x) => (x as string | undefined) ?? 'General');
  }
  setNumberFormat(numberFormat: string): GRange {
    if (typeof numberFormat !== 'string') throw signatureError('Range.setNumberFormat', [numberFormat]);
    return this._styleSet('nf', numberFormat === 'General' ? undefined : numberFormat);
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    return this._stylesSet('nf', numberFormats, 'setNumberFormats');
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this._styleGet('fontWeight');
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this._stylesGet('fontWeight');
  }
  setFontWeight(fontWeight: string | null): GRange {
    return this._styleSet('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: unknown[][]): GRange {
    return this._stylesSet('fontWeight', fontWeights, 'setFontWeights');
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this._styleGet('fontStyle');
  }
  setFontStyle(fontStyle: string | null): GRange {
    return this._styleSet('fontStyle', fontStyle);
  }
  getFontColor(): string {
    return this._styleGet('fontColor');
  }
  setFontColor(color: string | null): GRange {
    return this._styleSet('fontColor', color);
  }
  getFontSize(): number {
    return this._styleGet('fontSize');
  }
  setFontSize(size: number): GRange {
    return this._styleSet('fontSize', size);
  }
  getFontFamily(): string {
    return this._styleGet('fontFamily');
  }
  setFontFamily(fontFamily: string | null): GRange {
    return this._styleSet('fontFamily', fontFamily);
  }
  getBackground(): string {
    return this._styleGet('background');
  }
  getBackgrounds(): string[][] {
    return this._stylesGet('background');
  }
  setBackground(color: string | null): GRange {
    return this._styleSet('background', color);
  }
  setBackgrounds(color: unknown[][]): GRange {
    return this._stylesSet('background', color, 'setBackgrounds');
  }
  getWrap(): boolean {
    return this._styleGet('wrap');
  }
  getWraps(): boolean[][] {
    return this._stylesGet('wrap');
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return this._styleSet('wrap', !!isWrapEnabled);
  }
  setWraps(isWrapEnabled: unknown[][]): GRange {
    return this._stylesSet('wrap', isWrapEnabled, 'setWraps');
  }
  getHorizontalAlignment(): string {
    return this._styleGet('hAlign');
  }
  getHorizontalAlignments(): string[][] {
    return this._stylesGet('hAlign');
  }
  setHorizontalAlignment(alignment: string | null): GRange {
    if (alignment !== null && !['left', 'center', 'right', 'normal', 'general'].includes(String(alignment))) throw gasError(`Invalid argument: ${alignment}`);
    return this._styleSet('hAlign', alignment === 'normal' ? null : alignment);
  }
  setHorizontalAlignments(alignments: unknown[][]): GRange {
    return this._stylesSet('hAlign', alignments, 'setHorizontalAlignments');
  }
  getVerticalAlignment(): string {
    return this._styleGet('vAlign');
  }
  setVerticalAlignment(alignment: string | null): GRange {
    return this._styleSet('vAlign', alignment);
  }
  getNote(): string {
    return this._styleGet('note');
  }
  getNotes(): string[][] {
    return this._stylesGet('note');
  }
  setNote(note: string | null): GRange {
    return this._styleSet('note', note === null || note === undefined ? null : String(note));
  }
  setNotes(notes: unknown[][]): GRange {
    return this._stylesSet('note', notes, 'setNotes');
  }

  // ---------- validation ----------

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const d = this._dims();
    const spec = cellGet(this._grid(d).dv, d.r0, d.c0) as ValidationSpec | undefined;
    return spec ? validationObject(this._ctx, spec) : null;
  }
  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this._read('dv', (x) => (x ? validationObject(this._ctx, x as ValidationSpec) : null));
  }
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    const spec = rule === null ? undefined : validationSpecOf(rule, 'Range.setDataValidation');
    return this._writeEach(['dv'], () => spec);
  }
  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): GRange {
    const rs = this._checkShape(rules, 'setDataValidations');
    const specs = rs.map((row) => row.map((r) => (r === null || r === undefined ? undefined : validationSpecOf(r, 'Range.setDataValidations'))));
    return this._writeEach(['dv'], (i, j) => specs[i][j]);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes */
  insertCheckboxes(): GRange {
    const spec: ValidationSpec = { criteria: 'CHECKBOX', values: [], allowInvalid: true, helpText: '' };
    this._writeEach(['dv'], () => spec);
    return this._writeValues(() => false);
  }

  // ---------- sort ----------

  /** https://developers.google.com/apps-script/reference/spreadsheet/range#sortsortspecobj */
  sort(sortSpecObj: unknown): GRange {
    const d = this._writable();
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : { column: (s as { column: number }).column, ascending: (s as { ascending?: boolean }).ascending !== false },
    );
    for (const s of specs) if (s.column < d.c0 + 1 || s.column > d.c0 + d.nc) throw gasError(`The column to sort by (${s.column}) is outside the range.`); // not verified wording
    sortRows(this._ctx, d.rec, d.r0, d.nr, d.c0, d.nc, specs);
    return this._self;
  }

  // ---------- metadata & protection ----------

  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GRange {
    const d = this._dims();
    const full = this._spec;
    const wholeRow = full.col === 1 && d.nc === d.rec.props.maxColumns;
    const wholeCol = full.row === 1 && d.nr === d.rec.props.maxRows;
    let loc: { type: 'ROW' | 'COLUMN'; sheetId: number; index: number } | null = null;
    if (wholeRow && d.nr === 1) loc = { type: 'ROW', sheetId: d.rec.props.sheetId, index: full.row };
    else if (wholeCol && d.nc === 1) loc = { type: 'COLUMN', sheetId: d.rec.props.sheetId, index: full.col };
    if (!loc) {
      throw gasError(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
    }
    addMetadata(this._ctx, loc, key, a, b, 'Range.addDeveloperMetadata');
    return this._self;
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this._ctx.metadataList(metadataInRange(this._ctx, this._spec, false, false));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this._ctx.finder({ kind: 'RANGE', range: { ...this._spec } });
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#createtextfinderfindtext */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this._dims();
    return createTextFinder(this._ctx, { kind: 'RANGE', range: { ...this._spec } }, findText, 'Range.createTextFinder');
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const d = this._dims();
    return createProtection(this._ctx, 'RANGE', d.rec.props.sheetId, { row: d.r0 + 1, col: d.c0 + 1, numRows: d.nr, numCols: d.nc });
  }
}

/** Stable sort of rows [r0, r0+nr) by the given columns (1-based sheet columns). Cell contents and their
 * formats move together; developer metadata on rows stays where it is (not verified). */
export function sortRows(ctx: Ctx, rec: SheetRec, r0: number, nr: number, c0: number, nc: number, specs: Array<{ column: number; ascending: boolean }>): void {
  const g = ctx.book.grid(rec);
  const idx = Array.from({ length: nr }, (_, i) => r0 + i);
  const rank = (x: unknown): number => (x === undefined ? 3 : typeof x === 'number' || x instanceof Date ? 0 : typeof x === 'string' ? 1 : 2);
  const cmp = (a: unknown, b: unknown): number => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra - rb;
    if (ra === 0) return Number(a instanceof Date ? a.getTime() : a) - Number(b instanceof Date ? b.getTime() : b);
    if (ra === 1) return (a as string).localeCompare(b as string, undefined, { sensitivity: 'base' });
    if (ra === 2) return Number(a) - Number(b);
    return 0;
  };
  idx.sort((x, y) => {
    for (const s of specs) {
      const a = cellGet(g.v, x, s.column - 1);
      const b = cellGet(g.v, y, s.column - 1);
      if (a === undefined || b === undefined) {
        if (a !== b) return a === undefined ? 1 : -1; // empty cells always last
        continue;
      }
      const c = cmp(a, b);
      if (c !== 0) return s.ascending ? c : -c;
    }
    return x - y;
  });
  // Move only the range's columns when it is narrower than the sheet.
  const wholeWidth = c0 === 0 && nc === rec.props.maxColumns;
  if (wholeWidth) {
    const n2o = Int32Array.from({ length: rec.props.maxRows }, (_, i) => i);
    idx.forEach((old, i) => (n2o[r0 + i] = old));
    ctx.book.remap(rec, 'ROWS', n2o, null, false);
    return;
  }
  for (const k of Object.keys(g) as LayerKey[]) {
    const L = g[k];
    if (!L.length) continue;
    const snapshot = idx.map((old) => Array.from({ length: nc }, (_, j) => cellGet(L, old, c0 + j)));
    snapshot.forEach((vals, i) => vals.forEach((v, j) => cellSet(L, r0 + i, c0 + j, v)));
  }
  ctx.book.touchGrid(rec);
}
