/**
 * Sheet: https://developers.google.com/apps-script/reference/spreadsheet/sheet
 * A Sheet keeps only its id; every call reads the current workbook state.
 */
import { parseA1 } from './a1';
import type { Ctx, GRange, GSheet, RangeSpec } from './ctx';
import { enumName, isEnumOf } from './enums';
import { gasError, signatureError } from './errors';
import { addMetadata } from './metadata';
import { cellGet, cellSet, DEFAULT_WIDTH, MAX_COLUMNS } from './model';
import type { SheetRec } from './model';
import { createProtection } from './protection';
import { checkRangeArgs, COORDINATES_ERROR, rangeBoxOf, sortRows } from './range';
import { createTextFinder } from './textfinder';
import { fromScript } from './values';

const ROWS_OOB = 'Those rows are out of bounds.';
const COLS_OOB = 'Those columns are out of bounds.';

export function duplicateNameError(name: string): Error {
  return gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

/** Sheet names are unique regardless of case (not verified for case; the UI refuses "sheet1" next to "Sheet1"). */
export function nameTaken(ctx: Ctx, name: string, exceptId?: number): boolean {
  const n = name.toLowerCase();
  return ctx.book.state.sheets.some((s) => s.props.sheetId !== exceptId && s.props.name.toLowerCase() === n);
}

export function checkSheetName(name: unknown, method: string): string {
  if (typeof name !== 'string') throw signatureError(method, [name]);
  if (name.trim() === '') throw gasError('Invalid argument: name'); // not verified wording
  if (name.length > 100) throw gasError('The sheet name cannot be longer than 100 characters.'); // not verified wording
  return name;
}

/** Range of a sheet from an A1 string (its own sheet prefix, if any, must name a sheet of the workbook). */
export function rangeFromA1(ctx: Ctx, rec: SheetRec, a1: string): GRange {
  const ref = parseA1(a1);
  let target = rec;
  if (ref.sheetName !== undefined) {
    const n = ref.sheetName.toLowerCase();
    const found = ctx.book.state.sheets.find((s) => s.props.name.toLowerCase() === n);
    if (!found) throw gasError('Range not found');
    target = found;
  }
  const p = target.props;
  const spec: RangeSpec = { sheetId: p.sheetId, row: ref.row, col: ref.col };
  if (ref.endRow !== undefined) spec.numRows = ref.endRow - ref.row + 1;
  if (ref.endCol !== undefined) spec.numCols = ref.endCol - ref.col + 1;
  checkRangeArgs(target, ref.row, ref.col, spec.numRows ?? Math.max(1, p.maxRows - ref.row + 1), spec.numCols ?? Math.max(1, p.maxColumns - ref.col + 1));
  return ctx.range(spec);
}

export class SheetImpl {
  _self!: GSheet;
  constructor(
    private readonly _ctx: Ctx,
    readonly _id: number,
  ) {}

  _rec(): SheetRec {
    return this._ctx.book.sheet(this._id);
  }

  private _int(method: string, ...xs: unknown[]): void {
    for (const x of xs) if (typeof x !== 'number' || !Number.isFinite(x)) throw signatureError(`Sheet.${method}`, xs);
  }

  getName(): string {
    return this._rec().props.name;
  }
  setName(name: string): GSheet {
    const n = checkSheetName(name, 'Sheet.setName');
    if (nameTaken(this._ctx, n, this._id)) throw duplicateNameError(n);
    this._rec().props.name = n;
    this._ctx.book.touchMeta();
    return this._self;
  }
  getSheetId(): number {
    return this._rec().props.sheetId;
  }
  /** 1-based position among the sheets. */
  getIndex(): number {
    return this._ctx.book.state.sheets.indexOf(this._rec()) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this._ctx.spreadsheet();
  }
  activate(): GSheet {
    const rec = this._rec();
    this._ctx.book.state.props.activeSheetId = rec.props.sheetId;
    if (rec.props.hidden) rec.props.hidden = false;
    this._ctx.book.touchMeta();
    return this._self;
  }

  // ---------- ranges ----------

  getRange(...given: unknown[]): GRange {
    const rec = this._rec();
    const [a, b, c, d] = given;
    if (typeof a === 'string' && given.length === 1) return rangeFromA1(this._ctx, rec, a);
    // An argument passed as undefined is not a shorter call: Apps Script refuses the signature (null).
    if (given.length < 2 || given.length > 4 || given.some((x) => typeof x !== 'number')) throw signatureError('Sheet.getRange', given.map((x) => (x === undefined ? null : x)));
    const row = a as number;
    const col = b as number;
    const nr = (c as number | undefined) ?? 1;
    const nc = (d as number | undefined) ?? 1;
    checkRangeArgs(rec, row, col, nr, nc);
    return this._ctx.range({ sheetId: this._id, row, col, numRows: nr, numCols: nc });
  }
  getDataRange(): GRange {
    const e = this._ctx.book.extent(this._rec());
    return this._ctx.range({ sheetId: this._id, row: 1, col: 1, numRows: Math.max(1, e.lastRow), numCols: Math.max(1, e.lastCol) });
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return this.getRange(startRow, startColumn, numRows, numColumns).getValues();
  }
  getLastRow(): number {
    return this._ctx.book.extent(this._rec()).lastRow;
  }
  getLastColumn(): number {
    return this._ctx.book.extent(this._rec()).lastCol;
  }
  getMaxRows(): number {
    return this._rec().props.maxRows;
  }
  getMaxColumns(): number {
    return this._rec().props.maxColumns;
  }

  // ---------- structure ----------

  private _insertRows(before1: number, howMany: number, inheritFrom1: number, method: string): GSheet {
    this._int(method, before1, howMany);
    const rec = this._rec();
    if (howMany < 1) throw gasError('The number of rows to insert must be at least 1.'); // not verified wording
    if ((rec.props.maxRows + howMany) * rec.props.maxColumns > 10_000_000) throw gasError('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
    this._ctx.book.insert(rec, 'ROWS', before1 - 1, howMany, inheritFrom1 - 1);
    if (before1 - 1 < rec.props.frozenRows) rec.props.frozenRows += howMany;
    return this._self;
  }
  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    const rec = this._rec();
    if (afterPosition < 1 || afterPosition > rec.props.maxRows) throw gasError(ROWS_OOB);
    return this._insertRows(afterPosition + 1, howMany, afterPosition, 'insertRowsAfter');
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    const rec = this._rec();
    if (beforePosition < 1 || beforePosition > rec.props.maxRows) throw gasError(ROWS_OOB);
    return this._insertRows(beforePosition, howMany, beforePosition, 'insertRowsBefore');
  }
  insertRowAfter(afterPosition: number): GSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): GSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows?: number): void {
    this.insertRowsBefore(rowIndex, numRows ?? 1);
  }
  private _insertCols(before1: number, howMany: number, inheritFrom1: number, method: string): GSheet {
    this._int(method, before1, howMany);
    const rec = this._rec();
    if (howMany < 1) throw gasError('The number of columns to insert must be at least 1.'); // not verified wording
    if (rec.props.maxColumns + howMany > MAX_COLUMNS) throw gasError(`This action would increase the number of columns in the workbook above the limit of ${MAX_COLUMNS} columns.`);
    if ((rec.props.maxColumns + howMany) * rec.props.maxRows > 10_000_000) throw gasError('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
    this._ctx.book.insert(rec, 'COLUMNS', before1 - 1, howMany, inheritFrom1 - 1);
    if (before1 - 1 < rec.props.frozenColumns) rec.props.frozenColumns += howMany;
    return this._self;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    const rec = this._rec();
    if (afterPosition < 1 || afterPosition > rec.props.maxColumns) throw gasError(COLS_OOB);
    return this._insertCols(afterPosition + 1, howMany, afterPosition, 'insertColumnsAfter');
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    const rec = this._rec();
    if (beforePosition < 1 || beforePosition > rec.props.maxColumns) throw gasError(COLS_OOB);
    return this._insertCols(beforePosition, howMany, beforePosition, 'insertColumnsBefore');
  }
  insertColumnAfter(afterPosition: number): GSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): GSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns?: number): void {
    this.insertColumnsBefore(columnIndex, numColumns ?? 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this._int('deleteRows', rowPosition, howMany);
    const rec = this._rec();
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > rec.props.maxRows) throw gasError(ROWS_OOB);
    const frozen = rec.props.frozenRows;
    const deletedFrozen = Math.max(0, Math.min(frozen, rowPosition + howMany - 1) - (rowPosition - 1));
    if (rec.props.maxRows - howMany - (frozen - deletedFrozen) <= 0) throw gasError('Sorry, it is not possible to delete all non-frozen rows.');
    this._ctx.book.delete(rec, 'ROWS', rowPosition - 1, howMany);
    rec.props.frozenRows = frozen - deletedFrozen;
  }
  deleteRow(rowPosition: number): GSheet {
    this.deleteRows(rowPosition, 1);
    return this._self;
  }
  deleteColumns(columnPosition: number, howMany?: number): void {
    const n = howMany ?? 1;
    this._int('deleteColumns', columnPosition, n);
    const rec = this._rec();
    if (columnPosition < 1 || n < 1 || columnPosition + n - 1 > rec.props.maxColumns) throw gasError(COLS_OOB);
    const frozen = rec.props.frozenColumns;
    const deletedFrozen = Math.max(0, Math.min(frozen, columnPosition + n - 1) - (columnPosition - 1));
    if (rec.props.maxColumns - n - (frozen - deletedFrozen) <= 0) throw gasError('Sorry, it is not possible to delete all non-frozen columns.');
    this._ctx.book.delete(rec, 'COLUMNS', columnPosition - 1, n);
    rec.props.frozenColumns = frozen - deletedFrozen;
  }
  deleteColumn(columnPosition: number): GSheet {
    this.deleteColumns(columnPosition, 1);
    return this._self;
  }
  /**
   * "Moves the columns selected by the given range to the position indicated by the destinationIndex...
   * this index is based on the coordinates before the columns are moved."
   */
  moveColumns(columnSpec: GRange, destinationIndex: number): void {
    const rec = this._rec();
    this._int('moveColumns', destinationIndex);
    const b = rangeBoxOf(columnSpec, 'Sheet.moveColumns', [columnSpec, destinationIndex]);
    if (destinationIndex < 1 || destinationIndex > rec.props.maxColumns + 1) throw gasError(COLS_OOB);
    this._ctx.book.move(rec, 'COLUMNS', b.col - 1, b.numCols, destinationIndex - 1);
  }
  moveRows(rowSpec: GRange, destinationIndex: number): void {
    const rec = this._rec();
    this._int('moveRows', destinationIndex);
    const b = rangeBoxOf(rowSpec, 'Sheet.moveRows', [rowSpec, destinationIndex]);
    if (destinationIndex < 1 || destinationIndex > rec.props.maxRows + 1) throw gasError(ROWS_OOB);
    this._ctx.book.move(rec, 'ROWS', b.row - 1, b.numRows, destinationIndex - 1);
  }
  /** Sorts the rows below the frozen rows (up to the last row with content) by a column. */
  sort(columnPosition: number, ascending?: boolean): GSheet {
    this._int('sort', columnPosition);
    const rec = this._rec();
    if (columnPosition < 1 || columnPosition > rec.props.maxColumns) throw gasError(COLS_OOB);
    const last = this._ctx.book.extent(rec).lastRow;
    const start = rec.props.frozenRows;
    if (last > start) sortRows(this._ctx, rec, start, last - start, 0, rec.props.maxColumns, [{ column: columnPosition, ascending: ascending !== false }]);
    return this._self;
  }
  /**
   * "Appends a row to the bottom of the current data region in the sheet. If a cell's content begins
   * with =, it's interpreted as a formula." The sheet grows when the data region reaches its last row.
   */
  appendRow(rowContents: unknown[]): GSheet {
    if (!Array.isArray(rowContents)) throw signatureError('Sheet.appendRow', [rowContents]);
    const rec = this._rec();
    const row0 = this._ctx.book.extent(rec).lastRow;
    if (row0 + 1 > rec.props.maxRows) this._insertRows(rec.props.maxRows + 1, 1, rec.props.maxRows, 'appendRow');
    if (rowContents.length > rec.props.maxColumns) this._insertCols(rec.props.maxColumns + 1, rowContents.length - rec.props.maxColumns, rec.props.maxColumns, 'appendRow');
    const g = this._ctx.book.grid(rec);
    const locale = this._ctx.locale();
    const tz = this._ctx.timeZone();
    rowContents.forEach((x, c0) => {
      const w = fromScript(x, cellGet(g.nf, row0, c0) as string | undefined, locale, tz);
      cellSet(g.v, row0, c0, w.value);
      cellSet(g.f, row0, c0, w.formula);
    });
    this._ctx.host.meter.wrote(rowContents.length);
    this._ctx.book.touchGrid(rec);
    return this._self;
  }

  // ---------- view ----------

  setFrozenRows(rows: number): void {
    this._int('setFrozenRows', rows);
    const rec = this._rec();
    if (rows < 0 || rows >= rec.props.maxRows) throw gasError(ROWS_OOB); // not verified wording
    rec.props.frozenRows = rows;
    this._ctx.book.touchMeta();
  }
  getFrozenRows(): number {
    return this._rec().props.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this._int('setFrozenColumns', columns);
    const rec = this._rec();
    if (columns < 0 || columns >= rec.props.maxColumns) throw gasError(COLS_OOB); // not verified wording
    rec.props.frozenColumns = columns;
    this._ctx.book.touchMeta();
  }
  getFrozenColumns(): number {
    return this._rec().props.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    this._int('setColumnWidths', startColumn, numColumns, width);
    const rec = this._rec();
    if (startColumn < 1 || numColumns < 1 || startColumn + numColumns - 1 > rec.props.maxColumns) throw gasError(COLS_OOB);
    for (let i = 0; i < numColumns; i++) rec.props.columnWidths[startColumn - 1 + i] = width;
    this._ctx.book.touchMeta();
    return this._self;
  }
  getColumnWidth(columnPosition: number): number {
    this._int('getColumnWidth', columnPosition);
    const rec = this._rec();
    if (columnPosition < 1 || columnPosition > rec.props.maxColumns) throw gasError(COLS_OOB);
    return rec.props.columnWidths[columnPosition - 1] ?? DEFAULT_WIDTH;
  }
  private _setHidden(columnIndex: number, numColumns: number, hidden: boolean): void {
    this._int(hidden ? 'hideColumns' : 'showColumns', columnIndex, numColumns);
    const rec = this._rec();
    if (columnIndex < 1 || numColumns < 1 || columnIndex + numColumns - 1 > rec.props.maxColumns) throw gasError(COLS_OOB);
    const set = new Set(rec.props.hiddenColumns);
    for (let i = 0; i < numColumns; i++) {
      if (hidden) set.add(columnIndex + i);
      else set.delete(columnIndex + i);
    }
    rec.props.hiddenColumns = [...set].sort((a, b) => a - b);
    this._ctx.book.touchMeta();
  }
  hideColumns(columnIndex: number, numColumns?: number): void {
    this._setHidden(columnIndex, numColumns ?? 1, true);
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    this._setHidden(columnIndex, numColumns ?? 1, false);
  }
  hideColumn(column: GRange): void {
    const b = rangeBoxOf(column, 'Sheet.hideColumn', [column]);
    this._setHidden(b.col, b.numCols, true);
  }
  unhideColumn(column: GRange): void {
    const b = rangeBoxOf(column, 'Sheet.unhideColumn', [column]);
    this._setHidden(b.col, b.numCols, false);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._rec().props.hiddenColumns.includes(columnPosition);
  }
  hideSheet(): GSheet {
    const rec = this._rec();
    const visible = this._ctx.book.state.sheets.filter((s) => !s.props.hidden);
    if (!rec.props.hidden && visible.length === 1) throw gasError("You can't hide all the sheets in a document."); // not verified wording
    rec.props.hidden = true;
    this._ctx.book.touchMeta();
    return this._self;
  }
  showSheet(): GSheet {
    this._rec().props.hidden = false;
    this._ctx.book.touchMeta();
    return this._self;
  }
  isSheetHidden(): boolean {
    return this._rec().props.hidden;
  }
  setTabColor(color: string | null): GSheet {
    this._rec().props.tabColor = color === null || color === undefined || color === '' ? null : String(color);
    this._ctx.book.touchMeta();
    return this._self;
  }
  getTabColor(): string | null {
    return this._rec().props.tabColor;
  }

  // ---------- clearing ----------

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GSheet {
    this._whole().clear(options ?? {});
    return this._self;
  }
  clearContents(): GSheet {
    this._whole().clearContent();
    return this._self;
  }
  clearFormats(): GSheet {
    this._whole().clearFormat();
    return this._self;
  }
  clearNotes(): GSheet {
    this._whole().clearNote();
    return this._self;
  }
  private _whole(): GRange {
    const p = this._rec().props;
    return this._ctx.range({ sheetId: this._id, row: 1, col: 1, numRows: p.maxRows, numCols: p.maxColumns });
  }

  // ---------- protection & metadata ----------

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return createProtection(this._ctx, 'SHEET', this._id, null);
  }
  getProtections(type: unknown): GoogleAppsScript.Spreadsheet.Protection[] {
    if (!isEnumOf(type, 'ProtectionType')) throw signatureError('Sheet.getProtections', [type]);
    const t = enumName(type);
    return this._ctx.book.state.protections.filter((p) => p.sheetId === this._id && p.type === t).map((p) => this._ctx.protection(p.id));
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GSheet {
    this._rec();
    addMetadata(this._ctx, { type: 'SHEET', sheetId: this._id }, key, a, b, 'Sheet.addDeveloperMetadata');
    return this._self;
  }
  /** "Get all developer metadata associated with this sheet" (the sheet's own, not its rows'/columns'). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this._rec();
    return this._ctx.metadataList(this._ctx.book.state.metadata.filter((m) => m.loc.type === 'SHEET' && m.loc.sheetId === this._id));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this._rec();
    return this._ctx.finder({ kind: 'SHEET', sheetId: this._id });
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#createtextfinderfindtext */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    this._rec();
    return createTextFinder(this._ctx, { kind: 'SHEET', sheetId: this._id }, findText, 'Sheet.createTextFinder');
  }
}

export { COORDINATES_ERROR };
