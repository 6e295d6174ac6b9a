import { fold, isbnKey, matches, rank, RANK, tokens, type RankFields } from '../../../src/domain/search';

describe('fold', () => {
  it.each([
    // Kazakh letters → the nearest Russian letter, both cases
    ['ә', 'а'], ['Ә', 'а'],
    ['ғ', 'г'], ['Ғ', 'г'],
    ['қ', 'к'], ['Қ', 'к'],
    ['ң', 'н'], ['Ң', 'н'],
    ['ө', 'о'], ['Ө', 'о'],
    ['ұ', 'у'], ['Ұ', 'у'],
    ['ү', 'у'], ['Ү', 'у'],
    ['һ', 'х'], ['Һ', 'х'],
    ['і', 'и'], ['І', 'и'],
    // Russian letters with a diacritic
    ['ё', 'е'], ['Ё', 'е'],
    ['й', 'и'], ['Й', 'и'],
    // Latin Kazakh (2021) and other Latin diacritics
    ['ä', 'a'], ['ğ', 'g'], ['ñ', 'n'], ['ö', 'o'], ['ū', 'u'], ['ü', 'u'], ['ı', 'i'], ['ş', 's'], ['Ş', 's'],
    ['é', 'e'], ['ç', 'c'], ['ß', 'ss'], ['ø', 'o'], ['ł', 'l'],
  ])('%s → %s', (letter, folded) => {
    expect(fold(letter)).toBe(folded);
  });

  it('folds whole texts: punctuation (hyphens too) to spaces, spaces collapsed', () => {
    expect(fold('Қозы-Көрпеш – Баянсұлу')).toBe('козы корпеш баянсулу');
    expect(fold('  Абай   Құнанбайұлы!!! ')).toBe('абаи кунанбаиулы');
    expect(fold('Әбенов Ш. «Қозы-Көрпеш»: поэма / Ш.Әбенов.')).toBe('абенов ш козы корпеш поэма ш абенов');
    expect(fold('Математика, 5-сынып')).toBe('математика 5 сынып');
    expect(fold('Ёлка и йогурт')).toBe('елка и иогурт');
  });

  it('folds Latin Kazakh and Latin diacritics', () => {
    expect(fold('Äbenov Şärip')).toBe('abenov sarip');
    expect(fold('Ğylym Müsırepov Jūmabaev Qoñyr Ölke')).toBe('gylym musirepov jumabaev qonyr olke');
    expect(fold('Émile Zola, Gödel, Straße')).toBe('emile zola godel strasse');
  });

  it('drops apostrophes inside words', () => {
    expect(fold("O'zbek tili")).toBe('ozbek tili');
    expect(fold('Д’Артаньян')).toBe('дартаньян');
  });

  it('turns Latin look-alikes in a Cyrillic word into Cyrillic', () => {
    expect(fold('Aбaй')).toBe('абаи'); // Latin A and a
    expect(fold('Әлiшер')).toBe('алишер'); // Latin i for і
    expect(fold('Шәhмет')).toBe('шахмет'); // Latin h for һ
    expect(fold('Aбaй')).toBe(fold('Абай'));
  });

  it('leaves a Latin word Latin (no transliteration)', () => {
    expect(fold('Abai')).toBe('abai');
    expect(fold('Qazaq')).toBe('qazaq');
    expect(fold('Qazaq')).not.toBe(fold('Қазақ'));
  });

  it('empty things fold to an empty string', () => {
    expect(fold(null)).toBe('');
    expect(fold(undefined)).toBe('');
    expect(fold(' – / . ')).toBe('');
  });
});

describe('tokens', () => {
  it('gives the folded words', () => {
    expect(tokens('Әбенов Ш. Қозы-Көрпеш')).toEqual(['абенов', 'ш', 'козы', 'корпеш']);
    expect(tokens('   ')).toEqual([]);
    expect(tokens(1965)).toEqual(['1965']);
  });
});

describe('matches', () => {
  const book = ['Әбенов Ш.', 'Қозы-Көрпеш – Баянсұлу', 'поэма', '978-601-7033-12-5'];

  it.each([
    ['абен коз', 'prefixes of author and title, typed without Kazakh letters'],
    ['Әбенов', 'the surname as written'],
    ['абенов', 'the surname without Ә'],
    ['АБЕНОВ', 'upper case'],
    ['корпеш', 'the word after a hyphen'],
    ['Қозы-Көрпеш', 'the hyphenated word typed with Kazakh letters'],
    ['козы-корпеш', 'and without them'],
    ['баянсулу абенов', 'any order, across fields'],
    ['поэм', 'a prefix of another field'],
    ['Aбeнoв', 'Latin look-alikes in the query'],
    ['', 'an empty query'],
  ])('%s finds the book (%s)', (query) => {
    expect(matches(query, book)).toBe(true);
  });

  it.each([
    ['абен жыр', 'one word is nowhere'],
    ['бенов', 'not a prefix'],
    ['козыкорпеш', 'the words run together'],
    ['козы корпеш роман', 'every word must be found'],
  ])('%s does not find the book (%s)', (query) => {
    expect(matches(query, book)).toBe(false);
  });

  it('Kazakh and Russian letters meet each other both ways', () => {
    expect(matches('казак', ['Қазақ әдебиеті'])).toBe(true);
    expect(matches('Қазақ', ['казак ертегилери'])).toBe(true);
    expect(matches('мукан', ['Мұқанов Сәбит'])).toBe(true);
    expect(matches('огиз', ['Өгіз бен бақа'])).toBe(true);
    expect(matches('ондир', ['Өндіріс'])).toBe(true);
  });

  it('different spellings are not folded together', () => {
    // "Қазақстан" folds to "казакстан", the Russian word is "казахстан".
    expect(matches('Қазақстан', ['Казахстан'])).toBe(false);
    expect(matches('Qazaqstan', ['Қазақстан'])).toBe(false);
  });

  it('finds an ISBN in either form, with or without hyphens', () => {
    expect(matches('9786017033125', book)).toBe(true);
    expect(matches('978 601 7033 12 5', book)).toBe(true);
    expect(matches('978-601', book)).toBe(true);
    expect(matches('978-0-306-40615-7', ['0-306-40615-2'])).toBe(true);
    expect(matches('0306406152', ['ISBN 978-0-306-40615-7'])).toBe(true);
    expect(matches('ISBN 5-615-00456-8', ['978-5-615-00456-8'])).toBe(true);
    expect(matches('9786017033124', book)).toBe(false);
    expect(matches('0-306-40615-2', book)).toBe(false);
  });
});

describe('isbnKey', () => {
  it('keeps digits and X only', () => {
    expect(isbnKey('978-601-7033-12-5')).toBe('9786017033125');
    expect(isbnKey('ISBN 978 601 7033 12 5')).toBe('9786017033125');
  });

  it('turns a valid ISBN-10 into its ISBN-13, so the two forms have one key', () => {
    expect(isbnKey('0-306-40615-2')).toBe('9780306406157');
    expect(isbnKey('978-0-306-40615-7')).toBe('9780306406157');
    expect(isbnKey('0-8044-2957-x')).toBe('9780804429573');
    expect(isbnKey('ISBN 5-615-00456-8')).toBe(isbnKey('978-5-615-00456-8'));
  });

  it('leaves an invalid ISBN-10 and a part of an ISBN as digits', () => {
    expect(isbnKey('0-306-40615-3')).toBe('0306406153');
    expect(isbnKey('978-601-7033')).toBe('9786017033');
    expect(isbnKey('')).toBe('');
  });
});

describe('rank', () => {
  const records: Array<RankFields & { id: string }> = [
    { id: 'elsewhere', title: 'Естеліктер', authors: [], other: ['Абай туралы естеліктер'] },
    { id: 'inAuthors', title: 'Өлеңдер', authors: ['Абайұлы Қ.'] },
    { id: 'inTitle', title: 'Ақын Абай', authors: ['Мағауин М.'] },
    { id: 'prefix', title: 'Абай жолы', authors: ['Әуезов М.'] },
    { id: 'exact', title: 'Абай', authors: ['Мағауин М.'] },
    { id: 'none', title: 'Қозы-Көрпеш', authors: ['Әбенов Ш.'] },
  ];

  it('scores as documented', () => {
    const scores = Object.fromEntries(records.map((r) => [r.id, rank('абай', r)]));
    expect(scores).toEqual({ exact: 100, prefix: 80, inTitle: 60, inAuthors: 40, elsewhere: 20, none: 0 });
  });

  it('orders results: exact title, title prefix, title, author, other', () => {
    const order = records
      .map((r) => ({ id: r.id, score: rank('Абай', r) }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score)
      .map((r) => r.id);
    expect(order).toEqual(['exact', 'prefix', 'inTitle', 'inAuthors', 'elsewhere']);
  });

  it('words split between title and author', () => {
    expect(rank('әуезов жол', records[3])).toBe(RANK.inTitleAndAuthors);
    expect(rank('жолы абай', records[3])).toBe(RANK.inTitle);
  });

  it('accepts the authors as one string, and an empty query', () => {
    expect(rank('әбенов', { title: 'Қозы-Көрпеш', authors: 'Әбенов Ш.' })).toBe(RANK.inAuthors);
    expect(rank('  ', records[5])).toBe(RANK.emptyQuery);
  });
});
