/**
 * The fund's bookkeeping rules: what a receipt batch must hold, how its copies are counted in the
 * summary accounting book (copies and sum, by document type, content section and language), the
 * movement of the fund per year (part 3 agrees with parts 1 and 2 by construction), money in tiyn.
 * Pure: the caller passes today's date.
 */
import {
  ACQUISITION_SOURCES,
  DOC_TYPES,
  SECTIONS,
  SUMMARY_LANGUAGE_KEY,
  SUMMARY_SECTION_KEY,
  SUMMARY_TYPE_KEY,
  type AcquisitionSource,
  type DocType,
  type SectionCode,
} from '../../sheets-template/options';
import { describeBook, headingName, parseName, shelfMark, validateBookRecord, type BookLanguage, type BookRecord } from './bibliographic';
import { isIsoDate, type IsoDate } from './dates';
import type { FieldError, Validation } from './errors';
import { fold, isbnKey } from './search';
import { cleanText } from './text';

// ---- money -------------------------------------------------------------------------------------

/** Sums are kept in tiyn (1/100 tenge) as integers: no floating-point drift in totals. */
export type Tiyn = number;

/** "1 250,50", "1250.5", 1250.5 → 125050; null when it is not an amount of money ≥ 0 with ≤ 2 decimals. */
export function parseMoney(value: unknown): Tiyn | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value * 100) : null;
  const s = cleanText(value).replace(/[\s\u00A0]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(s)) return null;
  const [whole, frac = ''] = s.split('.');
  return Number(whole) * 100 + Number((frac + '00').slice(0, 2));
}

export function tenge(tiyn: Tiyn): number {
  return Math.round(tiyn) / 100;
}

// ---- a title as the fund records it --------------------------------------------------------------

export const SOURCE_CODES = ACQUISITION_SOURCES.map((o) => o.code) as readonly AcquisitionSource[];
const DOC_TYPE_CODES = DOC_TYPES.map((o) => o.code) as readonly string[];
const SECTION_CODES = SECTIONS.map((o) => o.code) as readonly string[];

/** A catalogue title: the bibliographic record plus the fund's classification. */
export interface TitleData {
  record: BookRecord;
  bbk: string;
  udc: string;
  authorSign: string;
  section: SectionCode;
  docType: DocType;
  annotation: string;
  keywords: string;
}

/** One title line of a receipt batch, as the sidebar sends it (strings). */
export interface TitleForm {
  authors?: string;
  title?: string;
  otherTitleInfo?: string;
  responsibility?: string;
  volume?: string;
  place?: string;
  publisher?: string;
  year?: string;
  pages?: string;
  isbn?: string;
  bbk?: string;
  udc?: string;
  authorSign?: string;
  language?: string;
  section?: string;
  docType?: string;
  annotation?: string;
  keywords?: string;
  price?: string;
  copies?: string;
}

export interface AcquisitionForm {
  date?: string;
  source?: string;
  supplier?: string;
  documentNo?: string;
  documentDate?: string;
  items?: TitleForm[];
}

export interface AcquisitionLine {
  title: TitleData;
  price: Tiyn;
  copies: number;
}

export interface Acquisition {
  date: IsoDate;
  source: AcquisitionSource;
  supplier: string;
  documentNo: string;
  documentDate: IsoDate | '';
  lines: AcquisitionLine[];
}

export const FUND_LIMITS = {
  titlesPerBatch: 50,
  copiesPerTitle: 500,
  copiesPerBatch: 2000,
  maxPrice: 10_000_000_00,
  supplier: 200,
  documentNo: 60,
  bbk: 60,
  udc: 60,
  authorSign: 20,
  annotation: 2000,
  keywords: 500,
  earliestDate: '2000-01-01',
} as const;

function checkDate(errors: FieldError[], field: string, value: string, today: IsoDate, required: boolean): IsoDate | '' {
  if (!value) {
    if (required) errors.push({ field, key: 'error.required' });
    return '';
  }
  if (!isIsoDate(value)) errors.push({ field, key: 'error.date' });
  else if (value > today) errors.push({ field, key: 'error.dateFuture' });
  else if (value < FUND_LIMITS.earliestDate) errors.push({ field, key: 'error.dateTooOld', params: { min: FUND_LIMITS.earliestDate } });
  else return value;
  return '';
}

/** Checks one title (record + classification), field names prefixed (e.g. "items.2.title"). */
export function validateTitle(form: TitleForm, currentYear: number, prefix = ''): Validation<TitleData> {
  const errors: FieldError[] = [];
  const record = validateBookRecord(
    {
      authors: form.authors ?? '',
      title: form.title,
      otherTitleInfo: form.otherTitleInfo,
      responsibility: form.responsibility,
      volume: form.volume,
      place: form.place,
      publisher: form.publisher,
      year: form.year,
      pages: form.pages,
      isbn: form.isbn,
      language: form.language,
    },
    currentYear,
  );
  if (!record.ok) for (const e of record.errors) errors.push({ ...e, field: prefix + e.field });
  const text = (name: keyof TitleForm, max: number): string => {
    const v = cleanText(form[name]);
    if (v.length > max) errors.push({ field: prefix + name, key: 'error.tooLong', params: { max } });
    return v;
  };
  const bbk = text('bbk', FUND_LIMITS.bbk);
  const udc = text('udc', FUND_LIMITS.udc);
  const authorSign = text('authorSign', FUND_LIMITS.authorSign);
  const annotation = text('annotation', FUND_LIMITS.annotation);
  const keywords = text('keywords', FUND_LIMITS.keywords);
  const choice = (name: 'section' | 'docType', codes: readonly string[]): string => {
    const v = cleanText(form[name]);
    if (!v) errors.push({ field: prefix + name, key: 'error.required' });
    else if (codes.indexOf(v) < 0) errors.push({ field: prefix + name, key: 'error.choice' });
    return v;
  };
  const section = choice('section', SECTION_CODES) as SectionCode;
  const docType = choice('docType', DOC_TYPE_CODES) as DocType;
  if (errors.length > 0 || !record.ok) return { ok: false, errors };
  return { ok: true, value: { record: record.value, bbk, udc, authorSign, section, docType, annotation, keywords } };
}

/** Checks a whole receipt batch; every error of every line is reported at once. */
export function validateAcquisition(form: AcquisitionForm | null | undefined, today: IsoDate): Validation<Acquisition> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const currentYear = Number(today.slice(0, 4));

  const date = checkDate(errors, 'date', cleanText(f.date) || today, today, true);
  const sourceText = cleanText(f.source);
  const source = (SOURCE_CODES as readonly string[]).indexOf(sourceText) >= 0 ? (sourceText as AcquisitionSource) : null;
  if (!sourceText) errors.push({ field: 'source', key: 'error.required' });
  else if (!source) errors.push({ field: 'source', key: 'error.choice' });
  const supplier = cleanText(f.supplier);
  if (supplier.length > FUND_LIMITS.supplier) errors.push({ field: 'supplier', key: 'error.tooLong', params: { max: FUND_LIMITS.supplier } });
  else if (!supplier && source === 'gift') errors.push({ field: 'supplier', key: 'error.giverRequired' });
  const documentNo = cleanText(f.documentNo);
  if (documentNo.length > FUND_LIMITS.documentNo) errors.push({ field: 'documentNo', key: 'error.tooLong', params: { max: FUND_LIMITS.documentNo } });
  const documentDate = checkDate(errors, 'documentDate', cleanText(f.documentDate), today, false);

  const items = Array.isArray(f.items) ? f.items : [];
  if (items.length === 0) errors.push({ field: 'items', key: 'error.noTitles' });
  if (items.length > FUND_LIMITS.titlesPerBatch) errors.push({ field: 'items', key: 'error.tooManyTitles', params: { max: FUND_LIMITS.titlesPerBatch } });

  const lines: AcquisitionLine[] = [];
  let total = 0;
  items.slice(0, FUND_LIMITS.titlesPerBatch).forEach((item, i) => {
    const prefix = `items.${i}.`;
    const title = validateTitle(item ?? {}, currentYear, prefix);
    if (!title.ok) errors.push(...title.errors);
    const price = parseMoney(item?.price);
    if (cleanText(item?.price) === '') errors.push({ field: `${prefix}price`, key: 'error.required' });
    else if (price === null || price > FUND_LIMITS.maxPrice) errors.push({ field: `${prefix}price`, key: 'error.price' });
    const copiesText = cleanText(item?.copies);
    const copies = /^\d+$/.test(copiesText) ? Number(copiesText) : NaN;
    if (!copiesText) errors.push({ field: `${prefix}copies`, key: 'error.required' });
    else if (!(copies >= 1 && copies <= FUND_LIMITS.copiesPerTitle)) errors.push({ field: `${prefix}copies`, key: 'error.copies', params: { max: FUND_LIMITS.copiesPerTitle } });
    else total += copies;
    if (title.ok && price !== null && copies >= 1) lines.push({ title: title.value, price, copies });
  });
  if (total > FUND_LIMITS.copiesPerBatch) errors.push({ field: 'items', key: 'error.tooManyCopies', params: { max: FUND_LIMITS.copiesPerBatch } });

  if (errors.length > 0 || !source || !date) return { ok: false, errors };
  return { ok: true, value: { date, source, supplier, documentNo, documentDate, lines } };
}

// ---- how a title is written in the journals ------------------------------------------------------

/** The inventory book's "author and title" column: heading, title, other title information, volume. */
export function authorTitle(record: BookRecord): string {
  const first = record.authors.length > 0 && record.authors.length <= 3 ? parseName(record.authors[0]) : null;
  let s = record.title;
  if (record.otherTitleInfo) s += ` : ${record.otherTitleInfo}`;
  if (record.volume) s += `. ${record.volume}`;
  return first ? `${headingName(first)} ${s}` : s;
}

/** The inventory book's "place and year" column: "Алматы, 1965". */
export function placeYear(record: BookRecord): string {
  return [record.place, record.year].filter((v) => v !== undefined && v !== '').join(', ');
}

/** The year at the end of the inventory book's "place and year" ("Алматы, 1965" → 1965), or null. */
export function yearOfPlaceYear(placeYear: unknown): number | null {
  const m = /(\d{4})\s*$/.exec(String(placeYear ?? ''));
  return m ? Number(m[1]) : null;
}

/**
 * The key a title is recognised by when no ISBN matches: first author's surname, title and year,
 * folded ("әбенов|козы корпеш баянсулу|1965"), so a second batch of the same book adds copies to it.
 */
export function matchKey(record: Pick<BookRecord, 'authors' | 'title' | 'year'>): string {
  const first = record.authors.length ? parseName(record.authors[0]) : null;
  return [first ? fold(first.surname) : '', fold(record.title), record.year ?? ''].join('|');
}

/** The folded words a catalogue search looks in: authors, titles, classification, ISBN, keywords. */
export function searchText(title: TitleData, inventoryNos: readonly number[] = []): string {
  const r = title.record;
  const parts = [
    r.authors.join(' '),
    r.title,
    r.otherTitleInfo,
    r.volume,
    r.responsibility,
    r.publisher,
    r.year,
    title.bbk,
    title.udc,
    title.authorSign,
    title.keywords,
  ];
  const words = fold(parts.filter((p) => p !== undefined && p !== '').join(' '));
  const isbn = r.isbn ? ` ${isbnKey(r.isbn)}` : '';
  const numbers = inventoryNos.length ? ` ${inventoryNos.join(' ')}` : '';
  return ` ${words}${isbn}${numbers} `;
}

export function titleDescription(title: TitleData): string {
  return describeBook(title.record);
}

export function titleShelfMark(title: TitleData): string {
  const first = title.record.authors.length ? parseName(title.record.authors[0]) : null;
  return shelfMark(title.bbk, title.authorSign || (first ? first.surname : ''));
}

/** A catalogue row read back into a title (the inverse of what registerAcquisition writes). */
export function titleFromRow(row: Record<string, unknown>): TitleData {
  const str = (k: string) => (row[k] === null || row[k] === undefined ? '' : String(row[k]));
  const record: BookRecord = {
    authors: str('authors')
      .split(';')
      .map((a) => a.trim())
      .filter((a) => a),
    title: str('title'),
    language: (['kk', 'ru', 'en', 'other'].indexOf(str('language')) >= 0 ? str('language') : 'other') as BookLanguage,
  };
  for (const k of ['otherTitleInfo', 'responsibility', 'volume', 'place', 'publisher', 'isbn'] as const) if (str(k)) record[k] = str(k);
  if (str('year')) record.year = Number(str('year'));
  if (str('pages')) record.pages = Number(str('pages'));
  return {
    record,
    bbk: str('bbk'),
    udc: str('udc'),
    authorSign: str('authorSign'),
    section: str('section') as SectionCode,
    docType: str('docType') as DocType,
    annotation: str('annotation'),
    keywords: str('keywords'),
  };
}

// ---- the summary accounting book -----------------------------------------------------------------

/** Copies and sum, in total and by the summary book's columns (type, section, language). */
export interface Breakdown {
  copies: number;
  sum: Tiyn;
  /** Summary-book column key → copies, e.g. typeBooks: 12, sectionFiction: 7, langKazakh: 9. */
  columns: Record<string, number>;
}

export const BREAKDOWN_KEYS: readonly string[] = [
  ...Object.values(SUMMARY_TYPE_KEY),
  ...Object.values(SUMMARY_SECTION_KEY),
  ...Array.from(new Set(Object.values(SUMMARY_LANGUAGE_KEY))),
];

export function emptyBreakdown(): Breakdown {
  const columns: Record<string, number> = {};
  for (const k of BREAKDOWN_KEYS) columns[k] = 0;
  return { copies: 0, sum: 0, columns };
}

export interface Classified {
  docType: DocType;
  section: SectionCode;
  language: BookLanguage;
}

/** Adds `copies` copies of one classification at `price` each. */
export function addCopies(b: Breakdown, c: Classified, copies: number, price: Tiyn): Breakdown {
  b.copies += copies;
  b.sum += copies * price;
  b.columns[SUMMARY_TYPE_KEY[c.docType]] += copies;
  b.columns[SUMMARY_SECTION_KEY[c.section]] += copies;
  b.columns[SUMMARY_LANGUAGE_KEY[c.language]] += copies;
  return b;
}

export function addBreakdown(into: Breakdown, b: Breakdown, sign = 1): Breakdown {
  into.copies += sign * b.copies;
  into.sum += sign * b.sum;
  for (const k of BREAKDOWN_KEYS) into.columns[k] += sign * (b.columns[k] ?? 0);
  return into;
}

/** A batch's part-1 figures. */
export function acquisitionBreakdown(a: Acquisition): Breakdown {
  const b = emptyBreakdown();
  for (const line of a.lines) addCopies(b, { docType: line.title.docType, section: line.title.section, language: line.title.record.language }, line.copies, line.price);
  return b;
}

/** A summary-book row's figures read back (copiesTotal or copies, sum in tenge, the breakdown columns). */
export function breakdownFromRow(row: Record<string, unknown>): Breakdown {
  const b = emptyBreakdown();
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : Number(v) || 0);
  b.copies = n(row.copiesTotal ?? row.copies);
  b.sum = Math.round(n(row.sum) * 100);
  for (const k of BREAKDOWN_KEYS) b.columns[k] = n(row[k]);
  return b;
}

/** The breakdown as summary-book cells (sum in tenge). */
export function breakdownCells(b: Breakdown, copiesKey: 'copiesTotal' | 'copies'): Record<string, number> {
  return { [copiesKey]: b.copies, sum: tenge(b.sum), ...b.columns };
}

export type MovementLine = 'atStart' | 'received' | 'withdrawn' | 'atEnd';

export interface MovementRow {
  year: number;
  line: MovementLine;
  figures: Breakdown;
}

/**
 * Part 3 from parts 1 and 2: for every year from the first entry to `throughYear`, what the fund held
 * at the start, received, withdrew and held at the end. At the end = at the start + received −
 * withdrawn, and the next year starts where this one ended: part 3 agrees with parts 1 and 2 by
 * construction.
 */
export function fundMovement(
  receipts: ReadonlyArray<{ date: IsoDate; figures: Breakdown }>,
  withdrawals: ReadonlyArray<{ date: IsoDate; figures: Breakdown }>,
  throughYear: number,
): MovementRow[] {
  const years = [...receipts, ...withdrawals].map((e) => Number(e.date.slice(0, 4))).filter((y) => y > 0);
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const rows: MovementRow[] = [];
  let start = emptyBreakdown();
  for (let year = first; year <= Math.max(throughYear, first); year++) {
    const received = emptyBreakdown();
    for (const r of receipts) if (Number(r.date.slice(0, 4)) === year) addBreakdown(received, r.figures);
    const withdrawn = emptyBreakdown();
    for (const w of withdrawals) if (Number(w.date.slice(0, 4)) === year) addBreakdown(withdrawn, w.figures);
    const end = addBreakdown(addBreakdown(addBreakdown(emptyBreakdown(), start), received), withdrawn, -1);
    rows.push({ year, line: 'atStart', figures: start }, { year, line: 'received', figures: received }, { year, line: 'withdrawn', figures: withdrawn }, { year, line: 'atEnd', figures: end });
    start = addBreakdown(emptyBreakdown(), end);
  }
  return rows;
}

/** The next record number of a summary-book part: one more than the highest so far. */
export function nextRecordNo(existing: ReadonlyArray<unknown>): number {
  let max = 0;
  for (const v of existing) {
    const n = Number(v);
    if (Number.isInteger(n) && n > max) max = n;
  }
  return max + 1;
}
