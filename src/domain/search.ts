/**
 * Catalogue search for text in Kazakh, Russian and Latin script. Pure.
 *
 * A librarian or a pupil often types without Kazakh letters (a Russian keyboard: "казак" for "Қазақ",
 * "абенов" for "Әбенов"), or with Latin look-alikes in a Cyrillic word ("Aбaй" with Latin a, "Әлiшер"
 * with Latin i, the usual stand-in for "і"). Both the query and the record are folded to one form, so
 * each finds the other:
 * - Latin look-alikes inside a word that also has Cyrillic letters become Cyrillic (a→а, i→і, h→һ...);
 * - lower case;
 * - diacritics removed (NFD, combining marks dropped): й→и, ё→е, é→e, and the 2021 Latin Kazakh
 *   ä ğ ñ ö ū ü ş → a g n o u u s; ı→i and a few letters that do not decompose (ß ø ł æ œ) are mapped;
 * - Kazakh letters to their nearest Russian letters: ә→а ғ→г қ→к ң→н ө→о ұ→у ү→у һ→х і→и;
 * - apostrophes removed ("O'zbek" → "ozbek"), other punctuation (hyphen too) → space, spaces collapsed.
 * No transliteration between Latin and Cyrillic: "Qazaq" does not find "Қазақ".
 */
import { isIsbn10, isbn10to13 } from './bibliographic';

/** Kazakh letters with no decomposition, and their nearest Russian letters. */
export const KAZAKH_FOLDING: Readonly<Record<string, string>> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

/** Latin letters that NFD does not take apart. */
const LATIN_FOLDING: Readonly<Record<string, string>> = {
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};

/** Latin letters that look like Cyrillic ones, for words typed with both. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', h: 'һ', i: 'і', k: 'к', o: 'о', p: 'р', x: 'х', y: 'у',
};

const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z]/;

function fixLookalikes(word: string): string {
  if (!CYRILLIC.test(word) || !LATIN.test(word)) return word;
  return word.replace(/[A-Za-z]/g, (c) => LOOKALIKES[c] ?? c);
}

function mapChars(s: string, table: Readonly<Record<string, string>>, pattern: RegExp): string {
  return s.replace(pattern, (c) => table[c] ?? c);
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/g;
const LATIN_LETTERS = /[ıßæœøłđðþ]/g;

/** The search form of a text: "Қозы-Көрпеш – Баянсұлу" → "козы корпеш баянсулу". */
export function fold(text: unknown): string {
  if (text === null || text === undefined) return '';
  let s = String(text).replace(/[\p{L}\p{M}]+/gu, fixLookalikes);
  s = s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  s = mapChars(s, KAZAKH_FOLDING, KAZAKH_LETTERS);
  s = mapChars(s, LATIN_FOLDING, LATIN_LETTERS);
  return s
    .replace(/['’ʼ‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of a text. */
export function tokens(text: unknown): string[] {
  const f = fold(text);
  return f ? f.split(' ') : [];
}

/**
 * The key an ISBN is compared by: its digits (and X, upper case), a valid ISBN-10 turned into its
 * ISBN-13, so "5-615-00456-8" and "978-5-615-00456-8" have the same key. Anything else (a part of an
 * ISBN, an invalid ISBN-10) keeps its digits as they are, so a prefix still finds the whole.
 */
export function isbnKey(isbn: unknown): string {
  const compact = String(isbn ?? '')
    .replace(/^\s*isbn[\s:-]*/i, '')
    .toUpperCase()
    .replace(/[^\dX]/g, '');
  return compact.length === 10 && isIsbn10(compact) ? isbn10to13(compact) : compact;
}

/** A number-like text (digits, X, hyphens, spaces; "ISBN" before): its ISBN key; otherwise ''. */
function numberKey(text: string): string {
  const t = text.replace(/^\s*isbn[\s:-]*/i, '').trim();
  return /^\d[\dXx\s-]*$/.test(t) ? isbnKey(t) : '';
}

/**
 * Whether a record's fields answer a query: every word of the query begins some word of the fields
 * (AND of words, prefix match), after folding: "абен коз" finds "Әбенов Ш." + "Қозы-Көрпеш". A query
 * made only of digits (an ISBN typed with or without hyphens, in either form) also finds a field whose
 * ISBN key begins with it. An empty query finds everything.
 */
export function matches(query: string, fields: readonly unknown[]): boolean {
  const words = tokens(query);
  if (words.length === 0) return true;
  const key = numberKey(String(query));
  if (key) {
    for (const field of fields) {
      const fk = numberKey(String(field ?? ''));
      if (fk && fk.indexOf(key) === 0) return true;
    }
  }
  const fieldWords: string[] = [];
  for (const field of fields) fieldWords.push(...tokens(field));
  return words.every((w) => fieldWords.some((t) => t.indexOf(w) === 0));
}

export interface RankFields {
  title: string;
  authors?: readonly string[] | string;
  /** Everything else searched: other title information, ISBN, keywords, annotation, BBK... */
  other?: readonly unknown[];
}

/** The scores `rank` gives, highest first. */
export const RANK = {
  exactTitle: 100,
  titlePrefix: 80,
  inTitle: 60,
  inAuthors: 40,
  inTitleAndAuthors: 30,
  elsewhere: 20,
  emptyQuery: 1,
  none: 0,
} as const;

/**
 * A score for ordering search results (higher first; 0: not a result):
 * 100 the title is the query (folded); 80 the title begins with the query; 60 every query word is
 * in the title; 40 every query word is in the authors; 30 in title and authors together; 20 the
 * record matches only with its other fields. An empty query gives every record 1 (keep their order).
 */
export function rank(query: string, record: RankFields): number {
  const q = fold(query);
  if (!q) return RANK.emptyQuery;
  const title = fold(record.title);
  const authors = typeof record.authors === 'string' ? [record.authors] : [...(record.authors ?? [])];
  if (title === q) return RANK.exactTitle;
  if (title.indexOf(q) === 0) return RANK.titlePrefix;
  if (matches(query, [record.title])) return RANK.inTitle;
  if (authors.length && matches(query, authors)) return RANK.inAuthors;
  if (matches(query, [record.title, ...authors])) return RANK.inTitleAndAuthors;
  if (matches(query, [record.title, ...authors, ...(record.other ?? [])])) return RANK.elsewhere;
  return RANK.none;
}
