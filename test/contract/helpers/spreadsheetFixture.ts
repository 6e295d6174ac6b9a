/**
 * Builds the spreadsheet fake against a fresh temporary workbook folder and a fake Host.
 */
import { createSpreadsheetModule } from '../../../emulator/services/spreadsheet';
import type { SpreadsheetModule, SpreadsheetModuleOptions } from '../../../emulator/services/spreadsheet';
import { createFakeHost } from './fakeHost';
import type { FakeHost, FakeHostOptions } from './fakeHost';

export interface Workbook {
  host: FakeHost;
  module: SpreadsheetModule;
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
}

/** A trivial Ui stub: the real Ui fake is another module's. */
export const stubUi = { createAddonMenu: () => ({}) } as unknown as GoogleAppsScript.Base.Ui;

export function openWorkbook(hostOptions: FakeHostOptions = {}, options: SpreadsheetModuleOptions = {}): Workbook {
  const host = createFakeHost({ authMode: 'LIMITED', ...hostOptions });
  const module = createSpreadsheetModule(host, { uiFactory: () => stubUi, ...options });
  host.attach(module);
  module.load();
  const app = module.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  return { host, module, app, ss, sheet: ss.getSheets()[0] };
}

/** A second process on the same folder (CLI, preview server). */
export function reopen(wb: Workbook, options: SpreadsheetModuleOptions = {}): Workbook {
  return openWorkbook({ dir: wb.host.dir }, options);
}
