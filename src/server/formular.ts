/**
 * The reader's formular Doc and the debtors' reminder slips (issue 4): server functions for the sidebars
 * and the menu item that brings the debtors journal up to date, makes the slips Doc and shows a dialog
 * with a link to it.
 */
import type { DebtorSlipsDto, DocLinkDto, Result } from '../api';
import { showModalDialog } from '../gas/dialog';
import { gasEnv } from '../gas/env';
import { alert } from '../gas/runtime';
import { t, type Lang } from '../i18n';
import { printDebtorSlips as slipsUseCase, type DebtorSlipsResult } from '../usecases/debtors';
import { printFormular as formularUseCase } from '../usecases/formular';
import { messageOf, result, workbookLang } from './respond';

function slipsDto(done: DebtorSlipsResult): DebtorSlipsDto {
  return { name: done.name, url: done.url, readers: done.readers, copies: done.copies, classes: done.classes, archiveUrl: done.archiveUrl, folder: done.folder };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The dialog after the slips are made: the counts, a link to the Doc, where it is kept, a close button. */
export function slipsDialogHtml(done: DebtorSlipsDto, lang: Lang): string {
  const link = (url: string, label: string) => `<a href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(label)}</a>`;
  const archive = done.archiveUrl ? link(done.archiveUrl, t(lang, 'debtors.dialog.archive')) : escapeHtml(t(lang, 'debtors.dialog.archive'));
  const where = escapeHtml(t(lang, 'debtors.dialog.where', { folder: '\u0000' })).replace('\u0000', `${archive} / ${escapeHtml(done.folder)}`);
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><style>',
    'body{font:14px/1.45 Arial,sans-serif;color:#202124;margin:0;padding:4px 2px}',
    'p{margin:0 0 10px}a{color:#1a73e8}.doc{font-size:15px;font-weight:bold}',
    '.buttons{text-align:right;margin-top:14px}button{font:inherit;padding:6px 16px;border:1px solid #dadce0;border-radius:4px;background:#fff;cursor:pointer}',
    '</style></head><body>',
    `<p>${escapeHtml(t(lang, 'debtors.dialog.summary', { readers: done.readers, copies: done.copies, groups: done.classes }))}</p>`,
    `<p class="doc">${link(done.url, t(lang, 'debtors.dialog.open'))}</p>`,
    `<p>«${escapeHtml(done.name)}». ${where}</p>`,
    `<div class="buttons"><button type="button" onclick="google.script.host.close()">${escapeHtml(t(lang, 'debtors.dialog.close'))}</button></div>`,
    '</body></html>',
  ].join('');
}

/**
 * Menu: bring the debtors journal up to date and make the slips Doc; a dialog links to it. With nobody
 * overdue, an alert says so (and no Doc is made); a refusal or a bug is an alert too.
 */
export function showDebtorSlips(): void {
  const env = gasEnv();
  let lang: Lang = 'kk';
  try {
    const done = slipsDto(slipsUseCase(env));
    lang = workbookLang(env);
    if (!done.url) alert(t(lang, 'debtors.dialog.title'), t(lang, 'debtors.none'));
    else showModalDialog(slipsDialogHtml(done, lang), t(lang, 'debtors.dialog.title'), 460, 210);
  } catch (error) {
    lang = workbookLang(env);
    alert(t(lang, 'app.name'), messageOf(error, lang, 'showDebtorSlips'));
  }
}

export function printFormular(ticketNo: number): Result<DocLinkDto> {
  const env = gasEnv();
  return result('printFormular', env, () => {
    const done = formularUseCase(env, ticketNo);
    return { value: { name: done.name, url: done.url }, message: t(workbookLang(env), 'formular.done', { name: done.fullName }) };
  });
}

export function printDebtorSlips(): Result<DebtorSlipsDto> {
  const env = gasEnv();
  return result('printDebtorSlips', env, () => {
    const done = slipsDto(slipsUseCase(env));
    const lang = workbookLang(env);
    return { value: done, message: done.url ? t(lang, 'debtors.done', { readers: done.readers, copies: done.copies }) : t(lang, 'debtors.none') };
  });
}
