/**
 * The plan Doc (issue 5, "Plans"): the rows of one period of the monthly plan ("2026-11") or of the annual
 * plan (the school year, "2026-2027") as a Google Doc in <archive>/<year>/Plans, the year the period
 * starts in; made again, the Doc of the same name is rewritten, never duplicated.
 *
 * Under the document lock (the archive may be created on first use): validate the kind and the period →
 * read the plan sheet once → keep the rows of that period → the Doc. The period cell is text as typed
 * ("2026-11", "2026-1", "2026.11"; "2025-2026", "2025/2026"); a month cell that Sheets turned into a day
 * (1 November 2026) counts as that month. No row for the period refuses with a message and makes no Doc.
 * The plan sheets are not changed: nothing goes to the audit log.
 */
import { planDoc, type PlanDocKind, type PlanRow } from '../docs/plan';
import { saveToArchive, type ArchiveKind } from '../docs/port';
import { UserError } from '../domain/errors';
import { isIsoDate } from '../domain/dates';
import { parsePeriod, periodOf, type Period, type PeriodKind } from '../domain/periods';
import { Settings } from '../journals/settings';
import type { JournalRow } from '../journals/codec';
import { libraryArchive } from './archive';
import { type Env, setUpWorkbook, today } from './context';

export const PLANS_FOLDER: ArchiveKind = 'Plans';

const JOURNALS: Record<PlanDocKind, 'monthlyPlan' | 'annualPlan'> = { monthly: 'monthlyPlan', annual: 'annualPlan' };
const PERIOD_KINDS: Record<PlanDocKind, PeriodKind> = { monthly: 'monthly', annual: 'schoolYear' };

export interface PlanDocResult {
  name: string;
  url: string;
  period: string;
  /** rows of the period: planned work and planned figures */
  activities: number;
  figures: number;
  /** where it is kept: "2026 / Plans" */
  folder: string;
  replaced: boolean;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

export function isPlanKind(kind: unknown): kind is PlanDocKind {
  return kind === 'monthly' || kind === 'annual';
}

/** The period a row's cell names, tolerant of how it was typed, or null. */
export function rowPeriod(kind: PlanDocKind, cell: unknown): Period | null {
  const s = text(cell);
  // "2026-11" typed into a cell without the text format becomes 1 November 2026 (the codec reads "2026-11-01").
  if (kind === 'monthly' && isIsoDate(s)) return periodOf('monthly', s);
  return parsePeriod(s, [PERIOD_KINDS[kind]]);
}

function planRow(v: JournalRow): PlanRow {
  const planned = typeof v.planned === 'number' && Number.isFinite(v.planned) ? v.planned : null;
  return {
    activity: text(v.activity),
    kind: text(v.kind),
    term: text(v.term),
    responsible: text(v.responsible),
    indicator: text(v.indicator),
    planned,
    note: text(v.note),
  };
}

/** The period of the plan that holds today: this month, or this school year. */
export function currentPlanPeriod(env: Env, kind: PlanDocKind): string {
  const wb = setUpWorkbook(env);
  return periodOf(PERIOD_KINDS[kind], today(env, wb)).key;
}

export function buildPlanDoc(env: Env, kind: unknown, periodText: unknown): PlanDocResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    if (!isPlanKind(kind)) throw new UserError('plan.error.kind', { kind: text(kind) }, 'kind');
    const period = parsePeriod(text(periodText), [PERIOD_KINDS[kind]]);
    if (!period) throw new UserError('plan.error.period', { period: text(periodText) }, 'period');

    // ---- read: the plan sheet, once ------------------------------------------------------------------
    const journal = wb.journal(JOURNALS[kind]);
    const rows = journal
      .readAll()
      .filter((r) => rowPeriod(kind, r.values.period)?.key === period.key)
      .map((r) => planRow(r.values))
      .filter((r) => r.activity || (r.kind === 'indicator' && r.planned !== null));
    if (!rows.length) throw new UserError('plan.error.empty', { journal: journal.def.title[wb.lang], period: period.key });
    const settings = Settings.read(wb);

    // ---- the Doc -------------------------------------------------------------------------------------
    const model = planDoc(
      {
        kind,
        period: period.key,
        year: period.year,
        month: period.month,
        schoolName: settings.text('schoolName'),
        libraryName: settings.text('libraryName'),
        rows,
      },
      wb.lang,
    );
    const saved = saveToArchive(env.docs(), libraryArchive(env, wb, settings), period.year, PLANS_FOLDER, model);
    const activities = rows.filter((r) => r.kind !== 'indicator').length;
    return {
      name: model.name,
      url: saved.url,
      period: period.key,
      activities,
      figures: rows.length - activities,
      folder: `${period.year} / ${PLANS_FOLDER}`,
      replaced: saved.replaced,
    };
  });
}
