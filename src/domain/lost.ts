/**
 * A copy lost by its reader (issue 4 "Lost book"): what the desk's form must hold (the lost copy; the
 * book the reader brings instead, if any, checked as any title of a receipt, with its price and one
 * copy; the departments; the note; the act's commission), which lost copies may not be written off,
 * and what the replacements journal says of the lost book. Pure: the caller passes today's date.
 */
import type { FieldError, Validation } from './errors';
import { FUND_LIMITS, parseMoney, validateTitle, yearOfPlaceYear, type TitleData, type TitleForm, type Tiyn } from './fund';
import { cleanText } from './text';
import { WRITE_OFF_LIMITS } from './writeoff';

export const LOST_LIMITS = { department: 60, note: 500 } as const;

export interface LostCopyForm {
  inventoryNo?: unknown;
  replacement?: { title?: TitleForm | null; department?: string } | null;
  lostDepartment?: string;
  readerSigned?: unknown;
  note?: string;
  /** One member per line, the chair first; empty: the commission of the library's latest act. */
  commission?: string;
  approvedBy?: string;
}

export interface Replacement {
  title: TitleData;
  price: Tiyn;
  department: string;
}

export interface LostCopy {
  inventoryNo: number;
  replacement: Replacement | null;
  lostDepartment: string;
  readerSigned: boolean;
  note: string;
  /** Empty when the form named none (the use case takes the latest act's). */
  commission: string[];
  approvedBy: string;
}

/** Every mistake of the form at once, field by field ("replacement.title.price", "lostDepartment"...). */
export function validateLostCopy(form: LostCopyForm | null | undefined, today: string): Validation<LostCopy> {
  const f = form ?? {};
  const errors: FieldError[] = [];

  const raw = String(f.inventoryNo ?? '').trim().replace(/^INV:/i, '');
  const inventoryNo = /^\d{1,9}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null;
  if (!raw) errors.push({ field: 'inventoryNo', key: 'error.required' });
  else if (inventoryNo === null) errors.push({ field: 'inventoryNo', key: 'error.inventoryList', params: { items: raw } });

  const text = (field: string, value: unknown, max: number): string => {
    const v = cleanText(value);
    if (v.length > max) errors.push({ field, key: 'error.tooLong', params: { max } });
    return v;
  };
  const lostDepartment = text('lostDepartment', f.lostDepartment, LOST_LIMITS.department);
  const note = text('note', f.note, LOST_LIMITS.note);

  let replacement: Replacement | null = null;
  if (f.replacement) {
    const prefix = 'replacement.title.';
    const form = f.replacement.title ?? {};
    const title = validateTitle(form, Number(today.slice(0, 4)), prefix);
    if (!title.ok) errors.push(...title.errors);
    const price = parseMoney(form.price);
    if (cleanText(form.price) === '') errors.push({ field: `${prefix}price`, key: 'error.required' });
    else if (price === null || price > FUND_LIMITS.maxPrice) errors.push({ field: `${prefix}price`, key: 'error.price' });
    const copies = cleanText(form.copies);
    if (copies !== '' && copies !== '1') errors.push({ field: `${prefix}copies`, key: 'error.replacementCopies' });
    const department = text('replacement.department', f.replacement.department, LOST_LIMITS.department);
    if (title.ok && price !== null) replacement = { title: title.value, price, department };
  }

  const commission = String(f.commission ?? '')
    .split(/\n/)
    .map(cleanText)
    .filter((m) => m);
  if (commission.some((m) => m.length > WRITE_OFF_LIMITS.member) || commission.join('\n').length > WRITE_OFF_LIMITS.commission) {
    errors.push({ field: 'commission', key: 'error.tooLong', params: { max: WRITE_OFF_LIMITS.member } });
  }
  const approvedBy = text('approvedBy', f.approvedBy, WRITE_OFF_LIMITS.approvedBy);

  if (errors.length || inventoryNo === null) return { ok: false, errors };
  return { ok: true, value: { inventoryNo, replacement, lostDepartment, readerSigned: f.readerSigned === true, note, commission, approvedBy } };
}

/** What the journals know of the lost copy when the desk asks for it. */
export interface LostCopyOnRecord {
  /** The open loan's reader, or null: the copy is not on loan. */
  ticketNo: number | null;
  /** The inventory book's row: false when the book has no such number. */
  inInventory: boolean;
  writeOffActNo: string;
}

/** Why this copy cannot be written off as lost by its reader (nothing: it can). */
export function lostRefusals(inventoryNo: number, copy: LostCopyOnRecord): FieldError[] {
  if (copy.ticketNo === null) return [{ field: 'inventoryNo', key: 'error.lostNotOnLoan', params: { no: inventoryNo } }];
  if (!copy.inInventory) return [{ field: 'inventoryNo', key: 'error.copyUnknown', params: { nos: String(inventoryNo) } }];
  if (copy.writeOffActNo) return [{ field: 'inventoryNo', key: 'error.copyWrittenOff', params: { no: inventoryNo, act: copy.writeOffActNo } }];
  return [];
}

/** The lost book as the replacements journal names it: author, title, year. */
export interface LostBook {
  author: string;
  title: string;
  year: number | null;
}

/**
 * From the catalogue record when there is one (authors, title, year); else from the inventory book's
 * "author and title" and "place and year" columns as they were written by hand.
 */
export function lostBook(catalog: Record<string, unknown> | null, inventory: Record<string, unknown>): LostBook {
  const str = (v: unknown) => (v === null || v === undefined ? '' : cleanText(v));
  if (catalog && str(catalog.title)) {
    const year = Number(catalog.year);
    return { author: str(catalog.authors), title: str(catalog.title), year: Number.isInteger(year) && year > 0 ? year : null };
  }
  return { author: '', title: str(inventory.authorTitle), year: yearOfPlaceYear(inventory.placeYear) };
}

/** The commission of the latest act (acts in journal order, their commission joined by "; "). */
export function latestCommission(acts: ReadonlyArray<{ commission?: unknown; approvedBy?: unknown }>): { commission: string[]; approvedBy: string } {
  for (let i = acts.length - 1; i >= 0; i--) {
    const members = String(acts[i].commission ?? '')
      .split(';')
      .map(cleanText)
      .filter((m) => m);
    if (members.length) return { commission: members, approvedBy: cleanText(acts[i].approvedBy) };
  }
  return { commission: [], approvedBy: '' };
}
