/**
 * The monthly report on its own (issue 5): a time-driven trigger, installed from the menu once per
 * document and removable, builds the report of the month before on the 1st of each month and shares it
 * with the director.
 *
 * The director (setting directorEmail) gets view access to <archive>/<year>/Reports and nothing else:
 * the archive root is not shared, because Readers (formulars, debtor slips: children's personal data),
 * Acts, Scans and Protocols live beside Reports. A new year has a new Reports folder: the trigger shares
 * the folder of the year it reports on every time (sharing again is a no-op). The notification is Drive's
 * own sharing e-mail: the report Doc itself is shared with her too, and Drive e-mails a person when an
 * item is shared with her (community-observed for DriveApp.addViewer, which cannot turn it off). So the
 * add-on needs no `script.send_mail` scope (least privilege; see the README's scopes table). A report
 * built again is rewritten in place (same Doc): she is already a viewer, no second e-mail.
 *
 * A wrong e-mail in the settings: installing refuses (nothing installed, nothing shared); the trigger
 * still builds the report, shares nothing and records why. Each run is recorded in the document
 * properties (LAST_RUN_PROPERTY) in the workbook's language; installing again shows it.
 */
import type { FolderRef } from '../docs/port';
import { dayText } from '../domain/dates';
import { UserError } from '../domain/errors';
import { previousMonth } from '../domain/periods';
import { t, type Lang } from '../i18n';
import { Settings } from '../journals/settings';
import { libraryArchive } from './archive';
import { type Env, openWorkbook, setUpWorkbook, today } from './context';

/** The top-level function the trigger calls (src/server.ts makes it one). */
export const MONTHLY_HANDLER = 'onMonthlyTrigger';
/** The 1st of each month, at 6 o'clock (Apps Script picks a minute within that hour) in the script's zone. */
export const MONTHLY_DAY = 1;
export const MONTHLY_HOUR = 6;
export const REPORTS_FOLDER = 'Reports' as const;
export const TRIGGER_PROPERTY = 'kitaphana.monthlyReport';
export const LAST_RUN_PROPERTY = 'kitaphana.monthlyReport.lastRun';

export interface InstalledTrigger {
  id: string;
  handler: string;
}

/** This user's installable triggers in this document (ScriptApp). */
export interface TriggerPort {
  /** the triggers that call `handler` */
  find(handler: string): InstalledTrigger[];
  /** a time-driven trigger on day `monthDay` of every month at `hour`, in the script's time zone */
  createMonthly(handler: string, monthDay: number, hour: number): InstalledTrigger;
  /** deletes every trigger that calls `handler`; how many */
  removeAll(handler: string): number;
  /** the zone the triggers' hours are in ("Asia/Almaty") */
  timeZone(): string;
}

/** View access in Drive (DriveApp, drive.file: only items the add-on created). */
export interface SharingPort {
  shareFolder(folder: FolderRef, email: string): void;
  shareFile(fileId: string, email: string): void;
}

export interface Scheduling {
  triggers: TriggerPort;
  sharing: SharingPort;
}

/** The report use case, as the trigger calls it: the monthly report of `period` ("2026-11"), a Doc in Reports. */
export type MonthlyReportBuilder = (env: Env, period: string) => { name: string; url: string };

const EMAIL = /^[^\s@,;<>()"']+@[^\s@,;<>()"']+\.[^\s@,;<>()"'.]{2,}$/;

/** The director's e-mail from the settings: '' when none, the address when it looks like one, else null. */
export function directorEmail(settings: Settings): string | null {
  const raw = settings.text('directorEmail').trim();
  if (!raw) return '';
  return EMAIL.test(raw) ? raw.toLowerCase() : null;
}

export interface InstallResult {
  lang: Lang;
  /** '' when the settings name no director */
  email: string;
  zone: string;
  folder: string;
  triggerId: string;
}

/**
 * Menu: installs the trigger (once per document), shares this year's Reports folder with the director
 * and records the trigger in the document properties. Refuses, before anything is written, when it is
 * already installed or the director's e-mail is wrong.
 */
export function installMonthlyReport(env: Env, scheduling: Scheduling): InstallResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const settings = Settings.read(wb);
    if (scheduling.triggers.find(MONTHLY_HANDLER).length) {
      const last = lastRun(env);
      throw UserError.of([{ field: '', key: 'trigger.already' }, ...(last ? [{ field: '', key: 'trigger.lastRun' as const, params: { date: dayText(last.day), result: last.message } }] : [])]);
    }
    const email = directorEmail(settings);
    if (email === null) throw new UserError('trigger.badEmail', { email: settings.text('directorEmail') }, 'directorEmail');
    const day = today(env, wb);
    const year = Number(day.slice(0, 4));
    if (email) scheduling.sharing.shareFolder(libraryArchive(env, wb, settings).folder(year, REPORTS_FOLDER), email);
    const trigger = scheduling.triggers.createMonthly(MONTHLY_HANDLER, MONTHLY_DAY, MONTHLY_HOUR);
    env.properties().set(TRIGGER_PROPERTY, JSON.stringify({ id: trigger.id, installedOn: day, by: env.userKey() }));
    return { lang: wb.lang, email, zone: scheduling.triggers.timeZone(), folder: `${year} / ${REPORTS_FOLDER}`, triggerId: trigger.id };
  });
}

/** Menu: removes the trigger. Past reports stay, and stay shared. */
export function removeMonthlyReport(env: Env, scheduling: Scheduling): { lang: Lang; removed: number } {
  const wb = openWorkbook(env);
  const removed = scheduling.triggers.removeAll(MONTHLY_HANDLER);
  if (!removed) throw new UserError('trigger.notInstalled');
  env.properties().set(TRIGGER_PROPERTY, '');
  return { lang: wb.lang, removed };
}

export interface LastRun {
  /** ISO instant */
  at: string;
  /** the day it ran, in the workbook's zone */
  day: string;
  period: string;
  ok: boolean;
  shared: boolean;
  /** what happened, in the workbook's language */
  message: string;
}

export function lastRun(env: Env): LastRun | null {
  const raw = env.properties().getAll()[LAST_RUN_PROPERTY];
  if (!raw) return null;
  try {
    return JSON.parse(raw) as LastRun;
  } catch {
    return null;
  }
}

function record(env: Env, run: LastRun): void {
  env.properties().set(LAST_RUN_PROPERTY, JSON.stringify(run));
}

export interface MonthlyRun extends LastRun {
  name: string;
  url: string;
  email: string;
}

/**
 * The trigger: the report of the month before today (in the workbook's zone), then the director's view
 * access to that year's Reports folder and to the report. No UI. The report use case takes the document
 * lock itself; sharing takes it after (the archive's folders may be created). Idempotent: a second run
 * the same day rewrites the same Doc and shares nothing new. A failure is recorded and thrown again with
 * its reason (add-on triggers send no failure e-mails: the execution log and the record keep it).
 */
export function runMonthlyReport(env: Env, scheduling: Scheduling, buildReport: MonthlyReportBuilder): MonthlyRun {
  const wb = setUpWorkbook(env);
  const at = env.clock.now().toISOString();
  const day = today(env, wb);
  const period = previousMonth(day);
  let report: { name: string; url: string };
  try {
    report = buildReport(env, period.key);
  } catch (error) {
    const reason = error instanceof UserError ? error.errors.map((e) => t(wb.lang, e.key, e.params)).join(' ') : error instanceof Error ? error.message : String(error);
    record(env, { at, day, period: period.key, ok: false, shared: false, message: t(wb.lang, 'trigger.run.failed', { period: period.key, reason }) });
    throw error;
  }
  const shared = env.lock.withDocumentLock(() => {
    const settings = Settings.read(wb);
    const email = directorEmail(settings);
    if (email === null) return { email: settings.text('directorEmail'), shared: false, key: 'trigger.run.badEmail' as const };
    if (email === '') return { email, shared: false, key: 'trigger.run.notShared' as const };
    const archive = libraryArchive(env, wb, settings);
    const folder = archive.folder(period.year, REPORTS_FOLDER);
    scheduling.sharing.shareFolder(folder, email);
    const file = archive.findFile(folder, report.name);
    if (file) scheduling.sharing.shareFile(file.id, email);
    return { email, shared: true, key: 'trigger.run.shared' as const };
  });
  const run: LastRun = { at, day, period: period.key, ok: true, shared: shared.shared, message: t(wb.lang, shared.key, { period: period.key, email: shared.email }) };
  record(env, run);
  return { ...run, name: report.name, url: report.url, email: shared.email };
}
