/**
 * The daily work log (issue 5): one row per working day, computed from the journals (loans and the loan
 * history, visits, readers, events: statistics-inputs.ts, domain/statistics.ts), never typed twice. The
 * librarian adds only what the journals cannot know, in the sidebar: consultations and reference answers
 * given (written as `visits` rows of those kinds, so the figures stay computed from the journals) and the
 * day's note (the log's `note` column, the only cell of the log that is hers).
 *
 * - refreshDailyLog(env, from, to), under the document lock: the rows of the days from `from` to `to`
 *   (not after today) recomputed and written. A day gets a row when something happened on it; a day that
 *   already has a row is written over (with zeros when nothing is left: a loan corrected by hand moves
 *   its figures to its new day and away from the old one). Rows are found by their date (the librarian may
 *   sort the log); the missing days are appended at the end, in date order (no row is ever inserted in
 *   the middle or deleted: the log stays in date order as long as days are logged as they come; she may
 *   sort it, nothing depends on the order). Only the computed columns are written, never `note`. A day
 *   with two rows (copied by hand) has the first written, the other left as it is. The same journals give
 *   the same rows: recomputing twice writes the same values.
 * - recordDayNotes(env, form): validated first (UserError, nothing written); then under the lock the
 *   consultations and reference answers as `visits` rows (one row each, people 1, ticket empty, note
 *   "daily notes" in the workbook language: the domain counts a consultation or a request per row, and
 *   each is a person who came), the day's note replaced, the day's row recomputed with those rows, one
 *   audit row. One read and one write per journal.
 * - getDayLog(env, date): read-only, no lock: the day's figures as computed now and its note.
 *
 * When the log is refreshed ("filled automatically"):
 * - recordDayNotes: its day;
 * - opening the daily-log sidebar: today only (refreshDailyLog server function with month ''): a few
 *   finder calls, whatever the size of the loan history;
 * - the sidebar's "Recompute the month" button: the month of the day shown (refreshMonth), recorded as
 *   logged whole once the month has ended (LOGGED_MONTHS_PROPERTY);
 * - the monthly report (and so the trigger on the 1st, which builds last month's): the month's days, from
 *   the inputs it has read (refreshDays), the month recorded as logged whole;
 * - a quarter's or a year's report: the months of its period and of the same period last year that are
 *   not recorded as logged whole, and the current month (refreshMonths), before it adds the log up.
 * A loan edited by hand in Sheets is counted again the next time one of these runs for its day; in a month
 * already logged whole, that is "Recompute the month" in the sidebar.
 */
import type { DailyLogRefreshedDto, DayFiguresDto, DayLogDto, DayNotesFormDto } from '../api';
import { isIsoDate, type IsoDate } from '../domain/dates';
import { UserError, type FieldError, type Validation } from '../domain/errors';
import { parsePeriod, type Period } from '../domain/periods';
import { readerGroup } from '../domain/reader';
import { dailyFigures, dailyLogRow, dayFigures, type DayFigures, type DayInputs, type VisitStat } from '../domain/statistics';
import { cleanText } from '../domain/text';
import { t } from '../i18n';
import type { JournalRow } from '../journals/codec';
import type { Workbook } from '../journals/workbook';
import { auditRow, writeAudit } from './audit';
import { type Env, setUpWorkbook, today } from './context';
import { readDayInputs } from './statistics-inputs';

export const DAY_NOTES_LIMITS = { count: 100, note: 500, earliestDate: '2000-01-01' } as const;

// ---- the log's cells (domain dailyLogRow: the computed columns, the issues by section with summary-book keys) ----

export function figuresDto(f: DayFigures): DayFiguresDto {
  return {
    date: f.date,
    readersServed: f.readersServed,
    newReaders: f.newReaders,
    visits: f.visits.total,
    issued: f.issues.total,
    issuedByGroup: { ...f.issues.byGroup },
    issuedBySection: { ...f.issues.bySection },
    sectionUnknown: f.issues.sectionUnknown,
    requestsFulfilled: f.requestsFulfilled,
    consultations: f.consultations,
    eventsHeld: f.eventsHeld,
    eventParticipants: f.eventParticipants,
  };
}

export interface LogIndex {
  /** Day → the first row holding it. */
  rows: Map<IsoDate, number>;
}

/** The log's rows by date, from rows read with their dates (the first row of a day holds it). */
export function logIndexOf(rows: ReadonlyArray<{ rowNumber: number; date: string }>): LogIndex {
  const index = new Map<IsoDate, number>();
  for (const r of rows) if (isIsoDate(r.date) && !index.has(r.date)) index.set(r.date, r.rowNumber);
  return { rows: index };
}

/** The log's rows by date: one read of the date column. */
function readLogIndex(wb: Workbook): LogIndex {
  return logIndexOf(wb.journal('dailyLog').readColumns(['date']).map((r) => ({ rowNumber: r.rowNumber, date: typeof r.values.date === 'string' ? r.values.date : '' })));
}

// ---- the months logged whole ------------------------------------------------------------------------------

/**
 * The months whose every day was recomputed after the month had ended (document property: "2026-04,
 * 2026-05,..."): by the monthly report (the trigger on the 1st builds it), "Recompute the month" in the
 * sidebar, or a report's gap filling. A quarter's or a year's report adds up the log of these months as it
 * is and recomputes the others first (usecases/reports.ts). A loan corrected by hand in such a month is
 * counted again only when the month is recomputed ("Recompute the month").
 */
export const LOGGED_MONTHS_PROPERTY = 'kitaphana.dailyLog.months';
/** The property's value stays under Apps Script's 9 KB a value: the latest months are kept. */
const LOGGED_MONTHS_KEPT = 900;

export function loggedMonths(env: Env): Set<string> {
  const raw = env.properties().getAll()[LOGGED_MONTHS_PROPERTY] ?? '';
  return new Set(raw.split(',').filter((m) => /^\d{4}-\d{2}$/.test(m)));
}

/** Records months as logged whole (those that have ended by `now`); one property write when something is new. */
export function markMonthsLogged(env: Env, months: readonly Period[], now: IsoDate, known: Set<string> = loggedMonths(env)): void {
  const ended = months.filter((m) => m.kind === 'monthly' && m.to < now && !known.has(m.key));
  if (ended.length === 0) return;
  const all = Array.from(new Set([...Array.from(known), ...ended.map((m) => m.key)])).sort();
  env.properties().set(LOGGED_MONTHS_PROPERTY, all.slice(-LOGGED_MONTHS_KEPT).join(','));
}

export interface Refreshed {
  from: IsoDate;
  to: IsoDate;
  updated: number;
  appended: number;
}

/**
 * Writes the log's rows of the days from `from` to `to`, computed from `inputs` (which must cover those
 * days): the days with activity and the days that have a row; `extra` sets other cells of some days'
 * rows (the note, by recordDayNotes only). One update of the existing rows, one append of the missing.
 * For a caller that already holds the lock and has read the inputs (the report builder).
 */
export function refreshDays(
  wb: Workbook,
  from: IsoDate,
  to: IsoDate,
  inputs: DayInputs,
  extra: ReadonlyMap<IsoDate, JournalRow> = new Map(),
  index: LogIndex = readLogIndex(wb),
): Refreshed {
  const log = wb.journal('dailyLog').prepare();
  const days = new Set<IsoDate>();
  for (const f of dailyFigures(from, to, inputs)) days.add(f.date);
  index.rows.forEach((_, d) => {
    if (d >= from && d <= to) days.add(d);
  });
  extra.forEach((_, d) => days.add(d));
  const updates: Array<{ rowNumber: number; values: JournalRow }> = [];
  const appends: JournalRow[] = [];
  for (const d of Array.from(days).sort()) {
    const values: JournalRow = { ...dailyLogRow(dayFigures(d, inputs)), ...(extra.get(d) ?? {}) };
    const rowNumber = index.rows.get(d);
    if (rowNumber !== undefined) updates.push({ rowNumber, values });
    else appends.push(values);
  }
  log.update(updates);
  log.append(appends);
  return { from, to, updated: updates.length, appended: appends.length };
}

/**
 * Recomputes whole months of the log (each up to today) for a caller that holds the lock: each month read
 * with the short-range reader (readDayInputs over its days: text finders, never the whole loan history),
 * all the reads before the writes. Returns the figures of the days computed (those with activity).
 */
export function refreshMonths(wb: Workbook, months: readonly Period[], now: IsoDate, index: LogIndex): DayFigures[] {
  const work = months
    .filter((m) => m.from <= now)
    .map((m) => {
      const to = m.to > now ? now : m.to;
      return { from: m.from, to, inputs: readDayInputs(wb, { from: m.from, to }, now) };
    });
  const out: DayFigures[] = [];
  for (const w of work) {
    refreshDays(wb, w.from, w.to, w.inputs, new Map(), index);
    out.push(...dailyFigures(w.from, w.to, w.inputs));
  }
  return out;
}

/** Recomputes the log of the days from `from` to `to` (the days after today are left out). */
export function refreshDailyLog(env: Env, from: IsoDate, to: IsoDate): Refreshed {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const now = today(env, wb);
    const last = to > now ? now : to;
    if (!isIsoDate(from) || !isIsoDate(to) || from > last) return { from, to: last, updated: 0, appended: 0 };
    const index = readLogIndex(wb);
    return refreshDays(wb, from, last, readDayInputs(wb, { from, to: last }, now), new Map(), index);
  });
}

/**
 * The sidebar's refresh. month "2026-11" ("Recompute the month": not after the current month, not before
 * 2000): that month up to today, recorded as logged whole once it has ended; the day's log comes with it
 * when `date` is a day of that month (from the same reads). month '': only the day `date` ('' today), as
 * the sidebar does when it opens (a day is a few finder calls; the month so far was ~1,500 calls at a big
 * library).
 */
export function refreshMonth(env: Env, month: string, date: string): DailyLogRefreshedDto {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const now = today(env, wb);
    const text = cleanText(month);
    if (text === '') {
      const checked = dayOf(date, now);
      if (checked.errors.length) throw UserError.of(checked.errors);
      const d = checked.date;
      const index = readLogIndex(wb);
      const inputs = readDayInputs(wb, { from: d, to: d }, now);
      const shown = dayLog(wb, d, now, inputs, index, dailyFigures(d, d, inputs).length > 0);
      const done = refreshDays(wb, d, d, inputs, new Map(), index);
      return { from: d, to: d, updated: done.updated, appended: done.appended, day: shown };
    }
    const period = parsePeriod(text, ['monthly']);
    if (!period) throw new UserError('dailyLog.error.month', {}, 'month');
    if (period.from > now) throw new UserError('error.dateFuture', {}, 'month');
    if (period.to < DAY_NOTES_LIMITS.earliestDate) throw new UserError('error.dateTooOld', { min: DAY_NOTES_LIMITS.earliestDate }, 'month');
    const to = period.to > now ? now : period.to;
    const index = readLogIndex(wb);
    const inputs = readDayInputs(wb, { from: period.from, to }, now);
    const d = cleanText(date);
    // The day's log before the writes (a read after a write would make Sheets commit first).
    const day = isIsoDate(d) && d >= period.from && d <= to ? dayLog(wb, d, now, inputs, index, dailyFigures(d, d, inputs).length > 0) : null;
    const done = refreshDays(wb, period.from, to, inputs, new Map(), index);
    markMonthsLogged(env, [period], now);
    return { from: done.from, to: done.to, updated: done.updated, appended: done.appended, day };
  });
}

// ---- the day ---------------------------------------------------------------------------------------------

/** The note of a logged day: one read of the note column (the log's rows are found by the date column). */
function noteOf(wb: Workbook, rowNumber: number | undefined): string {
  if (rowNumber === undefined) return '';
  const row = wb
    .journal('dailyLog')
    .readColumns(['note'])
    .find((r) => r.rowNumber === rowNumber);
  return row && row.values.note !== null && row.values.note !== undefined ? String(row.values.note) : '';
}

/** The day's figures from `inputs` and its note; logged: it has a row, or is about to get one (`willLog`). */
function dayLog(wb: Workbook, date: IsoDate, now: IsoDate, inputs: DayInputs, index: LogIndex, willLog = false): DayLogDto {
  const rowNumber = index.rows.get(date);
  return { figures: figuresDto(dayFigures(date, inputs)), note: noteOf(wb, rowNumber), logged: rowNumber !== undefined || willLog, today: now };
}

function dayOf(value: unknown, now: IsoDate, field = 'date'): { date: IsoDate; errors: FieldError[] } {
  const text = cleanText(value);
  const date = text === '' ? now : text;
  const errors: FieldError[] = [];
  if (!isIsoDate(date)) errors.push({ field, key: 'error.date' });
  else if (date > now) errors.push({ field, key: 'error.dateFuture' });
  else if (date < DAY_NOTES_LIMITS.earliestDate) errors.push({ field, key: 'error.dateTooOld', params: { min: DAY_NOTES_LIMITS.earliestDate } });
  return { date, errors };
}

/** A day's figures as computed now and its note. Read-only (no lock). */
export function getDayLog(env: Env, date: string): DayLogDto {
  const wb = setUpWorkbook(env);
  const now = today(env, wb);
  const checked = dayOf(date, now);
  if (checked.errors.length) throw UserError.of(checked.errors);
  const index = readLogIndex(wb);
  return dayLog(wb, checked.date, now, readDayInputs(wb, { from: checked.date, to: checked.date }, now), index);
}

export interface DayNotes {
  date: IsoDate;
  consultations: number;
  references: number;
  note: string;
}

function countOf(value: unknown): number | null {
  const s = typeof value === 'number' ? String(value) : cleanText(value);
  if (s === '') return 0;
  if (!/^\d{1,3}$/.test(s)) return null;
  const n = Number(s);
  return n <= DAY_NOTES_LIMITS.count ? n : null;
}

/** The form: a day not in the future nor before 2000 ('' today), whole numbers 0-100, a note of at most 500 characters. */
export function validateDayNotes(form: Partial<DayNotesFormDto> | null | undefined, now: IsoDate): Validation<DayNotes> {
  const f = form ?? {};
  const { date, errors } = dayOf(f.date, now);
  const consultations = countOf(f.consultations);
  if (consultations === null) errors.push({ field: 'consultations', key: 'dailyLog.error.count', params: { max: DAY_NOTES_LIMITS.count } });
  const references = countOf(f.references);
  if (references === null) errors.push({ field: 'references', key: 'dailyLog.error.count', params: { max: DAY_NOTES_LIMITS.count } });
  const note = cleanText(f.note);
  if (note.length > DAY_NOTES_LIMITS.note) errors.push({ field: 'note', key: 'error.tooLong', params: { max: DAY_NOTES_LIMITS.note } });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { date, consultations: consultations!, references: references!, note } };
}

/** Adds the day's consultations and reference answers (visits rows), sets its note, recomputes its row. */
export function recordDayNotes(env: Env, form: DayNotesFormDto): DayLogDto {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const now = today(env, wb);
    const checked = validateDayNotes(form, now);
    if (!checked.ok) throw UserError.of(checked.errors);
    const notes = checked.value;

    const index = readLogIndex(wb); // the log's header and last row with it (prepare is then free)
    const visits = wb.journal('visits').prepare();
    wb.journal('dailyLog').prepare();
    wb.journal('auditLog').prepare();
    const inputs = readDayInputs(wb, { from: notes.date, to: notes.date }, now);

    const group = readerGroup('other', '');
    const visitNote = t(wb.lang, 'dailyLog.visitNote');
    const added: VisitStat[] = [
      ...Array.from({ length: notes.consultations }, () => ({ date: notes.date, ticketNo: null, readerGroup: group, kind: 'consultation', people: 1 })),
      ...Array.from({ length: notes.references }, () => ({ date: notes.date, ticketNo: null, readerGroup: group, kind: 'reference', people: 1 })),
    ];
    const withAdded: DayInputs = { ...inputs, visits: [...inputs.visits, ...added] };

    visits.append(added.map((v) => ({ date: v.date, ticketNo: null, readerGroup: v.readerGroup, kind: v.kind, people: v.people, note: visitNote })));
    refreshDays(wb, notes.date, notes.date, withAdded, new Map([[notes.date, { note: notes.note }]]), index);
    writeAudit(wb, [
      auditRow(env, 'recordDayNotes', 'dailyLog', notes.date, { consultations: notes.consultations, references: notes.references, note: notes.note !== '' }),
    ]);
    return { figures: figuresDto(dayFigures(notes.date, withAdded)), note: notes.note, logged: true, today: now };
  });
}
