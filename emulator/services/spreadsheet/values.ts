/**
 * Cell values: what a script's write becomes in the cell, and how a cell is displayed.
 *
 * Writes (Range.setValue/setValues, Sheet.appendRow), per
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue :
 *  - null/undefined/'' empty the cell; numbers, booleans and Dates are stored as they are;
 *  - a string starting with '=' (and longer than '=') becomes a formula;
 *  - a string starting with a single quote is stored as text, without the quote (common understanding,
 *    not verified; we strip it in plain-text '@' cells too, so the apostrophe is never part of a value);
 *  - other strings are parsed as Sheets parses typed input (a small, documented subset): integers and
 *    decimals with '.', decimals with ',' in comma-decimal locales (ru, kk...), TRUE/FALSE in any case,
 *    ISO dates yyyy-mm-dd [hh:mm[:ss]], dd.mm.yyyy [hh:mm[:ss]] in dot-date locales, m/d/yyyy in en_US;
 *    dates are midnight (or the given time) in the spreadsheet time zone;
 *  - in a cell whose number format is plain text '@', strings are kept as text: no parsing and no
 *    formula (not verified for formulas: the UI keeps "=1+1" as text in a plain-text cell).
 */
import { zonedParts } from '../utilities';
export type Cell = string | number | boolean | Date;

/** What getValues returns for a formula cell: the emulator does not evaluate formulas. */
export const FORMULA_VALUE = '#NAME?';

export interface Written {
  value: Cell | undefined;
  formula?: string;
}

export const TEXT_FORMAT = '@';

/**
 * A Date from any realm: the add-on runs in a Node vm context, whose Date is not this module's Date,
 * so `instanceof Date` would miss the script's dates.
 */
export function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === '[object Date]';
}

interface LocaleInfo {
  decimal: string;
  group: string;
  dotDates: boolean;
  usDates: boolean;
  bcp47: string;
}

const localeCache = new Map<string, LocaleInfo>();

export function localeInfo(locale: string): LocaleInfo {
  let info = localeCache.get(locale);
  if (info) return info;
  const lang = locale.split(/[_-]/)[0].toLowerCase();
  const commaSpace = ['ru', 'kk', 'uk', 'be', 'fr', 'pl', 'cs', 'sk', 'fi', 'sv', 'nb', 'no', 'nn', 'lv', 'lt', 'bg', 'hy', 'ka', 'az', 'mn'];
  const commaDot = ['de', 'es', 'it', 'nl', 'pt', 'tr', 'id', 'in', 'da', 'ro', 'hr', 'sl', 'sr', 'el', 'vi'];
  const dot = ['ru', 'kk', 'uk', 'be', 'de', 'pl', 'cs', 'sk', 'fi', 'nb', 'no', 'nn', 'lv', 'lt', 'tr', 'ro', 'hr', 'sl', 'sr', 'az', 'hy', 'ka', 'mn', 'bg'];
  info = {
    decimal: commaSpace.includes(lang) || commaDot.includes(lang) ? ',' : '.',
    group: commaSpace.includes(lang) ? '\u00a0' : commaDot.includes(lang) ? '.' : ',',
    dotDates: dot.includes(lang),
    usDates: locale === 'en_US' || locale === 'en',
    bcp47: locale.replace('_', '-'),
  };
  localeCache.set(locale, info);
  return info;
}

// ---------- time zones ----------

export interface Wall {
  y: number;
  mo: number; // 1..12
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  dow: number; // 0 = Sunday
}

/** Wall-clock fields of an instant in a time zone (the same zone arithmetic as Utilities.formatDate). */
export function wallOf(date: Date, tz: string): Wall {
  const p = zonedParts(date, tz);
  return { y: p.year, mo: p.month, d: p.day, h: p.hour, mi: p.minute, s: p.second, ms: p.ms, dow: p.weekday };
}

function offsetAt(utcMs: number, tz: string): number {
  const w = wallOf(new Date(utcMs), tz);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s, w.ms) - utcMs;
}

/** The instant at which the wall clock of `tz` shows the given fields. */
export function fromWall(y: number, mo: number, d: number, h: number, mi: number, s: number, tz: string): Date {
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  let t = wall - offsetAt(wall, tz);
  t = wall - offsetAt(t, tz);
  return new Date(t);
}

function wallFromMs(wallMs: number): Wall {
  const d = new Date(wallMs);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    dow: d.getUTCDay(),
  };
}

/** Sheets date serial number (days since 1899-12-30, wall clock) of a Date in a time zone. */
export function dateToSerial(date: Date, tz: string): number {
  const w = wallOf(date, tz);
  const wall = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s, w.ms);
  return wall / 86400000 + 25569;
}

// ---------- writes ----------

const NUM = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const NUM_COMMA = /^[+-]?\d+,\d+$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DOT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function validDate(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

function parseDate(t: string, locale: string, tz: string): Date | undefined {
  const info = localeInfo(locale);
  let m = ISO.exec(t);
  let y: number, mo: number, d: number;
  if (m) {
    y = +m[1];
    mo = +m[2];
    d = +m[3];
  } else if (info.dotDates && (m = DOT.exec(t))) {
    d = +m[1];
    mo = +m[2];
    y = +m[3];
  } else if (info.usDates && (m = US.exec(t))) {
    mo = +m[1];
    d = +m[2];
    y = +m[3];
  } else return undefined;
  const h = m[4] ? +m[4] : 0;
  const mi = m[5] ? +m[5] : 0;
  const s = m[6] ? +m[6] : 0;
  if (!validDate(y, mo, d, h, mi, s)) return undefined;
  return fromWall(y, mo, d, h, mi, s, tz);
}

/** Parses a string as Sheets would parse typed input (the subset described above). */
export function parseInput(s: string, locale: string, tz: string): Cell {
  const t = s.trim();
  if (!t) return s;
  const up = t.toUpperCase();
  if (up === 'TRUE') return true;
  if (up === 'FALSE') return false;
  if (NUM.test(t)) return Number(t);
  if (localeInfo(locale).decimal === ',' && NUM_COMMA.test(t)) return Number(t.replace(',', '.'));
  const d = parseDate(t, locale, tz);
  if (d) return d;
  return s;
}

export function fromScript(x: unknown, numberFormat: string | undefined, locale: string, tz: string): Written {
  if (x === null || x === undefined) return { value: undefined };
  if (isDate(x)) return { value: new Date(x.getTime()) };
  if (typeof x === 'number') return { value: Number.isFinite(x) ? x : '#NUM!' };
  if (typeof x === 'boolean') return { value: x };
  const s = typeof x === 'string' ? x : String(x);
  if (s === '') return { value: undefined };
  if (s.startsWith("'")) return { value: s.length > 1 ? s.slice(1) : undefined };
  // The reference (Range.setValue) says a value beginning with '=' is a formula; whether a plain-text '@'
  // cell overrides that is not verified, so the emulator follows the documented side: a formula either way.
  if (s.startsWith('=') && s.length > 1) return { value: FORMULA_VALUE, formula: s };
  if (numberFormat === TEXT_FORMAT) return { value: s };
  return { value: parseInput(s, locale, tz) };
}

// ---------- display ----------

const MONTHS_CACHE = new Map<string, string[]>();
function monthNames(locale: string, style: 'long' | 'short'): string[] {
  const key = `${locale}|${style}`;
  let names = MONTHS_CACHE.get(key);
  if (!names) {
    let f: Intl.DateTimeFormat;
    try {
      f = new Intl.DateTimeFormat(localeInfo(locale).bcp47, { month: style, timeZone: 'UTC' });
    } catch {
      f = new Intl.DateTimeFormat('en', { month: style, timeZone: 'UTC' });
    }
    names = Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2001, i, 1))));
    MONTHS_CACHE.set(key, names);
  }
  return names;
}
function dayNames(locale: string, style: 'long' | 'short'): string[] {
  let f: Intl.DateTimeFormat;
  try {
    f = new Intl.DateTimeFormat(localeInfo(locale).bcp47, { weekday: style, timeZone: 'UTC' });
  } catch {
    f = new Intl.DateTimeFormat('en', { weekday: style, timeZone: 'UTC' });
  }
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2001, 0, 7 + i))));
}

type Tok = { lit: string } | { tok: string };

function tokenize(fmt: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (ch === '"') {
      const j = fmt.indexOf('"', i + 1);
      const end = j < 0 ? fmt.length : j;
      out.push({ lit: fmt.slice(i + 1, end) });
      i = end + 1;
    } else if (ch === '\\' && i + 1 < fmt.length) {
      out.push({ lit: fmt[i + 1] });
      i += 2;
    } else if (/^am\/pm/i.test(fmt.slice(i))) {
      out.push({ tok: 'AMPM' });
      i += 5;
    } else if (/[yMmdDhHsS]/.test(ch)) {
      let j = i;
      while (j < fmt.length && fmt[j].toLowerCase() === ch.toLowerCase()) j++;
      out.push({ tok: fmt.slice(i, j) });
      i = j;
    } else {
      out.push({ lit: ch });
      i++;
    }
  }
  return out;
}

export function isDateFormat(fmt: string): boolean {
  return tokenize(fmt).some((t) => 'tok' in t && t.tok !== 'AMPM' && /[ymdhs]/i.test(t.tok));
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function formatWall(w: Wall, fmt: string, locale: string): string {
  const toks = tokenize(fmt);
  const hasAmPm = toks.some((t) => 'tok' in t && t.tok === 'AMPM');
  const kinds = toks.map((t) => ('tok' in t ? t.tok[0].toLowerCase() : ''));
  let out = '';
  toks.forEach((t, i) => {
    if ('lit' in t) {
      out += t.lit;
      return;
    }
    const tok = t.tok;
    const k = kinds[i];
    const n = tok.length;
    if (tok === 'AMPM') out += w.h < 12 ? 'AM' : 'PM';
    else if (k === 'y') out += n <= 2 ? pad(w.y % 100, 2) : pad(w.y, 4);
    else if (k === 'd') {
      if (n <= 2) out += pad(w.d, n);
      else out += dayNames(locale, n === 3 ? 'short' : 'long')[w.dow];
    } else if (k === 'h') {
      const h = hasAmPm ? ((w.h + 11) % 12) + 1 : w.h;
      out += pad(h, Math.min(n, 2));
    } else if (k === 's') out += pad(w.s, Math.min(n, 2));
    else if (k === 'm') {
      // "m" means minutes after an hour token or before a seconds token, months otherwise.
      let prev = '';
      for (let j = i - 1; j >= 0; j--) if (kinds[j]) { prev = kinds[j]; break; }
      let next = '';
      for (let j = i + 1; j < kinds.length; j++) if (kinds[j]) { next = kinds[j]; break; }
      const minutes = n <= 2 && (prev === 'h' || next === 's');
      if (minutes) out += pad(w.mi, n);
      else if (n <= 2) out += pad(w.mo, n);
      else out += monthNames(locale, n === 3 ? 'short' : 'long')[w.mo - 1];
    }
  });
  return out;
}

function groupDigits(intPart: string, group: string): string {
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += group;
    out += intPart[i];
  }
  return out;
}

/** "Automatic" number display: up to 15 significant digits, locale decimal separator, no grouping. */
export function generalNumber(n: number, locale: string): string {
  let s = Number.isInteger(n) && Math.abs(n) < 1e15 ? String(n) : String(parseFloat(n.toPrecision(15)));
  s = s.replace('e', 'E');
  const info = localeInfo(locale);
  return info.decimal === '.' ? s : s.replace('.', info.decimal);
}

function formatNumber(n: number, fmt: string, locale: string): string {
  const sections = fmt.split(';');
  let section = sections[0];
  let value = n;
  if (n < 0 && sections.length > 1) {
    section = sections[1];
    value = -n;
  } else if (n === 0 && sections.length > 2) section = sections[2];
  // Find the numeric core and the literal text around it.
  const raw = section;
  const core = /[#0?][#0?,]*(\.[#0?]*)?|\.[#0?]+/.exec(raw);
  if (!core) return literal(raw) || generalNumber(n, locale);
  const before = literal(raw.slice(0, core.index));
  const after = literal(raw.slice(core.index + core[0].length));
  const percent = raw.includes('%');
  if (percent) value *= 100;
  const [intPat, fracPat = ''] = core[0].split('.');
  const minInt = (intPat.match(/0/g) || []).length;
  const minFrac = (fracPat.match(/0/g) || []).length;
  const maxFrac = (fracPat.match(/[0#?]/g) || []).length;
  const grouping = intPat.includes(',');
  const neg = value < 0;
  let s = Math.abs(value).toFixed(maxFrac);
  let [ip, fp = ''] = s.split('.');
  while (fp.length > minFrac && fp.endsWith('0')) fp = fp.slice(0, -1);
  if (ip === '0' && minInt === 0) ip = '';
  ip = ip.padStart(minInt, '0');
  const info = localeInfo(locale);
  if (grouping) ip = groupDigits(ip, info.group);
  s = ip + (fp ? info.decimal + fp : '');
  if (neg && /[1-9]/.test(s)) s = '-' + s;
  return before + s + after;
}

function literal(s: string): string {
  return tokenize(s)
    .map((t) => ('lit' in t ? t.lit : t.tok))
    .join('');
}

/** Default display of a Date in a cell without a number format (not verified: Sheets applies a
 * locale date or date-time format when a script writes a Date). */
function defaultDateFormat(w: Wall, locale: string): string {
  const info = localeInfo(locale);
  const date = info.usDates ? 'M/d/yyyy' : info.dotDates ? 'dd.MM.yyyy' : 'yyyy-MM-dd';
  return w.h || w.mi || w.s ? `${date} H:mm:ss` : date;
}

export function displayValue(v: Cell | undefined, fmt: string | undefined, locale: string, tz: string): string {
  if (v === undefined || v === '') return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const general = !fmt || fmt === 'General' || fmt === TEXT_FORMAT;
  if (v instanceof Date) {
    const w = wallOf(v, tz);
    if (general) return formatWall(w, defaultDateFormat(w, locale), locale);
    if (isDateFormat(fmt)) return formatWall(w, fmt, locale);
    return formatNumber(dateToSerial(v, tz), fmt, locale);
  }
  if (general) return generalNumber(v, locale);
  if (isDateFormat(fmt)) {
    const wallMs = Math.round((v - 25569) * 86400000);
    return formatWall(wallFromMs(wallMs), fmt, locale);
  }
  return formatNumber(v, fmt, locale);
}
