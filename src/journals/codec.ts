/**
 * Between the domain's values and sheet cells, column by column, as the template types them.
 * - Text typed by people is stored as text: a leading apostrophe keeps Sheets from reading it as a
 *   formula (=, +, -, @: OWASP's CSV-injection guidance) or converting it to a number, date or boolean.
 * - Days are ISO strings in code and date cells in the sheet, midnight in the workbook's time zone.
 * - Enums are codes in code and the option's label (in the workbook language) in the sheet.
 */
import type { ColumnDef, Lang } from '../../sheets-template/schema';
import { isIsoDate, isoDateInZone, midnightInZone } from '../domain/dates';
import type { CellValue } from './port';

export type FieldValue = string | number | boolean | null;
export type JournalRow = Record<string, FieldValue>;

const CONVERTIBLE = /^\s*[-+]?[\d\s.,:/%-]+\s*$|^\s*(true|false)\s*$/i;
const FORMULA_START = /^[=+\-@'\t\r\n]/;

/** The cell value that stores `text` as that exact text. */
export function asSheetText(text: string): string {
  if (text === '') return '';
  return FORMULA_START.test(text) || CONVERTIBLE.test(text) ? `'${text}` : text;
}

export function defaultFormat(column: ColumnDef): string {
  if (column.format) return column.format;
  switch (column.type) {
    case 'int':
      return '0';
    case 'number':
      return '0.00';
    case 'money':
      return '#,##0.00';
    case 'date':
      return 'dd.MM.yyyy';
    case 'datetime':
      return 'dd.MM.yyyy HH:mm';
    case 'bool':
      return 'General';
    default:
      return '@';
  }
}

export function enumLabel(column: ColumnDef, code: string, lang: Lang): string {
  const option = column.options?.find((o) => o.code === code);
  return option ? option.title[lang] : code;
}

export function enumCode(column: ColumnDef, label: string): string {
  const l = label.trim().toLocaleLowerCase();
  const option = column.options?.find(
    (o) => o.code.toLocaleLowerCase() === l || o.title.kk.toLocaleLowerCase() === l || o.title.ru.toLocaleLowerCase() === l,
  );
  return option ? option.code : label.trim();
}

export function toCell(column: ColumnDef, value: FieldValue | undefined, lang: Lang, timeZone: string): CellValue {
  if (value === null || value === undefined || value === '') return column.type === 'bool' ? false : '';
  switch (column.type) {
    case 'int':
    case 'number':
    case 'money': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) throw new Error(`column ${column.key}: not a number: ${value}`);
      return n;
    }
    case 'date': {
      const s = String(value);
      if (!isIsoDate(s)) throw new Error(`column ${column.key}: not an ISO date: ${s}`);
      return midnightInZone(s, timeZone);
    }
    case 'datetime': {
      const d = new Date(String(value));
      if (Number.isNaN(d.getTime())) throw new Error(`column ${column.key}: not an instant: ${value}`);
      return d;
    }
    case 'bool':
      return value === true || value === 'true';
    case 'enum':
      return asSheetText(enumLabel(column, String(value), lang));
    default:
      return asSheetText(String(value));
  }
}

export function fromCell(column: ColumnDef, cell: CellValue | undefined, timeZone: string): FieldValue {
  if (cell === '' || cell === undefined || cell === null) return column.type === 'bool' ? false : null;
  switch (column.type) {
    case 'int':
    case 'number':
    case 'money': {
      if (typeof cell === 'number') return cell;
      const n = Number(String(cell).replace(',', '.').replace(/\s/g, ''));
      return Number.isFinite(n) ? n : null;
    }
    case 'date':
      if (cell instanceof Date) return isoDateInZone(cell, timeZone);
      return parseDayText(String(cell));
    case 'datetime':
      return cell instanceof Date ? cell.toISOString() : String(cell);
    case 'bool':
      return cell === true || String(cell).toUpperCase() === 'TRUE';
    case 'enum':
      return enumCode(column, String(cell));
    default:
      if (cell instanceof Date) return isoDateInZone(cell, timeZone);
      return String(cell);
  }
}

/** A day typed by hand: 2026-11-27 or 27.11.2026. */
function parseDayText(text: string): string | null {
  const s = text.trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
