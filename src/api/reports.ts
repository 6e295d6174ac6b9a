/**
 * The statistical and written reports (issue 5): buildReport(kind, period) makes the report's Google Doc
 * in <archive>/<year>/Reports, or rewrites the Doc of the same name. src/server/reports.ts implements
 * ReportsApi; the Reports sidebar calls it.
 */
import type { Result } from '../api';

/** 'monthly' | 'quarterly' | 'annual' | 'written' */
export type ReportKindDto = string;

/**
 * A built report: the Doc's name and URL, the period's key ("2026-11", "2026-Q4", "2026", "2025-2026"),
 * whether an existing Doc was rewritten, and the folder inside the archive ("2026 / Reports").
 */
export type ReportDto = { kind: string; period: string; name: string; url: string; replaced: boolean; folder: string };

export interface ReportsApi {
  /** kind: monthly | quarterly | annual | written; period: "2026-11", "2026-Q4", "2026", "2025-2026". */
  buildReport(kind: ReportKindDto, period: string): Result<ReportDto>;
}
