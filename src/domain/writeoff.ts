/**
 * Writing copies off the fund: which copies (inventory numbers typed, pasted or scanned, with ranges),
 * why, who signs; which copies may not be written off; the act's number. Pure.
 */
import { WRITE_OFF_REASONS, type WriteOffReason } from '../../sheets-template/options';
import { isIsoDate, type IsoDate } from './dates';
import type { FieldError, Validation } from './errors';
import { cleanText } from './text';

export const WRITE_OFF_LIMITS = { copies: 1000, range: 500, commission: 300, member: 120, approvedBy: 150, note: 500 } as const;
const REASONS = WRITE_OFF_REASONS.map((o) => o.code) as readonly string[];

/**
 * Inventory numbers from what the librarian typed, pasted or scanned: separated by spaces, commas,
 * semicolons or new lines; "15-18" is a range. A scanned label may carry "INV:000123".
 */
export function parseInventoryList(text: unknown): { numbers: number[]; bad: string[] } {
  const numbers: number[] = [];
  const bad: string[] = [];
  const seen = new Set<number>();
  const add = (n: number) => {
    if (!seen.has(n)) {
      seen.add(n);
      numbers.push(n);
    }
  };
  for (const raw of String(text ?? '').split(/[\s,;]+/)) {
    const part = raw.replace(/^INV:/i, '');
    if (!part) continue;
    const range = /^(\d{1,9})[-–](\d{1,9})$/.exec(part);
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      if (a >= 1 && b >= a && b - a < WRITE_OFF_LIMITS.range) for (let n = a; n <= b; n++) add(n);
      else bad.push(raw);
    } else if (/^\d{1,9}$/.test(part) && Number(part) >= 1) add(Number(part));
    else bad.push(raw);
  }
  return { numbers, bad };
}

export interface WriteOffForm {
  inventoryNos?: string;
  reason?: string;
  date?: string;
  /** One member per line: "А. Б. Сапарова (директордың орынбасары)". The first is the chair. */
  commission?: string;
  approvedBy?: string;
  note?: string;
}

export interface WriteOff {
  inventoryNos: number[];
  reason: WriteOffReason;
  date: IsoDate;
  commission: string[];
  approvedBy: string;
  note: string;
}

export function validateWriteOff(form: WriteOffForm | null | undefined, today: IsoDate): Validation<WriteOff> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const { numbers, bad } = parseInventoryList(f.inventoryNos);
  if (bad.length) errors.push({ field: 'inventoryNos', key: 'error.inventoryList', params: { items: bad.slice(0, 5).join(', ') } });
  else if (numbers.length === 0) errors.push({ field: 'inventoryNos', key: 'error.required' });
  else if (numbers.length > WRITE_OFF_LIMITS.copies) errors.push({ field: 'inventoryNos', key: 'error.tooManyCopies', params: { max: WRITE_OFF_LIMITS.copies } });

  const reasonText = cleanText(f.reason);
  if (!reasonText) errors.push({ field: 'reason', key: 'error.required' });
  else if (REASONS.indexOf(reasonText) < 0) errors.push({ field: 'reason', key: 'error.choice' });

  const date = cleanText(f.date) || today;
  if (!isIsoDate(date)) errors.push({ field: 'date', key: 'error.date' });
  else if (date > today) errors.push({ field: 'date', key: 'error.dateFuture' });

  const commission = String(f.commission ?? '')
    .split(/\n/)
    .map(cleanText)
    .filter((m) => m);
  if (commission.length === 0) errors.push({ field: 'commission', key: 'error.commission' });
  else if (commission.some((m) => m.length > WRITE_OFF_LIMITS.member) || commission.join('\n').length > WRITE_OFF_LIMITS.commission) {
    errors.push({ field: 'commission', key: 'error.tooLong', params: { max: WRITE_OFF_LIMITS.member } });
  }
  const approvedBy = cleanText(f.approvedBy);
  if (approvedBy.length > WRITE_OFF_LIMITS.approvedBy) errors.push({ field: 'approvedBy', key: 'error.tooLong', params: { max: WRITE_OFF_LIMITS.approvedBy } });
  const note = cleanText(f.note);
  if (note.length > WRITE_OFF_LIMITS.note) errors.push({ field: 'note', key: 'error.tooLong', params: { max: WRITE_OFF_LIMITS.note } });

  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { inventoryNos: numbers, reason: reasonText as WriteOffReason, date, commission, approvedBy, note } };
}

/** What the fund knows of a copy that is to be written off. */
export interface CopyOnRecord {
  inventoryNo: number;
  writeOffActNo: string;
  onLoan: boolean;
}

/** Refuses copies that are unknown, already written off or on loan; every refusal named. */
export function refusals(numbers: readonly number[], found: ReadonlyMap<number, CopyOnRecord>): FieldError[] {
  const unknown: number[] = [];
  const errors: FieldError[] = [];
  for (const n of numbers) {
    const c = found.get(n);
    if (!c) unknown.push(n);
    else if (c.writeOffActNo) errors.push({ field: 'inventoryNos', key: 'error.copyWrittenOff', params: { no: n, act: c.writeOffActNo } });
    else if (c.onLoan) errors.push({ field: 'inventoryNos', key: 'error.copyOnLoan', params: { no: n } });
  }
  if (unknown.length) errors.unshift({ field: 'inventoryNos', key: 'error.copyUnknown', params: { nos: unknown.slice(0, 10).join(', ') } });
  return errors;
}

/** Acts are numbered within the year: "1/2026", "2/2026", ... */
export function nextActNo(existing: ReadonlyArray<unknown>, year: number): string {
  let max = 0;
  for (const v of existing) {
    const m = /^(\d+)\s*\/\s*(\d{4})$/.exec(String(v ?? '').trim());
    if (m && Number(m[2]) === year) max = Math.max(max, Number(m[1]));
  }
  return `${max + 1}/${year}`;
}
