/**
 * Protection: https://developers.google.com/apps-script/reference/spreadsheet/protection
 * Recorded for the preview; nothing is enforced on the script's own writes (it runs as an editor).
 * The owner and the current user cannot be removed from the editors (reference page of removeEditor).
 */
import type { Ctx, GProtection, GRange } from './ctx';
import { ProtectionType } from './enums';
import { gasError } from './errors';
import type { Box, ProtRec } from './model';
import { rangeBoxOf } from './range';

/**
 * Sheet.protect(): "If the sheet is already protected, this method returns an object representing the
 * existing protection settings." Range.protect(): "If the range is already protected, this method
 * creates a new protected range that overlaps the existing one."
 */
export function createProtection(ctx: Ctx, type: 'SHEET' | 'RANGE', sheetId: number, range: Box | null): GProtection {
  const st = ctx.book.state;
  if (type === 'SHEET') {
    const existing = st.protections.find((p) => p.type === 'SHEET' && p.sheetId === sheetId);
    if (existing) return ctx.protection(existing.id);
  }
  const rec: ProtRec = {
    id: ctx.book.newProtectionId(),
    type,
    sheetId,
    range: type === 'RANGE' ? range : null,
    description: '',
    warningOnly: false,
    editors: [ctx.userEmail],
    domainEdit: false,
    unprotected: [],
  };
  st.protections.push(rec);
  ctx.book.touchMeta();
  return ctx.protection(rec.id);
}

function emailOf(x: unknown): string {
  if (typeof x === 'string') return x;
  if (x && typeof x === 'object' && typeof (x as { getEmail?: () => string }).getEmail === 'function') return (x as { getEmail: () => string }).getEmail();
  throw gasError('Invalid argument: emailAddress'); // not verified wording
}

export class ProtectionImpl {
  _self!: GProtection;
  constructor(
    private readonly _ctx: Ctx,
    readonly _id: number,
  ) {}

  _rec(): ProtRec {
    const p = this._ctx.book.protection(this._id);
    if (!p) throw gasError('The protection has been removed.'); // not verified wording
    return p;
  }
  private _touch(): GProtection {
    this._ctx.book.touchMeta();
    return this._self;
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return ProtectionType[this._rec().type] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  getDescription(): string {
    return this._rec().description;
  }
  setDescription(description: string): GProtection {
    this._rec().description = String(description ?? '');
    return this._touch();
  }
  isWarningOnly(): boolean {
    return this._rec().warningOnly;
  }
  setWarningOnly(warningOnly: boolean): GProtection {
    this._rec().warningOnly = !!warningOnly;
    return this._touch();
  }
  /** For a sheet protection, a range spanning the entire sheet. */
  getRange(): GRange {
    const p = this._rec();
    if (p.range) return this._ctx.range({ sheetId: p.sheetId, row: p.range.row, col: p.range.col, numRows: p.range.numRows, numCols: p.range.numCols });
    const s = this._ctx.book.sheet(p.sheetId).props;
    return this._ctx.range({ sheetId: p.sheetId, row: 1, col: 1, numRows: s.maxRows, numCols: s.maxColumns });
  }
  setRange(range: GRange): GProtection {
    const p = this._rec();
    if (p.type !== 'RANGE') throw gasError('This operation is not supported for sheet protections.'); // not verified
    const b = rangeBoxOf(range, 'Protection.setRange', [range]);
    p.range = { row: b.row, col: b.col, numRows: b.numRows, numCols: b.numCols };
    return this._touch();
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return this._rec().editors.map((e) => this._ctx.user(e));
  }
  addEditor(emailAddress: unknown): GProtection {
    const e = emailOf(emailAddress);
    const p = this._rec();
    if (!p.editors.includes(e)) p.editors.push(e);
    return this._touch();
  }
  addEditors(emailAddresses: unknown[]): GProtection {
    for (const e of emailAddresses) this.addEditor(e);
    return this._self;
  }
  removeEditor(emailAddress: unknown): GProtection {
    const e = emailOf(emailAddress);
    const p = this._rec();
    if (e !== this._ctx.userEmail) p.editors = p.editors.filter((x) => x !== e);
    return this._touch();
  }
  removeEditors(emailAddresses: unknown[]): GProtection {
    for (const e of emailAddresses) this.removeEditor(e);
    return this._self;
  }
  canEdit(): boolean {
    const p = this._rec();
    return p.warningOnly || p.domainEdit || p.editors.includes(this._ctx.userEmail);
  }
  canDomainEdit(): boolean {
    return this._rec().domainEdit;
  }
  setDomainEdit(editable: boolean): GProtection {
    this._rec().domainEdit = !!editable;
    return this._touch();
  }
  getUnprotectedRanges(): GRange[] {
    const p = this._rec();
    return p.unprotected.map((b) => this._ctx.range({ sheetId: p.sheetId, row: b.row, col: b.col, numRows: b.numRows, numCols: b.numCols }));
  }
  /** Only for sheet protections; "ranges not on the protected sheet are ignored". */
  setUnprotectedRanges(ranges: GRange[]): GProtection {
    const p = this._rec();
    if (p.type !== 'SHEET') throw gasError('Unprotected ranges can only be set on a sheet protection.'); // not verified wording
    p.unprotected = ranges
      .map((r) => rangeBoxOf(r, 'Protection.setUnprotectedRanges', [ranges]))
      .filter((b) => b.sheetId === p.sheetId)
      .map((b) => ({ row: b.row, col: b.col, numRows: b.numRows, numCols: b.numCols }));
    return this._touch();
  }
  remove(): void {
    const st = this._ctx.book.state;
    st.protections = st.protections.filter((x) => x.id !== this._id);
    this._ctx.book.touchMeta();
  }
}
