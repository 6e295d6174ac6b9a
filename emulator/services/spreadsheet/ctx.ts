/**
 * What every script-facing object of the spreadsheet fake shares: the host, the workbook, options,
 * and the factories that build counted (and, for document objects, authorization-checked) objects.
 */
import { checkAuth } from '../../core/host';
import type { Host } from '../../core/host';
import { counted } from '../../core/meter';
import type { Book } from './book';
import type { MetaRec } from './model';

type GAS = typeof GoogleAppsScript.Spreadsheet;
export type GRange = GoogleAppsScript.Spreadsheet.Range;
export type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type GMeta = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
export type GFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
export type GProtection = GoogleAppsScript.Spreadsheet.Protection;
export type GValidation = GoogleAppsScript.Spreadsheet.DataValidation;
export type GValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
export type _Unused = GAS;

export interface RangeSpec {
  sheetId: number;
  row: number;
  col: number;
  /** undefined = to the last row of the sheet (e.g. "C:C"). */
  numRows?: number;
  /** undefined = to the last column of the sheet (e.g. "2:2"). */
  numCols?: number;
}

export type FinderScope =
  | { kind: 'SPREADSHEET' }
  | { kind: 'SHEET'; sheetId: number }
  | { kind: 'RANGE'; range: RangeSpec };

export interface Ctx {
  host: Host;
  book: Book;
  userEmail: string;
  locale(): string;
  timeZone(): string;
  /** Counted object; when `document` is true every method also requires LIMITED authorization. */
  wrap<T extends object>(obj: T, name: string, document?: boolean): T;
  spreadsheet(): GSpreadsheet;
  sheet(sheetId: number): GSheet;
  range(spec: RangeSpec): GRange;
  metadata(id: number): GMeta;
  metadataList(recs: MetaRec[]): GMeta[];
  finder(scope: FinderScope): GFinder;
  protection(id: number): GProtection;
  user(email: string): GoogleAppsScript.Base.User;
}

export function makeWrap(host: Host): Ctx['wrap'] {
  return <T extends object>(obj: T, name: string, document = false): T => {
    let target: T = obj;
    if (document) {
      target = new Proxy(obj, {
        get(o, prop, receiver) {
          const value = Reflect.get(o, prop, receiver);
          if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor' || prop.startsWith('_')) return value;
          return function (this: unknown, ...args: unknown[]) {
            checkAuth(host, `${name}.${prop}`, 'LIMITED');
            return value.apply(o, args);
          };
        },
      });
    }
    const proxy = counted(target, name, host.meter);
    (obj as { _self?: T })._self = proxy;
    return proxy;
  };
}
