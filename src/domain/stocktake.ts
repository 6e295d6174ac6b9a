/**
 * Stock-taking (инвентаризация / қорды түгендеу): the librarians scan the inventory numbers of the copies
 * on the shelves; what is in the fund, was not found and is not on loan is missing. Pure rules: what a
 * scan records, what it reports back, what is missing at the end, how the check-mark column of the
 * inventory book grows by a year, how the missing numbers read for the write-off form.
 */
import type { FieldError, Validation } from './errors';
import type { Tiyn } from './fund';
import { cleanText } from './text';
import { parseInventoryList, WRITE_OFF_LIMITS } from './writeoff';

export const STOCKTAKE_LIMITS = {
  /** Numbers per scan call: a bulk paste is sent by the sidebar in chunks of at most this many. */
  scan: 1000,
  scope: 200,
  note: 500,
  commission: WRITE_OFF_LIMITS.commission,
  member: WRITE_OFF_LIMITS.member,
  approvedBy: WRITE_OFF_LIMITS.approvedBy,
  /** Missing copies listed one by one in the sidebar's preview (all of them are in the Doc). */
  previewList: 300,
} as const;

export type StocktakeStatus = 'open' | 'finished';

// ---- starting ----------------------------------------------------------------------------------

export interface StartForm {
  scope?: string;
  note?: string;
}

export function validateStart(form: StartForm | null | undefined): Validation<{ scope: string; note: string }> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const scope = cleanText(f.scope);
  if (scope.length > STOCKTAKE_LIMITS.scope) errors.push({ field: 'scope', key: 'error.tooLong', params: { max: STOCKTAKE_LIMITS.scope } });
  const note = cleanText(f.note);
  if (note.length > STOCKTAKE_LIMITS.note) errors.push({ field: 'note', key: 'error.tooLong', params: { max: STOCKTAKE_LIMITS.note } });
  return errors.length ? { ok: false, errors } : { ok: true, value: { scope, note } };
}

/** Stock-takings are numbered 1, 2, 3... for the life of the library. */
export function nextStocktakeId(existing: ReadonlyArray<unknown>): number {
  let max = 0;
  for (const v of existing) {
    const n = Number(v);
    if (Number.isInteger(n) && n > max) max = n;
  }
  return max + 1;
}

// ---- scanning ------------------------------------------------------------------------------------

/**
 * The numbers of a scan as they came, repeats kept (a copy scanned twice must be reported, not silently
 * dropped): one per line from a scanner, or pasted, or typed with spaces or commas; "15-18" is a range and
 * "INV:000123" a label, as the write-off form reads them (parseInventoryList, token by token).
 */
export function parseScans(text: unknown): { numbers: number[]; bad: string[] } {
  const numbers: number[] = [];
  const bad: string[] = [];
  for (const token of String(text ?? '').split(/[\s,;]+/)) {
    if (!token) continue;
    const one = parseInventoryList(token);
    numbers.push(...one.numbers);
    bad.push(...one.bad);
  }
  return { numbers, bad };
}

export interface ScanForm {
  /** 0: whichever stock-taking is open. */
  stocktakeId?: number | string;
  inventoryNos?: string;
}

export interface Scan {
  stocktakeId: number;
  /** In scan order, repeats kept. */
  numbers: number[];
}

export function validateScan(form: ScanForm | null | undefined): Validation<Scan> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const id = Number(f.stocktakeId ?? 0);
  if (!Number.isInteger(id) || id < 0) errors.push({ field: '', key: 'stocktake.error.unknown', params: { id: String(f.stocktakeId) } });
  const { numbers, bad } = parseScans(f.inventoryNos);
  if (bad.length) errors.push({ field: 'inventoryNos', key: 'error.inventoryList', params: { items: bad.slice(0, 5).join(', ') } });
  else if (new Set(numbers).size > STOCKTAKE_LIMITS.scan) errors.push({ field: 'inventoryNos', key: 'error.tooManyCopies', params: { max: STOCKTAKE_LIMITS.scan } });
  return errors.length ? { ok: false, errors } : { ok: true, value: { stocktakeId: id, numbers } };
}

/** The key of a found row: "3:125" (stock-taking 3, copy 125); one text finder call tells a second scan. */
export function foundKey(stocktakeId: number, inventoryNo: number): string {
  return `${stocktakeId}:${inventoryNo}`;
}

export interface ScanOutcome {
  /** Copies of the fund found now for the first time in this stock-taking: these rows are written. */
  recorded: number[];
  /** Already found in this stock-taking (earlier, or twice in this scan): named, not written again. */
  duplicates: number[];
  /** Not in the inventory book. */
  unknown: number[];
  /** In the inventory book but written off: the copy should come off the shelf. */
  writtenOff: Array<{ inventoryNo: number; actNo: string }>;
}

/**
 * What a scan records and reports. `fund`: the copies of the scanned numbers that the inventory book
 * knows, with their write-off act ('' when in the fund); `alreadyFound`: those already found in this
 * stock-taking. Each number is reported once, in scan order.
 */
export function classifyScan(numbers: readonly number[], fund: ReadonlyMap<number, { writeOffActNo: string }>, alreadyFound: ReadonlySet<number>): ScanOutcome {
  const out: ScanOutcome = { recorded: [], duplicates: [], unknown: [], writtenOff: [] };
  const seen = new Set<number>();
  const recorded = new Set<number>();
  const duplicate = new Set<number>();
  for (const n of numbers) {
    if (seen.has(n)) {
      if (recorded.has(n) && !duplicate.has(n)) {
        duplicate.add(n);
        out.duplicates.push(n);
      }
      continue;
    }
    seen.add(n);
    const copy = fund.get(n);
    if (!copy) out.unknown.push(n);
    else if (copy.writeOffActNo) out.writtenOff.push({ inventoryNo: n, actNo: copy.writeOffActNo });
    else if (alreadyFound.has(n)) {
      duplicate.add(n);
      out.duplicates.push(n);
    } else {
      recorded.add(n);
      out.recorded.push(n);
    }
  }
  return out;
}

// ---- finishing -----------------------------------------------------------------------------------

export interface CopyInBook {
  inventoryNo: number;
  /** The write-off act number, '' while the copy is in the fund. */
  writeOffActNo: string;
}

export interface Outcome<C> {
  /** Copies in the fund today (not written off). */
  inFund: C[];
  /** Copies of the fund found on the shelves. */
  found: C[];
  /** Copies of the fund not found but on loan: not missing. */
  onLoan: C[];
  /** In the fund − found − on loan. */
  missing: C[];
  /** Numbers found that are no longer in the fund (written off or gone from the book since they were scanned). */
  notInFund: number[];
}

/** missing = in the fund − found − on loan; every copy of the fund falls in exactly one of found, on loan, missing. */
export function stocktakeOutcome<C extends CopyInBook>(copies: readonly C[], found: ReadonlySet<number>, onLoan: ReadonlySet<number>): Outcome<C> {
  const out: Outcome<C> = { inFund: [], found: [], onLoan: [], missing: [], notInFund: [] };
  const inFundNos = new Set<number>();
  for (const c of copies) {
    if (c.writeOffActNo) continue;
    inFundNos.add(c.inventoryNo);
    out.inFund.push(c);
    if (found.has(c.inventoryNo)) out.found.push(c);
    else if (onLoan.has(c.inventoryNo)) out.onLoan.push(c);
    else out.missing.push(c);
  }
  for (const n of found) if (!inFundNos.has(n)) out.notInFund.push(n);
  out.notInFund.sort((a, b) => a - b);
  out.missing.sort((a, b) => a.inventoryNo - b.inventoryNo);
  return out;
}

/**
 * The check mark column holds the years of the stock-takings that found the copy: "2024, 2025". This
 * year is appended, never overwriting; a year already there is not repeated (two stock-takings in a year).
 */
export function appendYear(mark: unknown, year: number): string {
  const current = cleanText(mark);
  if (!current) return String(year);
  const years: string[] = current.match(/\d{4}/g) ?? [];
  if (years.indexOf(String(year)) >= 0) return current;
  return `${current.replace(/[\s,;]+$/, '')}, ${year}`;
}

/**
 * Rows to write as blocks: sorted, and runs closer than `maxGap` rows merged (the rows between are
 * written back with their own value), so that marking 18,000 scattered rows costs a few writes, not one
 * per run.
 */
export function rowBlocks(rows: readonly number[], maxGap: number): Array<{ first: number; last: number }> {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const blocks: Array<{ first: number; last: number }> = [];
  for (const r of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && r - last.last - 1 <= maxGap) last.last = r;
    else blocks.push({ first: r, last: r });
  }
  return blocks;
}

/**
 * Inventory numbers as the write-off form reads them, consecutive ones as ranges: "12, 15-18, 20". A
 * range holds at most 500 numbers (the form's limit).
 */
export function numbersText(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1 && sorted[j + 1] - sorted[i] < WRITE_OFF_LIMITS.range) j++;
    parts.push(j === i ? String(sorted[i]) : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export interface FinishForm {
  stocktakeId?: number | string;
  /** false: the preview (nothing written); true: close the stock-taking. */
  confirm?: boolean;
  /** One member per line, the chair first (required to close). */
  commission?: string;
  approvedBy?: string;
}

export interface Finish {
  stocktakeId: number;
  confirm: boolean;
  commission: string[];
  approvedBy: string;
}

export function validateFinish(form: FinishForm | null | undefined): Validation<Finish> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const id = Number(f.stocktakeId ?? 0);
  if (!Number.isInteger(id) || id < 0) errors.push({ field: '', key: 'stocktake.error.unknown', params: { id: String(f.stocktakeId) } });
  const confirm = f.confirm === true;
  const commission = String(f.commission ?? '')
    .split(/\n/)
    .map(cleanText)
    .filter((m) => m);
  if (confirm && commission.length === 0) errors.push({ field: 'commission', key: 'error.commission' });
  else if (commission.some((m) => m.length > STOCKTAKE_LIMITS.member) || commission.join('\n').length > STOCKTAKE_LIMITS.commission) {
    errors.push({ field: 'commission', key: 'error.tooLong', params: { max: STOCKTAKE_LIMITS.member } });
  }
  const approvedBy = cleanText(f.approvedBy);
  if (approvedBy.length > STOCKTAKE_LIMITS.approvedBy) errors.push({ field: 'approvedBy', key: 'error.tooLong', params: { max: STOCKTAKE_LIMITS.approvedBy } });
  return errors.length ? { ok: false, errors } : { ok: true, value: { stocktakeId: id, confirm, commission, approvedBy } };
}

/** The sum of the prices of some copies, in tiyn. */
export function sumOf(copies: ReadonlyArray<{ price: Tiyn }>): Tiyn {
  return copies.reduce((s, c) => s + c.price, 0);
}
