/**
 * Small builders for the template data. Internal to sheets-template/: they only save typing and keep
 * the literal ids and keys in the types (so `ColumnKey<'readers'>` is a union of real keys).
 */
import type { ColumnDef, ColumnType, EnumOption, JournalDef, Text } from './schema';

/** A text in both languages. */
export function t(kk: string, ru: string): Text {
  return { kk, ru };
}

/** An enum option with a literal code type. */
export type Opt<C extends string> = EnumOption & { readonly code: C };

export function opt<C extends string>(code: C, kk: string, ru: string): Opt<C> {
  return { code, title: t(kk, ru) };
}

/** A column with a literal key type. */
export type Col<K extends string> = ColumnDef & { readonly key: K };

/** Default widths in pixels by type; a column may set its own. */
const WIDTH: Readonly<Record<ColumnType, number>> = {
  text: 200,
  int: 90,
  number: 100,
  money: 100,
  date: 100,
  datetime: 150,
  bool: 80,
  enum: 140,
  email: 180,
  phone: 130,
  url: 180,
};

export interface ColExtra {
  readonly width?: number;
  readonly required?: boolean;
  readonly min?: number;
  readonly format?: string;
  readonly options?: readonly EnumOption[];
  /** [kk, ru] */
  readonly note?: readonly [string, string];
}

export function col<K extends string>(key: K, type: ColumnType, kk: string, ru: string, extra: ColExtra = {}): Col<K> {
  const c: { -readonly [P in keyof ColumnDef]: ColumnDef[P] } & { key: K } = {
    key,
    title: t(kk, ru),
    type,
    width: extra.width !== undefined ? extra.width : WIDTH[type],
  };
  if (extra.options !== undefined) c.options = extra.options;
  if (extra.required) c.required = true;
  if (extra.format !== undefined) c.format = extra.format;
  if (extra.min !== undefined) c.min = extra.min;
  if (extra.note !== undefined) c.note = t(extra.note[0], extra.note[1]);
  return c;
}

/** A count: int, at least 0. */
export function count<K extends string>(key: K, kk: string, ru: string, extra: ColExtra = {}): Col<K> {
  return col(key, 'int', kk, ru, { min: 0, ...extra });
}

/** A sum in tenge, at least 0. */
export function money<K extends string>(key: K, kk: string, ru: string, extra: ColExtra = {}): Col<K> {
  return col(key, 'money', kk, ru, { min: 0, ...extra });
}

/**
 * A number that is a code, not a quantity (inventory number, reader ticket, record number, year):
 * int, plain format '0' so it never shows a thousands separator (1965, not 1 965).
 */
export function code<K extends string>(key: K, kk: string, ru: string, extra: ColExtra = {}): Col<K> {
  return col(key, 'int', kk, ru, { min: 1, format: '0', ...extra });
}

export function choice<K extends string>(
  key: K,
  kk: string,
  ru: string,
  options: readonly EnumOption[],
  extra: ColExtra = {},
): Col<K> {
  return col(key, 'enum', kk, ru, { ...extra, options });
}

/** The fields of a journal besides id and columns. */
type JournalMeta = Omit<JournalDef, 'id' | 'columns'>;

export type Journal<Id extends string, K extends string> = JournalDef & {
  readonly id: Id;
  readonly columns: readonly Col<K>[];
};

export function defJournal<Id extends string, K extends string>(
  id: Id,
  meta: JournalMeta,
  columns: readonly Col<K>[],
): Journal<Id, K> {
  return { id, ...meta, columns };
}
