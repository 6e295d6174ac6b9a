/**
 * The archive, the monthly report and the plan Docs (issue 5). src/server/archive.ts implements
 * ArchiveApi; the menu items (archive, monthly report on/off, this month's and this year's plan) and the
 * trigger handler are not for sidebars.
 */
import type { Result } from '../api';

/** A plan Doc: its name and URL, the period ("2026-11", "2026-2027") and where it is kept ("2026 / Plans"). */
export type PlanDocDto = { name: string; url: string; period: string; folder: string };

export interface ArchiveApi {
  /** kind "monthly" (period "2026-11") or "annual" (the school year, "2026-2027") */
  buildPlanDoc(kind: string, period: string): Result<PlanDocDto>;
}
