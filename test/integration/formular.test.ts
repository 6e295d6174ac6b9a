/**
 * The reader's formular and the debtors (issue 4) through the built bundle: readers, a receipt batch,
 * issues and returns through the server functions, the emulator's clock moved past the due dates.
 * The formular Doc lists the returned and the open loans with their conditions, the overdue one marked,
 * in <archive>/<year>/Readers (not Reports), replaced when printed again; an unknown ticket writes
 * nothing. The debtors journal after a refresh is exactly the overdue loans, a second refresh changes
 * nothing, a return, a renewal and time passing change it; the slips Doc is grouped by class, teachers
 * after the classes; the menu item shows a dialog with the link, or says there are no debtors and makes
 * no Doc. Both Docs are rendered to PNG in Kazakh and Russian.
 */
import type { Emulator } from '../../emulator/runtime';
import type { DriveNode } from '../../emulator/services/drive';
import { journalColumns, journalRows, journalSheetId } from '../../emulator/workbook-view';
import { AIGUL, NOW, docPng, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; params: Record<string, unknown>; message: string }>; message: string };
type DocLink = { name: string; url: string };
type Slips = DocLink & { readers: number; copies: number; classes: number; archiveUrl: string; folder: string };

const BLANK = { authors: '', title: '', otherTitleInfo: '', responsibility: '', volume: '', place: '', publisher: '', year: '', pages: '', isbn: '', bbk: '', udc: '', authorSign: '', language: 'kk', section: 'fiction', docType: 'book', annotation: '', keywords: '', price: '', copies: '' };
const KOZY = { ...BLANK, authors: 'Әбенов Ш.', title: 'Қозы-Көрпеш – Баянсұлу', otherTitleInfo: 'поэма', place: 'Алматы', publisher: 'Жазушы', year: '1965', pages: '114', price: '1250', copies: '3' };
const MATH = { ...BLANK, authors: 'Абылкасымова А. Е.', title: 'Математика', otherTitleInfo: 'учебник для 5 класса', place: 'Алматы', publisher: 'Мектеп', year: '2017', pages: '288', language: 'ru', section: 'textbooks', price: '2500', copies: '2' };
const ABAI = { ...BLANK, authors: 'Әуезов М.', title: 'Абай жолы', otherTitleInfo: 'роман-эпопея', place: 'Алматы', publisher: 'Жазушы', year: '1997', pages: '500', price: '1850', copies: '3' };

const rows = (emu: Emulator, id: string) => journalRows(emu.spreadsheet.inspect, id);
const call = <T>(emu: Emulator, fn: string, ...args: unknown[]) => ok(emu.runFromClient<Result<T>>(fn, args));
const issue = (emu: Emulator, ticketNo: number, inventoryNos: string) => {
  const r = call(emu, 'issueCopies', { ticketNo, inventoryNos, dueOn: '', overrideOverdue: true });
  expect([r.ok, r.message]).toEqual([true, expect.any(String)]);
};
const giveBack = (emu: Emulator, items: Array<[number, string?, string?]>) =>
  expect(call(emu, 'returnCopies', { items: items.map(([inventoryNo, condition = 'fine', conditionNote = '']) => ({ inventoryNo, condition, conditionNote })) }).ok).toBe(true);
const day = (iso: string) => new Date(`${iso}T05:00:00Z`); // 10:00 in Almaty

const ARCHIVE = 'My Drive/Кітапхана архиві';
const READERS = `${ARCHIVE}/2026/Readers`;
const RU_ARCHIVE = 'My Drive/Архив библиотеки';

/** The Doc of this name in the Readers folder of the archive (2026). */
function findDoc(emu: Emulator, name: string, archive = ARCHIVE): { node: DriveNode } | null {
  const node = emu.drive.inspect.findByPath(`${archive}/2026/Readers/${name}`);
  return node ? { node } : null;
}

/** Every sheet but the settings (where the archive's folder id is kept on first use). */
const journals = (emu: Emulator) => JSON.stringify((JSON.parse(snapshot(emu)) as Array<{ name: string }>).filter((s) => s.name !== 'Баптаулар'));

const debtorsView = (emu: Emulator) => rows(emu, 'debtors').map((r) => [r.ticketNo, r.fullName, r.grade, r.inventoryNo, r.title, r.dueOn, r.daysOverdue, r.updatedOn]);

/**
 * Inventory numbers 1-3 Қозы-Көрпеш, 4-5 Математика (a textbook: due at the end of the school year),
 * 6-8 Абай жолы. Readers 1 Әбенова Айгүл (5А), 2 Ли Мария (7Б), 3 Жұмабаев Асқар (5А), 4 Сапарова
 * Әйгерім (a teacher), 5 Омаров Ерлан (10А). On 27.11.2026: Айгүл takes 1, 4, 6; Мария 3; Асқар 7;
 * the teacher 2; Ерлан 5. On 05.12 Айгүл returns 1 damaged; on 14.12 Мария returns 3, three days late.
 */
function library(userLocale: 'kk' | 'ru' = 'kk') {
  let now = NOW;
  const emu = emulator({ now: () => now, userLocale });
  ok(emu.run('setupWorkbook'));
  expect(call(emu, 'registerAcquisition', { date: '2026-11-20', source: 'purchase', supplier: '', documentNo: '', documentDate: '', items: [KOZY, MATH, ABAI] }).ok).toBe(true);
  for (const reader of [
    AIGUL,
    { ...AIGUL, fullName: 'Ли Мария', grade: '7б' },
    { ...AIGUL, fullName: 'Жұмабаев Асқар', grade: '5 а' },
    { ...AIGUL, fullName: 'Сапарова Әйгерім', category: 'teacher', grade: '' },
    { ...AIGUL, fullName: 'Омаров Ерлан', grade: '10а' },
  ]) {
    expect(call(emu, 'registerReader', reader).ok).toBe(true);
  }
  const at = (iso: string) => (now = day(iso));
  issue(emu, 1, '1 4 6');
  issue(emu, 2, '3');
  issue(emu, 3, '7');
  issue(emu, 4, '2');
  issue(emu, 5, '5');
  at('2026-12-05');
  giveBack(emu, [[1, 'damaged', 'мұқабасы жыртылған']]);
  at('2026-12-14');
  giveBack(emu, [[3]]);
  return { emu, at };
}

describe('printFormular', () => {
  it('prints every loan of the reader in the order issued: returned with its condition, on loan, overdue marked; in Readers, not Reports', async () => {
    const { emu } = library();
    const before = journals(emu);
    const done = call<DocLink>(emu, 'printFormular', 1);
    expect(done).toMatchObject({ ok: true, value: { name: 'Оқырман формуляры № 1 — Әбенова Айгүл Серікқызы' }, message: 'Әбенова Айгүл Серікқызы: формуляр жасалды.' });
    expect(journals(emu)).toBe(before); // the journals are not changed (the settings keep the new archive folder's id)
    const printed = snapshot(emu);

    const found = findDoc(emu, done.value!.name)!;
    expect(emu.drive.inspect.findByPath(`${READERS}/Оқырман формуляры № 1 — Әбенова Айгүл Серікқызы`)?.id).toBe(found.node.id);
    expect(done.value!.url).toContain(found.node.id);
    const text = emu.drive.inspect.docText(found.node.id);
    const lines = text.split('\n');
    for (const line of [
      'ОҚЫРМАН ФОРМУЛЯРЫ № 1',
      'Аты-жөні\tӘбенова Айгүл Серікқызы',
      'Санаты\tОқушы',
      'Сыныбы\t5А',
      'Мектеп / мекеме\t№12 мектеп-гимназия',
      'Мекенжайы\tХромтау қ., Абай к-сі 5, 12',
      'Телефоны\t+7 701 123 45 67',
      'Тіркелген күні\t27.11.2026',
      'Мәртебесі\tБелсенді',
      '1\t27.11.2026\t1\tӘбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма\t11.12.2026\t05.12.2026\tБүлінген: мұқабасы жыртылған',
      '2\t27.11.2026\t4\tАбылкасымова А. Е. Математика : учебник для 5 класса\t31.05.2027\tоқырманда\t',
      '3\t27.11.2026\t6\tӘуезов М. Абай жолы : роман-эпопея\t11.12.2026\tмерзімі өткен: 3 күн\t',
    ]) {
      expect([line, lines.includes(line)]).toEqual([line, true]);
    }
    expect(text).toContain('Барлығы берілген: 3; қазір оқырманда: 2. Мерзімі өткені: 1.');
    await docPng(emu.drive.inspect.docHtml(found.node.id), 'formular-kk.png');

    // A returned late loan says how late; printed again, the Doc is rewritten, not duplicated.
    const maria = call<DocLink>(emu, 'printFormular', 2).value!;
    expect(emu.drive.inspect.docText(findDoc(emu, maria.name)!.node.id)).toContain('1\t27.11.2026\t3\tӘбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма\t11.12.2026\t14.12.2026 (3 күн кешігіп)\tБүтін');
    const again = call<DocLink>(emu, 'printFormular', 1).value!;
    expect(again.url).toBe(done.value!.url);
    expect(snapshot(emu)).toBe(printed);
    const folder = emu.drive.inspect.findByPath(READERS)!;
    expect((folder.children ?? []).filter((k) => !k.trashed).map((k) => k.name).sort()).toEqual([done.value!.name, maria.name].sort());
    expect((emu.drive.inspect.findByPath(`${ARCHIVE}/2026`)!.children ?? []).map((k) => k.name)).toEqual(['Readers']); // not among the director's Reports
  });

  it('refuses an unknown or malformed ticket and writes nothing, in the sheets or in Drive', () => {
    const { emu } = library();
    const before = snapshot(emu);
    const drive = JSON.stringify(emu.drive.inspect.tree());
    const unknown = call<DocLink>(emu, 'printFormular', 99);
    expect([unknown.ok, unknown.errors!.map((e) => [e.field, e.key, e.message])]).toEqual([false, [['ticketNo', 'error.readerUnknown', '№ 99 билетті оқырман жоқ.']]]);
    expect(call<DocLink>(emu, 'printFormular', 0).errors!.map((e) => [e.field, e.key])).toEqual([['ticketNo', 'error.ticketNo']]);
    expect(snapshot(emu)).toBe(before);
    expect(JSON.stringify(emu.drive.inspect.tree())).toBe(drive);
  });

  it('costs the same after 30 more closed loans of other readers: the journals are searched, never read whole', () => {
    const { emu } = library();
    expect(call(emu, 'printFormular', 1).ok).toBe(true); // the first print makes the archive folders
    const first = emu.runFromClient<Result<DocLink>>('printFormular', [1]);
    expect(ok(first).ok).toBe(true);
    for (let i = 0; i < 30; i++) {
      const no = [1, 3, 8][i % 3];
      issue(emu, i % 2 ? 2 : 5, String(no));
      giveBack(emu, [[no]]);
    }
    expect(rows(emu, 'loanHistory')).toHaveLength(32);
    const later = emu.runFromClient<Result<DocLink>>('printFormular', [1]);
    expect(ok(later).ok).toBe(true);
    expect(later.calls.calls).toEqual(first.calls.calls);
    expect(later.calls.cellsRead).toBe(first.calls.cellsRead);
  });
});

describe('the debtors journal and the reminder slips', () => {
  it('is exactly the overdue loans after a refresh, sorted by class then name; a second refresh changes nothing', async () => {
    const { emu } = library();
    const done = call<Slips>(emu, 'printDebtorSlips');
    expect(done).toMatchObject({ ok: true, value: { name: 'Еске салу қағаздары 2026-12-14', readers: 3, copies: 3, classes: 2 }, message: 'Қарыздарлар тізімі жаңартылды: 3 оқырман, 3 кітап. Еске салу қағаздары жасалды.' });
    expect(debtorsView(emu)).toEqual([
      [1, 'Әбенова Айгүл Серікқызы', '5А', 6, 'Әуезов М. Абай жолы : роман-эпопея', '2026-12-11', 3, '2026-12-14'],
      [3, 'Жұмабаев Асқар', '5А', 7, 'Әуезов М. Абай жолы : роман-эпопея', '2026-12-11', 3, '2026-12-14'],
      [4, 'Сапарова Әйгерім', '', 2, 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма', '2026-12-11', 3, '2026-12-14'],
    ]);
    expect(done.value!.folder).toBe('2026 / Readers');

    const before = snapshot(emu);
    const exec = emu.runFromClient<Result<Slips>>('printDebtorSlips', []);
    expect(ok(exec).value!.url).toBe(done.value!.url); // the day's Doc is rewritten
    expect(snapshot(emu)).toBe(before);
    expect([exec.calls.cellsWritten, exec.calls.calls['Sheet.deleteRows'] ?? 0]).toEqual([0, 0]); // the rows are as they should be: not even rewritten

    const text = emu.drive.inspect.docText(findDoc(emu, done.value!.name)!.node.id);
    for (const part of ['КІТАП ҚАЙТАРУ ТУРАЛЫ ЕСКЕ САЛУ', '14.12.2026 жағдайы бойынша: 3 оқырман, 3 кітап', '5А сынып', 'Мұғалімдер', 'Кімге: Әбенова Айгүл Серікқызы, 5А сынып (оқырман билеті № 1)', 'Инв. № 6. Әуезов М. Абай жолы : роман-эпопея. Қайтару мерзімі: 11.12.2026, 3 күн кешікті.']) {
      expect([part, text.includes(part)]).toEqual([part, true]);
    }
    expect(text.indexOf('5А сынып')).toBeLessThan(text.indexOf('Кімге: Жұмабаев Асқар'));
    expect(text.indexOf('Кімге: Жұмабаев Асқар')).toBeLessThan(text.indexOf('Мұғалімдер'));
    expect(text).not.toContain('Ли Мария'); // returned
    expect(text).not.toContain('Омаров'); // a textbook, not due yet
    await docPng(emu.drive.inspect.docHtml(findDoc(emu, done.value!.name)!.node.id), 'debtor-slips-kk.png');
  });

  it('follows the loans: a return drops the row, a renewal too, time passing updates the days, a new overdue loan is added', () => {
    const { emu, at } = library();
    call<Slips>(emu, 'printDebtorSlips');
    giveBack(emu, [[7]]);
    expect(debtorsView(emu).map((r) => r[3])).toEqual([6, 2]); // dropped by the return itself

    expect(call(emu, 'renewLoan', { inventoryNo: 2, dueOn: '' }).ok).toBe(true); // the teacher's copy is due again later
    at('2026-12-16');
    call<Slips>(emu, 'printDebtorSlips');
    expect(debtorsView(emu)).toEqual([[1, 'Әбенова Айгүл Серікқызы', '5А', 6, 'Әуезов М. Абай жолы : роман-эпопея', '2026-12-11', 5, '2026-12-16']]);

    issue(emu, 2, '8');
    writeDueDate(emu, 8, '2026-12-15'); // as if issued long ago
    call<Slips>(emu, 'printDebtorSlips');
    expect(debtorsView(emu)).toEqual([
      [1, 'Әбенова Айгүл Серікқызы', '5А', 6, 'Әуезов М. Абай жолы : роман-эпопея', '2026-12-11', 5, '2026-12-16'],
      [2, 'Ли Мария', '7Б', 8, 'Әуезов М. Абай жолы : роман-эпопея', '2026-12-15', 1, '2026-12-16'],
    ]);
  });

  it('the menu item refreshes, makes the Doc and shows a dialog linking to it; with nobody overdue it says so and makes no Doc', async () => {
    const { emu, at } = library();
    const exec = emu.run('showDebtorSlips');
    expect(exec.ok).toBe(true);
    const dialog = exec.effects.find((e) => e.kind === 'dialog') as { kind: 'dialog'; title: string; html: string; modal: boolean };
    const doc = findDoc(emu, 'Еске салу қағаздары 2026-12-14')!;
    expect(dialog.title).toBe('Қарыздарлар');
    expect(dialog.html).toContain(`href="https://docs.google.com/document/d/${doc.node.id}/edit"`);
    expect(dialog.html).toContain('target="_blank"');
    expect(dialog.html).toContain('3 оқырман, 3 кітап, 2 топ (сынып)');
    await docPng(dialog.html, 'debtor-slips-dialog-kk.png');
    expect(rows(emu, 'debtors')).toHaveLength(3);

    giveBack(emu, [[6], [7], [2]]);
    at('2026-12-20');
    const drive = JSON.stringify(emu.drive.inspect.tree());
    const none = emu.run('showDebtorSlips');
    expect(none.effects.filter((e) => e.kind === 'dialog')).toEqual([]);
    expect(none.effects.find((e) => e.kind === 'alert')).toMatchObject({ prompt: 'Мерзімі өткен кітап жоқ: қарыздарлар тізімі бос, еске салу қағаздары жасалмады.' });
    expect(JSON.stringify(emu.drive.inspect.tree())).toBe(drive); // no empty Doc
    expect(call<Slips>(emu, 'printDebtorSlips').value).toMatchObject({ name: '', url: '', readers: 0, copies: 0 });
  });

  it('in a Russian workbook: the journal, the slips and the formular in Russian', async () => {
    const { emu } = library('ru');
    const slips = call<Slips>(emu, 'printDebtorSlips');
    expect(slips.message).toBe('Список задолжников обновлён: читателей — 3, книг — 3. Напоминания готовы.');
    const slipsText = emu.drive.inspect.docText(findDoc(emu, 'Напоминания задолжникам 2026-12-14', RU_ARCHIVE)!.node.id);
    for (const part of ['НАПОМИНАНИЕ О ВОЗВРАТЕ КНИГ', '5А класс', 'Учителя', 'Кому: Сапарова Әйгерім (читательский билет № 4)', 'Срок возврата: 11.12.2026, просрочено на 3 дн.']) {
      expect([part, slipsText.includes(part)]).toEqual([part, true]);
    }
    await docPng(emu.drive.inspect.docHtml(findDoc(emu, 'Напоминания задолжникам 2026-12-14', RU_ARCHIVE)!.node.id), 'debtor-slips-ru.png');

    const formular = call<DocLink>(emu, 'printFormular', 1).value!;
    expect(formular.name).toBe('Читательский формуляр № 1 — Әбенова Айгүл Серікқызы');
    const text = emu.drive.inspect.docText(findDoc(emu, formular.name, RU_ARCHIVE)!.node.id);
    expect(text).toContain('1\t27.11.2026\t1\tӘбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма\t11.12.2026\t05.12.2026\tПовреждена: мұқабасы жыртылған');
    expect(text).toContain('просрочено на 3 дн.');
    await docPng(emu.drive.inspect.docHtml(findDoc(emu, formular.name, RU_ARCHIVE)!.node.id), 'formular-ru.png');
  });
});

/** Types a loan's due date into the loans sheet by hand (outside any add-on execution), to make it overdue. */
function writeDueDate(emu: Emulator, inventoryNo: number, dueOn: string): void {
  const r = rows(emu, 'loans').findIndex((row) => row.inventoryNo === inventoryNo);
  expect(r).toBeGreaterThanOrEqual(0);
  const sheetId = journalSheetId(emu.spreadsheet.inspect, 'loans')!;
  const column = journalColumns(emu.spreadsheet.inspect, sheetId).dueOn;
  emu.refresh();
  const app = emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  app.getActiveSpreadsheet().getSheetById(sheetId)!.getRange(r + 2, column).setValue(dueOn);
  emu.spreadsheet.save();
}
