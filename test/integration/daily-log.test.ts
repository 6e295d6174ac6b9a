/**
 * The daily work log through the built bundle (issue 5): a few days of a library's work done through the
 * server functions (readers registered, issues to pupils of three classes and a teacher, returns, visits,
 * a class in the reading room, an event), the clock moved day by day; then the daily log's rows equal the
 * figures counted by hand; recomputing twice writes nothing new; the librarian's additions (consultations,
 * reference answers, the note) go to the visits journal and the day's row; a loan corrected by hand in
 * Sheets moves its figures to its new day; rows typed by hand (a date as text, an unknown kind) count;
 * bad input writes nothing. Opening the sidebar recomputes today only ("Recompute the month" the rest),
 * and what it costs. A quarter's report adds up the log: the months it lacks recomputed first, then
 * trusted until "Recompute the month". The benchmark's generated log is exactly what the refresh writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Emulator } from '../../emulator/runtime';
import { journalColumns, journalRows, journalSheetId } from '../../emulator/workbook-view';
import { BENCH_NOW, generateLibrary, writeLibrary, type GeneratedLibrary } from '../../bench/generate';
import { BLANK, KOZY } from '../fixtures/titles';
import { AIGUL, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; params: Record<string, unknown>; message: string }>; message: string };
type Figures = {
  date: string;
  readersServed: number;
  newReaders: number;
  visits: number;
  issued: number;
  issuedByGroup: Record<string, number>;
  issuedBySection: Record<string, number>;
  sectionUnknown: number;
  requestsFulfilled: number;
  consultations: number;
  eventsHeld: number;
  eventParticipants: number;
};
type DayLog = { figures: Figures; note: string; logged: boolean; today: string };
type Refreshed = { from: string; to: string; updated: number; appended: number; day: DayLog | null };

const MATH = { ...BLANK, authors: 'Абылкасымова А. Е.', title: 'Математика', place: 'Алматы', publisher: 'Мектеп', year: '2017', pages: '288', language: 'ru', section: 'textbooks', price: '2500', copies: '2' };
const ABAI = { ...BLANK, authors: 'Әуезов М.', title: 'Абай жолы', place: 'Алматы', publisher: 'Жазушы', year: '1997', pages: '500', price: '1850', copies: '3' };
const ERTEGI = { ...BLANK, authors: '', title: 'Қазақ ертегілері', place: 'Алматы', publisher: 'Балауса', year: '2015', pages: '120', section: 'children', price: '900', copies: '2' };

const call = <T>(emu: Emulator, fn: string, ...args: unknown[]) => ok(emu.runFromClient<Result<T>>(fn, args));
const done = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`refused: ${r.message} ${JSON.stringify(r.errors)}`);
  return r.value!;
};
const keys = (r: Result<unknown>) => (r.errors ?? []).map((e) => `${e.field}:${e.key}`);
const day = (iso: string) => new Date(`${iso}T05:00:00Z`); // 10:00 in Almaty
const rows = (emu: Emulator, id: string) => journalRows(emu.spreadsheet.inspect, id);

/** The log's computed columns of a row, as numbers (the date as ISO). */
const COMPUTED = [
  'date', 'readersServed', 'newReaders', 'visits', 'booksIssued',
  'issuedGrades1to4', 'issuedGrades5to9', 'issuedGrades10to11', 'issuedTeachers', 'issuedOthers',
  'sectionFiction', 'sectionTextbooks', 'sectionChildren', 'requestsFulfilled', 'consultations', 'eventsHeld', 'note',
] as const;
const logRows = (emu: Emulator) => rows(emu, 'dailyLog').map((r) => COMPUTED.map((k) => r[k]));

const issue = (emu: Emulator, ticketNo: number, inventoryNos: string) => done(call(emu, 'issueCopies', { ticketNo, inventoryNos, dueOn: '', overrideOverdue: false }));
const giveBack = (emu: Emulator, ...nos: number[]) => done(call(emu, 'returnCopies', { items: nos.map((inventoryNo) => ({ inventoryNo, condition: 'fine', conditionNote: '' })) }));
const visit = (emu: Emulator, form: Record<string, unknown>) => done(call(emu, 'recordVisit', { ticketNo: '', kind: 'readingRoom', people: '', grade: '', note: '', ...form }));

/** Does what the librarian does by hand in Sheets, outside any add-on execution. */
function librarian(emu: Emulator, act: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => void): void {
  emu.refresh();
  const app = emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  act(app.getActiveSpreadsheet());
  emu.spreadsheet.save();
}

function typeRow(emu: Emulator, journalId: string, values: Record<string, unknown>): void {
  const inspect = emu.spreadsheet.inspect;
  const sheetId = journalSheetId(inspect, journalId)!;
  const columns = journalColumns(inspect, sheetId);
  librarian(emu, (ss) => {
    const sheet = ss.getSheetById(sheetId)!;
    const row = sheet.getLastRow() + 1;
    for (const [key, value] of Object.entries(values)) sheet.getRange(row, columns[key]).setValue(value);
  });
}

function typeInto(emu: Emulator, journalId: string, rowNumber: number, key: string, value: unknown): void {
  const inspect = emu.spreadsheet.inspect;
  const sheetId = journalSheetId(inspect, journalId)!;
  const column = journalColumns(inspect, sheetId)[key];
  librarian(emu, (ss) => ss.getSheetById(sheetId)!.getRange(rowNumber, column).setValue(value));
}

/**
 * Inventory numbers 1-3 Қозы-Көрпеш (fiction), 4-5 Математика (a textbook), 6-8 Абай жолы (fiction),
 * 9-10 Қазақ ертегілері (children's). Readers 1 Әбенова Айгүл 3А, 2 Ли Мария 7Б, 3 Жұмабаев Асқар 10А
 * (registered 20.11), 4 Нұрланова Гүлнар, a teacher (registered on Monday 23.11).
 *
 * Monday 23.11: Айгүл borrows 1; Мария 4 and 6; Гүлнар 2; Асқар reads in the reading room; a class of
 *   25 (5А) in the reading room. Issued 4 (1-4: 1, 5-9: 2, teachers: 1; fiction 3, textbooks 1);
 *   visits 1 + 25 + 3 who came for a book = 29; readers served 4 named + 25 = 29; 1 new reader.
 * Tuesday 24.11: Айгүл returns 1 and borrows 9; Асқар borrows 7; Мария asks a reference question
 *   (answered). Issued 2 (1-4: 1 children's; 10-11: 1 fiction); visits 1 + 2 = 3; served 3; requests 1.
 * Wednesday 25.11: Мария returns 4 and 6, Гүлнар returns 2; a literary evening (event, 30 people).
 *   Issued 0; visits 2; served 2; events 1.
 */
function library() {
  let now = day('2026-11-20');
  const emu = emulator({ now: () => now });
  const at = (iso: string) => (now = day(iso));
  ok(emu.run('setupWorkbook'));
  done(call(emu, 'registerAcquisition', { date: '2026-11-20', source: 'purchase', supplier: '', documentNo: '', documentDate: '', items: [KOZY, MATH, ABAI, ERTEGI] }));
  for (const [fullName, grade] of [['Әбенова Айгүл', '3а'], ['Ли Мария', '7б'], ['Жұмабаев Асқар', '10а']]) {
    done(call(emu, 'registerReader', { ...AIGUL, fullName, grade, registeredOn: '2026-11-20' }));
  }

  at('2026-11-23');
  done(call(emu, 'registerReader', { ...AIGUL, fullName: 'Нұрланова Гүлнар', category: 'teacher', grade: '', registeredOn: '2026-11-23' }));
  issue(emu, 1, '1');
  issue(emu, 2, '4 6');
  issue(emu, 4, '2');
  visit(emu, { ticketNo: 3 });
  visit(emu, { people: '25', grade: '5А' });

  at('2026-11-24');
  giveBack(emu, 1);
  issue(emu, 1, '9');
  issue(emu, 3, '7');
  visit(emu, { ticketNo: 2, kind: 'reference' });

  at('2026-11-25');
  giveBack(emu, 4, 6, 2);
  writeLibrary(emu, { journals: { events: [{ id: 1, title: 'Абай оқулары', kind: 'literaryEvening', date: '2026-11-25', audience: '5–7', responsible: '', partners: '', participants: 30, protocolLink: '', scenarioLink: '', note: '' }] }, settings: {} } as unknown as GeneratedLibrary);

  at('2026-11-27');
  return { emu, at };
}

//                    date          served new visits issued 1-4 5-9 10-11 teach oth fict text child req cons events note
const MON_23 = ['2026-11-23', 29, 1, 29, 4, 1, 2, 0, 1, 0, 3, 1, 0, 0, 0, 0, ''];
const TUE_24 = ['2026-11-24', 3, 0, 3, 2, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 0, ''];
const WED_25 = ['2026-11-25', 2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, ''];
const FRI_20 = ['2026-11-20', 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ''];

describe('the daily work log, computed from the journals', () => {
  it('fills one row per day with activity, equal to the figures counted by hand; recomputing writes the same', () => {
    const { emu } = library();
    expect(rows(emu, 'dailyLog')).toEqual([]);

    const refreshed = done(call<Refreshed>(emu, 'refreshDailyLog', { month: '2026-11', date: '2026-11-23' }));
    expect(refreshed).toMatchObject({ from: '2026-11-01', to: '2026-11-27', updated: 0, appended: 4 });
    expect(logRows(emu)).toEqual([FRI_20, MON_23, TUE_24, WED_25]);

    // The day the sidebar shows, from the same reads.
    expect(refreshed.day).toEqual({
      figures: {
        date: '2026-11-23',
        readersServed: 29,
        newReaders: 1,
        visits: 29,
        issued: 4,
        issuedByGroup: { grades1to4: 1, grades5to9: 2, grades10to11: 0, teachers: 1, others: 0 },
        issuedBySection: { natural: 0, applied: 0, social: 0, pedagogy: 0, philology: 0, fiction: 3, children: 0, textbooks: 1 },
        sectionUnknown: 0,
        requestsFulfilled: 0,
        consultations: 0,
        eventsHeld: 0,
        eventParticipants: 0,
      },
      note: '',
      logged: true,
      today: '2026-11-27',
    });

    // Recomputed: the same rows, in place; nothing else changes.
    const before = snapshot(emu);
    expect(done(call<Refreshed>(emu, 'refreshDailyLog', { month: '2026-11', date: '' }))).toMatchObject({ from: '2026-11-01', to: '2026-11-27', updated: 4, appended: 0, day: null });
    expect(snapshot(emu)).toBe(before);
  });

  it('opening the sidebar recomputes today only; "Recompute the month" the rest', () => {
    const { emu } = library();
    visit(emu, { ticketNo: 1 }); // Friday 27.11: Айгүл in the reading room
    const opened = done(call<Refreshed>(emu, 'refreshDailyLog', { month: '', date: '' }));
    expect(opened).toMatchObject({ from: '2026-11-27', to: '2026-11-27', updated: 0, appended: 1, day: { logged: true, figures: { date: '2026-11-27', visits: 1 } } });
    const FRI_27 = ['2026-11-27', 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ''];
    expect(logRows(emu)).toEqual([FRI_27]);
    // Another day given: that day only.
    expect(done(call<Refreshed>(emu, 'refreshDailyLog', { month: '', date: '2026-11-24' }))).toMatchObject({ from: '2026-11-24', to: '2026-11-24', appended: 1 });
    expect(keys(call(emu, 'refreshDailyLog', { month: '', date: '2026-11-28' }))).toEqual(['date:error.dateFuture']);
    done(call(emu, 'refreshDailyLog', { month: '2026-11', date: '' }));
    expect(logRows(emu)).toEqual([FRI_27, TUE_24, FRI_20, MON_23, WED_25]);
  });

  it('getDayLog shows a day as computed now, writing nothing', () => {
    const { emu } = library();
    const before = snapshot(emu);
    const tue = done(call<DayLog>(emu, 'getDayLog', '2026-11-24'));
    expect(tue.figures).toMatchObject({ readersServed: 3, visits: 3, issued: 2, requestsFulfilled: 1, issuedBySection: expect.objectContaining({ children: 1, fiction: 1 }) });
    expect(tue).toMatchObject({ note: '', logged: false });
    expect(done(call<DayLog>(emu, 'getDayLog', '2026-11-26')).figures).toMatchObject({ readersServed: 0, visits: 0, issued: 0 });
    expect(done(call<DayLog>(emu, 'getDayLog', '')).figures.date).toBe('2026-11-27');
    expect(keys(call(emu, 'getDayLog', '2026-11-28'))).toEqual(['date:error.dateFuture']);
    expect(keys(call(emu, 'getDayLog', '27.11'))).toEqual(['date:error.date']);
    expect(snapshot(emu)).toBe(before);
  });

  it('recordDayNotes adds consultations and reference answers as visits, sets the note, recomputes the day', () => {
    const { emu } = library();
    done(call(emu, 'refreshDailyLog', { month: '2026-11', date: '' }));
    const visitsBefore = rows(emu, 'visits').length;

    const saved = call<DayLog>(emu, 'recordDayNotes', { date: '2026-11-25', consultations: '2', references: 1, note: 'Абай оқулары: 7А сыныбы' });
    expect(saved.message).toBe('25.11.2026 күнгі жазба сақталды, күн қайта есептелді.');
    expect(saved.value).toMatchObject({ note: 'Абай оқулары: 7А сыныбы', logged: true });
    // Wednesday: 2 readers returned books, 2 consultations and 1 answer given: 5 people, 5 served.
    expect(saved.value!.figures).toMatchObject({ readersServed: 5, visits: 5, consultations: 2, requestsFulfilled: 1, eventsHeld: 1, eventParticipants: 30 });
    expect(rows(emu, 'visits').slice(visitsBefore).map((v) => [v.date, v.ticketNo, v.kind, v.people, v.note])).toEqual([
      ['2026-11-25', '', 'Кеңес', 1, 'күнделікті журналға қосылды'],
      ['2026-11-25', '', 'Кеңес', 1, 'күнделікті журналға қосылды'],
      ['2026-11-25', '', 'Анықтама сұранысы', 1, 'күнделікті журналға қосылды'],
    ]);
    expect(logRows(emu)).toEqual([FRI_20, MON_23, TUE_24, ['2026-11-25', 5, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 'Абай оқулары: 7А сыныбы']]);

    // A second save adds to what is there; the note is replaced. A refresh keeps the note.
    done(call(emu, 'recordDayNotes', { date: '2026-11-25', consultations: 1, references: '', note: 'Абай оқулары' }));
    done(call(emu, 'refreshDailyLog', { month: '2026-11', date: '' }));
    expect(logRows(emu)[3]).toEqual(['2026-11-25', 6, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 'Абай оқулары']);
    expect(done(call<DayLog>(emu, 'getDayLog', '2026-11-25'))).toMatchObject({ note: 'Абай оқулары', logged: true, figures: { consultations: 3 } });

    // A day with nothing but a note gets its row; the date defaults to today.
    done(call(emu, 'recordDayNotes', { date: '', consultations: 0, references: 0, note: 'Кітапхана санитарлық күнге жабық' }));
    expect(logRows(emu)[4]).toEqual(['2026-11-27', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'Кітапхана санитарлық күнге жабық']);
    expect(rows(emu, 'auditLog').filter((r) => r.operation === 'recordDayNotes')).toHaveLength(3);
  });

  it('refuses a bad date or number and writes nothing', () => {
    const { emu } = library();
    done(call(emu, 'refreshDailyLog', { month: '2026-11', date: '' }));
    const before = snapshot(emu);
    const base = { date: '2026-11-25', consultations: '1', references: '0', note: '' };
    expect(keys(call(emu, 'recordDayNotes', { ...base, date: '2026-11-28' }))).toEqual(['date:error.dateFuture']);
    expect(keys(call(emu, 'recordDayNotes', { ...base, date: '1999-12-31' }))).toEqual(['date:error.dateTooOld']);
    expect(keys(call(emu, 'recordDayNotes', { ...base, date: '25.11' }))).toEqual(['date:error.date']);
    expect(keys(call(emu, 'recordDayNotes', { ...base, consultations: '-1', references: '2,5' }))).toEqual(['consultations:dailyLog.error.count', 'references:dailyLog.error.count']);
    expect(keys(call(emu, 'recordDayNotes', { ...base, consultations: 101 }))).toEqual(['consultations:dailyLog.error.count']);
    expect(keys(call(emu, 'recordDayNotes', { ...base, note: 'ә'.repeat(501) }))).toEqual(['note:error.tooLong']);
    expect(call(emu, 'recordDayNotes', { ...base, consultations: 'бір' }).message).toBe('Белгіленген өрістерді түзетіңіз. Ештеңе сақталған жоқ.');
    expect(keys(call(emu, 'refreshDailyLog', { month: '2026-12', date: '' }))).toEqual(['month:error.dateFuture']);
    expect(keys(call(emu, 'refreshDailyLog', { month: 'қараша', date: '' }))).toEqual(['month:dailyLog.error.month']);
    expect(snapshot(emu)).toBe(before);
  });

  it('a loan corrected by hand moves its figures to its new day; rows typed by hand count', () => {
    const { emu } = library();
    done(call(emu, 'refreshDailyLog', { month: '2026-11', date: '' }));
    // Асқар's loan of no. 7 was in fact issued on Monday: she corrects its date in the loans sheet.
    const loans = rows(emu, 'loans');
    const row = loans.findIndex((l) => l.inventoryNo === 7) + 2;
    typeInto(emu, 'loans', row, 'issuedOn', '23.11.2026');
    // A visit typed by hand: the date as text, a kind of her own, the people as text.
    typeRow(emu, 'visits', { date: "'26.11.2026", kind: 'Кітап көрмесі', people: "'3", note: 'көрме' });

    done(call(emu, 'refreshDailyLog', { month: '2026-11', date: '' }));
    expect(logRows(emu)).toEqual([
      FRI_20,
      ['2026-11-23', 29, 1, 29, 5, 1, 2, 1, 1, 0, 4, 1, 0, 0, 0, 0, ''], // Асқар came that day already
      ['2026-11-24', 2, 0, 2, 1, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, ''],
      WED_25,
      ['2026-11-26', 3, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ''],
    ]);
  });
});

describe('what the daily log costs', () => {
  it('opening the sidebar (today), the month so far and a day read few cells, whatever the loan history holds', () => {
    const { emu } = library();
    // 400 closed loans of the spring: the history the finder does not read.
    const spring = Array.from({ length: 400 }, (_, i) => ({
      loanId: 1000 + i, ticketNo: 1 + (i % 3), inventoryNo: 1 + (i % 8), titleId: 1, issuedOn: '2026-03-02', dueOn: '2026-03-16', returnedOn: '2026-03-10',
      condition: 'fine', conditionNote: '', renewals: 0, readerGroup: 'grades5to9', section: 'fiction',
    }));
    writeLibrary(emu, { journals: { loanHistory: spring }, settings: {} } as unknown as GeneratedLibrary);
    const open = emu.runFromClient<Result<Refreshed>>('refreshDailyLog', [{ month: '', date: '2026-11-25' }]);
    expect(open.ok && open.result!.ok).toBe(true);
    expect(logRows(emu)).toEqual([WED_25]);
    const month = emu.runFromClient<Result<Refreshed>>('refreshDailyLog', [{ month: '2026-11', date: '' }]);
    expect(logRows(emu).map((r) => r[0])).toEqual(['2026-11-25', '2026-11-20', '2026-11-23', '2026-11-24']);
    const dayRead = emu.runFromClient<Result<DayLog>>('getDayLog', ['2026-11-24']);
    expect(open.calls.cellsRead).toBeLessThan(600);
    expect(month.calls.cellsRead).toBeLessThan(1500);
    expect(dayRead.calls.cellsRead).toBeLessThan(600);
  });
});

describe('a quarter\'s report adds up the daily log', () => {
  const docText = (emu: Emulator, name: string): string => {
    const find = (n: { id: string; name: string; children?: unknown[] }): { id: string } | null =>
      n.name === name ? n : ((n.children ?? []) as Array<typeof n>).map(find).find((x) => x) ?? null;
    return emu.drive.inspect.docText(find(emu.drive.inspect.tree() as { id: string; name: string })!.id);
  };
  const loggedMonths = (emu: Emulator) => JSON.parse(fs.readFileSync(path.join(emu.dir, 'properties.json'), 'utf8')).document['kitaphana.dailyLog.months'];

  it('recomputes the months missing from the log first, then trusts them until "Recompute the month"', () => {
    const { emu, at } = library();
    at('2027-01-11');
    const first = emu.runFromClient<Result<unknown>>('buildReport', ['quarterly', '2026-Q4']);
    expect(first.ok && first.result!.ok).toBe(true);
    // October to December of both years recomputed (by text finders) and recorded: November's days are logged.
    expect(logRows(emu)).toEqual([FRI_20, MON_23, TUE_24, WED_25]);
    expect(loggedMonths(emu)).toBe('2025-10,2025-11,2025-12,2026-10,2026-11,2026-12');
    const issued = (t: string) => t.split('\n').find((l) => l.startsWith('Берілген кітаптар (дана)\t'));
    const visits = (t: string) => t.split('\n').find((l) => l.startsWith('Келушілер саны\t'));
    let text = docText(emu, '2026-Q4 — Тоқсандық есеп');
    expect(issued(text)).toBe('Берілген кітаптар (дана)\t6\t0\t+6'); // 4 on Monday, 2 on Tuesday
    expect(visits(text)).toBe('Келушілер саны\t34\t0\t+34'); // 29 + 3 + 2

    // She types a forgotten loan of Thursday 26.11 into the history by hand: the logged month is trusted...
    typeRow(emu, 'loanHistory', { loanId: 99, ticketNo: 2, inventoryNo: 3, titleId: 1, issuedOn: '26.11.2026', returnedOn: '26.11.2026' });
    const again = emu.runFromClient<Result<unknown>>('buildReport', ['quarterly', '2026-Q4']);
    expect(again.calls.calls['TextFinder.findAll'] ?? 0).toBe(0); // no month recomputed, no loan read
    expect(issued(docText(emu, '2026-Q4 — Тоқсандық есеп'))).toBe('Берілген кітаптар (дана)\t6\t0\t+6');
    // ...until she recomputes November in the daily-log sidebar.
    done(call(emu, 'refreshDailyLog', { month: '2026-11', date: '' }));
    ok(emu.runFromClient('buildReport', ['quarterly', '2026-Q4']));
    text = docText(emu, '2026-Q4 — Тоқсандық есеп');
    expect(issued(text)).toBe('Берілген кітаптар (дана)\t7\t0\t+7');
    expect(visits(text)).toBe('Келушілер саны\t35\t0\t+35');
  });
});

describe('the benchmark\'s generated library', () => {
  it('has the daily log refreshDailyLog computes: recomputing its months changes nothing', () => {
    const emu = emulator({ now: () => BENCH_NOW });
    ok(emu.run('setupWorkbook'));
    writeLibrary(emu, generateLibrary('small'));
    const before = snapshot(emu);
    expect(rows(emu, 'dailyLog').length).toBeGreaterThan(50);
    for (const month of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']) {
      expect(done(call<Refreshed>(emu, 'refreshDailyLog', { month, date: '' }))).toMatchObject({ appended: 0 });
    }
    expect(snapshot(emu)).toBe(before);
  });
});
