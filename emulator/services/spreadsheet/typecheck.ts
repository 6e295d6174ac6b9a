/**
 * Compile-time check that the fakes' methods have the signatures @types/google-apps-script declares
 * (parameters at least as wide, same return types). Nothing here runs.
 */
import type { BuilderImpl, ValidationImpl } from './validation';
import type { FinderImpl, LocationImpl, MetadataImpl } from './metadata';
import type { ProtectionImpl } from './protection';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import type { SpreadsheetImpl } from './spreadsheet';
import type { TextFinderImpl } from './textfinder';

type S = typeof GoogleAppsScript.Spreadsheet;
type Check<Impl, Api> = { [K in keyof Impl & keyof Api]: Impl[K] extends Api[K] ? true : K };
type Failures<Impl, Api> = Exclude<Check<Impl, Api>[keyof Impl & keyof Api], true>;
type Assert<T extends never> = T;
/** Public methods a fake has and the typings lack (internals start with '_'). */
type Extra<Impl, Api> = Exclude<keyof Impl, keyof Api | `_${string}`>;

export type _Range = Assert<Failures<RangeImpl, GoogleAppsScript.Spreadsheet.Range>>;
export type _Sheet = Assert<Failures<SheetImpl, GoogleAppsScript.Spreadsheet.Sheet>>;
export type _Spreadsheet = Assert<Failures<SpreadsheetImpl, GoogleAppsScript.Spreadsheet.Spreadsheet>>;
export type _Meta = Assert<Failures<MetadataImpl, GoogleAppsScript.Spreadsheet.DeveloperMetadata>>;
export type _Location = Assert<Failures<LocationImpl, GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>>;
export type _Finder = Assert<Failures<FinderImpl, GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>>;
export type _Protection = Assert<Failures<ProtectionImpl, GoogleAppsScript.Spreadsheet.Protection>>;
export type _Validation = Assert<Failures<ValidationImpl, GoogleAppsScript.Spreadsheet.DataValidation>>;
export type _Builder = Assert<Failures<BuilderImpl, GoogleAppsScript.Spreadsheet.DataValidationBuilder>>;
export type _TextFinder = Assert<Failures<TextFinderImpl, GoogleAppsScript.Spreadsheet.TextFinder>>;
export type _TextFinderExtra = Assert<Extra<TextFinderImpl, GoogleAppsScript.Spreadsheet.TextFinder>>;
export type _Unused = S;
