/**
 * Stock-taking through the built bundle: a batch of 10 copies, one written off, one on loan (a loans row
 * put in by hand through the spreadsheet fake, as the bench generator writes its libraries: the issue
 * form does not exist yet). Start, scan 7 (one twice, one unknown) and a written-off copy, preview, finish:
 * the found list, the running count, the check marks appended to the years already there, the stock-taking
 * row and the result act in the archive (rendered to test-output/docs/stocktake-result-kk.png). Bad input
 * (nothing open, a finished stock-taking, a second one while one is open, no commission) writes nothing.
 */
import type { Emulator } from '../../emulator/runtime';
import { journalColumns, journalRows, journalSheetId } from '../../emulator/workbook-view';
import { writeLibrary, type GeneratedLibrary } from '../../bench/generate';
import { batch, KOZY as KOZY_FIXTURE, MATH as MATH_FIXTURE } from '../fixtures/titles';
import { docPng, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; message: string }>; message: string };
type Stocktake = { id: number; status: string; startedOn: string; finishedOn: string; foundCount: number; fundCount: number; onLoanCount: number; missingCount: number; missingSum: number; docUrl: string };
type Progress = { open: Stocktake | null; last: Stocktake | null; recorded: number[]; duplicates: number[]; unknown: number[]; writtenOff: Array<{ inventoryNo: number; actNo: string }> };
type Finished = {
  stocktake: Stocktake;
  finished: boolean;
  fundCount: number;
  fundSum: number;
  foundCount: number;
  onLoanCount: number;
  missingCount: number;
  missingSum: number;
  missing: Array<{ inventoryNo: number; authorTitle: string; year: number | null; price: number }>;
  missingNumbers: string;
  notInFund: number[];
  docName: string;
  docUrl: string;
};

const KOZY = { ...KOZY_FIXTURE, copies: '6' };
const MATH = { ...MATH_FIXTURE, authors: 'Абылкасымова А. Е.', copies: '4' };
const COMMISSION = 'Сапарова А. Б. (директордың орынбасары)\nБекова Г. Н. (бухгалтер)\nНұрланова М. Т. (кітапханашы)';

const rows = (emu: Emulator, id: string) => journalRows(emu.spreadsheet.inspect, id);
const start = (emu: Emulator, scope = 'бүкіл қор') => ok(emu.runFromClient<Result<Stocktake>>('startStocktake', [{ scope, note: '' }]));
const scan = (emu: Emulator, stocktakeId: number, inventoryNos: string) => ok(emu.runFromClient<Result<Progress>>('recordStocktakeFound', [{ stocktakeId, inventoryNos }]));
const finish = (emu: Emulator, stocktakeId: number, confirm: boolean, commission = COMMISSION) =>
  ok(emu.runFromClient<Result<Finished>>('finishStocktake', [{ stocktakeId, confirm, commission, approvedBy: 'Омарова Ж. Қ.' }]));

/** Inventory numbers 1–6 (Kozy, 1,250.50 ₸) and 7–10 (Math, 2,500 ₸); 10 written off; 9 on loan; copy 2 checked in 2024 and 2025. */
function library(): Emulator {
  const emu = emulator();
  ok(emu.run('setupWorkbook'));
  expect(ok(emu.runFromClient<Result<unknown>>('registerAcquisition', [batch([KOZY, MATH])])).ok).toBe(true);
  const wo = ok(emu.runFromClient<Result<unknown>>('writeOffCopies', [{ inventoryNos: '10', reason: 'wornOut', date: '2026-11-25', commission: COMMISSION, approvedBy: '', note: '' }]));
  expect(wo.ok).toBe(true);
  // An open loan, written as the bench generator writes its libraries (the issue form comes later).
  const loans = { journals: { loans: [{ loanId: 1, ticketNo: 1, inventoryNo: 9, titleId: 2, issuedOn: '2026-11-21', dueOn: '2026-12-05', returnedOn: null, condition: null, conditionNote: '', renewals: 0 }] }, settings: {} };
  writeLibrary(emu, loans as unknown as GeneratedLibrary);
  // Copy 2 was found by the stock-takings of 2024 and 2025 (typed by hand in the check-mark column).
  emu.refresh();
  const inspect = emu.spreadsheet.inspect;
  const sheetId = journalSheetId(inspect, 'inventoryBook')!;
  const column = journalColumns(inspect, sheetId).checkMark;
  const ss = (emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  ss.getSheetById(sheetId)!.getRange(3, column).setValue("'2024, 2025");
  emu.spreadsheet.save();
  return emu;
}

describe('Stock-taking', () => {
  it('start, scan (duplicates and strangers named, not written), preview, finish: check marks, counts and the result act', async () => {
    const emu = library();

    // Opened afresh, the sidebar asks what is open: nothing.
    const idle = scan(emu, 0, '');
    expect(idle.ok).toBe(true);
    expect([idle.value!.open, idle.value!.last]).toEqual([null, null]);

    const started = start(emu);
    expect(started.ok).toBe(true);
    expect(started.value).toMatchObject({ id: 1, status: 'open', startedOn: '2026-11-27', foundCount: 0, scope: 'бүкіл қор' });
    expect(started.message).toBe('№ 1 түгендеу басталды.');
    expect(rows(emu, 'stocktakes')).toEqual([expect.objectContaining({ id: 1, status: 'Жүріп жатыр', startedOn: '2026-11-27', foundCount: 0, finishedOn: '' })]);

    // Seven scans: 1, 2, 3, then INV:000004, 3 again, 5 and the unknown 99.
    const first = scan(emu, 1, '1\n2\n3');
    expect(first.value).toMatchObject({ recorded: [1, 2, 3], duplicates: [], unknown: [], writtenOff: [] });
    expect(first.value!.open!.foundCount).toBe(3);
    const second = emu.runFromClient<Result<Progress>>('recordStocktakeFound', [{ stocktakeId: 1, inventoryNos: 'INV:000004\n3\n5\n99' }]);
    expect(ok(second).value).toMatchObject({ recorded: [4, 5], duplicates: [3], unknown: [99], writtenOff: [] });
    expect(ok(second).value!.open!.foundCount).toBe(5);
    expect(ok(second).message).toBe('Табылды: 5.');
    // A scan reads the numbers it was given, never the whole inventory book: two text finders, a few rows.
    expect(second.calls.calls['TextFinder.findAll']).toBe(2);
    expect(second.calls.cellsRead).toBeLessThan(120);
    // The written-off copy on the shelf, and a copy scanned again by the second librarian.
    expect(scan(emu, 0, '10 2').value).toMatchObject({ recorded: [], duplicates: [2], unknown: [], writtenOff: [{ inventoryNo: 10, actNo: '1/2026' }] });

    const found = rows(emu, 'stocktakeFound');
    expect(found.map((r) => [r.stocktakeId, r.inventoryNo, r.key])).toEqual([
      [1, 1, '1:1'],
      [1, 2, '1:2'],
      [1, 3, '1:3'],
      [1, 4, '1:4'],
      [1, 5, '1:5'],
    ]);
    expect(found.every((r) => r.foundAt === '2026-11-27T05:00:00.000Z' && typeof r.userKey === 'string' && r.userKey !== '')).toBe(true);
    expect(rows(emu, 'stocktakes')[0].foundCount).toBe(5);

    // The preview: missing = in the fund (1–9) − found (1–5) − on loan (9) = 6, 7, 8. Nothing written.
    const before = snapshot(emu);
    const preview = finish(emu, 1, false, '');
    expect(preview.ok).toBe(true);
    expect(preview.value).toMatchObject({ finished: false, fundCount: 9, foundCount: 5, onLoanCount: 1, missingCount: 3, missingSum: 1250.5 + 2500 * 2, missingNumbers: '6-8', notInFund: [], docUrl: '' });
    expect(preview.value!.missing.map((m) => [m.inventoryNo, m.year, m.price])).toEqual([
      [6, 1965, 1250.5],
      [7, 2017, 2500],
      [8, 2017, 2500],
    ]);
    expect(preview.value!.missing[0].authorTitle).toBe('Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма');
    expect(snapshot(emu)).toBe(before);

    // Closing needs the commission.
    const noCommission = finish(emu, 1, true, ' ');
    expect(noCommission.ok).toBe(false);
    expect(noCommission.errors!.map((e) => [e.field, e.message])).toEqual([['commission', 'Комиссия мүшелерін жазыңыз, әрқайсысын жаңа жолдан.']]);
    expect(snapshot(emu)).toBe(before);

    const done = finish(emu, 1, true);
    expect(done.ok).toBe(true);
    expect(done.message).toBe('№ 1 түгендеу аяқталды: жоқ 3 дана.');
    expect(done.value).toMatchObject({ finished: true, missingCount: 3, docName: 'Қорды түгендеу актісі № 1 (2026-11-27)' });
    expect(done.value!.stocktake).toMatchObject({ id: 1, status: 'finished', finishedOn: '2026-11-27', missingCount: 3, docUrl: done.value!.docUrl });

    // The check marks: this year appended to the years already there, on the copies found only.
    expect(rows(emu, 'inventoryBook').map((r) => [r.inventoryNo, r.checkMark])).toEqual([
      [1, '2026'],
      [2, '2024, 2025, 2026'],
      [3, '2026'],
      [4, '2026'],
      [5, '2026'],
      [6, ''],
      [7, ''],
      [8, ''],
      [9, ''],
      [10, ''],
    ]);
    expect(rows(emu, 'stocktakes')).toEqual([
      expect.objectContaining({ id: 1, status: 'Аяқталды', finishedOn: '2026-11-27', fundCount: 9, foundCount: 5, onLoanCount: 1, missingCount: 3, missingSum: 6250.5, docLink: done.value!.docUrl }),
    ]);
    const audit = rows(emu, 'auditLog').filter((r) => String(r.operation).includes('Stocktake'));
    expect(audit.map((r) => [r.operation, r.entityId])).toEqual([
      ['startStocktake', '1'],
      ['finishStocktake', '1'],
    ]);

    // The act in the archive, next to the write-off acts.
    const file = emu.drive.inspect.findByPath('My Drive/Кітапхана архиві/2026/Acts/Қорды түгендеу актісі № 1 (2026-11-27)');
    expect(file).not.toBeNull();
    const text = emu.drive.inspect.docText(file!.id);
    for (const line of [
      'КІТАПХАНА ҚОРЫН ТЕКСЕРУ АКТІСІ № 1',
      'Түгендеу мерзімі: 27.11.2026 – 27.11.2026',
      'Қамтылғаны: бүкіл қор',
      'Сапарова А. Б. (директордың орынбасары)',
      'Алты мың екі жүз елу теңге 50 тиын',
      'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма',
      'Абылкасымова А. Е. Математика : учебник для 5 класса',
    ]) {
      expect([line, text.includes(line)]).toEqual([line, true]);
    }
    await docPng(emu.drive.inspect.docHtml(file!.id), 'stocktake-result-kk.png');

    // Finished: scanning into it or closing it again is refused and writes nothing.
    const after = snapshot(emu);
    const late = scan(emu, 1, '6');
    expect([late.ok, late.errors![0].key, late.message]).toEqual([false, 'stocktake.error.finished', '№ 1 түгендеу аяқталған: жаңасын бастаңыз.']);
    expect(finish(emu, 1, true).errors![0].key).toBe('stocktake.error.finished');
    expect(snapshot(emu)).toBe(after);

    // The sidebar opened afresh sees the last one with its Doc; a new stock-taking can start.
    const idleAgain = scan(emu, 0, '');
    expect(idleAgain.value!.open).toBeNull();
    expect(idleAgain.value!.last).toMatchObject({ id: 1, status: 'finished', docUrl: done.value!.docUrl });
    const next = start(emu, '');
    expect(next.value).toMatchObject({ id: 2, status: 'open', foundCount: 0 });
    // Copy 1, found by stock-taking 1, is new to stock-taking 2.
    expect(scan(emu, 2, '1').value).toMatchObject({ recorded: [1], duplicates: [] });
    expect(scan(emu, 0, '').value!.open).toMatchObject({ id: 2, foundCount: 1 });
  });

  it('refuses what makes no sense, writing nothing: nothing open, a second one while one is open, bad numbers, unknown ids', () => {
    const emu = library();
    const before = snapshot(emu);
    const none = scan(emu, 0, '1 2');
    expect([none.ok, none.message]).toEqual([false, 'Ашық түгендеу жоқ: алдымен түгендеуді бастаңыз.']);
    expect(finish(emu, 0, false).errors![0].key).toBe('stocktake.error.noneOpen');
    expect(finish(emu, 7, true).errors![0].key).toBe('stocktake.error.unknown');
    expect(snapshot(emu)).toBe(before);

    expect(start(emu).ok).toBe(true);
    const opened = snapshot(emu);
    const twice = start(emu);
    expect([twice.ok, twice.errors![0].key, twice.message]).toEqual([false, 'stocktake.error.alreadyOpen', '№ 1 түгендеу (27.11.2026 бастап) әлі жүріп жатыр: жаңасын бастамас бұрын соны аяқтаңыз.']);
    const bad = scan(emu, 1, '1 2б 3');
    expect(bad.errors!.map((e) => [e.field, e.key])).toEqual([['inventoryNos', 'error.inventoryList']]);
    expect(scan(emu, 5, '1').errors![0].key).toBe('stocktake.error.unknown');
    expect(snapshot(emu)).toBe(opened);
  });

  it('in a Russian workbook: the messages and the act in Russian', () => {
    const emu = emulator({ userLocale: 'ru' });
    ok(emu.run('setupWorkbook'));
    ok(emu.runFromClient('registerAcquisition', [batch([{ ...MATH, copies: '2' }], { supplier: 'ТОО', documentNo: '1' })]));
    expect(start(emu).message).toBe('Инвентаризация № 1 начата.');
    scan(emu, 1, '1');
    const done = finish(emu, 1, true);
    expect(done.message).toBe('Инвентаризация № 1 завершена: недостача 1 экз.');
    expect(rows(emu, 'stocktakes')[0].status).toBe('Завершена');
    const file = emu.drive.inspect.findByPath('My Drive/Архив библиотеки/2026/Acts/Акт проверки фонда № 1 (2026-11-27)');
    expect(file).not.toBeNull();
    const text = emu.drive.inspect.docText(file!.id);
    expect(text).toContain('АКТ ПРОВЕРКИ БИБЛИОТЕЧНОГО ФОНДА № 1');
    expect(text).toContain('Две тысячи пятьсот тенге 00 тиын');
  });
});
