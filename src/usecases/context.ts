/**
 * What a use case is given: the workbook as journals, the document lock, the clock. Server functions
 * build it from the Apps Script adapters; tests build it over the emulator.
 */
import type { Lang } from '../../sheets-template/schema';
import { TEMPLATE_VERSION } from '../../sheets-template';
import { isoDateInZone, type IsoDate } from '../domain/dates';
import { UserError } from '../domain/errors';
import type { PropertyPort, SpreadsheetPort } from '../journals/port';
import { Workbook } from '../journals/workbook';
import type { Clock, Lock } from '../gas/runtime';
import type { ArchivePort, DocsPort } from '../docs/port';

export interface Env {
  spreadsheet(): SpreadsheetPort;
  properties(): PropertyPort;
  lock: Lock;
  clock: Clock;
  /** The language before the workbook has one (the user's locale). */
  fallbackLang(): Lang;
  /** Anonymous key of the current user, for the audit log. */
  userKey(): string;
  /** Google Docs, written from document models. */
  docs(): DocsPort;
  /** The Drive archive whose root folder has this id (a new root with this name when it is gone). */
  archive(rootId: string | null, rootName: string): { archive: ArchivePort; rootId: string; created: boolean };
}

const opened = new WeakMap<Env, Workbook>();

/** The workbook of this execution: opened once (one properties read), shared by the use case and the server. */
export function openWorkbook(env: Env): Workbook {
  let wb = opened.get(env);
  if (!wb) {
    wb = new Workbook(env.spreadsheet(), env.properties(), env.fallbackLang);
    opened.set(env, wb);
  }
  return wb;
}

/** The workbook of this execution, refusing (before any write) when setup has not run yet. */
export function setUpWorkbook(env: Env): Workbook {
  const wb = openWorkbook(env);
  if (!wb.isSetUp()) throw new UserError('error.notSetUp');
  if (wb.templateVersion < TEMPLATE_VERSION) throw new UserError('error.needsUpgrade');
  return wb;
}

export function today(env: Env, wb: Workbook): IsoDate {
  return isoDateInZone(env.clock.now(), wb.timeZone);
}
