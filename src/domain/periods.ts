/**
 * The periods the statistical reports and the plans are kept for, as the text the librarian and the
 * journals write them:
 *
 * - monthly   "2026-11"    a calendar month (the monthly plan's period column writes it so: "2025-09");
 * - quarterly "2026-Q4"    a calendar quarter (Q4 = October to December);
 * - annual    "2026"       a calendar year, like part 3 of the summary accounting book;
 * - schoolYear "2025-2026" 1 September to 31 August: the annual plan's period column ("Оқу жылы,
 *   мысалы: 2025-2026") and the re-registration of readers (setting lastReRegistration) go by it.
 *
 * A period's key is also the part of a report's file name ("2026-11"). Pure, no clock: the caller
 * passes today's date (in the library's time zone).
 */
import { addDays, daysBetween, daysInMonth, type IsoDate } from './dates';

export type PeriodKind = 'monthly' | 'quarterly' | 'annual' | 'schoolYear';

export interface Period {
  kind: PeriodKind;
  /** The canonical text: "2026-11", "2026-Q4", "2026", "2025-2026". */
  key: string;
  /** First and last day, both inside the period. */
  from: IsoDate;
  to: IsoDate;
  /** The calendar year the period starts in. */
  year: number;
  /** 1-12 for a month, else null. */
  month: number | null;
  /** 1-4 for a quarter, else null. */
  quarter: number | null;
}

/** The kinds of report buildReport makes, and the period kinds each accepts. */
export type ReportKind = 'monthly' | 'quarterly' | 'annual' | 'written';

const REPORT_PERIOD_KINDS: Record<ReportKind, readonly PeriodKind[]> = {
  monthly: ['monthly'],
  quarterly: ['quarterly'],
  // The statistical annual report is for the calendar year (the summary book's); a school that reports
  // by the school year (its annual plan does) may ask for "2025-2026" instead.
  annual: ['annual', 'schoolYear'],
  // A written report may cover any of them (seed guide: "Жазбаша есептер (айлық, тоқсандық, жылдық)").
  written: ['monthly', 'quarterly', 'annual', 'schoolYear'],
};

/** The school year starts on 1 September in Kazakhstan and ends on 31 August. */
const SCHOOL_YEAR_START_MONTH = 9;

/** Years a period may name: anything else is a typing mistake. */
export const PERIOD_YEARS = { min: 1950, max: 2100 } as const;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function yearOk(y: number): boolean {
  return Number.isInteger(y) && y >= PERIOD_YEARS.min && y <= PERIOD_YEARS.max;
}

export function monthPeriod(year: number, month: number): Period {
  return {
    kind: 'monthly',
    key: `${year}-${pad2(month)}`,
    from: `${year}-${pad2(month)}-01`,
    to: `${year}-${pad2(month)}-${pad2(daysInMonth(year, month))}`,
    year,
    month,
    quarter: null,
  };
}

export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  return {
    kind: 'quarterly',
    key: `${year}-Q${quarter}`,
    from: `${year}-${pad2(first)}-01`,
    to: `${year}-${pad2(last)}-${pad2(daysInMonth(year, last))}`,
    year,
    month: null,
    quarter,
  };
}

export function yearPeriod(year: number): Period {
  return { kind: 'annual', key: String(year), from: `${year}-01-01`, to: `${year}-12-31`, year, month: null, quarter: null };
}

/** The school year that starts in September of `year`: "2025-2026". */
export function schoolYearPeriod(year: number): Period {
  return { kind: 'schoolYear', key: `${year}-${year + 1}`, from: `${year}-09-01`, to: `${year + 1}-08-31`, year, month: null, quarter: null };
}

/**
 * A period from its text, tolerant of how people type it: "2026-11", "2026-1", "2026.11", "2026-Q4",
 * "2026 q4", "2026", "2025-2026", "2025/2026", "2025–2026". With `kinds`, only those kinds are taken.
 * null when it is not a period (or not one of those kinds): the caller reports the mistake.
 */
export function parsePeriod(text: unknown, kinds?: readonly PeriodKind[]): Period | null {
  if (typeof text !== 'string' && typeof text !== 'number') return null;
  const s = String(text).trim().replace(/\s+/g, ' ');
  let p: Period | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(s))) {
    const y = Number(m[1]);
    if (yearOk(y)) p = yearPeriod(y);
  } else if ((m = /^(\d{4}) ?[-./] ?(\d{1,2})$/.exec(s))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (yearOk(y) && mo >= 1 && mo <= 12) p = monthPeriod(y, mo);
  } else if ((m = /^(\d{4}) ?[-–/]? ?[Qq]([1-4])$/.exec(s))) {
    const y = Number(m[1]);
    if (yearOk(y)) p = quarterPeriod(y, Number(m[2]));
  } else if ((m = /^(\d{4}) ?[-–—/] ?(\d{4})$/.exec(s))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (yearOk(a) && b === a + 1) p = schoolYearPeriod(a);
  }
  if (p && kinds && kinds.indexOf(p.kind) < 0) return null;
  return p;
}

/** The period a report of this kind is asked for: monthly "2026-11", quarterly "2026-Q4", annual "2026" or "2025-2026". */
export function parseReportPeriod(kind: ReportKind, text: unknown): Period | null {
  const kinds = REPORT_PERIOD_KINDS[kind];
  return kinds ? parsePeriod(text, kinds) : null;
}

/** The period of a kind that holds a day. */
export function periodOf(kind: PeriodKind, day: IsoDate): Period {
  const y = Number(day.slice(0, 4));
  const mo = Number(day.slice(5, 7));
  switch (kind) {
    case 'monthly':
      return monthPeriod(y, mo);
    case 'quarterly':
      return quarterPeriod(y, Math.floor((mo - 1) / 3) + 1);
    case 'annual':
      return yearPeriod(y);
    case 'schoolYear':
      return schoolYearPeriod(mo >= SCHOOL_YEAR_START_MONTH ? y : y - 1);
  }
}

/** The period just before this one, of the same kind: "2026-01" → "2025-12", "2026-Q1" → "2025-Q4". */
export function previousPeriod(p: Period): Period {
  return periodOf(p.kind, addDays(p.from, -1));
}

/**
 * The last whole period of a kind before `today`: what a trigger on the first day of a month reports.
 * On 2026-12-01, monthly → "2026-11"; on 2027-01-01, quarterly → "2026-Q4" and annual → "2026".
 */
export function lastCompletePeriod(kind: PeriodKind, today: IsoDate): Period {
  return previousPeriod(periodOf(kind, today));
}

/** The previous month of a day: the monthly report's period on the 1st ("2026-12-01" → "2026-11"). */
export function previousMonth(today: IsoDate): Period {
  return lastCompletePeriod('monthly', today);
}

/** The same period a year earlier, for the "last year" column: "2026-11" → "2025-11", "2025-2026" → "2024-2025". */
export function sameLastYear(p: Period): Period {
  switch (p.kind) {
    case 'monthly':
      return monthPeriod(p.year - 1, p.month ?? 1);
    case 'quarterly':
      return quarterPeriod(p.year - 1, p.quarter ?? 1);
    case 'annual':
      return yearPeriod(p.year - 1);
    case 'schoolYear':
      return schoolYearPeriod(p.year - 1);
  }
}

export function contains(p: Period, day: IsoDate): boolean {
  return day >= p.from && day <= p.to;
}

/** Calendar days in the period (29 in February 2028, 366 in 2028). */
export function periodDays(p: Period): number {
  return daysBetween(p.from, p.to) + 1;
}

/** The months of a period, in order ("2026-Q4" → 2026-10, 2026-11, 2026-12). */
export function monthsOf(p: Period): Period[] {
  const out: Period[] = [];
  for (let m = periodOf('monthly', p.from); m.from <= p.to; m = periodOf('monthly', addDays(m.to, 1))) out.push(m);
  return out;
}

/** The part of a report's file name that names the period: "2026-11", "2026-Q4", "2026", "2025-2026". */
export function periodFileName(p: Period): string {
  return p.key;
}

/** The school year a day falls in, as text: "2026-10-05" → "2026-2027", "2026-05-31" → "2025-2026". */
export function schoolYearOf(day: IsoDate): string {
  return periodOf('schoolYear', day).key;
}
