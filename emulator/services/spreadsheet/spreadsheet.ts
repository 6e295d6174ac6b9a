/**
 * Spreadsheet: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 * Only the bound spreadsheet exists in the emulator.
 */
import type { Ctx, GRange, GSheet, GSpreadsheet } from './ctx';
import { enumName, isEnumOf } from './enums';
import { gasError, signatureError } from './errors';
import { addMetadata } from './metadata';
import { newSheetProps, emptyGrid } from './model';
import type { SheetRec } from './model';
import { checkSheetName, duplicateNameError, nameTaken, rangeFromA1 } from './sheet';
import { createTextFinder } from './textfinder';

export class SpreadsheetImpl {
  _self!: GSpreadsheet;
  constructor(private readonly _ctx: Ctx) {}

  private _sheetRec(sheet: unknown, method: string): SheetRec {
    const id = sheet && typeof sheet === 'object' ? (sheet as { _id?: number })._id : undefined;
    if (typeof id !== 'number') throw signatureError(method, [sheet]);
    return this._ctx.book.sheet(id);
  }

  getId(): string {
    return this._ctx.book.state.props.id;
  }
  getName(): string {
    return this._ctx.book.state.props.name;
  }
  rename(newName: string): void {
    this._ctx.book.state.props.name = String(newName);
    this._ctx.book.touchMeta();
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.getId()}/edit`;
  }
  getSheets(): GSheet[] {
    return this._ctx.book.state.sheets.map((s) => this._ctx.sheet(s.props.sheetId));
  }
  getNumSheets(): number {
    return this._ctx.book.state.sheets.length;
  }
  /** Case-insensitive (not verified). Returns null when there is no such sheet. */
  getSheetByName(name: string): GSheet | null {
    const n = String(name).toLowerCase();
    const rec = this._ctx.book.state.sheets.find((s) => s.props.name.toLowerCase() === n);
    return rec ? this._ctx.sheet(rec.props.sheetId) : null;
  }
  getSheetById(id: number): GSheet | null {
    const rec = this._ctx.book.sheetOrNull(Number(id));
    return rec ? this._ctx.sheet(rec.props.sheetId) : null;
  }
  /**
   * insertSheet(), (sheetIndex), (sheetName), (sheetName, sheetIndex); "The new sheet becomes the active
   * sheet." sheetIndex is 0-based. Without an index the sheet goes after the active sheet (not verified).
   */
  insertSheet(a?: unknown, b?: unknown, c?: unknown): GSheet {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') {
      name = checkSheetName(a, 'Spreadsheet.insertSheet');
      if (typeof b === 'number') index = b;
      else if (b !== undefined && (typeof b !== 'object' || b === null)) throw signatureError('Spreadsheet.insertSheet', [a, b]);
    } else if (typeof a === 'number') index = a;
    else if (a !== undefined) throw signatureError('Spreadsheet.insertSheet', [a, b, c].filter((x) => x !== undefined));
    if ((b && typeof b === 'object') || (c && typeof c === 'object')) throw gasError('insertSheet with options (template) is not supported by the emulator.');
    const st = this._ctx.book.state;
    if (name === undefined) {
      let n = st.sheets.length + 1;
      while (nameTaken(this._ctx, `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    } else if (nameTaken(this._ctx, name)) throw duplicateNameError(name);
    if (index === undefined) {
      const active = st.sheets.findIndex((s) => s.props.sheetId === st.props.activeSheetId);
      index = active < 0 ? st.sheets.length : active + 1;
    }
    if (index < 0 || index > st.sheets.length) throw gasError(`The sheet index (${index}) is out of range.`); // not verified wording
    const id = this._ctx.book.newSheetId();
    const rec: SheetRec = { props: newSheetProps(id, name), grid: emptyGrid(), fileStamp: '', gridDirty: true, version: 0 };
    this._ctx.book.addSheet(rec, index);
    st.props.activeSheetId = id;
    return this._ctx.sheet(id);
  }
  deleteSheet(sheet: GSheet): void {
    const rec = this._sheetRec(sheet, 'Spreadsheet.deleteSheet');
    const st = this._ctx.book.state;
    if (st.sheets.length === 1) throw gasError("You can't remove all the sheets in a document.");
    const i = st.sheets.indexOf(rec);
    this._ctx.book.removeSheet(rec.props.sheetId);
    if (st.props.activeSheetId === rec.props.sheetId) st.props.activeSheetId = st.sheets[Math.max(0, i - 1)].props.sheetId;
  }
  getActiveSheet(): GSheet {
    const st = this._ctx.book.state;
    const rec = this._ctx.book.sheetOrNull(st.props.activeSheetId) ?? st.sheets[0];
    return this._ctx.sheet(rec.props.sheetId);
  }
  setActiveSheet(sheet: GSheet): GSheet {
    const rec = this._sheetRec(sheet, 'Spreadsheet.setActiveSheet');
    this._ctx.book.state.props.activeSheetId = rec.props.sheetId;
    rec.props.hidden = false;
    this._ctx.book.touchMeta();
    return this._ctx.sheet(rec.props.sheetId);
  }
  /** "Sheet1!A1:B2"; without a sheet name, the active sheet. */
  getRange(a1Notation: string): GRange {
    if (typeof a1Notation !== 'string') throw signatureError('Spreadsheet.getRange', [a1Notation]);
    const active = this._ctx.book.sheetOrNull(this._ctx.book.state.props.activeSheetId) ?? this._ctx.book.state.sheets[0];
    return rangeFromA1(this._ctx, active, a1Notation);
  }
  getSpreadsheetLocale(): string {
    return this._ctx.book.state.props.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    if (typeof locale !== 'string' || !locale) throw signatureError('Spreadsheet.setSpreadsheetLocale', [locale]);
    this._ctx.book.state.props.locale = locale;
    this._ctx.book.touchMeta();
  }
  getSpreadsheetTimeZone(): string {
    return this._ctx.book.state.props.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      throw gasError(`Invalid argument: ${timezone}`); // not verified wording
    }
    this._ctx.book.state.props.timeZone = timezone;
    this._ctx.book.touchMeta();
  }
  /** toast(msg), toast(msg, title), toast(msg, title, timeoutSeconds). */
  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this._ctx.host.effect({ kind: 'toast', title: title === undefined || title === null ? '' : String(title), message: String(msg) });
  }
  getProtections(type: unknown): GoogleAppsScript.Spreadsheet.Protection[] {
    if (!isEnumOf(type, 'ProtectionType')) throw signatureError('Spreadsheet.getProtections', [type]);
    const t = enumName(type);
    return this._ctx.book.state.protections.filter((p) => p.type === t).map((p) => this._ctx.protection(p.id));
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GSpreadsheet {
    addMetadata(this._ctx, { type: 'SPREADSHEET' }, key, a, b, 'Spreadsheet.addDeveloperMetadata');
    return this._self;
  }
  /** "Get the developer metadata associated with the top-level spreadsheet." */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this._ctx.metadataList(this._ctx.book.state.metadata.filter((m) => m.loc.type === 'SPREADSHEET'));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return this._ctx.finder({ kind: 'SPREADSHEET' });
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#createtextfinderfindtext
   * "The search starts from the first sheet of the spreadsheet." */
  createTextFinder(findText: string): GoogleAppsScript.Spreadsheet.TextFinder {
    return createTextFinder(this._ctx, { kind: 'SPREADSHEET' }, findText, 'Spreadsheet.createTextFinder');
  }
}
