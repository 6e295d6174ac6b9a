/**
 * A book lost by its reader, through the built bundle (issue 4 "Lost book"): replaced by a new title
 * (the loan closed as lost, an act "lost by reader" with its Doc, the inventory book marking the lost
 * copy and numbering the new one, the summary book's parts 1, 2 and 3 agreeing, the acquisitions and
 * replacements journals, the catalogue and its index, the debtors list, the audit log); replaced by
 * another copy of the same title (one catalogue row, one index row, a waiting reservation still waiting);
 * written off without a replacement in a Russian workbook (the commission of the latest act); and the
 * refusals, which write nothing.
 */
import type { Emulator } from '../../emulator/runtime';
import { journalColumns, journalRows, journalSheetId } from '../../emulator/workbook-view';
import { writeLibrary, type GeneratedLibrary } from '../../bench/generate';
import { BLANK, KOZY, MATH, batch } from '../fixtures/titles';
import { AIGUL, NOW, docPng, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; params: Record<string, unknown>; message: string }>; message: string };
type Lost = {
  ticketNo: number;
  fullName: string;
  lostInventoryNo: number;
  description: string;
  actNo: string;
  actDocName: string;
  actDocUrl: string;
  newInventoryNo: number | null;
  newTitleId: number | null;
};

const ABAI = { ...BLANK, authors: 'Әуезов М.', title: 'Абай жолы', otherTitleInfo: 'роман-эпопея', volume: 'Т. 1', place: 'Алматы', publisher: 'Жазушы', year: '2019', pages: '496', price: '1900', copies: '1' };
const COMMISSION = 'Сапарова А. Б. (директордың орынбасары)\nБекова Г. Н. (бухгалтер)\nНұрланова М. Т. (кітапханашы)';
const LIBRARY = '№12 мектеп-гимназия кітапханасы';

const rows = (emu: Emulator, id: string) => journalRows(emu.spreadsheet.inspect, id);
const call = <T>(emu: Emulator, fn: string, arg: unknown) => ok(emu.runFromClient<Result<T>>(fn, [arg]));
/** The lost-copy form as the desk sends it; the act's commission typed unless a test says otherwise ('' repeats the latest act's). */
const lose = (emu: Emulator, form: Record<string, unknown>) =>
  call<Lost>(emu, 'replaceLostCopy', { replacement: null, lostDepartment: 'Абонемент', readerSigned: true, note: '', commission: 'Сапарова А. Б.\nБекова Г. Н.', approvedBy: 'Омарова Ж. К.', ...form });
const day = (iso: string) => new Date(`${iso}T05:00:00Z`); // 10:00 in Almaty

/** Types `value` into the settings journal's value of `key`, as the librarian would. */
function typeSetting(emu: Emulator, key: string, value: string): void {
  emu.refresh();
  const inspect = emu.spreadsheet.inspect;
  const id = journalSheetId(inspect, 'settings')!;
  const cols = journalColumns(inspect, id);
  const r = inspect.values(id).findIndex((row) => row[cols.key - 1] === key);
  const ss = (emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  ss.getSheetById(id)!.getRange(r + 1, cols.value).setValue(value);
  emu.spreadsheet.save();
}

/**
 * Қозы-Көрпеш 1–3 (1 250,50 ₸), Математика 4–5 (2 500 ₸), received 20.11.2026; readers 1 Әбенова Айгүл
 * (5А), 2 Ли Мария (7Б); Айгүл borrows 1 and 4 on 27.11.2026 and is a debtor for both in December.
 */
function library(userLocale: 'kk' | 'ru' = 'kk') {
  let now = NOW;
  const emu = emulator({ now: () => now, userLocale });
  ok(emu.run('setupWorkbook'));
  expect(call(emu, 'registerAcquisition', batch([KOZY, MATH])).ok).toBe(true);
  for (const reader of [AIGUL, { ...AIGUL, fullName: 'Ли Мария', grade: '7б' }]) expect(call(emu, 'registerReader', reader).ok).toBe(true);
  typeSetting(emu, 'libraryName', LIBRARY);
  expect(call(emu, 'issueCopies', { ticketNo: 1, inventoryNos: '1 4', dueOn: '', overrideOverdue: false }).ok).toBe(true);
  const debtor = { ticketNo: 1, fullName: AIGUL.fullName, grade: '5А', dueOn: '2026-12-11', daysOverdue: 9, updatedOn: '2026-12-20' };
  writeLibrary(emu, { journals: { debtors: [{ ...debtor, inventoryNo: 1, title: 'Әбенов Ш. Қозы-Көрпеш' }, { ...debtor, inventoryNo: 4, title: 'Абылкасымова А. Е. Математика' }] }, settings: {} } as unknown as GeneratedLibrary);
  now = day('2026-12-20');
  return emu;
}

describe('replaceLostCopy: the reader brings another book', () => {
  it('closes the loan as lost, writes the copy off by act, receives the replacement under a new number, and every journal agrees', async () => {
    const emu = library();
    const result = lose(emu, {
      inventoryNo: 1,
      replacement: { title: ABAI, department: 'Абонемент' },
      note: 'Автобуста қалдырып кеткен',
      commission: COMMISSION,
      approvedBy: 'Омарова Ж. Қ.',
    });
    expect(result.message).toBe('Инв. № 1 № 1/2026 актімен есептен шығарылды; орнына алынған кітапқа инв. № 6 берілді.');
    expect(result.value).toMatchObject({ ticketNo: 1, fullName: AIGUL.fullName, lostInventoryNo: 1, actNo: '1/2026', newInventoryNo: 6, newTitleId: 3 });
    expect(result.value!.description).toBe('Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.');

    // The loan: moved to the history as lost (its reader group and section kept), gone from the open loans.
    expect(rows(emu, 'loanHistory').map((r) => [r.loanId, r.ticketNo, r.inventoryNo, r.issuedOn, r.returnedOn, r.condition, r.conditionNote, r.readerGroup, r.section])).toEqual([
      [1, 1, 1, '2026-11-27', '2026-12-20', 'Жоғалған', 'Автобуста қалдырып кеткен', '5–9 сынып', 'Көркем әдебиет'],
    ]);
    expect(rows(emu, 'loans').map((r) => r.inventoryNo)).toEqual([4]);
    expect(rows(emu, 'debtors').map((r) => r.inventoryNo)).toEqual([4]);

    // The inventory book: the lost copy marked, never deleted; the replacement numbered from the counter.
    const inventory = rows(emu, 'inventoryBook');
    expect(inventory.map((r) => [r.inventoryNo, r.writeOffActNo, r.writeOffDate])).toEqual([
      [1, '1/2026', '2026-12-20'],
      [2, '', ''],
      [3, '', ''],
      [4, '', ''],
      [5, '', ''],
      [6, '', ''],
    ]);
    expect(inventory[5]).toMatchObject({
      entryDate: '2026-12-20',
      authorTitle: 'Әуезов М. Абай жолы : роман-эпопея. Т. 1',
      placeYear: 'Алматы, 2019',
      price: 1900,
      summaryRecordNo: 2,
      titleId: 3,
      note: 'Жоғалған инв. № 1 орнына',
    });
    expect(Object.fromEntries(rows(emu, 'settings').map((r) => [r.key, r.value]))).toMatchObject({ nextInventoryNo: '7', nextTitleId: '4' });

    // The act, part 2 (a withdrawal) and part 1 (a receipt) on the same day, part 3 with both.
    expect(rows(emu, 'writeOffActs')).toEqual([
      expect.objectContaining({
        actNo: '1/2026',
        date: '2026-12-20',
        reason: 'Оқырман жоғалтқан',
        copies: 1,
        sum: 1250.5,
        commission: 'Сапарова А. Б. (директордың орынбасары); Бекова Г. Н. (бухгалтер); Нұрланова М. Т. (кітапханашы)',
        approvedBy: 'Омарова Ж. Қ.',
        docLink: result.value!.actDocUrl,
        note: `Оқырман жоғалтты: ${AIGUL.fullName}, билет № 1; орнына инв. № 6 алынды`,
      }),
    ]);
    expect(rows(emu, 'summaryBookWithdrawals')).toEqual([
      expect.objectContaining({ date: '2026-12-20', recordNo: 1, actNo: '1/2026', reason: 'Оқырман жоғалтқан', copiesTotal: 1, sum: 1250.5, typeBooks: 1, sectionFiction: 1, langKazakh: 1, langRussian: 0 }),
    ]);
    const receipts = rows(emu, 'summaryBookReceipts');
    expect(receipts.map((r) => [r.recordNo, r.date, r.source, r.copiesTotal, r.sum])).toEqual([
      [1, '2026-11-20', 'Сатып алу', 5, 8751.5],
      [2, '2026-12-20', 'Жоғалғанның орнына', 1, 1900],
    ]);
    expect(receipts[1]).toMatchObject({ supplier: AIGUL.fullName, note: 'Жоғалған инв. № 1 орнына (акт № 1/2026)', typeBooks: 1, sectionFiction: 1, langKazakh: 1 });
    expect(rows(emu, 'summaryBookTotals').map((r) => [r.year, r.line, r.copies, r.sum, r.sectionFiction, r.sectionTextbooks])).toEqual([
      [2026, 'Жыл басында болғаны', 0, 0, 0, 0],
      [2026, 'Жыл ішінде түскені', 6, 10651.5, 4, 2],
      [2026, 'Жыл ішінде шығарылғаны', 1, 1250.5, 1, 0],
      [2026, 'Жыл соңында болғаны', 5, 9401, 3, 2],
    ]);
    expect(rows(emu, 'acquisitions').map((r) => [r.date, r.title, r.year, r.price, r.inventoryFrom, r.inventoryTo, r.copies, r.sum, r.source, r.summaryRecordNo, r.titleId])).toEqual([
      ['2026-11-20', 'Қозы-Көрпеш – Баянсұлу', 1965, 1250.5, 1, 3, 3, 3751.5, 'Сатып алу', 1, 1],
      ['2026-11-20', 'Математика', 2017, 2500, 4, 5, 2, 5000, 'Сатып алу', 1, 2],
      ['2026-12-20', 'Абай жолы', 2019, 1900, 6, 6, 1, 1900, 'Жоғалғанның орнына', 2, 3],
    ]);

    // The replacements journal: the lost book and the one accepted in its place.
    expect(rows(emu, 'replacements')).toEqual([
      {
        date: '2026-12-20',
        readerName: AIGUL.fullName,
        lostInventoryNo: 1,
        lostAuthor: 'Әбенов Ш.',
        lostTitle: 'Қозы-Көрпеш – Баянсұлу',
        lostYear: 1965,
        lostPrice: 1250.5,
        lostDepartment: 'Абонемент',
        newAuthor: 'Әуезов М.',
        newTitle: 'Абай жолы',
        newYear: 2019,
        newPrice: 1900,
        newDepartment: 'Абонемент',
        readerSigned: true,
        ticketNo: 1,
        newInventoryNo: 6,
        note: 'Автобуста қалдырып кеткен',
      },
    ]);

    // The catalogue and its index: the lost copy written off, the new title with its copy on the shelf.
    expect(rows(emu, 'catalog').map((r) => [r.titleId, r.title, r.copiesTotal])).toEqual([
      [1, 'Қозы-Көрпеш – Баянсұлу', 2],
      [2, 'Математика', 2],
      [3, 'Абай жолы', 1],
    ]);
    expect(rows(emu, 'catalogIndex').map((r) => [r.titleId, r.copies])).toEqual([
      [1, '1:w 2 3'],
      [2, '4:l2027-05-31 5'],
      [3, '6'],
    ]);
    const found = call<{ hits: Array<{ titleId: number; onShelf: number; inFund: number }> }>(emu, 'searchCatalog', { query: 'абай жолы', limit: 5 });
    expect(found.value!.hits.map((h) => [h.titleId, h.onShelf, h.inFund])).toEqual([[3, 1, 1]]);

    const audit = rows(emu, 'auditLog').filter((r) => r.operation === 'replaceLostCopy');
    expect(audit.map((r) => [r.entity, r.entityId, JSON.parse(String(r.details))])).toEqual([
      ['writeOffAct', '1/2026', { inventoryNo: 1, ticketNo: 1, loanId: 1, sum: 1250.5, reason: 'lostByReader' }],
      ['receipt', '2', { copies: 1, sum: 1900, inventoryNo: 6, titleId: 3, replaces: 1 }],
    ]);

    // The act as a Doc in the archive.
    expect(result.value!.actDocName).toBe('Есептен шығару актісі № 1-2026 (2026-12-20)');
    const doc = emu.drive.inspect.findByPath(`My Drive/Кітапхана архиві/2026/Acts/${result.value!.actDocName}`);
    expect(doc).not.toBeNull();
    const text = emu.drive.inspect.docText(doc!.id);
    expect(text).toContain('ЕСЕПТЕН ШЫҒАРУ АКТІСІ № 1/2026');
    expect(text).toContain('оқырман жоғалтқан');
    expect(text).toContain('Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма');
    expect(text).toContain('1\u00A0250,50');
    expect(text).toContain('Сапарова А. Б. (директордың орынбасары)');
    await docPng(emu.drive.inspect.docHtml(doc!.id), 'lost-act-kk.png');
  });

  it('adds a replacement of the same title to its record (one catalogue row, one index row) and leaves a waiting reservation waiting', () => {
    const emu = library();
    expect(call(emu, 'issueCopies', { ticketNo: 2, inventoryNos: '2 3', dueOn: '', overrideOverdue: false }).ok).toBe(true);
    writeLibrary(emu, { journals: { reservations: [{ id: 1, ticketNo: 1, titleId: 1, reservedOn: '2026-12-19', expiresOn: '', status: 'waiting', inventoryNo: '', note: '' }] }, settings: {} } as unknown as GeneratedLibrary);
    const result = lose(emu, { inventoryNo: 2, replacement: { title: { ...KOZY, copies: '1', price: '1400' }, department: '' }, lostDepartment: '' });
    expect(result.value).toMatchObject({ ticketNo: 2, fullName: 'Ли Мария', newInventoryNo: 6, newTitleId: 1 });
    expect(rows(emu, 'catalog').map((r) => [r.titleId, r.copiesTotal])).toEqual([
      [1, 3],
      [2, 2],
    ]);
    expect(rows(emu, 'catalogIndex').map((r) => r.copies)).toEqual(['1:l2026-12-11 2:w 3:l2027-01-03 6', '4:l2027-05-31 5']);
    expect(rows(emu, 'inventoryBook').map((r) => [r.inventoryNo, r.titleId, r.price, r.writeOffActNo])).toEqual([
      [1, 1, 1250.5, ''],
      [2, 1, 1250.5, '1/2026'],
      [3, 1, 1250.5, ''],
      [4, 2, 2500, ''],
      [5, 2, 2500, ''],
      [6, 1, 1400, ''],
    ]);
    expect(Object.fromEntries(rows(emu, 'settings').map((r) => [r.key, r.value]))).toMatchObject({ nextInventoryNo: '7', nextTitleId: '3' });
    expect(rows(emu, 'replacements').map((r) => [r.readerName, r.lostInventoryNo, r.newTitle, r.newPrice, r.newInventoryNo, r.readerSigned])).toEqual([
      ['Ли Мария', 2, 'Қозы-Көрпеш – Баянсұлу', 1400, 6, true],
    ]);
    expect(rows(emu, 'reservations').map((r) => [r.id, r.status, r.inventoryNo])).toEqual([[1, 'Кезекте', '']]);
    expect(rows(emu, 'loans').map((r) => r.inventoryNo)).toEqual([1, 4, 3]);
    // The new copy is found by its number.
    const hits = call<{ hits: Array<{ titleId: number }> }>(emu, 'searchCatalog', { query: '6', limit: 5 });
    expect(hits.value!.hits.map((h) => h.titleId)).toEqual([1]);
  });
});

describe('replaceLostCopy: no replacement', () => {
  it('in a Russian workbook writes the copy off alone, with the commission of the latest act, and receives nothing', async () => {
    const emu = library('ru');
    const earlier = { inventoryNos: '5', reason: 'wornOut', date: '2026-12-01', commission: 'Сапарова А. Б.\nБекова Г. Н.', approvedBy: 'Омарова Ж. К.', note: '' };
    expect(call(emu, 'writeOffCopies', earlier).ok).toBe(true);
    const receiptsBefore = rows(emu, 'summaryBookReceipts');
    const result = lose(emu, { inventoryNo: 4, lostDepartment: 'Абонемент', note: 'Утерян, возмещения нет', commission: '', approvedBy: '' });
    expect(result).toMatchObject({ ok: true, message: 'Инв. № 4 списан по акту № 2/2026.' });
    expect(result.value).toMatchObject({ lostInventoryNo: 4, actNo: '2/2026', newInventoryNo: null, newTitleId: null, actDocName: 'Акт о списании № 2-2026 (2026-12-20)' });

    expect(rows(emu, 'loanHistory').map((r) => [r.inventoryNo, r.condition, r.readerGroup, r.section])).toEqual([[4, 'Утеряна', '5–9 классы', 'Учебники']]);
    expect(rows(emu, 'loans').map((r) => r.inventoryNo)).toEqual([1]);
    expect(rows(emu, 'debtors').map((r) => r.inventoryNo)).toEqual([1]);
    expect(rows(emu, 'writeOffActs').map((r) => [r.actNo, r.reason, r.copies, r.sum, r.commission, r.approvedBy, r.note])).toEqual([
      ['1/2026', 'Ветхость', 1, 2500, 'Сапарова А. Б.; Бекова Г. Н.', 'Омарова Ж. К.', ''],
      ['2/2026', 'Утеряно читателем', 1, 2500, 'Сапарова А. Б.; Бекова Г. Н.', 'Омарова Ж. К.', `Утерян читателем: ${AIGUL.fullName}, билет № 1; Утерян, возмещения нет`],
    ]);
    expect(rows(emu, 'summaryBookWithdrawals').map((r) => [r.recordNo, r.actNo, r.copiesTotal, r.sum, r.sectionTextbooks, r.langRussian, r.reason])).toEqual([
      [1, '1/2026', 1, 2500, 1, 1, 'Ветхость'],
      [2, '2/2026', 1, 2500, 1, 1, 'Утеряно читателем'],
    ]);
    expect(rows(emu, 'summaryBookReceipts')).toEqual(receiptsBefore);
    expect(rows(emu, 'summaryBookTotals').map((r) => [r.line, r.copies, r.sum])).toEqual([
      ['Состоит на начало года', 0, 0],
      ['Поступило за год', 5, 8751.5],
      ['Выбыло за год', 2, 5000],
      ['Состоит на конец года', 3, 3751.5],
    ]);
    expect(rows(emu, 'inventoryBook').map((r) => [r.inventoryNo, r.writeOffActNo])).toEqual([
      [1, ''],
      [2, ''],
      [3, ''],
      [4, '2/2026'],
      [5, '1/2026'],
    ]);
    expect(rows(emu, 'acquisitions')).toHaveLength(2);
    expect(rows(emu, 'replacements')).toEqual([]);
    expect(rows(emu, 'catalog').map((r) => r.copiesTotal)).toEqual([3, 0]);
    expect(rows(emu, 'catalogIndex').map((r) => r.copies)).toEqual(['1:l2026-12-11 2 3', '4:w 5:w']);
    expect(Object.fromEntries(rows(emu, 'settings').map((r) => [r.key, r.value]))).toMatchObject({ nextInventoryNo: '6', nextTitleId: '3' });

    const doc = emu.drive.inspect.findByPath(`My Drive/Архив библиотеки/2026/Acts/${result.value!.actDocName}`);
    expect(doc).not.toBeNull();
    const text = emu.drive.inspect.docText(doc!.id);
    expect(text).toContain('АКТ О СПИСАНИИ № 2/2026');
    expect(text).toContain('утеряно читателем');
    expect(text).toContain('Абылкасымова А. Е. Математика : учебник для 5 класса');
    expect(text).toContain('Бекова Г. Н.');
    await docPng(emu.drive.inspect.docHtml(doc!.id), 'lost-act-ru.png');
  });
});

describe('replaceLostCopy: refusals write nothing', () => {
  it('refuses a copy that is not on loan, or not known at all, naming it in the librarian\'s language', () => {
    const emu = library();
    const before = snapshot(emu);
    const shelf = lose(emu, { inventoryNo: 2 });
    expect(shelf.ok).toBe(false);
    expect(shelf.errors!.map((e) => [e.field, e.message])).toEqual([['inventoryNo', '№ 2 кітап ешкімге берілмеген: оны оқырман жоғалтты деп есептен шығаруға болмайды.']]);
    expect(lose(emu, { inventoryNo: 99 }).errors!.map((e) => [e.field, e.key])).toEqual([['inventoryNo', 'error.lostNotOnLoan']]);
    // The library's first act, with no commission typed and none to repeat: a legal act needs one.
    expect(lose(emu, { inventoryNo: 1, commission: '', approvedBy: '' }).errors!.map((e) => [e.field, e.key])).toEqual([['commission', 'error.commission']]);
    expect(snapshot(emu)).toBe(before);
    // Once written off as lost, the copy is no longer on loan: a second loss of it is refused too.
    expect(lose(emu, { inventoryNo: 1 }).ok).toBe(true);
    const after = snapshot(emu);
    expect(lose(emu, { inventoryNo: 1 }).errors!.map((e) => e.key)).toEqual(['error.lostNotOnLoan']);
    expect(snapshot(emu)).toBe(after);
  });

  it('refuses a bad replacement field by field (title, price, more than one copy, lengths) before reading anything', () => {
    const emu = library();
    const before = snapshot(emu);
    const bad = lose(emu, {
      inventoryNo: 1,
      replacement: { title: { ...ABAI, title: '', price: '', copies: '2', year: '3000' }, department: 'х'.repeat(61) },
      lostDepartment: 'у'.repeat(61),
    });
    expect(bad.ok).toBe(false);
    expect(bad.message).toBe('Белгіленген өрістерді түзетіңіз. Ештеңе сақталған жоқ.');
    expect(bad.errors!.map((e) => [e.field, e.key])).toEqual([
      ['lostDepartment', 'error.tooLong'],
      ['replacement.title.title', 'error.required'],
      ['replacement.title.year', 'error.year'],
      ['replacement.title.price', 'error.required'],
      ['replacement.title.copies', 'error.replacementCopies'],
      ['replacement.department', 'error.tooLong'],
    ]);
    expect(bad.errors!.find((e) => e.key === 'error.replacementCopies')!.message).toBe('Оқырман бір кітап әкеледі: дана саны 1 болуы керек.');
    const price = lose(emu, { inventoryNo: 1, replacement: { title: { ...ABAI, price: '12,345' }, department: '' } });
    expect(price.errors!.map((e) => [e.field, e.message])).toEqual([['replacement.title.price', 'Бағаны теңгемен жазыңыз, мысалы 1250 немесе 1250,50.']]);
    expect(snapshot(emu)).toBe(before);
  });

  it('refuses when the inventory counter was lowered by hand onto a number the book has, as a receipt does', () => {
    const emu = library();
    typeSetting(emu, 'nextInventoryNo', '3');
    const before = snapshot(emu);
    const refused = lose(emu, { inventoryNo: 1, replacement: { title: ABAI, department: '' } });
    expect(refused.errors!.map((e) => e.key)).toEqual(['error.counterBehind']);
    expect(snapshot(emu)).toBe(before);
  });
});
