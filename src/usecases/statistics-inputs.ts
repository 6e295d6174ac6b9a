/**
 * The journals read into the plain rows src/domain/statistics.ts counts (no reader's name goes in):
 * shared by the daily work log (a day, the current month so far) and the statistical reports (a month,
 * a quarter, a year, each with the same period last year). Read-only: the caller holds the document lock
 * when it writes what it computes.
 *
 *   readDayInputs(wb, ranges, today)        DayInputs: what the daily log's figures need
 *   readStatisticsInputs(wb, ranges, today) StatisticsInputs: that, plus the fund, exhibitions and plans
 *                                            (without the loans for a report added up from the daily log)
 *   readLoggedDays(wb)                       the daily log's rows, read back (a quarter's, a year's report)
 *
 * `ranges` is one range of days { from, to } or several (a report passes its period and the same period
 * last year: [current, lastYear], which reads less than one range spanning both). Rows of the dated
 * journals are returned when they matter to some day of the ranges; the figures of days outside them are
 * not meaningful. `today` (the library's today) only chooses how to read the loan history: pass it.
 *
 * How each journal is read, with the fewest calls and cells (the loan history holds 60,000 rows at a big
 * library; a cell read costs ~0.1 ms, a read call ~1.7 ms, bench/latency-model.ts):
 *
 * - **Loan history** (loanHistory): a loan matters when it was issued or returned on a day of the ranges.
 *   Short ranges are looked up with Sheets' text finder on the date columns (the days as the cells display
 *   them, dd.MM.yyyy, or typed as text: 27.11.2026, 2026-11-27), then the rows found are read (one read
 *   per run of adjacent rows; the history is appended to on return, so they are mostly one run):
 *   - the days from the first day to today, when fewer than FINDER_DAYS / 2 (the current month so far, a
 *     recent day): one finder on returnedOn (a loan issued since then and returned was returned since);
 *   - else ranges of at most FINDER_DAYS days in all (a past month, a past day): two finders, issuedOn and
 *     returnedOn, on those days (a row found by both is read twice);
 *   - else (a quarter, a year, with last year) the needed columns of every row (loanId to returnedOn,
 *     readerGroup and section: 9 of the 12 columns, two reads; readKeys): 540,000 cells, ~60 s at a big
 *     library. The reports of a quarter or a year therefore do not read loans at all: they add up the
 *     daily log (readLoggedDays; usecases/reports.ts), whose months are each computed with the finders.
 *   Caveat of the finder: a date column the librarian reformatted (not dd.MM.yyyy) is not found by it.
 * - **Visits**: the same choice, on the date column (a row per visit: it grows by thousands a year).
 * - **Open loans** (loans, a few hundred rows) and **events**: the same choice, on issuedOn and date; read
 *   whole, loanId to issuedOn and readerGroup+section (two reads), the events in one.
 *   **Exhibitions**, **plans**, **summary book parts 1 and 2**: small journals, one read each.
 *   The fund needs every entry since the fund's start (part 3's rule), the plans every row (a quarter
 *   sums its months' plans).
 * - **Readers**: for the daily log those registered on the days (the same choice, on registeredOn), and the
 *   category and class of the few readers whose loans or visits did not record their group (rows older
 *   than template version 2), found by ticket. For a report, every reader (the indicators' base):
 *   ticket+category+class and registration+re-registration+status, two reads.
 * - **Catalogue**: only the titles of loans that did not record their section, found by id.
 *
 * Robust to what the librarian typed by hand: a date typed as text ("27.11.2026" or "2026-11-27") is
 * read as that day (codec), one that cannot be read leaves the row out of that day's counts; a number
 * typed as text is read as the number; an unknown option label is kept as it is and counted by the
 * domain's fallback (the reader's group today, section unknown, visit kind 'other'); an empty "people"
 * cell is one person; a loan whose ticket cannot be read still counts as an issue, each such row as a
 * reader of its own.
 */
import { READER_GROUPS, SECTIONS } from '../../sheets-template/options';
import { addDays, daysBetween, daysInMonth, isIsoDate, type IsoDate } from '../domain/dates';
import { breakdownFromRow } from '../domain/fund';
import { LOG_FIGURE_KEYS, loggedDayFromCells } from '../domain/statistics';
import type {
  DayInputs,
  LoggedDay,
  EventStat,
  ExhibitionStat,
  FundEntry,
  LoanStat,
  PlanStat,
  ReaderStat,
  StatisticsInputs,
  TitleSection,
  VisitStat,
} from '../domain/statistics';
import type { FieldValue, JournalRow } from '../journals/codec';
import type { JournalTable } from '../journals/table';
import { Settings } from '../journals/settings';
import { schoolYearEndFrom } from '../domain/loans';
import type { Workbook } from '../journals/workbook';

export interface DayRange {
  from: IsoDate;
  to: IsoDate;
}

/** At most this many days are looked up with the text finder; longer ranges are read column by column. */
export const FINDER_DAYS = 62;

const GROUP_CODES: readonly string[] = READER_GROUPS.map((o) => o.code);
const SECTION_CODES: readonly string[] = SECTIONS.map((o) => o.code);

const LOAN_KEYS = ['loanId', 'ticketNo', 'titleId', 'issuedOn', 'returnedOn', 'readerGroup', 'section'] as const;
const VISIT_KEYS = ['date', 'ticketNo', 'readerGroup', 'kind', 'people'] as const;

// ---- cells, as typed ----------------------------------------------------------------------------------

function day(v: FieldValue | undefined): IsoDate | '' {
  return typeof v === 'string' && isIsoDate(v.trim()) ? v.trim() : '';
}

function positiveInt(v: FieldValue | undefined): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n > 0 ? n : null;
}

function number(v: FieldValue | undefined): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v.replace(',', '.').replace(/\s/g, '')) : NaN;
  return Number.isFinite(n) ? n : null;
}

function code(v: FieldValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function idOf(v: FieldValue | undefined): number | string {
  const n = positiveInt(v);
  return n !== null ? n : code(v);
}

// ---- ranges ---------------------------------------------------------------------------------------------

function asRanges(ranges: DayRange | readonly DayRange[]): DayRange[] {
  const list = Array.isArray(ranges) ? (ranges as readonly DayRange[]) : [ranges as DayRange];
  return list.filter((r) => isIsoDate(r.from) && isIsoDate(r.to) && r.from <= r.to);
}

function inRanges(d: IsoDate | '', ranges: readonly DayRange[]): boolean {
  return d !== '' && ranges.some((r) => d >= r.from && d <= r.to);
}

/** The days of the ranges, each once, in order. */
function daysOf(ranges: readonly DayRange[]): IsoDate[] {
  const all = new Set<IsoDate>();
  for (const r of ranges) for (let d = r.from; d <= r.to; d = addDays(d, 1)) all.add(d);
  return Array.from(all).sort();
}

function dayCount(ranges: readonly DayRange[]): number {
  let n = 0;
  for (const r of ranges) n += daysBetween(r.from, r.to) + 1;
  return n;
}

/** "0?5" for "05" (typed 5.11.2026 or 05.11.2026), "11" for "11". */
function twoDigits(dd: string): string {
  return dd.startsWith('0') ? `0?${dd.slice(1)}` : dd;
}

/**
 * A regular expression matching the whole cell of any of these days as a date cell displays it (the
 * template's dd.MM.yyyy) or as a day typed as text (27.11.2026, 5.1.2026, 2026-11-27). The days of a
 * whole month are written as the month.
 */
export function daysRegex(days: readonly IsoDate[]): string {
  const byMonth = new Map<string, IsoDate[]>();
  for (const d of days) byMonth.set(d.slice(0, 7), [...(byMonth.get(d.slice(0, 7)) ?? []), d]);
  const parts: string[] = [];
  byMonth.forEach((list, key) => {
    const [yyyy, mm] = [key.slice(0, 4), key.slice(5, 7)];
    const whole = list.length === daysInMonth(Number(yyyy), Number(mm));
    const dd = whole ? '\\d{1,2}' : `(?:${list.map((d) => twoDigits(d.slice(8, 10))).join('|')})`;
    const isoDd = whole ? '\\d{2}' : `(?:${list.map((d) => d.slice(8, 10)).join('|')})`;
    parts.push(`${dd}\\.${twoDigits(mm)}\\.${yyyy}`, `${yyyy}-${mm}-${isoDd}`);
  });
  return `(?:${parts.join('|')})`;
}

// ---- reading --------------------------------------------------------------------------------------------

/**
 * The given columns of every row, merged by row: one readColumns per run of columns that lie at most
 * `maxGap` columns apart in the template (a column the librarian moved only makes a run read wider, never
 * wrong). Each read also asks the sheet its last row, priced like ~1,400 cells (bench/latency-model.ts
 * "extent"): a big journal skips gaps of 3 columns and more (maxGap 2), a small one is read in one span
 * (maxGap Infinity).
 */
export function readKeys(table: JournalTable, keys: readonly string[], maxGap = 2): JournalRow[] {
  const order = table.def.columns.map((c) => c.key as string);
  const sorted = [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const runs: string[][] = [];
  for (const key of sorted) {
    const last = runs[runs.length - 1];
    if (last && order.indexOf(key) - order.indexOf(last[last.length - 1]) - 1 <= maxGap) last.push(key);
    else runs.push([key]);
  }
  const byRow = new Map<number, JournalRow>();
  for (const run of runs) {
    for (const r of table.readColumns(run)) byRow.set(r.rowNumber, { ...(byRow.get(r.rowNumber) ?? {}), ...r.values });
  }
  return Array.from(byRow.keys())
    .sort((a, b) => a - b)
    .map((n) => ({ ...byRow.get(n)!, __row: n }));
}

/** The rows whose `dateKeys` cells fall on `days`, found by Sheets and read (each row once, with its row number). */
function findOnDays(table: JournalTable, dateKeys: readonly string[], days: readonly IsoDate[]): JournalRow[] {
  const regex = daysRegex(days);
  const byRow = new Map<number, JournalRow>();
  for (const key of dateKeys) for (const r of table.findMatching(key, regex, Infinity).rows) byRow.set(r.rowNumber, r.values);
  return Array.from(byRow.keys())
    .sort((a, b) => a - b)
    .map((n) => ({ ...byRow.get(n)!, __row: n }));
}

/** The rows of a dated journal that may matter to the ranges: found by their days when few, else read column by column. */
function datedRows(table: JournalTable, keys: readonly string[], dateKeys: readonly string[], ranges: readonly DayRange[], maxGap = 2): JournalRow[] {
  if (ranges.length === 0) return [];
  return dayCount(ranges) <= FINDER_DAYS ? findOnDays(table, dateKeys, daysOf(ranges)) : readKeys(table, keys, maxGap);
}

function rowNo(r: JournalRow): number {
  return Number(r.__row);
}

function loanStat(r: JournalRow, journal: 'loans' | 'loanHistory'): LoanStat {
  const ticket = positiveInt(r.ticketNo);
  return {
    loanId: idOf(r.loanId),
    // A ticket that cannot be read: a reader of its own, apart from every real ticket.
    ticketNo: ticket ?? -(rowNo(r) + (journal === 'loans' ? 0 : 10_000_000)),
    titleId: idOf(r.titleId),
    issuedOn: day(r.issuedOn),
    returnedOn: day(r.returnedOn),
    readerGroup: code(r.readerGroup),
    section: code(r.section),
  };
}

/** Loans issued or returned on a day of the ranges: the open loans, then the history (the later row wins in the domain). */
function readLoans(wb: Workbook, ranges: readonly DayRange[], today: IsoDate): LoanStat[] {
  const open = datedRows(wb.journal('loans'), ['loanId', 'ticketNo', 'titleId', 'issuedOn', 'readerGroup', 'section'], ['issuedOn'], ranges);
  const history = wb.journal('loanHistory');
  const first = ranges.reduce((a, r) => (r.from < a ? r.from : a), ranges[0].from);
  let closed: JournalRow[];
  if (first <= today && daysBetween(first, today) < FINDER_DAYS / 2) {
    // Every loan issued on a day of the ranges and returned since was returned on or after the first day.
    closed = findOnDays(history, ['returnedOn'], daysOf([{ from: first, to: today }]));
  } else {
    closed = datedRows(history, LOAN_KEYS, ['issuedOn', 'returnedOn'], ranges);
  }
  const out: LoanStat[] = [];
  for (const r of open) {
    const l = loanStat(r, 'loans');
    if (inRanges(l.issuedOn, ranges)) out.push({ ...l, returnedOn: '' });
  }
  for (const r of closed) {
    const l = loanStat(r, 'loanHistory');
    if (inRanges(l.issuedOn, ranges) || inRanges(l.returnedOn, ranges)) out.push(l);
  }
  return out;
}

function readVisits(wb: Workbook, ranges: readonly DayRange[]): VisitStat[] {
  const out: VisitStat[] = [];
  for (const r of datedRows(wb.journal('visits'), VISIT_KEYS, ['date'], ranges)) {
    const date = day(r.date);
    if (!inRanges(date, ranges)) continue;
    const people = number(r.people);
    out.push({ date, ticketNo: positiveInt(r.ticketNo), readerGroup: code(r.readerGroup), kind: code(r.kind), people: people === null ? 1 : people });
  }
  return out;
}

/** Events held on a day of the ranges: one planned for later (dated after today) is not held yet. */
function readEvents(wb: Workbook, ranges: readonly DayRange[], today: IsoDate): EventStat[] {
  const out: EventStat[] = [];
  for (const r of datedRows(wb.journal('events'), ['kind', 'date', 'participants'], ['date'], ranges, Infinity)) {
    const date = day(r.date);
    if (date && date <= today && inRanges(date, ranges)) out.push({ date, kind: code(r.kind), participants: number(r.participants) ?? 0 });
  }
  return out;
}

function readerStat(r: JournalRow): ReaderStat | null {
  const ticketNo = positiveInt(r.ticketNo);
  if (ticketNo === null) return null;
  return {
    ticketNo,
    category: code(r.category),
    grade: code(r.grade),
    registeredOn: day(r.registeredOn),
    reRegisteredOn: day(r.reRegisteredOn),
    status: code(r.status),
  };
}

/** The category and class of the readers of loans and visits that did not record their group. */
function readersByTicket(wb: Workbook, loans: readonly LoanStat[], visits: readonly VisitStat[]): Map<number, { row: number; stat: ReaderStat }> {
  const wanted = new Set<number>();
  for (const l of loans) if (GROUP_CODES.indexOf(l.readerGroup) < 0 && l.ticketNo > 0) wanted.add(l.ticketNo);
  for (const v of visits) if (GROUP_CODES.indexOf(v.readerGroup) < 0 && v.ticketNo !== null) wanted.add(v.ticketNo);
  const out = new Map<number, { row: number; stat: ReaderStat }>();
  if (wanted.size === 0) return out;
  for (const r of wb.journal('readers').findBy('ticketNo', Array.from(wanted))) {
    const stat = readerStat(r.values);
    if (stat) out.set(r.rowNumber, { row: r.rowNumber, stat });
  }
  return out;
}

/** The sections of the titles of loans that did not record theirs. */
function readTitles(wb: Workbook, loans: readonly LoanStat[]): TitleSection[] {
  const ids = new Set<string>();
  for (const l of loans) if (SECTION_CODES.indexOf(l.section) < 0 && l.titleId !== undefined && l.titleId !== '') ids.add(String(l.titleId));
  if (ids.size === 0) return [];
  return wb
    .journal('catalog')
    .findBy('titleId', Array.from(ids))
    .map((r) => ({ titleId: idOf(r.values.titleId), section: code(r.values.section) }));
}

/**
 * What the daily log's figures need for the days of `ranges`: the loans issued or returned on them, the
 * visits and events of those days, the readers registered on them (and the few readers whose rows did
 * not record their group), the sections of loans that did not record theirs.
 */
export function readDayInputs(wb: Workbook, ranges: DayRange | readonly DayRange[], today: IsoDate): DayInputs {
  const list = asRanges(ranges);
  if (list.length === 0) return { readers: [], loans: [], visits: [], events: [], titles: [] };
  const loans = readLoans(wb, list, today);
  const visits = readVisits(wb, list);
  const events = readEvents(wb, list, today);

  // New readers: those registered on the days (found by the date when the days are few).
  const readers = new Map<number, ReaderStat>();
  for (const r of datedRows(wb.journal('readers'), ['registeredOn'], ['registeredOn'], list)) {
    const registeredOn = day(r.registeredOn);
    if (!inRanges(registeredOn, list)) continue;
    readers.set(rowNo(r), readerStat(r) ?? { ticketNo: -rowNo(r), category: '', grade: '', registeredOn, reRegisteredOn: '', status: '' });
  }
  readersByTicket(wb, loans, visits).forEach(({ row, stat }) => readers.set(row, stat));
  return { readers: Array.from(readers.values()), loans, visits, events, titles: readTitles(wb, loans) };
}

function fundEntries(table: JournalTable): FundEntry[] {
  return table
    .readAll()
    .filter((r) => day(r.values.date) !== '')
    .map((r) => ({ date: day(r.values.date) as IsoDate, figures: breakdownFromRow(r.values) }));
}

/**
 * The plans' indicator rows. A month typed as "2026-11" into a cell Sheets turned into a date reads as
 * "2026-11-01": it is that month (as the plan Doc reads it, plans.ts rowPeriod).
 */
function readPlans(table: JournalTable): PlanStat[] {
  const periodOf = (v: FieldValue | undefined) => {
    const p = code(v);
    return /^\d{4}-\d{2}-01$/.test(p) ? p.slice(0, 7) : p;
  };
  return readKeys(table, ['period', 'kind', 'indicator', 'planned'], Infinity)
    .filter((r) => code(r.kind) === 'indicator')
    .map((r) => ({ period: periodOf(r.period), kind: code(r.kind), indicator: code(r.indicator), planned: number(r.planned) }));
}

/**
 * What a statistical report needs for the days of `ranges` (the period and the same period last year):
 * readDayInputs' rows, with every reader (the indicators' base), the summary book's parts 1 and 2 since
 * the fund's start, the exhibitions and both plans. Read-only; under the caller's lock if it writes.
 * `withLoans` false: no loan is read (a report added up from the daily log: readLoggedDays).
 */
export function readStatisticsInputs(wb: Workbook, ranges: DayRange | readonly DayRange[], today: IsoDate, withLoans = true): StatisticsInputs {
  const list = asRanges(ranges);
  const loans = list.length && withLoans ? readLoans(wb, list, today) : [];
  const visits = list.length ? readVisits(wb, list) : [];
  const events = list.length ? readEvents(wb, list, today) : [];
  // A leaver is on the register until the end of the library's school year of the last (re)registration:
  // re-registered on 25 August 2025 with the year ending on 05-31, a graduate leaves on 31 May 2026.
  const yearEnd = Settings.read(wb).text('schoolYearEnd');
  const readers = readKeys(wb.journal('readers'), ['ticketNo', 'category', 'grade', 'registeredOn', 'reRegisteredOn', 'status'])
    .map(readerStat)
    .filter((r): r is ReaderStat => r !== null && r.registeredOn !== '')
    .map((r) => {
      if (r.status !== 'left') return r;
      const last = r.reRegisteredOn && r.reRegisteredOn > r.registeredOn ? r.reRegisteredOn : r.registeredOn;
      const until = schoolYearEndFrom(last, yearEnd);
      return until ? { ...r, onRegisterUntil: until } : r;
    });
  const exhibitions: ExhibitionStat[] = readKeys(wb.journal('exhibitions'), ['dateFrom', 'dateTo'], Infinity)
    .map((r) => ({ dateFrom: day(r.dateFrom), dateTo: day(r.dateTo) }))
    .filter((x): x is ExhibitionStat => x.dateFrom !== '');
  return {
    readers,
    loans,
    visits,
    events,
    titles: readTitles(wb, loans),
    exhibitions,
    receipts: fundEntries(wb.journal('summaryBookReceipts')),
    withdrawals: fundEntries(wb.journal('summaryBookWithdrawals')),
    plans: [...readPlans(wb.journal('monthlyPlan')), ...readPlans(wb.journal('annualPlan'))],
  };
}

/** A row of the daily log as read back, with its row number. */
export interface LogRow {
  rowNumber: number;
  day: LoggedDay;
}

/**
 * Every dated row of the daily work log, its computed columns (one read of the date to eventsHeld
 * columns: a school library logs ~170 days a year, a few thousand cells). A count typed by hand as text
 * is read as the number; an empty or unreadable cell as 0; a row whose date cannot be read is left out.
 */
export function readLoggedDays(wb: Workbook): LogRow[] {
  const out: LogRow[] = [];
  for (const r of readKeys(wb.journal('dailyLog'), ['date', ...LOG_FIGURE_KEYS], Infinity)) {
    const date = day(r.date);
    if (date) out.push({ rowNumber: rowNo(r), day: loggedDayFromCells(date, (key) => number(r[key]) ?? 0) });
  }
  return out;
}
