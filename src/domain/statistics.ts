/**
 * The library's figures: the daily work log's row for a day, and the statistical report (monthly,
 * quarterly, annual, school year) for a period beside the same period last year. Pure and deterministic:
 * the use case reads the journals into the plain rows below (ISO days, codes, numbers; no reader's name
 * ever enters here, so whatever is built from these figures holds aggregates only) and the same rows
 * always give the same figures, so recomputing a day or a report changes nothing unless a journal did.
 *
 * What is counted, and how (shared/JOURNALS.md "Daily work log", "Statistical indicators"; seed guide
 * "Organisational documents" 1 and 4):
 *
 * - **Books issued** (книговыдача): loans (open ones and the loan history alike) issued on the day or in
 *   the period, by the reader group and the fund section the loan recorded when it was issued (so an
 *   old loan stays where it was counted after the reader moves up a class); a loan without them (rows
 *   older than template version 2) falls back to the reader's group today and its title's section. A
 *   renewal is not a new issue (the loan keeps no renewal dates to place it in a period).
 * - **Visits** (посещения): the people of every `visits` row (reading room, consultation, reference
 *   request, other), plus one visit for each reader who borrowed or returned a book that day and has no
 *   `visits` row that day (the visits journal holds visits without a loan; a reader who came for a
 *   book came once). Event participants are counted apart (events), not as visits.
 * - **Readers served** (обслужено читателей, a day's figure): the distinct readers (by ticket) who
 *   borrowed or returned a book or have a visit that day, plus the people of visits where nobody was
 *   named (a class in the reading room: they cannot be told apart, each person counts once per row).
 * - **Requests fulfilled**: visit rows of kind 'reference' (one row, one answered request, whatever the
 *   size of the group that asked); **consultations**: visit rows of kind 'consultation'.
 * - **Events held**: events dated on the day or in the period; **exhibitions held**: those opened
 *   (dateFrom) in the period, and apart from them those on view at some day of the period.
 * - **Readers** (число читателей, the base of the indicators): readers on the register at some day of
 *   the period. Library statistics count registered readers: those recorded or re-registered in the
 *   reporting year (the usual formulas divide "issues in the year" by "readers registered in the year";
 *   circulation divides by the fund at the end of the year). A school library re-registers its readers
 *   every school year (setting lastReRegistration), so a reader is on the register from the day of
 *   registration; one marked 'left' (a leaver, not re-registered) stays on it until the end of the
 *   school year of the last registration or re-registration (the formular keeps no date of leaving).
 *   In an annual report that is every reader registered or re-registered in the year, plus the readers
 *   of the school year that was running on 1 January, who borrowed in its spring. The readers' category
 *   and group are today's (the formular keeps only the current class).
 * - **Indicators**: reading rate = issues ÷ readers; attendance = visits ÷ readers; circulation =
 *   issues ÷ copies in the fund at the end of the period; book provision = copies at the end ÷ readers.
 *   Rounded to 2 decimals; null when the divisor is 0 (nothing to divide by, shown as a dash).
 * - **Fund**: from parts 1 and 2 of the summary accounting book, with part 3's own rule (fundMovement):
 *   at the start of the period = part 3's "at the start of the year" plus what came in and went out in
 *   that year before the period; at the end = at the start + received − withdrawn. For a calendar year
 *   these are exactly part 3's four lines.
 * - **Plan vs actual**: the planned figures are the plans' 'indicator' rows (PLAN_INDICATORS) whose
 *   period is the report's ("2026-11" in the monthly plan, "2025-2026" or "2026" in the annual plan);
 *   a period with no row of its own sums the monthly plans of its months (the number of readers is not a
 *   sum: the latest month's). Percent = actual ÷ planned × 100, to 1 decimal; null with no plan.
 */
import {
  EVENT_KINDS,
  PLAN_INDICATORS,
  READER_CATEGORIES,
  READER_GROUPS,
  SECTIONS,
  SUMMARY_SECTION_KEY,
  VISIT_KINDS,
  type DocType,
  type EventKind,
  type PlanIndicator,
  type ReaderCategory,
  type ReaderGroup,
  type SectionCode,
  type VisitKind,
} from '../../sheets-template/options';
import type { BookLanguage } from './bibliographic';
import { addDays, isIsoDate, type IsoDate } from './dates';
import { addBreakdown, addCopies, emptyBreakdown, fundMovement, type Breakdown, type Tiyn } from './fund';
import { monthsOf, parsePeriod, periodOf, sameLastYear, type Period } from './periods';
import { readerGroup } from './reader';

// ---- the rows the use case reads ------------------------------------------------------------------

/** A reader formular, without the name (readers journal). */
export interface ReaderStat {
  ticketNo: number;
  category: string;
  grade: string;
  registeredOn: IsoDate;
  reRegisteredOn: IsoDate | '';
  /** 'active' | 'left' (READER_STATUSES); anything else counts as active. */
  status: string;
  /**
   * For a reader who has left: the last day on the register, the end of the library's school year (the
   * setting schoolYearEnd) of the last registration or re-registration. Without it, a 1 September – 31 August
   * school year is assumed.
   */
  onRegisterUntil?: IsoDate;
}

/** A loan, open (loans) or closed (loanHistory). */
export interface LoanStat {
  /** When given, a loan read from both journals (moved while reading) is counted once. */
  loanId?: number | string;
  ticketNo: number;
  titleId?: number | string;
  issuedOn: IsoDate;
  returnedOn: IsoDate | '';
  /** READER_GROUPS code recorded at issue time; '' on older rows. */
  readerGroup: string;
  /** SECTIONS code recorded at issue time; '' on older rows. */
  section: string;
}

/** A visit without a loan (visits journal). ticketNo null: a group, nobody named. */
export interface VisitStat {
  date: IsoDate;
  ticketNo: number | null;
  readerGroup: string;
  kind: string;
  people: number;
}

export interface EventStat {
  date: IsoDate;
  kind: string;
  participants: number;
}

export interface ExhibitionStat {
  dateFrom: IsoDate;
  dateTo: IsoDate | '';
}

/** A catalogue title's section, for loans that did not record theirs. */
export interface TitleSection {
  titleId: number | string;
  section: string;
}

/** A row of summary-book part 1 (receipts) or part 2 (withdrawals): its date and figures (breakdownFromRow). */
export interface FundEntry {
  date: IsoDate;
  figures: Breakdown;
}

/** A row of the monthly or the annual plan. Only kind 'indicator' rows with a planned figure count. */
export interface PlanStat {
  period: string;
  kind: string;
  indicator: string;
  planned: number | null;
}

/** What the daily log needs. */
export interface DayInputs {
  readers: readonly ReaderStat[];
  loans: readonly LoanStat[];
  visits: readonly VisitStat[];
  events: readonly EventStat[];
  titles?: readonly TitleSection[];
}

/** What a report needs: the daily log's rows and the fund, the exhibitions and the plans. */
export interface StatisticsInputs extends DayInputs {
  exhibitions: readonly ExhibitionStat[];
  receipts: readonly FundEntry[];
  withdrawals: readonly FundEntry[];
  plans: readonly PlanStat[];
  /**
   * The daily work log's rows of the days (a quarter's, a year's: "The period from the daily log"
   * below). When given, the books issued, the visits in all, the requests and the consultations are
   * added up from them and `loans` is not used; the visits by kind still come from `visits`, the
   * events from `events`.
   */
  days?: readonly LoggedDay[];
}

/**
 * A row of the daily work log as it is read back (dailyLog's computed columns): what the log keeps of a
 * day's figures (dayFigures). The issues without a section are those the log counts in booksIssued and
 * in no section column.
 */
export interface LoggedDay {
  date: IsoDate;
  readersServed: number;
  newReaders: number;
  visits: number;
  issues: IssueCounts;
  requestsFulfilled: number;
  consultations: number;
  eventsHeld: number;
}

// ---- the figures -------------------------------------------------------------------------------------

export type VisitPurpose = VisitKind | 'loan';

export interface IssueCounts {
  total: number;
  byGroup: Record<ReaderGroup, number>;
  bySection: Record<SectionCode, number>;
  /** Issues whose section is known neither from the loan nor from the catalogue. */
  sectionUnknown: number;
}

export interface VisitCounts {
  /** People. */
  total: number;
  byGroup: Record<ReaderGroup, number>;
  /**
   * Of `total`, the people whose group is not known: in a period added up from the daily log, the
   * readers who came for a book (the log keeps their number, not their group). 0 (or absent) otherwise.
   */
  groupUnknown?: number;
  /** 'loan': came to borrow or return a book (no visit row that day). */
  byPurpose: Record<VisitPurpose, number>;
}

export interface DayFigures {
  date: IsoDate;
  readersServed: number;
  newReaders: number;
  visits: VisitCounts;
  issues: IssueCounts;
  requestsFulfilled: number;
  consultations: number;
  eventsHeld: number;
  eventParticipants: number;
}

export interface FundFigures {
  atStart: Breakdown;
  received: Breakdown;
  withdrawn: Breakdown;
  atEnd: Breakdown;
}

export interface ReaderFigures {
  /** On the register at some day of the period: the indicators' base. */
  total: number;
  /** On the register on the last day of the period. */
  atEnd: number;
  /** Registered in the period. */
  newInPeriod: number;
  /** Of `total`, by category and by group. */
  byCategory: Record<ReaderCategory, number>;
  byGroup: Record<ReaderGroup, number>;
}

export interface Indicators {
  readingRate: number | null;
  attendance: number | null;
  circulation: number | null;
  bookProvision: number | null;
}

export interface PlanLine {
  indicator: PlanIndicator;
  planned: number | null;
  actual: number;
  percent: number | null;
}

export interface PeriodFigures {
  period: Period;
  fund: FundFigures;
  readers: ReaderFigures;
  visits: VisitCounts;
  issues: IssueCounts;
  requestsFulfilled: number;
  consultations: number;
  events: { held: number; participants: number; byKind: Record<EventKind, number> };
  exhibitions: { opened: number; onView: number };
  indicators: Indicators;
  plan: PlanLine[];
}

export interface PeriodReport {
  current: PeriodFigures;
  lastYear: PeriodFigures;
}

// ---- helpers -------------------------------------------------------------------------------------------

const GROUPS = READER_GROUPS.map((o) => o.code) as readonly ReaderGroup[];
const SECTION_CODES = SECTIONS.map((o) => o.code) as readonly SectionCode[];
const VISIT_KIND_CODES = VISIT_KINDS.map((o) => o.code) as readonly VisitKind[];
const PURPOSES: readonly VisitPurpose[] = [...VISIT_KIND_CODES, 'loan'];
const EVENT_KIND_CODES = EVENT_KINDS.map((o) => o.code) as readonly EventKind[];
const CATEGORIES = READER_CATEGORIES.map((o) => o.code) as readonly ReaderCategory[];
const INDICATORS = PLAN_INDICATORS.map((o) => o.code) as readonly PlanIndicator[];

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  const r = {} as Record<K, number>;
  for (const k of keys) r[k] = 0;
  return r;
}

function isOneOf<K extends string>(keys: readonly K[], v: unknown): v is K {
  return typeof v === 'string' && (keys as readonly string[]).indexOf(v) >= 0;
}

function count(n: unknown): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
}

/** a ÷ b rounded half up to 2 decimals; null when b is 0. */
export function ratio(a: number, b: number): number | null {
  if (!(b > 0)) return null;
  return Math.round((a * 100) / b) / 100;
}

/** a ÷ b as a percent rounded to 1 decimal; null when b is 0 or missing. */
export function percent(a: number, b: number | null): number | null {
  if (b === null || !(b > 0)) return null;
  return Math.round((a * 1000) / b) / 10;
}

function emptyIssues(): IssueCounts {
  return { total: 0, byGroup: zeroes(GROUPS), bySection: zeroes(SECTION_CODES), sectionUnknown: 0 };
}

function emptyVisits(): VisitCounts {
  return { total: 0, byGroup: zeroes(GROUPS), byPurpose: zeroes(PURPOSES) };
}

function addIssues(into: IssueCounts, b: IssueCounts): void {
  into.total += b.total;
  into.sectionUnknown += b.sectionUnknown;
  for (const g of GROUPS) into.byGroup[g] += b.byGroup[g];
  for (const s of SECTION_CODES) into.bySection[s] += b.bySection[s];
}

function addVisits(into: VisitCounts, b: VisitCounts): void {
  into.total += b.total;
  for (const g of GROUPS) into.byGroup[g] += b.byGroup[g];
  for (const p of PURPOSES) into.byPurpose[p] += b.byPurpose[p];
}

/** Looks up what older loan and visit rows did not record. */
class Lookup {
  private readonly readers = new Map<number, ReaderStat>();
  private readonly sections = new Map<string, string>();
  constructor(inputs: DayInputs) {
    for (const r of inputs.readers) this.readers.set(r.ticketNo, r);
    for (const t of inputs.titles ?? []) this.sections.set(String(t.titleId), t.section);
  }
  group(recorded: string, ticketNo: number | null): ReaderGroup {
    if (isOneOf(GROUPS, recorded)) return recorded;
    const r = ticketNo === null ? undefined : this.readers.get(ticketNo);
    return r ? readerGroup(r.category, r.grade) : 'others';
  }
  section(recorded: string, titleId: number | string | undefined): SectionCode | null {
    if (isOneOf(SECTION_CODES, recorded)) return recorded;
    const s = titleId === undefined || titleId === '' ? undefined : this.sections.get(String(titleId));
    return isOneOf(SECTION_CODES, s) ? s : null;
  }
}

/** Loans read from both journals, each counted once (the later row wins: the history's, once returned). */
function distinctLoans(loans: readonly LoanStat[]): LoanStat[] {
  const byId = new Map<string, number>();
  const out: LoanStat[] = [];
  for (const l of loans) {
    const id = l.loanId === undefined || l.loanId === '' ? '' : String(l.loanId);
    if (id && byId.has(id)) {
      out[byId.get(id)!] = l;
      continue;
    }
    if (id) byId.set(id, out.length);
    out.push(l);
  }
  return out;
}

// ---- the day -------------------------------------------------------------------------------------------

interface DayAcc {
  /** Readers who borrowed or returned a book, with their group. */
  loanReaders: Map<number, ReaderGroup>;
  visitReaders: Set<number>;
  /** Visit people nobody named. */
  unnamed: number;
  newReaders: number;
  visits: VisitCounts;
  issues: IssueCounts;
  requests: number;
  consultations: number;
  events: number;
  participants: number;
}

function dayAcc(): DayAcc {
  return {
    loanReaders: new Map(),
    visitReaders: new Set(),
    unnamed: 0,
    newReaders: 0,
    visits: emptyVisits(),
    issues: emptyIssues(),
    requests: 0,
    consultations: 0,
    events: 0,
    participants: 0,
  };
}

/** Every day from `from` to `to` that has something in the journals, accumulated in one pass each. */
function accumulate(from: IsoDate, to: IsoDate, inputs: DayInputs): Map<IsoDate, DayAcc> {
  const days = new Map<IsoDate, DayAcc>();
  const at = (day: IsoDate): DayAcc | null => {
    if (!(day >= from && day <= to) || !isIsoDate(day)) return null;
    let acc = days.get(day);
    if (!acc) days.set(day, (acc = dayAcc()));
    return acc;
  };
  const lookup = new Lookup(inputs);

  for (const l of distinctLoans(inputs.loans)) {
    const group = lookup.group(l.readerGroup, l.ticketNo);
    const issued = at(l.issuedOn);
    if (issued) {
      issued.issues.total++;
      issued.issues.byGroup[group]++;
      const section = lookup.section(l.section, l.titleId);
      if (section) issued.issues.bySection[section]++;
      else issued.issues.sectionUnknown++;
      issued.loanReaders.set(l.ticketNo, group);
    }
    const returned = l.returnedOn ? at(l.returnedOn) : null;
    if (returned) returned.loanReaders.set(l.ticketNo, group);
  }

  for (const v of inputs.visits) {
    const acc = at(v.date);
    if (!acc) continue;
    const people = count(v.people);
    const group = lookup.group(v.readerGroup, v.ticketNo);
    const kind: VisitKind = isOneOf(VISIT_KIND_CODES, v.kind) ? v.kind : 'other';
    acc.visits.total += people;
    acc.visits.byGroup[group] += people;
    acc.visits.byPurpose[kind] += people;
    if (v.ticketNo !== null && v.ticketNo > 0) {
      acc.visitReaders.add(v.ticketNo);
      acc.unnamed += Math.max(0, people - 1);
    } else acc.unnamed += people;
    if (kind === 'reference') acc.requests++;
    if (kind === 'consultation') acc.consultations++;
  }

  for (const r of inputs.readers) {
    const acc = at(r.registeredOn);
    if (acc) acc.newReaders++;
  }

  for (const e of inputs.events) {
    const acc = at(e.date);
    if (!acc) continue;
    acc.events++;
    acc.participants += count(e.participants);
  }

  // A reader who came for a book and has no visit row that day: one visit, in the loan's group.
  days.forEach((acc) => {
    acc.loanReaders.forEach((group, ticket) => {
      if (acc.visitReaders.has(ticket)) return;
      acc.visits.total++;
      acc.visits.byGroup[group]++;
      acc.visits.byPurpose.loan++;
    });
  });
  return days;
}

function figuresOf(date: IsoDate, acc: DayAcc): DayFigures {
  const named = new Set<number>(acc.visitReaders);
  acc.loanReaders.forEach((_, ticket) => named.add(ticket));
  return {
    date,
    readersServed: named.size + acc.unnamed,
    newReaders: acc.newReaders,
    visits: acc.visits,
    issues: acc.issues,
    requestsFulfilled: acc.requests,
    consultations: acc.consultations,
    eventsHeld: acc.events,
    eventParticipants: acc.participants,
  };
}

/** The daily work log's figures for one day (zeros on a day nothing happened). */
export function dayFigures(day: IsoDate, inputs: DayInputs): DayFigures {
  return figuresOf(day, accumulate(day, day, inputs).get(day) ?? dayAcc());
}

/** The figures of every day from `from` to `to` on which something happened, in date order. */
export function dailyFigures(from: IsoDate, to: IsoDate, inputs: DayInputs): DayFigures[] {
  const days = accumulate(from, to, inputs);
  return Array.from(days.keys())
    .sort()
    .map((d) => figuresOf(d, days.get(d)!));
}

/** The days a loan touches in the daily log: when it was issued and when it came back (for recomputing both after an edit). */
export function loanDays(loan: Pick<LoanStat, 'issuedOn' | 'returnedOn'>): IsoDate[] {
  return [loan.issuedOn, loan.returnedOn].filter((d, i, all): d is IsoDate => !!d && isIsoDate(d) && all.indexOf(d) === i);
}

/** The daily log's column of the books issued to each reader group. */
export const LOG_GROUP_KEY: Readonly<Record<ReaderGroup, string>> = {
  grades1to4: 'issuedGrades1to4',
  grades5to9: 'issuedGrades5to9',
  grades10to11: 'issuedGrades10to11',
  teachers: 'issuedTeachers',
  others: 'issuedOthers',
};

/** The daily-log cells of a day (dailyLog column keys; the librarian's note is not touched). */
export function dailyLogValues(f: DayFigures): Record<string, string | number> {
  const row: Record<string, string | number> = {
    date: f.date,
    readersServed: f.readersServed,
    newReaders: f.newReaders,
    visits: f.visits.total,
    booksIssued: f.issues.total,
  };
  for (const g of GROUPS) row[LOG_GROUP_KEY[g]] = f.issues.byGroup[g];
  row.requestsFulfilled = f.requestsFulfilled;
  row.consultations = f.consultations;
  row.eventsHeld = f.eventsHeld;
  return row;
}

/** Every computed cell of a day's row in the daily log: dailyLogValues and the books issued by section (summary-book keys). */
export function dailyLogRow(f: DayFigures): Record<string, string | number> {
  const row = dailyLogValues(f);
  for (const s of SECTION_CODES) row[SUMMARY_SECTION_KEY[s]] = f.issues.bySection[s];
  return row;
}

/** The computed column keys of the daily log (dailyLogRow's keys but the date). */
export const LOG_FIGURE_KEYS: readonly string[] = [
  'readersServed',
  'newReaders',
  'visits',
  'booksIssued',
  ...GROUPS.map((g) => LOG_GROUP_KEY[g]),
  ...SECTION_CODES.map((s) => SUMMARY_SECTION_KEY[s]),
  'requestsFulfilled',
  'consultations',
  'eventsHeld',
];

/** A day's row of the daily log from its cells (`cell(key)`: the number in that column, 0 when empty). */
export function loggedDayFromCells(date: IsoDate, cell: (key: string) => number): LoggedDay {
  const n = (key: string) => count(cell(key));
  const issues = emptyIssues();
  issues.total = n('booksIssued');
  for (const g of GROUPS) issues.byGroup[g] = n(LOG_GROUP_KEY[g]);
  let sectioned = 0;
  for (const s of SECTION_CODES) sectioned += issues.bySection[s] = n(SUMMARY_SECTION_KEY[s]);
  issues.sectionUnknown = Math.max(0, issues.total - sectioned);
  return {
    date,
    readersServed: n('readersServed'),
    newReaders: n('newReaders'),
    visits: n('visits'),
    issues,
    requestsFulfilled: n('requestsFulfilled'),
    consultations: n('consultations'),
    eventsHeld: n('eventsHeld'),
  };
}

/** What the daily log keeps of a day's figures: exactly what its row, written by dailyLogRow, reads back as. */
export function loggedDay(f: DayFigures): LoggedDay {
  const row = dailyLogRow(f);
  return loggedDayFromCells(f.date, (key) => Number(row[key]));
}

// ---- the fund ----------------------------------------------------------------------------------------

function copyOf(b: Breakdown): Breakdown {
  return addBreakdown(emptyBreakdown(), b);
}

function sumBetween(entries: readonly FundEntry[], from: IsoDate, to: IsoDate): Breakdown {
  const b = emptyBreakdown();
  for (const e of entries) if (e.date >= from && e.date <= to) addBreakdown(b, e.figures);
  return b;
}

/**
 * The fund's movement in a period, from summary-book parts 1 and 2, agreeing with part 3: the year's
 * "at the start" line (fundMovement), moved on by the entries of that year before the period.
 */
export function fundForPeriod(receipts: readonly FundEntry[], withdrawals: readonly FundEntry[], period: Period): FundFigures {
  const year = Number(period.from.slice(0, 4));
  const yearStart = `${year}-01-01`;
  const movement = fundMovement(receipts, withdrawals, year);
  const startLine = movement.find((r) => r.year === year && r.line === 'atStart');
  const atStart = startLine ? copyOf(startLine.figures) : emptyBreakdown();
  if (period.from > yearStart) {
    const before = addDays(period.from, -1);
    addBreakdown(atStart, sumBetween(receipts, yearStart, before));
    addBreakdown(atStart, sumBetween(withdrawals, yearStart, before), -1);
  }
  const received = sumBetween(receipts, period.from, period.to);
  const withdrawn = sumBetween(withdrawals, period.from, period.to);
  const atEnd = addBreakdown(addBreakdown(copyOf(atStart), received), withdrawn, -1);
  return { atStart, received, withdrawn, atEnd };
}

/** A copy of the inventory book, with its title's classification from the catalogue. */
export interface CopyStat {
  entryDate: IsoDate;
  price: Tiyn;
  titleId: number | string;
  writeOffDate: IsoDate | '';
}

export interface TitleClass {
  titleId: number | string;
  docType: DocType;
  section: SectionCode;
  language: BookLanguage;
}

/**
 * The inventory book as summary-book entries (a receipt per copy on its entry date, a withdrawal on its
 * write-off date): fundForPeriod over these must give what it gives over parts 1 and 2, a check that
 * the inventory book and the summary book agree. Copies whose title is not in the catalogue are not
 * classified and are only counted.
 */
export function fundEntriesFromInventory(copies: readonly CopyStat[], titles: readonly TitleClass[]): { receipts: FundEntry[]; withdrawals: FundEntry[]; unclassified: number } {
  const byId = new Map<string, TitleClass>();
  for (const t of titles) byId.set(String(t.titleId), t);
  const receipts: FundEntry[] = [];
  const withdrawals: FundEntry[] = [];
  let unclassified = 0;
  for (const c of copies) {
    const t = byId.get(String(c.titleId));
    if (!t || !isIsoDate(c.entryDate)) {
      unclassified++;
      continue;
    }
    const one = () => addCopies(emptyBreakdown(), { docType: t.docType, section: t.section, language: t.language }, 1, c.price);
    receipts.push({ date: c.entryDate, figures: one() });
    if (c.writeOffDate && isIsoDate(c.writeOffDate)) withdrawals.push({ date: c.writeOffDate, figures: one() });
  }
  return { receipts, withdrawals, unclassified };
}

// ---- readers ---------------------------------------------------------------------------------------------

/** The last day a reader is on the register: none for an active reader; for a leaver, the end of the school year of the last (re)registration. */
export function onRegisterUntil(r: ReaderStat): IsoDate | null {
  if (r.status !== 'left') return null;
  if (r.onRegisterUntil && isIsoDate(r.onRegisterUntil)) return r.onRegisterUntil;
  const last = r.reRegisteredOn && isIsoDate(r.reRegisteredOn) && r.reRegisteredOn > r.registeredOn ? r.reRegisteredOn : r.registeredOn;
  return isIsoDate(last) ? periodOf('schoolYear', last).to : null;
}

/** On the register at some day from `from` to `to`. */
export function onRegister(r: ReaderStat, from: IsoDate, to: IsoDate): boolean {
  if (!isIsoDate(r.registeredOn) || r.registeredOn > to) return false;
  const until = onRegisterUntil(r);
  return until === null || until >= from;
}

function readerFigures(readers: readonly ReaderStat[], p: Period): ReaderFigures {
  const f: ReaderFigures = { total: 0, atEnd: 0, newInPeriod: 0, byCategory: zeroes(CATEGORIES), byGroup: zeroes(GROUPS) };
  for (const r of readers) {
    if (r.registeredOn >= p.from && r.registeredOn <= p.to) f.newInPeriod++;
    if (!onRegister(r, p.from, p.to)) continue;
    f.total++;
    if (onRegister(r, p.to, p.to)) f.atEnd++;
    f.byCategory[isOneOf(CATEGORIES, r.category) ? r.category : 'other']++;
    f.byGroup[readerGroup(r.category, r.grade)]++;
  }
  return f;
}

// ---- plans -----------------------------------------------------------------------------------------------

function plannedRows(plans: readonly PlanStat[]): Map<string, Record<PlanIndicator, number | null>> {
  const byKey = new Map<string, Record<PlanIndicator, number | null>>();
  for (const row of plans) {
    if (row.kind !== 'indicator' || !isOneOf(INDICATORS, row.indicator)) continue;
    if (typeof row.planned !== 'number' || !Number.isFinite(row.planned) || row.planned < 0) continue;
    const p = parsePeriod(row.period);
    if (!p) continue;
    let rec = byKey.get(p.key);
    if (!rec) byKey.set(p.key, (rec = { readers: null, visits: null, booksIssued: null, events: null }));
    rec[row.indicator] = (rec[row.indicator] ?? 0) + row.planned;
  }
  return byKey;
}

/** What the plans set for a period, per indicator (null: nothing planned). */
export function plannedFor(period: Period, plans: readonly PlanStat[]): Record<PlanIndicator, number | null> {
  const byKey = plannedRows(plans);
  const own = byKey.get(period.key);
  const out = { readers: null, visits: null, booksIssued: null, events: null } as Record<PlanIndicator, number | null>;
  const months = period.kind === 'monthly' ? [] : monthsOf(period).map((m) => byKey.get(m.key));
  for (const ind of INDICATORS) {
    if (own && own[ind] !== null) {
      out[ind] = own[ind];
      continue;
    }
    if (ind === 'readers') {
      for (const m of months) if (m && m.readers !== null) out.readers = m.readers;
    } else {
      for (const m of months) if (m && m[ind] !== null) out[ind] = (out[ind] ?? 0) + (m[ind] as number);
    }
  }
  return out;
}

// ---- the period ------------------------------------------------------------------------------------------

interface ActivityFigures {
  issues: IssueCounts;
  visits: VisitCounts;
  requests: number;
  consultations: number;
}

/** The loans' figures of a period, day by day from the journals' rows (a month's report). */
function activityFromJournals(period: Period, inputs: DayInputs): ActivityFigures {
  const out: ActivityFigures = { issues: emptyIssues(), visits: emptyVisits(), requests: 0, consultations: 0 };
  accumulate(period.from, period.to, inputs).forEach((acc) => {
    addIssues(out.issues, acc.issues);
    addVisits(out.visits, acc.visits);
    out.requests += acc.requests;
    out.consultations += acc.consultations;
  });
  return out;
}

/**
 * The period from the daily log (a quarter's, a year's report, as the paper practice adds them up from
 * the дневник работы): the books issued (in all, by group, by section), the visits in all, the requests
 * and the consultations are the sums of the log's rows of the period. The visits by kind are the people
 * of the period's `visits` rows; the rest of the visits (the log's total less those people) are the
 * readers who came for a book, whose group the log does not keep (visits.groupUnknown). For the same
 * journals and a log recomputed from them this gives the figures periodFigures gives from the loans,
 * but for that group split.
 */
function activityFromLog(period: Period, days: readonly LoggedDay[], visitRows: readonly VisitStat[], lookup: Lookup): ActivityFigures {
  const out: ActivityFigures = { issues: emptyIssues(), visits: emptyVisits(), requests: 0, consultations: 0 };
  const seen = new Set<IsoDate>();
  let logged = 0;
  for (const d of days) {
    // A day copied by hand into a second row counts once (the first, as the log's refresh writes it).
    if (!(d.date >= period.from && d.date <= period.to) || seen.has(d.date)) continue;
    seen.add(d.date);
    addIssues(out.issues, d.issues);
    logged += d.visits;
    out.requests += d.requestsFulfilled;
    out.consultations += d.consultations;
  }
  let people = 0;
  for (const v of visitRows) {
    if (!(v.date >= period.from && v.date <= period.to)) continue;
    const n = count(v.people);
    const kind: VisitKind = isOneOf(VISIT_KIND_CODES, v.kind) ? v.kind : 'other';
    out.visits.byGroup[lookup.group(v.readerGroup, v.ticketNo)] += n;
    out.visits.byPurpose[kind] += n;
    people += n;
  }
  const forBooks = Math.max(0, logged - people);
  out.visits.byPurpose.loan = forBooks;
  out.visits.groupUnknown = forBooks;
  out.visits.total = people + forBooks;
  return out;
}

/** The figures of one period: from the daily log's rows when `inputs.days` is given, else from the loans. */
export function periodFigures(period: Period, inputs: StatisticsInputs): PeriodFigures {
  const { issues, visits, requests, consultations } = inputs.days
    ? activityFromLog(period, inputs.days, inputs.visits, new Lookup(inputs))
    : activityFromJournals(period, inputs);

  const events = { held: 0, participants: 0, byKind: zeroes(EVENT_KIND_CODES) };
  for (const e of inputs.events) {
    if (!(e.date >= period.from && e.date <= period.to)) continue;
    events.held++;
    events.participants += count(e.participants);
    events.byKind[isOneOf(EVENT_KIND_CODES, e.kind) ? e.kind : 'other']++;
  }

  const exhibitions = { opened: 0, onView: 0 };
  for (const x of inputs.exhibitions) {
    if (!isIsoDate(x.dateFrom)) continue;
    if (x.dateFrom >= period.from && x.dateFrom <= period.to) exhibitions.opened++;
    const until = x.dateTo && isIsoDate(x.dateTo) && x.dateTo >= x.dateFrom ? x.dateTo : x.dateFrom;
    if (x.dateFrom <= period.to && until >= period.from) exhibitions.onView++;
  }

  const fund = fundForPeriod(inputs.receipts, inputs.withdrawals, period);
  const readers = readerFigures(inputs.readers, period);
  const indicators: Indicators = {
    readingRate: ratio(issues.total, readers.total),
    attendance: ratio(visits.total, readers.total),
    circulation: ratio(issues.total, fund.atEnd.copies),
    bookProvision: ratio(fund.atEnd.copies, readers.total),
  };

  const planned = plannedFor(period, inputs.plans);
  const actual: Record<PlanIndicator, number> = { readers: readers.total, visits: visits.total, booksIssued: issues.total, events: events.held };
  const plan = INDICATORS.map((indicator) => ({ indicator, planned: planned[indicator], actual: actual[indicator], percent: percent(actual[indicator], planned[indicator]) }));

  return { period, fund, readers, visits, issues, requestsFulfilled: requests, consultations, events, exhibitions, indicators, plan };
}

/** The statistical report's figures: the period and the same period last year, from one set of rows. */
export function periodReport(period: Period, inputs: StatisticsInputs): PeriodReport {
  return { current: periodFigures(period, inputs), lastYear: periodFigures(sameLastYear(period), inputs) };
}
