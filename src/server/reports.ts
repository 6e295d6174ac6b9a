/**
 * The reports (issue 5): the Reports sidebar (menu item) and buildReport(kind, period), which makes the
 * statistical or the written report's Google Doc in <archive>/<year>/Reports and answers its link.
 */
import type { ReportDto, Result } from '../api';
import { gasEnv } from '../gas/env';
import { t } from '../i18n';
import { buildReport as buildUseCase } from '../usecases/reports';
import { openSidebar, result, workbookLang } from './respond';

export function showReports(): void {
  openSidebar('Reports', 'menu.reports');
}

export function buildReport(kind: string, period: string): Result<ReportDto> {
  const env = gasEnv();
  return result('buildReport', env, () => {
    const value = buildUseCase(env, kind, period);
    return { value, message: t(workbookLang(env), value.replaced ? 'reports.replaced' : 'reports.done', { name: value.name }) };
  });
}
