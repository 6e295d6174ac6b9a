/**
 * What the journals layer needs from a spreadsheet. `src/gas/spreadsheet.ts` implements it with
 * SpreadsheetApp; nothing above this layer names an Apps Script service.
 */
export type CellValue = string | number | boolean | Date;

export interface ValidationRule {
  kind: 'list' | 'numberMin' | 'date' | 'email' | 'checkbox';
  values?: readonly string[];
  min?: number;
  allowInvalid: boolean;
  helpText?: string;
}

export interface SpreadsheetPort {
  timeZone(): string;
  sheetById(sheetId: number): SheetPort | null;
  sheetNames(): string[];
  insertSheet(title: string, index: number): SheetPort;
  /** Sheets carrying spreadsheet-wide developer metadata with this key: each with its value. */
  findSheetsByMetadata(key: string): Array<{ value: string; sheetId: number }>;
  /** Shows this sheet to the user. */
  activate(sheetId: number): void;
  flush(): void;
}

export interface SheetPort {
  readonly sheetId: number;
  name(): string;
  lastRow(): number;
  lastColumn(): number;
  maxRows(): number;
  maxColumns(): number;
  /** One getValues: numRows × numCols from (row, col), 1-based. */
  read(row: number, col: number, numRows: number, numCols: number): CellValue[][];
  /**
   * Rows (1-based, below `fromRow`) whose cell in `column` matches, found by Sheets itself (a TextFinder:
   * the cells do not travel to the script). `regex` is a JavaScript-compatible regular expression that
   * must match the whole displayed cell; otherwise `text` is found anywhere in the cell, case-insensitively.
   */
  findRows(column: number, fromRow: number, query: { regex: string } | { text: string }): number[];
  /** One setValues of a rectangular block at (row, col). */
  write(row: number, col: number, values: CellValue[][]): void;
  insertRowsAfter(afterRow: number, count: number): void;
  /** One deleteRows: `count` rows from `row` (1-based); the rows below move up. */
  deleteRows(row: number, count: number): void;
  insertColumnsAfter(afterColumn: number, count: number): void;
  /** Deletes the empty columns a new sheet has beyond the journal's own (a new sheet has 26). */
  trimColumnsAfter(lastColumn: number): void;

  // Setup only: shape and decoration of a journal sheet.
  addSheetMetadata(key: string, value: string): void;
  /** Column developer metadata with this key on this sheet: each with its value and current column. */
  columnMetadata(key: string): Array<{ value: string; column: number }>;
  addColumnMetadata(column: number, key: string, value: string): void;
  styleHeader(numColumns: number, notes: string[]): void;
  setFrozen(rows: number, columns: number): void;
  setColumnWidth(column: number, width: number): void;
  /** Number format of rows 2..max of the given columns (one call for a run of columns). */
  setColumnFormats(firstColumn: number, formats: string[]): void;
  setColumnValidation(column: number, rule: ValidationRule): void;
  protectWarningOnly(description: string): void;
  isProtected(): boolean;
  hide(): void;
}

export interface PropertyPort {
  getAll(): Record<string, string>;
  set(key: string, value: string): void;
  setMany(values: Record<string, string>): void;
}
