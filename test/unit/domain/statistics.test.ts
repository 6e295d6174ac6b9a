/**
 * The daily log and the statistical report over one small library, every expected figure counted by
 * hand from the rows below (the comments show the sums).
 */
import { journal } from '../../../sheets-template';
import { addCopies, emptyBreakdown, fundMovement, type Breakdown } from '../../../src/domain/fund';
import { parsePeriod, sameLastYear } from '../../../src/domain/periods';
import {
  dailyFigures,
  dailyLogRow,
  dailyLogValues,
  dayFigures,
  fundEntriesFromInventory,
  fundForPeriod,
  loanDays,
  loggedDay,
  loggedDayFromCells,
  onRegister,
  onRegisterUntil,
  periodFigures,
  periodReport,
  plannedFor,
  ratio,
  type CopyStat,
  type FundEntry,
  type LoanStat,
  type LoggedDay,
  type ReaderStat,
  type StatisticsInputs,
  type VisitStat,
} from '../../../src/domain/statistics';

const period = (text: string) => parsePeriod(text)!;

// ---- readers (no names: the statistics never see them) ----
const READERS: ReaderStat[] = [
  { ticketNo: 1, category: 'pupil', grade: '3А', registeredOn: '2024-09-05', reRegisteredOn: '2026-09-01', status: 'active' },
  { ticketNo: 2, category: 'pupil', grade: '7Б', registeredOn: '2026-11-03', reRegisteredOn: '', status: 'active' },
  { ticketNo: 3, category: 'teacher', grade: '', registeredOn: '2025-01-15', reRegisteredOn: '2026-09-01', status: 'active' },
  // a leaver: re-registered for 2025-2026, not for 2026-2027 → on the register until 2026-08-31
  { ticketNo: 4, category: 'pupil', grade: '11А', registeredOn: '2023-09-04', reRegisteredOn: '2025-09-01', status: 'left' },
  { ticketNo: 5, category: 'staff', grade: '', registeredOn: '2026-12-01', reRegisteredOn: '', status: 'active' },
  { ticketNo: 6, category: 'pupil', grade: '10Б', registeredOn: '2025-11-20', reRegisteredOn: '2026-09-01', status: 'active' },
];

const loan = (loanId: number, ticketNo: number, issuedOn: string, returnedOn: string, readerGroup: string, section: string, titleId = 0): LoanStat => ({
  loanId,
  ticketNo,
  titleId,
  issuedOn,
  returnedOn,
  readerGroup,
  section,
});

const LOANS: LoanStat[] = [
  loan(1, 1, '2026-11-30', '', 'grades1to4', 'children'), // the last day of the month
  loan(2, 2, '2026-11-03', '2026-11-17', 'grades5to9', 'fiction'),
  loan(3, 2, '2026-11-03', '', 'grades5to9', 'textbooks'),
  loan(4, 3, '2026-11-17', '', 'teachers', 'pedagogy'),
  loan(5, 3, '2026-12-01', '', 'teachers', 'fiction'), // the first day of the next month
  loan(6, 6, '2025-11-20', '2025-12-02', '', '', 7), // an older row: group and section looked up
  loan(7, 4, '2025-11-10', '2025-11-24', 'grades10to11', 'fiction'),
  loan(8, 1, '2026-10-31', '2026-11-17', 'grades1to4', 'children'), // issued in October, back in November
  loan(2, 2, '2026-11-03', '2026-11-17', 'grades5to9', 'fiction'), // loan 2 read twice (open list and history)
];

const INPUTS_BASE = {
  readers: READERS,
  loans: LOANS,
  titles: [{ titleId: 7, section: 'natural' }],
  visits: [
    { date: '2026-11-17', ticketNo: 2, readerGroup: 'grades5to9', kind: 'readingRoom', people: 1 }, // also returned a book
    { date: '2026-11-17', ticketNo: null, readerGroup: 'grades5to9', kind: 'readingRoom', people: 25 }, // a class
    { date: '2026-11-17', ticketNo: 3, readerGroup: 'teachers', kind: 'consultation', people: 1 }, // also borrowed
    { date: '2026-11-17', ticketNo: null, readerGroup: 'others', kind: 'reference', people: 1 },
    { date: '2026-11-30', ticketNo: 1, readerGroup: 'grades1to4', kind: 'reference', people: 1 }, // also borrowed
    { date: '2025-11-10', ticketNo: 4, readerGroup: 'grades10to11', kind: 'readingRoom', people: 1 }, // also borrowed
  ],
  events: [
    { date: '2026-11-17', kind: 'quiz', participants: 30 },
    { date: '2026-11-25', kind: 'literaryEvening', participants: 45 },
    { date: '2025-11-12', kind: 'meeting', participants: 20 },
    { date: '2026-12-01', kind: 'lecture', participants: 15 },
  ],
  exhibitions: [
    { dateFrom: '2026-10-20', dateTo: '2026-11-10' },
    { dateFrom: '2026-11-25', dateTo: '' },
    { dateFrom: '2025-11-01', dateTo: '2025-11-30' },
  ],
};

// ---- the fund: summary-book parts 1 and 2 (prices in tiyn) ----
type Cls = Parameters<typeof addCopies>[1];
const FICTION_KK: Cls = { docType: 'book', section: 'fiction', language: 'kk' };
const TEXTBOOK_RU: Cls = { docType: 'book', section: 'textbooks', language: 'ru' };
const CHILDREN_KK: Cls = { docType: 'brochure', section: 'children', language: 'kk' };
const NATURAL_EN: Cls = { docType: 'book', section: 'natural', language: 'en' };
const entry = (date: string, c: Cls, copies: number, price: number): FundEntry => ({ date, figures: addCopies(emptyBreakdown(), c, copies, price) });

const RECEIPTS = [
  entry('2025-03-10', FICTION_KK, 10, 100000), // 10 × 1000 tenge
  entry('2026-02-15', TEXTBOOK_RU, 5, 250000),
  entry('2026-11-30', CHILDREN_KK, 2, 80000), // on the last day of November
  entry('2026-12-05', NATURAL_EN, 3, 150000),
];
const WITHDRAWALS = [
  entry('2025-12-20', FICTION_KK, 1, 100000),
  entry('2026-11-10', FICTION_KK, 2, 100000), // copies entered in 2025, written off in the period
];

const PLANS = [
  { period: '2026-11', kind: 'indicator', indicator: 'booksIssued', planned: 5 },
  { period: '2026-11', kind: 'indicator', indicator: 'visits', planned: 20 },
  { period: '2026-11', kind: 'indicator', indicator: 'visits', planned: 10 }, // two rows: 30
  { period: '2026-11', kind: 'indicator', indicator: 'readers', planned: 5 },
  { period: '2026-10', kind: 'indicator', indicator: 'booksIssued', planned: 6 },
  { period: '2026-10', kind: 'indicator', indicator: 'readers', planned: 3 },
  { period: '2026-12', kind: 'indicator', indicator: 'booksIssued', planned: 4 },
  { period: '2025-2026', kind: 'indicator', indicator: 'booksIssued', planned: 100 },
  { period: '2026-11', kind: 'event', indicator: 'booksIssued', planned: 1000 }, // not an indicator row
  { period: '2026-11', kind: 'indicator', indicator: 'events', planned: null }, // nothing planned
  { period: 'жыл бойы', kind: 'indicator', indicator: 'events', planned: 7 }, // not a period
];

const INPUTS: StatisticsInputs = { ...INPUTS_BASE, receipts: RECEIPTS, withdrawals: WITHDRAWALS, plans: PLANS };

const short = (b: Breakdown) => ({ copies: b.copies, sum: b.sum });

describe('the daily work log', () => {
  it('counts a busy day: readers served, visits, issues by group and section, requests, consultations, events', () => {
    const day = dayFigures('2026-11-17', INPUTS);
    // readers: 2 (returned + reading room), 3 (borrowed + consultation), 1 (returned) + 25 + 1 unnamed
    expect(day.readersServed).toBe(3 + 26);
    // visits: 1 + 25 + 1 + 1 rows' people, and reader 1 who only returned a book
    expect(day.visits.total).toBe(29);
    expect(day.visits.byPurpose).toEqual({ readingRoom: 26, consultation: 1, reference: 1, other: 0, loan: 1 });
    expect(day.visits.byGroup).toEqual({ grades1to4: 1, grades5to9: 26, grades10to11: 0, teachers: 1, others: 1 });
    expect(day.issues.total).toBe(1);
    expect(day.issues.byGroup.teachers).toBe(1);
    expect(day.issues.bySection.pedagogy).toBe(1);
    expect([day.requestsFulfilled, day.consultations, day.eventsHeld, day.eventParticipants, day.newReaders]).toEqual([1, 1, 1, 30, 0]);
  });

  it('counts a new reader and two books on the day of registration, loan 2 once though it was read twice', () => {
    const day = dayFigures('2026-11-03', INPUTS);
    expect([day.newReaders, day.readersServed, day.visits.total, day.issues.total]).toEqual([1, 1, 1, 2]);
    expect(day.issues.bySection).toMatchObject({ fiction: 1, textbooks: 1 });
    expect(day.issues.byGroup.grades5to9).toBe(2);
  });

  it('puts a loan issued on the last day of the month on that day, and a reader with a loan and a visit counts once', () => {
    const day = dayFigures('2026-11-30', INPUTS);
    expect([day.readersServed, day.visits.total, day.issues.total, day.requestsFulfilled]).toEqual([1, 1, 1, 1]);
    expect(day.issues.byGroup.grades1to4).toBe(1);
  });

  it('fills an old loan\'s group and section from the reader and the catalogue', () => {
    const day = dayFigures('2025-11-20', INPUTS);
    expect(day.issues.byGroup.grades10to11).toBe(1);
    expect(day.issues.bySection.natural).toBe(1);
    expect(dayFigures('2025-11-20', { ...INPUTS, titles: [] }).issues.sectionUnknown).toBe(1);
  });

  it('gives zeros on a quiet day, and the same figures however often and in whatever order it is recomputed', () => {
    const quiet = dayFigures('2026-11-18', INPUTS);
    expect([quiet.readersServed, quiet.visits.total, quiet.issues.total, quiet.eventsHeld]).toEqual([0, 0, 0, 0]);
    const once = dayFigures('2026-11-17', INPUTS);
    expect(dayFigures('2026-11-17', INPUTS)).toEqual(once);
    const reversed = { ...INPUTS, loans: [...LOANS].reverse(), visits: [...INPUTS.visits].reverse(), readers: [...READERS].reverse() };
    expect(dayFigures('2026-11-17', reversed)).toEqual(once);
  });

  it('editing a past loan moves it from its old day to its new one', () => {
    const edited = LOANS.map((l) => (l.loanId === 3 ? { ...l, issuedOn: '2026-11-04' } : l));
    expect(loanDays(LOANS[2])).toEqual(['2026-11-03']);
    expect(loanDays(LOANS[1])).toEqual(['2026-11-03', '2026-11-17']);
    expect(dayFigures('2026-11-03', { ...INPUTS, loans: edited }).issues.total).toBe(1);
    expect(dayFigures('2026-11-04', { ...INPUTS, loans: edited }).issues.total).toBe(1);
  });

  it('lists the days of a month that have something, and they add up to the month', () => {
    const days = dailyFigures('2026-11-01', '2026-11-30', INPUTS);
    expect(days.map((d) => d.date)).toEqual(['2026-11-03', '2026-11-17', '2026-11-25', '2026-11-30']);
    const month = periodFigures(period('2026-11'), INPUTS);
    expect(days.reduce((s, d) => s + d.visits.total, 0)).toBe(month.visits.total);
    expect(days.reduce((s, d) => s + d.issues.total, 0)).toBe(month.issues.total);
  });

  it('writes the daily log\'s own columns', () => {
    const values = dailyLogValues(dayFigures('2026-11-17', INPUTS));
    expect(values).toEqual({
      date: '2026-11-17',
      readersServed: 29,
      newReaders: 0,
      visits: 29,
      booksIssued: 1,
      issuedGrades1to4: 0,
      issuedGrades5to9: 0,
      issuedGrades10to11: 0,
      issuedTeachers: 1,
      issuedOthers: 0,
      requestsFulfilled: 1,
      consultations: 1,
      eventsHeld: 1,
    });
    const columns = journal('dailyLog').columns.map((c) => c.key as string);
    expect(Object.keys(values).filter((k) => columns.indexOf(k) < 0)).toEqual([]);
  });
});

describe('the monthly report, beside the same month last year', () => {
  const report = periodReport(period('2026-11'), INPUTS);
  const now = report.current;

  it('counts issues by group and section, the 30th in and the 1st of December out', () => {
    expect(now.issues.total).toBe(4); // loans 1, 2, 3, 4
    expect(now.issues.byGroup).toEqual({ grades1to4: 1, grades5to9: 2, grades10to11: 0, teachers: 1, others: 0 });
    expect(now.issues.bySection).toEqual({ natural: 0, applied: 0, social: 0, pedagogy: 1, philology: 0, fiction: 1, children: 1, textbooks: 1 });
  });

  it('counts visits, requests, consultations, events and exhibitions', () => {
    expect(now.visits.total).toBe(1 + 29 + 1); // the 3rd, the 17th, the 30th
    expect([now.requestsFulfilled, now.consultations]).toEqual([2, 1]);
    expect(now.events).toEqual({ held: 2, participants: 75, byKind: { lecture: 0, meeting: 0, training: 0, quiz: 1, exhibitionOpening: 0, literaryEvening: 1, other: 0 } });
    expect(now.exhibitions).toEqual({ opened: 1, onView: 2 });
  });

  it('counts the readers on the register: not the leaver of last school year, not a reader registered in December', () => {
    expect(now.readers).toEqual({
      total: 4, // tickets 1, 2, 3, 6
      atEnd: 4,
      newInPeriod: 1, // ticket 2
      byCategory: { pupil: 3, teacher: 1, staff: 0, other: 0 },
      byGroup: { grades1to4: 1, grades5to9: 1, grades10to11: 1, teachers: 1, others: 0 },
    });
  });

  it('moves the fund: a copy entered last year written off this month, a batch received on the 30th', () => {
    // at the start: 10 − 1 (2025) + 5 (February) = 14 copies, 1 000 000 − 100 000 + 1 250 000 tiyn
    expect(short(now.fund.atStart)).toEqual({ copies: 14, sum: 2150000 });
    expect(short(now.fund.received)).toEqual({ copies: 2, sum: 160000 });
    expect(short(now.fund.withdrawn)).toEqual({ copies: 2, sum: 200000 });
    expect(short(now.fund.atEnd)).toEqual({ copies: 14, sum: 2110000 });
    expect(now.fund.atEnd.columns).toMatchObject({ typeBooks: 12, typeBrochures: 2, sectionFiction: 7, sectionTextbooks: 5, sectionChildren: 2, langKazakh: 9, langRussian: 5, langOther: 0 });
  });

  it('gives the four indicators to two decimals', () => {
    expect(now.indicators).toEqual({
      readingRate: 1, // 4 issues / 4 readers
      attendance: 7.75, // 31 / 4
      circulation: 0.29, // 4 / 14 copies
      bookProvision: 3.5, // 14 / 4
    });
  });

  it('sets actual against the monthly plan in percent', () => {
    expect(now.plan).toEqual([
      { indicator: 'readers', planned: 5, actual: 4, percent: 80 },
      { indicator: 'visits', planned: 30, actual: 31, percent: 103.3 },
      { indicator: 'booksIssued', planned: 5, actual: 4, percent: 80 },
      { indicator: 'events', planned: null, actual: 2, percent: null },
    ]);
  });

  it('computes November last year from the same rows', () => {
    const last = report.lastYear;
    expect(last.period.key).toBe('2025-11');
    expect(last.issues.total).toBe(2); // loans 6 and 7
    expect(last.issues.byGroup.grades10to11).toBe(2);
    expect(last.visits.total).toBe(3); // the 10th (visit + loan: once), the 20th, the 24th
    // tickets 1, 3, 4 (the leaver was still a reader then), 6
    expect([last.readers.total, last.readers.newInPeriod]).toEqual([4, 1]);
    expect([last.events.held, last.exhibitions.opened]).toEqual([1, 1]);
    expect(short(last.fund.atEnd)).toEqual({ copies: 10, sum: 1000000 });
    expect(last.indicators).toEqual({ readingRate: 0.5, attendance: 0.75, circulation: 0.2, bookProvision: 2.5 });
  });
});

describe('quarters, years, school years', () => {
  it('Q4 sums the monthly plans of its months; its readers plan is the latest month\'s', () => {
    const q4 = periodFigures(period('2026-Q4'), INPUTS);
    expect(q4.issues.total).toBe(1 + 4 + 1); // 31 October, November, 1 December
    expect(q4.readers.total).toBe(5); // tickets 1, 2, 3, 5, 6
    expect(q4.plan.find((l) => l.indicator === 'booksIssued')).toEqual({ indicator: 'booksIssued', planned: 15, actual: 6, percent: 40 });
    expect(q4.plan.find((l) => l.indicator === 'readers')).toEqual({ indicator: 'readers', planned: 5, actual: 5, percent: 100 });
    expect(short(q4.fund.atStart)).toEqual({ copies: 14, sum: 2150000 });
    expect(short(q4.fund.atEnd)).toEqual({ copies: 17, sum: 2560000 });
  });

  it('the calendar year counts the spring\'s leaver among its readers, but not at its end', () => {
    const year = periodFigures(period('2026'), INPUTS);
    expect([year.readers.total, year.readers.atEnd, year.readers.newInPeriod]).toEqual([6, 5, 2]);
    expect(year.issues.total).toBe(6); // loans 1-5 and 8
    expect(plannedFor(period('2026'), PLANS).booksIssued).toBe(6 + 5 + 4); // no plan for "2026": its months
  });

  it('the school year takes the annual plan written for it', () => {
    const sy = periodFigures(period('2025-2026'), INPUTS);
    expect(sy.issues.total).toBe(2); // loans 6 and 7
    expect(sy.plan.find((l) => l.indicator === 'booksIssued')).toEqual({ indicator: 'booksIssued', planned: 100, actual: 2, percent: 2 });
  });

  it('counts a loan of 29 February in February and in the first quarter of a leap year', () => {
    const inputs: StatisticsInputs = { ...INPUTS, loans: [loan(99, 1, '2028-02-29', '', 'grades1to4', 'fiction')] };
    expect(periodFigures(period('2028-02'), inputs).issues.total).toBe(1);
    expect(periodFigures(period('2028-Q1'), inputs).issues.total).toBe(1);
    expect(periodReport(period('2028-02'), inputs).lastYear.period.to).toBe('2027-02-28');
  });

  it('divides by nothing without failing: an empty library', () => {
    const empty: StatisticsInputs = { readers: [], loans: [], visits: [], events: [], exhibitions: [], receipts: [], withdrawals: [], plans: [] };
    const f = periodFigures(period('2026-11'), empty);
    expect(f.indicators).toEqual({ readingRate: null, attendance: null, circulation: null, bookProvision: null });
    expect(f.plan.every((l) => l.planned === null && l.percent === null)).toBe(true);
    expect(short(f.fund.atEnd)).toEqual({ copies: 0, sum: 0 });
    expect([ratio(1, 3), ratio(2, 3), ratio(201, 200), ratio(1, 0)]).toEqual([0.33, 0.67, 1.01, null]);
  });
});

describe('the fund agrees with the summary accounting book', () => {
  it('a calendar year is part 3\'s four lines for that year', () => {
    const rows = fundMovement(RECEIPTS, WITHDRAWALS, 2026).filter((r) => r.year === 2026);
    const f = fundForPeriod(RECEIPTS, WITHDRAWALS, period('2026'));
    expect(f).toEqual({ atStart: rows[0].figures, received: rows[1].figures, withdrawn: rows[2].figures, atEnd: rows[3].figures });
    // by hand: 9 at the start, 5 + 2 + 3 received, 2 withdrawn, 17 at the end
    expect([f.atStart, f.received, f.withdrawn, f.atEnd].map(short)).toEqual([
      { copies: 9, sum: 900000 },
      { copies: 10, sum: 1860000 },
      { copies: 2, sum: 200000 },
      { copies: 17, sum: 2560000 },
    ]);
  });

  it('the twelve months add up to the year, each starting where the one before ended', () => {
    const months = Array.from({ length: 12 }, (_, i) => fundForPeriod(RECEIPTS, WITHDRAWALS, period(`2026-${i + 1}`)));
    const year = fundForPeriod(RECEIPTS, WITHDRAWALS, period('2026'));
    expect(months.reduce((s, m) => s + m.received.copies, 0)).toBe(year.received.copies);
    expect(months.reduce((s, m) => s + m.withdrawn.sum, 0)).toBe(year.withdrawn.sum);
    for (let i = 1; i < 12; i++) expect(months[i].atStart).toEqual(months[i - 1].atEnd);
    expect(months[0].atStart).toEqual(year.atStart);
    expect(months[11].atEnd).toEqual(year.atEnd);
  });

  it('the inventory book, copy by copy, gives the same figures as parts 1 and 2', () => {
    const titles = [
      { titleId: 'A', ...FICTION_KK },
      { titleId: 'B', ...TEXTBOOK_RU },
      { titleId: 'C', ...CHILDREN_KK },
      { titleId: 'D', ...NATURAL_EN },
    ];
    const copies = (n: number, c: Omit<CopyStat, 'writeOffDate'>, writeOffs: string[] = []): CopyStat[] =>
      Array.from({ length: n }, (_, i) => ({ ...c, writeOffDate: writeOffs[i] ?? '' }));
    const inventory = [
      ...copies(10, { entryDate: '2025-03-10', price: 100000, titleId: 'A' }, ['2025-12-20', '2026-11-10', '2026-11-10']),
      ...copies(5, { entryDate: '2026-02-15', price: 250000, titleId: 'B' }),
      ...copies(2, { entryDate: '2026-11-30', price: 80000, titleId: 'C' }),
      ...copies(3, { entryDate: '2026-12-05', price: 150000, titleId: 'D' }),
      { entryDate: '2026-11-01', price: 5000, titleId: 'unknown', writeOffDate: '' },
    ];
    const fromInventory = fundEntriesFromInventory(inventory, titles);
    expect(fromInventory.unclassified).toBe(1);
    for (const p of ['2026-11', '2026-Q4', '2026', '2025', '2025-2026']) {
      expect(fundForPeriod(fromInventory.receipts, fromInventory.withdrawals, period(p))).toEqual(fundForPeriod(RECEIPTS, WITHDRAWALS, period(p)));
    }
  });
});

describe('a quarter or a year added up from the daily log', () => {
  /** A row of the daily log as read back: the cells given, the others empty. */
  const logRow = (date: string, cells: Record<string, number | string>): LoggedDay => loggedDayFromCells(date, (k) => Number(cells[k] ?? 0));

  const DAYS: LoggedDay[] = [
    logRow('2026-09-30', { visits: 9, booksIssued: 7, issuedOthers: 7 }), // the day before the quarter
    // 5 issued: 2 + 1 + 2 by group; fiction 3, textbooks 1 and one in no section column
    logRow('2026-10-05', { readersServed: 3, visits: 4, booksIssued: 5, issuedGrades1to4: 2, issuedGrades5to9: 1, issuedTeachers: 2, sectionFiction: 3, sectionTextbooks: 1, requestsFulfilled: 1 }),
    logRow('2026-11-17', { readersServed: 28, visits: 30, booksIssued: 2, issuedGrades10to11: 2, sectionChildren: 2, consultations: 2, eventsHeld: 1 }),
    logRow('2026-11-17', { visits: 500, booksIssued: 99 }), // the same day copied by hand below: counted once
    logRow('2026-12-31', { readersServed: 1, visits: 1, booksIssued: 1, issuedOthers: 1, sectionPedagogy: 1 }), // the last day
    logRow('2027-01-01', { visits: 3, booksIssued: 3, issuedOthers: 3 }), // the day after
    logRow('2025-11-03', { readersServed: 2, visits: 2, booksIssued: 3, issuedGrades5to9: 3, sectionFiction: 3 }), // last year
  ];
  const VISITS: VisitStat[] = [
    { date: '2026-10-05', ticketNo: 1, readerGroup: 'grades1to4', kind: 'readingRoom', people: 1 },
    { date: '2026-11-17', ticketNo: null, readerGroup: 'grades5to9', kind: 'readingRoom', people: 25 },
    { date: '2026-11-17', ticketNo: 3, readerGroup: 'teachers', kind: 'consultation', people: 1 },
    { date: '2026-11-17', ticketNo: null, readerGroup: 'others', kind: 'consultation', people: 1 },
  ];
  const FROM_LOG: StatisticsInputs = { ...INPUTS, loans: [], titles: [], visits: VISITS, days: DAYS };

  it('reads a row back as written: the issues in no section column are the section-unknown ones', () => {
    const day = logRow('2026-10-05', { booksIssued: '5', sectionFiction: '3', sectionTextbooks: 1, issuedGrades1to4: 'two' });
    expect([day.issues.total, day.issues.sectionUnknown, day.issues.byGroup.grades1to4]).toEqual([5, 1, 0]);
    const f = dayFigures('2026-11-17', INPUTS);
    expect(loggedDay(f)).toEqual({
      date: '2026-11-17',
      readersServed: f.readersServed,
      newReaders: f.newReaders,
      visits: f.visits.total,
      issues: f.issues,
      requestsFulfilled: f.requestsFulfilled,
      consultations: f.consultations,
      eventsHeld: f.eventsHeld,
    });
    expect(Object.keys(dailyLogRow(f)).filter((k) => journal('dailyLog').columns.every((c) => c.key !== k))).toEqual([]);
  });

  it('adds up the issues, visits, requests and consultations of the quarter\'s rows, the last day in and a copied day once', () => {
    const { current: q4, lastYear } = periodReport(period('2026-Q4'), FROM_LOG);
    expect(q4.issues).toEqual({
      total: 8, // 5 + 2 + 1
      byGroup: { grades1to4: 2, grades5to9: 1, grades10to11: 2, teachers: 2, others: 1 },
      bySection: { natural: 0, applied: 0, social: 0, pedagogy: 1, philology: 0, fiction: 3, children: 2, textbooks: 1 },
      sectionUnknown: 1,
    });
    // 4 + 30 + 1 logged; the visits rows name 28 people (1 + 25 + 1 + 1); the other 7 came for a book
    expect(q4.visits).toEqual({
      total: 35,
      byGroup: { grades1to4: 1, grades5to9: 25, grades10to11: 0, teachers: 1, others: 1 },
      byPurpose: { readingRoom: 26, consultation: 2, reference: 0, other: 0, loan: 7 },
      groupUnknown: 7,
    });
    expect([q4.requestsFulfilled, q4.consultations]).toEqual([1, 2]);
    // events from the events journal (held and by kind agree): 17.11, 25.11, 1.12
    expect([q4.events.held, q4.events.participants]).toEqual([3, 90]);
    expect(q4.readers.total).toBe(5);
    expect([q4.indicators.readingRate, q4.indicators.attendance]).toEqual([1.6, 7]); // 8 / 5, 35 / 5
    expect([lastYear.issues.total, lastYear.issues.byGroup.grades5to9, lastYear.visits.total, lastYear.visits.byPurpose.loan]).toEqual([3, 3, 2, 2]);
  });

  it('never counts fewer visits than the visits rows name (a log not yet recomputed)', () => {
    const stale = periodFigures(period('2026-Q4'), { ...FROM_LOG, days: [logRow('2026-11-17', { visits: 10 })] });
    expect([stale.visits.total, stale.visits.byPurpose.loan, stale.visits.groupUnknown]).toEqual([28, 0, 0]);
  });

  it('gives the same report as the loans for the same activity, but for the group of those who came for a book', () => {
    const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    const noGroups = (f: ReturnType<typeof periodFigures>) => ({ ...f, visits: { ...f.visits, byGroup: null, groupUnknown: null } });
    for (const key of ['2026-11', '2026-Q4', '2026', '2025-2026']) {
      const p = period(key);
      const last = sameLastYear(p);
      // The daily log as refreshDailyLog writes it from these journals, read back cell by cell.
      const days = [...dailyFigures(last.from, last.to, INPUTS), ...dailyFigures(p.from, p.to, INPUTS)].map((f) => {
        const row = dailyLogRow(f);
        return loggedDayFromCells(f.date, (k) => Number(row[k]));
      });
      const fromLoans = periodReport(p, INPUTS);
      const fromLog = periodReport(p, { ...INPUTS, loans: [], titles: [], days });
      for (const which of ['current', 'lastYear'] as const) {
        const [a, b] = [fromLoans[which], fromLog[which]];
        expect(noGroups(b)).toEqual(noGroups(a));
        expect(b.visits.groupUnknown).toBe(a.visits.byPurpose.loan);
        expect(total(b.visits.byGroup) + b.visits.groupUnknown!).toBe(total(a.visits.byGroup));
      }
      expect(fromLoans.current.issues.total).toBeGreaterThan(0);
    }
  });
});

describe('a leaver on the register', () => {
  const leaver = { ticketNo: 7, category: 'pupil', grade: '11А', registeredOn: '2019-09-02', reRegisteredOn: '2025-08-25', status: 'left' };
  it('counts until the end of the library\'s school year of the last re-registration when the use case gives it', () => {
    // Re-registered in August 2025 for 2025-2026 (the year ends on 31 May): on the register until 31 May 2026.
    const r = { ...leaver, onRegisterUntil: '2026-05-31' };
    expect(onRegisterUntil(r)).toBe('2026-05-31');
    expect(onRegister(r, '2026-01-01', '2026-12-31')).toBe(true);
    expect(onRegister(r, '2026-06-01', '2026-12-31')).toBe(false);
  });
  it('without it, the 1 September – 31 August year of the last (re)registration', () => {
    expect(onRegisterUntil(leaver)).toBe('2025-08-31');
    expect(onRegisterUntil({ ...leaver, status: 'active' })).toBeNull();
  });
});
