/**
 * Contract: Range values, formulas, A1 notation, number formats and display values.
 * Each test cites the reference page it follows; "not verified" marks the common understanding.
 */
import * as vm from 'vm';
import { openWorkbook } from './helpers/spreadsheetFixture';

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column
describe('ranges are 1-based', () => {
  test('getRange(1,1) is A1, getRange(2,3,4,5) is C2:G5', () => {
    const { sheet } = openWorkbook();
    expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
    const r = sheet.getRange(2, 3, 4, 5);
    expect(r.getA1Notation()).toBe('C2:G5');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual([2, 3, 4, 5, 5, 7]);
  });

  test('row or column below 1 and empty sizes throw the Apps Script messages', () => {
    const { sheet } = openWorkbook();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
  });

  // A count that is accidentally undefined arrives as null: the call does not match a signature
  // ("The parameters (number,number,null,number) don't match the method signature", not verified wording).
  test('an undefined row or column count is refused, not read as 1', () => {
    const { sheet } = openWorkbook();
    expect(() => sheet.getRange(1, 1, undefined as unknown as number, 5)).toThrow(/don't match the method signature/);
    expect(() => sheet.getRange(1, 1, 2, undefined as unknown as number)).toThrow(/don't match the method signature/);
    expect(sheet.getRange(1, 1, 2).getA1Notation()).toBe('A1:A2');
  });

  test('a range beyond getMaxRows/getMaxColumns throws', () => {
    const { sheet } = openWorkbook();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('A1:A1001')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation
// https://developers.google.com/workspace/sheets/api/guides/concepts#cell (A1 notation)
describe('A1 notation', () => {
  test('cells, blocks, whole columns and rows', () => {
    const { sheet } = openWorkbook();
    const b = sheet.getRange('A1:C3');
    expect([b.getRow(), b.getColumn(), b.getNumRows(), b.getNumColumns()]).toEqual([1, 1, 3, 3]);
    const c = sheet.getRange('C:C');
    expect([c.getRow(), c.getColumn(), c.getNumRows(), c.getNumColumns()]).toEqual([1, 3, 1000, 1]);
    expect(c.getA1Notation()).toBe('C:C');
    const r = sheet.getRange('2:2');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 1, 1, 26]);
    expect(r.getA1Notation()).toBe('2:2');
    expect(sheet.getRange('$B$2').getA1Notation()).toBe('B2');
    expect(sheet.getRange('AA1'.replace('AA', 'Z')).getColumn()).toBe(26);
  });

  test("a sheet name prefix, quoted when it has spaces: 'Sheet name'!A1", () => {
    const { ss } = openWorkbook();
    ss.insertSheet('Кітап қоры');
    const r = ss.getRange("'Кітап қоры'!B2:C3");
    expect(r.getSheet().getName()).toBe('Кітап қоры');
    expect(r.getA1Notation()).toBe('B2:C3');
    expect(ss.getRange('Sheet1!A1').getSheet().getName()).toBe('Sheet1');
  });

  test('a malformed reference throws "Range not found" (not verified beyond the common message)', () => {
    const { sheet } = openWorkbook();
    expect(() => sheet.getRange('1A')).toThrow('Range not found');
    expect(() => sheet.getRange('Nope!A1')).toThrow('Range not found');
  });

  test('offset keeps the size unless given', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#offsetrowoffset,-columnoffset
    const { sheet } = openWorkbook();
    expect(sheet.getRange('B2:C3').offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(sheet.getRange('B2').offset(0, 1, 2, 3).getA1Notation()).toBe('C2:E3');
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues
describe('setValues dimensions', () => {
  test('rows mismatch', () => {
    const { sheet } = openWorkbook();
    expect(() => sheet.getRange(1, 1, 3, 2).setValues([[1, 2], [3, 4]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });
  test('columns mismatch, also for a non-rectangular array', () => {
    const { sheet } = openWorkbook();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2, 3], [4, 5, 6]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0); // nothing was written
  });
  test('a 1-D array does not match the signature', () => {
    const { sheet } = openWorkbook();
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([1, 2] as unknown as unknown[][])).toThrow(/don't match the method signature for SpreadsheetApp.Range.setValues/);
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues
describe('getValues', () => {
  test("numbers, booleans, Dates and '' for empty cells", () => {
    const { sheet } = openWorkbook();
    const d = new Date('2026-11-27T05:30:00Z');
    sheet.getRange(1, 1, 1, 4).setValues([[42, true, d, 'text']]);
    const v = sheet.getRange(1, 1, 2, 5).getValues();
    expect(v).toEqual([
      [42, true, d, 'text', ''],
      ['', '', '', '', ''],
    ]);
    expect(v[0][2]).toBeInstanceOf(Date);
  });
  test('Dates made inside the script sandbox (another realm) are stored as dates', () => {
    const { sheet } = openWorkbook();
    const d = vm.runInNewContext('new Date(Date.UTC(2026, 10, 27))') as Date;
    expect(d instanceof Date).toBe(false);
    sheet.getRange('A1').setValue(d);
    expect(sheet.getRange('A1').getValue()).toEqual(new Date(Date.UTC(2026, 10, 27)));
  });
  test('returns a fresh copy: mutating it (or a written Date) changes nothing', () => {
    const { sheet } = openWorkbook();
    const d = new Date('2026-01-01T00:00:00Z');
    sheet.getRange('A1:B1').setValues([[d, 'x']]);
    d.setFullYear(1999);
    const v = sheet.getRange('A1:B1').getValues();
    v[0][1] = 'changed';
    (v[0][0] as Date).setFullYear(2000);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[new Date('2026-01-01T00:00:00Z'), 'x']]);
  });
  test('getValue is the top-left cell; setValue fills every cell of the range', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
    const { sheet } = openWorkbook();
    sheet.getRange('A1:B2').setValue(7);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([[7, 7], [7, 7]]);
    sheet.getRange('B2').setValue('last');
    expect(sheet.getRange('B2:C3').getValue()).toBe('last');
    sheet.getRange('A1').setValue(null);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
// "If the value begins with '=' it is interpreted as a formula."
describe('formulas', () => {
  test("a string starting with '=' becomes a formula; getValues never returns the formula text", () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1:B1').setValues([['=1+1', '=SUM(A1)']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=1+1', '=SUM(A1)']]);
    const v = sheet.getRange('A1:B1').getValues();
    // The emulator does not evaluate formulas: the value is the error Sheets shows for an unknown name.
    expect(v).toEqual([['#NAME?', '#NAME?']]);
    expect(sheet.getLastRow()).toBe(1);
  });
  test('setFormula / getFormula; a later plain value removes the formula', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setformulaformula
    const { sheet } = openWorkbook();
    sheet.getRange('C3').setFormula('=A1*2');
    expect(sheet.getRange('C3').getFormula()).toBe('=A1*2');
    sheet.getRange('C3').setValue(5);
    expect(sheet.getRange('C3').getFormula()).toBe('');
    expect(sheet.getRange('C3').getValue()).toBe(5);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
  });
  test("appendRow: \"If a cell's content begins with =, it's interpreted as a formula\"", () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents
    const { sheet } = openWorkbook();
    sheet.appendRow(['a', '=NOW()']);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=NOW()']]);
  });
});

// Typed-input conversion: not verified in detail (the reference only says values are "numeric, string,
// boolean or date"); we follow the common understanding that setValue parses strings as typed input.
describe('strings that Sheets converts', () => {
  test("numbers, TRUE/FALSE and dates are converted; a leading apostrophe keeps text and is dropped", () => {
    const { sheet } = openWorkbook({ scriptTimeZone: 'Asia/Almaty' });
    sheet.getRange(1, 1, 1, 9).setValues([['123', '007', '1.5', '1,5', 'true', '2026-11-27', '27.11.2026', "'123", "'=1+1"]]);
    const v = sheet.getRange(1, 1, 1, 9).getValues()[0];
    expect(v.slice(0, 5)).toEqual([123, 7, 1.5, 1.5, true]); // '1,5' because kk_KZ uses a decimal comma
    // Midnight in the spreadsheet time zone (Asia/Almaty, UTC+5 since 2024-03-01).
    expect(v[5]).toEqual(new Date('2026-11-26T19:00:00Z'));
    expect(v[6]).toEqual(new Date('2026-11-26T19:00:00Z'));
    expect(v[7]).toBe('123');
    expect(v[8]).toBe('=1+1');
    expect(sheet.getRange('I1').getFormula()).toBe('');
  });
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue : a string beginning
  // with '=' is a formula. Whether the '@' format overrides that is not verified: the documented side is kept.
  test("plain text format '@' keeps strings as text, but '=' still makes a formula (documented side; '@' not verified)", () => {
    const { sheet } = openWorkbook();
    const r = sheet.getRange('A1:D1');
    r.setNumberFormat('@');
    r.setValues([['007', '2026-11-27', 'TRUE', '=1+1']]);
    expect(r.getValues()).toEqual([['007', '2026-11-27', 'TRUE', '#NAME?']]);
    expect(r.getFormulas()).toEqual([['', '', '', '=1+1']]);
    // Numbers written as numbers stay numbers.
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('A1').getValue()).toBe(5);
  });
  test('other text is stored as is', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1:C1').setValues([['+7 701 000 00 00', ' Абай ', 'ISBN 978-601']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['+7 701 000 00 00', ' Абай ', 'ISBN 978-601']]);
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalues
// https://developers.google.com/workspace/sheets/api/guides/formats (number and date format patterns)
describe('display values follow the number format, in the spreadsheet time zone', () => {
  test('number patterns with the locale separators (kk_KZ: decimal comma, no-break space groups; not verified)', () => {
    const { sheet } = openWorkbook();
    const r = sheet.getRange('A1:E1');
    r.setValues([[1234.5, 1234.5, 1234567.891, 1234567.891, 0.25]]);
    r.setNumberFormats([['0', '0.00', '#,##0', '#,##0.00', '0%']]);
    expect(r.getDisplayValues()).toEqual([['1235', '1234,50', '1\u00a0234\u00a0568', '1\u00a0234\u00a0567,89', '25%']]);
    expect(r.getNumberFormats()).toEqual([['0', '0.00', '#,##0', '#,##0.00', '0%']]);
  });
  test('en_US separators', () => {
    const { sheet } = openWorkbook({}, { locale: 'en_US' });
    sheet.getRange('A1').setValue(1234567.891).setNumberFormat('#,##0.00');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1,234,567.89');
  });
  test('date patterns: dd.MM.yyyy, dd.MM.yyyy HH:mm, yyyy-MM-dd', () => {
    const { sheet } = openWorkbook({ scriptTimeZone: 'Asia/Almaty' });
    const d = new Date('2026-11-27T04:05:00Z'); // 09:05 in Almaty
    const r = sheet.getRange('A1:C1');
    r.setValues([[d, d, d]]);
    r.setNumberFormats([['dd.MM.yyyy', 'dd.MM.yyyy HH:mm', 'yyyy-MM-dd']]);
    expect(r.getDisplayValues()).toEqual([['27.11.2026', '27.11.2026 09:05', '2026-11-27']]);
  });
  test('the spreadsheet time zone, not the machine one, decides the day', () => {
    const { ss, sheet } = openWorkbook({ scriptTimeZone: 'Asia/Almaty' });
    sheet.getRange('A1').setValue(new Date('2026-11-27T20:00:00Z')).setNumberFormat('dd.MM.yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('28.11.2026');
    ss.setSpreadsheetTimeZone('America/New_York');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('27.11.2026');
  });
  test("text stays text whatever the format; '@' shows numbers as they are", () => {
    const { sheet } = openWorkbook();
    sheet.getRange('A1:B1').setValues([['abc', 42]]).setNumberFormat('@');
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['abc', '42']]);
    sheet.getRange('C1').setValue(true);
    expect(sheet.getRange('C1').getDisplayValue()).toBe('TRUE');
  });
  test('default number format is "General" (not verified)', () => {
    const { sheet } = openWorkbook();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('General');
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#getdatarange
describe('last row/column and data range', () => {
  test('0 on an empty sheet; getDataRange is A1 there', () => {
    const { sheet } = openWorkbook();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });
  test('the last row and column with content; formats alone are not content', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('B3').setValue('x');
    sheet.getRange('D2').setValue(0);
    sheet.getRange('F10').setNumberFormat('@').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:D3');
    sheet.getRange('B3').clearContent();
    expect(sheet.getLastRow()).toBe(2);
  });
});

describe('notes and styles', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setnotenote
  test('setNote/getNote; styles read back', () => {
    const { sheet } = openWorkbook();
    const r = sheet.getRange('A1:B1');
    r.setNote('Міндетті').setFontWeight('bold').setBackground('#d9ead3').setWrap(true).setHorizontalAlignment('center');
    expect(r.getNotes()).toEqual([['Міндетті', 'Міндетті']]);
    expect(sheet.getRange('A2').getNote()).toBe('');
    expect(sheet.getRange('B1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('C1').getFontWeight()).toBe('normal');
    expect(r.getBackgrounds()).toEqual([['#d9ead3', '#d9ead3']]);
    expect(r.getWrap()).toBe(true);
    expect(r.getHorizontalAlignment()).toBe('center');
    r.setFontWeight(null).setNote(null);
    expect(r.getFontWeight()).toBe('normal');
    expect(r.getNote()).toBe('');
  });
});

describe('service calls are counted', () => {
  test('every method call is "Class.method"; cells read and written are metered', () => {
    const { host, sheet } = openWorkbook();
    host.meter.reset();
    sheet.getRange(1, 1, 10, 3).setValues(Array.from({ length: 10 }, () => [1, 2, 3]));
    sheet.getRange('A1:C10').getValues();
    sheet.getRange('A1').getValue();
    const s = host.meter.snapshot();
    expect(s.calls).toEqual({ 'Range.getValue': 1, 'Range.getValues': 1, 'Range.setValues': 1, 'Sheet.getRange': 3 });
    expect(s.cellsWritten).toBe(30);
    expect(s.cellsRead).toBe(31);
  });
  test('chained calls on returned objects are counted too', () => {
    const { host, sheet } = openWorkbook();
    host.meter.reset();
    sheet.getRange('A1').setValue(1).setNumberFormat('0').setFontWeight('bold');
    expect(host.meter.snapshot().calls).toEqual({ 'Sheet.getRange': 1, 'Range.setValue': 1, 'Range.setNumberFormat': 1, 'Range.setFontWeight': 1 });
  });
});
