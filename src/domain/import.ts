/**
 * Import of an existing catalogue: the rules, pure. The librarian's table (an Excel list, her paper
 * inventory book typed up, another system's export) is read by csv-read.ts; here its columns are
 * mapped onto catalogue and copy fields, each line is checked as a title of a receipt would be, and
 * the lines are matched against each other and against the catalogue:
 *
 * - A line whose title is already in the catalogue (same ISBN, or same first author, title and year:
 *   the `matchKey` registerAcquisition uses, so the rule is the same everywhere) ADDS its copies to that
 *   title. A line whose title an earlier line of the file creates adds its copies to that one: a paper
 *   inventory book has one row per copy, so the same title on several lines is normal, not an error.
 *   Both are reported ("duplicate") so she sees them before anything is written.
 * - Inventory numbers given in the file ("12-15; 18") must be numbers, as many as the copies, unique in
 *   the file and not in the inventory book yet; numbers not given are allocated from the counter,
 *   above every number the file gives, so the counter always moves past the highest one.
 * - Any line in error refuses the whole file: nothing is half-imported.
 */
import { DOC_TYPES, PUBLICATION_LANGUAGES, SECTIONS } from '../../sheets-template/options';
import type { MessageKey, Params } from '../i18n';
import { isIsoDate, type IsoDate } from './dates';
import { authorTitle, FUND_LIMITS, matchKey, parseMoney, validateTitle, type TitleData, type TitleForm, type Tiyn } from './fund';
import type { CsvRecord } from './csv-read';
import { fold, isbnKey } from './search';
import { cleanText } from './text';

// ---- fields ----------------------------------------------------------------------------------------

export const TITLE_FIELDS = [
  'authors',
  'title',
  'otherTitleInfo',
  'responsibility',
  'volume',
  'place',
  'publisher',
  'year',
  'pages',
  'isbn',
  'bbk',
  'udc',
  'authorSign',
  'language',
  'section',
  'docType',
  'annotation',
  'keywords',
] as const;
export const COPY_FIELDS = ['copies', 'price', 'inventoryNos', 'entryDate'] as const;
/** Columns of a paper inventory book that hold two fields: "Автор и заглавие", "Место и год издания". */
export const COMBINED_FIELDS = ['authorTitle', 'placeYear'] as const;
export const IMPORT_FIELDS = [...TITLE_FIELDS, ...COPY_FIELDS, ...COMBINED_FIELDS] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Fields several columns may feed ("Автор 1", "Автор 2"): joined. */
export const REPEATABLE_FIELDS: readonly ImportField[] = ['authors', 'keywords'];

export function isImportField(value: unknown): value is ImportField {
  return typeof value === 'string' && (IMPORT_FIELDS as readonly string[]).indexOf(value) >= 0;
}

export const IMPORT_LIMITS = {
  /** Data lines per import (one execution: see the estimate in README / the report). */
  lines: 3000,
  /** Copies per import. */
  copies: 10000,
  /** Characters of text per import (3,000 lines of a rich catalogue are about 1 MB). */
  textChars: 2_000_000,
  /** Copies per line (as in a receipt batch). */
  copiesPerLine: FUND_LIMITS.copiesPerTitle,
  /** The oldest date of entry accepted: a paper inventory book may go back decades. */
  earliestEntryDate: '1900-01-01',
  /** The largest inventory number accepted. */
  maxInventoryNo: 999_999_999,
} as const;

// ---- guessing the mapping from the header ------------------------------------------------------------

/** Header words, as typed in kk, ru and en; compared folded (so "Атауы" and "атауы:" are the same). */
const SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  authors: ['автор', 'авторы', 'автор(ы)', 'авторлар', 'авторлары', 'фио автора', 'author', 'authors', 'creator'],
  title: ['заглавие', 'название', 'наименование', 'название книги', 'наименование книги', 'наименование издания', 'основное заглавие', 'атауы', 'атау', 'кітаптың атауы', 'кітап атауы', 'басылым атауы', 'title', 'book title'],
  otherTitleInfo: ['сведения к заглавию', 'подзаголовок', 'атауға қатысты мәлімет', 'subtitle', 'other title information'],
  responsibility: ['сведения об ответственности', 'ответственность', 'жауапкершілік мәліметі', 'жауапкершілік', 'responsibility', 'statement of responsibility'],
  volume: ['том', 'часть', 'том, часть', 'выпуск', 'том, бөлім', 'volume', 'part'],
  place: ['место издания', 'место', 'город', 'шыққан жері', 'баспа орны', 'place', 'place of publication', 'city'],
  publisher: ['издательство', 'изд-во', 'издатель', 'баспа', 'баспасы', 'publisher'],
  year: ['год', 'год издания', 'год изд', 'жылы', 'жыл', 'шыққан жылы', 'басылым жылы', 'year', 'publication year'],
  pages: ['страниц', 'страницы', 'стр', 'кол-во страниц', 'количество страниц', 'объем', 'объём', 'бет', 'бет саны', 'беттер', 'pages'],
  isbn: ['isbn', 'исбн'],
  bbk: ['ббк', 'индекс ббк', 'кбж', 'bbk'],
  udc: ['удк', 'әож', 'udc'],
  authorSign: ['авторский знак', 'авторлық белгі', 'author sign', 'cutter'],
  language: ['язык', 'язык издания', 'тілі', 'тіл', 'басылым тілі', 'language'],
  section: ['раздел', 'раздел фонда', 'отдел', 'қор бөлімі', 'бөлім', 'section'],
  docType: ['вид издания', 'вид документа', 'тип издания', 'вид', 'тип', 'басылым түрі', 'құжат түрі', 'түрі', 'document type', 'type'],
  annotation: ['аннотация', 'аңдатпа', 'annotation', 'abstract', 'summary'],
  keywords: ['ключевые слова', 'кілт сөздер', 'рубрика', 'рубрики', 'keywords', 'subjects', 'tags'],
  copies: ['экз', 'экземпляров', 'кол-во экз', 'количество экземпляров', 'кол-во', 'количество', 'дана', 'дана саны', 'саны', 'copies', 'qty', 'quantity'],
  price: ['цена', 'стоимость', 'цена, тг', 'цена, тенге', 'бағасы', 'баға', 'құны', 'price', 'cost'],
  inventoryNos: ['инв. №', 'инв №', 'инв. номер', 'инв. номера', 'инвентарный номер', 'инвентарные номера', 'инвентарный №', 'инвентар нөмірі', 'инвентарлық нөмір', 'инв. нөмірі', 'inventory number', 'inventory no', 'inv. no'],
  entryDate: ['дата', 'дата записи', 'дата поступления', 'дата ввода', 'күні', 'түскен күні', 'жазылған күні', 'енгізілген күні', 'date', 'date of entry', 'entry date'],
  authorTitle: ['автор и заглавие', 'автор и название', 'автор, заглавие', 'автор, название', 'автор және атауы', 'автор, атауы', 'author and title'],
  placeYear: ['место и год издания', 'место и год', 'место, год', 'шыққан жері, жылы', 'шыққан жері мен жылы', 'place and year'],
};

/** The synonyms folded, made on first use (so a bundle that never guesses, the server's, leaves them out). */
let folded: Array<{ field: ImportField; words: string }> | null = null;
function foldedSynonyms(): Array<{ field: ImportField; words: string }> {
  if (!folded) {
    folded = [];
    for (const field of IMPORT_FIELDS) for (const s of SYNONYMS[field]) folded.push({ field, words: fold(s) });
  }
  return folded;
}

/** The field a header most likely means, and how sure: an exact name beats a name that begins the header. */
function headerScore(header: string): { field: ImportField | ''; score: number } {
  const h = fold(header);
  if (!h) return { field: '', score: 0 };
  let best: { field: ImportField | ''; score: number } = { field: '', score: 0 };
  for (const { field, words } of foldedSynonyms()) {
    let score = 0;
    if (h === words) score = 1000 + words.length;
    else if (h.indexOf(`${words} `) === 0) score = words.length;
    if (score > best.score) best = { field, score };
  }
  return best;
}

/**
 * A field for each column of the header ('' = not imported). Each field once, except the repeatable
 * ones; when two columns claim one field, the surer claim (then the first column) has it.
 */
export function guessMapping(header: readonly string[]): Array<ImportField | ''> {
  const claims = header.map((h, column) => ({ column, ...headerScore(h) }));
  const out: Array<ImportField | ''> = header.map(() => '');
  const taken = new Set<ImportField>();
  for (const c of [...claims].sort((a, b) => b.score - a.score || a.column - b.column)) {
    if (!c.field) continue;
    if (taken.has(c.field) && REPEATABLE_FIELDS.indexOf(c.field) < 0) continue;
    out[c.column] = c.field;
    taken.add(c.field);
  }
  return out;
}

/** Whether the first record looks like a header: at least one of its cells names a field. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  return guessMapping(cells).some((f) => f !== '');
}

// ---- the request -----------------------------------------------------------------------------------

export interface ImportDefaults {
  language: string;
  section: string;
  docType: string;
}

export interface ProblemOf<F extends string = string> {
  field: F;
  key: MessageKey;
  params?: Params;
}

/** Checks the mapping and the defaults; field names: "mapping", "defaults.section"... */
export function checkMapping(mapping: ReadonlyArray<string>, defaults: Partial<ImportDefaults>): ProblemOf[] {
  const problems: ProblemOf[] = [];
  const count = new Map<string, number>();
  for (const f of mapping) {
    if (!f) continue;
    if (!isImportField(f)) {
      problems.push({ field: 'mapping', key: 'import.mapping.unknown', params: { field: f } });
      continue;
    }
    count.set(f, (count.get(f) ?? 0) + 1);
  }
  for (const [f, n] of count) if (n > 1 && REPEATABLE_FIELDS.indexOf(f as ImportField) < 0) problems.push({ field: 'mapping', key: 'import.mapping.twice', params: { field: f } });
  if (!count.has('title') && !count.has('authorTitle')) problems.push({ field: 'mapping', key: 'import.mapping.noTitle' });
  if (!count.has('price')) problems.push({ field: 'mapping', key: 'import.mapping.noPrice' });
  const d = defaults ?? {};
  const check = (name: keyof ImportDefaults, codes: readonly string[], requiredWhenUnmapped: boolean) => {
    const v = cleanText(d[name]);
    if (v && codes.indexOf(v) < 0) problems.push({ field: `defaults.${name}`, key: 'error.choice' });
    else if (!v && requiredWhenUnmapped && !count.has(name)) problems.push({ field: `defaults.${name}`, key: 'import.defaults.required' });
  };
  check('language', PUBLICATION_LANGUAGES.map((o) => o.code), true);
  check('section', SECTIONS.map((o) => o.code), true);
  check('docType', DOC_TYPES.map((o) => o.code), true);
  return problems;
}

// ---- reading one line ------------------------------------------------------------------------------

/** The raw text of each mapped field of a record (repeatable fields joined), and which field fed which. */
export function lineValues(cells: readonly string[], mapping: ReadonlyArray<string>): Partial<Record<ImportField, string>> {
  const out: Partial<Record<ImportField, string>> = {};
  mapping.forEach((f, column) => {
    if (!isImportField(f)) return;
    const v = cleanText(cells[column] ?? '');
    if (!v) return;
    out[f] = out[f] ? `${out[f]}${f === 'authors' ? '; ' : ', '}${v}` : v;
  });
  return out;
}

const NAME_FIRST = /^\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}\.\s*){1,3}$/u; // "Әбенов Ш." "Кучер Т. П."
const INITIALS_FIRST = /^(?:\p{Lu}\.\s*){1,3}\p{Lu}[\p{L}'’-]+$/u; // "Ш. Әбенов"

/** "Абылкасымова А. Е., Кучер Т. П." → "Абылкасымова А. Е.; Кучер Т. П." (only when every part is a name). */
export function splitAuthors(text: string): string {
  if (text.indexOf(';') >= 0 || text.indexOf(',') < 0) return text;
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p);
  return parts.length > 1 && parts.every((p) => NAME_FIRST.test(p) || INITIALS_FIRST.test(p)) ? parts.join('; ') : text;
}

/** "Әбенов Ш. Қозы-Көрпеш" → author "Әбенов Ш.", title "Қозы-Көрпеш"; no initials: it is all title. */
export function splitAuthorTitle(text: string): { authors: string; title: string } {
  const m = /^(\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}\.\s*){1,3})\s*(\S.*)$/u.exec(cleanText(text));
  return m ? { authors: m[1].trim(), title: m[2].trim() } : { authors: '', title: cleanText(text) };
}

/** "Алматы, 1965" → place "Алматы", year "1965"; "Алматы : Жазушы, 1965" → with the publisher too. */
export function splitPlaceYear(text: string): { place: string; publisher: string; year: string } {
  const t = cleanText(text);
  const m = /^(.*?)[\s,.;:]*\b(\d{4})\s*(?:г|ж)?\.?$/u.exec(t);
  const rest = m ? m[1] : t;
  const year = m ? m[2] : '';
  const [place, ...publisher] = rest.split(/\s*:\s*/);
  return { place: (place ?? '').replace(/[\s,.;]+$/, ''), publisher: publisher.join(' : ').replace(/[\s,.;]+$/, ''), year };
}

/** An option code from its code, its kk or ru title, or a common short form ("каз.", "рус", "худ. лит."). */
function optionCode(value: string, options: ReadonlyArray<{ code: string; title: { kk: string; ru: string } }>, prefixes: ReadonlyArray<[string, string]>): string | null {
  const v = fold(value);
  if (!v) return null;
  for (const o of options) if (v === fold(o.code) || v === fold(o.title.kk) || v === fold(o.title.ru)) return o.code;
  for (const [prefix, code] of prefixes) if (v.indexOf(fold(prefix)) === 0) return code;
  return null;
}

const LANGUAGE_PREFIXES: ReadonlyArray<[string, string]> = [
  ['қаз', 'kk'], ['каз', 'kk'], ['kaz', 'kk'], ['qaz', 'kk'], ['kk', 'kk'],
  ['рус', 'ru'], ['орыс', 'ru'], ['ru', 'ru'],
  ['англ', 'en'], ['ағылшын', 'en'], ['eng', 'en'], ['en', 'en'],
  ['друг', 'other'], ['басқа', 'other'], ['иной', 'other'], ['other', 'other'],
];
const SECTION_PREFIXES: ReadonlyArray<[string, string]> = [
  ['учебн', 'textbooks'], ['оқулық', 'textbooks'], ['textbook', 'textbooks'],
  ['худож', 'fiction'], ['худ', 'fiction'], ['көркем', 'fiction'], ['fiction', 'fiction'],
  ['детск', 'children'], ['балалар', 'children'], ['children', 'children'],
  ['педагог', 'pedagogy'],
  ['естеств', 'natural'], ['жаратылыс', 'natural'], ['natural', 'natural'],
  ['приклад', 'applied'], ['техн', 'applied'], ['қолданбалы', 'applied'], ['applied', 'applied'],
  ['обществ', 'social'], ['гуманит', 'social'], ['қоғам', 'social'], ['social', 'social'],
  ['языкозн', 'philology'], ['литературовед', 'philology'], ['филолог', 'philology'], ['тіл білімі', 'philology'], ['әдебиеттану', 'philology'],
];
const DOC_TYPE_PREFIXES: ReadonlyArray<[string, string]> = [
  ['книг', 'book'], ['кітап', 'book'], ['book', 'book'],
  ['брош', 'brochure'], ['brochure', 'brochure'],
  ['аудио', 'audiovisual'], ['видео', 'audiovisual'], ['cd', 'audiovisual'], ['dvd', 'audiovisual'], ['audio', 'audiovisual'],
  ['период', 'periodical'], ['журнал', 'periodical'], ['газет', 'periodical'], ['мерзімді', 'periodical'], ['periodical', 'periodical'],
];

export const languageCode = (v: string) => optionCode(v, PUBLICATION_LANGUAGES, LANGUAGE_PREFIXES);
export const sectionCode = (v: string) => optionCode(v, SECTIONS, SECTION_PREFIXES);
export const docTypeCode = (v: string) => optionCode(v, DOC_TYPES, DOC_TYPE_PREFIXES);

/** "114 с.", "114 б.", "114 p." → "114"; anything else as it is (the record check says what is wrong). */
function number(text: string, units: RegExp): string {
  const m = new RegExp(`^(\\d[\\d\\s\\u00A0]*)\\s*(?:${units.source})?\\.?$`, 'iu').exec(text);
  return m ? m[1].replace(/[\s\u00A0]/g, '') : text;
}
const PAGE_UNITS = /с|стр|б|бет|p|pp|pages/;
const YEAR_TEXT = /^\[?(\d{4})\]?\s*(?:г|ж|жыл)?\.?$/iu;
const COPY_UNITS = /экз|дана|шт|copies/;
const MONEY_UNITS = /\s*(?:тг|тенге|теңге|₸|kzt|т)\.?$/iu;

/**
 * The inventory numbers of a cell: "12-15; 18", "12–15, 18", "№ 12 13". Ranges of at most `maxRange`
 * numbers, ascending. What is not a number or a range is returned in `bad`.
 */
export function parseInventoryList(text: string, maxRange: number = IMPORT_LIMITS.copiesPerLine): { numbers: number[]; bad: string[] } {
  const numbers: number[] = [];
  const bad: string[] = [];
  const normal = cleanText(text)
    .replace(/№/g, ' ')
    .replace(/\s*[-–—]\s*/g, '-');
  for (const token of normal.split(/[\s;,]+/)) {
    if (!token) continue;
    const single = /^\d+$/.exec(token);
    const range = /^(\d+)-(\d+)$/.exec(token);
    if (single && Number(token) >= 1 && Number(token) <= IMPORT_LIMITS.maxInventoryNo) numbers.push(Number(token));
    else if (range && Number(range[1]) >= 1 && Number(range[1]) <= Number(range[2]) && Number(range[2]) - Number(range[1]) < maxRange && Number(range[2]) <= IMPORT_LIMITS.maxInventoryNo) {
      for (let n = Number(range[1]); n <= Number(range[2]); n++) numbers.push(n);
    } else bad.push(token);
  }
  return { numbers, bad };
}

/** "2026-01-15", "15.01.2026", "15.01.2026 0:00:00" → "2026-01-15"; null when it is not a date. */
export function parseEntryDate(text: string): IsoDate | null {
  const t = cleanText(text).replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '').replace(/\s*(г|ж)\.?$/u, '');
  let iso = '';
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (isoMatch) iso = `${isoMatch[1]}-${isoMatch[2].padStart(2, '0')}-${isoMatch[3].padStart(2, '0')}`;
  else if (dotted) iso = `${dotted[3]}-${dotted[2].padStart(2, '0')}-${dotted[1].padStart(2, '0')}`;
  return iso && isIsoDate(iso) ? iso : null;
}

/** Numbers as she would write them: [12, 13, 14, 15, 18] → "12–15, 18". */
export function formatNumbers(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? String(sorted[i]) : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export type LineProblem = ProblemOf<ImportField>;

export interface LineCopies {
  title: TitleData;
  price: Tiyn;
  copies: number;
  /** Inventory numbers the file gives ([]: allocated from the counter). */
  numbers: number[];
  /** Date of entry the file gives ('' = the day of the import). */
  entryDate: IsoDate | '';
}

export interface CheckedLine {
  row: number;
  /** What she recognises the line by: "Әбенов Ш. Қозы-Көрпеш – Баянсұлу, 1965" (as typed when invalid). */
  label: string;
  problems: LineProblem[];
  value: LineCopies | null;
  isbnKey: string;
  matchKey: string;
}

/** Checks one record as a title with its copies. Problems name the field whose column she must fix. */
export function checkLine(record: CsvRecord, mapping: ReadonlyArray<string>, defaults: Partial<ImportDefaults>, today: IsoDate): CheckedLine {
  const raw = lineValues(record.cells, mapping);
  const problems: LineProblem[] = [];
  /** The field whose column a value came from (title may come from "Автор и заглавие"). */
  const from: Partial<Record<ImportField, ImportField>> = {};
  const v: Partial<Record<ImportField, string>> = { ...raw };
  if (raw.authorTitle) {
    const split = splitAuthorTitle(raw.authorTitle);
    if (!v.title) {
      v.title = split.title;
      from.title = 'authorTitle';
      if (!v.authors && split.authors) {
        v.authors = split.authors;
        from.authors = 'authorTitle';
      }
    }
  }
  if (raw.placeYear) {
    const split = splitPlaceYear(raw.placeYear);
    for (const k of ['place', 'publisher', 'year'] as const) {
      if (!v[k] && split[k]) {
        v[k] = split[k];
        from[k] = 'placeYear';
      }
    }
  }
  const field = (f: ImportField): ImportField => from[f] ?? f;

  const choice = (name: 'language' | 'section' | 'docType', code: (s: string) => string | null, key: MessageKey): string => {
    const text = v[name] ?? '';
    if (!text) return cleanText(defaults[name]);
    const c = code(text);
    if (c === null) problems.push({ field: name, key, params: { value: text } });
    return c ?? '';
  };
  const language = choice('language', languageCode, 'import.error.language');
  const section = choice('section', sectionCode, 'import.error.section');
  const docType = choice('docType', docTypeCode, 'import.error.docType');
  const yearText = v.year ?? '';
  const yearMatch = YEAR_TEXT.exec(yearText);

  const form: TitleForm = {
    authors: splitAuthors(v.authors ?? ''),
    title: v.title,
    otherTitleInfo: v.otherTitleInfo,
    responsibility: v.responsibility,
    volume: v.volume,
    place: v.place,
    publisher: v.publisher,
    year: yearMatch ? yearMatch[1] : yearText,
    pages: number(v.pages ?? '', PAGE_UNITS),
    isbn: v.isbn,
    bbk: v.bbk,
    udc: v.udc,
    authorSign: v.authorSign,
    language: language || (problems.some((p) => p.field === 'language') ? 'kk' : ''),
    section: section || (problems.some((p) => p.field === 'section') ? 'fiction' : ''),
    docType: docType || (problems.some((p) => p.field === 'docType') ? 'book' : ''),
    annotation: v.annotation,
    keywords: v.keywords,
  };
  const currentYear = Number(today.slice(0, 4));
  const title = validateTitle(form, currentYear);
  if (!title.ok) for (const e of title.errors) problems.push({ field: field(e.field as ImportField), key: e.key, params: e.params });

  // Copies: price, number, inventory numbers, date of entry.
  const priceText = (v.price ?? '').replace(MONEY_UNITS, '');
  const price = parseMoney(priceText);
  if (!priceText) problems.push({ field: 'price', key: 'error.required' });
  else if (price === null || price > FUND_LIMITS.maxPrice) problems.push({ field: 'price', key: 'error.price' });

  const listed = v.inventoryNos ? parseInventoryList(v.inventoryNos) : { numbers: [], bad: [] };
  if (listed.bad.length) problems.push({ field: 'inventoryNos', key: 'error.inventoryList', params: { items: listed.bad.join(', ') } });
  const repeated = listed.numbers.filter((n, i) => listed.numbers.indexOf(n) !== i);
  if (repeated.length) problems.push({ field: 'inventoryNos', key: 'import.error.inventoryTwiceInLine', params: { nos: formatNumbers(repeated) } });

  const copiesText = number(v.copies ?? '', COPY_UNITS);
  let copies = NaN;
  if (!copiesText) copies = listed.numbers.length || 1;
  else {
    copies = /^\d+$/.test(copiesText) ? Number(copiesText) : NaN;
    if (!(copies >= 1 && copies <= IMPORT_LIMITS.copiesPerLine)) problems.push({ field: 'copies', key: 'error.copies', params: { max: IMPORT_LIMITS.copiesPerLine } });
  }
  if (listed.numbers.length > IMPORT_LIMITS.copiesPerLine) problems.push({ field: 'inventoryNos', key: 'error.copies', params: { max: IMPORT_LIMITS.copiesPerLine } });
  else if (listed.numbers.length && copies >= 1 && listed.numbers.length !== copies && !listed.bad.length) {
    problems.push({ field: 'inventoryNos', key: 'import.error.inventoryCount', params: { count: listed.numbers.length, copies } });
  }

  let entryDate: IsoDate | '' = '';
  if (v.entryDate) {
    const d = parseEntryDate(v.entryDate);
    if (!d) problems.push({ field: 'entryDate', key: 'import.error.date', params: { value: v.entryDate } });
    else if (d > today) problems.push({ field: 'entryDate', key: 'error.dateFuture' });
    else if (d < IMPORT_LIMITS.earliestEntryDate) problems.push({ field: 'entryDate', key: 'error.dateTooOld', params: { min: IMPORT_LIMITS.earliestEntryDate } });
    else entryDate = d;
  }
  if (record.unclosedQuote) problems.push({ field: field('title'), key: 'import.error.unclosedQuote' });

  // Problems in the order of the fields (as her columns would list them), each once.
  const order = (f: ImportField) => IMPORT_FIELDS.indexOf(f);
  const seen = new Set<string>();
  const sorted = problems
    .sort((a, b) => order(a.field) - order(b.field))
    .filter((p) => {
      const k = `${p.field}|${p.key}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });

  const label = title.ok
    ? [authorTitle(title.value.record), title.value.record.year].filter((s) => s !== undefined && s !== '').join(', ')
    : [v.authors, v.title || raw.authorTitle, v.year].filter((s) => s).join(', ') || record.cells.map((c) => cleanText(c)).filter((c) => c).join(' | ');
  const ok = sorted.length === 0 && title.ok && price !== null;
  return {
    row: record.row,
    label: label.length > 160 ? `${label.slice(0, 159)}…` : label,
    problems: sorted,
    value: ok && title.ok ? { title: title.value, price: price!, copies, numbers: listed.numbers, entryDate } : null,
    isbnKey: title.ok && title.value.record.isbn ? isbnKey(title.value.record.isbn) : '',
    matchKey: title.ok ? matchKey(title.value.record) : '',
  };
}

// ---- the lines together, and the catalogue ----------------------------------------------------------------

export type Disposition =
  | { kind: 'new' }
  /** Its copies go to the title an earlier line of the file creates. */
  | { kind: 'sameAs'; row: number }
  /** Its copies go to a title already in the catalogue. */
  | { kind: 'existing'; titleId: number }
  | { kind: 'error' };

export interface ResolvedLine extends CheckedLine {
  disposition: Disposition;
}

export interface Known {
  /** ISBN key → title id, of titles in the catalogue. */
  byIsbn: ReadonlyMap<string, number>;
  /** matchKey → title id. */
  byKey: ReadonlyMap<string, number>;
  /** Inventory numbers the file gives that the inventory book holds already. */
  taken: ReadonlySet<number>;
}

/**
 * Matches each line to the catalogue (the same rule as a receipt: ISBN first, then author, title and
 * year), to earlier lines of the file, and checks the inventory numbers across lines and against the
 * inventory book.
 */
export function resolveLines(lines: readonly CheckedLine[], known: Known): ResolvedLine[] {
  const firstByIsbn = new Map<string, number>();
  const firstByKey = new Map<string, number>();
  const numberRow = new Map<number, number>();
  return lines.map((line) => {
    const problems = [...line.problems];
    if (line.value) {
      const repeated = new Map<number, number[]>(); // earlier row → numbers
      for (const n of line.value.numbers) {
        const at = numberRow.get(n);
        if (at !== undefined) repeated.set(at, [...(repeated.get(at) ?? []), n]);
      }
      for (const [row, nos] of repeated) problems.push({ field: 'inventoryNos', key: 'import.error.inventoryInOtherLine', params: { nos: formatNumbers(nos), row } });
      const taken = line.value.numbers.filter((n) => known.taken.has(n));
      if (taken.length) problems.push({ field: 'inventoryNos', key: 'import.error.inventoryTaken', params: { nos: formatNumbers(taken) } });
      for (const n of line.value.numbers) if (!numberRow.has(n)) numberRow.set(n, line.row);
    }
    if (!line.value || problems.length) return { ...line, problems, disposition: { kind: 'error' } as Disposition };

    const inCatalogue = (line.isbnKey ? known.byIsbn.get(line.isbnKey) : undefined) ?? known.byKey.get(line.matchKey);
    if (inCatalogue !== undefined) return { ...line, problems, disposition: { kind: 'existing', titleId: inCatalogue } };
    const earlier = (line.isbnKey ? firstByIsbn.get(line.isbnKey) : undefined) ?? firstByKey.get(line.matchKey);
    if (earlier !== undefined) return { ...line, problems, disposition: { kind: 'sameAs', row: earlier } };
    if (line.isbnKey) firstByIsbn.set(line.isbnKey, line.row);
    if (!firstByKey.has(line.matchKey)) firstByKey.set(line.matchKey, line.row);
    return { ...line, problems, disposition: { kind: 'new' } };
  });
}

export interface ImportSummary {
  lines: number;
  errorLines: number;
  newTitles: number;
  /** Lines adding copies to a title in the catalogue. */
  toExisting: number;
  /** Lines adding copies to a title an earlier line creates. */
  sameAsEarlier: number;
  copies: number;
  sum: Tiyn;
  /** Copies without a number in the file: numbered from the counter at import. */
  toNumber: number;
}

export function summarize(lines: readonly ResolvedLine[]): ImportSummary {
  const s: ImportSummary = { lines: lines.length, errorLines: 0, newTitles: 0, toExisting: 0, sameAsEarlier: 0, copies: 0, sum: 0, toNumber: 0 };
  for (const l of lines) {
    if (l.disposition.kind === 'error' || !l.value) {
      s.errorLines++;
      continue;
    }
    if (l.disposition.kind === 'new') s.newTitles++;
    else if (l.disposition.kind === 'existing') s.toExisting++;
    else s.sameAsEarlier++;
    s.copies += l.value.copies;
    s.sum += l.value.copies * l.value.price;
    if (!l.value.numbers.length) s.toNumber += l.value.copies;
  }
  return s;
}

/**
 * Inventory numbers for every copy: the file's own, and for lines without, consecutive numbers from
 * the counter, or from above the highest number the file gives when that is higher. `next` is the
 * counter afterwards: past every number used.
 */
export function allocateInventory(lines: ReadonlyArray<{ copies: number; numbers: readonly number[] }>, counter: number): { numbers: number[][]; from: number; next: number } {
  let highest = 0;
  for (const l of lines) for (const n of l.numbers) if (n > highest) highest = n;
  const from = Math.max(Number.isInteger(counter) && counter >= 1 ? counter : 1, highest + 1);
  let next = from;
  const numbers = lines.map((l) => {
    if (l.numbers.length) return [...l.numbers];
    const mine = Array.from({ length: l.copies }, (_, i) => next + i);
    next += l.copies;
    return mine;
  });
  return { numbers, from, next };
}

// ---- finding numbers with a text finder -----------------------------------------------------------------

/** A regular expression matching exactly the decimal numbers from..to (no leading zeros). */
export function rangeRegex(from: number, to: number): string {
  if (from > to) return rangeRegex(to, from);
  const parts: string[] = [];
  const a = String(from);
  const b = String(to);
  if (a.length < b.length) {
    parts.push(rangeRegex(from, Number('9'.repeat(a.length))));
    for (let len = a.length + 1; len < b.length; len++) parts.push(`[1-9]\\d{${len - 1}}`);
    parts.push(rangeRegex(Number(`1${'0'.repeat(b.length - 1)}`), to));
    return parts.join('|');
  }
  return sameLength(a, b).join('|');
}

/** Patterns for the numbers a..b written with the same number of digits (positional: "05" is allowed). */
function sameLength(a: string, b: string): string[] {
  const digit = (lo: number, hi: number) => (lo === hi ? String(lo) : `[${lo}-${hi}]`);
  const group = (alternatives: string[]) => (alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`);
  if (a.length === 1) return [digit(Number(a), Number(b))];
  if (a[0] === b[0]) return [a[0] + group(sameLength(a.slice(1), b.slice(1)))];
  const rest = a.length - 1;
  const out: string[] = [];
  let lo = Number(a[0]);
  let hi = Number(b[0]);
  if (!/^0*$/.test(a.slice(1))) {
    out.push(a[0] + group(sameLength(a.slice(1), '9'.repeat(rest))));
    lo++;
  }
  const bToNines = /^9*$/.test(b.slice(1));
  if (!bToNines) hi--;
  if (lo <= hi) out.push(digit(lo, hi) + (rest === 1 ? '\\d' : `\\d{${rest}}`));
  if (!bToNines) out.push(b[0] + group(sameLength('0'.repeat(rest), b.slice(1))));
  return out;
}

/**
 * Regular expressions (each at most about `maxLength` characters) that together match exactly the
 * given numbers as whole cells: runs of consecutive numbers become ranges ("1[2-5]"), so a file that
 * numbers 10,000 copies in a few runs needs a short pattern.
 */
export function numberPatterns(numbers: readonly number[], maxLength = 4000): string[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const pieces: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    pieces.push(j === i ? String(sorted[i]) : rangeRegex(sorted[i], sorted[j]));
    i = j + 1;
  }
  const out: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const p of pieces) {
    if (current.length && length + p.length + 1 > maxLength) {
      out.push(`(?:${current.join('|')})`);
      current = [];
      length = 0;
    }
    current.push(p);
    length += p.length + 1;
  }
  if (current.length) out.push(`(?:${current.join('|')})`);
  return out;
}

/** Groups values into lists whose joined length stays under `maxLength` (for text-finder patterns). */
export function chunkByLength(values: readonly string[], maxLength = 4000): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const v of values) {
    if (current.length && length + v.length + 1 > maxLength) {
      out.push(current);
      current = [];
      length = 0;
    }
    current.push(v);
    length += v.length + 1;
  }
  if (current.length) out.push(current);
  return out;
}

// ---- the same file twice --------------------------------------------------------------------------------

/**
 * A fingerprint of the lines' content (cells trimmed, whatever the separator, encoding or line breaks):
 * the audit log keeps it, so the same file imported a second time is recognised and refused.
 * cyrb53 (a public-domain 53-bit string hash), in hex.
 */
export function contentHash(records: ReadonlyArray<{ cells: readonly string[] }>): string {
  const text = records.map((r) => r.cells.map((c) => cleanText(c)).join('\u001f')).join('\u001e');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `imp${n.toString(16).padStart(14, '0')}`;
}
