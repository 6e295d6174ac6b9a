/**
 * The rest of the Apps Script runtime the add-on needs: the document lock, the clock, the user's
 * locale, the UI (menus, sidebars, alerts) and the log. Thin on purpose.
 */
import { UserError } from '../domain/errors';

export interface Lock {
  /** Runs `fn` holding the document lock; flushes the spreadsheet before letting go. */
  withDocumentLock<T>(fn: () => T): T;
}

export const LOCK_WAIT_MS = 10000;

export const documentLock: Lock = {
  withDocumentLock<T>(fn: () => T): T {
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError('error.busy');
    try {
      return fn();
    } finally {
      SpreadsheetApp.flush();
      lock.releaseLock();
    }
  },
};

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The user's locale, e.g. "kk" or "ru_RU"; allowed in every authorization mode. */
export function userLocale(): string {
  return Session.getActiveUserLocale();
}

/** An anonymous, stable key of the user for the audit log (no e-mail scope needed). */
export function userKey(): string {
  return Session.getTemporaryActiveUserKey();
}

export interface MenuItem {
  caption: string;
  functionName: string;
}

/** A submenu of the add-on menu: its caption and items (null: a separator). */
export interface SubMenu {
  caption: string;
  items: readonly (MenuItem | null)[];
}

export type MenuEntry = MenuItem | SubMenu | null;

export function addAddonMenu(entries: readonly MenuEntry[]): void {
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const entry of entries) {
    if (!entry) menu.addSeparator();
    else if ('items' in entry) {
      const sub = ui.createMenu(entry.caption);
      for (const item of entry.items) {
        if (item) sub.addItem(item.caption, item.functionName);
        else sub.addSeparator();
      }
      menu.addSubMenu(sub);
    } else menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
}

export function showSidebar(file: string, title: string): void {
  const html = HtmlService.createHtmlOutputFromFile(file).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function alert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export function isAuthModeNone(authMode: unknown): boolean {
  return authMode === ScriptApp.AuthMode.NONE;
}

export function logError(error: unknown, context: Record<string, unknown>): void {
  console.error(JSON.stringify({ ...context, error: error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error) }));
}
