/**
 * Contract: TextFinder.
 * https://developers.google.com/apps-script/reference/spreadsheet/text-finder
 * https://developers.google.com/apps-script/reference/spreadsheet/range#createtextfinderfindtext
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#createtextfinderfindtext
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createtextfinderfindtext
 * Regular expressions: the Sheets API FindReplaceRequest.searchByRegex ("should follow Java regex rules")
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#findreplacerequest
 * "Not verified" marks behaviour the reference does not state; the emulator's choice is pinned here.
 */
import { openWorkbook } from './helpers/spreadsheetFixture';

type Range = GoogleAppsScript.Spreadsheet.Range;
const a1 = (rs: Range[]) => rs.map((r) => r.getA1Notation());
const where = (rs: Range[]) => rs.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`);

function grid(rows: unknown[][]) {
  const wb = openWorkbook();
  wb.sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  wb.host.meter.reset();
  return wb;
}

describe('creating a TextFinder', () => {
  test('Range, Sheet and Spreadsheet create one; the options chain and return the finder', () => {
    const { ss, sheet } = grid([['dog', 'cat']]);
    const tf = sheet.createTextFinder('dog');
    expect(tf.matchCase(false).matchEntireCell(false).matchFormulaText(false).ignoreDiacritics(false).useRegularExpression(false)).toBe(tf);
    expect(tf.startFrom(sheet.getRange('A1'))).toBe(tf);
    expect(a1(sheet.getRange('A1:B1').createTextFinder('cat').findAll())).toEqual(['B1']);
    expect(a1(ss.createTextFinder('dog').findAll())).toEqual(['A1']);
  });

  test('an empty findText throws (not verified wording); a non-string does not match the signature', () => {
    const { sheet } = grid([['x']]);
    expect(() => sheet.createTextFinder('')).toThrow('Invalid argument: findText');
    expect(() => sheet.createTextFinder(42 as unknown as string)).toThrow("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.createTextFinder.");
    expect(() => sheet.createTextFinder('x').matchCase('yes' as unknown as boolean)).toThrow(/don't match the method signature for SpreadsheetApp.TextFinder.matchCase/);
  });

  test('under AuthMode.NONE a finder kept from earlier cannot search', () => {
    const wb = grid([['x']]);
    const tf = wb.sheet.createTextFinder('x');
    wb.host.setAuthMode('NONE');
    expect(() => tf.findAll()).toThrow(/You do not have permission to call TextFinder.findAll/);
  });
});

describe('what is matched', () => {
  // matchCase: "otherwise the search defaults to case-insensitive matching"
  test('case-insensitive by default, exact case with matchCase(true); Cyrillic and Kazakh letters too', () => {
    const { sheet } = grid([['Абай Құнанбайұлы', 'абай', 'ABAI']]);
    expect(a1(sheet.createTextFinder('АБАЙ').findAll())).toEqual(['A1', 'B1']);
    expect(a1(sheet.createTextFinder('құнанбай').findAll())).toEqual(['A1']);
    expect(a1(sheet.createTextFinder('абай').matchCase(true).findAll())).toEqual(['B1']);
    expect(a1(sheet.createTextFinder('abai').findAll())).toEqual(['C1']);
  });

  // matchEntireCell: "otherwise, the search defaults to partial matching"
  test('partial matching by default, the whole cell with matchEntireCell(true)', () => {
    const { sheet } = grid([['978-601-7000-00-1', '978-601-7000-00-12', 'x 978-601-7000-00-1']]);
    expect(a1(sheet.createTextFinder('978-601-7000-00-1').findAll())).toEqual(['A1', 'B1', 'C1']);
    expect(a1(sheet.createTextFinder('978-601-7000-00-1').matchEntireCell(true).findAll())).toEqual(['A1']);
  });

  test('cells are matched on their displayed value (getDisplayValues), in the spreadsheet locale', () => {
    const wb = openWorkbook(); // kk_KZ: decimal comma, dd.MM.yyyy dates
    const { sheet } = wb;
    sheet.getRange('A1').setValue(3.5).setNumberFormat('0.00');
    sheet.getRange('B1').setValue(new Date('2025-09-01T00:00:00+05:00'));
    sheet.getRange('C1').setValue(true);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['3,50', '01.09.2025', 'TRUE']]);
    expect(a1(sheet.createTextFinder('3,50').findAll())).toEqual(['A1']);
    expect(sheet.createTextFinder('3.5').findAll()).toEqual([]);
    expect(a1(sheet.createTextFinder('01.09.2025').matchEntireCell(true).findAll())).toEqual(['B1']);
    expect(a1(sheet.createTextFinder('true').findAll())).toEqual(['C1']);
    sheet.getRange('A2:C2').setValues([[1234567, 0.5, -0]]);
    expect(sheet.getRange('A2:C2').getDisplayValues()).toEqual([['1234567', '0,5', '0']]);
    expect(a1(sheet.createTextFinder('4567').findAll())).toEqual(['A2']);
    expect(a1(sheet.createTextFinder('0,5').findAll())).toEqual(['B2']);
    expect(a1(sheet.createTextFinder('0').matchEntireCell(true).findAll())).toEqual(['C2']);
  });

  // matchFormulaText: "otherwise cells with formulas are considered based on their displayed value"
  test('formula text only with matchFormulaText(true); other cells are still matched on their value', () => {
    const { sheet } = grid([['=SUM(B1:B2)', 'SUM of copies']]);
    expect(a1(sheet.createTextFinder('sum(').findAll())).toEqual([]);
    expect(a1(sheet.createTextFinder('sum').findAll())).toEqual(['B1']);
    expect(a1(sheet.createTextFinder('sum').matchFormulaText(true).findAll())).toEqual(['A1', 'B1']);
    // The emulator does not evaluate formulas: their displayed value is #NAME?.
    expect(a1(sheet.createTextFinder('#NAME?').matchEntireCell(true).findAll())).toEqual(['A1']);
  });

  test('plain text is not a pattern: "." and "(" are literal', () => {
    const { sheet } = grid([['a.c', 'abc', 'f(x)']]);
    expect(a1(sheet.createTextFinder('a.c').findAll())).toEqual(['A1']);
    expect(a1(sheet.createTextFinder('f(x)').findAll())).toEqual(['C1']);
  });

  // useRegularExpression: "interpret the search string as a regular expression". Java rules per the Sheets
  // API; the emulator uses JavaScript RegExp (not verified where the two differ).
  test('regular expressions, with the case and entire-cell options', () => {
    const { sheet } = grid([['978-601-1', 'ISBN 978-601-2', 'Isbn', 'isbn 5']]);
    expect(a1(sheet.createTextFinder('^978-\\d+-\\d$').useRegularExpression(true).findAll())).toEqual(['A1']);
    expect(a1(sheet.createTextFinder('isbn \\d').useRegularExpression(true).findAll())).toEqual(['B1', 'D1']);
    expect(a1(sheet.createTextFinder('isbn \\d').useRegularExpression(true).matchCase(true).findAll())).toEqual(['D1']);
    expect(a1(sheet.createTextFinder('isbn').useRegularExpression(true).matchEntireCell(true).findAll())).toEqual(['C1']);
    expect(a1(sheet.createTextFinder('\\p{Lu}{4}').useRegularExpression(true).matchCase(true).findAll())).toEqual(['B1']);
    expect(a1(sheet.createTextFinder('978\\-601').useRegularExpression(true).findAll())).toEqual(['A1', 'B1']); // Java accepts \-
    expect(() => sheet.createTextFinder('(').useRegularExpression(true).findAll()).toThrow('Invalid regular expression: ('); // not verified wording
  });

  // ignoreDiacritics: "A diacritic is a sign, such as an accent or cedilla, which when written above or below
  // a letter indicates a difference in pronunciation from the same letter when unmarked".
  test('ignoreDiacritics folds accents on both sides, also in decomposed (NFD) cell text', () => {
    const { sheet } = grid([['Café', 'Cafe\u0301 noir', 'cafe', 'Їжак', 'ўрок']]);
    // Without it, matching is by code units: the decomposed "Cafe\u0301" does contain "cafe".
    expect(a1(sheet.createTextFinder('cafe').findAll())).toEqual(['B1', 'C1']);
    expect(a1(sheet.createTextFinder('café').findAll())).toEqual(['A1']);
    expect(a1(sheet.createTextFinder('cafe').ignoreDiacritics(true).findAll())).toEqual(['A1', 'B1', 'C1']);
    expect(a1(sheet.createTextFinder('CAFÉ').ignoreDiacritics(true).findAll())).toEqual(['A1', 'B1', 'C1']);
    expect(a1(sheet.createTextFinder('іжак').ignoreDiacritics(true).findAll())).toEqual(['D1']);
    expect(a1(sheet.createTextFinder('урок').ignoreDiacritics(true).findAll())).toEqual(['E1']);
  });

  test('й is a letter, not и with a mark; ё folds to е in ru but not in kk (the locale collation decides; not verified)', () => {
    const rows = [['Май', 'маи', 'Ёлка', 'е\u0308лка', 'и\u0306']];
    const kk = grid(rows); // the workbook's default locale, kk_KZ
    expect(a1(kk.sheet.createTextFinder('май').ignoreDiacritics(true).findAll())).toEqual(['A1']);
    expect(a1(kk.sheet.createTextFinder('маи').ignoreDiacritics(true).findAll())).toEqual(['B1']);
    expect(a1(kk.sheet.createTextFinder('елка').ignoreDiacritics(true).findAll())).toEqual([]);
    expect(a1(kk.sheet.createTextFinder('ёлка').ignoreDiacritics(true).findAll())).toEqual(['C1', 'D1']);
    expect(a1(kk.sheet.createTextFinder('й').ignoreDiacritics(true).findAll())).toEqual(['A1', 'E1']); // NFD й is still й
    kk.ss.setSpreadsheetLocale('ru_RU');
    expect(a1(kk.sheet.createTextFinder('елка').ignoreDiacritics(true).findAll())).toEqual(['C1', 'D1']);
    expect(a1(kk.sheet.createTextFinder('маи').ignoreDiacritics(true).findAll())).toEqual(['B1']);
  });

  test('empty cells never match; hidden columns are searched (not verified)', () => {
    const { sheet } = grid([['a', '', 'a']]);
    sheet.hideColumns(3);
    expect(a1(sheet.createTextFinder('^$').useRegularExpression(true).findAll())).toEqual([]);
    expect(a1(sheet.createTextFinder('a').findAll())).toEqual(['A1', 'C1']);
  });
});

describe('where and in which order', () => {
  test('each match is a single cell; row by row, left to right within a sheet (order not verified)', () => {
    const { sheet } = grid([
      ['', 'x', 'x'],
      ['x', '', 'xx'],
    ]);
    const all = sheet.createTextFinder('x').findAll();
    expect(a1(all)).toEqual(['B1', 'C1', 'A2', 'C2']);
    expect(all.every((r) => r.getNumRows() === 1 && r.getNumColumns() === 1)).toBe(true);
  });

  test('a Range finder searches only the range, whole columns too', () => {
    const { sheet } = grid([
      ['x', 'x', 'x'],
      ['x', 'x', 'x'],
    ]);
    expect(a1(sheet.getRange('B1:C1').createTextFinder('x').findAll())).toEqual(['B1', 'C1']);
    expect(a1(sheet.getRange('B:B').createTextFinder('x').findAll())).toEqual(['B1', 'B2']);
  });

  // Spreadsheet.createTextFinder: "The search starts from the first sheet of the spreadsheet."
  test('a Spreadsheet finder goes through the sheets in tab order', () => {
    const { ss, sheet } = grid([['x']]);
    const first = ss.insertSheet('Бірінші', 0);
    first.getRange('B2').setValue('x');
    const last = ss.insertSheet('Соңғы', 2);
    last.getRange('A1').setValue('x');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Бірінші', sheet.getName(), 'Соңғы']);
    expect(where(ss.createTextFinder('x').findAll())).toEqual(['Бірінші!B2', 'Sheet1!A1', 'Соңғы!A1']);
    expect(where(sheet.createTextFinder('x').findAll())).toEqual(['Sheet1!A1']);
  });
});

describe('findNext, findPrevious, getCurrentMatch, startFrom', () => {
  // findNext: "The next matching cell, or null if there are no previous matches" (sic); getCurrentMatch:
  // "or null if there are no further matches". No wrap-around is documented: the emulator does not wrap.
  test('findNext walks the matches and returns null after the last one (no wrap-around, not verified)', () => {
    const { sheet } = grid([['x', 'y', 'x'], ['x', '', '']]);
    const tf = sheet.createTextFinder('x');
    expect(tf.getCurrentMatch()).toBeNull();
    expect(tf.findNext()!.getA1Notation()).toBe('A1');
    expect(tf.getCurrentMatch()!.getA1Notation()).toBe('A1');
    expect(tf.findNext()!.getA1Notation()).toBe('C1');
    expect(tf.findNext()!.getA1Notation()).toBe('A2');
    expect(tf.findNext()).toBeNull();
    expect(tf.getCurrentMatch()).toBeNull();
    expect(tf.findNext()).toBeNull();
    expect(tf.findPrevious()!.getA1Notation()).toBe('A2');
    expect(tf.findPrevious()!.getA1Notation()).toBe('C1');
    expect(tf.findPrevious()!.getA1Notation()).toBe('A1');
    expect(tf.findPrevious()).toBeNull();
    expect(tf.findNext()!.getA1Notation()).toBe('A1');
  });

  test('findPrevious on a fresh finder returns null; findAll does not move the cursor (not verified)', () => {
    const { sheet } = grid([['x', 'x']]);
    const tf = sheet.createTextFinder('x');
    expect(tf.findPrevious()).toBeNull();
    tf.findNext();
    expect(a1(tf.findAll())).toEqual(['A1', 'B1']);
    expect(tf.getCurrentMatch()!.getA1Notation()).toBe('A1');
    expect(tf.findNext()!.getA1Notation()).toBe('B1');
  });

  test('findNext sees the cells as they are now', () => {
    const { sheet } = grid([['x', '', 'x']]);
    const tf = sheet.createTextFinder('x');
    expect(tf.findNext()!.getA1Notation()).toBe('A1');
    sheet.getRange('B1').setValue('x');
    expect(tf.findNext()!.getA1Notation()).toBe('B1');
  });

  // startFrom: "Configures the search to start searching immediately after the specified cell range."
  test('startFrom continues after the range (after its bottom-right cell, row-major: not verified)', () => {
    const { sheet } = grid([
      ['x', 'x', 'x'],
      ['x', 'x', 'x'],
    ]);
    const tf = sheet.createTextFinder('x').startFrom(sheet.getRange('A1:B1'));
    expect(tf.getCurrentMatch()).toBeNull();
    expect(tf.findNext()!.getA1Notation()).toBe('C1');
    expect(sheet.createTextFinder('x').startFrom(sheet.getRange('B2')).findPrevious()!.getA1Notation()).toBe('A2');
    expect(sheet.createTextFinder('x').startFrom(sheet.getRange('C2')).findNext()).toBeNull();
    // findAll ignores startFrom (not verified).
    expect(sheet.createTextFinder('x').startFrom(sheet.getRange('C1')).findAll()).toHaveLength(6);
  });

  test('startFrom on a Spreadsheet finder moves across sheets; a Sheet finder refuses another sheet (not verified)', () => {
    const { ss, sheet } = grid([['x']]);
    const other = ss.insertSheet('Екінші');
    other.getRange('A1').setValue('x');
    expect(where([ss.createTextFinder('x').startFrom(sheet.getRange('A1')).findNext()!])).toEqual(['Екінші!A1']);
    expect(() => sheet.createTextFinder('x').startFrom(other.getRange('A1'))).toThrow('The start range must be on the sheet being searched.');
  });
});

describe('replacing', () => {
  // replaceAllWith: "Returns the number of occurrences replaced, which may be different from the number of
  // matched cells."
  test('replaceAllWith replaces every occurrence and returns the number of occurrences', () => {
    const { sheet, host } = grid([['кітап, кітап', 'Кітап', 'дәптер']]);
    expect(sheet.createTextFinder('кітап').replaceAllWith('журнал')).toBe(3);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['журнал, журнал', 'журнал', 'дәптер']]);
    expect(host.meter.snapshot().cellsWritten).toBe(2);
    expect(sheet.createTextFinder('кітап').replaceAllWith('x')).toBe(0);
  });

  test('with matchEntireCell one occurrence per cell; replacement text is literal unless a regex is used', () => {
    const { sheet } = grid([['a$b', 'a$b c']]);
    expect(sheet.createTextFinder('a$b').matchEntireCell(true).replaceAllWith('$&-$1')).toBe(1);
    expect(sheet.getRange('A1').getValue()).toBe('$&-$1');
    const r = grid([['Google Sheets', 'Google Docs']]);
    // The Sheets API's own example: "o.* (.*)" with "$1 Rocks" gives "GSheets Rocks" and "GDocs Rocks".
    expect(r.sheet.createTextFinder('o.* (.*)').useRegularExpression(true).replaceAllWith('$1 Rocks')).toBe(2);
    expect(r.sheet.getRange('A1:B1').getValues()).toEqual([['GSheets Rocks', 'GDocs Rocks']]);
  });

  test('with ignoreDiacritics the accented original is replaced', () => {
    const { sheet } = grid([['Cafe\u0301 noir and café']]);
    expect(sheet.createTextFinder('cafe').ignoreDiacritics(true).replaceAllWith('bar')).toBe(2);
    expect(sheet.getRange('A1').getValue()).toBe('bar noir and bar');
  });

  test('the new text is written as typed input: text stays text in "@" cells (not verified)', () => {
    const wb = openWorkbook();
    const { sheet } = wb;
    sheet.getRange('A1:B1').setNumberFormat('@');
    sheet.getRange('A1:B1').setValues([['0071', '12']]);
    sheet.getRange('C1').setValue('12');
    expect(sheet.createTextFinder('1').replaceAllWith('5')).toBe(3);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['0075', '52', 52]]);
  });

  test('formula cells are rewritten only under matchFormulaText(true) (not verified)', () => {
    const { sheet } = grid([['=SUM(A2)', '#NAME?']]);
    expect(sheet.createTextFinder('#NAME?').replaceAllWith('0')).toBe(1); // B1 only
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(A2)');
    expect(sheet.createTextFinder('A2').matchFormulaText(true).replaceAllWith('B2')).toBe(1);
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(B2)');
  });

  // replaceWith: "Replaces the search text in the currently matched cell with the specified text".
  test('replaceWith changes only the current match; 0 when there is none (not verified)', () => {
    const { sheet } = grid([['ab ab', 'ab']]);
    const tf = sheet.createTextFinder('ab');
    expect(tf.replaceWith('x')).toBe(0);
    tf.findNext();
    expect(tf.replaceWith('x')).toBe(2);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['x x', 'ab']]);
    expect(tf.findNext()!.getA1Notation()).toBe('B1');
  });
});

describe('cost', () => {
  // A TextFinder searches on the server: the cells it looks at do not travel to the script, so they are
  // not counted as read; the benchmark prices findAll as one read round trip.
  test('only the calls are counted, not the cells searched', () => {
    const { sheet, host } = grid(Array.from({ length: 50 }, (_, i) => [`title ${i}`, `author ${i}`]));
    const found = sheet.getRange('A:A').createTextFinder('title 4').matchEntireCell(true).findAll();
    const s = host.meter.snapshot();
    expect(a1(found)).toEqual(['A5']);
    expect(s.calls).toEqual({ 'Sheet.getRange': 1, 'Range.createTextFinder': 1, 'TextFinder.matchEntireCell': 1, 'TextFinder.findAll': 1 });
    expect(s.cellsRead).toBe(0);
    expect(s.cellsWritten).toBe(0);
  });

  test('findAll over one column of a 60,000 × 12 sheet finds the exact cell and the word, reading nothing', () => {
    const { sheet, host } = openWorkbook();
    const rows = 60_000;
    sheet.insertRowsAfter(1000, rows - 1000);
    sheet.deleteColumns(13, 14);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([rows, 12]);
    const isbn = (i: number) => `978-601-${String(i).padStart(5, '0')}-0`;
    const data = Array.from({ length: rows }, (_, i) => [
      i + 1,
      `Title ${i} кітап`,
      isbn(i),
      `Author ${i % 500}`,
      2000 + (i % 25),
      'Алматы',
      'kk',
      i % 7,
      'note',
      'x',
      'y',
      `folded search text ${i}`,
    ]);
    sheet.getRange(1, 1, rows, 12).setValues(data);
    host.meter.reset();
    const column = sheet.getRange('C:C');
    const found = column.createTextFinder(isbn(54_321)).matchEntireCell(true).findAll();
    const words = sheet.getRange('L:L').createTextFinder('text 5999').findAll();
    expect(a1(found)).toEqual(['C54322']);
    expect(words).toHaveLength(11); // 5999, 59990..59999
    expect(host.meter.snapshot().cellsRead).toBe(0);
  });
});
