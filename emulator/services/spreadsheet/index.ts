/**
 * The strict offline fake of SpreadsheetApp for the bound spreadsheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 *
 * Authorization (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle):
 * under AuthMode.NONE a script may only reach the UI (getUi, menus); opening the bound spreadsheet
 * throws the authorization error. LIMITED reaches the bound spreadsheet. openById/openByUrl/create need
 * FULL and are, besides, outside the add-on's spreadsheets.currentonly scope: they always throw.
 */
import { checkAuth } from '../../core/host';
import type { Host } from '../../core/host';
import type { ServiceModule } from '../../core/service';
import { Book } from './book';
import type { Ctx, FinderScope, GRange, RangeSpec } from './ctx';
import { makeWrap } from './ctx';
import { DataValidationCriteria, DeveloperMetadataLocationType, DeveloperMetadataVisibility, Dimension, ProtectionType, WrapStrategy } from './enums';
import { gasError } from './errors';
import { FinderImpl, MetadataImpl } from './metadata';
import type { MetaRec } from './model';
import { ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';
import { newBuilder } from './validation';
import { createInspector } from './inspector';
import type { SpreadsheetInspector } from './inspector';

export type { SpreadsheetInspector } from './inspector';

export interface SpreadsheetModuleOptions {
  uiFactory?: () => GoogleAppsScript.Base.Ui;
  name?: string;
  locale?: string;
  timeZone?: string;
  /** The effective user's e-mail (editor of new protections); default "user@example.com". */
  userEmail?: string;
}

export interface SpreadsheetModule extends ServiceModule {
  readonly inspect: SpreadsheetInspector;
}

export const NOT_CURRENT_ONLY =
  'is not available: the add-on uses spreadsheets.currentonly, which reaches only the spreadsheet it is bound to (use SpreadsheetApp.getActiveSpreadsheet()).';

export function createSpreadsheetModule(host: Host, opts: SpreadsheetModuleOptions = {}): SpreadsheetModule {
  const book = new Book(host.dir, {
    name: opts.name ?? 'Kitaphana (local)',
    locale: opts.locale ?? 'kk_KZ', // "Kazakhstan kk_KZ" is in the Sheets locale list (File > Settings)
    timeZone: opts.timeZone ?? host.scriptTimeZone,
  });
  const wrap = makeWrap(host);
  const ctx: Ctx = {
    host,
    book,
    userEmail: opts.userEmail ?? 'user@example.com',
    locale: () => book.state.props.locale,
    timeZone: () => book.state.props.timeZone,
    wrap,
    spreadsheet: () => wrap(new SpreadsheetImpl(ctx), 'Spreadsheet', true) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet,
    sheet: (sheetId) => wrap(new SheetImpl(ctx, sheetId), 'Sheet', true) as unknown as GoogleAppsScript.Spreadsheet.Sheet,
    range: (spec: RangeSpec) => wrap(new RangeImpl(ctx, spec), 'Range', true) as unknown as GRange,
    metadata: (id) => wrap(new MetadataImpl(ctx, id), 'DeveloperMetadata', true) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata,
    metadataList: (recs: MetaRec[]) => recs.map((m) => ctx.metadata(m.id)),
    finder: (scope: FinderScope) => wrap(new FinderImpl(ctx, scope), 'DeveloperMetadataFinder', true) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder,
    protection: (id) => wrap(new ProtectionImpl(ctx, id), 'Protection', true) as unknown as GoogleAppsScript.Spreadsheet.Protection,
    user: (email) => wrap({ getEmail: () => email, getUserLoginId: () => email }, 'User') as unknown as GoogleAppsScript.Base.User,
  };

  const active = (what: string) => {
    checkAuth(host, what, 'LIMITED');
    return ctx.spreadsheet();
  };
  const unavailable = (what: string) => {
    checkAuth(host, what, 'FULL');
    throw gasError(`${what} ${NOT_CURRENT_ONLY}`);
  };
  const app = {
    DeveloperMetadataVisibility,
    DeveloperMetadataLocationType,
    ProtectionType,
    DataValidationCriteria,
    Dimension,
    WrapStrategy,
    getActive: () => active('SpreadsheetApp.getActive'),
    getActiveSpreadsheet: () => active('SpreadsheetApp.getActiveSpreadsheet'),
    getActiveSheet: () => {
      checkAuth(host, 'SpreadsheetApp.getActiveSheet', 'LIMITED');
      return new SpreadsheetImpl(ctx).getActiveSheet(); // not counted twice as Spreadsheet.getActiveSheet
    },
    setActiveSheet: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => {
      checkAuth(host, 'SpreadsheetApp.setActiveSheet', 'LIMITED');
      return new SpreadsheetImpl(ctx).setActiveSheet(sheet);
    },
    /** Available in every mode: onOpen builds menus under AuthMode.NONE. */
    getUi: (): GoogleAppsScript.Base.Ui => {
      if (!opts.uiFactory) throw gasError('Cannot call SpreadsheetApp.getUi() from this context.');
      return opts.uiFactory();
    },
    flush: (): void => undefined,
    newDataValidation: () => newBuilder(ctx),
    openById: (_id: string) => unavailable('SpreadsheetApp.openById'),
    openByUrl: (_url: string) => unavailable('SpreadsheetApp.openByUrl'),
    open: (_file: unknown) => unavailable('SpreadsheetApp.open'),
    create: (_name: string) => unavailable('SpreadsheetApp.create'),
  };
  const SpreadsheetApp = wrap(app, 'SpreadsheetApp');

  return {
    name: 'spreadsheet',
    globals: { SpreadsheetApp },
    load: () => book.load(),
    save: () => book.save(),
    inspect: createInspector(book),
  };
}
