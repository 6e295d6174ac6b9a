/**
 * Numbers and sums in words, for acts and protocols ("totals in figures and words"), in Kazakh and Russian.
 * Pure; the range is 0..999 999 999 (a school library's sums and counts stay far below it).
 *
 * Russian: thousands are feminine (одна тысяча, две тысячи), millions masculine (один миллион, два миллиона);
 *   the noun agrees with the last number: 1 → тысяча/миллион, 2-4 → тысячи/миллиона, 0 and 5-20 → тысяч/миллионов
 *   (11-14 take the plural: одиннадцать тысяч).
 * Kazakh: no agreement; 100 is "жүз" (not "бір жүз"), a thousand group is always spoken with its number
 *   ("бір мың", as money is written in documents), a million likewise ("бір миллион").
 * Money: "<tenge in words> теңге|тенге NN тиын", the tiyn always as two figures (00..99), as acts write them.
 */
import type { Lang } from '../i18n';

export const MAX_IN_WORDS = 999_999_999;

type Gender = 'm' | 'f';

const RU_UNITS_M = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_UNITS_F = ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_TEENS = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
const RU_TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const RU_HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];

const KK_UNITS = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const KK_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];

/** Russian plural form for a count: [one, few, many], e.g. ['тысяча', 'тысячи', 'тысяч']. */
export function ruPlural(n: number, forms: readonly [string, string, string]): string {
  const n100 = n % 100;
  const n10 = n % 10;
  if (n100 >= 11 && n100 <= 14) return forms[2];
  if (n10 === 1) return forms[0];
  if (n10 >= 2 && n10 <= 4) return forms[1];
  return forms[2];
}

/** 1..999 in Russian words. */
function ruTriad(n: number, gender: Gender): string[] {
  const words: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h) words.push(RU_HUNDREDS[h]);
  if (rest >= 10 && rest < 20) {
    words.push(RU_TEENS[rest - 10]);
  } else {
    const t = Math.floor(rest / 10);
    const u = rest % 10;
    if (t) words.push(RU_TENS[t]);
    if (u) words.push((gender === 'f' ? RU_UNITS_F : RU_UNITS_M)[u]);
  }
  return words;
}

/** 1..999 in Kazakh words. */
function kkTriad(n: number): string[] {
  const words: string[] = [];
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  if (h) {
    if (h > 1) words.push(KK_UNITS[h]);
    words.push('жүз');
  }
  if (t) words.push(KK_TENS[t]);
  if (u) words.push(KK_UNITS[u]);
  return words;
}

function checkInteger(n: number, what: string): void {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_IN_WORDS) {
    throw new RangeError(`${what} must be an integer from 0 to ${MAX_IN_WORDS}: ${String(n)}`);
  }
}

function ruWords(n: number, gender: Gender): string {
  if (n === 0) return 'ноль';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const units = n % 1000;
  const words: string[] = [];
  if (millions) words.push(...ruTriad(millions, 'm'), ruPlural(millions, ['миллион', 'миллиона', 'миллионов']));
  if (thousands) words.push(...ruTriad(thousands, 'f'), ruPlural(thousands, ['тысяча', 'тысячи', 'тысяч']));
  if (units) words.push(...ruTriad(units, gender));
  return words.join(' ');
}

function kkWords(n: number): string {
  if (n === 0) return 'нөл';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const units = n % 1000;
  const words: string[] = [];
  if (millions) words.push(...kkTriad(millions), 'миллион');
  if (thousands) words.push(...(thousands === 1 ? ['бір'] : kkTriad(thousands)), 'мың');
  if (units) words.push(...kkTriad(units));
  return words.join(' ');
}

/**
 * A whole number in words, e.g. countInWords(35, 'kk') → "отыз бес", countInWords(35, 'ru') → "тридцать пять".
 * Russian uses the masculine forms (один экземпляр, два экземпляра); pass 'f' for feminine nouns (одна книга).
 */
export function countInWords(n: number, lang: Lang, gender: Gender = 'm'): string {
  checkInteger(n, 'count');
  return lang === 'kk' ? kkWords(n) : ruWords(n, gender);
}

/** A sum in tenge, rounded to the tiyn; throws on negative, non-finite or too large sums. */
function splitAmount(sum: number): { tenge: number; tiyn: number } {
  if (typeof sum !== 'number' || !Number.isFinite(sum) || sum < 0) throw new RangeError(`sum must be a non-negative number: ${String(sum)}`);
  const cents = Math.round(sum * 100);
  const tenge = Math.floor(cents / 100);
  checkInteger(tenge, 'sum');
  return { tenge, tiyn: cents % 100 };
}

/**
 * A sum in words: amountInWords(1234567.89, 'ru') →
 * "один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь тенге 89 тиын".
 */
export function amountInWords(sum: number, lang: Lang): string {
  const { tenge, tiyn } = splitAmount(sum);
  const tiynText = String(tiyn).padStart(2, '0');
  return lang === 'kk' ? `${kkWords(tenge)} теңге ${tiynText} тиын` : `${ruWords(tenge, 'm')} тенге ${tiynText} тиын`;
}

/**
 * A sum in figures as documents print it: groups of three split by a no-break space, a decimal comma,
 * always two decimals: 1234567.89 → "1 234 567,89".
 */
export function amountInFigures(sum: number): string {
  const { tenge, tiyn } = splitAmount(sum);
  const groups = String(tenge).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00A0');
  return `${groups},${String(tiyn).padStart(2, '0')}`;
}

/** The first letter upper-cased: "Бір мың теңге 00 тиын" at the start of a sentence. */
export function capitalize(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}
