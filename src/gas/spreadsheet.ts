/**
 * SpreadsheetPort over SpreadsheetApp: the one place the journals layer's needs meet the Sheets API.
 * Each method is one or two service calls; the caller decides how many it makes.
 */
import type { CellValue, PropertyPort, SheetPort, SpreadsheetPort, ValidationRule } from '../journals/port';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function activeSpreadsheet(): SpreadsheetPort {
  return new GasSpreadsheet(SpreadsheetApp.getActiveSpreadsheet());
}

class GasSpreadsheet implements SpreadsheetPort {
  private tz: string | null = null;
  constructor(private readonly ss: Spreadsheet) {}

  timeZone(): string {
    return this.tz ?? (this.tz = this.ss.getSpreadsheetTimeZone());
  }

  sheetById(sheetId: number): SheetPort | null {
    const sheet = this.ss.getSheetById(sheetId);
    return sheet ? new GasSheet(sheet, sheetId) : null;
  }

  sheetNames(): string[] {
    return this.ss.getSheets().map((s) => s.getName());
  }

  insertSheet(title: string, index: number): SheetPort {
    const sheet = this.ss.insertSheet(title, Math.min(index, this.ss.getNumSheets()));
    return new GasSheet(sheet, sheet.getSheetId());
  }

  findSheetsByMetadata(key: string): Array<{ value: string; sheetId: number }> {
    return this.ss
      .createDeveloperMetadataFinder()
      .withKey(key)
      .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
      .find()
      .map((md) => {
        const sheet = md.getLocation().getSheet();
        return { value: md.getValue() ?? '', sheetId: sheet ? sheet.getSheetId() : -1 };
      })
      .filter((m) => m.sheetId >= 0);
  }

  activate(sheetId: number): void {
    const sheet = this.ss.getSheetById(sheetId);
    if (sheet) this.ss.setActiveSheet(sheet);
  }

  flush(): void {
    SpreadsheetApp.flush();
  }
}

class GasSheet implements SheetPort {
  private max: number | null = null;
  constructor(private readonly sheet: Sheet, readonly sheetId: number) {}

  name(): string {
    return this.sheet.getName();
  }
  lastRow(): number {
    return this.sheet.getLastRow();
  }
  lastColumn(): number {
    return this.sheet.getLastColumn();
  }
  maxRows(): number {
    return this.max ?? (this.max = this.sheet.getMaxRows());
  }
  maxColumns(): number {
    return this.sheet.getMaxColumns();
  }
  read(row: number, col: number, numRows: number, numCols: number): CellValue[][] {
    return this.sheet.getRange(row, col, numRows, numCols).getValues() as CellValue[][];
  }
  findRows(column: number, fromRow: number, query: { regex: string } | { text: string }): number[] {
    const rows = this.maxRows() - fromRow + 1;
    if (rows < 1) return [];
    const range = this.sheet.getRange(fromRow, column, rows, 1);
    const finder =
      'regex' in query
        ? range.createTextFinder(query.regex).useRegularExpression(true).matchEntireCell(true)
        : range.createTextFinder(query.text).matchCase(false);
    return finder.findAll().map((r) => r.getRow());
  }
  write(row: number, col: number, values: CellValue[][]): void {
    if (values.length === 0) return;
    this.sheet.getRange(row, col, values.length, values[0].length).setValues(values);
  }
  insertRowsAfter(afterRow: number, count: number): void {
    this.sheet.insertRowsAfter(afterRow, count);
    this.max = null;
  }
  deleteRows(row: number, count: number): void {
    this.sheet.deleteRows(row, count);
    this.max = null;
  }
  insertColumnsAfter(afterColumn: number, count: number): void {
    this.sheet.insertColumnsAfter(afterColumn, count);
  }
  trimColumnsAfter(lastColumn: number): void {
    const max = this.sheet.getMaxColumns();
    if (max > lastColumn) this.sheet.deleteColumns(lastColumn + 1, max - lastColumn);
  }

  addSheetMetadata(key: string, value: string): void {
    this.sheet.addDeveloperMetadata(key, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  }
  columnMetadata(key: string): Array<{ value: string; column: number }> {
    return this.sheet
      .createDeveloperMetadataFinder()
      .withKey(key)
      .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
      .find()
      .map((md) => {
        const range = md.getLocation().getColumn();
        return { value: md.getValue() ?? '', column: range ? range.getColumn() : -1 };
      })
      .filter((m) => m.column > 0);
  }
  addColumnMetadata(column: number, key: string, value: string): void {
    this.sheet
      .getRange(1, column, this.maxRows(), 1)
      .addDeveloperMetadata(key, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  }
  styleHeader(numColumns: number, notes: string[]): void {
    const header = this.sheet.getRange(1, 1, 1, numColumns);
    header.setFontWeight('bold').setBackground('#e8f0fe').setWrap(true).setVerticalAlignment('middle');
    header.setNotes([notes]);
  }
  setFrozen(rows: number, columns: number): void {
    this.sheet.setFrozenRows(rows);
    if (columns > 0) this.sheet.setFrozenColumns(columns);
  }
  setColumnWidth(column: number, width: number): void {
    this.sheet.setColumnWidth(column, width);
  }
  setColumnFormats(firstColumn: number, formats: string[]): void {
    const rows = this.maxRows() - 1;
    if (rows < 1 || formats.length === 0) return;
    const grid = Array.from({ length: rows }, () => formats);
    this.sheet.getRange(2, firstColumn, rows, formats.length).setNumberFormats(grid);
  }
  setColumnValidation(column: number, rule: ValidationRule): void {
    const rows = this.maxRows() - 1;
    if (rows < 1) return;
    let b = SpreadsheetApp.newDataValidation();
    switch (rule.kind) {
      case 'list':
        b = b.requireValueInList([...(rule.values ?? [])], true);
        break;
      case 'numberMin':
        b = b.requireNumberGreaterThanOrEqualTo(rule.min ?? 0);
        break;
      case 'date':
        b = b.requireDate();
        break;
      case 'email':
        b = b.requireTextIsEmail();
        break;
      case 'checkbox':
        b = b.requireCheckbox();
        break;
    }
    b = b.setAllowInvalid(rule.allowInvalid);
    if (rule.helpText) b = b.setHelpText(rule.helpText);
    this.sheet.getRange(2, column, rows, 1).setDataValidation(b.build());
  }
  protectWarningOnly(description: string): void {
    this.sheet.protect().setDescription(description).setWarningOnly(true);
  }
  isProtected(): boolean {
    return this.sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0;
  }
  hide(): void {
    this.sheet.hideSheet();
  }
}

export function documentProperties(): PropertyPort {
  const store = PropertiesService.getDocumentProperties();
  return {
    getAll: () => store.getProperties(),
    set: (key, value) => {
      store.setProperty(key, value);
    },
    setMany: (values) => {
      store.setProperties(values);
    },
  };
}
