/**
 * The sidebars' typed client over google.script.run: a renamed or retyped server function breaks the
 * build, not the librarian's form. Every call has a failure handler.
 */
import type { ServerApi, SidebarContext } from '../../api';
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

/** What a failure handler or a thrown error says. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Shows a message box at the top of the form: 'ok' | 'error' | 'info'. */
export function showStatus(el: HTMLElement, kind: 'ok' | 'error' | 'info' | 'none', text = ''): void {
  el.className = `status ${kind}`;
  el.textContent = text;
  el.hidden = kind === 'none';
  if (kind !== 'none') el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}

/**
 * A sidebar's start: the page in Kazakh (and "loading…") until the server says her language, today and
 * whether the workbook is set up; then in her language, the status says if it is not set up, `ready` fills
 * in what depends on the context, and the body is marked data-ready (tests wait for it). A failure
 * (network, server) is said in the status.
 */
export async function startSidebar(o: {
  status: HTMLElement;
  /** Speaks `lang`: the sidebar keeps it and translates the page and what it made itself. */
  apply: (lang: Lang) => void;
  /** The status while waiting; null for none. */
  loading?: MessageKey | null;
  ready: (ctx: SidebarContext) => void | Promise<void>;
}): Promise<void> {
  let lang: Lang = 'kk';
  o.apply(lang);
  if (o.loading !== null) showStatus(o.status, 'info', t(lang, o.loading ?? 'form.loading'));
  try {
    const ctx = await call('getSidebarContext');
    lang = ctx.lang;
    o.apply(lang);
    showStatus(o.status, ctx.setUp ? 'none' : 'error', ctx.setUp ? '' : t(lang, 'error.notSetUp'));
    await o.ready(ctx);
    document.body.dataset.ready = 'true'; // the context has answered: the sidebar speaks her language
  } catch (error) {
    showStatus(o.status, 'error', t(lang, 'error.network', { message: errorText(error) }));
  }
}
