/**
 * TextFinder: https://developers.google.com/apps-script/reference/spreadsheet/text-finder
 * Made by Range/Sheet/Spreadsheet.createTextFinder(findText):
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#createtextfinderfindtext
 *   https://developers.google.com/apps-script/reference/spreadsheet/sheet#createtextfinderfindtext
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createtextfinderfindtext
 *
 * What the reference says, and the emulator does:
 *  - cells are matched on their displayed value; with matchFormulaText(true) formula cells are matched
 *    on their formula text ("otherwise cells with formulas are considered based on their displayed
 *    value"). The emulator does not evaluate formulas: a formula cell displays FORMULA_VALUE (#NAME?);
 *  - case-insensitive unless matchCase(true); partial matching unless matchEntireCell(true);
 *  - useRegularExpression(true): the Sheets API's find/replace follows Java regex rules; the emulator
 *    uses JavaScript RegExp (with the u flag, or without it when the pattern compiles only so: Java, like
 *    non-u JavaScript, accepts escapes such as `\-`). Java-only syntax (possessive `a*+`, `\Q..\E`, inline
 *    `(?i)`) is not supported; replacement text uses JavaScript's `$1`, `$<name>`, `$&`, `$$` (Java's
 *    `${name}` and `\$` are not supported). Not verified against Apps Script;
 *  - "The search starts from the first sheet of the spreadsheet": sheets in tab order;
 *  - replaceAllWith returns "the number of occurrences replaced, which may be different from the number
 *    of matched cells"; replaceWith replaces "the search text in the currently matched cell".
 *
 * Not in the reference (not verified), chosen here and pinned by the contract test:
 *  - order within a sheet is row-major: row by row, left to right;
 *  - empty cells never match (not even `^$`), hidden rows/columns and hidden sheets are searched;
 *  - findNext() returns null after the last match (no wrap-around), and null again after that;
 *    findPrevious() then returns the last match. findPrevious() before the first match returns null.
 *    getCurrentMatch() is the cell the last findNext/findPrevious returned (null when it returned null);
 *    findAll() and the replace methods do not move the cursor; findAll() ignores startFrom();
 *  - startFrom(range): the search continues after the range's bottom-right cell (in row-major order);
 *    a range on another sheet than the finder's throws;
 *  - an empty findText throws "Invalid argument: findText" at createTextFinder;
 *  - replacing writes the new text back as typed input (so "2025" in a date cell re-parses as a date in
 *    the spreadsheet's locale, and text in a plain-text '@' cell stays text). Formula cells are only
 *    rewritten under matchFormulaText(true) (their displayed value is not what they contain);
 *  - ignoreDiacritics(true): both the cell text and findText are folded: NFD, then nonspacing marks
 *    (Unicode Mn) are dropped, unless the spreadsheet locale's collation (ICU/CLDR via Intl.Collator, base
 *    strength) counts the marked letter as a letter of its own. So й never folds to и (a separate letter
 *    in root, ru and kk collation), ё folds to е in ru but not in kk, é/ç/ñ/ї/ў fold in all three.
 *    Google's own folding is not documented.
 *
 * Metering: a TextFinder searches on the server, so the cells it looks at never travel to the script:
 * they are NOT added to meter.read(). Only the calls are counted ("Range.createTextFinder",
 * "TextFinder.findAll", ...); the benchmark's latency model prices a findAll/findNext as one read round
 * trip. The cells a replace rewrites are counted with meter.wrote(), as every written cell is committed.
 */
import type { Ctx, FinderScope, GRange } from './ctx';
import { gasError, signatureError } from './errors';
import { cellGet, cellSet } from './model';
import type { Grid, SheetRec } from './model';
import { rangeBoxOf } from './range';
import { displayValue, fromScript, localeInfo } from './values';
import type { Cell } from './values';

type GTextFinder = GoogleAppsScript.Spreadsheet.TextFinder;

/** Creates a counted, authorization-checked TextFinder. */
export function createTextFinder(ctx: Ctx, scope: FinderScope, findText: unknown, method: string): GTextFinder {
  if (typeof findText !== 'string') throw signatureError(method, [findText]);
  if (findText === '') throw gasError('Invalid argument: findText'); // not verified wording
  return ctx.wrap(new TextFinderImpl(ctx, scope, findText), 'TextFinder', true) as unknown as GTextFinder;
}

// ---------- diacritics ----------

const NONSPACING = /\p{Mn}/gu;
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;
const HAS_MARK = /\p{M}/u;

interface Folded {
  text: string;
  /** map[i] = index in the original text of folded char i; map[text.length] = original length. */
  map: number[] | null;
}

/** Folds diacritics as described above, for one locale; per-cluster results are cached. */
class DiacriticFolder {
  private readonly collator: Intl.Collator;
  private readonly cache = new Map<string, string>();

  constructor(locale: string) {
    let c: Intl.Collator;
    try {
      c = new Intl.Collator(localeInfo(locale).bcp47, { sensitivity: 'base' });
    } catch {
      c = new Intl.Collator('und', { sensitivity: 'base' });
    }
    this.collator = c;
  }

  private cluster(u: string): string {
    let out = this.cache.get(u);
    if (out !== undefined) return out;
    const d = u.normalize('NFD');
    const stripped = d.replace(NONSPACING, '');
    if (stripped === d) out = u;
    else if (stripped === '') out = '';
    else out = this.collator.compare(u, stripped) === 0 ? stripped : u.normalize('NFC');
    this.cache.set(u, out);
    return out;
  }

  /** True when the text has nothing to fold (the common case: ASCII, or letters without marks). */
  private plain(s: string): boolean {
    // eslint-disable-next-line no-control-regex
    if (!/[^\x00-\x7f]/.test(s)) return true;
    return !HAS_MARK.test(s) && s.normalize('NFD') === s;
  }

  fold(s: string, withMap = false): Folded {
    if (this.plain(s)) return { text: s, map: null };
    let text = '';
    const map: number[] | null = withMap ? [] : null;
    CLUSTER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CLUSTER.exec(s))) {
      const f = this.cluster(m[0]);
      text += f;
      if (map) for (let k = 0; k < f.length; k++) map.push(m.index);
    }
    if (map) map.push(s.length);
    return { text, map };
  }
}

const folders = new Map<string, DiacriticFolder>();
function folderFor(locale: string): DiacriticFolder {
  let f = folders.get(locale);
  if (!f) folders.set(locale, (f = new DiacriticFolder(locale)));
  return f;
}

// ---------- matching ----------

interface Options {
  matchCase: boolean;
  entireCell: boolean;
  formulas: boolean;
  diacritics: boolean; // true = ignore them
  regex: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** JavaScript replacement patterns: $$, $&, $n / $nn, $<name>. */
function expand(rep: string, m: RegExpExecArray): string {
  return rep.replace(/\$(\$|&|<([^>]*)>|\d{1,2})/g, (all: string, tok: string, name?: string) => {
    if (tok === '$') return '$';
    if (tok === '&') return m[0];
    if (name !== undefined) return m.groups?.[name] ?? '';
    const n = Number(tok);
    if (n > 0 && n < m.length) return m[n] ?? '';
    if (tok.length === 2) {
      const one = Number(tok[0]);
      if (one > 0 && one < m.length) return (m[one] ?? '') + tok[1];
    }
    return all;
  });
}

class Matcher {
  private readonly re: RegExp;
  private readonly reAll: RegExp;
  private readonly folder: DiacriticFolder | null;

  constructor(
    findText: string,
    private readonly o: Options,
    locale: string,
  ) {
    this.folder = o.diacritics ? folderFor(locale) : null;
    let source = o.regex ? findText : escapeRegExp(findText);
    if (this.folder) source = this.folder.fold(source).text;
    if (o.entireCell) source = `^(?:${source})$`;
    const flags = o.matchCase ? '' : 'i';
    let re: RegExp;
    try {
      re = new RegExp(source, flags + 'u');
    } catch {
      try {
        re = new RegExp(source, flags);
      } catch {
        throw gasError(`Invalid regular expression: ${findText}`); // not verified wording
      }
    }
    this.re = re;
    this.reAll = new RegExp(re.source, re.flags + 'g');
  }

  test(text: string): boolean {
    return this.re.test(this.folder ? this.folder.fold(text).text : text);
  }

  /** Every occurrence in `text` replaced; count = occurrences. */
  replace(text: string, replacement: string): { text: string; count: number } {
    const f = this.folder ? this.folder.fold(text, true) : { text, map: null };
    const re = this.reAll;
    re.lastIndex = 0;
    let out = '';
    let last = 0;
    let count = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(f.text))) {
      const s = f.map ? f.map[m.index] : m.index;
      const e = f.map ? f.map[m.index + m[0].length] : m.index + m[0].length;
      out += text.slice(last, s) + (this.o.regex ? expand(replacement, m) : replacement);
      last = e;
      count++;
      if (m[0].length === 0) re.lastIndex++;
    }
    return { text: out + text.slice(last), count };
  }
}

// ---------- displayed text ----------

/** Formatting a Date goes through Intl time-zone arithmetic (tens of µs): journals repeat dates, so the
 * displayed text is kept, per locale, zone and format, across searches. */
const dateTexts = new Map<string, string>();
function dateText(d: Date, nf: string | undefined, locale: string, tz: string): string {
  const key = `${locale}|${tz}|${nf ?? ''}|${d.getTime()}`;
  let s = dateTexts.get(key);
  if (s === undefined) {
    if (dateTexts.size >= 100_000) dateTexts.clear();
    dateTexts.set(key, (s = displayValue(d, nf, locale, tz)));
  }
  return s;
}

// ---------- the finder ----------

/** Cell position: sheet id, 0-based row and column. */
interface Pos {
  sheetId: number;
  r: number;
  c: number;
}

/** One sheet's part of the search: rows [r0, r1) and columns [c0, c1). */
interface Area {
  rec: SheetRec;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** Visitor of matching cells; returns true to stop. */
type Visit = (area: Area, g: Grid, r: number, c: number) => boolean;

export class TextFinderImpl {
  _self!: GTextFinder;
  private readonly _o: Options = { matchCase: false, entireCell: false, formulas: false, diacritics: false, regex: false };
  /** Where findNext/findPrevious continue from: before the first cell, after the last, or after/before a cell. */
  private _anchor: 'BEFORE' | 'AFTER' | Pos = 'BEFORE';
  private _current: Pos | null = null;

  constructor(
    private readonly _ctx: Ctx,
    private readonly _scope: FinderScope,
    private readonly _find: string,
  ) {}

  // ---------- options ----------

  private _flag(method: string, args: IArguments, key: keyof Options): GTextFinder {
    const v = args[0];
    if (args.length !== 1 || typeof v !== 'boolean') throw signatureError(`TextFinder.${method}`, Array.from(args));
    this._o[key] = v;
    return this._self;
  }
  matchCase(matchCase: boolean): GTextFinder {
    void matchCase;
    return this._flag('matchCase', arguments, 'matchCase');
  }
  matchEntireCell(matchEntireCell: boolean): GTextFinder {
    void matchEntireCell;
    return this._flag('matchEntireCell', arguments, 'entireCell');
  }
  matchFormulaText(matchFormulaText: boolean): GTextFinder {
    void matchFormulaText;
    return this._flag('matchFormulaText', arguments, 'formulas');
  }
  ignoreDiacritics(ignoreDiacritics: boolean): GTextFinder {
    void ignoreDiacritics;
    return this._flag('ignoreDiacritics', arguments, 'diacritics');
  }
  useRegularExpression(useRegEx: boolean): GTextFinder {
    void useRegEx;
    return this._flag('useRegularExpression', arguments, 'regex');
  }
  startFrom(startRange: GRange): GTextFinder {
    const b = rangeBoxOf(startRange, 'TextFinder.startFrom', [startRange]);
    this._ctx.book.sheet(b.sheetId);
    if (this._scope.kind !== 'SPREADSHEET') {
      const own = this._scope.kind === 'SHEET' ? this._scope.sheetId : this._scope.range.sheetId;
      if (b.sheetId !== own) throw gasError('The start range must be on the sheet being searched.'); // not verified wording
    }
    this._anchor = { sheetId: b.sheetId, r: b.row + b.numRows - 2, c: b.col + b.numCols - 2 };
    this._current = null;
    return this._self;
  }

  // ---------- searching ----------

  findAll(): GRange[] {
    const m = this._matcher();
    const out: GRange[] = [];
    this._scan(0, null, 1, m, (area, _g, r, c) => {
      out.push(this._cell(area.rec.props.sheetId, r, c));
      return false;
    });
    return out;
  }
  findNext(): GRange | null {
    return this._step(1);
  }
  findPrevious(): GRange | null {
    return this._step(-1);
  }
  getCurrentMatch(): GRange | null {
    const p = this._current;
    return p && this._ctx.book.sheetOrNull(p.sheetId) ? this._cell(p.sheetId, p.r, p.c) : null;
  }

  // ---------- replacing ----------

  replaceAllWith(replaceText: string): number {
    if (arguments.length !== 1 || typeof replaceText !== 'string') throw signatureError('TextFinder.replaceAllWith', Array.from(arguments));
    const m = this._matcher();
    let count = 0;
    const changed = new Set<SheetRec>();
    this._scan(0, null, 1, m, (area, g, r, c) => {
      const n = this._replaceIn(g, r, c, m, replaceText);
      if (n < 0) changed.add(area.rec);
      count += Math.abs(n);
      return false;
    });
    for (const rec of changed) this._ctx.book.touchGrid(rec);
    return count;
  }
  replaceWith(replaceText: string): number {
    if (arguments.length !== 1 || typeof replaceText !== 'string') throw signatureError('TextFinder.replaceWith', Array.from(arguments));
    const p = this._current;
    if (!p) return 0; // not verified: nothing is current before a findNext/findPrevious
    const rec = this._ctx.book.sheetOrNull(p.sheetId);
    if (!rec) return 0;
    const m = this._matcher();
    const n = this._replaceIn(this._ctx.book.grid(rec), p.r, p.c, m, replaceText);
    if (n < 0) this._ctx.book.touchGrid(rec);
    return Math.abs(n);
  }

  // ---------- internals ----------

  private _matcher(): Matcher {
    return new Matcher(this._find, this._o, this._ctx.locale());
  }

  private _cell(sheetId: number, r: number, c: number): GRange {
    return this._ctx.range({ sheetId, row: r + 1, col: c + 1, numRows: 1, numCols: 1 });
  }

  /** The parts of the workbook in scope, in search order (sheets in tab order). */
  private _areas(): Area[] {
    const book = this._ctx.book;
    const s = this._scope;
    const whole = (rec: SheetRec): Area => ({ rec, r0: 0, c0: 0, r1: rec.props.maxRows, c1: rec.props.maxColumns });
    if (s.kind === 'SPREADSHEET') return book.state.sheets.map(whole);
    if (s.kind === 'SHEET') return [whole(book.sheet(s.sheetId))];
    const rec = book.sheet(s.range.sheetId);
    const r0 = s.range.row - 1;
    const c0 = s.range.col - 1;
    const nr = s.range.numRows ?? rec.props.maxRows - r0;
    const nc = s.range.numCols ?? rec.props.maxColumns - c0;
    return [{ rec, r0, c0, r1: Math.min(r0 + nr, rec.props.maxRows), c1: Math.min(c0 + nc, rec.props.maxColumns) }];
  }

  private _step(dir: 1 | -1): GRange | null {
    const m = this._matcher();
    const areas = this._areas();
    const a = this._anchor;
    let found: Pos | null = null;
    const visit: Visit = (area, _g, r, c) => {
      found = { sheetId: area.rec.props.sheetId, r, c };
      return true;
    };
    if (a === 'BEFORE') {
      if (dir === 1) this._scan(0, null, 1, m, visit, areas);
    } else if (a === 'AFTER') {
      if (dir === -1) this._scan(areas.length - 1, null, -1, m, visit, areas);
    } else {
      const i = areas.findIndex((x) => x.rec.props.sheetId === a.sheetId);
      if (i < 0) {
        if (dir === 1) this._scan(0, null, 1, m, visit, areas); // the anchor's sheet was deleted: start over
      } else this._scan(i, { r: a.r, c: a.c + dir }, dir, m, visit, areas);
    }
    const f = found as Pos | null;
    this._current = f;
    this._anchor = f ?? (dir === 1 ? 'AFTER' : 'BEFORE');
    return f ? this._cell(f.sheetId, f.r, f.c) : null;
  }

  /**
   * Visits the matching cells in search order (dir 1) or backwards (dir -1), starting in area `ai` at
   * `from` (inclusive; null = that area's first/last cell). Only stored cells are looked at, and only
   * those inside the scope: a one-column range over a 60,000-row sheet formats 60,000 cells, not the sheet.
   */
  private _scan(ai: number, from: { r: number; c: number } | null, dir: 1 | -1, m: Matcher, visit: Visit, areas = this._areas()): void {
    const book = this._ctx.book;
    const locale = this._ctx.locale();
    const tz = this._ctx.timeZone();
    const formulas = this._o.formulas;
    const textOf = (g: Grid, r: number, c: number, x: unknown): string => {
      if (formulas) {
        const f = cellGet(g.f, r, c);
        if (f !== undefined) return f as string;
      }
      if (typeof x === 'string') return x;
      const nf = cellGet(g.nf, r, c) as string | undefined;
      // An integer without a number format displays as String(n) (generalNumber's own first case).
      if (nf === undefined && typeof x === 'number' && Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
      if (x instanceof Date) return dateText(x, nf, locale, tz);
      return displayValue(x as Cell, nf, locale, tz);
    };
    const hit = (g: Grid, r: number, c: number, x: unknown): boolean => {
      if (x === undefined) return false;
      const text = textOf(g, r, c, x);
      return text !== '' && m.test(text);
    };
    for (let i = ai; i >= 0 && i < areas.length; i += dir) {
      const area = areas[i];
      const g = book.grid(area.rec);
      const v = g.v;
      const first = i === ai ? from : null;
      if (dir === 1) {
        const rEnd = Math.min(area.r1, v.length);
        for (let r = Math.max(first ? first.r : 0, area.r0); r < rEnd; r++) {
          const row = v[r];
          if (row === undefined) continue;
          const cEnd = Math.min(area.c1, row.length);
          for (let c = Math.max(first && r === first.r ? first.c : 0, area.c0); c < cEnd; c++) {
            if (hit(g, r, c, row[c]) && visit(area, g, r, c)) return;
          }
        }
      } else {
        for (let r = Math.min(first ? first.r : Infinity, area.r1 - 1, v.length - 1); r >= area.r0; r--) {
          const row = v[r];
          if (row === undefined) continue;
          for (let c = Math.min(first && r === first.r ? first.c : Infinity, area.c1 - 1, row.length - 1); c >= area.c0; c--) {
            if (hit(g, r, c, row[c]) && visit(area, g, r, c)) return;
          }
        }
      }
    }
  }

  /**
   * Replaces the occurrences in one cell. Returns the number of occurrences, negative when the cell was
   * rewritten (so the caller marks the grid dirty once).
   */
  private _replaceIn(g: Grid, r: number, c: number, m: Matcher, replacement: string): number {
    const x = cellGet(g.v, r, c);
    if (x === undefined) return 0;
    const formula = cellGet(g.f, r, c) as string | undefined;
    if (formula !== undefined && !this._o.formulas) return 0; // a formula's displayed value is not rewritten (not verified)
    const nf = cellGet(g.nf, r, c) as string | undefined;
    const locale = this._ctx.locale();
    const tz = this._ctx.timeZone();
    const text = formula ?? (typeof x === 'string' ? x : displayValue(x as Cell, nf, locale, tz));
    if (text === '' || !m.test(text)) return 0;
    const res = m.replace(text, replacement);
    if (res.count === 0 || res.text === text) return res.count;
    const w = fromScript(res.text, nf, locale, tz);
    cellSet(g.v, r, c, w.value);
    cellSet(g.f, r, c, w.formula);
    this._ctx.host.meter.wrote(1);
    return -res.count;
  }
}
