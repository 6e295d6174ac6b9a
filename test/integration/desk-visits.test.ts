/**
 * The desk's third slice through the built bundle: visits without a loan (a reader, a class), the
 * reader's card with the reservations still open, the reader group and the section kept on each loan
 * (and carried into the history), and a workbook set up by template 1 asked to run setup, then upgraded
 * (the visits journal, the loans' new columns, the condition "lost" in the list of the loans' condition
 * column), its data kept.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Emulator } from '../../emulator/runtime';
import { journalRows, journalSheetId } from '../../emulator/workbook-view';
import { READER_GROUPS, SECTIONS, VISIT_KINDS } from '../../sheets-template/options';
import { AIGUL, NOW, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; message: string }>; message: string };
const call = <T>(emu: Emulator, fn: string, arg: unknown) => ok(emu.runFromClient<Result<T>>(fn, [arg]));
const rows = (emu: Emulator, id: string) => journalRows(emu.spreadsheet.inspect, id);
const keys = (r: Result<unknown>) => (r.errors ?? []).map((e) => [e.field, e.key]);
const kk = <T extends { code: string; title: { kk: string } }>(list: readonly T[], code: string) => list.find((o) => o.code === code)!.title.kk;

const BLANK = { authors: '', title: '', otherTitleInfo: '', responsibility: '', volume: '', place: '', publisher: '', year: '', pages: '', isbn: '', bbk: '', udc: '', authorSign: '', language: 'kk', section: 'fiction', docType: 'book', annotation: '', keywords: '', price: '1000', copies: '1' };

function library(): { emu: Emulator; at: (iso: string) => void } {
  let now = NOW;
  const emu = emulator({ now: () => now });
  ok(emu.run('setupWorkbook'));
  const acq = call(emu, 'registerAcquisition', {
    date: '2026-11-20',
    source: 'purchase',
    supplier: '',
    documentNo: '',
    documentDate: '',
    items: [
      { ...BLANK, authors: 'Әбенов Ш.', title: 'Қозы-Көрпеш', year: '1965', copies: '2' },
      { ...BLANK, authors: 'Абылкасымова А. Е.', title: 'Математика', year: '2017', section: 'textbooks', language: 'ru' },
    ],
  });
  expect(acq.ok).toBe(true);
  for (const reader of [AIGUL, { ...AIGUL, fullName: 'Ли Мария', grade: '10б' }, { ...AIGUL, fullName: 'Серікова Гүлнар', category: 'teacher', grade: '' }]) {
    expect(call(emu, 'registerReader', reader).ok).toBe(true);
  }
  return { emu, at: (iso: string) => (now = new Date(`${iso}T05:00:00Z`)) };
}

describe('visits without a loan', () => {
  it('a named reader: one row with the reader\'s group; a class: its size and group; each in the audit log', () => {
    const { emu } = library();
    const named = call<{ fullName: string }>(emu, 'recordVisit', { ticketNo: 2, kind: 'readingRoom', people: 1, grade: '', note: '' });
    expect(named).toMatchObject({ ok: true, value: { date: '2026-11-27', ticketNo: 2, kind: 'readingRoom', people: 1, fullName: 'Ли Мария' } });
    expect(named.message).toBe('Ли Мария: Оқу залы – тіркелді.');
    const group = call(emu, 'recordVisit', { ticketNo: 0, kind: 'reference', people: 25, grade: '3 в', note: 'кітапхана сабағы' });
    expect(group.message).toBe('Анықтама сұранысы: 25 адам тіркелді.');
    const teacher = call(emu, 'recordVisit', { ticketNo: 3, kind: 'consultation', people: '', grade: '', note: '' });
    expect(teacher.ok).toBe(true);
    expect(rows(emu, 'visits').map((r) => [r.date, r.ticketNo, r.readerGroup, r.kind, r.people, r.note])).toEqual([
      ['2026-11-27', 2, kk(READER_GROUPS, 'grades10to11'), kk(VISIT_KINDS, 'readingRoom'), 1, ''],
      ['2026-11-27', '', kk(READER_GROUPS, 'grades1to4'), kk(VISIT_KINDS, 'reference'), 25, '3В: кітапхана сабағы'],
      ['2026-11-27', 3, kk(READER_GROUPS, 'teachers'), kk(VISIT_KINDS, 'consultation'), 1, ''],
    ]);
    expect(rows(emu, 'auditLog').filter((r) => r.operation === 'recordVisit')).toHaveLength(3);
  });

  it('refuses what is not a visit, naming the field, and writes nothing', () => {
    const { emu } = library();
    const before = snapshot(emu);
    expect(keys(call(emu, 'recordVisit', { ticketNo: 0, kind: 'party', people: 0, grade: '12А', note: 'x'.repeat(301) }))).toEqual([
      ['kind', 'error.choice'],
      ['people', 'error.visitPeople'],
      ['grade', 'error.grade'],
      ['note', 'error.tooLong'],
    ]);
    expect(keys(call(emu, 'recordVisit', { ticketNo: 2, kind: 'readingRoom', people: 3, grade: '', note: '' }))).toEqual([['people', 'error.visitOneReader']]);
    expect(keys(call(emu, 'recordVisit', { ticketNo: 99, kind: 'readingRoom', people: 1, grade: '', note: '' }))).toEqual([['ticketNo', 'error.readerUnknown']]);
    expect(keys(call(emu, 'recordVisit', { ticketNo: 'abc', kind: 'readingRoom', people: 1, grade: '', note: '' }))).toEqual([['ticketNo', 'error.ticketNo']]);
    expect(snapshot(emu)).toBe(before);
  });
});

describe('the loans keep the reader group and the section of the day of issue', () => {
  it('issue writes them; the return carries them into the history, whatever the reader\'s class is later', () => {
    const { emu, at } = library();
    expect(call(emu, 'issueCopies', { ticketNo: 2, inventoryNos: '1 3', dueOn: '', overrideOverdue: false }).ok).toBe(true);
    expect(call(emu, 'issueCopies', { ticketNo: 3, inventoryNos: '2', dueOn: '', overrideOverdue: false }).ok).toBe(true);
    expect(rows(emu, 'loans').map((r) => [r.ticketNo, r.inventoryNo, r.readerGroup, r.section])).toEqual([
      [2, 1, kk(READER_GROUPS, 'grades10to11'), kk(SECTIONS, 'fiction')],
      [2, 3, kk(READER_GROUPS, 'grades10to11'), kk(SECTIONS, 'textbooks')],
      [3, 2, kk(READER_GROUPS, 'teachers'), kk(SECTIONS, 'fiction')],
    ]);
    at('2026-12-01');
    expect(call(emu, 'returnCopies', { items: [{ inventoryNo: 1, condition: 'fine', conditionNote: '' }] }).ok).toBe(true);
    expect(rows(emu, 'loanHistory').map((r) => [r.inventoryNo, r.readerGroup, r.section])).toEqual([[1, kk(READER_GROUPS, 'grades10to11'), kk(SECTIONS, 'fiction')]]);
  });
});

describe('the reader\'s card shows the reservations still open', () => {
  type Card = { reservations: Array<{ id: number; titleId: number; description: string; status: string; position: number; inventoryNo: number; expiresOn: string }> };
  it('waiting with the place in the queue, then held with the copy and its expiry; cancelled ones are gone', () => {
    const { emu } = library();
    expect(call(emu, 'issueCopies', { ticketNo: 1, inventoryNos: '1 2', dueOn: '', overrideOverdue: false }).ok).toBe(true);
    expect(call(emu, 'reserveTitle', { ticketNo: 3, titleId: 1 }).ok).toBe(true);
    expect(call(emu, 'reserveTitle', { ticketNo: 2, titleId: 1 }).ok).toBe(true);
    const waiting = call<Card>(emu, 'getReaderCard', 2).value!;
    expect(waiting.reservations).toEqual([{ id: 2, titleId: 1, description: expect.stringMatching(/^Әбенов Ш\. Қозы-Көрпеш/), status: 'waiting', position: 2, inventoryNo: 0, expiresOn: '' }]);
    expect(call<Card>(emu, 'getReaderCard', 1).value!.reservations).toEqual([]);

    expect(call(emu, 'returnCopies', { items: [{ inventoryNo: 2, condition: 'fine', conditionNote: '' }] }).ok).toBe(true);
    expect(call<Card>(emu, 'getReaderCard', 3).value!.reservations).toMatchObject([{ id: 1, status: 'held', position: 0, inventoryNo: 2, expiresOn: '2026-11-30' }]);
    expect(call<Card>(emu, 'getReaderCard', 2).value!.reservations).toMatchObject([{ id: 2, status: 'waiting', position: 1 }]);
    expect(call(emu, 'cancelReservation', { id: 2 }).ok).toBe(true);
    expect(call<Card>(emu, 'getReaderCard', 2).value!.reservations).toEqual([]);
  });
});

describe('a workbook set up by template 1', () => {
  /** Makes a fresh workbook look as template 1 left it: no visits journal, no loans' group and section columns. */
  function asTemplate1(emu: Emulator): void {
    emu.refresh();
    const app = emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const ss = app.getActiveSpreadsheet();
    const inspect = emu.spreadsheet.inspect;
    ss.deleteSheet(ss.getSheetById(journalSheetId(inspect, 'visits')!)!);
    for (const journal of ['loans', 'loanHistory']) {
      const id = journalSheetId(inspect, journal)!;
      const columns = inspect.developerMetadata().filter((m) => m.sheetId === id && (m.value === 'readerGroup' || m.value === 'section')).map((m) => m.column!);
      for (const c of columns.sort((a, b) => b - a)) ss.getSheetById(id)!.deleteColumn(c);
    }
    emu.spreadsheet.save();
    const file = path.join(emu.dir, 'properties.json');
    const stores = JSON.parse(fs.readFileSync(file, 'utf8'));
    stores.document['kitaphana.templateVersion'] = '1';
    fs.writeFileSync(file, JSON.stringify(stores));
  }

  it('is asked to run setup before the desk writes; setup adds what template 2 brought and keeps the data', () => {
    const { emu } = library();
    expect(call(emu, 'issueCopies', { ticketNo: 1, inventoryNos: '1', dueOn: '', overrideOverdue: false }).ok).toBe(true);
    asTemplate1(emu);
    const before = snapshot(emu);
    const refused = call(emu, 'issueCopies', { ticketNo: 2, inventoryNos: '2', dueOn: '', overrideOverdue: false });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('«Жұмыс кітабын баптау»') });
    expect(keys(refused)).toEqual([['', 'error.needsUpgrade']]);
    expect(snapshot(emu)).toBe(before);

    const report = ok(emu.run<{ created: string[]; upgraded: Array<{ journal: string; columns: string[] }> }>('setupWorkbook'));
    expect(report.created).toEqual(['visits']);
    expect(report.upgraded).toEqual([
      { journal: 'loans', columns: ['readerGroup', 'section'] },
      { journal: 'loanHistory', columns: ['readerGroup', 'section'] },
    ]);
    // The loans' condition column now offers "lost" too.
    const loansId = journalSheetId(emu.spreadsheet.inspect, 'loans')!;
    const condition = emu.spreadsheet.inspect.developerMetadata().find((m) => m.sheetId === loansId && m.value === 'condition')!.column!;
    const rule = emu.spreadsheet.inspect.validations(loansId).find((v) => v.column === condition);
    expect(JSON.stringify(rule)).toContain('Жоғалған');
    // The old loan is there, the desk works again and fills the new columns.
    expect(call(emu, 'issueCopies', { ticketNo: 2, inventoryNos: '2', dueOn: '', overrideOverdue: false }).ok).toBe(true);
    expect(rows(emu, 'loans').map((r) => [r.inventoryNo, r.readerGroup])).toEqual([
      [1, ''],
      [2, kk(READER_GROUPS, 'grades10to11')],
    ]);
    expect(call(emu, 'recordVisit', { ticketNo: 1, kind: 'readingRoom', people: 1, grade: '', note: '' }).ok).toBe(true);
  });
});
