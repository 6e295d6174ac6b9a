/**
 * Build a report (issue 5): the statistical report of a month, a quarter or a year (or a school year),
 * or the written report of any of them, as a Google Doc in <archive>/<year>/Reports (the year the
 * period starts in), named so a director finds it ("2026-11 — Ай сайынғы есеп"). Building it again
 * rewrites the same Doc (saveToArchive: the same name in the folder), never a second one.
 *
 * 1. validate (no lock, nothing read): the kind, the period for that kind (parseReportPeriod), not a
 *    period that has not started; a mistake is a UserError on its field, nothing written;
 * 2. under the document lock, read and compute (domain/statistics periodReport; month by month for the
 *    quarterly and annual chart), by one of two paths:
 *    - **a month** (≤ FINDER_DAYS with last year's month): the journals themselves, the loans found by
 *      text finders on their days (readStatisticsInputs for the month and the same month last year);
 *      the month's daily-log rows are rewritten from the same rows (refreshDays: the log and the report
 *      agree) and the month, once ended, is recorded as logged whole;
 *    - **a quarter, a year, a school year** (and the written report of one): as the paper practice adds
 *      up its quarterly and annual statistics from the дневник работы, the loans' figures (books issued
 *      in all, by group and by section; visits in all; requests; consultations) are the sums of the daily
 *      log's rows of the period and of the same period last year (readLoggedDays: one read of a few
 *      hundred rows a year), never the loan history (60,000 rows at a big library: ~60 s to read). The
 *      readers, the fund, the events, exhibitions, plans and the visits by kind still come from their
 *      journals (readStatisticsInputs without loans). Before adding up, the log is made to cover the
 *      period: each month of both periods that is not recorded as logged whole (daily-log
 *      LOGGED_MONTHS_PROPERTY), and the current month, is recomputed from the journals with the
 *      short-range reader (refreshMonths: a month at a time, text finders), in the same lock, and its
 *      fresh figures are used.
 * 3. write: the Doc, one audit row (after the log's rows: all reads come before the writes).
 *
 * Each month's log is kept current by the monthly report (the trigger on the 1st builds last month's),
 * by "Recompute the month" in the daily-log sidebar (opening the sidebar refreshes today only), and by
 * this gap filling. A month is recomputed once, then trusted: a loan edited by hand in a month already
 * logged whole needs "Recompute the month" in the daily-log sidebar before the next quarterly or annual
 * report. A workbook whose log predates the record of logged months has every month recomputed once, by
 * its first quarterly or annual report (a few seconds a month at a big library).
 *
 * Why the lock around the reading too: the writes (the log's rows, a new archive folder, the archive's id
 * in the settings) must not interleave with another report or a log refresh, and the figures written to
 * the log must be those of the journals at that moment. A report is read-mostly and rare: holding the lock
 * for its seconds only delays a librarian's issue by as much.
 */
import { UserError } from '../domain/errors';
import { daysBetween, type IsoDate } from '../domain/dates';
import { monthsOf, parseReportPeriod, sameLastYear, type Period, type ReportKind } from '../domain/periods';
import { dailyFigures, loggedDay, periodReport, type StatisticsInputs } from '../domain/statistics';
import { saveToArchive } from '../docs/port';
import { statisticalReport, type MonthIssues, type ReportData } from '../docs/report';
import { writtenReport } from '../docs/written-report';
import type { MessageKey } from '../i18n';
import { Settings } from '../journals/settings';
import { libraryArchive } from './archive';
import { auditRow, writeAudit } from './audit';
import { type Env, setUpWorkbook, today } from './context';
import type { Workbook } from '../journals/workbook';
import { logIndexOf, loggedMonths, markMonthsLogged, refreshDays, refreshMonths } from './daily-log';
import { FINDER_DAYS, readLoggedDays, readStatisticsInputs } from './statistics-inputs';

export const REPORT_KINDS: readonly ReportKind[] = ['monthly', 'quarterly', 'annual', 'written'];
export const REPORTS_ARCHIVE = 'Reports' as const;

export interface BuiltReport {
  kind: ReportKind;
  /** the period's key: "2026-11", "2026-Q4", "2026", "2025-2026" */
  period: string;
  name: string;
  url: string;
  /** an existing Doc of that name was rewritten */
  replaced: boolean;
  /** where it is kept inside the archive: "2026 / Reports" */
  folder: string;
}

function isKind(kind: unknown): kind is ReportKind {
  return typeof kind === 'string' && (REPORT_KINDS as readonly string[]).indexOf(kind) >= 0;
}

/** The kind and the period, checked before anything is read; `now` refuses a period not begun. */
export function validateReportRequest(kind: unknown, period: unknown, now: IsoDate): { kind: ReportKind; period: Period } {
  if (!isKind(kind)) throw new UserError('reports.error.kind', undefined, 'kind');
  const p = parseReportPeriod(kind, period);
  if (!p) throw new UserError(`reports.error.period.${kind}` as MessageKey, undefined, 'period');
  if (p.from > now) throw new UserError('reports.error.future', { period: p.key }, 'period');
  return { kind, period: p };
}

/** Books issued month by month over the period and the same months last year (from one pass each). */
export function monthIssues(period: Period, inputs: StatisticsInputs): MonthIssues[] {
  const last = sameLastYear(period);
  const byMonth = (from: IsoDate, to: IsoDate) => {
    const sums = new Map<string, number>();
    const add = (date: IsoDate, n: number) => sums.set(date.slice(0, 7), (sums.get(date.slice(0, 7)) ?? 0) + n);
    if (inputs.days) {
      const seen = new Set<IsoDate>();
      for (const d of inputs.days) {
        if (d.date < from || d.date > to || seen.has(d.date)) continue;
        seen.add(d.date);
        add(d.date, d.issues.total);
      }
    } else for (const f of dailyFigures(from, to, inputs)) add(f.date, f.issues.total);
    return sums;
  };
  const current = byMonth(period.from, period.to);
  const before = byMonth(last.from, last.to);
  return monthsOf(period).map((m) => {
    const lastKey = `${m.year - 1}-${m.key.slice(5, 7)}`;
    return { month: m.month ?? 1, current: current.get(m.key) ?? 0, lastYear: before.get(lastKey) ?? 0 };
  });
}

/** A period whose report adds up the daily log: longer, with last year's, than the finders read (FINDER_DAYS). */
export function addsUpDailyLog(period: Period): boolean {
  const days = (p: Period) => daysBetween(p.from, p.to) + 1;
  return days(period) + days(sameLastYear(period)) > FINDER_DAYS;
}

/**
 * The inputs of a quarter's or a year's report: the journals but the loans, and the daily log's days of
 * both periods, its months not logged whole (and the current month) recomputed first and recorded.
 */
function fromDailyLog(env: Env, wb: Workbook, period: Period, now: IsoDate): StatisticsInputs {
  const last = sameLastYear(period);
  const journals = readStatisticsInputs(wb, [period, last], now, false);
  const log = readLoggedDays(wb);
  const index = logIndexOf(log.map((r) => ({ rowNumber: r.rowNumber, date: r.day.date })));
  const logged = loggedMonths(env);
  const current = now.slice(0, 7);
  const stale = [...monthsOf(last), ...monthsOf(period)].filter((m) => m.from <= now && (m.key >= current || !logged.has(m.key)));
  const fresh = refreshMonths(wb, stale, now, index).map(loggedDay);
  markMonthsLogged(env, stale, now, logged);
  const recomputed = (d: IsoDate) => stale.some((m) => d >= m.from && d <= m.to);
  const days = [...log.map((r) => r.day).filter((d) => !recomputed(d.date)), ...fresh];
  return { ...journals, days };
}

export function buildReport(env: Env, kind: unknown, periodText: unknown): BuiltReport {
  const wb0 = setUpWorkbook(env);
  const request = validateReportRequest(kind, periodText, today(env, wb0));

  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const now = today(env, wb);
    const { period } = request;
    const settings = Settings.read(wb);
    // Opened before the first write: a settings journal without its archive row refuses here.
    const archive = libraryArchive(env, wb, settings);

    let inputs: StatisticsInputs;
    if (addsUpDailyLog(period)) inputs = fromDailyLog(env, wb, period, now);
    else {
      inputs = readStatisticsInputs(wb, [period, sameLastYear(period)], now);
      // The daily log of the month's days so far, from the rows just read.
      refreshDays(wb, period.from, period.to < now ? period.to : now, inputs);
      markMonthsLogged(env, monthsOf(period), now);
    }

    const report = periodReport(period, inputs);
    const data: ReportData = {
      report,
      header: { schoolName: settings.text('schoolName'), libraryName: settings.text('libraryName') },
      today: now,
      months: period.kind === 'monthly' ? undefined : monthIssues(period, inputs),
    };
    const model = request.kind === 'written' ? writtenReport(data, wb.lang) : statisticalReport(request.kind, data, wb.lang);

    const saved = saveToArchive(env.docs(), archive, period.year, REPORTS_ARCHIVE, model);
    writeAudit(wb, [auditRow(env, 'buildReport', 'report', model.name, { kind: request.kind, period: period.key, replaced: saved.replaced })]);
    return { kind: request.kind, period: period.key, name: model.name, url: saved.url, replaced: saved.replaced, folder: `${period.year} / ${REPORTS_ARCHIVE}` };
  });
}

/** The monthly report as the monthly trigger asks for it (usecases/trigger.ts MonthlyReportBuilder). */
export function buildMonthlyReport(env: Env, period: string): { name: string; url: string } {
  const built = buildReport(env, 'monthly', period);
  return { name: built.name, url: built.url };
}
