/**
 * The emulator's runtime: runs the built bundle (dist/Code.js, exactly what `clasp push` sends) in a
 * Node `vm` context whose globals are the strict fakes, one execution at a time, as Apps Script does:
 * a fresh global scope per execution, an authorization mode per execution, locks released and state
 * saved when it ends (also when it throws: Apps Script keeps what a failed execution wrote).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import type { AuthModeName } from './core/auth';
import { checkAuth, type Host, type UiEffect } from './core/host';
import { Meter, type CallCounts } from './core/meter';
import type { ServiceModule } from './core/service';
import { copyAcross } from './core/script-run';
import { createSpreadsheetModule, type SpreadsheetModule } from './services/spreadsheet';
import { createUi } from './services/ui';
import { createHtmlModule } from './services/html';
import { createPropertiesModule } from './services/properties';
import { createCacheModule } from './services/cache';
import { createLockModule } from './services/lock';
import { createSessionModule } from './services/session';
import { createUtilitiesModule } from './services/utilities';
import { createScriptModule } from './services/script';
import { createLoggerModule } from './services/logger';
import { createDriveModule, type DriveInspector } from './services/drive';
import { createChartsModule } from './services/charts';
import { gasError } from './services/small-support';

export interface EmulatorOptions {
  /** The workbook folder: every service keeps its readable state files here. */
  dir: string;
  /** The pushed project: Code.js, appsscript.json and the HTML files (default: ./dist). */
  projectDir?: string;
  /** Session.getActiveUserLocale() (default 'kk'). */
  userLocale?: string;
  /** The clock the executions see (default: the real one). */
  now?: () => Date;
  /** Name of the bound spreadsheet when the folder is new. */
  spreadsheetName?: string;
}

export interface Execution<T = unknown> {
  ok: boolean;
  result?: T;
  error?: { name: string; message: string; stack?: string };
  effects: UiEffect[];
  calls: CallCounts;
  logs: string[];
  ms: number;
}

/** The 6-minute execution limit (developers.google.com/apps-script/guides/services/quotas). */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

export class Emulator {
  readonly meter = new Meter();
  readonly dir: string;
  readonly projectDir: string;
  readonly manifest: { timeZone?: string; oauthScopes?: string[]; runtimeVersion?: string };
  readonly spreadsheet: SpreadsheetModule;
  readonly drive: ServiceModule & { inspect: DriveInspector };
  private readonly modules: ServiceModule[];
  private readonly script: vm.Script;
  private readonly topLevel: Set<string>;
  private readonly lock: ReturnType<typeof createLockModule>;
  private readonly logger: ReturnType<typeof createLoggerModule>;
  private readonly script_: ReturnType<typeof createScriptModule>;
  private mode: AuthModeName = 'FULL';
  /** A trigger's execution: no editor is open, so SpreadsheetApp.getUi() throws. */
  private headless = false;
  private effects: UiEffect[] = [];
  private readonly clock: () => Date;
  private readonly clockDate: DateConstructor;

  constructor(options: EmulatorOptions) {
    this.dir = path.resolve(options.dir);
    this.projectDir = path.resolve(options.projectDir ?? path.join(__dirname, '..', 'dist'));
    fs.mkdirSync(this.dir, { recursive: true });
    const codeFile = path.join(this.projectDir, 'Code.js');
    if (!fs.existsSync(codeFile)) throw new Error(`${codeFile} not found: build the add-on first (npm run build)`);
    this.manifest = JSON.parse(fs.readFileSync(path.join(this.projectDir, 'appsscript.json'), 'utf8'));
    const code = fs.readFileSync(codeFile, 'utf8');
    this.script = new vm.Script(code, { filename: 'Code.js' });
    // What Apps Script can call by name (menus, triggers, google.script.run): the top-level function
    // declarations of the file, not whatever ends up on the global object.
    this.topLevel = new Set([...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]));
    this.clock = options.now ?? (() => new Date());
    this.clockDate = clockedDate(() => this.clock().getTime());

    const self = this;
    const host: Host = {
      meter: this.meter,
      dir: this.dir,
      userLocale: options.userLocale ?? 'kk',
      scriptTimeZone: this.manifest.timeZone ?? 'Asia/Almaty',
      authMode: () => self.mode,
      requireAuth: (what, needed) => checkAuth(host, what, needed),
      effect: (e) => self.effects.push(e),
      projectFile: (name) => self.projectFile(name),
      now: () => self.clock(),
      reloadState: () => self.modules.forEach((m) => m.load()),
      saveState: () => self.modules.forEach((m) => m.save()),
    };
    const ui = () => {
      // "Cannot call SpreadsheetApp.getUi() from this context." in a time-driven trigger: no editor is open
      // (community-observed text; the Ui reference says the Ui is "the user-interface environment" of an open file).
      if (self.headless) throw gasError('Cannot call SpreadsheetApp.getUi() from this context.');
      return createUi(host);
    };
    this.spreadsheet = createSpreadsheetModule(host, { uiFactory: ui, name: options.spreadsheetName });
    this.lock = createLockModule(host);
    this.logger = createLoggerModule(host);
    this.script_ = createScriptModule(host);
    this.drive = createDriveModule(host, { spreadsheetId: this.spreadsheet.inspect.spreadsheet().id, spreadsheetName: this.spreadsheet.inspect.spreadsheet().name });
    this.modules = [
      this.spreadsheet,
      createHtmlModule(host),
      createPropertiesModule(host),
      createCacheModule(host),
      this.lock,
      createSessionModule(host),
      createUtilitiesModule(host),
      this.script_,
      this.logger,
      this.drive,
      createChartsModule(host),
    ];
    for (const m of this.modules) m.load();
  }

  /** Re-reads the state files another process (a CLI command, a test) may have changed. */
  refresh(): void {
    for (const m of this.modules) m.load();
  }

  /** The top-level functions of the bundle: what menus, triggers and google.script.run may name. */
  functions(): string[] {
    const ctx = this.context();
    return [...this.topLevel].filter((k) => typeof ctx[k] === 'function');
  }

  /** Runs a top-level function as a trigger, menu item or the editor would. */
  run<T = unknown>(fn: string, args: unknown[] = [], opts: { authMode?: AuthModeName } = {}): Execution<T> {
    return this.execute<T>(fn, JSON.stringify(args), opts.authMode ?? 'FULL', (v) => v as T);
  }

  /**
   * Runs a function as google.script.run from a sidebar would: arguments and result must be legal
   * (no Date, no function...), each side gets a copy, private functions (name ending in _) are not callable.
   */
  runFromClient<T = unknown>(fn: string, args: unknown[] = []): Execution<T> {
    const started = Date.now();
    try {
      if (fn.endsWith('_')) throw new Error(`${fn} is private (its name ends with _) and cannot be called from google.script.run`);
      const copied = args.map((a, i) => copyAcross(a, 'parameter', `arguments[${i}]`));
      return this.execute<T>(fn, JSON.stringify(copied), 'FULL', (v) => copyAcross(v, 'return value') as T);
    } catch (error) {
      return this.failed(error, started);
    }
  }

  /**
   * Fires an installed time-driven trigger now, as Apps Script would at its scheduled time: the handler
   * runs in AuthMode.FULL with the time-driven event object, and without an editor (no Ui). The event's
   * fields follow developers.google.com/apps-script/guides/triggers/events#time-driven-events (values in
   * UTC, timezone "UTC"). Refuses a trigger that is not installed (deleted triggers never fire).
   */
  runTrigger<T = unknown>(triggerId: string): Execution<T> {
    const started = Date.now();
    const rec = this.script_._triggers().find((t) => t.id === triggerId);
    if (!rec) return this.failed<T>(new Error(`Emulator: no installed trigger ${triggerId}`), started);
    if (rec.eventType !== 'CLOCK') return this.failed<T>(new Error(`Emulator: runTrigger fires time-driven triggers only (${rec.eventType})`), started);
    const now = this.clock();
    const jan1 = Date.UTC(now.getUTCFullYear(), 0, 1);
    const event = {
      authMode: 'FULL',
      'day-of-month': now.getUTCDate(),
      'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
      hour: now.getUTCHours(),
      minute: now.getUTCMinutes(),
      month: now.getUTCMonth() + 1,
      second: now.getUTCSeconds(),
      timezone: 'UTC',
      triggerUid: rec.id,
      'week-of-year': Math.floor((now.getTime() - jan1) / (7 * 86400000)) + 1,
      year: now.getUTCFullYear(),
    };
    this.headless = true;
    try {
      return this.execute<T>(rec.handler, JSON.stringify([event]), 'FULL', (v) => v as T, true);
    } finally {
      this.headless = false;
    }
  }

  /** Opens the document: runs onOpen(e) in the given mode (LIMITED: the add-on is enabled in this document). */
  openDocument(authMode: AuthModeName = 'LIMITED'): Execution {
    return this.execute('onOpen', JSON.stringify([{ authMode }]), authMode, (v) => v, true);
  }

  private execute<T>(fn: string, argsJson: string, mode: AuthModeName, convert: (v: unknown) => T, eventArg = false): Execution<T> {
    const started = Date.now();
    this.meter.reset();
    this.effects = [];
    this.mode = mode;
    let execution: Execution<T>;
    try {
      for (const m of this.modules) m.load();
      const ctx = this.context();
      if (!this.topLevel.has(fn) || typeof ctx[fn] !== 'function') throw new Error(`Script function not found: ${fn}`);
      ctx.__kitaphanaArgs = argsJson;
      // The event object's authMode is the script's own ScriptApp.AuthMode value.
      const call = eventArg
        ? `(function(){var a=JSON.parse(__kitaphanaArgs);a[0].authMode=ScriptApp.AuthMode[a[0].authMode];return this[${JSON.stringify(fn)}].apply(this,a);}).call(this)`
        : `this[${JSON.stringify(fn)}].apply(this, JSON.parse(__kitaphanaArgs))`;
      const value = vm.runInContext(call, ctx, { timeout: EXECUTION_LIMIT_MS, filename: `run:${fn}` });
      execution = { ok: true, result: convert(value), effects: this.effects, calls: this.meter.snapshot(), logs: [], ms: 0 };
    } catch (error) {
      execution = this.failed<T>(error, started);
    } finally {
      this.lock.releaseAllLocks();
      for (const m of this.modules) m.save();
    }
    execution.logs = this.logger._drain();
    execution.calls = this.meter.snapshot();
    execution.effects = this.effects;
    execution.ms = Date.now() - started;
    return execution;
  }

  private failed<T>(error: unknown, started: number): Execution<T> {
    const e = error as { name?: string; message?: string; stack?: string };
    return {
      ok: false,
      error: { name: e?.name ?? 'Error', message: e?.message ?? String(error), stack: e?.stack },
      effects: this.effects,
      calls: this.meter.snapshot(),
      logs: [],
      ms: Date.now() - started,
    };
  }

  /** A fresh global scope with the fakes, and the bundle evaluated in it. */
  private context(): vm.Context & Record<string, unknown> {
    // Each execution sees the services through objects of its own: what a script sets on SpreadsheetApp
    // (a cache, a patch) is gone in the next execution, as on Google; reads reach the counted fakes.
    const globals: Record<string, unknown> = {};
    for (const m of this.modules) for (const [k, v] of Object.entries(m.globals)) globals[k] = v && typeof v === 'object' ? Object.create(v as object) : v;
    // Dates cross between the fakes and the script: share one Date so `instanceof Date` holds both ways,
    // seen through a proxy whose `new Date()` and `Date.now()` follow the emulator's clock (tests freeze it).
    globals.Date = this.clockDate;
    const ctx = vm.createContext(globals) as vm.Context & Record<string, unknown>;
    this.script.runInContext(ctx, { timeout: EXECUTION_LIMIT_MS });
    return ctx;
  }

  private projectFile(name: string): string | undefined {
    for (const candidate of [name, `${name}.html`]) {
      const file = path.join(this.projectDir, candidate);
      if (candidate && fs.existsSync(file) && fs.statSync(file).isFile()) return fs.readFileSync(file, 'utf8');
    }
    return undefined;
  }
}

/**
 * Date as the script sees it: the real constructor (so Dates made by the fakes are `instanceof Date` in
 * the script and back), except that the current time comes from the emulator's clock.
 */
function clockedDate(nowMs: () => number): DateConstructor {
  const now = () => nowMs();
  return new Proxy(Date, {
    construct(target, args: unknown[], newTarget) {
      return args.length === 0 ? Reflect.construct(target, [now()], newTarget) : Reflect.construct(target, args, newTarget);
    },
    apply() {
      // Date() called without new returns the current time as a string.
      return new Date(now()).toString();
    },
    get(target, prop, receiver) {
      if (prop === 'now') return now;
      return Reflect.get(target, prop, receiver);
    },
  });
}
