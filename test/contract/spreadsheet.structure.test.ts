/**
 * Contract: sheets of the workbook, and rows/columns being inserted, deleted, moved and sorted.
 */
import { openWorkbook } from './helpers/spreadsheetFixture';

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
describe('the bound spreadsheet and its sheets', () => {
  test('a new workbook has one sheet "Sheet1", 1000 × 26, locale kk_KZ and the script time zone', () => {
    const { ss } = openWorkbook({ scriptTimeZone: 'Asia/Almaty' });
    expect(ss.getName()).toBe('Kitaphana (local)');
    expect(ss.getSpreadsheetLocale()).toBe('kk_KZ');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Almaty');
    expect(ss.getNumSheets()).toBe(1);
    const s = ss.getSheets()[0];
    expect([s.getName(), s.getIndex(), s.getSheetId(), s.getMaxRows(), s.getMaxColumns()]).toEqual(['Sheet1', 1, 0, 1000, 26]);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex
  test('insertSheet(name, index): 0-based index, becomes active; ids are distinct and stable', () => {
    const { ss } = openWorkbook();
    const a = ss.insertSheet('Оқырмандар');
    const b = ss.insertSheet('Кітаптар', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Кітаптар', 'Sheet1', 'Оқырмандар']);
    expect(b.getIndex()).toBe(1);
    expect(ss.getActiveSheet().getName()).toBe('Кітаптар');
    const ids = ss.getSheets().map((s) => s.getSheetId());
    expect(new Set(ids).size).toBe(3);
    expect(ss.getSheetById(a.getSheetId())!.getName()).toBe('Оқырмандар');
    expect(ss.getSheetByName('Жоқ')).toBeNull();
    b.setName('Кітап қоры');
    expect(b.getSheetId()).toBe(ids[0]);
  });

  test('insertSheet() without a name picks an unused "SheetN"', () => {
    const { ss } = openWorkbook();
    expect(ss.insertSheet().getName()).toBe('Sheet2');
    ss.insertSheet('Sheet3');
    expect(ss.insertSheet().getName()).toBe('Sheet4');
  });

  test('sheet names are unique: insertSheet and setName throw the Apps Script message', () => {
    const { ss } = openWorkbook();
    ss.insertSheet('Журнал');
    expect(() => ss.insertSheet('Журнал')).toThrow('A sheet with the name "Журнал" already exists. Please enter another name.');
    expect(() => ss.getSheets()[0].setName('Журнал')).toThrow('A sheet with the name "Журнал" already exists. Please enter another name.');
    expect(ss.getSheets()[0].setName('Sheet1').getName()).toBe('Sheet1'); // renaming to itself is fine
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deletesheetsheet
  test("deleteSheet removes a sheet and its metadata; the last one can't be removed", () => {
    const { ss, sheet } = openWorkbook();
    const b = ss.insertSheet('B');
    b.addDeveloperMetadata('journal', 'loans');
    ss.deleteSheet(b);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(ss.createDeveloperMetadataFinder().withKey('journal').find()).toEqual([]);
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
    expect(() => b.getName()).toThrow();
  });

  test('hide/show, tab colour, active sheet', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidesheet
    const { ss, sheet } = openWorkbook();
    const log = ss.insertSheet('Log');
    log.hideSheet();
    expect(log.isSheetHidden()).toBe(true);
    log.showSheet();
    expect(log.isSheetHidden()).toBe(false);
    log.setTabColor('#ff0000');
    expect(log.getTabColor()).toBe('#ff0000');
    ss.setActiveSheet(sheet);
    expect(ss.getActiveSheet().getSheetId()).toBe(0);
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertrowsafterafterposition,-howmany
describe('inserting and deleting rows', () => {
  test('insertRowsAfter/Before shift the cells and grow the sheet', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1:A3').setValues([['h'], ['a'], ['b']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues().map((r) => r[0])).toEqual(['h', '', '', 'a', 'b']);
    sheet.insertRowBefore(1);
    expect(sheet.getRange('A2').getValue()).toBe('h');
  });
  test('new rows take the formatting and validation of their neighbour (UI behaviour; not verified for scripts)', () => {
    const { app, sheet } = openWorkbook();
    sheet.getRange('A2').setNumberFormat('@').setDataValidation(app.newDataValidation().requireCheckbox().build()).setValue('x');
    sheet.insertRowsAfter(2, 1);
    expect(sheet.getRange('A3').getNumberFormat()).toBe('@');
    expect(sheet.getRange('A3').getDataValidation()!.getCriteriaType()).toBe(app.DataValidationCriteria.CHECKBOX);
    expect(sheet.getRange('A3').getValue()).toBe('');
  });
  test('deleteRow(s) shifts up; out of bounds and deleting every non-frozen row throw', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowsrowposition,-howmany
    const { sheet } = openWorkbook();
    sheet.getRange('A1:A4').setValues([['1'], ['2'], ['3'], ['4']]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[1], [4]]);
    expect(sheet.getMaxRows()).toBe(998);
    expect(() => sheet.deleteRows(998, 2)).toThrow('Those rows are out of bounds.');
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 997)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });
});

describe('columns', () => {
  test('insertColumnsAfter/Before, deleteColumn(s), widths follow their columns', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertcolumnsbeforebeforeposition,-howmany
    const { sheet } = openWorkbook();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.setColumnWidth(2, 250);
    sheet.insertColumnsBefore(2, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['a', '', '', 'b', 'c']]);
    expect(sheet.getColumnWidth(4)).toBe(250);
    sheet.insertColumnAfter(5);
    sheet.deleteColumns(2, 2);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['a', 'b', 'c']]);
    sheet.deleteColumn(1);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['b', 'c']]);
    expect(sheet.getColumnWidth(1)).toBe(250);
    expect(() => sheet.deleteColumns(27, 1)).toThrow('Those columns are out of bounds.');
  });
  test('setColumnWidths, hideColumns', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setcolumnwidthsstartcolumn,-numcolumns,-width
    const { sheet } = openWorkbook();
    sheet.setColumnWidths(1, 3, 80);
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([80, 80, 80, 100]);
    sheet.hideColumns(2, 2);
    expect([1, 2, 3, 4].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, true, false]);
  });
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#movecolumnscolumnspec,-destinationindex
  test('moveColumns: the destination index is in the coordinates before the move', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1:E1').setValues([['a', 'b', 'c', 'd', 'e']]);
    sheet.getRange('A2').setNumberFormat('@');
    // The reference example: moving column A to index 3 puts it between B and C.
    sheet.moveColumns(sheet.getRange('A1'), 3);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['b', 'a', 'c', 'd', 'e']]);
    expect(sheet.getRange('B2').getNumberFormat()).toBe('@');
    sheet.moveColumns(sheet.getRange('D1:E1'), 1);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['d', 'e', 'b', 'a', 'c']]);
  });
  test('moveRows works the same way', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#moverowsrowspec,-destinationindex
    const { sheet } = openWorkbook();
    sheet.getRange('A1:A4').setValues([['1'], ['2'], ['3'], ['4']]);
    sheet.moveRows(sheet.getRange('A4'), 1);
    expect(sheet.getRange('A1:A4').getValues().map((r) => r[0])).toEqual([4, 1, 2, 3]);
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#sortcolumnposition,-ascending
describe('sort', () => {
  test('sorts the rows below the frozen rows; formats and validations move with their cells; empty last', () => {
    const { app, sheet } = openWorkbook();
    sheet.setFrozenRows(1);
    sheet.getRange('A1:B5').setValues([['name', 'n'], ['c', 3], ['', 9], ['a', 1], ['b', 2]]);
    sheet.getRange('B4').setNumberFormat('0.00');
    sheet.getRange('C4').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.sort(1);
    expect(sheet.getRange('A1:B5').getValues()).toEqual([['name', 'n'], ['a', 1], ['b', 2], ['c', 3], ['', 9]]);
    expect(sheet.getRange('B2').getNumberFormat()).toBe('0.00');
    expect(sheet.getRange('C2').getDataValidation()).not.toBeNull();
    sheet.sort(2, false);
    expect(sheet.getRange('B2:B5').getValues().map((r) => r[0])).toEqual([9, 3, 2, 1]);
  });
  test('Range.sort sorts only the range', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#sortsortspecobj
    const { sheet } = openWorkbook();
    sheet.getRange('A1:C3').setValues([[3, 'x', 'keep1'], [1, 'y', 'keep2'], [2, 'z', 'keep3']]);
    sheet.getRange('A1:B3').sort({ column: 1, ascending: true });
    expect(sheet.getRange('A1:C3').getValues()).toEqual([[1, 'y', 'keep1'], [2, 'z', 'keep2'], [3, 'x', 'keep3']]);
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents
describe('appendRow', () => {
  test('writes after the last row with content and grows a full sheet', () => {
    const { sheet } = openWorkbook();
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', 2]);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['a', 1], ['b', 2]]);
    sheet.deleteRows(3, 998);
    expect(sheet.getMaxRows()).toBe(2);
    sheet.appendRow(['c', 3]);
    expect(sheet.getMaxRows()).toBe(3);
    expect(sheet.getLastRow()).toBe(3);
    sheet.appendRow(Array.from({ length: 30 }, (_, i) => i));
    expect(sheet.getMaxColumns()).toBe(30);
  });
  test('respects a plain-text column format', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A:A').setNumberFormat('@');
    sheet.appendRow(['007', '007']);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['007', 7]]);
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#setfrozenrowsrows
test('frozen rows and columns', () => {
  const { sheet } = openWorkbook();
  sheet.setFrozenRows(2);
  sheet.setFrozenColumns(1);
  expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([2, 1]);
});
