/**
 * Reading a table the librarian brings: a CSV file saved by Excel (or LibreOffice, or another library
 * system) or cells copied from Excel and pasted (tab-separated). Pure: the sidebar runs it for the
 * preview, the server runs it again on the same text (it never trusts the sidebar's parse).
 *
 * What it follows:
 * - RFC 4180: a field may be quoted with `"`; inside quotes `""` is one `"`, and the separator and line
 *   breaks are text. Excel writes exactly this, and its clipboard uses the same quoting with tabs.
 *   Lenient where Excel is: a `"` inside an unquoted field is a character; text after a closing quote
 *   is kept; a quote left open at the end of the text makes that record `unclosedQuote` (reported, not
 *   guessed at).
 * - Line breaks CRLF, LF or a lone CR end a record; inside quotes they are kept as LF.
 * - A byte-order mark at the start is dropped.
 * - The separator is `,` (RFC 4180), `;` (Excel's "CSV" in a Russian or Kazakh locale, where the comma
 *   is the decimal mark) or a tab (a paste, or "Text (tab-delimited)"): the one that splits the first
 *   records into the same number of fields (two or more); ties go to tab, then `;`, then `,`.
 * - Records are numbered as Excel numbers its rows (1 = the first record, a record with a line break in
 *   a quoted cell is still one row), so "row 7" in a report is row 7 in her spreadsheet. Blank records
 *   keep their number but are left out.
 */

export type Separator = ',' | ';' | '\t';
export const SEPARATORS: readonly Separator[] = ['\t', ';', ','];

export interface CsvRecord {
  /** 1-based, as Excel numbers the row. */
  row: number;
  cells: string[];
  /** A quoted field was still open at the end of the text: this record ran to the end. */
  unclosedQuote?: boolean;
}

export interface CsvTable {
  separator: Separator;
  /** The non-blank records, in order. */
  records: CsvRecord[];
  /** How many records the text holds, blank ones included (the last row number). */
  rowCount: number;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits text into records with one separator. `limit` stops after that many records (blank ones too). */
function parse(text: string, separator: Separator, limit = Infinity): { records: CsvRecord[]; rowCount: number } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false; // inside a quoted field
  let row = 0;
  let i = 0;
  const n = text.length;
  const endRecord = (unclosed: boolean) => {
    cells.push(field);
    row++;
    if (cells.some((c) => c.trim() !== '')) records.push(unclosed ? { row, cells, unclosedQuote: true } : { row, cells });
    cells = [];
    field = '';
  };
  while (i < n && row < limit) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\r') {
        field += '\n';
        i += text[i + 1] === '\n' ? 2 : 1;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
      continue;
    }
    if (c === separator) {
      cells.push(field);
      field = '';
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord(false);
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += c;
    i++;
  }
  // The last record has no line break after it (or the text ended inside quotes).
  if (row < limit && (field !== '' || cells.length > 0 || quoted)) endRecord(quoted);
  return { records, rowCount: row };
}

/** The separator that splits the first records into the same number (≥ 2) of fields. */
export function detectSeparator(text: string): Separator {
  const sample = stripBom(text);
  let best: Separator = ',';
  let bestScore = 0;
  for (const sep of SEPARATORS) {
    const { records } = parse(sample, sep, 30);
    if (records.length === 0) continue;
    const width = records[0].cells.length;
    if (width < 2) continue;
    const same = records.filter((r) => r.cells.length === width).length / records.length;
    // Agreement first, then more columns; SEPARATORS' order breaks a tie (a strictly greater score wins).
    const score = same * 1000 + Math.min(width, 999);
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

/** Reads the whole text: separator (detected unless given), records, row count. */
export function readCsv(text: string, separator?: Separator): CsvTable {
  const clean = stripBom(text);
  const sep = separator ?? detectSeparator(clean);
  const { records, rowCount } = parse(clean, sep);
  return { separator: sep, records, rowCount };
}

// ---- bytes to text -------------------------------------------------------------------------------

export type Encoding = 'utf-8' | 'windows-1251';

/**
 * The text of a file's bytes: UTF-8 (with or without a BOM) unless that decoding meets bytes that are
 * not UTF-8 (U+FFFD appears), then Windows-1251, which Excel uses for "CSV (comma delimited)" on a
 * Russian or Kazakh Windows. The decoder is passed in (the browser's TextDecoder; Node's in tests), so
 * this stays pure.
 */
export function decodeBytes(bytes: Uint8Array, decode: (bytes: Uint8Array, encoding: Encoding) => string): { text: string; encoding: Encoding } {
  const utf8 = decode(bytes, 'utf-8');
  if (utf8.indexOf('\uFFFD') < 0) return { text: stripBom(utf8), encoding: 'utf-8' };
  return { text: decode(bytes, 'windows-1251'), encoding: 'windows-1251' };
}

/**
 * Windows-1251 has no Kazakh letters (ә ғ қ ң ө ұ ү һ): Excel writes "?" in their place. True when the
 * text shows that loss: a "?" touching a Cyrillic letter.
 */
export function lostKazakhLetters(text: string): boolean {
  return /[\u0400-\u04FF]\?|\?[\u0400-\u04FF]/.test(text);
}
