/**
 * The daily work log (issue 5): the sidebar and its server functions. Opening the sidebar recomputes
 * today's row only (refreshDailyLog with month ''), and shows today's figures from the same reads; its
 * "Recompute the month" button sends the month of the day shown.
 */
import type { DailyLogRefreshedDto, DailyLogRefreshFormDto, DayLogDto, DayNotesFormDto, Result } from '../api';
import { dayText } from '../domain/dates';
import { gasEnv } from '../gas/env';
import { t } from '../i18n';
import { getDayLog as getDayLogUseCase, recordDayNotes as recordUseCase, refreshMonth } from '../usecases/daily-log';
import { openSidebar, result, workbookLang } from './respond';

export function showDailyLog(): void {
  openSidebar('DailyLog', 'menu.dailyLog');
}

export function getDayLog(date: string): Result<DayLogDto> {
  const env = gasEnv();
  return result('getDayLog', env, () => ({ value: getDayLogUseCase(env, typeof date === 'string' ? date : ''), message: '' }));
}

export function recordDayNotes(form: DayNotesFormDto): Result<DayLogDto> {
  const env = gasEnv();
  return result('recordDayNotes', env, () => {
    const value = recordUseCase(env, form ?? { date: '', consultations: '', references: '', note: '' });
    return { value, message: t(workbookLang(env), 'dailyLog.saved', { date: dayText(value.figures.date) }) };
  });
}

export function refreshDailyLog(form: DailyLogRefreshFormDto): Result<DailyLogRefreshedDto> {
  const env = gasEnv();
  return result('refreshDailyLog', env, () => {
    const value = refreshMonth(env, form?.month ?? '', form?.date ?? '');
    const message = t(workbookLang(env), 'dailyLog.refreshed', { from: dayText(value.from), to: dayText(value.to), days: value.updated + value.appended });
    return { value, message };
  });
}
