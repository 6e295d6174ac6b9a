/**
 * The shape of the journals template. Everything the add-on knows about a sheet comes from here:
 * setup creates and upgrades sheets from it, the journals layer reads and writes through it, Docs take
 * titles from it. Pure data: no Apps Script, no I/O.
 */
export type Lang = 'kk' | 'ru';
export type Text = Readonly<Record<Lang, string>>;

export type ColumnType =
  | 'text' // free text, stored as text (never a formula, never auto-converted to a number or date)
  | 'int' // whole number
  | 'number' // decimal number
  | 'money' // tenge, two decimals
  | 'date' // a calendar day, stored as a date cell
  | 'datetime' // an instant, stored as a date-time cell
  | 'bool' // a check box
  | 'enum' // one of `options`, stored as the option's label in the workbook language
  | 'email'
  | 'phone' // stored as text
  | 'url';

export interface EnumOption {
  /** Stable code used in code and DTOs, e.g. "pupil". */
  readonly code: string;
  readonly title: Text;
}

export interface ColumnDef {
  /** Stable key in code, camelCase, unique in its journal; kept in developer metadata on the column. */
  readonly key: string;
  readonly title: Text;
  readonly type: ColumnType;
  /** For type 'enum'. */
  readonly options?: readonly EnumOption[];
  /** Column width in pixels. */
  readonly width: number;
  /** A value is required in every row the add-on writes. */
  readonly required?: boolean;
  /** Sheets number format; defaults by type (see journals/formats). */
  readonly format?: string;
  /** For int/number/money: the least allowed value (validation). */
  readonly min?: number;
  /** A short help text shown by data validation / as the header note. */
  readonly note?: Text;
}

export type JournalKind =
  | 'legal' // a legal record of the fund (inventory book, summary book, acts): protected, rows never deleted
  | 'register' // a working register the librarian keeps (readers, gifts, periodicals...)
  | 'log' // append-only log written by the add-on (audit log)
  | 'plan' // plans and content plans the librarian fills in
  | 'index' // derived from other journals and rebuilt by the add-on (hidden; the librarian never edits it)
  | 'settings'; // key/value settings

export type Protection = 'none' | 'warning';

export interface JournalDef {
  /** Stable id in code, camelCase (glossary code names), kept in developer metadata on the sheet. */
  readonly id: string;
  /** Sheet title in each language (at most 100 characters, no  [ ] * ? / \ : characters). */
  readonly title: Text;
  /** One line on what the journal is for, shown as the header note of its first column. */
  readonly description: Text;
  readonly kind: JournalKind;
  /** Where the standard form of this journal comes from (JOURNALS.md, the seed guide, a regulation). */
  readonly source: string;
  /** 'warning': manual edits ask for confirmation; the add-on writes freely. */
  readonly protection: Protection;
  /** Header rows to freeze (the header is row 1). */
  readonly frozenRows: number;
  /** Columns to freeze on the left (e.g. the inventory number). */
  readonly frozenColumns?: number;
  /** Hidden from the librarian's tab bar (audit log, indexes). */
  readonly hidden?: boolean;
  readonly columns: readonly ColumnDef[];
}

export interface SettingDef {
  readonly key: string;
  readonly title: Text;
  readonly type: 'text' | 'int' | 'email' | 'enum';
  readonly options?: readonly EnumOption[];
  /** Default value written by setup when the setting is missing. */
  readonly defaultValue: string | number;
  readonly min?: number;
  readonly max?: number;
  /** For type 'text': a regular expression (source, anchored) the value must match, e.g. MM-DD. */
  readonly pattern?: string;
  readonly note?: Text;
}
