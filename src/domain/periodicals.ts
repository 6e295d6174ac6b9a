/**
 * Periodicals (issue 6): subscriptions, the registration journal of issues received, the issues still
 * missing, the year's issues bound into one fund item, and the article card index. Pure: the caller
 * passes today's date.
 *
 * Which numbers are expected (and so missing when not checked in): a periodical numbers its issues
 * 1..N through the calendar year (N = issues per year). Issue k is taken to come out on day
 * floor((k − 1) × D / N) of the year (D = 365 or 366; day 0 is 1 January): a monthly's № 7 on 2 July, a
 * weekly's № 27 on 2 July. A number is expected when that day falls inside a subscription period of
 * the title and is not after today (a number not yet due is not missing). A subscription for July to
 * December thus expects the second half of the numbers, prorated; two half-year subscriptions of one
 * title add up to the whole year. A double issue "12–13" counts as both numbers received.
 */
import { PERIODICAL_KINDS, PUBLICATION_LANGUAGES, SECTIONS, type PeriodicalKind, type PublicationLanguage, type SectionCode } from '../../sheets-template/options';
import { BOOK_LIMITS, describeArticle, type ArticleRecord } from './bibliographic';
import { addDays, daysBetween, isIsoDate, type IsoDate } from './dates';
import type { FieldError, Validation } from './errors';
import { parseMoney, type Tiyn } from './fund';
import { fold } from './search';
import { cleanText, LETTER } from './text';

export const PERIODICAL_LIMITS = {
  title: 200,
  index: 20,
  note: 300,
  maxIssuesPerYear: 366,
  /** A double (triple...) issue names at most this many numbers: "1–4". */
  numbersPerIssue: 4,
  earliestDate: '2000-01-01',
  earliestYear: 2000,
  maxPrice: 10_000_000_00,
  articleTitle: 500,
  periodical: 200,
  articleNumber: 20,
  subjects: 300,
  bbk: 60,
  articleEarliestYear: 1800,
} as const;

const KIND_CODES = PERIODICAL_KINDS.map((o) => o.code) as readonly string[];
const LANGUAGE_CODES = PUBLICATION_LANGUAGES.map((o) => o.code) as readonly string[];
const SECTION_CODES = SECTIONS.map((o) => o.code) as readonly string[];

const str = (v: unknown) => cleanText(typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '');

function choice<T extends string>(errors: FieldError[], field: string, value: string, codes: readonly string[]): T | null {
  if (!value) errors.push({ field, key: 'error.required' });
  else if (codes.indexOf(value) < 0) errors.push({ field, key: 'error.choice' });
  else return value as T;
  return null;
}

function text(errors: FieldError[], field: string, value: string, max: number, required = false): string {
  if (!value && required) errors.push({ field, key: 'error.required' });
  else if (value.length > max) errors.push({ field, key: 'error.tooLong', params: { max } });
  return value;
}

function day(errors: FieldError[], field: string, value: string, latest: IsoDate | null): IsoDate | '' {
  if (!value) errors.push({ field, key: 'error.required' });
  else if (!isIsoDate(value)) errors.push({ field, key: 'error.date' });
  else if (latest && value > latest) errors.push({ field, key: 'error.dateFuture' });
  else if (value < PERIODICAL_LIMITS.earliestDate) errors.push({ field, key: 'error.dateTooOld', params: { min: PERIODICAL_LIMITS.earliestDate } });
  else return value;
  return '';
}

function yearOf(errors: FieldError[], field: string, value: string, min: number, max: number, required: boolean): number | null {
  if (!value) {
    if (required) errors.push({ field, key: 'error.required' });
    return null;
  }
  const y = /^\d{4}$/.test(value) ? Number(value) : NaN;
  if (y >= min && y <= max) return y;
  errors.push({ field, key: 'error.year', params: { min, max } });
  return null;
}

/** The same title, however typed: "«Ақиқат»", "акикат" and "Ақиқат " are one periodical. */
export function sameTitle(a: unknown, b: unknown): boolean {
  const fa = fold(a);
  return fa !== '' && fa === fold(b);
}

// ---- subscriptions -----------------------------------------------------------------------------------

export interface SubscriptionForm {
  title?: unknown;
  kind?: unknown;
  language?: unknown;
  issuesPerYear?: unknown;
  periodFrom?: unknown;
  periodTo?: unknown;
  price?: unknown;
  index?: unknown;
  note?: unknown;
}

export interface Subscription {
  title: string;
  kind: PeriodicalKind;
  language: PublicationLanguage;
  issuesPerYear: number;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  price: Tiyn;
  /** The subscription index of the postal catalogue ("65001"), '' when not given. */
  index: string;
  note: string;
}

/**
 * A subscription: the title, newspaper or magazine, its language, 1–366 issues a year, the period (at
 * most a year, it may begin in the future: next year's subscription is made in autumn), the price.
 */
export function validateSubscription(form: SubscriptionForm | null | undefined): Validation<Subscription> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const title = text(errors, 'title', str(f.title), PERIODICAL_LIMITS.title, true);
  if (title && !LETTER.test(title)) errors.push({ field: 'title', key: 'periodicals.error.title' });
  const kind = choice<PeriodicalKind>(errors, 'kind', str(f.kind), KIND_CODES);
  const language = choice<PublicationLanguage>(errors, 'language', str(f.language), LANGUAGE_CODES);
  const issuesText = str(f.issuesPerYear);
  const issuesPerYear = /^\d{1,3}$/.test(issuesText) ? Number(issuesText) : NaN;
  if (!issuesText) errors.push({ field: 'issuesPerYear', key: 'error.required' });
  else if (!(issuesPerYear >= 1 && issuesPerYear <= PERIODICAL_LIMITS.maxIssuesPerYear)) {
    errors.push({ field: 'issuesPerYear', key: 'periodicals.error.issuesPerYear', params: { max: PERIODICAL_LIMITS.maxIssuesPerYear } });
  }
  const periodFrom = day(errors, 'periodFrom', str(f.periodFrom), null);
  const periodTo = day(errors, 'periodTo', str(f.periodTo), null);
  if (periodFrom && periodTo) {
    if (periodTo < periodFrom) errors.push({ field: 'periodTo', key: 'periodicals.error.period' });
    // At most a year: 1 January to 31 December, 1 July to 30 June (compared as text: 29 February too).
    else if (periodTo >= `${Number(periodFrom.slice(0, 4)) + 1}${periodFrom.slice(4)}`) errors.push({ field: 'periodTo', key: 'periodicals.error.periodLong' });
  }
  const priceText = str(f.price);
  const price = priceText === '' ? null : parseMoney(priceText);
  if (!priceText) errors.push({ field: 'price', key: 'error.required' });
  else if (price === null || price > PERIODICAL_LIMITS.maxPrice) errors.push({ field: 'price', key: 'error.price' });
  const index = text(errors, 'index', str(f.index), PERIODICAL_LIMITS.index);
  const note = text(errors, 'note', str(f.note), PERIODICAL_LIMITS.note);
  if (errors.length || !kind || !language || price === null || !periodFrom || !periodTo) return { ok: false, errors };
  return { ok: true, value: { title, kind, language, issuesPerYear, periodFrom, periodTo, price, index, note } };
}

/** Whether two periods share a day. */
export function overlaps(a: { periodFrom: IsoDate; periodTo: IsoDate }, b: { periodFrom: IsoDate; periodTo: IsoDate }): boolean {
  return a.periodFrom <= b.periodTo && b.periodFrom <= a.periodTo;
}

// ---- issue numbers -------------------------------------------------------------------------------------

/**
 * An issue's number as typed: "12", "№ 12", a double "12-13" / "12–13" / "12/13". The numbers it
 * stands for and its text as the journal keeps it ("12–13", en dash); null when it is not a number.
 */
export function parseIssueNumber(value: unknown): { text: string; numbers: number[] } | null {
  const m = /^(?:№|no\.?)?\s*(\d{1,4})(?:\s*[-–—/]\s*(\d{1,4}))?$/i.exec(str(value));
  if (!m) return null;
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  const double = m[2] !== undefined;
  if (first < 1 || last < first || (double && last === first) || last - first + 1 > PERIODICAL_LIMITS.numbersPerIssue) return null;
  const numbers: number[] = [];
  for (let n = first; n <= last; n++) numbers.push(n);
  return { text: first === last ? String(first) : `${first}–${last}`, numbers };
}

/** The numbers of the journal's number cells (unreadable cells are left out). */
export function receivedNumbers(cells: readonly unknown[]): Set<number> {
  const out = new Set<number>();
  for (const c of cells) for (const n of parseIssueNumber(c)?.numbers ?? []) out.add(n);
  return out;
}

/** Runs of numbers to read: [1, 2, 3, 5, 7, 8] → "1–3, 5, 7–8". */
export function numberRanges(numbers: Iterable<number>): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export interface CheckInForm {
  periodical?: unknown;
  year?: unknown;
  number?: unknown;
  receivedOn?: unknown;
  note?: unknown;
}

export interface CheckIn {
  periodical: string;
  year: number;
  /** As the journal keeps it: "12" or "12–13". */
  number: string;
  numbers: number[];
  receivedOn: IsoDate;
  note: string;
}

/**
 * An issue received: the periodical (its title), the year the number belongs to (by default the year it
 * was received), the number, the day received (by default today, never in the future).
 */
export function validateCheckIn(form: CheckInForm | null | undefined, today: IsoDate): Validation<CheckIn> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const periodical = text(errors, 'periodical', str(f.periodical), PERIODICAL_LIMITS.title, true);
  const numberText = str(f.number);
  const parsed = parseIssueNumber(numberText);
  if (!numberText) errors.push({ field: 'number', key: 'error.required' });
  else if (!parsed) errors.push({ field: 'number', key: 'periodicals.error.number', params: { max: PERIODICAL_LIMITS.numbersPerIssue } });
  const receivedOn = day(errors, 'receivedOn', str(f.receivedOn) || today, today);
  const currentYear = Number(today.slice(0, 4));
  const year = yearOf(errors, 'year', str(f.year) || (receivedOn || today).slice(0, 4), PERIODICAL_LIMITS.earliestYear, currentYear + 1, true);
  const note = text(errors, 'note', str(f.note), PERIODICAL_LIMITS.note);
  if (errors.length || !parsed || !receivedOn || year === null) return { ok: false, errors };
  return { ok: true, value: { periodical, year, number: parsed.text, numbers: parsed.numbers, receivedOn, note } };
}

// ---- the numbers expected, and missing -------------------------------------------------------------------

export interface SubscriptionPeriod {
  issuesPerYear: number;
  periodFrom: IsoDate;
  periodTo: IsoDate;
}

/** The day issue `k` of `perYear` comes out, by the even spread described at the top of this file. */
export function nominalDay(year: number, k: number, perYear: number): IsoDate {
  const start = `${year}-01-01`;
  const days = daysBetween(start, `${year + 1}-01-01`);
  return addDays(start, Math.floor(((k - 1) * days) / perYear));
}

/** The numbers of `year` the subscriptions bring by `through` (inclusive), ascending. */
export function expectedNumbers(subscriptions: readonly SubscriptionPeriod[], year: number, through: IsoDate): number[] {
  const out = new Set<number>();
  for (const s of subscriptions) {
    const n = Math.floor(s.issuesPerYear);
    if (!(n >= 1 && n <= PERIODICAL_LIMITS.maxIssuesPerYear) || !isIsoDate(s.periodFrom) || !isIsoDate(s.periodTo)) continue;
    for (let k = 1; k <= n; k++) {
      const d = nominalDay(year, k, n);
      if (d > through) break;
      if (d >= s.periodFrom && d <= s.periodTo) out.add(k);
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** The numbers expected by `through` that are not among those received. */
export function missingNumbers(subscriptions: readonly SubscriptionPeriod[], year: number, received: ReadonlySet<number>, through: IsoDate): number[] {
  return expectedNumbers(subscriptions, year, through).filter((k) => !received.has(k));
}

// ---- binding a year -------------------------------------------------------------------------------------

export interface BindForm {
  periodical?: unknown;
  year?: unknown;
  section?: unknown;
  /** '' : the subscriptions' price for that year. */
  price?: unknown;
}

export interface Bind {
  periodical: string;
  year: number;
  section: SectionCode;
  price: Tiyn | null;
}

export function validateBind(form: BindForm | null | undefined, today: IsoDate): Validation<Bind> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const periodical = text(errors, 'periodical', str(f.periodical), PERIODICAL_LIMITS.title, true);
  const year = yearOf(errors, 'year', str(f.year), PERIODICAL_LIMITS.earliestYear, Number(today.slice(0, 4)), true);
  const section = choice<SectionCode>(errors, 'section', str(f.section), SECTION_CODES);
  const priceText = str(f.price);
  const price = priceText === '' ? null : parseMoney(priceText);
  if (priceText && (price === null || price > PERIODICAL_LIMITS.maxPrice)) errors.push({ field: 'price', key: 'error.price' });
  if (errors.length || year === null || !section) return { ok: false, errors };
  return { ok: true, value: { periodical, year, section, price } };
}

/**
 * A year's price: each subscription of the title shared out by the days of its period that fall in that year
 * (a July–June subscription counts half in each year), summed, to the tiyn.
 */
export function yearPrice(subscriptions: ReadonlyArray<SubscriptionPeriod & { price: Tiyn }>, year: number): Tiyn {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  let sum = 0;
  for (const s of subscriptions) {
    const start = s.periodFrom > from ? s.periodFrom : from;
    const end = s.periodTo < to ? s.periodTo : to;
    if (start > end) continue;
    const whole = daysBetween(s.periodFrom, s.periodTo) + 1;
    sum += whole > 0 ? Math.round((s.price * (daysBetween(start, end) + 1)) / whole) : 0;
  }
  return sum;
}

// ---- the article card index -------------------------------------------------------------------------------

export interface ArticleForm {
  authors?: unknown;
  title?: unknown;
  periodical?: unknown;
  year?: unknown;
  number?: unknown;
  pages?: unknown;
  subjects?: unknown;
  bbk?: unknown;
  language?: unknown;
}

export interface Article {
  record: ArticleRecord;
  subjects: string;
  bbk: string;
}

/**
 * An article: the title and the periodical, its year (required: an analytic description names it), the
 * authors (surname first, ";" between them), the number, the pages ("12–15" or "7"), the subject
 * headings and the BBK index, and the language the description's abbreviations follow ("Б." or "С.").
 */
export function validateArticle(form: ArticleForm | null | undefined, currentYear: number): Validation<Article> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const L = PERIODICAL_LIMITS;
  const title = text(errors, 'title', str(f.title), L.articleTitle, true);
  const periodical = text(errors, 'periodical', str(f.periodical), L.periodical, true);
  const authors = str(f.authors)
    .split(';')
    .map((a) => a.trim())
    .filter((a) => a);
  if (authors.some((a) => a.length > BOOK_LIMITS.author)) errors.push({ field: 'authors', key: 'error.tooLong', params: { max: BOOK_LIMITS.author } });
  else if (authors.some((a) => !LETTER.test(a))) errors.push({ field: 'authors', key: 'error.name' });
  const year = yearOf(errors, 'year', str(f.year), L.articleEarliestYear, currentYear, true);
  const number = text(errors, 'number', str(f.number), L.articleNumber);
  const pagesText = str(f.pages);
  const pages = /^(\d{1,4})(?:\s*[-–—‐]\s*(\d{1,4}))?$/.exec(pagesText);
  if (pagesText && (!pages || (pages[2] !== undefined && Number(pages[2]) < Number(pages[1])))) errors.push({ field: 'pages', key: 'periodicals.error.pages' });
  const subjects = text(errors, 'subjects', str(f.subjects), L.subjects);
  const bbk = text(errors, 'bbk', str(f.bbk), L.bbk);
  const language = choice<PublicationLanguage>(errors, 'language', str(f.language), LANGUAGE_CODES);
  if (errors.length || year === null || !language) return { ok: false, errors };
  const record: ArticleRecord = { authors, title, periodical, year, language };
  if (number) record.number = number;
  if (pages) record.pages = pages[2] === undefined ? pages[1] : `${pages[1]}–${pages[2]}`;
  return { ok: true, value: { record, subjects, bbk } };
}

/** The analytic description shown as she types: '' until the article has a title, a periodical and a year. */
export function describeArticleForm(form: ArticleForm | null | undefined): string {
  const checked = validateArticle({ ...(form ?? {}), language: str(form?.language) || 'other' }, 9999);
  return checked.ok ? describeArticle(checked.value.record) : '';
}

/** The folded words the catalogue search looks in: authors, title, periodical, year, subjects, BBK. */
export function articleSearchText(article: Article): string {
  const r = article.record;
  return ` ${fold([r.authors.join(' '), r.title, r.periodical, r.year, article.subjects, article.bbk].join(' '))} `;
}
