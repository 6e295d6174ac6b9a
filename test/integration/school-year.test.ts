/**
 * Re-registration at the start of a school year through the built bundle: readers of several classes
 * (0, 5А twice, 9Б, two 11th classes, one leaver with a book), a teacher, a pupil who left last year and
 * a pupil whose class was typed so it cannot be read. The preview's numbers; the start: the readers
 * journal rows after (classes up, leavers marked with the note appended, re-registration dates), the
 * setting, the audit row; a second start refused with nothing written; a stale preview refused.
 */
import type { Emulator } from '../../emulator/runtime';
import { journalColumns, journalRows, journalSheetId } from '../../emulator/workbook-view';
import { batch, KOZY } from '../fixtures/titles';
import { AIGUL, NOW, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; params: Record<string, unknown>; message: string }>; message: string };
type Preview = {
  schoolYear: string;
  lastReRegistration: string;
  alreadyDone: boolean;
  moveUp: Array<{ from: string; to: string; readers: number }>;
  movedUp: number;
  leaverClasses: Array<{ from: string; readers: number }>;
  leavers: number;
  leaversWithLoans: Array<{ ticketNo: number; fullName: string; grade: string; onLoan: number }>;
  unreadable: Array<{ ticketNo: number; fullName: string; grade: string }>;
  others: number;
  reRegistered: number;
};
type Done = { schoolYear: string; movedUp: number; leavers: number; reRegistered: number; unreadable: number };

const rows = (emu: Emulator, id: string) => journalRows(emu.spreadsheet.inspect, id);
const call = <T>(emu: Emulator, fn: string, ...args: unknown[]) => ok(emu.runFromClient<Result<T>>(fn, args));
const preview = (emu: Emulator) => call<Preview>(emu, 'previewNewSchoolYear');
const start = (emu: Emulator, schoolYear: string) => call<Done>(emu, 'startNewSchoolYear', { schoolYear });
const keys = (r: Result<unknown>) => (r.errors ?? []).map((e) => e.key);

/** Types `value` into the `key` cell of the readers journal's row (as the librarian would, by hand). */
function typeInto(emu: Emulator, rowNumber: number, key: string, value: string): void {
  emu.refresh();
  const inspect = emu.spreadsheet.inspect;
  const sheetId = journalSheetId(inspect, 'readers')!;
  const column = journalColumns(inspect, sheetId)[key];
  const ss = (emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  ss.getSheetById(sheetId)!.getRange(rowNumber, column).setValue(value);
  emu.spreadsheet.save();
}

const PUPILS: Array<[string, string, string]> = [
  // [name, category, grade]; ticket numbers 1..9 in this order, rows 2..10
  ['Әбенова Айгүл', 'pupil', '5а'],
  ['Жұмабаев Асқар', 'pupil', '5 А'],
  ['Ли Мария', 'pupil', '9б'],
  ['Серікова Дана', 'pupil', '0'],
  ['Омаров Ерлан', 'pupil', '11А'], // a leaver with a book
  ['Қасымова Әсел', 'pupil', '11Б'], // a leaver
  ['Нұрланова Гүлнар', 'teacher', ''],
  ['Бекова Сая', 'pupil', '11А'], // left last year
  ['Иванов Пётр', 'pupil', '7В'], // the class becomes unreadable, typed by hand
];

/** The library on 27 November 2026; the clock can be moved. */
function library() {
  let now = NOW;
  const emu = emulator({ now: () => now });
  ok(emu.run('setupWorkbook'));
  for (const [fullName, category, grade] of PUPILS) {
    const r = call<{ ticketNo: number }>(emu, 'registerReader', { ...AIGUL, fullName, category, grade, registeredOn: '2026-11-27' });
    expect(r.ok).toBe(true);
  }
  expect(call(emu, 'registerAcquisition', batch([{ ...KOZY, copies: '2' }])).ok).toBe(true);
  expect(call(emu, 'issueCopies', { ticketNo: 5, inventoryNos: '1 2', dueOn: '', overrideOverdue: false }).ok).toBe(true);
  typeInto(emu, 6, 'note', 'Анасы: 8 701 000 00 00'); // the librarian's note on Ерлан
  typeInto(emu, 9, 'status', 'Шығып кетті / бітірді'); // Сая left last year
  typeInto(emu, 9, 'note', '2025-2026: бітірді / выпускник');
  typeInto(emu, 10, 'grade', '7 кл.'); // unreadable
  return { emu, at: (iso: string) => (now = new Date(`${iso}T05:00:00Z`)) };
}

describe('New school year: re-registration', () => {
  it('previews, starts: classes up, leavers marked (never deleted), everyone re-registered; then refuses a second start', () => {
    const { emu, at } = library();
    at('2027-09-02'); // the school year 2027-2028 (the workbook never re-registered)

    const before = snapshot(emu);
    const p = preview(emu);
    expect(p.ok).toBe(true);
    expect(snapshot(emu)).toBe(before); // the preview writes nothing
    expect(p.value).toEqual({
      schoolYear: '2027-2028',
      lastReRegistration: '',
      alreadyDone: false,
      moveUp: [
        { from: '0', to: '1', readers: 1 },
        { from: '5А', to: '6А', readers: 2 },
        { from: '9Б', to: '10Б', readers: 1 },
      ],
      movedUp: 4,
      leaverClasses: [
        { from: '11А', readers: 1 },
        { from: '11Б', readers: 1 },
      ],
      leavers: 2,
      leaversWithLoans: [{ ticketNo: 5, fullName: 'Омаров Ерлан', grade: '11А', onLoan: 2 }],
      unreadable: [{ ticketNo: 9, fullName: 'Иванов Пётр', grade: '7 кл.' }],
      others: 1,
      joined: 0,
      reRegistered: 5,
    });

    const done = emu.runFromClient<Result<Done>>('startNewSchoolYear', [{ schoolYear: '2027-2028' }]);
    const started = ok(done);
    expect(started).toEqual({
      ok: true,
      value: { schoolYear: '2027-2028', movedUp: 4, leavers: 2, reRegistered: 5, unreadable: 1 },
      message: '2027-2028 оқу жылы басталды: оқырмандар қайта тіркелді.',
    });
    // Three reads: the settings, the whole readers journal once, the audit log's header; no row added or deleted.
    expect(done.calls.calls['Range.getValues']).toBe(3);
    expect(done.calls.calls['Sheet.deleteRows']).toBeUndefined();
    expect(done.calls.calls['Sheet.insertRowsAfter']).toBeUndefined();

    const readers = rows(emu, 'readers');
    expect(readers.map((r) => [r.ticketNo, r.fullName, r.grade, r.status, r.reRegisteredOn, r.note])).toEqual([
      [1, 'Әбенова Айгүл', '6А', 'Белсенді', '2027-09-02', ''],
      [2, 'Жұмабаев Асқар', '6А', 'Белсенді', '2027-09-02', ''],
      [3, 'Ли Мария', '10Б', 'Белсенді', '2027-09-02', ''],
      [4, 'Серікова Дана', '1', 'Белсенді', '2027-09-02', ''],
      [5, 'Омаров Ерлан', '11А', 'Шығып кетті / бітірді', '', 'Анасы: 8 701 000 00 00; 2027-2028: бітірді / выпускник'],
      [6, 'Қасымова Әсел', '11Б', 'Шығып кетті / бітірді', '', '2027-2028: бітірді / выпускник'],
      [7, 'Нұрланова Гүлнар', '', 'Белсенді', '2027-09-02', ''],
      [8, 'Бекова Сая', '11А', 'Шығып кетті / бітірді', '', '2025-2026: бітірді / выпускник'],
      [9, 'Иванов Пётр', '7 кл.', 'Белсенді', '', ''],
    ]);
    // What was not ours to change stayed: names, registration dates, phones.
    expect(readers.every((r) => r.registeredOn === '2026-11-27' && r.phone === AIGUL.phone)).toBe(true);
    // The leaver's books stay on the loans journal.
    expect(rows(emu, 'loans').map((l) => [l.ticketNo, l.inventoryNo])).toEqual([
      [5, 1],
      [5, 2],
    ]);
    expect(rows(emu, 'settings').find((s) => s.key === 'lastReRegistration')!.value).toBe('2027-2028');
    const audit = rows(emu, 'auditLog').filter((a) => a.operation === 'startNewSchoolYear');
    expect(audit.map((a) => [a.entity, a.entityId, JSON.parse(String(a.details))])).toEqual([
      ['schoolYear', '2027-2028', { schoolYear: '2027-2028', movedUp: 4, leavers: 2, reRegistered: 5, unreadable: 1, others: 1, joined: 0, classes: 3 }],
    ]);
    expect(String(audit[0].details)).not.toMatch(/Омаров|Ерлан/); // counts, not names

    // The same year again: refused, nothing written; the preview says it is done.
    const after = snapshot(emu);
    const again = start(emu, '2027-2028');
    expect(again.ok).toBe(false);
    expect(keys(again)).toEqual(['schoolYear.error.alreadyDone']);
    expect(again.message).toBe('2027-2028 оқу жылының қайта тіркеуі жасалған (баптауда: 2027-2028). Бір оқу жылы екі рет басталмайды.');
    expect(snapshot(emu)).toBe(after);
    const donePreview = preview(emu);
    expect(donePreview.value).toMatchObject({ schoolYear: '2027-2028', lastReRegistration: '2027-2028', alreadyDone: true, moveUp: [], leavers: 0 });
    expect(donePreview.message).toBe(again.message);

    // A year later the 10Б pupil moves to 11Б; those who left stay as they are.
    at('2028-08-25');
    expect(start(emu, '2028-2029').ok).toBe(true);
    expect(rows(emu, 'readers').map((r) => [r.grade, r.status === 'Белсенді'])).toEqual([
      ['7А', true],
      ['7А', true],
      ['11Б', true],
      ['2', true],
      ['11А', false],
      ['11Б', false],
      ['', true],
      ['11А', false],
      ['7 кл.', true],
    ]);
    expect(rows(emu, 'readers')[4].note).toBe('Анасы: 8 701 000 00 00; 2027-2028: бітірді / выпускник');
  });

  it('refuses a start from a stale preview (another school year by now) and writes nothing', () => {
    const { emu, at } = library();
    at('2027-05-31');
    expect(preview(emu).value!.schoolYear).toBe('2026-2027');
    at('2027-06-01'); // she left the sidebar open overnight: the school year changed
    const before = snapshot(emu);
    const stale = start(emu, '2026-2027');
    expect(stale.ok).toBe(false);
    expect(keys(stale)).toEqual(['schoolYear.error.stale']);
    expect(stale.message).toBe('Тізім ескірген: онда 2026-2027 оқу жылы еді, қазір 2027-2028. Тізімді қайта қарап шығыңыз.');
    expect(snapshot(emu)).toBe(before);
    // A form without the year is as stale.
    expect(keys(call(emu, 'startNewSchoolYear', {}))).toEqual(['schoolYear.error.stale']);
    expect(keys(call(emu, 'startNewSchoolYear', null))).toEqual(['schoolYear.error.stale']);
    expect(snapshot(emu)).toBe(before);
  });

  it('speaks Russian in a Russian workbook; a broken end-of-year setting refuses', () => {
    let now = NOW;
    const emu = emulator({ userLocale: 'ru', now: () => now });
    ok(emu.run('setupWorkbook'));
    expect(call(emu, 'registerReader', { ...AIGUL, grade: '10а' }).ok).toBe(true);
    now = new Date('2027-09-01T05:00:00Z');
    const p = preview(emu);
    expect(p.value).toMatchObject({ schoolYear: '2027-2028', moveUp: [{ from: '10А', to: '11А', readers: 1 }] });
    expect(start(emu, '2027-2028').message).toBe('2027-2028 учебный год начат: читатели перерегистрированы.');
    expect(rows(emu, 'readers')[0]).toMatchObject({ grade: '11А', status: 'Активный', reRegisteredOn: '2027-09-01' });
    expect(start(emu, '2027-2028').message).toBe('Перерегистрация на 2027-2028 учебный год уже проведена (в настройках: 2027-2028). Один учебный год не начинают дважды.');

    // The end of the school year typed wrong: refused, with the setting named.
    emu.refresh();
    const settingsRow = rows(emu, 'settings').findIndex((s) => s.key === 'schoolYearEnd') + 2;
    const inspect = emu.spreadsheet.inspect;
    const sheetId = journalSheetId(inspect, 'settings')!;
    const ss = (emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.getSheetById(sheetId)!.getRange(settingsRow, journalColumns(inspect, sheetId).value).setValue('31 мая');
    emu.spreadsheet.save();
    const broken = preview(emu);
    expect(broken.ok).toBe(false);
    expect(keys(broken)).toEqual(['error.settingInvalid']);
    expect(broken.message).toContain('31 мая');
  });
});
