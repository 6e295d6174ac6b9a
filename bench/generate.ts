/**
 * A deterministic generator of a realistic Kazakh school library, at two sizes, and the workbook that
 * holds it: the journals filled exactly as the add-on would have written them.
 *
 * - `generateLibrary(size, seed)` is pure: the same size and seed give the same rows (a seeded PRNG,
 *   never Math.random). Rows are keyed by the template's column keys, with the domain's values (ISO
 *   days, enum codes), like the rows the add-on's use cases hand to the journals layer.
 * - `writeLibrary(emu, lib)` finds each journal's sheet and columns by developer metadata (as the
 *   add-on does), encodes every value with the add-on's own codec (src/journals/codec.ts toCell: text
 *   kept as text with a leading apostrophe where Sheets would convert it, days as date cells, enums as
 *   labels in the workbook language) and writes them through the spreadsheet fake outside any add-on
 *   execution, growing the sheets the way JournalTable.append does (insertRowsAfter, + 100 spare rows).
 * - `libraryWorkbook(size)` caches the set-up and filled workbook folder under
 *   bench/.cache/<size>-<hash of generator, template, codec and bundle>, so every benchmark run copies
 *   the same starting state.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { JOURNALS, journal, type JournalId } from '../sheets-template';
import type { ColumnDef, Lang } from '../sheets-template/schema';
import {
  SUMMARY_LANGUAGE_KEY,
  SUMMARY_SECTION_KEY,
  SUMMARY_TYPE_KEY,
  type DocType,
  type PublicationLanguage,
  type SectionCode,
  type WriteOffReason,
} from '../sheets-template/options';
import { toCell, type FieldValue, type JournalRow } from '../src/journals/codec';
import type { CellValue } from '../src/journals/port';
import { addDays, daysBetween, type IsoDate } from '../src/domain/dates';
import { encodeCopies, type CopyStatus } from '../src/domain/copies';
import { titleFromRow } from '../src/domain/fund';
import { readerGroup } from '../src/domain/reader';
import { dailyFigures, dailyLogRow, type DayInputs } from '../src/domain/statistics';
import { LOGGED_MONTHS_PROPERTY } from '../src/usecases/daily-log';
import { indexRow } from '../src/usecases/register-acquisition';
import { Emulator } from '../emulator/runtime';
import { journalColumns, journalSheetId } from '../emulator/workbook-view';
import * as N from './names';

// ---------------------------------------------------------------------------------------------------
// Sizes

export type SizeName = 'small' | 'big';

export interface SizeSpec {
  name: SizeName;
  /** Catalogue records (titles). */
  titles: number;
  copies: number;
  readers: number;
  /** Loans returned within the history, kept in loanHistory. */
  closedLoans: number;
  /** Loans on hand today, kept in loans. */
  openLoans: number;
  writeOffActs: number;
  writeOffCopies: number;
  events: number;
  /** First day of the history; the last is BENCH_TODAY. */
  historyStart: IsoDate;
  /** Share of the titles registered on the first day (the fund that existed before the history). */
  initialShare: number;
  /** Acquisition batches after the first day. */
  batches: number;
  /** Share of readers registered on the first day. */
  initialReaders: number;
}

/** The benchmark's "today": a school day in May, 10:00 in Almaty. */
export const BENCH_TODAY: IsoDate = '2026-05-15';
export const BENCH_NOW = new Date('2026-05-15T05:00:00Z');
export const DEFAULT_SEED = 20260515;

export const SIZES: Record<SizeName, SizeSpec> = {
  // One term (January to May): 200 copies, 50 readers.
  small: {
    name: 'small',
    titles: 80,
    copies: 200,
    readers: 50,
    closedLoans: 150,
    openLoans: 20,
    writeOffActs: 1,
    writeOffCopies: 5,
    events: 5,
    historyStart: '2026-01-12',
    initialShare: 0.7,
    batches: 1,
    initialReaders: 1,
  },
  // Five school years: 20,000 copies of 8,000 titles, 1,500 readers, 60,000 closed and 600 open loans.
  big: {
    name: 'big',
    titles: 8000,
    copies: 20000,
    readers: 1500,
    closedLoans: 60000,
    openLoans: 600,
    writeOffActs: 10,
    writeOffCopies: 1000,
    events: 150,
    historyStart: '2021-05-17',
    initialShare: 0.6,
    batches: 40,
    initialReaders: 0.6,
  },
};

// ---------------------------------------------------------------------------------------------------
// Seeded PRNG (mulberry32): small, fast, and the same sequence on every machine.

export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** [0, 1) */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------------------------------------------
// The generated library

export interface LibraryFacts {
  today: IsoDate;
  /** Readers who may borrow today, with how many books they hold. */
  activeReaders: Array<{ ticketNo: number; fullName: string; grade: string; category: string; onLoan: number }>;
  /** Inventory numbers on the shelf today: in the fund, not on loan. */
  onShelf: number[];
  openLoans: Array<{ loanId: number; ticketNo: number; inventoryNo: number; dueOn: IsoDate }>;
  /** Words a librarian would type in the catalogue search. */
  searchTerms: string[];
  /** A whole calendar year inside the history (for the annual report). */
  reportYear: number;
  nextInventoryNo: number;
  nextReaderTicket: number;
  nextLoanId: number;
}

export interface GeneratedLibrary {
  size: SizeName;
  seed: number;
  journals: Partial<Record<JournalId, JournalRow[]>>;
  /** Settings journal values by setting key (stored as text, as Settings.write stores them). */
  settings: Record<string, string>;
  /** Document properties the add-on would have set (the months of the daily log logged whole). */
  properties?: Record<string, string>;
  facts: LibraryFacts;
}

interface Title {
  titleId: number;
  row: JournalRow;
  lang: PublicationLanguage;
  section: SectionCode;
  docType: DocType;
  authorTitle: string;
  placeYear: string;
  price: number;
  copies: number;
  textbook: boolean;
}

interface Copy {
  inventoryNo: number;
  title: Title;
  acquiredOn: IsoDate;
  summaryRecordNo: number;
  price: number;
  writeOffOn: IsoDate | null;
  writeOffActNo: string | null;
  busyUntil: IsoDate;
}

interface Reader {
  ticketNo: number;
  fullName: string;
  category: 'pupil' | 'teacher' | 'staff';
  grade: string;
  registeredOn: IsoDate;
  leftOn: IsoDate | null;
  onLoan: number;
}

interface Loan {
  reader: Reader;
  copy: Copy;
  issuedOn: IsoDate;
  dueOn: IsoDate;
  returnedOn: IsoDate | null;
  renewals: number;
  condition: 'fine' | 'damaged' | null;
  conditionNote: string;
  loanId: number;
}

const USER_KEY = 'bench-librarian-0001';

export function generateLibrary(size: SizeName | SizeSpec, seed = DEFAULT_SEED): GeneratedLibrary {
  const spec = typeof size === 'string' ? SIZES[size] : size;
  const rng = new Rng(seed);
  const today = BENCH_TODAY;
  const schoolDays = schoolDaysBetween(spec.historyStart, today);
  const journals: Partial<Record<JournalId, JournalRow[]>> = {};
  const audit: Array<{ at: string; row: JournalRow }> = [];
  const auditRow = (day: IsoDate, minute: number, operation: string, entity: string, entityId: string, details: Record<string, FieldValue>) =>
    audit.push({ at: instant(day, minute), row: { at: instant(day, minute), operation, entity, entityId, details: JSON.stringify(details), userKey: USER_KEY } });

  // ---- titles and their copies ----
  const titles: Title[] = [];
  for (let i = 0; i < spec.titles; i++) titles.push(makeTitle(rng, i + 1));
  // Every title has a copy; the rest go mostly to textbooks (a class set), a few to popular books.
  const weights = titles.map((t) => (t.textbook ? 8 : 1));
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const totalWeight = cumulative[cumulative.length - 1];
  for (const t of titles) t.copies = 1;
  for (let extra = spec.copies - spec.titles; extra > 0; extra--) titles[bisect(cumulative, rng.next() * totalWeight)].copies++;

  // ---- acquisitions: the fund on the first day, then batches through the history ----
  const initialCount = Math.round(spec.titles * spec.initialShare);
  const batchDays = spreadDays(schoolDays.slice(5), spec.batches);
  const batches: Array<{ day: IsoDate; titles: Title[] }> = [{ day: spec.historyStart, titles: titles.slice(0, initialCount) }];
  const rest = titles.slice(initialCount);
  batchDays.forEach((day, b) => {
    const from = Math.floor((rest.length * b) / batchDays.length);
    const to = Math.floor((rest.length * (b + 1)) / batchDays.length);
    batches.push({ day, titles: rest.slice(from, to) });
  });
  const copies: Copy[] = [];
  const inventoryRows: JournalRow[] = [];
  const acquisitionRows: JournalRow[] = [];
  const receiptRows: JournalRow[] = [];
  let nextInventoryNo = 1;
  batches.forEach((batch, b) => {
    if (!batch.titles.length) return;
    const recordNo = b + 1;
    const source = b === 0 ? 'Қор қалдығы (көшіру)' : rng.pick(N.ACQUISITION_SOURCES);
    const batchCopies: Copy[] = [];
    for (const t of batch.titles) {
      t.row.createdOn = batch.day;
      const from = nextInventoryNo;
      for (let c = 0; c < t.copies; c++) {
        const copy: Copy = { inventoryNo: nextInventoryNo++, title: t, acquiredOn: batch.day, summaryRecordNo: recordNo, price: t.price, writeOffOn: null, writeOffActNo: null, busyUntil: '' };
        copies.push(copy);
        batchCopies.push(copy);
      }
      acquisitionRows.push({
        date: batch.day,
        authors: t.row.authors,
        title: t.row.title,
        year: t.row.year,
        price: t.price,
        inventoryFrom: from,
        inventoryTo: nextInventoryNo - 1,
        copies: t.copies,
        sum: round2(t.price * t.copies),
        source,
        summaryRecordNo: recordNo,
        titleId: t.titleId,
      });
    }
    receiptRows.push({
      date: batch.day,
      recordNo,
      source,
      documentNo: b === 0 ? 'Қабылдау актісі 1' : `Жүкқұжат ${100 + b}`,
      documentDate: batch.day,
      copiesTotal: batchCopies.length,
      sum: round2(batchCopies.reduce((s, c) => s + c.price, 0)),
      ...breakdown(batchCopies),
      note: '',
    });
    auditRow(batch.day, 540, 'registerAcquisition', 'summaryRecord', String(recordNo), { recordNo, titles: batch.titles.length, copies: batchCopies.length });
  });

  // ---- write-offs: acts in June and December, copies that have served their time ----
  const actDays = spreadDays(
    schoolDays.filter((d) => d.slice(5, 7) === '05' || d.slice(5, 7) === '12' || spec.writeOffActs === 1),
    spec.writeOffActs,
  );
  const writeOffRows: JournalRow[] = [];
  const withdrawalRows: JournalRow[] = [];
  const actsPerYear: Record<string, number> = {};
  actDays.forEach((day, a) => {
    const count = Math.floor((spec.writeOffCopies * (a + 1)) / actDays.length) - Math.floor((spec.writeOffCopies * a) / actDays.length);
    const year = day.slice(0, 4);
    actsPerYear[year] = (actsPerYear[year] ?? 0) + 1;
    const actNo = `${actsPerYear[year]}/${year}`;
    const reason: WriteOffReason = rng.pick(['wornOut', 'wornOut', 'outdated', 'lost', 'notRelevant'] as const);
    const chosen: Copy[] = [];
    for (let tries = 0; chosen.length < count && tries < count * 50; tries++) {
      const c = copies[rng.int(0, copies.length - 1)];
      if (c.writeOffOn || c.acquiredOn >= day || chosen.includes(c)) continue;
      chosen.push(c);
    }
    for (const c of chosen) {
      c.writeOffOn = day;
      c.writeOffActNo = actNo;
    }
    const sum = round2(chosen.reduce((s, c) => s + c.price, 0));
    writeOffRows.push({ actNo, date: day, reason, copies: chosen.length, sum, commission: N.WRITE_OFF_COMMISSION, approvedBy: N.DIRECTOR, docLink: '', note: '' });
    withdrawalRows.push({ date: day, recordNo: a + 1, actNo, copiesTotal: chosen.length, sum, ...breakdown(chosen), reason, note: '' });
    auditRow(day, 600, 'writeOffCopies', 'writeOffAct', actNo, { actNo, copies: chosen.length, reason });
  });

  // ---- readers ----
  const readers: Reader[] = [];
  const readerRows: JournalRow[] = [];
  const initialReaders = Math.round(spec.readers * spec.initialReaders);
  const laterDays = schoolDays.filter((d) => d > spec.historyStart && d < addDays(today, -7));
  for (let i = 0; i < spec.readers; i++) {
    const registeredOn = i < initialReaders || !laterDays.length ? spec.historyStart : laterDays[rng.int(0, laterDays.length - 1)];
    const roll = rng.next();
    const category = roll < 0.9 ? 'pupil' : roll < 0.97 ? 'teacher' : 'staff';
    const female = rng.chance(0.5);
    const kazakh = rng.chance(0.7);
    const fullName = personName(rng, kazakh, female, category === 'pupil');
    let grade = '';
    let leftOn: IsoDate | null = null;
    let birthDate = '';
    if (category === 'pupil') {
      const startGrade = rng.int(1, 11);
      const years = schoolYearsPassed(registeredOn, today);
      const letter = rng.pick(['А', 'Б']);
      if (startGrade + years > 11) {
        const gradYear = Number(schoolYearOf(registeredOn)) + (11 - startGrade) + 1;
        leftOn = `${gradYear}-05-31`;
        grade = `11${letter}`;
      } else grade = `${startGrade + years}${letter}`;
      const age = startGrade + 6;
      birthDate = `${Number(registeredOn.slice(0, 4)) - age}-${pad2(rng.int(1, 12))}-${pad2(rng.int(1, 28))}`;
    }
    readers.push({ ticketNo: i + 1, fullName, category, grade, registeredOn, leftOn, onLoan: 0 });
    const thisYearStart = `${schoolYearOf(today)}-09-0${rng.int(1, 9)}`;
    readerRows.push({
      ticketNo: i + 1,
      fullName,
      category,
      grade,
      school: '№12 мектеп-гимназия',
      address: `Хромтау қ., ${rng.pick(['Абай', 'Әл-Фараби', 'Жамбыл', 'Наурыз', 'Достық', 'Мира'])} к-сі ${rng.int(1, 60)}, ${rng.int(1, 90)}`,
      phone: `+7 7${rng.pick(['01', '02', '05', '07', '47', '77'])} ${rng.int(100, 999)} ${pad2(rng.int(0, 99))} ${pad2(rng.int(0, 99))}`,
      email: '',
      birthDate,
      registeredOn,
      reRegisteredOn: !leftOn && registeredOn < thisYearStart && thisYearStart <= today ? thisYearStart : '',
      status: leftOn ? 'left' : 'active',
      note: '',
    });
    auditRow(registeredOn, 500 + (i % 300), 'registerReader', 'reader', String(i + 1), { ticketNo: i + 1, category, grade });
  }

  // ---- loans: closed ones through the history, open ones in the last weeks ----
  const loans: Loan[] = [];
  const lastIssue = addDays(today, -3);
  const closedDays = schoolDays.filter((d) => d < lastIssue);
  const issueDays: IsoDate[] = [];
  for (let i = 0; i < spec.closedLoans; i++) issueDays.push(closedDays[rng.int(0, closedDays.length - 1)]);
  issueDays.sort();
  const eligibleReader = (day: IsoDate) => {
    for (let t = 0; t < 50; t++) {
      const r = readers[rng.int(0, readers.length - 1)];
      if (r.registeredOn <= day && (!r.leftOn || r.leftOn > day)) return r;
    }
    return null;
  };
  const eligibleCopy = (day: IsoDate, until: IsoDate) => {
    for (let t = 0; t < 60; t++) {
      const c = copies[rng.int(0, copies.length - 1)];
      if (c.acquiredOn <= day && c.busyUntil < day && (!c.writeOffOn || c.writeOffOn > until)) return c;
    }
    return null;
  };
  for (const day of issueDays) {
    const reader = eligibleReader(day);
    const returnedOn = minDay(addDays(day, rng.int(2, 28)), addDays(today, -1));
    const copy = reader && eligibleCopy(day, returnedOn);
    if (!reader || !copy) continue;
    copy.busyUntil = returnedOn;
    const renewals = daysBetween(day, returnedOn) > 14 && rng.chance(0.5) ? 1 : 0;
    const damaged = rng.chance(0.03);
    loans.push({
      reader,
      copy,
      issuedOn: day,
      dueOn: addDays(day, 14 * (1 + renewals)),
      returnedOn,
      renewals,
      condition: damaged ? 'damaged' : 'fine',
      conditionNote: damaged ? rng.pick(['Мұқабасы жыртылған', 'Беттері бүктелген', 'Су тиген']) : '',
      loanId: 0,
    });
  }
  const recentDays = schoolDays.filter((d) => d >= addDays(today, -30) && d < today);
  const openDays: IsoDate[] = [];
  for (let i = 0; i < spec.openLoans; i++) openDays.push(recentDays[rng.int(0, recentDays.length - 1)]);
  openDays.sort();
  for (let i = 0, guard = 0; i < openDays.length && guard < spec.openLoans * 20; guard++) {
    const day = openDays[i];
    const reader = eligibleReader(today);
    const copy = eligibleCopy(day, '9999-12-31');
    if (!reader || !copy || reader.onLoan >= 5 || reader.registeredOn > day) continue;
    copy.busyUntil = '9999-12-31';
    reader.onLoan++;
    loans.push({ reader, copy, issuedOn: day, dueOn: addDays(day, 14), returnedOn: null, renewals: 0, condition: null, conditionNote: '', loanId: 0 });
    i++;
  }
  loans.sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : a.issuedOn > b.issuedOn ? 1 : 0));
  loans.forEach((l, i) => (l.loanId = i + 1));
  const loanRow = (l: Loan): JournalRow => ({
    loanId: l.loanId,
    ticketNo: l.reader.ticketNo,
    inventoryNo: l.copy.inventoryNo,
    titleId: l.copy.title.titleId,
    issuedOn: l.issuedOn,
    dueOn: l.dueOn,
    returnedOn: l.returnedOn,
    condition: l.condition,
    conditionNote: l.conditionNote,
    renewals: l.renewals,
    readerGroup: readerGroup(l.reader.category, l.reader.grade),
    section: l.copy.title.section,
  });
  const closed = loans.filter((l) => l.returnedOn).sort((a, b) => (a.returnedOn! < b.returnedOn! ? -1 : a.returnedOn! > b.returnedOn! ? 1 : a.loanId - b.loanId));
  const open = loans.filter((l) => !l.returnedOn);
  for (const l of loans) {
    auditRow(l.issuedOn, 540 + (l.loanId % 360), 'issueCopies', 'loan', String(l.loanId), { ticketNo: l.reader.ticketNo, inventoryNo: l.copy.inventoryNo });
    if (l.returnedOn) auditRow(l.returnedOn, 545 + (l.loanId % 360), 'returnCopies', 'loan', String(l.loanId), { inventoryNo: l.copy.inventoryNo, condition: l.condition });
  }

  // ---- events ----
  const eventRows: JournalRow[] = [];
  spreadDays(schoolDays, spec.events).forEach((day, i) => {
    eventRows.push({
      id: i + 1,
      title: N.EVENT_TITLES[i % N.EVENT_TITLES.length],
      kind: rng.pick(['lecture', 'meeting', 'quiz', 'exhibitionOpening', 'literaryEvening', 'training'] as const),
      date: day,
      audience: rng.pick(['1–4 сыныптар', '5–7 сыныптар', '8–11 сыныптар', 'Мұғалімдер']),
      responsible: 'Сәрсенбаева Г. Қ.',
      partners: rng.chance(0.3) ? 'Аудандық кітапхана' : '',
      participants: rng.int(15, 120),
      protocolLink: '',
      scenarioLink: '',
      note: '',
    });
    auditRow(day, 720, 'registerEvent', 'event', String(i + 1), { id: i + 1 });
  });

  // ---- visits without a loan: a few readers in the reading room or asking a question each school day, a class now and then ----
  const visitRows: JournalRow[] = [];
  for (const day of schoolDays.filter((d) => d < today)) {
    for (let k = rng.int(0, 3); k > 0; k--) {
      const reader = readers[rng.int(0, readers.length - 1)];
      if (reader.registeredOn > day || (reader.leftOn && reader.leftOn <= day)) continue;
      visitRows.push({ date: day, ticketNo: reader.ticketNo, readerGroup: readerGroup(reader.category, reader.grade), kind: rng.pick(['readingRoom', 'readingRoom', 'consultation', 'reference'] as const), people: 1, note: '' });
    }
    if (rng.chance(0.1)) visitRows.push({ date: day, ticketNo: null, readerGroup: rng.pick(['grades1to4', 'grades5to9', 'grades10to11'] as const), kind: 'readingRoom', people: rng.int(15, 28), note: '' });
  }

  // ---- daily log: exactly what refreshDailyLog computes from these journals (the domain's own dayFigures
  // and dailyLogRow), one row a day with activity, every month up to last month recorded as logged whole ----
  const dayInputs: DayInputs = {
    readers: readerRows.map((r) => ({
      ticketNo: Number(r.ticketNo),
      category: String(r.category),
      grade: String(r.grade),
      registeredOn: String(r.registeredOn),
      reRegisteredOn: String(r.reRegisteredOn ?? ''),
      status: String(r.status),
    })),
    loans: loans.map((l) => {
      const row = loanRow(l);
      return { loanId: l.loanId, ticketNo: l.reader.ticketNo, titleId: l.copy.title.titleId, issuedOn: l.issuedOn, returnedOn: l.returnedOn ?? '', readerGroup: String(row.readerGroup), section: String(row.section) };
    }),
    visits: visitRows.map((v) => ({ date: String(v.date), ticketNo: v.ticketNo === null ? null : Number(v.ticketNo), readerGroup: String(v.readerGroup), kind: String(v.kind), people: Number(v.people) })),
    events: eventRows.map((e) => ({ date: String(e.date), kind: String(e.kind), participants: Number(e.participants) })),
  };
  const dailyRows: JournalRow[] = dailyFigures(spec.historyStart, today, dayInputs).map((f) => ({ ...dailyLogRow(f), note: '' }));
  const loggedMonths: string[] = [];
  for (let m = spec.historyStart.slice(0, 7); m < today.slice(0, 7); m = addDays(`${m}-28`, 7).slice(0, 7)) loggedMonths.push(m);

  // ---- summary book part 3: the movement of the fund in each whole year of the history ----
  const totalsRows: JournalRow[] = [];
  for (let y = Number(spec.historyStart.slice(0, 4)); y < Number(today.slice(0, 4)); y++) {
    const start = `${y}-01-01`;
    const end = `${y}-12-31`;
    const inFund = (c: Copy, day: IsoDate) => c.acquiredOn <= day && (!c.writeOffOn || c.writeOffOn > day);
    const lines: Array<[string, Copy[]]> = [
      ['atStart', copies.filter((c) => c.acquiredOn < start && (!c.writeOffOn || c.writeOffOn >= start))],
      ['received', copies.filter((c) => c.acquiredOn >= start && c.acquiredOn <= end)],
      ['withdrawn', copies.filter((c) => c.writeOffOn !== null && c.writeOffOn >= start && c.writeOffOn <= end)],
      ['atEnd', copies.filter((c) => inFund(c, end))],
    ];
    for (const [line, cs] of lines) {
      totalsRows.push({ year: y, line, copies: cs.length, sum: round2(cs.reduce((s, c) => s + c.price, 0)), ...breakdown(cs), note: '' });
    }
  }

  // ---- the fund as journals ----
  for (const c of copies) {
    const t = c.title;
    inventoryRows.push({
      entryDate: c.acquiredOn,
      inventoryNo: c.inventoryNo,
      authorTitle: t.authorTitle,
      placeYear: t.placeYear,
      price: c.price,
      summaryRecordNo: c.summaryRecordNo,
      checkMark: c.acquiredOn < '2024-01-01' && (!c.writeOffOn || c.writeOffOn > '2024-06-30') ? '2024' : '',
      writeOffActNo: c.writeOffActNo,
      writeOffDate: c.writeOffOn,
      note: '',
      titleId: t.titleId,
    });
  }
  for (const t of titles) t.row.copiesTotal = copies.filter((c) => c.title === t && !c.writeOffOn).length;

  journals.catalog = titles.map((t) => t.row);
  // The catalogue index, exactly as registerAcquisition/writeOffCopies/issueCopies leave it.
  const dueOf = new Map(open.map((l) => [l.copy.inventoryNo, l.dueOn]));
  const copiesOf = new Map<Title, CopyStatus[]>();
  for (const c of copies) {
    const status: CopyStatus = c.writeOffOn
      ? { inventoryNo: c.inventoryNo, state: 'writtenOff' }
      : dueOf.has(c.inventoryNo)
        ? { inventoryNo: c.inventoryNo, state: 'loan', dueOn: dueOf.get(c.inventoryNo) }
        : { inventoryNo: c.inventoryNo, state: 'shelf' };
    copiesOf.set(c.title, [...(copiesOf.get(c.title) ?? []), status]);
  }
  journals.catalogIndex = titles.map((t) => indexRow(t.titleId, titleFromRow(t.row), encodeCopies(copiesOf.get(t) ?? []), `${today}T04:00:00.000Z`));
  journals.inventoryBook = inventoryRows;
  journals.acquisitions = acquisitionRows;
  journals.summaryBookReceipts = receiptRows;
  journals.summaryBookWithdrawals = withdrawalRows;
  journals.summaryBookTotals = totalsRows;
  journals.writeOffActs = writeOffRows;
  journals.readers = readerRows;
  journals.loans = open.map(loanRow);
  journals.loanHistory = closed.map(loanRow);
  journals.events = eventRows;
  journals.visits = visitRows;
  journals.dailyLog = dailyRows;
  journals.auditLog = audit.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((a) => a.row);

  const active = readers.filter((r) => !r.leftOn || r.leftOn > today);
  const onShelf = copies.filter((c) => !c.writeOffOn && c.busyUntil < today).map((c) => c.inventoryNo);
  const facts: LibraryFacts = {
    today,
    activeReaders: active.map((r) => ({ ticketNo: r.ticketNo, fullName: r.fullName, grade: r.grade, category: r.category, onLoan: r.onLoan })),
    onShelf,
    openLoans: open.map((l) => ({ loanId: l.loanId, ticketNo: l.reader.ticketNo, inventoryNo: l.copy.inventoryNo, dueOn: l.dueOn })),
    searchTerms: ['Абай', 'Математика', String(titles[Math.floor(titles.length / 2)].row.title).split(/[\s:]+/)[0]],
    reportYear: Number(today.slice(0, 4)) - 1,
    nextInventoryNo,
    nextReaderTicket: spec.readers + 1,
    nextLoanId: loans.length + 1,
  };
  return {
    size: spec.name,
    seed,
    journals,
    properties: { [LOGGED_MONTHS_PROPERTY]: loggedMonths.join(',') },
    settings: {
      libraryName: '№12 мектеп-гимназия кітапханасы',
      schoolName: '№12 мектеп-гимназия',
      nextReaderTicket: String(facts.nextReaderTicket),
      nextInventoryNo: String(facts.nextInventoryNo),
      nextTitleId: String(titles.length + 1),
      nextLoanId: String(facts.nextLoanId),
    },
    facts,
  };
}

function makeTitle(rng: Rng, titleId: number): Title {
  const roll = rng.next();
  let authors = '';
  let responsibility = '';
  let title = '';
  let otherTitleInfo = '';
  let volume = '';
  let lang: PublicationLanguage;
  let section: SectionCode;
  let pages: number;
  let textbook = false;
  let publishers: Array<[string, string]>;
  let year = rng.int(1995, 2025);
  if (roll < 0.35) {
    // A textbook for a grade, in Kazakh or Russian.
    const [kk, ru, lo, hi] = rng.pick(N.SUBJECTS);
    const grade = rng.int(lo, hi);
    lang = rng.chance(0.65) ? 'kk' : 'ru';
    const [surname, initials] = [rng.pick(rng.chance(0.7) ? N.KK_SURNAMES : N.RU_SURNAMES), `${rng.pick('АБДЕЖКМНОСТ'.split(''))}. ${rng.pick('АБДЕЖКМНОСТ'.split(''))}.`];
    authors = `${surname} ${initials}`;
    responsibility = `${initials} ${surname} [ж.б.]`;
    title = lang === 'kk' ? kk : ru;
    otherTitleInfo = lang === 'kk' ? `жалпы білім беретін мектептің ${grade}-сыныбына арналған оқулық` : `учебник для ${grade} класса общеобразовательной школы`;
    if (rng.chance(0.2)) volume = lang === 'kk' ? `${rng.int(1, 2)}-бөлім` : `Ч. ${rng.int(1, 2)}`;
    section = 'textbooks';
    pages = rng.int(96, 288);
    textbook = true;
    year = rng.int(2012, 2025);
    publishers = N.PUBLISHERS[lang === 'kk' ? 'textbook-kk' : 'textbook-ru'];
  } else if (roll < 0.6) {
    // An edition of a known work.
    const w = rng.pick(N.WORKS);
    authors = w.author;
    responsibility = w.responsibility;
    title = w.title;
    otherTitleInfo = w.otherTitleInfo ?? '';
    if (w.pages[1] > 500 && rng.chance(0.4)) volume = w.lang === 'kk' ? `${rng.int(1, 4)}-том` : `Т. ${rng.int(1, 4)}`;
    lang = w.lang;
    section = w.section;
    pages = rng.int(w.pages[0], w.pages[1]);
    publishers = N.PUBLISHERS[lang === 'en' ? 'en' : lang === 'kk' ? 'kk' : 'ru'];
  } else {
    // Popular science, reference and children's books on a topic.
    const [kk, ru, sec] = rng.pick(N.TOPICS);
    lang = rng.chance(0.6) ? 'kk' : 'ru';
    const form = rng.pick(lang === 'kk' ? N.TOPIC_FORMS_KK : N.TOPIC_FORMS_RU);
    title = form.replace('{t}', lang === 'kk' ? kk : ru.toLocaleLowerCase('ru'));
    title = title[0].toLocaleUpperCase(lang) + title.slice(1);
    const female = rng.chance(0.5);
    const kazakhAuthor = lang === 'kk' || rng.chance(0.3);
    const surname = rng.pick(kazakhAuthor ? N.KK_SURNAMES : N.RU_SURNAMES) + (female ? 'а' : '');
    const initials = `${rng.pick('АБДЕЖКМНОСТ'.split(''))}. ${rng.pick('АБДЕЖКМНОСТ'.split(''))}.`;
    authors = `${surname} ${initials}`;
    responsibility = `${initials} ${surname}`;
    section = sec;
    pages = sec === 'children' ? rng.int(12, 64) : rng.int(40, 320);
    publishers = N.PUBLISHERS[lang === 'kk' ? 'kk' : 'ru'];
  }
  const [place, publisher] = rng.pick(publishers);
  const docType: DocType = pages <= 48 ? 'brochure' : 'book';
  const price = round2(rng.int(8, 60) * 100 + (textbook ? 1500 : 0));
  const surname = authors.split(' ')[0];
  const row: JournalRow = {
    titleId,
    authors,
    title,
    otherTitleInfo,
    volume,
    responsibility,
    place,
    publisher,
    year,
    pages,
    isbn: isbn(rng, lang),
    bbk: rng.pick(N.BBK[section]),
    udc: '',
    authorSign: `${surname[0]} ${rng.int(11, 99)}`,
    language: lang,
    section,
    docType,
    annotation: '',
    keywords: section === 'textbooks' ? (lang === 'kk' ? 'оқулық' : 'учебник') : '',
    copiesTotal: 0,
    createdOn: '',
  };
  return {
    titleId,
    row,
    lang,
    section,
    docType,
    authorTitle: `${authors} ${title}${volume ? '. ' + volume : ''}`,
    placeYear: `${place}, ${year}`,
    price,
    copies: 1,
    textbook,
  };
}

function personName(rng: Rng, kazakh: boolean, female: boolean, child: boolean): string {
  if (kazakh) {
    const surname = rng.pick(N.KK_SURNAMES) + (female ? 'а' : '');
    const first = rng.pick(female ? N.KK_FEMALE : N.KK_MALE);
    const father = rng.pick(N.KK_MALE);
    return child && rng.chance(0.3) ? `${surname} ${first}` : `${surname} ${first} ${father}${female ? 'қызы' : 'ұлы'}`;
  }
  const base = rng.pick(N.RU_SURNAMES);
  const surname = female ? base + 'а' : base;
  const first = rng.pick(female ? N.RU_FEMALE : N.RU_MALE);
  const [m, f] = rng.pick(N.RU_FATHERS);
  return `${surname} ${first} ${female ? f : m}`;
}

/** An ISBN-13 with a valid check digit (978-601 is Kazakhstan's group). */
function isbn(rng: Rng, lang: PublicationLanguage): string {
  const group = lang === 'kk' ? '601' : lang === 'ru' ? rng.pick(['5', '601']) : '0';
  const publisher = String(rng.int(10, 99));
  let body = `978${group}${publisher}`;
  while (body.length < 12) body += String(rng.int(0, 9));
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 ? 3 : 1);
  const check = (10 - (sum % 10)) % 10;
  const item = body.slice(3 + group.length + publisher.length);
  return `978-${group}-${publisher}-${item}-${check}`;
}

/** Copies by type, section and language: the summary book's "of which" columns. */
function breakdown(copies: readonly Copy[]): JournalRow {
  const out: Record<string, number> = {};
  for (const key of [...Object.values(SUMMARY_TYPE_KEY), ...Object.values(SUMMARY_SECTION_KEY), ...Object.values(SUMMARY_LANGUAGE_KEY)]) out[key] = 0;
  for (const c of copies) {
    out[SUMMARY_TYPE_KEY[c.title.docType]]++;
    out[SUMMARY_SECTION_KEY[c.title.section]]++;
    out[SUMMARY_LANGUAGE_KEY[c.title.lang]]++;
  }
  return out;
}

/** Weekdays from September to May (school days), from `from` up to but not including `to`. */
export function schoolDaysBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d < to; d = addDays(d, 1)) {
    const month = Number(d.slice(5, 7));
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6 || month === 6 || month === 7 || month === 8) continue;
    out.push(d);
  }
  return out;
}

/** `count` days spread evenly over `days`. */
function spreadDays(days: readonly IsoDate[], count: number): IsoDate[] {
  if (!days.length || count <= 0) return [];
  return Array.from({ length: count }, (_, i) => days[Math.min(days.length - 1, Math.floor(((i + 0.5) * days.length) / count))]);
}

/** The calendar year in which the school year of `day` began (September). */
function schoolYearOf(day: IsoDate): string {
  const y = Number(day.slice(0, 4));
  return String(Number(day.slice(5, 7)) >= 9 ? y : y - 1);
}

function schoolYearsPassed(from: IsoDate, to: IsoDate): number {
  return Number(schoolYearOf(to)) - Number(schoolYearOf(from));
}

function bisect(cumulative: readonly number[], x: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function instant(day: IsoDate, minuteOfDay: number): string {
  // Almaty was UTC+6 until 1 March 2024 and is UTC+5 since; the audit log keeps instants.
  const offset = day < '2024-03-01' ? 6 : 5;
  const t = Date.parse(`${day}T00:00:00Z`) + (minuteOfDay - offset * 60) * 60000;
  return new Date(t).toISOString();
}

function minDay(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

// ---------------------------------------------------------------------------------------------------
// Writing the library into a workbook, as the add-on would have

type SpreadsheetAppLike = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/**
 * Writes every generated journal below its header and the settings counters, outside any add-on
 * execution (the meter is reset by the next execution). The workbook must be set up already.
 */
export function writeLibrary(emu: Emulator, lib: GeneratedLibrary, lang: Lang = 'kk'): void {
  emu.refresh();
  const inspect = emu.spreadsheet.inspect;
  const tz = inspect.spreadsheet().timeZone;
  const ss = (emu.spreadsheet.globals.SpreadsheetApp as SpreadsheetAppLike).getActiveSpreadsheet();
  const days = new Map<string, Date>();
  const encode = (column: ColumnDef, value: FieldValue | undefined): CellValue => {
    if (column.type === 'date' && typeof value === 'string' && value) {
      // toCell of a day depends only on the day and the zone: compute it once a day.
      let d = days.get(value);
      if (!d) days.set(value, (d = toCell(column, value, lang, tz) as Date));
      return new Date(d.getTime());
    }
    return toCell(column, value, lang, tz);
  };
  for (const [id, rows] of Object.entries(lib.journals) as Array<[JournalId, JournalRow[]]>) {
    if (!rows || !rows.length) continue;
    const sheetId = journalSheetId(inspect, id);
    if (sheetId === null) throw new Error(`bench: no journal "${id}" in the workbook (setup first)`);
    const columns = journalColumns(inspect, sheetId);
    const def = journal(id);
    const width = Math.max(...Object.values(columns));
    const matrix: CellValue[][] = rows.map((row) => {
      const out: CellValue[] = new Array(width).fill('');
      for (const column of def.columns) out[columns[column.key] - 1] = encode(column, row[column.key]);
      return out;
    });
    const sheet = ss.getSheetById(sheetId)!;
    const start = Math.max(sheet.getLastRow(), 1) + 1;
    const end = start + matrix.length - 1;
    const maxRows = sheet.getMaxRows();
    // As JournalTable.append grows a journal: the missing rows and 100 spare, inheriting formats and validation.
    if (end > maxRows) sheet.insertRowsAfter(maxRows, end - maxRows + 100);
    sheet.getRange(start, 1, matrix.length, width).setValues(matrix);
  }
  // Settings: the value cell of each row, as Settings.write stores a counter (text).
  const settingsId = journalSheetId(inspect, 'settings')!;
  const cols = journalColumns(inspect, settingsId);
  const valueDef = journal('settings').columns.find((c) => c.key === 'value')!;
  const keys = inspect.values(settingsId).map((row) => String(row[cols.key - 1] ?? ''));
  const sheet = ss.getSheetById(settingsId)!;
  for (const [key, value] of Object.entries(lib.settings)) {
    const r = keys.indexOf(key);
    if (r < 1) throw new Error(`bench: no setting "${key}" in the settings journal`);
    sheet.getRange(r + 1, cols.value).setValue(encode(valueDef, value));
  }
  emu.spreadsheet.save();
  if (lib.properties && Object.keys(lib.properties).length) {
    // The emulator keeps the document properties in properties.json of the workbook folder.
    const file = path.join(emu.dir, 'properties.json');
    const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { document?: Record<string, string> }) : {};
    all.document = { ...(all.document ?? {}), ...lib.properties };
    fs.writeFileSync(file, JSON.stringify(all, null, 2));
    emu.refresh();
  }
}

// ---------------------------------------------------------------------------------------------------
// The cached workbook folders

/** The repository root (where package.json is), from the source tree or from build/. */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'sheets-template'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('bench: cannot find the repository root');
}

/** What the cached workbook depends on: the generator, the template, the codec and the bundle that set it up. */
export function cacheKey(root: string, size: SizeName, seed: number): string {
  const h = crypto.createHash('sha256');
  const files = [
    'bench/generate.ts',
    'bench/names.ts',
    'src/journals/codec.ts',
    'dist/Code.js',
    ...fs.readdirSync(path.join(root, 'sheets-template')).sort().map((f) => `sheets-template/${f}`),
  ];
  for (const f of files) h.update(f).update(fs.readFileSync(path.join(root, f)));
  h.update(JSON.stringify(SIZES[size])).update(String(seed));
  return h.digest('hex').slice(0, 12);
}

export interface CachedLibrary {
  /** The set-up, filled workbook folder: copy it, never run in it. */
  dir: string;
  facts: LibraryFacts;
  /** Seconds spent generating (0 when it came from the cache). */
  generatedIn: number;
  rows: Partial<Record<JournalId, number>>;
  /** Cells of the workbook's grids (max rows × max columns of every sheet): Sheets allows 10,000,000. */
  gridCells: number;
  /** The biggest grids: sheet name and cells. */
  biggestGrids: Array<{ sheet: string; rows: number; columns: number; cells: number }>;
}

export function libraryWorkbook(size: SizeName, opts: { root?: string; seed?: number; projectDir?: string; log?: (s: string) => void } = {}): CachedLibrary {
  const root = opts.root ?? repoRoot();
  const seed = opts.seed ?? DEFAULT_SEED;
  const cacheRoot = path.join(root, 'bench', '.cache');
  const name = `${size}-${cacheKey(root, size, seed)}`;
  const dir = path.join(cacheRoot, name);
  const factsFile = path.join(cacheRoot, `${name}.facts.json`);
  if (fs.existsSync(dir) && fs.existsSync(factsFile)) {
    const saved = JSON.parse(fs.readFileSync(factsFile, 'utf8')) as Omit<CachedLibrary, 'dir' | 'generatedIn'>;
    return { ...saved, dir, generatedIn: 0 };
  }
  const started = Date.now();
  fs.mkdirSync(cacheRoot, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `kitaphana-bench-${size}-`));
  const emu = new Emulator({ dir: tmp, projectDir: opts.projectDir ?? path.join(root, 'dist'), userLocale: 'kk', now: () => BENCH_NOW });
  const setup = emu.run('setupWorkbook');
  if (!setup.ok) throw new Error(`bench: setupWorkbook failed: ${setup.error?.message}`);
  const lib = generateLibrary(size, seed);
  opts.log?.(`generated ${size} library in ${((Date.now() - started) / 1000).toFixed(1)} s; writing the workbook...`);
  writeLibrary(emu, lib);
  const rows: CachedLibrary['rows'] = {};
  for (const [id, r] of Object.entries(lib.journals)) rows[id as JournalId] = r!.length;
  const grids = emu.spreadsheet.inspect.sheets().map((s) => ({ sheet: s.name, rows: s.maxRows, columns: s.maxColumns, cells: s.maxRows * s.maxColumns }));
  const gridCells = grids.reduce((n, g) => n + g.cells, 0);
  const biggestGrids = grids.sort((a, b) => b.cells - a.cells).slice(0, 3);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(tmp, dir, { recursive: true });
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.writeFileSync(factsFile, JSON.stringify({ facts: lib.facts, rows, gridCells, biggestGrids }));
  return { dir, facts: lib.facts, rows, gridCells, biggestGrids, generatedIn: (Date.now() - started) / 1000 };
}

/** A fresh copy of a workbook folder to run one operation in (and remove afterwards). */
export function copyWorkbook(from: string | null): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kitaphana-bench-run-'));
  if (from) fs.cpSync(from, dir, { recursive: true });
  return dir;
}

/** Every journal the template declares, for reporting sizes. */
export const JOURNAL_IDS: readonly JournalId[] = JOURNALS.map((j) => j.id);
