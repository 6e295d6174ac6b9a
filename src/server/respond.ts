/**
 * How server functions answer: a librarian's mistake (UserError) becomes field errors in her language;
 * anything else is a bug: logged with a reference, shown as a short apology. Shared by every feature.
 */
import type { Result } from '../api';
import { UserError } from '../domain/errors';
import { gasEnv } from '../gas/env';
import { logError, showSidebar, userLocale } from '../gas/runtime';
import { langFromLocale, t, type Lang, type MessageKey } from '../i18n';
import { openWorkbook, type Env } from '../usecases/context';

export function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** The workbook's language, or the user's before setup, or Kazakh. */
export function workbookLang(env: Env): Lang {
  try {
    return openWorkbook(env).lang;
  } catch {
    return safe(() => env.fallbackLang(), 'kk');
  }
}

function reference(): string {
  return Math.random().toString(36).slice(2, 8).toUpperCase();
}

export function messageOf(error: unknown, lang: Lang, operation: string): string {
  if (error instanceof UserError) return error.errors.map((e) => t(lang, e.key, e.params)).join('\n');
  const ref = reference();
  logError(error, { operation, ref });
  return t(lang, 'error.unexpected', { ref });
}

/** Runs a use case for google.script.run: a value and a message, or the librarian's errors. */
export function result<T>(operation: string, env: Env, fn: () => { value: T; message: string }): Result<T> {
  try {
    const { value, message } = fn();
    return { ok: true, value, message };
  } catch (error) {
    const lang = workbookLang(env);
    if (error instanceof UserError) {
      const errors = error.errors.map((e) => ({ field: e.field, key: e.key, params: e.params ?? {}, message: t(lang, e.key, e.params) }));
      return { ok: false, errors, message: errors.some((e) => e.field) ? t(lang, 'form.fixErrors') : errors[0].message };
    }
    throw new Error(messageOf(error, lang, operation));
  }
}

/** Runs a read-only server function: a bug is logged and re-thrown as an apology (the failure handler shows it). */
export function guard<T>(operation: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw new Error(messageOf(error, safe(() => langFromLocale(userLocale()), 'kk'), operation));
  }
}

/** Opens a sidebar (dist/FILE.html) titled in the workbook's language. */
export function openSidebar(file: string, title: MessageKey): void {
  const lang = safe(() => openWorkbook(gasEnv()).lang, 'kk');
  showSidebar(file, t(lang, title));
}
