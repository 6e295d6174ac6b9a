import {
  allocateInventory,
  checkLine,
  checkMapping,
  contentHash,
  formatNumbers,
  guessMapping,
  looksLikeHeader,
  numberPatterns,
  parseEntryDate,
  parseInventoryList,
  rangeRegex,
  resolveLines,
  splitAuthors,
  splitAuthorTitle,
  splitPlaceYear,
  summarize,
  languageCode,
  sectionCode,
  docTypeCode,
  type CheckedLine,
  type Known,
} from '../../../src/domain/import';

const TODAY = '2026-11-27';
const DEFAULTS = { language: 'kk', section: 'fiction', docType: 'book' };
const NONE: Known = { byIsbn: new Map(), byKey: new Map(), taken: new Set() };

describe('guessMapping: the header in kk, ru or en', () => {
  it('maps a Russian list', () => {
    expect(guessMapping(['№ п/п', 'Автор', 'Заглавие', 'Год издания', 'ISBN', 'ББК', 'Цена, тг.', 'Экз.', 'Инв. №', 'Дата записи'])).toEqual([
      '',
      'authors',
      'title',
      'year',
      'isbn',
      'bbk',
      'price',
      'copies',
      'inventoryNos',
      'entryDate',
    ]);
  });

  it('maps a Kazakh list, letters or no Kazakh letters', () => {
    expect(guessMapping(['Авторы', 'Атауы', 'Жылы', 'Бағасы', 'Дана', 'Инв. нөмірі', 'Тілі', 'Баспа', 'Шыққан жері'])).toEqual([
      'authors',
      'title',
      'year',
      'price',
      'copies',
      'inventoryNos',
      'language',
      'publisher',
      'place',
    ]);
    expect(guessMapping(['Автор', 'Атауы', 'Багасы'])).toEqual(['authors', 'title', 'price']);
  });

  it('maps the inventory book\'s own columns to the combined fields, and English headers', () => {
    expect(guessMapping(['Дата записи', 'Инв. номер', 'Автор и заглавие', 'Место и год издания', 'Цена'])).toEqual(['entryDate', 'inventoryNos', 'authorTitle', 'placeYear', 'price']);
    expect(guessMapping(['Author', 'Title', 'Publisher', 'Year', 'Price', 'Copies', 'Keywords'])).toEqual(['authors', 'title', 'publisher', 'year', 'price', 'copies', 'keywords']);
  });

  it('gives a field to one column only, except authors and keywords', () => {
    expect(guessMapping(['Заглавие', 'Название', 'Автор', 'Автор 2'])).toEqual(['title', '', 'authors', 'authors']);
  });

  it('tells a header from a data row', () => {
    expect(looksLikeHeader(['Автор', 'Заглавие'])).toBe(true);
    expect(looksLikeHeader(['Әбенов Ш.', 'Қозы-Көрпеш', '1965'])).toBe(false);
  });
});

describe('checkMapping', () => {
  it('wants a title and a price, each single field once, and defaults for what is not mapped', () => {
    expect(checkMapping(['authors', 'title', 'price'], DEFAULTS)).toEqual([]);
    expect(checkMapping(['authors', 'year', 'year', 'bogus'], { language: 'kk', section: '', docType: 'book' }).map((p) => [p.field, p.key])).toEqual([
      ['mapping', 'import.mapping.unknown'],
      ['mapping', 'import.mapping.twice'],
      ['mapping', 'import.mapping.noTitle'],
      ['mapping', 'import.mapping.noPrice'],
      ['defaults.section', 'import.defaults.required'],
    ]);
    expect(checkMapping(['authorTitle', 'price', 'section'], { language: 'kk', section: '', docType: 'xx' }).map((p) => [p.field, p.key])).toEqual([['defaults.docType', 'error.choice']]);
  });
});

describe('reading cells', () => {
  it('splits combined columns of a paper inventory book', () => {
    expect(splitAuthorTitle('Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма')).toEqual({ authors: 'Әбенов Ш.', title: 'Қозы-Көрпеш – Баянсұлу : поэма' });
    expect(splitAuthorTitle('Абылкасымова А. Е. Математика')).toEqual({ authors: 'Абылкасымова А. Е.', title: 'Математика' });
    expect(splitAuthorTitle('Қазақстан тарихы')).toEqual({ authors: '', title: 'Қазақстан тарихы' });
    expect(splitPlaceYear('Алматы, 1965')).toEqual({ place: 'Алматы', publisher: '', year: '1965' });
    expect(splitPlaceYear('Алматы : Жазушы, 1965 ж.')).toEqual({ place: 'Алматы', publisher: 'Жазушы', year: '1965' });
    expect(splitPlaceYear('Астана')).toEqual({ place: 'Астана', publisher: '', year: '' });
  });

  it('splits authors written with commas only when every part is a name', () => {
    expect(splitAuthors('Абылкасымова А. Е., Кучер Т. П.')).toBe('Абылкасымова А. Е.; Кучер Т. П.');
    expect(splitAuthors('Әбенов, Ш.')).toBe('Әбенов, Ш.');
    expect(splitAuthors('Әбенов Ш.; Петров А.')).toBe('Әбенов Ш.; Петров А.');
  });

  it('understands language, section and document type as she writes them', () => {
    expect(['каз.', 'Қазақ тілі', 'казахский', 'kk', 'рус', 'Орыс тілі', 'англ.', 'en', 'другой', 'татарский'].map(languageCode)).toEqual(['kk', 'kk', 'kk', 'kk', 'ru', 'ru', 'en', 'en', 'other', null]);
    expect(['Художественная литература', 'худ. лит.', 'Оқулықтар', 'учебник', 'Детская', 'fiction', 'астрология'].map(sectionCode)).toEqual(['fiction', 'fiction', 'textbooks', 'textbooks', 'children', 'fiction', null]);
    expect(['книга', 'Кітап', 'брошюра', 'CD', 'журнал', 'свиток'].map(docTypeCode)).toEqual(['book', 'book', 'brochure', 'audiovisual', 'periodical', null]);
  });

  it('reads inventory numbers as the paper book writes them', () => {
    expect(parseInventoryList('12-15; 18')).toEqual({ numbers: [12, 13, 14, 15, 18], bad: [] });
    expect(parseInventoryList('№ 12 – 14, №20')).toEqual({ numbers: [12, 13, 14, 20], bad: [] });
    expect(parseInventoryList('12-x 15-13 0 7')).toEqual({ numbers: [7], bad: ['12-x', '15-13', '0'] });
    expect(parseInventoryList('1-100000').bad).toEqual(['1-100000']);
    expect(formatNumbers([18, 12, 13, 14, 15, 20, 21])).toBe('12–15, 18, 20, 21');
  });

  it('reads dates of entry as Excel writes them', () => {
    expect(parseEntryDate('12.09.2019')).toBe('2019-09-12');
    expect(parseEntryDate('1.9.2019')).toBe('2019-09-01');
    expect(parseEntryDate('2019-09-12')).toBe('2019-09-12');
    expect(parseEntryDate('12.09.2019 0:00:00')).toBe('2019-09-12');
    expect(parseEntryDate('31.02.2019')).toBeNull();
    expect(parseEntryDate('12/09/2019')).toBeNull();
    expect(parseEntryDate('12.09.19')).toBeNull();
  });
});

const MAP = ['authors', 'title', 'year', 'isbn', 'price', 'copies', 'inventoryNos', 'entryDate', 'language'];
const rec = (row: number, cells: string[]) => ({ row, cells });
const line = (row: number, cells: string[], mapping = MAP) => checkLine(rec(row, cells), mapping, DEFAULTS, TODAY);

describe('checkLine', () => {
  it('makes a title with its copies from a good line', () => {
    const l = line(2, ['Әбенов Ш.', 'Қозы-Көрпеш – Баянсұлу', '1965 г.', '', '1 250,50 тг', '3 экз.', '1-3', '12.09.2019', '']);
    expect(l.problems).toEqual([]);
    expect(l.value).toMatchObject({ price: 125050, copies: 3, numbers: [1, 2, 3], entryDate: '2019-09-12' });
    expect(l.value!.title).toMatchObject({ section: 'fiction', docType: 'book', record: { authors: ['Әбенов Ш.'], title: 'Қозы-Көрпеш – Баянсұлу', year: 1965, language: 'kk' } });
    expect(l.label).toBe('Әбенов Ш. Қозы-Көрпеш – Баянсұлу, 1965');
    expect(l.matchKey).toBe('абенов|козы корпеш баянсулу|1965');
  });

  it('counts copies from the inventory numbers when there is no number of copies, one otherwise', () => {
    expect(line(2, ['', 'А', '', '', '100', '', '7 9', '', '']).value!.copies).toBe(2);
    expect(line(2, ['', 'А', '', '', '100', '', '', '', '']).value!.copies).toBe(1);
  });

  it('reports every problem of a bad line by the field of its column, in field order', () => {
    const l = line(5, ['', '', 'I996', '978-601-07-0817-3', 'бесплатно', '0', '4-x', '31.12.2027', 'татарский']);
    expect(l.value).toBeNull();
    expect(l.problems.map((p) => [p.field, p.key])).toEqual([
      ['title', 'error.required'],
      ['year', 'error.year'],
      ['isbn', 'error.isbn'],
      ['language', 'import.error.language'],
      ['copies', 'error.copies'],
      ['price', 'error.price'],
      ['inventoryNos', 'error.inventoryList'],
      ['entryDate', 'error.dateFuture'],
    ]);
  });

  it('wants as many inventory numbers as copies, each once', () => {
    expect(line(2, ['', 'А', '', '', '100', '3', '1-2', '', '']).problems).toEqual([{ field: 'inventoryNos', key: 'import.error.inventoryCount', params: { count: 2, copies: 3 } }]);
    expect(line(2, ['', 'А', '', '', '100', '', '1 2 2', '', '']).problems).toEqual([{ field: 'inventoryNos', key: 'import.error.inventoryTwiceInLine', params: { nos: '2' } }]);
  });

  it('names the combined column when the title came from "Автор и заглавие"', () => {
    const l = checkLine(rec(3, ['', '100']), ['authorTitle', 'price'], DEFAULTS, TODAY);
    expect(l.problems).toEqual([{ field: 'title', key: 'error.required' }]);
    const split = checkLine(rec(3, ['Әбенов Ш. Қозы-Көрпеш', 'Алматы, 1965', '100']), ['authorTitle', 'placeYear', 'price'], DEFAULTS, TODAY);
    expect(split.value!.title.record).toMatchObject({ authors: ['Әбенов Ш.'], title: 'Қозы-Көрпеш', place: 'Алматы', year: 1965 });
    const badYear = checkLine(rec(3, ['Әбенов Ш. Қозы-Көрпеш', 'Алматы, 0965', '100']), ['authorTitle', 'placeYear', 'price'], DEFAULTS, TODAY);
    expect(badYear.problems.map((p) => p.field)).toEqual(['placeYear']);
  });

  it('accepts old dates of entry (a paper book goes back decades) but not before 1900', () => {
    expect(line(2, ['', 'А', '', '', '100', '', '', '01.09.1975', '']).value!.entryDate).toBe('1975-09-01');
    expect(line(2, ['', 'А', '', '', '100', '', '', '01.09.1875', '']).problems.map((p) => p.key)).toEqual(['error.dateTooOld']);
  });
});

describe('resolveLines: duplicates and inventory numbers', () => {
  const lines = (): CheckedLine[] => [
    line(2, ['Әбенов Ш.', 'Қозы-Көрпеш', '1965', '', '100', '2', '1-2', '', '']),
    line(3, ['Толстой Л. Н.', 'Детство', '2019', '978-601-07-0817-4', '100', '1', '', '', 'ru']),
    line(4, ['Әбенов Ш.', 'ҚОЗЫ КӨРПЕШ', '1965', '', '120', '1', '3', '', '']), // same author, title, year
    line(5, ['Другой А.', 'Другая книга', '2019', '9786010708174', '100', '1', '', '', 'ru']), // same ISBN as row 3
    line(6, ['Әуезов М.', 'Абай жолы', '1997', '', '100', '2', '2-3', '', '']), // numbers of rows 2 and 4
    line(7, ['Жаңа Ж.', 'Жаңа кітап', '2020', '', '100', '1', '50', '', '']),
  ];

  it('adds a repeated title to the first line of it, refuses numbers used twice', () => {
    const resolved = resolveLines(lines(), NONE);
    expect(resolved.map((l) => [l.row, l.disposition])).toEqual([
      [2, { kind: 'new' }],
      [3, { kind: 'new' }],
      [4, { kind: 'sameAs', row: 2 }],
      [5, { kind: 'sameAs', row: 3 }],
      [6, { kind: 'error' }],
      [7, { kind: 'new' }],
    ]);
    expect(resolved[4].problems).toEqual([
      { field: 'inventoryNos', key: 'import.error.inventoryInOtherLine', params: { nos: '2', row: 2 } },
      { field: 'inventoryNos', key: 'import.error.inventoryInOtherLine', params: { nos: '3', row: 4 } },
    ]);
    expect(summarize(resolved)).toEqual({ lines: 6, errorLines: 1, newTitles: 3, toExisting: 0, sameAsEarlier: 2, copies: 6, sum: 62000, toNumber: 2 });
  });

  it('adds to a title already in the catalogue (ISBN first, then author, title and year), refuses numbers taken', () => {
    const known: Known = { byIsbn: new Map([['9786010708174', 42]]), byKey: new Map([['абенов|козы корпеш|1965', 7]]), taken: new Set([50]) };
    const resolved = resolveLines(lines(), known);
    expect(resolved.map((l) => l.disposition)).toEqual([
      { kind: 'existing', titleId: 7 },
      { kind: 'existing', titleId: 42 },
      { kind: 'existing', titleId: 7 },
      { kind: 'existing', titleId: 42 },
      { kind: 'error' },
      { kind: 'error' },
    ]);
    expect(resolved[5].problems).toEqual([{ field: 'inventoryNos', key: 'import.error.inventoryTaken', params: { nos: '50' } }]);
  });

  it('does not let a bad line stand for a title a later line repeats', () => {
    const resolved = resolveLines([line(2, ['Әбенов Ш.', 'Қозы-Көрпеш', '1965', '', '', '1', '', '', '']), line(3, ['Әбенов Ш.', 'Қозы-Көрпеш', '1965', '', '100', '1', '', '', ''])], NONE);
    expect(resolved.map((l) => l.disposition.kind)).toEqual(['error', 'new']);
  });
});

describe('allocateInventory', () => {
  it('numbers copies without numbers from the counter, above every number the file gives', () => {
    expect(allocateInventory([{ copies: 2, numbers: [] }, { copies: 2, numbers: [40, 41] }, { copies: 1, numbers: [] }], 10)).toEqual({ numbers: [[42, 43], [40, 41], [44]], from: 42, next: 45 });
    expect(allocateInventory([{ copies: 2, numbers: [3, 4] }, { copies: 1, numbers: [] }], 100)).toEqual({ numbers: [[3, 4], [100]], from: 100, next: 101 });
    expect(allocateInventory([{ copies: 2, numbers: [300, 301] }], 100)).toEqual({ numbers: [[300, 301]], from: 302, next: 302 });
  });
});

describe('number patterns for the text finder', () => {
  const matchesExactly = (pattern: string, from: number, to: number, upTo: number) => {
    const re = new RegExp(`^(?:${pattern})$`);
    for (let n = 0; n <= upTo; n++) if (re.test(String(n)) !== (n >= from && n <= to)) return n;
    return -1;
  };

  it('a range regex matches exactly the numbers of the range', () => {
    const ranges: Array<[number, number]> = [[12, 15], [1, 9], [7, 7], [10, 99], [19, 201], [1, 1000], [995, 1005], [100, 100], [123, 4567], [9, 10], [1000, 1999], [2350, 2399]];
    for (const [a, b] of ranges) expect([a, b, matchesExactly(rangeRegex(a, b), a, b, 12000)]).toEqual([a, b, -1]);
    expect(rangeRegex(12, 15)).toBe('1[2-5]');
  });

  it('random ranges too', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; i < 200; i++) {
      const a = 1 + rnd(20000);
      const b = a + rnd(3000);
      expect([a, b, matchesExactly(rangeRegex(a, b), a, b, 25000)]).toEqual([a, b, -1]);
    }
  });

  it('numbers given as runs make a short pattern, cut into pieces of a bounded length', () => {
    const numbers = [...Array.from({ length: 5000 }, (_, i) => 1 + i), 7001, 7003];
    const [pattern] = numberPatterns(numbers);
    expect(pattern.length).toBeLessThan(80);
    const re = new RegExp(`^${pattern}$`);
    expect([1, 2500, 5000, 7001, 7003].every((n) => re.test(String(n)))).toBe(true);
    expect([0, 5001, 7002, 70011].some((n) => re.test(String(n)))).toBe(false);
    const scattered = Array.from({ length: 3000 }, (_, i) => 10 + i * 2);
    const pieces = numberPatterns(scattered, 1000);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.every((p) => p.length <= 1010)).toBe(true);
    const all = pieces.map((p) => new RegExp(`^${p}$`));
    expect(scattered.every((n) => all.some((re) => re.test(String(n))))).toBe(true);
    expect([11, 13, 6011].some((n) => all.some((re) => re.test(String(n))))).toBe(false);
  });
});

describe('contentHash', () => {
  it('is the same for the same cells whatever the spacing, different otherwise', () => {
    expect(contentHash([{ cells: ['a ', ' b'] }])).toBe(contentHash([{ cells: ['a', 'b'] }]));
    expect(contentHash([{ cells: ['a', 'b'] }])).not.toBe(contentHash([{ cells: ['a', 'c'] }]));
    expect(contentHash([{ cells: ['ab', ''] }])).not.toBe(contentHash([{ cells: ['a', 'b'] }]));
    expect(contentHash([{ cells: ['a'] }])).toMatch(/^imp[0-9a-f]{14}$/);
  });
});
