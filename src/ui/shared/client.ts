/**
 * The sidebars' typed client over google.script.run: a renamed or retyped server function breaks the
 * build, not the librarian's form. Every call has a failure handler.
 */
import type { ServerApi } from '../../api';
import { catalogues, t, type Lang, type MessageKey, type Params } from '../../i18n';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun; host: { close(): void } } };

export function call<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(error));
    const fn = runner[name] as (...a: unknown[]) => void;
    fn.apply(runner, args);
  });
}

export function closeSidebar(): void {
  google.script.host.close();
}

/** Fills every element carrying data-i18n (text) or data-i18n-placeholder / data-i18n-title. */
export function translatePage(lang: Lang): void {
  document.documentElement.lang = lang;
  const known = catalogues[lang] as Record<string, string>;
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    const key = el.dataset.i18n!;
    if (key in known) el.textContent = t(lang, key as MessageKey);
  });
  document.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => {
    const key = el.dataset.i18nPlaceholder!;
    if (key in known) el.placeholder = t(lang, key as MessageKey);
  });
}

export function message(lang: Lang, key: MessageKey, params?: Params): string {
  return t(lang, key, params);
}

/** Shows a message box at the top of the form: 'ok' | 'error' | 'info'. */
export function showStatus(el: HTMLElement, kind: 'ok' | 'error' | 'info' | 'none', text = ''): void {
  el.className = `status ${kind}`;
  el.textContent = text;
  el.hidden = kind === 'none';
  if (kind !== 'none') el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}
