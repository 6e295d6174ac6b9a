/**
 * The archive in Drive, the monthly report trigger and the plan Docs (issue 5): menu items, the trigger
 * handler and the server function for sidebars. Thin: a use case, then a dialog or an alert; the trigger
 * handler shows nothing (no editor is open when it runs) and logs what it did.
 */
import type { PlanDocDto, Result } from '../api';
import { gasEnv } from '../gas/env';
import { alert } from '../gas/runtime';
import { showModelessDialog } from '../gas/dialog';
import { gasScheduling } from '../gas/triggers';
import { t, type Lang } from '../i18n';
import { prepareArchive } from '../usecases/archive';
import type { Env } from '../usecases/context';
import { buildPlanDoc as planUseCase, currentPlanPeriod, type PlanDocResult } from '../usecases/plans';
import { buildMonthlyReport } from '../usecases/reports';
import { installMonthlyReport, MONTHLY_HANDLER, removeMonthlyReport, runMonthlyReport } from '../usecases/trigger';
import { messageOf, result, workbookLang } from './respond';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const link = (url: string, label: string) => `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(label)}</a>`;

/** A small page: paragraphs (already HTML) and a close button. */
function dialogHtml(paragraphs: string[], close: string): string {
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>',
    'body{font:14px/1.45 Arial,sans-serif;color:#202124;margin:0;padding:4px 2px}',
    'p{margin:0 0 10px}a{color:#1a73e8}.big{font-size:15px;font-weight:bold}.note{color:#5f6368;font-size:12px}',
    '.buttons{text-align:right;margin-top:14px}button{font:inherit;padding:6px 16px;border:1px solid #dadce0;border-radius:4px;background:#fff;cursor:pointer}',
    '</style></head><body>',
    ...paragraphs,
    `<div class="buttons"><button type="button" onclick="google.script.host.close()">${escapeHtml(close)}</button></div>`,
    '</body></html>',
  ].join('');
}

/** Runs a menu item: a refusal or a bug becomes an alert in the workbook's language. */
function menuItem(operation: string, env: Env, fn: () => void): void {
  try {
    fn();
  } catch (error) {
    const lang = workbookLang(env);
    alert(t(lang, 'app.name'), messageOf(error, lang, operation));
  }
}

// ---- the archive -------------------------------------------------------------------------------------

/** The dialog of the archive menu item: this year's folders are ready, a link opens the root in a new tab. */
export function archiveDialogHtml(lang: Lang, url: string, year: number, folders: readonly string[]): string {
  return dialogHtml(
    [
      `<p>${escapeHtml(t(lang, 'archive.dialog.ready', { year, folders: folders.join(', ') }))}</p>`,
      `<p class="big">${link(url, t(lang, 'archive.dialog.open'))}</p>`,
      `<p class="note">${escapeHtml(t(lang, 'archive.dialog.note'))}</p>`,
    ],
    t(lang, 'archive.dialog.close'),
  );
}

/** Menu "Archive in Drive": creates this year's folders when missing and links to the archive. */
export function openArchive(): void {
  const env = gasEnv();
  menuItem('openArchive', env, () => {
    const done = prepareArchive(env);
    const lang = workbookLang(env);
    showModelessDialog(archiveDialogHtml(lang, done.url, done.year, done.folders), t(lang, 'archive.dialog.title'), 420, 190);
  });
}

// ---- the monthly report ------------------------------------------------------------------------------

/** Menu: turn the monthly report on (once per document); says what will happen and who sees the reports. */
export function installMonthlyTrigger(): void {
  const env = gasEnv();
  menuItem('installMonthlyTrigger', env, () => {
    const done = installMonthlyReport(env, gasScheduling());
    const lang = done.lang;
    const lines = [t(lang, 'trigger.installed', { zone: done.zone, folder: done.folder })];
    lines.push(done.email ? t(lang, 'trigger.director', { email: done.email }) : t(lang, 'trigger.noDirector'));
    alert(t(lang, 'trigger.title'), lines.join('\n\n'));
  });
}

/** Menu: turn it off. */
export function removeMonthlyTrigger(): void {
  const env = gasEnv();
  menuItem('removeMonthlyTrigger', env, () => {
    const done = removeMonthlyReport(env, gasScheduling());
    alert(t(done.lang, 'trigger.title'), t(done.lang, 'trigger.removed'));
  });
}

/**
 * The time-driven trigger (1st of the month): last month's report, shared with the director. No UI.
 * What happened is logged (and recorded in the document properties by the use case); a failure is
 * logged with its reason and thrown again, so the execution shows as failed with that reason.
 */
export function onMonthlyTrigger(e?: { triggerUid?: string }): void {
  const env = gasEnv();
  const trigger = e && typeof e === 'object' ? String(e.triggerUid ?? '') : '';
  try {
    const done = runMonthlyReport(env, gasScheduling(), buildMonthlyReport);
    const line = JSON.stringify({ operation: MONTHLY_HANDLER, trigger, period: done.period, doc: done.name, shared: done.shared, message: done.message });
    if (done.shared || !done.email) console.log(line);
    else console.warn(line);
  } catch (error) {
    const lang = workbookLang(env);
    const reason = messageOf(error, lang, MONTHLY_HANDLER);
    console.error(JSON.stringify({ operation: MONTHLY_HANDLER, trigger, message: reason }));
    throw new Error(reason);
  }
}

// ---- the plan Docs -----------------------------------------------------------------------------------

function planDto(done: PlanDocResult): PlanDocDto {
  return { name: done.name, url: done.url, period: done.period, folder: done.folder };
}

export function planDialogHtml(lang: Lang, done: PlanDocDto): string {
  return dialogHtml(
    [
      `<p class="big">${link(done.url, t(lang, 'plan.dialog.open'))}</p>`,
      `<p>«${escapeHtml(done.name)}». ${escapeHtml(t(lang, 'plan.dialog.where', { folder: done.folder }))}</p>`,
    ],
    t(lang, 'plan.dialog.close'),
  );
}

export function buildPlanDoc(kind: string, period: string): Result<PlanDocDto> {
  const env = gasEnv();
  return result('buildPlanDoc', env, () => {
    const done = planDto(planUseCase(env, kind, period));
    return { value: done, message: t(workbookLang(env), 'plan.done', { name: done.name }) };
  });
}

function showPlanDoc(kind: 'monthly' | 'annual', operation: string): void {
  const env = gasEnv();
  menuItem(operation, env, () => {
    const done = planDto(planUseCase(env, kind, currentPlanPeriod(env, kind)));
    const lang = workbookLang(env);
    showModelessDialog(planDialogHtml(lang, done), t(lang, 'plan.dialog.title'), 420, 150);
  });
}

/** Menu: the plan Doc of this month. */
export function showMonthlyPlanDoc(): void {
  showPlanDoc('monthly', 'showMonthlyPlanDoc');
}

/** Menu: the plan Doc of this school year. */
export function showAnnualPlanDoc(): void {
  showPlanDoc('annual', 'showAnnualPlanDoc');
}
