/**
 * A Host for contract tests: a real Meter, a settable AuthMode, the UI effects in an array, a frozen
 * clock, project files from a map, and a fresh temporary workbook folder. reloadState/saveState are
 * counted and forwarded to the modules registered with `attach`, like the runtime does.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { AuthModeName } from '../../../emulator/core/auth';
import { checkAuth, type Host, type UiEffect } from '../../../emulator/core/host';
import { Meter } from '../../../emulator/core/meter';
import type { ServiceModule } from '../../../emulator/core/service';

export interface FakeHostOptions {
  dir?: string;
  authMode?: AuthModeName;
  now?: Date;
  userLocale?: string;
  scriptTimeZone?: string;
  files?: Record<string, string>;
}

export interface FakeHost extends Host {
  effects: UiEffect[];
  files: Map<string, string>;
  reloads: number;
  saves: number;
  setAuthMode(mode: AuthModeName): void;
  setNow(d: Date): void;
  advance(ms: number): void;
  /** Modules whose load()/save() reloadState()/saveState() call, as the runtime does. */
  attach(...modules: ServiceModule[]): void;
}

export function tempDir(prefix = 'kitaphana-contract-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function createFakeHost(options: FakeHostOptions = {}): FakeHost {
  let mode: AuthModeName = options.authMode ?? 'FULL';
  let now = options.now ?? new Date('2025-09-01T04:00:00Z');
  const modules: ServiceModule[] = [];
  const host: FakeHost = {
    meter: new Meter(),
    dir: options.dir ?? tempDir(),
    userLocale: options.userLocale ?? 'kk',
    scriptTimeZone: options.scriptTimeZone ?? 'Asia/Almaty',
    effects: [],
    files: new Map(Object.entries(options.files ?? {})),
    reloads: 0,
    saves: 0,
    authMode: () => mode,
    requireAuth(what, needed) {
      checkAuth(host, what, needed);
    },
    effect(e) {
      host.effects.push(e);
    },
    projectFile: (name) => host.files.get(name),
    now: () => new Date(now.getTime()),
    reloadState() {
      host.reloads++;
      for (const m of modules) m.load();
    },
    saveState() {
      host.saves++;
      for (const m of modules) m.save();
    },
    setAuthMode(m) {
      mode = m;
    },
    setNow(d) {
      now = new Date(d.getTime());
    },
    advance(ms) {
      now = new Date(now.getTime() + ms);
    },
    attach(...ms) {
      modules.push(...ms);
    },
  };
  return host;
}

/** Aliases, in case other contract tests name the factory differently. */
export const makeFakeHost = createFakeHost;
export const fakeHost = createFakeHost;
