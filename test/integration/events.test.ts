/**
 * Events (issue 6) through the built bundle: an event recorded (held, with its participants, or planned
 * ahead), numbered by its own counter; this month's plan offers its events not recorded yet; the scenario
 * Doc of each kind and the protocol Doc in <archive>/<year>/Protocols, linked from the event's row, made
 * again = rewritten; the protocol's head count written to the row; the event counted in the daily log and
 * the monthly report. Refusals write nothing (sheets and Drive alike). Docs rendered to PNG in kk and ru.
 */
import { journal } from '../../sheets-template';
import { EVENT_KINDS } from '../../sheets-template/options';
import type { Lang } from '../../sheets-template/schema';
import type { Emulator } from '../../emulator/runtime';
import { journalColumns, journalRows, journalSheetId } from '../../emulator/workbook-view';
import { toCell, type JournalRow } from '../../src/journals/codec';
import type { CellValue } from '../../src/journals/port';
import { t } from '../../src/i18n';
import { docPng, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; message: string }>; message: string };
type Ev = { id: number; title: string; kind: string; date: string; participants: number | null; scenarioUrl: string; protocolUrl: string; held: boolean };
type EventDoc = { name: string; url: string; folder: string; replaced: boolean; event: Ev };
type Events = { today: string; month: string; events: Ev[]; planned: Array<{ title: string; date: string; term: string; responsible: string }> };

const call = <T>(emu: Emulator, fn: string, ...args: unknown[]) => ok(emu.runFromClient<Result<T>>(fn, args));
const done = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`refused: ${r.message} ${JSON.stringify(r.errors)}`);
  return r.value!;
};
const keys = (r: Result<unknown>) => (r.errors ?? []).map((e) => [e.field, e.key]);
const rows = (emu: Emulator, id: string) => {
  emu.refresh();
  return journalRows(emu.spreadsheet.inspect, id);
};
const idOf = (url: string) => /\/d\/([^/]+)/.exec(url)![1];

const QUIZ = { title: 'Ертегілер елінде', kind: 'quiz', date: '2026-11-18', audience: '3 сыныптар', responsible: 'Сапарова А.', partners: '', participants: '25', note: '' };
const EVENING = { title: 'Абай оқулары', kind: 'literaryEvening', date: '2026-12-10', audience: '8–9 сыныптар', responsible: 'Сапарова А.', partners: 'Аудандық орталық кітапхана', participants: '', note: 'мәжіліс залы' };
const PROTOCOL = {
  agenda: 'Викторинаның өтуі\nЖеңімпаздарды марапаттау',
  participants: '30',
  speakers: [
    { name: 'Сапарова А.', topic: 'Викторинаның шарттары мен кезеңдері' },
    { name: 'Омарова Г., 3А сынып жетекшісі', topic: 'Оқушылардың кітап оқуы туралы' },
  ],
  heard: 'Үш команда қатысты, жеңімпаз — «Білгірлер».',
  resolved: 'Жеңімпаз команданы мадақтамамен марапаттау\nЕртегілер көрмесін желтоқсанға дейін ұстау',
  place: 'Оқу залы',
  chair: 'Омарова Г.',
  secretary: 'Ли М.',
};

function library(lang: Lang = 'kk') {
  const emu = emulator({ userLocale: lang });
  ok(emu.run('setupWorkbook'));
  return emu;
}

/** Types rows into the monthly plan by hand, as the librarian does (outside any add-on execution). */
function typePlan(emu: Emulator, planRows: JournalRow[], lang: Lang): void {
  emu.refresh();
  const inspect = emu.spreadsheet.inspect;
  const sheetId = journalSheetId(inspect, 'monthlyPlan')!;
  const columns = journalColumns(inspect, sheetId);
  const tz = inspect.spreadsheet().timeZone;
  const width = Math.max(...Object.values(columns));
  const matrix = planRows.map((row) => {
    const out: CellValue[] = new Array(width).fill('');
    for (const column of journal('monthlyPlan').columns) out[columns[column.key] - 1] = toCell(column, row[column.key], lang, tz);
    return out;
  });
  const sheet = (emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetById(sheetId)!;
  sheet.getRange(Math.max(sheet.getLastRow(), 1) + 1, 1, matrix.length, width).setValues(matrix);
  emu.spreadsheet.save();
}

/** A setting typed into the settings sheet by hand. */
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

const PROTOCOLS = 'My Drive/Кітапхана архиві/2026/Protocols';
const alive = (emu: Emulator, path: string) => (emu.drive.inspect.findByPath(path)?.children ?? []).filter((k) => !k.trashed).map((k) => k.name);

describe('recording events', () => {
  it('a held event with its participants and a planned one ahead, numbered by their own counter', () => {
    const emu = library();
    const quiz = call<Ev>(emu, 'createEvent', QUIZ);
    expect([quiz.ok, quiz.message]).toEqual([true, '№ 1 іс-шара жазылды: «Ертегілер елінде», 18.11.2026.']);
    expect(quiz.value).toMatchObject({ id: 1, kind: 'quiz', date: '2026-11-18', participants: 25, held: true, scenarioUrl: '', protocolUrl: '' });
    const evening = done(call<Ev>(emu, 'createEvent', EVENING));
    expect(evening).toMatchObject({ id: 2, participants: null, held: false });

    const kk = (code: string) => EVENT_KINDS.find((k) => k.code === code)!.title.kk;
    expect(rows(emu, 'events').map((r) => [r.id, r.title, r.kind, r.date, r.audience, r.partners, r.participants, r.note])).toEqual([
      [1, 'Ертегілер елінде', kk('quiz'), '2026-11-18', '3 сыныптар', '', 25, ''],
      [2, 'Абай оқулары', kk('literaryEvening'), '2026-12-10', '8–9 сыныптар', 'Аудандық орталық кітапхана', '', 'мәжіліс залы'],
    ]);
    expect(rows(emu, 'settings').find((r) => r.key === 'nextEventId')!.value).toBe('3');
    expect(rows(emu, 'auditLog').filter((r) => r.operation === 'createEvent').map((r) => r.entityId)).toEqual(['1', '2']);
  });

  it('refusals name their field and write nothing, in the sheets or in Drive', () => {
    const emu = library();
    done(call<Ev>(emu, 'createEvent', QUIZ));
    done(call<Ev>(emu, 'createEvent', EVENING));
    const before = snapshot(emu);
    const tree = JSON.stringify(emu.drive.inspect.tree());

    expect(keys(call(emu, 'createEvent', { ...QUIZ, title: ' ', kind: 'party', date: '2026-13-01', participants: 'көп' }))).toEqual([
      ['title', 'error.required'],
      ['kind', 'error.choice'],
      ['date', 'error.date'],
      ['participants', 'error.eventParticipants'],
    ]);
    expect(keys(call(emu, 'createEvent', { ...EVENING, participants: '40' }))).toEqual([['participants', 'error.eventNotHeld']]);
    expect(keys(call(emu, 'createEvent', { ...EVENING, date: '2028-01-10' }))).toEqual([['date', 'error.eventFar']]);
    expect(keys(call(emu, 'createEvent', null))).toEqual([
      ['title', 'error.required'],
      ['kind', 'error.choice'],
      ['date', 'error.required'],
    ]);
    expect(keys(call(emu, 'buildScenarioDoc', 'x'))).toEqual([['eventId', 'error.eventId']]);
    const unknown = call(emu, 'buildScenarioDoc', 99);
    expect([keys(unknown), unknown.errors![0].message]).toEqual([[['eventId', 'error.eventUnknown']], '№ 99 іс-шара жоқ.']);
    // The protocol: a bad form, then a good form for an event still ahead.
    expect(keys(call(emu, 'buildProtocolDoc', 1, { ...PROTOCOL, agenda: '', participants: '0', speakers: [], heard: '', resolved: '' }))).toEqual([
      ['agenda', 'error.required'],
      ['participants', 'error.eventParticipants'],
      ['heard', 'error.protocolHeard'],
      ['resolved', 'error.required'],
    ]);
    const ahead = call(emu, 'buildProtocolDoc', 2, PROTOCOL);
    expect([keys(ahead), ahead.message]).toEqual([[['', 'error.eventNotHeld']], t('kk', 'error.eventNotHeld')]);
    expect(keys(call(emu, 'buildProtocolDoc', 1, null))[0]).toEqual(['agenda', 'error.required']);

    expect(snapshot(emu)).toBe(before);
    expect(JSON.stringify(emu.drive.inspect.tree())).toBe(tree);
  });

  it("lists this month's and upcoming events, and the plan's events not recorded yet", () => {
    const emu = library();
    typePlan(
      emu,
      [
        { period: '2026-11', activity: 'Ертегілер елінде', kind: 'event', term: '18.11', responsible: 'Сапарова А.' },
        { period: '2026-11', activity: 'Кітапханаға экскурсия', kind: 'event', term: '30.11', responsible: 'Омарова Г.' },
        { period: '2026-11', activity: 'Оқырман күні', kind: 'event', term: 'ай бойы', responsible: '' },
        { period: '2026-11', activity: '«Абай — дана» кітап көрмесі', kind: 'exhibition', term: '10.11' },
        { period: '2026-12', activity: 'Жаңа жыл кеші', kind: 'event', term: '25.12' },
      ],
      'kk',
    );
    done(call<Ev>(emu, 'createEvent', { ...QUIZ, title: '«Ертегілер елінде»' }));
    done(call<Ev>(emu, 'createEvent', EVENING));
    done(call<Ev>(emu, 'createEvent', { ...QUIZ, title: 'Өткен айдың кеші', date: '2026-10-20', participants: '' }));
    const before = snapshot(emu);
    const list = done(call<Events>(emu, 'listEvents'));
    expect(snapshot(emu)).toBe(before);
    expect([list.today, list.month]).toEqual(['2026-11-27', '2026-11']);
    expect(list.events.map((e) => [e.id, e.date, e.held])).toEqual([
      [1, '2026-11-18', true],
      [2, '2026-12-10', false],
    ]);
    expect(list.planned).toEqual([
      { title: 'Кітапханаға экскурсия', date: '2026-11-30', term: '30.11', responsible: 'Омарова Г.', note: '' },
      { title: 'Оқырман күні', date: '', term: 'ай бойы', responsible: '', note: '' },
    ]);
  });
});

describe('the scenario and the protocol Docs', () => {
  it('in <archive>/<year>/Protocols, linked from the row; made again, rewritten; the head count goes to the row', async () => {
    const emu = library();
    typeSetting(emu, 'libraryName', '№12 мектеп-гимназия кітапханасы');
    done(call<Ev>(emu, 'createEvent', QUIZ));
    const first = call<EventDoc>(emu, 'buildScenarioDoc', 1);
    const name = '2026-11-18 Іс-шара №1 сценарийі — Ертегілер елінде';
    expect([first.ok, first.message]).toEqual([true, `«${name}» сценарийі жасалды.`]);
    expect(first.value).toMatchObject({ name, folder: '2026 / Protocols', replaced: false, event: { id: 1, scenarioUrl: first.value!.url } });
    const node = emu.drive.inspect.findByPath(`${PROTOCOLS}/${name}`)!;
    expect(node).toMatchObject({ createdByAddon: true, mimeType: 'application/vnd.google-apps.document' });
    expect(idOf(first.value!.url)).toBe(node.id);
    expect(rows(emu, 'events')[0].scenarioLink).toBe(first.value!.url);
    const text = emu.drive.inspect.docText(node.id);
    for (const s of ['ІС-ШАРА СЦЕНАРИЙІ', '«Ертегілер елінде»', 'Викторина', '18.11.2026', '3 сыныптар', '«Ертегілер елінде» тақырыбы бойынша', '1-кезең: жылдам сұрақтар', 'Барлығы: 40 минут.']) expect(text).toContain(s);

    const again = call<EventDoc>(emu, 'buildScenarioDoc', 1);
    expect([again.message, again.value!.url, again.value!.replaced]).toEqual([`«${name}» құжаты жаңартылды.`, first.value!.url, true]);

    const protocol = call<EventDoc>(emu, 'buildProtocolDoc', 1, PROTOCOL);
    const pname = '2026-11-18 Хаттама №1 — Ертегілер елінде';
    expect([protocol.ok, protocol.message]).toEqual([true, `«${pname}» хаттамасы жасалды.`]);
    expect(protocol.value!.event).toMatchObject({ participants: 30, protocolUrl: protocol.value!.url, scenarioUrl: first.value!.url });
    const row = rows(emu, 'events')[0];
    expect([row.participants, row.protocolLink, row.scenarioLink]).toEqual([30, protocol.value!.url, first.value!.url]);
    const pnode = emu.drive.inspect.findByPath(`${PROTOCOLS}/${pname}`)!;
    const ptext = emu.drive.inspect.docText(pnode.id);
    for (const s of ['№12 мектеп-гимназия кітапханасы', 'ХАТТАМА № 1', 'Қатысқандар: 30 адам.', 'КҮН ТӘРТІБІ:', 'Викторинаның өтуі', 'ТЫҢДАЛДЫ:', 'Сапарова А.', 'Викторинаның шарттары мен кезеңдері', 'ҚАУЛЫ ЕТІЛДІ:', 'Жеңімпаз команданы мадақтамамен марапаттау', 'Омарова Г.', 'Ли М.']) {
      expect(ptext).toContain(s);
    }
    const rebuilt = call<EventDoc>(emu, 'buildProtocolDoc', 1, { ...PROTOCOL, participants: '31' });
    expect([rebuilt.value!.replaced, rebuilt.value!.url]).toEqual([true, protocol.value!.url]);
    expect(rows(emu, 'events')[0].participants).toBe(31);
    expect(alive(emu, PROTOCOLS).sort()).toEqual([pname, name].sort());
    expect(rows(emu, 'auditLog').map((r) => r.operation).filter((o) => /Doc$/.test(String(o)))).toEqual(['buildScenarioDoc', 'buildScenarioDoc', 'buildProtocolDoc', 'buildProtocolDoc']);

    await docPng(emu.drive.inspect.docHtml(node.id), 'event-scenario-quiz-held-kk.png');
    await docPng(emu.drive.inspect.docHtml(pnode.id), 'event-protocol-kk.png');
  });

  it('a scenario of every kind, each from its own template (kk), rendered', async () => {
    const emu = library();
    const dates = ['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12', '2026-11-16', '2026-11-19', '2026-11-23'];
    for (const [n, k] of EVENT_KINDS.entries()) {
      const e = done(call<Ev>(emu, 'createEvent', { ...EVENING, title: `${k.title.kk}: үлгі`, kind: k.code, date: dates[n], partners: n % 2 ? '' : EVENING.partners }));
      const d = done(call<EventDoc>(emu, 'buildScenarioDoc', e.id));
      const text = emu.drive.inspect.docText(idOf(d.url));
      expect(text).toContain(t('kk', `event.scn.${k.code}.equipment` as never).split(';')[0]);
      await docPng(emu.drive.inspect.docHtml(idOf(d.url)), `event-scenario-${k.code}-kk.png`);
    }
    expect(alive(emu, PROTOCOLS)).toHaveLength(EVENT_KINDS.length);
  });

  it('in Russian: both Docs, in the Russian archive', async () => {
    const emu = library('ru');
    typeSetting(emu, 'libraryName', 'Библиотека школы-гимназии № 12');
    done(call<Ev>(emu, 'createEvent', { ...EVENING, title: 'Абай и его время', kind: 'lecture', date: '2026-11-20', audience: '10–11 классы', partners: 'Районная библиотека', note: '' }));
    const s = call<EventDoc>(emu, 'buildScenarioDoc', 1);
    expect(s.message).toBe('Сценарий «2026-11-20 Сценарий мероприятия №1 — Абай и его время» создан.');
    const p = done(call<EventDoc>(emu, 'buildProtocolDoc', 1, { ...PROTOCOL, agenda: 'Лекция «Абай и его время»\nВопросы слушателей', speakers: [{ name: 'Сапарова А.', topic: 'Жизнь и творчество Абая' }], heard: '', resolved: 'Провести цикл чтений в декабре', participants: '28' }));
    expect(p.folder).toBe('2026 / Protocols');
    const folder = 'My Drive/Архив библиотеки/2026/Protocols';
    expect(alive(emu, folder).sort()).toEqual(['2026-11-20 Протокол №1 — Абай и его время', '2026-11-20 Сценарий мероприятия №1 — Абай и его время']);
    const stext = emu.drive.inspect.docText(idOf(s.value!.url));
    for (const x of ['СЦЕНАРИЙ МЕРОПРИЯТИЯ', 'Лекция', 'Ход мероприятия', 'Обзор книг', 'Районная библиотека']) expect(stext).toContain(x);
    const ptext = emu.drive.inspect.docText(idOf(p.url));
    for (const x of ['ПРОТОКОЛ № 1', 'Присутствовали: 28 чел.', 'ПОВЕСТКА ДНЯ:', 'СЛУШАЛИ:', 'ПОСТАНОВИЛИ:', 'Провести цикл чтений в декабре']) expect(ptext).toContain(x);
    await docPng(emu.drive.inspect.docHtml(idOf(s.value!.url)), 'event-scenario-lecture-ru.png');
    await docPng(emu.drive.inspect.docHtml(idOf(p.url)), 'event-protocol-ru.png');
  });
});

describe('the event counts in the daily log and the report', () => {
  it('on its day, with the participants the protocol recorded; one planned for later this month is not held yet', () => {
    const emu = library();
    done(call<Ev>(emu, 'createEvent', { ...QUIZ, participants: '' }));
    done(call<Ev>(emu, 'createEvent', EVENING));
    // Planned for later this month: not held yet, so neither the log nor the report counts it.
    done(call<Ev>(emu, 'createEvent', { ...EVENING, date: '2026-11-30' }));
    type DayLog = { figures: { eventsHeld: number; eventParticipants: number } };
    const day = () => done(call<DayLog>(emu, 'getDayLog', '2026-11-18')).figures;
    expect(day()).toMatchObject({ eventsHeld: 1, eventParticipants: 0 });
    done(call<EventDoc>(emu, 'buildProtocolDoc', 1, PROTOCOL));
    expect(day()).toMatchObject({ eventsHeld: 1, eventParticipants: 30 });
    done(call(emu, 'refreshDailyLog', { month: '2026-11', date: '' }));
    const logged = rows(emu, 'dailyLog').find((r) => r.date === '2026-11-18')!;
    expect(logged.eventsHeld).toBe(1);
    // The monthly report counts it among the events held, by kind.
    const report = call<{ url: string }>(emu, 'buildReport', 'monthly', '2026-11');
    expect(report.ok).toBe(true);
    const text = emu.drive.inspect.docText(idOf(report.value!.url));
    expect(text).toMatch(new RegExp(`${t('kk', 'report.doc.events.held')}\\t1\\t`));
    expect(text).toMatch(/Викторина\t1\t/);
  });
});
