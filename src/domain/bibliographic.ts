/**
 * The bibliographic description of a book or an article (GOST 7.1-2003, the interstate standard
 * Kazakhstan applies; ГОСТ Р 7.0.100-2018 where it settles what 7.1 leaves open), the shelf mark,
 * and the rules a catalogue record must satisfy. Pure: no sheets, no clock (the caller passes the
 * current year).
 *
 * The rules applied, and where they come from (GOST 7.1-2003 numbering):
 * - 4.7.2: every area after the first is preceded by ". – " (full stop, en dash U+2013, spaces).
 *   When the text before ends with a full stop (an abbreviation: "б.", "т.б.") the full stop is not
 *   doubled; "?" and "!" are kept and followed by " – " only.
 * - Areas in order: 1 title and statement of responsibility; 2 edition; 4 publication (place : publisher,
 *   year); 5 extent; 6 series, in parentheses; 8 ISBN. The description ends with a full stop.
 * - Other title information after " : ", as typed (the seed writes "поэма" in lower case); a volume
 *   (part) of a multi-volume work after the title and ". ": "Шығармалар : 10 томдық. Т. 2 / ...".
 * - Heading (GOST 7.80-2000, 5.2): the first author as "Surname I. O." when there are one to three
 *   authors; with four or more the description begins with the title.
 * - Statement of responsibility after " / " (5.2.6.8): one to three authors are all named, initials
 *   first ("Ш. Әбенов"), joined with ", ". With four or more, 5.2.6.9 allows shortening with "[и др.]";
 *   we name the first three, as ГОСТ Р 7.0.100-2018 practice does ("[және т.б.]" in Kazakh, "[et al.]"
 *   in Latin script). A further statement (translator, editor...) follows after " ; ".
 * - Missing place, publisher, year (publication area, 5.5): "[Б. м.]", "[б. и.]", "[б. г.]" in Russian;
 *   "[S. l.]", "[s. n.]", "[s. a.]" in Latin script; adjacent bracketed elements share one pair of
 *   brackets, as the standard's examples "[Б. м. : б. и.]" and "[S. l. : s. n.]" show. Kazakh: no
 *   standard Kazakh abbreviation of these was found, and GOST abbreviates only what an abbreviation
 *   standard lists (ГОСТ 7.12 / Р 7.0.12 for Russian, 7.11 for European languages), so Kazakh records
 *   get the words in full: "[шыққан жері жоқ]", "[баспасы жоқ]", "[жылы жоқ]" (the WORDS table below:
 *   change them there if the library uses other forms).
 * - Extent: "114 б." (kk), "114 с." (ru), "114 p." (Latin script).
 * - Analytic description (section 7): "Author I. Title / I. Author // Periodical. – 2024. – Т. 3, № 5. –
 *   Б. 12–15." (kk "Б.", ru "С.", Latin "P."; "No." for the number in Latin script).
 * - The abbreviations follow the language of the record (a Kazakh book gets Kazakh words). For
 *   language "other" the script of the title decides: Cyrillic gets the Russian set, anything else
 *   the Latin one.
 */
import type { FieldError, Validation } from './errors';
import { cleanText, LETTER } from './text';

export const BOOK_LANGUAGES = ['kk', 'ru', 'en', 'other'] as const;
export type BookLanguage = (typeof BOOK_LANGUAGES)[number];

export interface BookRecord {
  /** Each as typed, surname first: "Әбенов Ш.", "Әбенов Шәріп Әбенұлы". */
  authors: string[];
  title: string;
  otherTitleInfo?: string;
  /** A further statement of responsibility: "ауд. А. Петров", "пер. с англ. И. Иванова". */
  responsibility?: string;
  edition?: string;
  place?: string;
  publisher?: string;
  year?: number | string;
  pages?: number | string;
  volume?: string;
  series?: string;
  isbn?: string;
  language: BookLanguage;
}

export interface ArticleRecord {
  authors: string[];
  title: string;
  periodical: string;
  year: number | string;
  /** Issue number, "5" or "№ 5". */
  number?: string;
  volume?: string;
  /** "12–15", "12-15" or "7". */
  pages?: string;
  language: BookLanguage;
}

/** The words a description uses, by the language of the record. */
interface Words {
  etAl: string;
  noPlace: string;
  noPublisher: string;
  noYear: string;
  pagesUnit: string; // after the count: "114 б."
  pagesPrefix: string; // before the range of an article: "Б. 12–15"
  volume: string; // "Т. 2"
  number: string; // "№ 5"
}

export const WORDS: Readonly<Record<'kk' | 'ru' | 'latin', Readonly<Words>>> = {
  kk: {
    etAl: '[және т.б.]',
    noPlace: 'шыққан жері жоқ',
    noPublisher: 'баспасы жоқ',
    noYear: 'жылы жоқ',
    pagesUnit: 'б.',
    pagesPrefix: 'Б.',
    volume: 'Т.',
    number: '№',
  },
  ru: {
    etAl: '[и др.]',
    noPlace: 'б. м.',
    noPublisher: 'б. и.',
    noYear: 'б. г.',
    pagesUnit: 'с.',
    pagesPrefix: 'С.',
    volume: 'Т.',
    number: '№',
  },
  latin: {
    etAl: '[et al.]',
    noPlace: 's. l.',
    noPublisher: 's. n.',
    noYear: 's. a.',
    pagesUnit: 'p.',
    pagesPrefix: 'P.',
    volume: 'Vol.',
    number: 'No.',
  },
};

const CYRILLIC = /[\u0400-\u04FF]/;

function wordsFor(language: BookLanguage, sample: string): Words {
  if (language === 'kk') return WORDS.kk;
  if (language === 'ru') return WORDS.ru;
  if (language === 'en') return WORDS.latin;
  return CYRILLIC.test(sample) ? WORDS.ru : WORDS.latin;
}

const AREA = ' – '; // en dash U+2013 with spaces; ". " comes from endArea

/* ------------------------------------------------------------------------------------------------ */
/* Names                                                                                            */
/* ------------------------------------------------------------------------------------------------ */

export interface PersonName {
  surname: string;
  /** "Ш.", "Ә.", "Ж.-П." */
  initials: string[];
}

/** Words of a Kazakh (and Azerbaijani, Uzbek) patronymic written apart: "Әбен ұлы" is one name. */
const PATRONYMIC_PARTICLES = ['ұлы', 'улы', 'қызы', 'кызы', 'оглы', 'оғлы', 'кизи', 'угли'];

function initialOf(word: string): string {
  // "Жан-Поль" → "Ж.-П."; "Ш." / "Ш" → "Ш."
  return word
    .split('-')
    .filter((part) => part !== '')
    .map((part) => {
      const letter = /\p{L}/u.exec(part);
      return letter ? letter[0].toUpperCase() + '.' : '';
    })
    .filter((s) => s !== '')
    .join('-');
}

/**
 * "Әбенов Шәріп Әбенұлы" → Әбенов + Ш. Ә.; "Әбенов Ш.Ә." → Әбенов + Ш. Ә.; "Абай" → Абай (no initials).
 * The surname is the first word, as the catalogue asks the librarian to type it.
 */
export function parseName(raw: string): PersonName | null {
  const text = cleanText(raw)
    .replace(/,/g, ' ')
    .replace(/\.(?=\p{L})/gu, '. ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return null;
  const [surname, ...rest] = text.split(' ');
  const initials = rest
    .filter((w) => PATRONYMIC_PARTICLES.indexOf(w.toLowerCase()) < 0)
    .map(initialOf)
    .filter((s) => s !== '');
  return { surname: surname.replace(/\.$/, '') || surname, initials };
}

/** The heading form: "Әбенов Ш. Ә." */
export function headingName(name: PersonName): string {
  return name.initials.length ? `${name.surname} ${name.initials.join(' ')}` : name.surname;
}

/** The statement-of-responsibility form: "Ш. Ә. Әбенов" */
export function statementName(name: PersonName): string {
  return name.initials.length ? `${name.initials.join(' ')} ${name.surname}` : name.surname;
}

function parseAuthors(authors: readonly string[] | undefined): PersonName[] {
  return (authors ?? []).map(parseName).filter((n): n is PersonName => n !== null);
}

/* ------------------------------------------------------------------------------------------------ */
/* Punctuation                                                                                      */
/* ------------------------------------------------------------------------------------------------ */

/**
 * Abbreviations of four letters or more that end an element typed for a description (ГОСТ 7.12 / Р 7.0.12
 * and their Kazakh counterparts): their full stop stays.
 */
const LONG_ABBREVIATIONS = [
  'учеб', 'метод', 'испр', 'перераб', 'дополн', 'науч', 'сост', 'худож', 'редкол', 'иллюстр', 'пособ',
  'практ', 'стереотип', 'сокр', 'англ', 'франц', 'литер', 'информ', 'справ', 'энцикл', 'хрестом',
  'құраст', 'ағылш', 'толықт', 'аударм',
];

/**
 * An element as typed, cleaned: spaces collapsed, a trailing prescribed sign (":", "/", ";", ",", "–")
 * dropped, and a trailing full stop dropped when it ends a word of four or more letters (a sentence
 * stop: "Алматы." → "Алматы") that is not a known abbreviation ("учеб.-метод.", "испр."), but kept
 * after a short word, where it marks an abbreviation ("т.б.", "пер.", "ун-та."). A stop after a digit
 * goes too ("1965.").
 */
function element(value: unknown): string {
  let s = cleanText(value);
  let before: string;
  do {
    before = s;
    s = s.replace(/\s*[:/;,–—]+$/, '').trim();
    const word = /(?:^|[^\p{L}.])(\p{L}{4,})\.$/u.exec(s);
    if ((word && LONG_ABBREVIATIONS.indexOf(word[1].toLowerCase()) < 0) || /\d\.$/.test(s)) s = s.slice(0, -1).trim();
  } while (s !== before);
  return s;
}

function endsWithStop(s: string): boolean {
  return /[.?!]$/.test(s);
}

/** "Title" + ". " (no doubled full stop). */
function withStop(s: string): string {
  return endsWithStop(s) ? s : s + '.';
}

/** Joins areas with ". – ", never doubling a full stop. */
function joinAreas(areas: readonly string[]): string {
  return areas.filter((a) => a !== '').reduce((acc, area) => (acc === '' ? area : withStop(acc) + AREA + area), '');
}

function upperFirst(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/* ------------------------------------------------------------------------------------------------ */
/* Areas                                                                                            */
/* ------------------------------------------------------------------------------------------------ */

function normalForComparison(s: string): string {
  return s.toLowerCase().replace(/[\s.,]/g, '');
}

/** "/ Ш. Әбенов ; ауд. А. Петров", or the further statement alone, or nothing. */
function responsibilityStatement(names: readonly PersonName[], further: string, words: Words): string {
  const shown = names.length >= 4 ? names.slice(0, 3) : names;
  let authors = shown.map(statementName).join(', ');
  if (names.length >= 4) authors += ' ' + words.etAl;
  if (!further) return authors;
  if (!authors) return further;
  // The catalogue's note invites typing "Ш. Әбенов" here too: do not say it twice.
  const a = normalForComparison(authors);
  const f = normalForComparison(further);
  if (f === a) return authors;
  if (f.indexOf(a) === 0) return further;
  return `${authors} ; ${further}`;
}

function publicationArea(place: string, publisher: string, year: string, words: Words): string {
  const parts: Array<{ sep: string; text: string; missing: boolean }> = [
    { sep: '', text: place || upperFirst(words.noPlace), missing: !place },
    { sep: ' : ', text: publisher || words.noPublisher, missing: !publisher },
    { sep: ', ', text: year || words.noYear, missing: !year },
  ];
  let out = '';
  let open = false;
  for (const p of parts) {
    if (p.missing) {
      out += open ? p.sep + p.text : p.sep + '[' + p.text;
      open = true;
    } else {
      if (open) out += ']';
      open = false;
      out += p.sep + p.text;
    }
  }
  return open ? out + ']' : out;
}

function extentArea(pages: string, words: Words): string {
  if (!pages) return '';
  if (/^\d+$/.test(pages)) return `${Number(pages)} ${words.pagesUnit}`;
  if (/\p{L}\.$/u.test(pages)) return pages; // typed with its unit: "XII, 114 с."
  return `${pages} ${words.pagesUnit}`;
}

function volumeDesignation(volume: string, words: Words): string {
  if (!volume) return '';
  return /^\d+$/.test(volume) ? `${words.volume} ${volume}` : volume;
}

/** The typed ISBN without a leading "ISBN" and with spaces collapsed. */
export function cleanIsbn(value: unknown): string {
  return cleanText(value)
    .replace(/^isbn[\s:-]*/i, '')
    .replace(/x$/, 'X')
    .trim();
}

function text(value: unknown): string {
  return value === null || value === undefined ? '' : element(String(value));
}

/**
 * The bibliographic description of a book (GOST 7.1-2003), as one line:
 * `Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.`
 */
export function describeBook(record: BookRecord): string {
  const title = text(record.title);
  const words = wordsFor(record.language, title);
  const names = parseAuthors(record.authors);
  const heading = names.length >= 1 && names.length <= 3 ? withStop(headingName(names[0])) : '';

  let area1 = title;
  const other = text(record.otherTitleInfo);
  if (other) area1 += ' : ' + other;
  const volume = volumeDesignation(text(record.volume), words);
  if (volume) area1 = withStop(area1) + ' ' + volume;
  const statement = responsibilityStatement(names, text(record.responsibility), words);
  if (statement) area1 += ' / ' + statement;
  if (heading) area1 = heading + ' ' + area1;

  const series = text(record.series);
  const isbn = cleanIsbn(record.isbn);
  const description = joinAreas([
    area1,
    text(record.edition),
    publicationArea(text(record.place), text(record.publisher), text(record.year), words),
    extentArea(text(record.pages), words),
    series ? (/^\(.*\)$/.test(series) ? series : `(${series})`) : '',
    isbn ? `ISBN ${isbn}` : '',
  ]);
  return withStop(description);
}

/** "12-15" → "Б. 12–15"; "С. 7" kept; "" → "". */
function articlePages(pages: string, words: Words): string {
  if (!pages) return '';
  if (/^\p{L}+\.\s*/u.test(pages)) return pages;
  return `${words.pagesPrefix} ${pages.replace(/\s*[-‐‑‒—]\s*/g, '–').replace(/\s*–\s*/g, '–')}`;
}

/**
 * The analytic description of an article (GOST 7.1-2003, section 7):
 * `Әбенов Ш. Ақын туралы / Ш. Әбенов // Қазақ әдебиеті. – 2024. – № 5. – Б. 12–15.`
 */
export function describeArticle(article: ArticleRecord): string {
  const title = text(article.title);
  const words = wordsFor(article.language, title);
  const names = parseAuthors(article.authors);
  const heading = names.length >= 1 && names.length <= 3 ? withStop(headingName(names[0])) : '';

  let part = title;
  const statement = responsibilityStatement(names, '', words);
  if (statement) part += ' / ' + statement;
  if (heading) part = heading + ' ' + part;

  const volume = volumeDesignation(text(article.volume), words);
  const numberText = text(article.number).replace(/^(№|no\.?)\s*/i, '');
  const issue = [volume, numberText ? `${words.number} ${numberText}` : ''].filter((s) => s !== '').join(', ');
  const year = text(article.year);

  const source = joinAreas([
    text(article.periodical),
    year || `[${words.noYear}]`,
    issue,
    articlePages(text(article.pages), words),
  ]);
  return withStop(`${part} // ${source}`);
}

/* ------------------------------------------------------------------------------------------------ */
/* Shelf mark                                                                                       */
/* ------------------------------------------------------------------------------------------------ */

/**
 * The author sign. The real sign comes from the Havkina table (or its Kazakh counterpart): the first
 * letter of the surname (or the title) and a number from the table, "Ә 14". We do not have the tables,
 * so from a surname we give only the first letter, "Ә": the librarian adds the number from her
 * table. A sign already typed with its number ("Ә14", "ә 14") is normalised to "Ә 14".
 */
export function authorSign(surnameOrSign: string): string {
  const s = cleanText(surnameOrSign);
  const typed = /^(\p{L})\s*(\d+)$/u.exec(s);
  if (typed) return `${typed[1].toUpperCase()} ${typed[2]}`;
  const letter = /\p{L}/u.exec(s);
  return letter ? letter[0].toUpperCase() : '';
}

/** The shelf mark as one line: "84(5Каз)-44 / Ә 14"; either part may be missing. */
export function shelfMark(bbk: string, authorSignOrSurname: string): string {
  const index = cleanText(bbk);
  const sign = authorSign(authorSignOrSurname);
  return [index, sign].filter((s) => s !== '').join(' / ');
}

/* ------------------------------------------------------------------------------------------------ */
/* ISBN                                                                                             */
/* ------------------------------------------------------------------------------------------------ */

/** ISBN-10: weights 10..1, sum divisible by 11; the last character may be X (10). */
export function isIsbn10(compact: string): boolean {
  if (!/^\d{9}[\dX]$/.test(compact)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const c = compact.charAt(i);
    sum += (10 - i) * (c === 'X' ? 10 : Number(c));
  }
  return sum % 11 === 0;
}

/** ISBN-13: weights 1,3,1,3..., sum divisible by 10; prefix 978 or 979. */
export function isIsbn13(compact: string): boolean {
  if (!/^97[89]\d{10}$/.test(compact)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += (i % 2 === 0 ? 1 : 3) * Number(compact.charAt(i));
  return sum % 10 === 0;
}

/** The ISBN's digits (and X), upper case: "978-601-7033-12-5" → "9786017033125". */
export function isbnDigits(isbn: string): string {
  return cleanIsbn(isbn).toUpperCase().replace(/[^\dX]/g, '');
}

/** Whether a typed ISBN is a valid ISBN-10 or ISBN-13 (hyphens and spaces allowed). */
export function isValidIsbn(isbn: string): boolean {
  const typed = cleanIsbn(isbn);
  if (!/^[\dXx][\dXx\s-]*$/.test(typed)) return false;
  const compact = isbnDigits(typed);
  if (compact.length === 10) return isIsbn10(compact);
  if (compact.length === 13) return isIsbn13(compact);
  return false;
}

/** The ISBN-13 of an ISBN-10: "978" + its first nine digits + a new check digit. */
export function isbn10to13(compact10: string): string {
  const body = '978' + compact10.slice(0, 9);
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += (i % 2 === 0 ? 1 : 3) * Number(body.charAt(i));
  return body + String((10 - (sum % 10)) % 10);
}

/* ------------------------------------------------------------------------------------------------ */
/* Validation                                                                                       */
/* ------------------------------------------------------------------------------------------------ */

export const BOOK_LIMITS = {
  title: 500,
  otherTitleInfo: 300,
  responsibility: 300,
  author: 150,
  place: 200,
  publisher: 200,
  edition: 100,
  volume: 100,
  series: 300,
  maxPages: 10000,
  minYear: 1500,
} as const;

function field(input: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
}

/** Authors as an array, or as the catalogue cell holds them: separated by ";" or new lines. */
function authorList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : String(value).split(/[;\n]/);
  return items.map((a) => cleanText(a)).filter((a) => a !== '');
}

/**
 * Checks and cleans a catalogue record (a form or a sheet row: strings or numbers). Field names are
 * the catalogue's column keys (edition and series, which the catalogue has no column for, keep their
 * own names). `currentYear` comes from the caller's clock: a year up to next year is accepted (books
 * printed in December carry next year's date).
 */
export function validateBookRecord(input: unknown, currentYear: number): Validation<BookRecord> {
  const f: Record<string, unknown> = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const errors: FieldError[] = [];
  const tooLong = (name: string, value: string, max: number) => {
    if (value.length > max) errors.push({ field: name, key: 'error.tooLong', params: { max } });
  };

  const title = cleanText(field(f, 'title'));
  if (!title) errors.push({ field: 'title', key: 'error.required' });
  else tooLong('title', title, BOOK_LIMITS.title);

  const authors = authorList(field(f, 'authors'));
  for (const a of authors) {
    if (a.length > BOOK_LIMITS.author) {
      errors.push({ field: 'authors', key: 'error.tooLong', params: { max: BOOK_LIMITS.author } });
      break;
    }
    if (!LETTER.test(a)) {
      errors.push({ field: 'authors', key: 'error.name' });
      break;
    }
  }

  const optional: Array<[keyof typeof BOOK_LIMITS & keyof BookRecord, string]> = [
    ['otherTitleInfo', cleanText(field(f, 'otherTitleInfo'))],
    ['responsibility', cleanText(field(f, 'responsibility'))],
    ['edition', cleanText(field(f, 'edition'))],
    ['place', cleanText(field(f, 'place'))],
    ['publisher', cleanText(field(f, 'publisher'))],
    ['volume', cleanText(field(f, 'volume'))],
    ['series', cleanText(field(f, 'series'))],
  ];
  for (const [name, value] of optional) tooLong(name, value, BOOK_LIMITS[name]);

  const maxYear = currentYear + 1;
  const yearText = cleanText(field(f, 'year'));
  let year: number | undefined;
  if (yearText) {
    const y = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!(y >= BOOK_LIMITS.minYear && y <= maxYear)) {
      errors.push({ field: 'year', key: 'error.year', params: { min: BOOK_LIMITS.minYear, max: maxYear } });
    } else year = y;
  }

  const pagesText = cleanText(field(f, 'pages'));
  let pages: number | undefined;
  if (pagesText) {
    const p = /^\d+$/.test(pagesText) ? Number(pagesText) : NaN;
    if (!(p >= 1 && p <= BOOK_LIMITS.maxPages)) errors.push({ field: 'pages', key: 'error.pages', params: { max: BOOK_LIMITS.maxPages } });
    else pages = p;
  }

  const isbnText = cleanIsbn(field(f, 'isbn'));
  if (isbnText && !isValidIsbn(isbnText)) errors.push({ field: 'isbn', key: 'error.isbn' });

  const languageText = cleanText(field(f, 'language'));
  const language = (BOOK_LANGUAGES as readonly string[]).indexOf(languageText) >= 0 ? (languageText as BookLanguage) : null;
  if (!languageText) errors.push({ field: 'language', key: 'error.required' });
  else if (!language) errors.push({ field: 'language', key: 'error.choice' });

  if (errors.length > 0 || !language) return { ok: false, errors };

  const value: BookRecord = { authors, title, language };
  for (const [name, v] of optional) if (v) (value as unknown as Record<string, string>)[name] = v;
  if (year !== undefined) value.year = year;
  if (pages !== undefined) value.pages = pages;
  if (isbnText) value.isbn = isbnText;
  return { ok: true, value };
}
