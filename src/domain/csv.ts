/**
 * CSV that a librarian double-clicks and reads in Excel or LibreOffice with Kazakh and Russian letters
 * intact. Pure: text in, text out; the sidebar turns the text into a file.
 *
 * Decisions (see also the report of issue 3):
 * - UTF-8 with a byte order mark (U+FEFF as the first character of the text; a Blob encodes it as EF BB BF).
 *   Excel decides the encoding of a double-clicked .csv from its first bytes: EF BB BF is UTF-8, anything
 *   else is read in the ANSI code page (Windows-1251 on a Russian or Kazakh Windows) and Cyrillic UTF-8
 *   turns into "Ð°Ð±..." (SAP wiki "Excel files - CSV format"; Stack Overflow 155097, "Microsoft Excel
 *   mangles diacritics in .csv files"). LibreOffice and Google Sheets accept the BOM too.
 * - Separator ';'. Excel splits a double-clicked CSV at the "list separator" of Windows' regional settings,
 *   which is ';' wherever the decimal separator is ',' (Russian, Kazakh locales), ',' in the US one.
 *   No "sep=;" first line: answers in the same Stack Overflow thread report that Excel then ignores the
 *   BOM (Cyrillic garbled again), and LibreOffice and Google Sheets show "sep=;" as a first data row
 *   (not verified here: no Excel on our machines). LibreOffice asks for the separator in its import dialog.
 * - RFC 4180: CRLF after every record, the last one included; a field holding the separator, a comma, a
 *   double quote, CR or LF is enclosed in double quotes and its quotes doubled. A comma is quoted even with
 *   ';' as separator, so a reader set to ',' does not split the field either.
 * - CSV injection (OWASP "CSV Injection"): a text field beginning with = + - @, a tab or a CR (an LF too,
 *   as src/journals/codec.ts does) is prefixed with a single quote, so Excel shows it as text instead of
 *   running it as a formula; such a field is quoted too. Numbers are written as numbers, never prefixed.
 */

export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

export type CsvValue = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** default ';' */
  separator?: ';' | ',' | '\t';
  /** the leading U+FEFF (default true) */
  bom?: boolean;
  /** the OWASP apostrophe before = + - @ tab CR LF (default true) */
  guardFormulas?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r\n]/;

/** One field as it goes into the file. */
export function csvField(value: CsvValue, separator: string = ';', guardFormulas = true): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  let text = String(value);
  const guarded = guardFormulas && FORMULA_START.test(text);
  if (guarded) text = `'${text}`;
  const needsQuotes = guarded || text.indexOf(separator) >= 0 || /[",\r\n]/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: one record per row (the header is the first row), CRLF after each. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>, options: CsvOptions = {}): string {
  const sep = options.separator ?? ';';
  const guard = options.guardFormulas !== false;
  const body = rows.map((row) => row.map((v) => csvField(v, sep, guard)).join(sep) + CSV_EOL).join('');
  return (options.bom === false ? '' : CSV_BOM) + body;
}
