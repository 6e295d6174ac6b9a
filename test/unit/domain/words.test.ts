import { amountInFigures, amountInWords, capitalize, countInWords, ruPlural } from '../../../src/domain/words';

describe('countInWords, Russian', () => {
  it.each([
    [0, 'ноль'],
    [1, 'один'],
    [2, 'два'],
    [5, 'пять'],
    [10, 'десять'],
    [11, 'одиннадцать'],
    [12, 'двенадцать'],
    [14, 'четырнадцать'],
    [19, 'девятнадцать'],
    [20, 'двадцать'],
    [21, 'двадцать один'],
    [35, 'тридцать пять'],
    [40, 'сорок'],
    [90, 'девяносто'],
    [100, 'сто'],
    [101, 'сто один'],
    [110, 'сто десять'],
    [111, 'сто одиннадцать'],
    [200, 'двести'],
    [999, 'девятьсот девяносто девять'],
    [1000, 'одна тысяча'],
    [1001, 'одна тысяча один'],
    [2000, 'две тысячи'],
    [3000, 'три тысячи'],
    [4000, 'четыре тысячи'],
    [5000, 'пять тысяч'],
    [11000, 'одиннадцать тысяч'],
    [12000, 'двенадцать тысяч'],
    [21000, 'двадцать одна тысяча'],
    [22000, 'двадцать две тысячи'],
    [25000, 'двадцать пять тысяч'],
    [100000, 'сто тысяч'],
    [111000, 'сто одиннадцать тысяч'],
    [1000000, 'один миллион'],
    [2000000, 'два миллиона'],
    [5000000, 'пять миллионов'],
    [11000000, 'одиннадцать миллионов'],
    [21000021, 'двадцать один миллион двадцать один'],
    [1001000, 'один миллион одна тысяча'],
    [999999999, 'девятьсот девяносто девять миллионов девятьсот девяносто девять тысяч девятьсот девяносто девять'],
  ])('%d → %s', (n, words) => {
    expect(countInWords(n, 'ru')).toBe(words);
  });

  it('feminine units on request (одна книга, две книги)', () => {
    expect(countInWords(1, 'ru', 'f')).toBe('одна');
    expect(countInWords(22, 'ru', 'f')).toBe('двадцать две');
    expect(countInWords(1001, 'ru', 'f')).toBe('одна тысяча одна');
  });
});

describe('countInWords, Kazakh', () => {
  it.each([
    [0, 'нөл'],
    [1, 'бір'],
    [2, 'екі'],
    [5, 'бес'],
    [10, 'он'],
    [11, 'он бір'],
    [20, 'жиырма'],
    [21, 'жиырма бір'],
    [35, 'отыз бес'],
    [40, 'қырық'],
    [50, 'елу'],
    [69, 'алпыс тоғыз'],
    [70, 'жетпіс'],
    [80, 'сексен'],
    [90, 'тоқсан'],
    [100, 'жүз'],
    [101, 'жүз бір'],
    [110, 'жүз он'],
    [200, 'екі жүз'],
    [999, 'тоғыз жүз тоқсан тоғыз'],
    [1000, 'бір мың'],
    [1100, 'бір мың жүз'],
    [2000, 'екі мың'],
    [5000, 'бес мың'],
    [100000, 'жүз мың'],
    [101000, 'жүз бір мың'],
    [1000000, 'бір миллион'],
    [1100000, 'бір миллион жүз мың'],
    [21000021, 'жиырма бір миллион жиырма бір'],
    [999999999, 'тоғыз жүз тоқсан тоғыз миллион тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан тоғыз'],
  ])('%d → %s', (n, words) => {
    expect(countInWords(n, 'kk')).toBe(words);
  });
});

describe('amountInWords', () => {
  it('writes the brief examples', () => {
    expect(amountInWords(1234567.89, 'ru')).toBe('один миллион двести тридцать четыре тысячи пятьсот шестьдесят семь тенге 89 тиын');
    expect(amountInWords(1234567.89, 'kk')).toBe('бір миллион екі жүз отыз төрт мың бес жүз алпыс жеті теңге 89 тиын');
  });

  it('keeps the tiyn as two figures and rounds to the tiyn', () => {
    expect(amountInWords(0, 'ru')).toBe('ноль тенге 00 тиын');
    expect(amountInWords(0, 'kk')).toBe('нөл теңге 00 тиын');
    expect(amountInWords(1000, 'ru')).toBe('одна тысяча тенге 00 тиын');
    expect(amountInWords(2000.5, 'kk')).toBe('екі мың теңге 50 тиын');
    expect(amountInWords(5000.05, 'ru')).toBe('пять тысяч тенге 05 тиын');
    expect(amountInWords(0.1 + 0.2, 'ru')).toBe('ноль тенге 30 тиын');
    expect(amountInWords(12.999, 'ru')).toBe('тринадцать тенге 00 тиын');
    expect(amountInWords(21000021, 'ru')).toBe('двадцать один миллион двадцать один тенге 00 тиын');
  });

  it('refuses what it cannot say', () => {
    expect(() => amountInWords(-1, 'ru')).toThrow(RangeError);
    expect(() => amountInWords(Number.NaN, 'kk')).toThrow(RangeError);
    expect(() => amountInWords(1e9, 'kk')).toThrow(RangeError);
    expect(() => countInWords(1.5, 'kk')).toThrow(RangeError);
    expect(() => countInWords(-3, 'ru')).toThrow(RangeError);
  });
});

describe('helpers', () => {
  it('amountInFigures groups thousands with a no-break space and a decimal comma', () => {
    expect(amountInFigures(1234567.89)).toBe('1\u00A0234\u00A0567,89');
    expect(amountInFigures(0)).toBe('0,00');
    expect(amountInFigures(999.5)).toBe('999,50');
    expect(amountInFigures(1000)).toBe('1\u00A0000,00');
  });

  it('ruPlural picks one/few/many', () => {
    const f = ['книга', 'книги', 'книг'] as const;
    expect([1, 2, 5, 11, 12, 14, 21, 22, 25, 101, 111].map((n) => ruPlural(n, f))).toEqual([
      'книга', 'книги', 'книг', 'книг', 'книг', 'книг', 'книга', 'книги', 'книг', 'книга', 'книг',
    ]);
  });

  it('capitalize', () => {
    expect(capitalize('бір мың теңге')).toBe('Бір мың теңге');
    expect(capitalize('')).toBe('');
  });
});
