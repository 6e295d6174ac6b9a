/**
 * Contract: the workbook folder. Not an Apps Script behaviour: the emulator's own promise that a saved
 * workbook reads back exactly, in readable files, and that only what changed is rewritten.
 */
import * as fs from 'fs';
import * as path from 'path';
import { openWorkbook, reopen } from './helpers/spreadsheetFixture';

function fill(wb: ReturnType<typeof openWorkbook>) {
  const { app, ss, sheet } = wb;
  sheet.setName('Инвентарь');
  sheet.getRange('A1:E1').setValues([['№', 'Атауы', 'Күні', 'Бағасы', 'Формула']]).setFontWeight('bold');
  sheet.getRange('A2:A3').setNumberFormat('@');
  sheet.getRange('A2:E3').setValues([
    ['007', 'Абай жолы', new Date('2026-11-27T05:00:00Z'), 1500.5, '=D2*2'],
    ['008', "'=не формула", '', true, ''],
  ]);
  sheet.getRange('C2').setNumberFormat('dd.MM.yyyy');
  sheet.getRange('D2:D1000').setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setHelpText('≥ 0').build());
  sheet.getRange('B1').setNote('Кітаптың атауы');
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(2, 320);
  sheet.hideColumns(5);
  sheet.setTabColor('#00ff00');
  sheet.protect().setDescription('legal').setWarningOnly(true);
  sheet.addDeveloperMetadata('journal', 'inventory');
  sheet.getRange('B:B').addDeveloperMetadata('column', 'title');
  ss.addDeveloperMetadata('schema', '1', app.DeveloperMetadataVisibility.PROJECT);
  const log = ss.insertSheet('Log');
  log.appendRow(['x']);
  log.hideSheet();
}

function snapshot(wb: ReturnType<typeof openWorkbook>) {
  const i = wb.module.inspect;
  return {
    spreadsheet: i.spreadsheet(),
    sheets: i.sheets(),
    values: i.sheets().map((s) => i.values(s.sheetId)),
    display: i.sheets().map((s) => i.displayValues(s.sheetId)),
    formulas: i.sheets().map((s) => i.formulas(s.sheetId)),
    formats: i.sheets().map((s) => i.numberFormats(s.sheetId)),
    notes: i.sheets().map((s) => i.notes(s.sheetId)),
    validations: i.sheets().map((s) => i.validations(s.sheetId)),
    metadata: i.developerMetadata(),
  };
}

test('save() then a fresh process reads back the same workbook (Dates, formulas, formats, validations, metadata, protections)', () => {
  const wb = openWorkbook();
  fill(wb);
  const before = snapshot(wb);
  wb.module.save();
  const again = reopen(wb);
  expect(snapshot(again)).toEqual(before);
  const s = again.ss.getSheetByName('Инвентарь')!;
  expect(s.getRange('C2').getValue()).toEqual(new Date('2026-11-27T05:00:00Z'));
  expect(s.getRange('A2').getValue()).toBe('007');
  expect(s.getRange('B3').getValue()).toBe('=не формула');
  expect(s.getRange('E2').getFormula()).toBe('=D2*2');
  expect(s.getRange('B2').getFontWeight()).toBe('normal');
  expect(s.getRange('B1').getFontWeight()).toBe('bold');
  expect(s.getRange('D500').getDataValidation()!.getHelpText()).toBe('≥ 0');
  expect(s.getColumnWidth(2)).toBe(320);
  expect(before.sheets[1]).toMatchObject({ name: 'Log', hidden: true, lastRow: 1 });
  expect(before.sheets[0].protections).toEqual([{ description: 'legal', warningOnly: true, range: null, editors: ['user@example.com'], unprotected: [] }]);
});

test('the files are readable JSON: spreadsheet.json and one sheets/<id>.json per sheet, one row per line', () => {
  const wb = openWorkbook();
  fill(wb);
  wb.module.save();
  const book = JSON.parse(fs.readFileSync(path.join(wb.host.dir, 'spreadsheet.json'), 'utf8'));
  expect(book.sheets.map((s: { name: string }) => s.name)).toEqual(['Инвентарь', 'Log']);
  const text = fs.readFileSync(path.join(wb.host.dir, 'sheets', '0.json'), 'utf8');
  expect(text).toContain('  ["007","Абай жолы",{"$date":"2026-11-27T05:00:00.000Z"},1500.5,"#NAME?"]');
  const grid = JSON.parse(text);
  expect(grid.numberFormats).toContainEqual([2, 1, 2, '@']);
  expect(grid.validations).toEqual([[2, 4, 999, 0]]);
});

test('only the files of changed sheets are rewritten; deleted sheets lose their file', () => {
  const wb = openWorkbook();
  const other = wb.ss.insertSheet('Other');
  wb.sheet.getRange('A1').setValue(1);
  other.getRange('A1').setValue(2);
  wb.module.save();
  const f0 = path.join(wb.host.dir, 'sheets', '0.json');
  const f1 = path.join(wb.host.dir, 'sheets', `${other.getSheetId()}.json`);
  const t0 = fs.statSync(f0).mtimeMs;
  fs.utimesSync(f1, new Date(0), new Date(0));
  wb.module.save(); // nothing changed
  expect(fs.statSync(f1).mtimeMs).toBe(0);
  other.getRange('A2').setValue(3);
  wb.module.save();
  expect(fs.statSync(f0).mtimeMs).toBe(t0);
  expect(fs.statSync(f1).mtimeMs).not.toBe(0);
  wb.ss.deleteSheet(other);
  wb.module.save();
  expect(fs.existsSync(f1)).toBe(false);
});

test('load() picks up what another process saved; script objects stay valid across load()', () => {
  const a = openWorkbook();
  a.module.save();
  const sheetA = a.sheet;
  const rangeA = sheetA.getRange('A1:B1');
  const b = reopen(a);
  b.sheet.getRange('A1:B1').setValues([['from', 'b']]);
  b.ss.insertSheet('New');
  b.module.save();
  a.module.load();
  expect(rangeA.getValues()).toEqual([['from', 'b']]);
  expect(a.ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'New']);
  // And back: a's change reaches b.
  rangeA.setValue('a');
  a.module.save();
  b.module.load();
  expect(b.sheet.getRange('B1').getValue()).toBe('a');
});

test('load() re-reads a file only when its stamp (mtime and size) changed', () => {
  const a = openWorkbook();
  a.sheet.getRange('A1').setValue('x');
  a.module.save();
  const file = path.join(a.host.dir, 'sheets', '0.json');
  const t = new Date('2026-01-01T00:00:00Z');
  fs.utimesSync(file, t, t);
  a.module.load();
  expect(a.sheet.getRange('A1').getValue()).toBe('x');
  // Same size, same mtime: not re-read (the cached grid still says "x").
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"x"', '"y"'));
  fs.utimesSync(file, t, t);
  a.module.load();
  expect(a.sheet.getRange('A1').getValue()).toBe('x');
  // A new stamp: re-read.
  const t2 = new Date('2026-01-02T00:00:00Z');
  fs.utimesSync(file, t2, t2);
  a.module.load();
  expect(a.sheet.getRange('A1').getValue()).toBe('y');
});

// How fast this is at the benchmark's size is measured by `npm run bench` (its CPU and wall columns),
// never asserted in a test: here only that a workbook of that size round-trips exactly.
describe('a workbook of the benchmark size (60,000 × 12 and 25 sheets)', () => {
  test('is written, saved and read back exactly, one changed sheet rewritten', () => {
    const wb = openWorkbook();
    const { ss, sheet } = wb;
    for (let i = 0; i < 24; i++) ss.insertSheet(`S${i}`).getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.insertRowsAfter(1000, 59_000);
    const rows = Array.from({ length: 60_000 }, (_, r) => [
      `INV-${r}`, 'Абай жолы', 'Мұхтар Әуезов', 1950 + (r % 70), new Date(Date.UTC(2020, 0, 1 + (r % 1000))), r % 3 === 0, 1500.5, '', 'kk', r, 'note', 'x',
    ]);
    sheet.getRange(1, 1, 60_000, 12).setValues(rows);
    wb.module.save();
    const v = sheet.getRange(1, 1, 60_000, 12).getValues();
    expect(v[59_999][0]).toBe('INV-59999');
    sheet.getRange('B2').setValue('changed');
    wb.module.save();
    const b = reopen(wb);
    const v2 = b.sheet.getRange(1, 1, 60_000, 12).getValues();
    expect(v2[1][1]).toBe('changed');
    expect(v2[5][4]).toEqual(rows[5][4]);
    expect(v2[59_999]).toEqual(rows[59_999]);
  });
});
