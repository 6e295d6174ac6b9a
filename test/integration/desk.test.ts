/**
 * The circulation desk through the built bundle (issue 4, first slice): a receipt batch and three
 * readers; find a reader by ticket, name (Kazakh letters folded) or class; issue three copies (loans
 * rows, the catalogue index on loan with due dates, a textbook until the end of the school year);
 * every refusal writes nothing; the overdue warning and its override; a return of one damaged and two
 * fine copies (moved to the loan history, the inventory book's note appended to, back on the shelf,
 * days late); renewals up to the limit; two issues of one copy at once; a return that costs the
 * same after 40 closed loans as the first; reservations (reserve and its refusals, a return holds the
 * copy for the next reader, the holder borrows it, cancel, expiry).
 */
import { spawn } from 'child_process';
import * as path from 'path';
import type { Emulator } from '../../emulator/runtime';
import { journalColumns, journalRows, journalSheetId } from '../../emulator/workbook-view';
import { writeLibrary, type GeneratedLibrary } from '../../bench/generate';
import { AIGUL, NOW, ROOT, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; params: Record<string, unknown>; message: string }>; message: string };
type Loan = { loanId: number; inventoryNo: number; titleId: number; description: string; issuedOn: string; dueOn: string; renewals: number; daysOverdue: number };
type Hit = { ticketNo: number; fullName: string; category: string; grade: string; status: string; onLoan: number; overdue: number };
type Card = { reader: Hit; loans: Loan[]; loanLimit: number; loanPeriodDays: number };
type Issued = { ticketNo: number; loans: Loan[] };
type Returned = {
  returned: Array<{ inventoryNo: number; ticketNo: number; fullName: string; description: string; daysLate: number; condition: string; heldFor: { ticketNo: number; fullName: string } | null }>;
};
type Hits = { hits: Array<{ titleId: number; copies: Array<{ inventoryNo: number; state: string; dueOn: string }> }> };

const BLANK = { authors: '', title: '', otherTitleInfo: '', responsibility: '', volume: '', place: '', publisher: '', year: '', pages: '', isbn: '', bbk: '', udc: '', authorSign: '', language: 'kk', section: 'fiction', docType: 'book', annotation: '', keywords: '', price: '', copies: '' };
const KOZY = { ...BLANK, authors: 'Әбенов Ш.', title: 'Қозы-Көрпеш – Баянсұлу', otherTitleInfo: 'поэма', place: 'Алматы', publisher: 'Жазушы', year: '1965', pages: '114', price: '1250', copies: '3' };
const MATH = { ...BLANK, authors: 'Абылкасымова А. Е.', title: 'Математика', otherTitleInfo: 'учебник для 5 класса', place: 'Алматы', publisher: 'Мектеп', year: '2017', pages: '288', language: 'ru', section: 'textbooks', price: '2500', copies: '2' };
const ABAI = { ...BLANK, authors: 'Әуезов М.', title: 'Абай жолы', otherTitleInfo: 'роман-эпопея', place: 'Алматы', publisher: 'Жазушы', year: '1997', pages: '500', price: '1850', copies: '3' };
const COMMISSION = 'Сапарова А. Б. (директордың орынбасары)\nБекова Г. Н. (бухгалтер)\nНұрланова М. Т. (кітапханашы)';

const rows = (emu: Emulator, id: string) => journalRows(emu.spreadsheet.inspect, id);
const call = <T>(emu: Emulator, fn: string, arg: unknown) => ok(emu.runFromClient<Result<T>>(fn, [arg]));
const issue = (emu: Emulator, ticketNo: number, inventoryNos: string, extra: { dueOn?: string; overrideOverdue?: boolean } = {}) =>
  call<Issued>(emu, 'issueCopies', { ticketNo, inventoryNos, dueOn: extra.dueOn ?? '', overrideOverdue: extra.overrideOverdue ?? false });
const giveBack = (emu: Emulator, items: Array<[number, string?, string?]>) =>
  call<Returned>(emu, 'returnCopies', { items: items.map(([inventoryNo, condition = 'fine', conditionNote = '']) => ({ inventoryNo, condition, conditionNote })) });
const renew = (emu: Emulator, inventoryNo: number, dueOn = '') => call<{ loan: Loan }>(emu, 'renewLoan', { inventoryNo, dueOn });
const find = (emu: Emulator, query: string) => call<Hit[]>(emu, 'findReaders', { query, limit: 20 });
const keys = (r: Result<unknown>) => (r.errors ?? []).map((e) => e.key);
const day = (iso: string) => new Date(`${iso}T05:00:00Z`); // 10:00 in Almaty

/**
 * Inventory numbers 1-3 Қозы-Көрпеш (fiction), 4-5 Математика (a textbook), 6-8 Абай жолы; readers
 * 1 Әбенова Айгүл (5А), 2 Ли Мария (7Б), 3 Жұмабаев Асқар (5А). The clock can be moved.
 */
function library() {
  let now = NOW;
  const emu = emulator({ now: () => now });
  ok(emu.run('setupWorkbook'));
  const acq = call<{ copies: number }>(emu, 'registerAcquisition', { date: '2026-11-20', source: 'purchase', supplier: '', documentNo: '', documentDate: '', items: [KOZY, MATH, ABAI] });
  expect(acq.ok).toBe(true);
  for (const reader of [AIGUL, { ...AIGUL, fullName: 'Ли Мария', grade: '7б' }, { ...AIGUL, fullName: 'Жұмабаев Асқар', grade: '5 а' }]) {
    expect(call(emu, 'registerReader', reader).ok).toBe(true);
  }
  return { emu, at: (iso: string) => (now = day(iso)) };
}

/** Does what the librarian does by hand in Sheets, outside any add-on execution. */
function librarian(emu: Emulator, act: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => void): void {
  emu.refresh();
  const app = emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  act(app.getActiveSpreadsheet());
  emu.spreadsheet.save();
}

/** Types `value` into the `key` cell of the journal's row `rowNumber` (as the librarian would). */
function typeInto(emu: Emulator, journalId: string, rowNumber: number, key: string, value: string): void {
  const sheetId = journalSheetId(emu.spreadsheet.inspect, journalId)!;
  const column = journalColumns(emu.spreadsheet.inspect, sheetId)[key];
  librarian(emu, (ss) => ss.getSheetById(sheetId)!.getRange(rowNumber, column).setValue(value));
}

function reservation(emu: Emulator, row: Record<string, string | number>): void {
  writeLibrary(emu, { journals: { reservations: [{ reservedOn: '2026-11-25', expiresOn: '', note: '', inventoryNo: '', ...row }] }, settings: {} } as unknown as GeneratedLibrary);
}

describe('findReaders', () => {
  it('finds by ticket, by name without Kazakh letters or case, and by class; leaves out who has left but by ticket', () => {
    const { emu } = library();
    expect(find(emu, '2').value!.map((h) => h.fullName)).toEqual(['Ли Мария']);
    expect(find(emu, 'абен АЙГ').value).toEqual([
      { ticketNo: 1, fullName: AIGUL.fullName, category: 'pupil', grade: '5А', status: 'active', onLoan: 0, overdue: 0 },
    ]);
    expect(find(emu, 'серікқ').value!.map((h) => h.ticketNo)).toEqual([1]);
    expect(find(emu, '5а').value!.map((h) => h.fullName)).toEqual([AIGUL.fullName, 'Жұмабаев Асқар']); // by name
    expect(find(emu, '7 Б').value!.map((h) => h.ticketNo)).toEqual([2]);
    expect(find(emu, 'Петров').value).toEqual([]);
    expect(find(emu, '  ').value).toEqual([]);

    typeInto(emu, 'readers', 4, 'status', 'Шығып кетті / бітірді'); // Асқар has left
    expect(find(emu, '5А').value!.map((h) => h.ticketNo)).toEqual([1]);
    expect(find(emu, 'жумабаев').value).toEqual([]);
    expect(find(emu, '3').value!.map((h) => [h.ticketNo, h.status])).toEqual([[3, 'left']]);
  });

  it('counts each hit\'s books on hand and overdue', () => {
    const { emu, at } = library();
    expect(issue(emu, 1, '1 6').ok).toBe(true);
    expect(issue(emu, 3, '7').ok).toBe(true);
    at('2026-12-14');
    expect(find(emu, '5А').value!.map((h) => [h.ticketNo, h.onLoan, h.overdue])).toEqual([
      [1, 2, 2],
      [3, 1, 1],
    ]);
  });
});

describe('issueCopies', () => {
  it('issues three copies: loans rows, the index on loan with due dates (a textbook until the end of the school year), the counter, the audit log', () => {
    const { emu } = library();
    const result = issue(emu, 1, '1 INV:000004 6');
    expect(result).toMatchObject({ ok: true, message: 'Әбенова Айгүл Серікқызы: 3 кітап берілді.' });
    expect(result.value!.loans.map((l) => [l.loanId, l.inventoryNo, l.titleId, l.issuedOn, l.dueOn, l.renewals, l.daysOverdue])).toEqual([
      [1, 1, 1, '2026-11-27', '2026-12-11', 0, 0],
      [2, 4, 2, '2026-11-27', '2027-05-31', 0, 0],
      [3, 6, 3, '2026-11-27', '2026-12-11', 0, 0],
    ]);
    expect(result.value!.loans[0].description).toBe('Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.');

    expect(rows(emu, 'loans').map((r) => [r.loanId, r.ticketNo, r.inventoryNo, r.titleId, r.issuedOn, r.dueOn, r.returnedOn, r.renewals])).toEqual([
      [1, 1, 1, 1, '2026-11-27', '2026-12-11', '', 0],
      [2, 1, 4, 2, '2026-11-27', '2027-05-31', '', 0],
      [3, 1, 6, 3, '2026-11-27', '2026-12-11', '', 0],
    ]);
    expect(rows(emu, 'catalogIndex').map((r) => r.copies)).toEqual(['1:l2026-12-11 2 3', '4:l2027-05-31 5', '6:l2026-12-11 7 8']);
    const search = call<Hits>(emu, 'searchCatalog', { query: 'абай жолы', limit: 10 });
    expect(search.value!.hits[0].copies).toEqual([
      { inventoryNo: 6, state: 'loan', dueOn: '2026-12-11' },
      { inventoryNo: 7, state: 'shelf', dueOn: '' },
      { inventoryNo: 8, state: 'shelf', dueOn: '' },
    ]);
    expect(Object.fromEntries(rows(emu, 'settings').map((r) => [r.key, r.value])).nextLoanId).toBe('4');
    const audit = rows(emu, 'auditLog').filter((r) => r.operation === 'issueCopies');
    expect(audit.map((r) => [r.entity, r.entityId, JSON.parse(String(r.details))])).toEqual([
      ['loan', '1', { ticketNo: 1, inventoryNo: 1, dueOn: '2026-12-11' }],
      ['loan', '2', { ticketNo: 1, inventoryNo: 4, dueOn: '2027-05-31' }],
      ['loan', '3', { ticketNo: 1, inventoryNo: 6, dueOn: '2026-12-11' }],
    ]);

    const card = call<Card>(emu, 'getReaderCard', 1).value!;
    expect(card).toMatchObject({ reader: { ticketNo: 1, onLoan: 3, overdue: 0 }, loanLimit: 5, loanPeriodDays: 14 });
    expect(card.loans.map((l) => l.inventoryNo)).toEqual([1, 6, 4]); // by due date
  });

  it('leaves textbooks out of the loan limit: a pupil at the limit still gets the year\'s textbooks', () => {
    const { emu } = library();
    writeLibrary(emu, { journals: {}, settings: { loanLimit: '2' } } as unknown as GeneratedLibrary);
    expect(issue(emu, 1, '1 6').ok).toBe(true);
    expect(issue(emu, 1, '4 5').ok).toBe(true); // textbooks
    expect(issue(emu, 1, '2').errors!.map((e) => e.key)).toEqual(['error.loanLimit']);
  });

  it('takes the due date the librarian typed, for a textbook too; the school year ends as the settings say', () => {
    const { emu, at } = library();
    expect(issue(emu, 2, '2 5', { dueOn: '2026-12-20' }).value!.loans.map((l) => l.dueOn)).toEqual(['2026-12-20', '2026-12-20']);
    at('2027-06-10'); // after the end of the school year: a textbook is due at the next one
    expect(issue(emu, 3, '4').value!.loans[0].dueOn).toBe('2028-05-31');
  });

  it('refuses, with a clear reason, and writes nothing: unknown, written off, on loan, held for another reader, the loan limit, a reader who has left, bad input', () => {
    const { emu } = library();
    expect(issue(emu, 1, '1 2').ok).toBe(true);
    const act = call(emu, 'writeOffCopies', { inventoryNos: '8', reason: 'wornOut', date: '2026-11-27', commission: COMMISSION, approvedBy: '', note: '' });
    expect(act.ok).toBe(true);
    reservation(emu, { id: 1, titleId: 3, ticketNo: 1, status: 'held', inventoryNo: 7 });
    const before = snapshot(emu);
    const refused = (r: Result<unknown>) => {
      expect(r.ok).toBe(false);
      expect(snapshot(emu)).toBe(before);
      return r.errors!.map((e) => [e.field, e.key, e.message]);
    };

    expect(refused(issue(emu, 2, '99 3 98'))).toEqual([['inventoryNos', 'error.copyUnknown', 'Мұндай инвентар нөмірі жоқ: 99, 98.']]);
    expect(refused(issue(emu, 2, '8'))).toEqual([['inventoryNos', 'error.copyWrittenOff', '№ 8 дана бұрын шығарылған (акт 1/2026).']]);
    expect(refused(issue(emu, 2, '1'))).toEqual([['inventoryNos', 'error.copyOnLoan', '№ 1 дана оқырманда: алдымен қайтарылуы керек.']]);
    expect(refused(issue(emu, 1, '2'))).toEqual([['inventoryNos', 'error.copyOnLoanToReader', '№ 2 кітап осы оқырманда тұр.']]);
    expect(refused(issue(emu, 2, '7'))).toEqual([['inventoryNos', 'error.copyReserved', '№ 7 кітап басқа оқырманға сақтаулы тұр.']]);
    writeLibrary(emu, { journals: {}, settings: { loanLimit: '3' } } as unknown as GeneratedLibrary);
    const limited = snapshot(emu);
    const overLimit = issue(emu, 1, '3 6');
    expect(overLimit.errors!.map((e) => [e.field, e.key, e.message])).toEqual([
      ['inventoryNos', 'error.loanLimit', 'Оқырманда қазір 2 кітап бар, бір мезгілде ең көбі 3 (оқулықтар саналмайды): тағы 1 кітап беруге болады.'],
    ]);
    expect(snapshot(emu)).toBe(limited);
    writeLibrary(emu, { journals: {}, settings: { loanLimit: '5' } } as unknown as GeneratedLibrary);
    expect(refused(issue(emu, 99, '3'))).toEqual([['ticketNo', 'error.readerUnknown', '№ 99 билетті оқырман жоқ.']]);
    expect(refused(issue(emu, 0, '3 x', { dueOn: '2026-11-01' })).map((e) => e[1])).toEqual(['error.ticketNo', 'error.inventoryList', 'error.duePast']);
    expect(refused(issue(emu, 2, '3', { dueOn: '2028-01-01' }))[0][2]).toBe('Қайтару мерзімі бір жылдан аспауы керек: ең кеші 27.11.2027.');
    expect(refused(issue(emu, 2, '3 8 1')).map((e) => e[1])).toEqual(['error.copyWrittenOff', 'error.copyOnLoan']);

    // The reader it is held for may take it.
    expect(issue(emu, 1, '7').ok).toBe(true);

    typeInto(emu, 'readers', 3, 'status', 'Шығып кетті / бітірді');
    const left = snapshot(emu);
    const result = issue(emu, 2, '3');
    expect(result.errors!.map((e) => [e.field, e.key, e.message])).toEqual([['ticketNo', 'error.readerLeft', 'Ли Мария (№ 2) мектептен шығып кеткен: кітап беруге болмайды.']]);
    expect(snapshot(emu)).toBe(left);
  });

  it('in a workbook set up before the desk existed, asks for the setup, which adds the loan counter', () => {
    const { emu } = library();
    const settingsId = journalSheetId(emu.spreadsheet.inspect, 'settings')!;
    const at = rows(emu, 'settings').findIndex((r) => r.key === 'nextLoanId');
    librarian(emu, (ss) => ss.getSheetById(settingsId)!.deleteRow(at + 2));
    const before = snapshot(emu);
    expect(issue(emu, 1, '1').errors!.map((e) => e.key)).toEqual(['error.notSetUp']);
    expect(snapshot(emu)).toBe(before);
    expect(ok(emu.run<{ settingsAdded: string[] }>('setupWorkbook')).settingsAdded).toEqual(['nextLoanId']);
    expect(issue(emu, 1, '1').value!.loans[0].loanId).toBe(1);
  });

  it('before setup, tells the librarian to run it and writes nothing', () => {
    const emu = emulator();
    const before = snapshot(emu);
    expect(issue(emu, 1, '1')).toMatchObject({ ok: false, errors: [{ key: 'error.notSetUp' }] });
    expect(snapshot(emu)).toBe(before);
  });

  it('warns of overdue books (error.readerOverdue, writing nothing), and issues when the librarian overrides', () => {
    const { emu, at } = library();
    expect(issue(emu, 1, '1 6').ok).toBe(true);
    at('2026-12-14');
    const before = snapshot(emu);
    const warned = issue(emu, 1, '2');
    expect(warned).toMatchObject({ ok: false, message: 'Әбенова Айгүл Серікқызы оқырманның мерзімі өткен 2 кітабы бар (№ 1, 6). Бәрібір беру керек пе?' });
    expect(warned.errors!.map((e) => [e.field, e.key, e.params])).toEqual([['', 'error.readerOverdue', { name: AIGUL.fullName, count: 2, nos: '1, 6' }]]);
    expect(snapshot(emu)).toBe(before);
    // A hard refusal comes alone: the warning only when nothing else stands in the way.
    expect(keys(issue(emu, 1, '99'))).toEqual(['error.copyUnknown']);

    const issued = issue(emu, 1, '2', { overrideOverdue: true });
    expect(issued.ok).toBe(true);
    expect(issued.value!.loans[0]).toMatchObject({ inventoryNo: 2, issuedOn: '2026-12-14', dueOn: '2026-12-28' });
    const audit = rows(emu, 'auditLog').filter((r) => r.operation === 'issueCopies').pop()!;
    expect(JSON.parse(String(audit.details))).toMatchObject({ inventoryNo: 2, overrideOverdue: true });
    expect(call<Card>(emu, 'getReaderCard', 1).value!.loans.map((l) => [l.inventoryNo, l.daysOverdue])).toEqual([
      [1, 3],
      [6, 3],
      [2, 0],
    ]);
  });

  it('in a Russian workbook speaks Russian', () => {
    const emu = emulator({ userLocale: 'ru' });
    ok(emu.run('setupWorkbook'));
    const result = issue(emu, 5, '1');
    expect(result.errors!.map((e) => [e.field, e.message])).toEqual([['ticketNo', 'Читателя с билетом № 5 нет.']]);
  });
});

describe('returnCopies', () => {
  it('returns one damaged and two fine: moved to the loan history, the loans emptied, the note appended, back on the shelf, days late', () => {
    const { emu, at } = library();
    typeInto(emu, 'inventoryBook', 7, 'note', 'Сыйға берілген'); // copy 6 has a note of hers
    expect(issue(emu, 1, '1 4 6').ok).toBe(true);
    at('2026-12-14');
    const result = giveBack(emu, [[6, 'damaged', 'Мұқабасы жыртылған'], [1], [4]]);
    expect(result).toMatchObject({ ok: true, message: '3 кітап қайтарылды. № 6 – 3 күн кешіктірілді. № 1 – 3 күн кешіктірілді.' });
    expect(result.value!.returned.map((r) => [r.inventoryNo, r.ticketNo, r.fullName, r.daysLate, r.condition])).toEqual([
      [6, 1, AIGUL.fullName, 3, 'damaged'],
      [1, 1, AIGUL.fullName, 3, 'fine'],
      [4, 1, AIGUL.fullName, 0, 'fine'],
    ]);
    expect(result.value!.returned[0].description).toMatch(/^Әуезов М\. Абай жолы/);

    expect(rows(emu, 'loans')).toEqual([]);
    expect(rows(emu, 'loanHistory').map((r) => [r.loanId, r.ticketNo, r.inventoryNo, r.issuedOn, r.dueOn, r.returnedOn, r.condition, r.conditionNote])).toEqual([
      [3, 1, 6, '2026-11-27', '2026-12-11', '2026-12-14', 'Бүлінген', 'Мұқабасы жыртылған'],
      [1, 1, 1, '2026-11-27', '2026-12-11', '2026-12-14', 'Бүтін', ''],
      [2, 1, 4, '2026-11-27', '2027-05-31', '2026-12-14', 'Бүтін', ''],
    ]);
    expect(rows(emu, 'inventoryBook').map((r) => r.note)).toEqual(['', '', '', '', '', 'Сыйға берілген; 14.12.2026: бүлінген: Мұқабасы жыртылған', '', '']);
    expect(rows(emu, 'catalogIndex').map((r) => r.copies)).toEqual(['1 2 3', '4 5', '6 7 8']);
    const audit = rows(emu, 'auditLog').filter((r) => r.operation === 'returnCopies');
    expect(audit.map((r) => [r.entityId, JSON.parse(String(r.details)).condition, JSON.parse(String(r.details)).daysLate])).toEqual([
      ['3', 'damaged', 3],
      ['1', 'fine', 3],
      ['2', 'fine', 0],
    ]);
    // Issued again at once, and the card is empty until then.
    expect(call<Card>(emu, 'getReaderCard', 1).value!.loans).toEqual([]);
    expect(issue(emu, 2, '6').ok).toBe(true);
  });

  it('deletes only the returned rows, the others kept in place', () => {
    const { emu } = library();
    expect(issue(emu, 1, '1 2 3').ok).toBe(true);
    expect(issue(emu, 2, '4 6 7').ok).toBe(true);
    expect(giveBack(emu, [[2], [4], [6]]).ok).toBe(true);
    expect(rows(emu, 'loans').map((r) => [r.ticketNo, r.inventoryNo])).toEqual([
      [1, 1],
      [1, 3],
      [2, 7],
    ]);
    expect(rows(emu, 'catalogIndex').map((r) => r.copies)).toEqual(['1:l2026-12-11 2 3:l2026-12-11', '4 5', '6 7:l2026-12-11 8']);
  });

  it('returns the last loan of a journal that has no spare row (Sheets refuses to delete every row below the header)', () => {
    const { emu } = library();
    const loansId = journalSheetId(emu.spreadsheet.inspect, 'loans')!;
    librarian(emu, (ss) => {
      const sheet = ss.getSheetById(loansId)!;
      sheet.deleteRows(2, sheet.getMaxRows() - 2); // the header and one empty row left
    });
    expect(issue(emu, 1, '1').ok).toBe(true);
    expect(emu.spreadsheet.inspect.sheets().find((s) => s.sheetId === loansId)!.maxRows).toBe(2);
    expect(giveBack(emu, [[1]]).ok).toBe(true);
    expect(rows(emu, 'loans')).toEqual([]);
    expect(issue(emu, 2, '1').ok).toBe(true);
    expect(rows(emu, 'loans').map((r) => [r.ticketNo, r.inventoryNo])).toEqual([[2, 1]]);
  });

  it('refuses a copy that is not on loan, a damaged copy without a note, and writes nothing', () => {
    const { emu } = library();
    expect(issue(emu, 1, '1').ok).toBe(true);
    const before = snapshot(emu);
    const notOnLoan = giveBack(emu, [[1], [2]]);
    expect(notOnLoan.errors!.map((e) => [e.field, e.message])).toEqual([['items.1.inventoryNo', '№ 2 кітап ешкімге берілмеген: қайтаратын ештеңе жоқ.']]);
    expect(keys(giveBack(emu, [[1, 'damaged']]))).toEqual(['error.damageNote']);
    expect(keys(call(emu, 'returnCopies', { items: [] }))).toEqual(['error.required']);
    expect(snapshot(emu)).toBe(before);
  });
});

describe('renewLoan', () => {
  it('moves the due date by the loan period from the later of today and the due date, up to two renewals', () => {
    const { emu, at } = library();
    expect(issue(emu, 1, '1').ok).toBe(true);
    const first = renew(emu, 1);
    expect(first).toMatchObject({ ok: true, message: '№ 1 кітаптың мерзімі 25.12.2026 дейін ұзартылды.' });
    expect(first.value!.loan).toMatchObject({ loanId: 1, inventoryNo: 1, dueOn: '2026-12-25', renewals: 1, daysOverdue: 0 });
    expect(rows(emu, 'catalogIndex')[0].copies).toBe('1:l2026-12-25 2 3');
    at('2027-01-10'); // overdue: renewed from today
    expect(renew(emu, 1).value!.loan).toMatchObject({ dueOn: '2027-01-24', renewals: 2 });
    expect(rows(emu, 'loans').map((r) => [r.dueOn, r.renewals])).toEqual([['2027-01-24', 2]]);

    const before = snapshot(emu);
    const third = renew(emu, 1);
    expect(third.errors!.map((e) => [e.key, e.message])).toEqual([['error.renewLimit', '№ 1 кітаптың мерзімі 2 рет ұзартылған: енді ұзартуға болмайды.']]);
    expect(keys(renew(emu, 2))).toEqual(['error.copyNotOnLoan']);
    expect(snapshot(emu)).toBe(before);
    const audit = rows(emu, 'auditLog').filter((r) => r.operation === 'renewLoan');
    expect(audit.map((r) => JSON.parse(String(r.details)))).toEqual([
      { ticketNo: 1, inventoryNo: 1, from: '2026-12-11', dueOn: '2026-12-25', renewals: 1 },
      { ticketNo: 1, inventoryNo: 1, from: '2026-12-25', dueOn: '2027-01-24', renewals: 2 },
    ]);
  });

  it('takes a later typed date, and refuses while another reader waits for the title', () => {
    const { emu } = library();
    expect(issue(emu, 1, '1 6').ok).toBe(true);
    expect(renew(emu, 1, '2027-01-15').value!.loan.dueOn).toBe('2027-01-15');
    expect(keys(renew(emu, 1, '2026-12-01'))).toEqual(['error.renewNotLater']);
    reservation(emu, { id: 1, titleId: 3, ticketNo: 2, status: 'waiting' });
    const before = snapshot(emu);
    expect(renew(emu, 6).errors!.map((e) => e.message)).toEqual(['№ 6 кітапты басқа оқырман күтіп тұр: мерзімін ұзартуға болмайды.']);
    expect(snapshot(emu)).toBe(before);
  });
});

function cli(dir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'build/cli.cjs'), '--dir', dir, ...args], { env: { ...process.env, KITAPHANA_LOCALE: 'kk' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

it('two issues of the same copy at once (two processes): exactly one succeeds, the other is told it is on loan', async () => {
  const { emu } = library();
  const form = (ticketNo: number) => JSON.stringify({ ticketNo, inventoryNos: '6', dueOn: '', overrideOverdue: false });
  const runs = await Promise.all([cli(emu.dir, 'call', 'issueCopies', form(1)), cli(emu.dir, 'call', 'issueCopies', form(2))]);
  const results = runs.map((r) => {
    expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
    return JSON.parse(r.stdout) as Result<Issued>;
  });
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  const refused = results.find((r) => !r.ok)!;
  expect(refused.errors!.map((e) => [e.key, e.message])).toEqual([['error.copyOnLoan', '№ 6 дана оқырманда: алдымен қайтарылуы керек.']]);
  emu.refresh();
  const loans = rows(emu, 'loans');
  expect(loans.map((r) => r.inventoryNo)).toEqual([6]);
  expect(loans[0].ticketNo).toBe(results.find((r) => r.ok)!.value!.ticketNo);
  expect(loans[0].loanId).toBe(1);
});

it('a return costs the same service calls and cells read after 40 closed loans as the first', () => {
  const { emu } = library();
  expect(issue(emu, 1, '1').ok && giveBack(emu, [[1]]).ok).toBe(true); // the first run after setup may resolve layouts
  expect(issue(emu, 1, '1').ok).toBe(true);
  const first = emu.runFromClient<Result<Returned>>('returnCopies', [{ items: [{ inventoryNo: 1, condition: 'fine', conditionNote: '' }] }]);
  expect(ok(first).ok).toBe(true);
  for (let i = 0; i < 40; i++) expect(issue(emu, 1 + (i % 3), String(1 + (i % 8))).ok && giveBack(emu, [[1 + (i % 8)]]).ok).toBe(true);
  expect(rows(emu, 'loanHistory')).toHaveLength(42);
  expect(issue(emu, 1, '1').ok).toBe(true);
  const later = emu.runFromClient<Result<Returned>>('returnCopies', [{ items: [{ inventoryNo: 1, condition: 'fine', conditionNote: '' }] }]);
  expect(ok(later).ok).toBe(true);
  expect(later.calls.calls).toEqual(first.calls.calls);
  expect(later.calls.cellsRead).toBe(first.calls.cellsRead);
  // The loan history is appended to (one getLastRow), never read; one deleteRows for the loan.
  expect(later.calls.calls['Sheet.deleteRows']).toBe(1);
  expect(later.calls.calls['Sheet.getLastRow']).toBe(2);
});

describe('reservations', () => {
  type Reserved = { reservation: { id: number; titleId: number; ticketNo: number; reservedOn: string; status: string; position: number } };
  type Cancelled = { reservation: Reserved['reservation']; heldFor: { inventoryNo: number; ticketNo: number; fullName: string } | null };
  const reserve = (emu: Emulator, ticketNo: number, titleId: number) => call<Reserved>(emu, 'reserveTitle', { ticketNo, titleId });
  const cancel = (emu: Emulator, id: number) => call<Cancelled>(emu, 'cancelReservation', { id });
  const queueRows = (emu: Emulator) => rows(emu, 'reservations').map((r) => [r.id, r.titleId, r.ticketNo, r.reservedOn, r.expiresOn, r.status, r.inventoryNo]);
  const copiesOf = (emu: Emulator, titleId: number) => rows(emu, 'catalogIndex').find((r) => Number(r.titleId) === titleId)!.copies;
  const setting = (emu: Emulator, key: string) => Object.fromEntries(rows(emu, 'settings').map((r) => [r.key, r.value]))[key];
  /** Абай жолы (6-8) all with Айгүл; Мария (1), then Асқар (2) wait for it. */
  function queued() {
    const lib = library();
    expect(issue(lib.emu, 1, '6 7 8').ok).toBe(true);
    expect(reserve(lib.emu, 2, 3).ok && reserve(lib.emu, 3, 3).ok).toBe(true);
    return lib;
  }

  it('reserves a title that is out: a waiting row, its place in the queue, ids unique across titles; every refusal writes nothing', () => {
    const { emu } = library();
    expect(issue(emu, 1, '6 7 8').ok).toBe(true);
    const first = reserve(emu, 2, 3);
    expect(first).toMatchObject({ ok: true, message: 'Ли Мария: брондау № 1, кезектегі орны – 1.' });
    expect(first.value!.reservation).toEqual({ id: 1, titleId: 3, ticketNo: 2, reservedOn: '2026-11-27', status: 'waiting', position: 1 });
    expect(reserve(emu, 3, 3).value!.reservation).toMatchObject({ id: 2, position: 2 });
    expect(issue(emu, 3, '1 2 3').ok).toBe(true);
    expect(reserve(emu, 2, 1).value!.reservation).toMatchObject({ id: 3, titleId: 1, position: 1 }); // another title: the next id
    expect(setting(emu, 'nextReservationId')).toBe('4');
    expect(rows(emu, 'reservations').map((r) => [r.id, r.titleId, r.ticketNo, r.reservedOn, r.expiresOn, r.inventoryNo])).toEqual([
      [1, 3, 2, '2026-11-27', '', ''],
      [2, 3, 3, '2026-11-27', '', ''],
      [3, 1, 2, '2026-11-27', '', ''],
    ]);
    expect(rows(emu, 'auditLog').filter((r) => r.operation === 'reserveTitle').map((r) => r.entityId)).toEqual(['1', '2', '3']);

    const before = snapshot(emu);
    const refused = (r: Result<unknown>) => {
      expect(r.ok).toBe(false);
      expect(snapshot(emu)).toBe(before);
      return r.errors!.map((e) => [e.field, e.key, e.message]);
    };
    expect(refused(reserve(emu, 99, 3))).toEqual([['ticketNo', 'error.readerUnknown', '№ 99 билетті оқырман жоқ.']]);
    expect(refused(reserve(emu, 2, 99))).toEqual([['titleId', 'error.titleUnknown', '№ 99 каталог жазбасы жоқ.']]);
    expect(refused(reserve(emu, 2, 2))).toEqual([['titleId', 'error.reservationOnShelf', 'Бұл кітап сөреде тұр (№ 4, 5): брондаудың қажеті жоқ, беруге болады.']]);
    expect(refused(reserve(emu, 2, 3))).toEqual([['titleId', 'error.reservationDuplicate', 'Ли Мария бұл кітапты брондаған (№ 1).']]);
    expect(refused(reserve(emu, 1, 3))).toEqual([['titleId', 'error.reservationHasCopy', 'Әбенова Айгүл Серікқызы оқырманда бұл кітаптың № 6 данасы бар.']]);
    expect(refused(reserve(emu, 0, 0)).map((e) => e[1])).toEqual(['error.ticketNo', 'error.titleId']);
    typeInto(emu, 'readers', 3, 'status', 'Шығып кетті / бітірді'); // Мария has left
    const left = snapshot(emu);
    expect(reserve(emu, 2, 1).errors!.map((e) => e.key)).toEqual(['error.readerLeft']);
    expect(snapshot(emu)).toBe(left);
  });

  it('a return holds the copy for the oldest waiting reader and says for whom; another reader cannot borrow it, the holder can (fulfilled)', () => {
    const { emu } = queued();
    const back = giveBack(emu, [[7]]);
    expect(back.message).toBe('1 кітап қайтарылды. № 7 кітап Ли Мария оқырманға сақталды.');
    expect(back.value!.returned[0].heldFor).toEqual({ ticketNo: 2, fullName: 'Ли Мария' });
    expect(queueRows(emu)).toEqual([
      [1, 3, 2, '2026-11-27', '2026-11-30', 'Сақталуда', 7],
      [2, 3, 3, '2026-11-27', '', 'Кезекте', ''],
    ]);
    expect(copiesOf(emu, 3)).toBe('6:l2026-12-11 7:r 8:l2026-12-11');

    const before = snapshot(emu);
    expect(keys(issue(emu, 3, '7'))).toEqual(['error.copyReserved']);
    expect(snapshot(emu)).toBe(before);

    expect(issue(emu, 2, '7').ok).toBe(true);
    expect(queueRows(emu).map((r) => r[5])).toEqual(['Берілді', 'Кезекте']);
    expect(copiesOf(emu, 3)).toBe('6:l2026-12-11 7:l2026-12-11 8:l2026-12-11');
    // The next copy back goes to the next in the queue; a copy of a title nobody waits for to the shelf.
    const two = giveBack(emu, [[6], [8]]);
    expect(two.value!.returned.map((r) => r.heldFor)).toEqual([{ ticketNo: 3, fullName: 'Жұмабаев Асқар' }, null]);
    expect(copiesOf(emu, 3)).toBe('6:r 7:l2026-12-11 8');
  });

  it('cancel: the row stays (cancelled); the copy it held goes to the next waiting reader, else back to the shelf', () => {
    const { emu } = queued();
    expect(giveBack(emu, [[7]]).ok).toBe(true); // held for Мария (1)
    const passed = cancel(emu, 1);
    expect(passed).toMatchObject({ ok: true, message: '№ 1 брондаудан бас тартылды. № 7 кітап Жұмабаев Асқар оқырманға сақталды.' });
    expect(passed.value!.heldFor).toEqual({ inventoryNo: 7, ticketNo: 3, fullName: 'Жұмабаев Асқар' });
    expect(queueRows(emu).map((r) => [r[5], r[6]])).toEqual([['Бас тартылды', 7], ['Сақталуда', 7]]);
    expect(copiesOf(emu, 3)).toBe('6:l2026-12-11 7:r 8:l2026-12-11');

    expect(cancel(emu, 2).value!.heldFor).toBeNull();
    expect(queueRows(emu).map((r) => r[5])).toEqual(['Бас тартылды', 'Бас тартылды']);
    expect(copiesOf(emu, 3)).toBe('6:l2026-12-11 7 8:l2026-12-11');
    expect(issue(emu, 2, '7').ok).toBe(true);

    const before = snapshot(emu);
    expect(keys(cancel(emu, 2))).toEqual(['error.reservationClosed']);
    expect(keys(cancel(emu, 99))).toEqual(['error.reservationUnknown']);
    expect(snapshot(emu)).toBe(before);
  });

  it('a held copy past its expiry may go to another reader: the reservation is marked expired in the same write', () => {
    const { emu, at } = queued();
    expect(giveBack(emu, [[7]]).ok).toBe(true); // held for Мария until 30.11
    at('2026-11-30');
    expect(keys(issue(emu, 3, '7'))).toEqual(['error.copyReserved']); // still held on the last day
    at('2026-12-01');
    expect(issue(emu, 3, '7').ok).toBe(true);
    // Мария's hold expired; Асқар, who waited for the title, has a copy: his reservation is fulfilled.
    expect(queueRows(emu).map((r) => r[5])).toEqual(['Мерзімі өтті', 'Берілді']);
    expect(copiesOf(emu, 3)).toBe('6:l2026-12-11 7:l2026-12-15 8:l2026-12-11');
  });
});
