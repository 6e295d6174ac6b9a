/**
 * The Apps Script face of Kitaphana: triggers, menu items and the functions sidebars call through
 * google.script.run. Thin: DTOs in, a use case, DTOs or messages out. Each is made a top-level
 * function of dist/Code.js by the `global.name = name` lines at the end (esbuild-gas-plugin).
 */
import type {
  AcquisitionDto,
  AcquisitionFormDto,
  CatalogQueryDto,
  CatalogResultDto,
  ReaderFormDto,
  RegisteredReaderDto,
  Result,
  ServerApi,
  SidebarContext,
  TitleFormDto,
  WriteOffDto,
  WriteOffFormDto,
} from './api';
import { describeBook as describe } from './domain/bibliographic';
import { validateTitle } from './domain/fund';
import { UserError } from './domain/errors';
import { isoDateInZone } from './domain/dates';
import { gasEnv } from './gas/env';
import { addAddonMenu, alert, isAuthModeNone, logError, showSidebar, userLocale } from './gas/runtime';
import { langFromLocale, t, type Lang } from './i18n';
import { Settings } from './journals/settings';
import { openWorkbook } from './usecases/context';
import { registerReader as registerReaderUseCase } from './usecases/register-reader';
import { setupWorkbook as setupWorkbookUseCase } from './usecases/setup-workbook';
import { registerAcquisition as registerAcquisitionUseCase } from './usecases/register-acquisition';
import { searchCatalog as searchCatalogUseCase } from './usecases/search-catalog';
import { writeOffCopies as writeOffCopiesUseCase } from './usecases/write-off';
import type { SetupReport } from './journals/setup';

declare const global: Record<string, unknown>;

/** The menu, in the workbook's language; under AuthMode.NONE nothing but the UI is touched. */
function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  let lang: Lang = 'kk';
  if (e && isAuthModeNone(e.authMode)) {
    lang = safe(() => langFromLocale(userLocale()), 'kk');
  } else {
    lang = safe(() => openWorkbook(gasEnv()).lang, 'kk');
  }
  addAddonMenu([
    { caption: t(lang, 'menu.registerReader'), functionName: 'showRegisterReader' },
    null,
    { caption: t(lang, 'menu.registerAcquisition'), functionName: 'showRegisterAcquisition' },
    { caption: t(lang, 'menu.catalogSearch'), functionName: 'showCatalogSearch' },
    { caption: t(lang, 'menu.writeOff'), functionName: 'showWriteOff' },
    null,
    { caption: t(lang, 'menu.setup'), functionName: 'setupWorkbook' },
    { caption: t(lang, 'menu.help'), functionName: 'showAbout' },
  ]);
}

function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu: create every journal, or add what an older workbook lacks. */
function setupWorkbook(): SetupReport | { error: string } {
  const env = gasEnv();
  try {
    const report = setupWorkbookUseCase(env);
    const lang = report.lang;
    const lines: string[] = [];
    if (report.created.length) lines.push(t(lang, 'setup.done.created', { count: report.created.length }));
    if (report.upgraded.length) {
      const columns = report.upgraded.reduce((n, u) => n + u.columns.length, 0);
      lines.push(t(lang, 'setup.done.upgraded', { count: report.upgraded.length, columns }));
    }
    if (!lines.length) lines.push(t(lang, 'setup.done.unchanged'));
    alert(t(lang, 'setup.done.title'), lines.join('\n'));
    onOpen(); // the menu now speaks the workbook's language
    return report;
  } catch (error) {
    const lang = safe(() => openWorkbook(env).lang, 'kk');
    const message = messageOf(error, lang, 'setupWorkbook');
    alert(t(lang, 'app.name'), message);
    return { error: message };
  }
}

function showRegisterReader(): void {
  const lang = safe(() => openWorkbook(gasEnv()).lang, 'kk');
  showSidebar('RegisterReader', t(lang, 'sidebar.registerReader.title'));
}

function showRegisterAcquisition(): void {
  const lang = safe(() => openWorkbook(gasEnv()).lang, 'kk');
  showSidebar('RegisterAcquisition', t(lang, 'menu.registerAcquisition'));
}

function showCatalogSearch(): void {
  const lang = safe(() => openWorkbook(gasEnv()).lang, 'kk');
  showSidebar('CatalogSearch', t(lang, 'menu.catalogSearch'));
}

function showWriteOff(): void {
  const lang = safe(() => openWorkbook(gasEnv()).lang, 'kk');
  showSidebar('WriteOff', t(lang, 'menu.writeOff'));
}

function showAbout(): void {
  const lang = safe(() => openWorkbook(gasEnv()).lang, 'kk');
  alert(t(lang, 'app.name'), t(lang, 'help.text'));
}

const api: ServerApi = {
  getSidebarContext(): SidebarContext {
    return guard('getSidebarContext', () => {
      const env = gasEnv();
      const wb = openWorkbook(env);
      const setUp = wb.isSetUp();
      const schoolName = setUp ? Settings.read(wb).text('schoolName') : '';
      return { lang: wb.lang, today: isoDateInZone(env.clock.now(), wb.timeZone), schoolName, setUp };
    });
  },

  registerReader(form: ReaderFormDto): Result<RegisteredReaderDto> {
    const env = gasEnv();
    return result('registerReader', env, () => {
      const reader = registerReaderUseCase(env, form);
      const lang = openWorkbookLang(env);
      return { value: reader, message: t(lang, 'reader.registered', { name: reader.fullName, ticketNo: reader.ticketNo }) };
    });
  },

  describeBook(title: TitleFormDto): string {
    return guard('describeBook', () => {
      const checked = validateTitle({ ...title, section: 'fiction', docType: 'book', language: title.language || 'other' }, 9999);
      return checked.ok ? describe(checked.value.record) : '';
    });
  },

  registerAcquisition(form: AcquisitionFormDto): Result<AcquisitionDto> {
    const env = gasEnv();
    return result('registerAcquisition', env, () => {
      const done = registerAcquisitionUseCase(env, form);
      const lang = openWorkbookLang(env);
      const first = done.titles[0];
      const last = done.titles[done.titles.length - 1];
      return {
        value: done,
        message: t(lang, 'acquisition.registered', { recordNo: done.recordNo, copies: done.copies, from: first.inventoryFrom, to: last.inventoryTo }),
      };
    });
  },

  searchCatalog(query: CatalogQueryDto): Result<CatalogResultDto> {
    const env = gasEnv();
    return result('searchCatalog', env, () => {
      const found = searchCatalogUseCase(env, query.query, query.limit);
      const hits = found.hits.map((h) => ({ ...h, copies: h.copies.map((c) => ({ inventoryNo: c.inventoryNo, state: c.state, dueOn: c.dueOn ?? '' })) }));
      return { value: { query: found.query, hits, more: found.more }, message: '' };
    });
  },

  writeOffCopies(form: WriteOffFormDto): Result<WriteOffDto> {
    const env = gasEnv();
    return result('writeOffCopies', env, () => {
      const done = writeOffCopiesUseCase(env, form);
      const lang = openWorkbookLang(env);
      return { value: done, message: t(lang, 'writeOff.done', { actNo: done.actNo, copies: done.copies }) };
    });
  },
};

// --- error mapping -------------------------------------------------------------------------------

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function openWorkbookLang(env: ReturnType<typeof gasEnv>): Lang {
  try {
    return openWorkbook(env).lang;
  } catch {
    return safe(() => env.fallbackLang(), 'kk');
  }
}

function reference(): string {
  return Math.random().toString(36).slice(2, 8).toUpperCase();
}

function messageOf(error: unknown, lang: Lang, operation: string): string {
  if (error instanceof UserError) return error.errors.map((e) => t(lang, e.key, e.params)).join('\n');
  const ref = reference();
  logError(error, { operation, ref });
  return t(lang, 'error.unexpected', { ref });
}

/** A librarian's mistake becomes field errors in her language; anything else is a logged bug. */
function result<T>(operation: string, env: ReturnType<typeof gasEnv>, fn: () => { value: T; message: string }): Result<T> {
  try {
    const { value, message } = fn();
    return { ok: true, value, message };
  } catch (error) {
    const lang = openWorkbookLang(env);
    if (error instanceof UserError) {
      const errors = error.errors.map((e) => ({ field: e.field, key: e.key, params: e.params ?? {}, message: t(lang, e.key, e.params) }));
      return { ok: false, errors, message: errors.some((e) => e.field) ? t(lang, 'form.fixErrors') : errors[0].message };
    }
    throw new Error(messageOf(error, lang, operation));
  }
}

function guard<T>(operation: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw new Error(messageOf(error, safe(() => langFromLocale(userLocale()), 'kk'), operation));
  }
}

function getSidebarContext(): SidebarContext {
  return api.getSidebarContext();
}
function registerReader(form: ReaderFormDto): Result<RegisteredReaderDto> {
  return api.registerReader(form);
}
function describeBook(title: TitleFormDto): string {
  return api.describeBook(title);
}
function registerAcquisition(form: AcquisitionFormDto): Result<AcquisitionDto> {
  return api.registerAcquisition(form);
}
function searchCatalog(query: CatalogQueryDto): Result<CatalogResultDto> {
  return api.searchCatalog(query);
}
function writeOffCopies(form: WriteOffFormDto): Result<WriteOffDto> {
  return api.writeOffCopies(form);
}

global.onOpen = onOpen;
global.onInstall = onInstall;
global.setupWorkbook = setupWorkbook;
global.showRegisterReader = showRegisterReader;
global.showAbout = showAbout;
global.getSidebarContext = getSidebarContext;
global.registerReader = registerReader;
global.showRegisterAcquisition = showRegisterAcquisition;
global.showCatalogSearch = showCatalogSearch;
global.showWriteOff = showWriteOff;
global.describeBook = describeBook;
global.registerAcquisition = registerAcquisition;
global.searchCatalog = searchCatalog;
global.writeOffCopies = writeOffCopies;
