/**
 * Developer metadata, its location and finder.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 * Rows/columns keep their metadata through insertions and moves and lose it when deleted
 * (Sheets API: https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata).
 */
import type { Ctx, FinderScope, GFinder, GMeta, GRange, RangeSpec } from './ctx';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumName, isEnumOf } from './enums';
import type { LocationTypeName, VisibilityName } from './enums';
import { gasError, signatureError } from './errors';
import type { MetaLoc, MetaRec } from './model';
import { rangeBoxOf } from './range';

/** Resolves the (key, value?, visibility?) overloads of addDeveloperMetadata and records it. */
export function addMetadata(ctx: Ctx, loc: MetaLoc, key: unknown, a: unknown, b: unknown, method: string): MetaRec {
  if (typeof key !== 'string') throw signatureError(method, [key, a, b].filter((x) => x !== undefined));
  if (key === '') throw gasError('Developer metadata must always have a key specified.'); // not verified wording
  let value: string | null = null;
  let visibility: VisibilityName = 'DOCUMENT';
  if (isEnumOf(a, 'DeveloperMetadataVisibility')) visibility = enumName(a) as VisibilityName;
  else if (a !== undefined && a !== null) {
    if (typeof a !== 'string') throw signatureError(method, [key, a, b].filter((x) => x !== undefined));
    value = a;
    if (b !== undefined) {
      if (!isEnumOf(b, 'DeveloperMetadataVisibility')) throw signatureError(method, [key, a, b]);
      visibility = enumName(b) as VisibilityName;
    }
  }
  const rec: MetaRec = { id: ctx.book.newMetadataId(), key, value, visibility, loc };
  ctx.book.state.metadata.push(rec);
  ctx.book.touchMeta();
  return rec;
}

function rangeBox(ctx: Ctx, r: RangeSpec): { sheetId: number; row: number; col: number; endRow: number; endCol: number; maxRows: number; maxCols: number } {
  const rec = ctx.book.sheet(r.sheetId);
  const nr = r.numRows ?? rec.props.maxRows - r.row + 1;
  const nc = r.numCols ?? rec.props.maxColumns - r.col + 1;
  return { sheetId: r.sheetId, row: r.row, col: r.col, endRow: r.row + nr - 1, endCol: r.col + nc - 1, maxRows: rec.props.maxRows, maxCols: rec.props.maxColumns };
}

/**
 * Metadata "within the scope" of a range: wholly contained in it (a row only when the range spans all
 * columns, a column only when it spans all rows), or, with `intersecting`, any row/column (and the
 * sheet) that the range touches. `includeSheet`: the sheet's own metadata when the range is the whole
 * sheet (not verified).
 */
export function metadataInRange(ctx: Ctx, r: RangeSpec, intersecting: boolean, includeSheet: boolean): MetaRec[] {
  const b = rangeBox(ctx, r);
  const allCols = b.col === 1 && b.endCol === b.maxCols;
  const allRows = b.row === 1 && b.endRow === b.maxRows;
  return ctx.book.state.metadata.filter((m) => {
    if (m.loc.type === 'SPREADSHEET' || m.loc.sheetId !== b.sheetId) return false;
    if (m.loc.type === 'SHEET') return includeSheet && (intersecting || (allRows && allCols));
    const i = m.loc.index;
    if (m.loc.type === 'ROW') return i >= b.row && i <= b.endRow && (intersecting || allCols);
    return i >= b.col && i <= b.endCol && (intersecting || allRows);
  });
}

function scoped(ctx: Ctx, scope: FinderScope, intersecting: boolean): MetaRec[] {
  if (scope.kind === 'SPREADSHEET') return ctx.book.state.metadata.slice();
  if (scope.kind === 'SHEET') return ctx.book.state.metadata.filter((m) => m.loc.type !== 'SPREADSHEET' && m.loc.sheetId === scope.sheetId);
  return metadataInRange(ctx, scope.range, intersecting, true);
}

export class MetadataImpl {
  _self!: GMeta;
  constructor(
    private readonly _ctx: Ctx,
    readonly _id: number,
  ) {}

  _rec(): MetaRec {
    const m = this._ctx.book.metadata(this._id);
    if (!m) throw gasError('The developer metadata has been removed.'); // not verified wording
    return m;
  }
  getId(): number {
    return this._rec().id;
  }
  getKey(): string {
    return this._rec().key;
  }
  getValue(): string | null {
    return this._rec().value;
  }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return DeveloperMetadataVisibility[this._rec().visibility] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return this._ctx.wrap(new LocationImpl(this._ctx, { ...this._rec().loc }), 'DeveloperMetadataLocation', true) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
  }
  setKey(key: string): GMeta {
    if (typeof key !== 'string' || key === '') throw signatureError('DeveloperMetadata.setKey', [key]);
    this._rec().key = key;
    this._ctx.book.touchMeta();
    return this._self;
  }
  setValue(value: string | null): GMeta {
    this._rec().value = value === null || value === undefined ? null : String(value);
    this._ctx.book.touchMeta();
    return this._self;
  }
  setVisibility(visibility: unknown): GMeta {
    if (!isEnumOf(visibility, 'DeveloperMetadataVisibility')) throw signatureError('DeveloperMetadata.setVisibility', [visibility]);
    this._rec().visibility = enumName(visibility) as VisibilityName;
    this._ctx.book.touchMeta();
    return this._self;
  }
  moveToSpreadsheet(): GMeta {
    this._rec().loc = { type: 'SPREADSHEET' };
    this._ctx.book.touchMeta();
    return this._self;
  }
  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GMeta {
    const id = sheet && typeof sheet === 'object' ? (sheet as unknown as { _id?: number })._id : undefined;
    if (typeof id !== 'number') throw signatureError('DeveloperMetadata.moveToSheet', [sheet]);
    this._rec().loc = { type: 'SHEET', sheetId: id };
    this._ctx.book.touchMeta();
    return this._self;
  }
  moveToRow(row: GRange): GMeta {
    const b = rangeBoxOf(row, 'DeveloperMetadata.moveToRow', [row]);
    this._rec().loc = { type: 'ROW', sheetId: b.sheetId, index: b.row };
    this._ctx.book.touchMeta();
    return this._self;
  }
  moveToColumn(column: GRange): GMeta {
    const b = rangeBoxOf(column, 'DeveloperMetadata.moveToColumn', [column]);
    this._rec().loc = { type: 'COLUMN', sheetId: b.sheetId, index: b.col };
    this._ctx.book.touchMeta();
    return this._self;
  }
  remove(): void {
    const st = this._ctx.book.state;
    st.metadata = st.metadata.filter((m) => m.id !== this._id);
    this._ctx.book.touchMeta();
  }
}

/** A snapshot of the location when getLocation() was called (as Apps Script returns a value object). */
export class LocationImpl {
  constructor(
    private readonly _ctx: Ctx,
    readonly _loc: MetaLoc,
  ) {}
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return DeveloperMetadataLocationType[this._loc.type] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this._loc.type === 'SPREADSHEET' ? this._ctx.spreadsheet() : null;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    return this._loc.type === 'SHEET' ? this._ctx.sheet(this._loc.sheetId) : null;
  }
  /** The whole row, as a "5:5" range. */
  getRow(): GRange | null {
    return this._loc.type === 'ROW' ? this._ctx.range({ sheetId: this._loc.sheetId, row: this._loc.index, col: 1, numRows: 1 }) : null;
  }
  /** The whole column, as a "C:C" range. */
  getColumn(): GRange | null {
    return this._loc.type === 'COLUMN' ? this._ctx.range({ sheetId: this._loc.sheetId, row: 1, col: this._loc.index, numCols: 1 }) : null;
  }
}

export class FinderImpl {
  _self!: GFinder;
  private _key?: string;
  private _value?: string;
  private _id?: number;
  private _type?: LocationTypeName;
  private _visibility?: VisibilityName;
  private _intersecting = false;

  constructor(
    private readonly _ctx: Ctx,
    private readonly _scope: FinderScope,
  ) {}

  withKey(key: string): GFinder {
    this._key = key;
    return this._self;
  }
  withValue(value: string): GFinder {
    this._value = value;
    return this._self;
  }
  withId(id: number): GFinder {
    this._id = id;
    return this._self;
  }
  withLocationType(locationType: unknown): GFinder {
    if (!isEnumOf(locationType, 'DeveloperMetadataLocationType')) throw signatureError('DeveloperMetadataFinder.withLocationType', [locationType]);
    this._type = enumName(locationType) as LocationTypeName;
    return this._self;
  }
  withVisibility(visibility: unknown): GFinder {
    if (!isEnumOf(visibility, 'DeveloperMetadataVisibility')) throw signatureError('DeveloperMetadataFinder.withVisibility', [visibility]);
    this._visibility = enumName(visibility) as VisibilityName;
    return this._self;
  }
  /** "This option is only applicable for range-scoped searches." */
  onIntersectingLocations(): GFinder {
    this._intersecting = true;
    return this._self;
  }
  find(): GMeta[] {
    const found = scoped(this._ctx, this._scope, this._intersecting).filter(
      (m) =>
        (this._key === undefined || m.key === this._key) &&
        (this._value === undefined || m.value === this._value) &&
        (this._id === undefined || m.id === this._id) &&
        (this._type === undefined || m.loc.type === this._type) &&
        (this._visibility === undefined || m.visibility === this._visibility),
    );
    return this._ctx.metadataList(found);
  }
}
