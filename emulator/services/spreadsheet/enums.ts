/**
 * Apps Script enums as scripts see them: each value is a distinct object whose toString() and name()
 * give its name, so `x === SpreadsheetApp.ProtectionType.SHEET` works and `x === 'SHEET'` does not
 * (as in Apps Script, where enum values are objects, not strings).
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#properties
 */
export interface EnumValue<N extends string = string> {
  readonly __enum: string;
  name(): N;
  toString(): N;
  toJSON(): N;
  ordinal(): number;
}

export type EnumOf<N extends string> = Readonly<Record<N, EnumValue<N>>>;

function makeEnum<N extends string>(enumName: string, names: readonly N[]): EnumOf<N> {
  const out = {} as Record<N, EnumValue<N>>;
  names.forEach((n, i) => {
    out[n] = Object.freeze({
      __enum: enumName,
      name: () => n,
      toString: () => n,
      toJSON: () => n,
      ordinal: () => i,
    });
  });
  return Object.freeze(out);
}

/** Name of an enum value (accepts the enum object or, leniently for internal callers, its name). */
export function enumName(v: unknown): string | undefined {
  if (v && typeof v === 'object' && typeof (v as EnumValue).__enum === 'string') return (v as EnumValue).name();
  return undefined;
}

export function isEnumOf(v: unknown, enumName: string): v is EnumValue {
  return !!v && typeof v === 'object' && (v as EnumValue).__enum === enumName;
}

export const DeveloperMetadataVisibility = makeEnum('DeveloperMetadataVisibility', ['DOCUMENT', 'PROJECT'] as const);
export type VisibilityName = 'DOCUMENT' | 'PROJECT';

export const DeveloperMetadataLocationType = makeEnum('DeveloperMetadataLocationType', [
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
] as const);
export type LocationTypeName = 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';

export const ProtectionType = makeEnum('ProtectionType', ['RANGE', 'SHEET'] as const);
export type ProtectionTypeName = 'RANGE' | 'SHEET';

export const CRITERIA = [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const;
export type CriteriaName = (typeof CRITERIA)[number];
export const DataValidationCriteria = makeEnum('DataValidationCriteria', CRITERIA);

export const Dimension = makeEnum('Dimension', ['COLUMNS', 'ROWS'] as const);
export const WrapStrategy = makeEnum('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP'] as const);
