/**
 * A1 notation: column letters, cell and range references.
 * https://developers.google.com/workspace/sheets/api/guides/concepts#cell (A1 notation)
 * Supported: A1, A1:C3, C:C, A:C, 2:2, 2:5, A2:C (open-ended rows), optional $ signs, and an optional
 * sheet prefix: Sheet1!A1, 'Sheet name'!A1 ('' inside quotes is a quote).
 */
import { gasError } from './errors';

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A parsed reference; `undefined` bounds mean "to the edge of the sheet" (whole rows/columns). */
export interface A1Ref {
  sheetName?: string;
  row: number; // 1-based start row
  col: number; // 1-based start column
  endRow?: number; // inclusive; undefined = last row of the sheet
  endCol?: number; // inclusive; undefined = last column of the sheet
}

interface Part {
  col?: number;
  row?: number;
}

function parsePart(s: string): Part | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(s);
  if (!m || (!m[1] && !m[2])) return null;
  const part: Part = {};
  if (m[1]) part.col = lettersToColumn(m[1]);
  if (m[2]) {
    part.row = Number(m[2]);
    if (part.row < 1) return null;
  }
  return part;
}

/** Splits "'My sheet'!A1:B2" into sheet name and reference. */
export function splitSheet(a1: string): { sheetName?: string; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

export function parseA1(a1: string): A1Ref {
  if (typeof a1 !== 'string') throw gasError('Range not found');
  const { sheetName, ref } = splitSheet(a1.trim());
  const pieces = ref.split(':');
  if (pieces.length > 2) throw gasError('Range not found');
  const a = parsePart(pieces[0]);
  const b = pieces.length === 2 ? parsePart(pieces[1]) : a;
  if (!a || !b) throw gasError('Range not found');
  let out: A1Ref;
  if (pieces.length === 1) {
    if (a.col === undefined || a.row === undefined) throw gasError('Range not found');
    out = { row: a.row, col: a.col, endRow: a.row, endCol: a.col };
  } else if (a.col !== undefined && a.row !== undefined && b.col !== undefined && b.row !== undefined) {
    out = { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), endRow: Math.max(a.row, b.row), endCol: Math.max(a.col, b.col) };
  } else if (a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined) {
    out = { row: 1, col: Math.min(a.col, b.col), endCol: Math.max(a.col, b.col) }; // C:C, A:C
  } else if (a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined) {
    out = { row: Math.min(a.row, b.row), col: 1, endRow: Math.max(a.row, b.row) }; // 2:2, 2:5
  } else if (a.col !== undefined && a.row !== undefined && b.col !== undefined && b.row === undefined) {
    out = { row: a.row, col: Math.min(a.col, b.col), endCol: Math.max(a.col, b.col) }; // A2:C
  } else if (a.col !== undefined && a.row !== undefined && b.row !== undefined && b.col === undefined) {
    out = { row: Math.min(a.row, b.row), col: a.col, endRow: Math.max(a.row, b.row) }; // A2:5
  } else {
    throw gasError('Range not found');
  }
  if (sheetName !== undefined) out.sheetName = sheetName;
  return out;
}

export function cellA1(row: number, col: number): string {
  return `${columnToLetters(col)}${row}`;
}

/** A1 of a range; whole columns ("C:C") and whole rows ("2:2") when the range was made unbounded. */
export function rangeA1(row: number, col: number, numRows: number, numCols: number, wholeRows = false, wholeCols = false): string {
  const endRow = row + numRows - 1;
  const endCol = col + numCols - 1;
  if (wholeCols && wholeRows) return `${cellA1(row, col)}:${cellA1(endRow, endCol)}`;
  if (wholeCols) return `${columnToLetters(col)}${row === 1 ? '' : row}:${columnToLetters(endCol)}`;
  if (wholeRows) return `${col === 1 ? '' : columnToLetters(col)}${row}:${col === 1 ? '' : columnToLetters(endCol)}${endRow}`;
  if (numRows === 1 && numCols === 1) return cellA1(row, col);
  return `${cellA1(row, col)}:${cellA1(endRow, endCol)}`;
}

/** How a sheet name is quoted in A1 notation. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
