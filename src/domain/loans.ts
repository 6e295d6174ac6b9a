/**
 * The loan rules of the desk: what an issue, a return and a renewal must hold, due dates, days
 * overdue, the loan limit, renewals. Pure: today's date (in the library's time zone) is passed in.
 *
 * - Due date: the settings' loan period from today; a textbook (catalogue section 'textbooks') until
 *   the end of the school year (the setting schoolYearEnd 'MM-DD': the next such day on or after
 *   today); a due date the librarian typed wins, if it is today or later and at most a year away.
 * - Renewal: the loan period again from the later of today and the due date (an overdue loan is
 *   renewed from today); at most MAX_RENEWALS times; refused while another reader waits for the title.
 * - Loan limit: copies on hand plus copies being issued, at most the setting loanLimit. Textbooks do not
 *   count: a pupil gets a whole set of them for the school year and must still be able to borrow a book.
 */
import { COPY_CONDITIONS, type CopyCondition } from '../../sheets-template/options';
import { addDays, dayText, daysBetween, daysInMonth, isIsoDate, type IsoDate } from './dates';
import type { FieldError, Validation } from './errors';
import { normalizeGrade } from './reader';
import { tokens } from './search';
import { cleanText } from './text';
import { parseInventoryList } from './writeoff';

/** A loan may be renewed at most this many times (a constant, not a setting: the issue fixes it). */
export const MAX_RENEWALS = 2;

export const DESK_LIMITS = {
  /** Copies in one issue or one return (the loan limit's own maximum is 30). */
  copies: 30,
  conditionNote: 300,
  query: 100,
  /** findReaders: hits by default and at most. */
  hitsDefault: 20,
  hitsMax: 50,
} as const;

/** The conditions a copy can come back in: a lost copy does not come back (it is written off, see the lost-copy path). */
const CONDITIONS = COPY_CONDITIONS.map((c) => c.code).filter((c) => c !== 'lost') as readonly string[];

// ---- days ------------------------------------------------------------------------------------------

/** Days as the journals show them (domain/dates.ts). */
export { dayText };

/** The same day a year later (29 February → 28 February). */
export function oneYearAfter(day: IsoDate): IsoDate {
  const y = Number(day.slice(0, 4)) + 1;
  const m = Number(day.slice(5, 7));
  const d = Math.min(Number(day.slice(8, 10)), daysInMonth(y, m));
  return `${y}-${day.slice(5, 7)}-${String(d).padStart(2, '0')}`;
}

/**
 * The end of the school year on or after `today`, from the setting 'MM-DD' (05-31); null when the
 * setting is not such a day. 02-29 is the last day of February in a common year.
 */
export function schoolYearEndFrom(today: IsoDate, monthDay: string): IsoDate | null {
  const m = /^(\d{2})-(\d{2})$/.exec(monthDay.trim());
  if (!m) return null;
  const [month, day] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2024, month)) return null;
  const at = (year: number): IsoDate => `${year}-${m[1]}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}`;
  const year = Number(today.slice(0, 4));
  const thisYear = at(year);
  return thisYear >= today ? thisYear : at(year + 1);
}

/** Days a loan due on `dueOn` is overdue on `today` (0 when not overdue). Also: days late at a return. */
export function daysOverdue(dueOn: IsoDate | null | undefined, today: IsoDate): number {
  if (!dueOn || !isIsoDate(dueOn)) return 0;
  return Math.max(0, daysBetween(dueOn, today));
}

/** A due date typed by the librarian: today or later, at most a year away. */
export function typedDueError(typed: IsoDate, today: IsoDate, field: string): FieldError | null {
  if (!isIsoDate(typed)) return { field, key: 'error.date' };
  if (typed < today) return { field, key: 'error.duePast' };
  const max = oneYearAfter(today);
  if (typed > max) return { field, key: 'error.dueFar', params: { max: dayText(max) } };
  return null;
}

export interface DueRules {
  today: IsoDate;
  loanPeriodDays: number;
  /** The end of the school year on or after today (schoolYearEndFrom). */
  schoolYearEnd: IsoDate;
}

/** The due date of a new loan: the typed one (already checked), else the school year's end for a textbook, else the loan period. */
export function dueDate(rules: DueRules, textbook: boolean, typed: IsoDate | ''): IsoDate {
  if (typed) return typed;
  if (textbook) return rules.schoolYearEnd;
  return addDays(rules.today, rules.loanPeriodDays);
}

// ---- issue -----------------------------------------------------------------------------------------

/** What the desk sends to issue copies (IssueFormDto). */
export interface IssueForm {
  ticketNo?: unknown;
  inventoryNos?: string;
  dueOn?: string;
  overrideOverdue?: boolean;
}

export interface Issue {
  ticketNo: number;
  inventoryNos: number[];
  dueOn: IsoDate | '';
  overrideOverdue: boolean;
}

export function ticketNumber(value: unknown): number | null {
  const n = typeof value === 'number' ? value : /^\s*\d{1,9}\s*$/.test(String(value ?? '')) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

export function validateIssue(form: IssueForm | null | undefined, today: IsoDate): Validation<Issue> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const ticketNo = ticketNumber(f.ticketNo);
  if (ticketNo === null) errors.push({ field: 'ticketNo', key: 'error.ticketNo' });
  const { numbers, bad } = parseInventoryList(f.inventoryNos);
  if (bad.length) errors.push({ field: 'inventoryNos', key: 'error.inventoryList', params: { items: bad.slice(0, 5).join(', ') } });
  else if (numbers.length === 0) errors.push({ field: 'inventoryNos', key: 'error.required' });
  else if (numbers.length > DESK_LIMITS.copies) errors.push({ field: 'inventoryNos', key: 'error.tooManyCopies', params: { max: DESK_LIMITS.copies } });
  const dueOn = cleanText(f.dueOn);
  if (dueOn) {
    const e = typedDueError(dueOn, today, 'dueOn');
    if (e) errors.push(e);
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ticketNo: ticketNo!, inventoryNos: numbers, dueOn, overrideOverdue: f.overrideOverdue === true } };
}

/** What the journals say about a copy asked for at the desk. */
export interface CopyAtDesk {
  inventoryNo: number;
  writeOffActNo: string;
  /** Ticket of the reader who has it now, or null. */
  onLoanTo: number | null;
  /** Ticket of the reader a held reservation keeps it for, or null. */
  heldFor: number | null;
  /** A textbook (catalogue section 'textbooks'): outside the loan limit. */
  textbook: boolean;
}

export interface ReaderAtDesk {
  ticketNo: number;
  fullName: string;
  status: string;
  /** Due dates of the copies the reader has now. */
  dueDates: IsoDate[];
  /** Inventory numbers of those copies, in the same order. */
  inventoryNos: number[];
  /** How many of those copies are textbooks (outside the loan limit). */
  textbooks: number;
}

/**
 * Why the copies may not be issued to this reader: every refusal named, per copy (unknown, written
 * off, on loan, held for another reader), then the reader's (left the school, over the loan limit).
 * Empty: the issue may go ahead (but see overdueWarning).
 */
export function issueRefusals(reader: ReaderAtDesk, numbers: readonly number[], copies: ReadonlyMap<number, CopyAtDesk>, loanLimit: number): FieldError[] {
  const errors: FieldError[] = [];
  if (reader.status === 'left') errors.push({ field: 'ticketNo', key: 'error.readerLeft', params: { name: reader.fullName, ticketNo: reader.ticketNo } });
  const unknown: number[] = [];
  for (const n of numbers) {
    const c = copies.get(n);
    if (!c) unknown.push(n);
    else if (c.writeOffActNo) errors.push({ field: 'inventoryNos', key: 'error.copyWrittenOff', params: { no: n, act: c.writeOffActNo } });
    else if (c.onLoanTo !== null) errors.push({ field: 'inventoryNos', key: c.onLoanTo === reader.ticketNo ? 'error.copyOnLoanToReader' : 'error.copyOnLoan', params: { no: n } });
    else if (c.heldFor !== null && c.heldFor !== reader.ticketNo) errors.push({ field: 'inventoryNos', key: 'error.copyReserved', params: { no: n } });
  }
  if (unknown.length) errors.unshift({ field: 'inventoryNos', key: 'error.copyUnknown', params: { nos: unknown.slice(0, 10).join(', ') } });
  const onLoan = reader.dueDates.length - reader.textbooks;
  const adding = numbers.filter((n) => !copies.get(n)?.textbook).length;
  if (onLoan + adding > loanLimit) {
    errors.push({ field: 'inventoryNos', key: 'error.loanLimit', params: { onLoan, limit: loanLimit, allowed: Math.max(0, loanLimit - onLoan) } });
  }
  return errors;
}

/** The key of the overdue warning the desk may override (IssueFormDto.overrideOverdue). */
export const OVERDUE_WARNING = 'error.readerOverdue';

/**
 * The warning when the reader has overdue books, or null. Not tied to a field (so the server's message
 * is the warning itself); the desk recognises its key and offers to issue anyway.
 */
export function overdueWarning(reader: ReaderAtDesk, today: IsoDate): FieldError | null {
  const late = reader.inventoryNos.filter((_, i) => daysOverdue(reader.dueDates[i], today) > 0);
  if (!late.length) return null;
  return { field: '', key: OVERDUE_WARNING, params: { name: reader.fullName, count: late.length, nos: late.slice(0, 10).join(', ') } };
}

// ---- return ----------------------------------------------------------------------------------------

export interface ReturnItemForm {
  inventoryNo?: unknown;
  condition?: string;
  conditionNote?: string;
}

export interface ReturnItem {
  inventoryNo: number;
  condition: Exclude<CopyCondition, 'lost'>;
  conditionNote: string;
}

/** Each returned copy: a known inventory number (a scanned "INV:000123" too), once; a condition; a note for a damaged copy. */
export function validateReturn(form: { items?: ReturnItemForm[] } | null | undefined): Validation<ReturnItem[]> {
  const items = Array.isArray(form?.items) ? form!.items : [];
  const errors: FieldError[] = [];
  if (items.length === 0) errors.push({ field: 'items', key: 'error.required' });
  else if (items.length > DESK_LIMITS.copies) errors.push({ field: 'items', key: 'error.tooManyCopies', params: { max: DESK_LIMITS.copies } });
  const out: ReturnItem[] = [];
  const seen = new Set<number>();
  items.slice(0, DESK_LIMITS.copies).forEach((item, i) => {
    const raw = String(item?.inventoryNo ?? '').trim().replace(/^INV:/i, '');
    const no = /^\d{1,9}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null;
    if (no === null) errors.push({ field: `items.${i}.inventoryNo`, key: 'error.inventoryList', params: { items: raw || '–' } });
    else if (seen.has(no)) errors.push({ field: `items.${i}.inventoryNo`, key: 'error.copyTwice', params: { no } });
    else seen.add(no);
    const condition = cleanText(item?.condition) || 'fine';
    if (CONDITIONS.indexOf(condition) < 0) errors.push({ field: `items.${i}.condition`, key: 'error.choice' });
    const conditionNote = cleanText(item?.conditionNote);
    if (condition === 'damaged' && !conditionNote) errors.push({ field: `items.${i}.conditionNote`, key: 'error.damageNote' });
    else if (conditionNote.length > DESK_LIMITS.conditionNote) errors.push({ field: `items.${i}.conditionNote`, key: 'error.tooLong', params: { max: DESK_LIMITS.conditionNote } });
    if (no !== null) out.push({ inventoryNo: no, condition: condition as ReturnItem['condition'], conditionNote: condition === 'damaged' ? conditionNote : '' });
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: out };
}

/** The inventory book's note of a copy returned damaged: the old note kept, "27.11.2026: бүлінген: note" appended. */
export function damagedNote(existing: unknown, day: IsoDate, note: string, lang: 'kk' | 'ru'): string {
  const mark = `${dayText(day)}: ${lang === 'ru' ? 'повреждён' : 'бүлінген'}${note ? `: ${note}` : ''}`;
  const before = String(existing ?? '').trim();
  return before ? `${before}; ${mark}` : mark;
}

// ---- renewal ---------------------------------------------------------------------------------------

export interface RenewForm {
  inventoryNo?: unknown;
  dueOn?: string;
}

export function validateRenew(form: RenewForm | null | undefined, today: IsoDate): Validation<{ inventoryNo: number; dueOn: IsoDate | '' }> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const raw = String(f.inventoryNo ?? '').trim().replace(/^INV:/i, '');
  const inventoryNo = /^\d{1,9}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null;
  if (inventoryNo === null) errors.push({ field: 'inventoryNo', key: raw ? 'error.inventoryList' : 'error.required', params: { items: raw } });
  const dueOn = cleanText(f.dueOn);
  if (dueOn) {
    const e = typedDueError(dueOn, today, 'dueOn');
    if (e) errors.push(e);
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { inventoryNo: inventoryNo!, dueOn } };
}

/**
 * The new due date of a renewal: the typed one (checked: later than the current due date), else the
 * loan period from the later of today and the current due date. Refused at MAX_RENEWALS, and while a
 * reader waits for the title.
 */
export function renewal(
  loan: { inventoryNo: number; dueOn: IsoDate; renewals: number },
  today: IsoDate,
  loanPeriodDays: number,
  typed: IsoDate | '',
  othersWaiting: boolean,
): Validation<IsoDate> {
  if (loan.renewals >= MAX_RENEWALS) return { ok: false, errors: [{ field: 'inventoryNo', key: 'error.renewLimit', params: { no: loan.inventoryNo, max: MAX_RENEWALS } }] };
  if (othersWaiting) return { ok: false, errors: [{ field: 'inventoryNo', key: 'error.renewWaiting', params: { no: loan.inventoryNo } }] };
  if (typed) {
    if (typed <= loan.dueOn) return { ok: false, errors: [{ field: 'dueOn', key: 'error.renewNotLater', params: { due: dayText(loan.dueOn) } }] };
    return { ok: true, value: typed };
  }
  const from = loan.dueOn > today ? loan.dueOn : today;
  return { ok: true, value: addDays(from, loanPeriodDays) };
}

// ---- finding a reader ------------------------------------------------------------------------------

export type ReaderQuery =
  | { kind: 'none' }
  | { kind: 'ticket'; ticketNo: number }
  | { kind: 'grade'; grade: string }
  | { kind: 'name'; words: string[] };

/**
 * What the librarian typed to find a reader: digits are a ticket number ("INV:" never; "№ 12" too);
 * a class ("5А", "5 а", "10-б") is a class; anything else is words of the name, folded.
 */
export function readerQuery(text: unknown): ReaderQuery {
  const q = String(text ?? '').slice(0, DESK_LIMITS.query).trim();
  const ticket = /^(?:№\s*)?(\d{1,9})$/.exec(q);
  if (ticket) return Number(ticket[1]) >= 1 ? { kind: 'ticket', ticketNo: Number(ticket[1]) } : { kind: 'none' };
  if (/^\d/.test(q)) {
    const grade = normalizeGrade(q);
    if (grade && /\D$/.test(grade)) return { kind: 'grade', grade };
  }
  const words = tokens(q);
  return words.length ? { kind: 'name', words } : { kind: 'none' };
}

/** Whether every query word begins a word of the name (folded: Kazakh letters, case, accents). */
export function nameMatches(words: readonly string[], fullName: unknown): boolean {
  const nameWords = tokens(fullName);
  return tokens(words.join(' ')).every((w) => nameWords.some((n) => n.indexOf(w) === 0));
}
