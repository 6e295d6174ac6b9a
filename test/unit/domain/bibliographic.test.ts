/**
 * Expected descriptions are written by hand from the rules (GOST 7.1-2003 numbering; headings by
 * GOST 7.80-2000), not copied from the code's output. "–" below is the en dash U+2013.
 */
import {
  authorSign,
  describeArticle,
  describeBook,
  isbn10to13,
  isValidIsbn,
  parseName,
  shelfMark,
  validateBookRecord,
  type ArticleRecord,
  type BookRecord,
} from '../../../src/domain/bibliographic';

const SEED: BookRecord = {
  authors: ['Әбенов Ш.'],
  title: 'Қозы-Көрпеш – Баянсұлу',
  otherTitleInfo: 'поэма',
  place: 'Алматы',
  publisher: 'Жазушы',
  year: 1965,
  pages: 114,
  language: 'kk',
};

describe('describeBook', () => {
  it("gives the seed guide's example exactly", () => {
    expect(describeBook(SEED)).toBe('Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.');
  });

  it('uses the en dash U+2013 with spaces between areas, never a hyphen', () => {
    const d = describeBook(SEED);
    expect(d.split('. \u2013 ')).toHaveLength(3);
    expect(d).not.toContain(' - ');
    expect(d).not.toContain('—');
  });

  describe('one to three authors: the first heads, all are named after "/" (GOST 7.80 5.2; 7.1 5.2.6.8)', () => {
    it('one author with full names and a Kazakh patronymic (kk)', () => {
      expect(describeBook({ ...SEED, authors: ['Әбенов Шәріп Әбенұлы'] })).toBe(
        'Әбенов Ш. Ә. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Ә. Әбенов. – Алматы : Жазушы, 1965. – 114 б.',
      );
    });

    it('two authors (kk)', () => {
      const r: BookRecord = {
        authors: ['Бекмұхамбетов Ерлан Серікұлы', 'Оспанова Г.'],
        title: 'Қазақстан тарихы',
        otherTitleInfo: 'оқулық',
        place: 'Алматы',
        publisher: 'Атамұра',
        year: 2019,
        pages: 256,
        language: 'kk',
      };
      expect(describeBook(r)).toBe(
        'Бекмұхамбетов Е. С. Қазақстан тарихы : оқулық / Е. С. Бекмұхамбетов, Г. Оспанова. – Алматы : Атамұра, 2019. – 256 б.',
      );
    });

    it('two authors (ru)', () => {
      const r: BookRecord = {
        authors: ['Ильф И.', 'Петров Е.'],
        title: 'Двенадцать стульев',
        otherTitleInfo: 'роман',
        place: 'Москва',
        publisher: 'Эксмо',
        year: 2015,
        pages: 416,
        language: 'ru',
      };
      expect(describeBook(r)).toBe('Ильф И. Двенадцать стульев : роман / И. Ильф, Е. Петров. – Москва : Эксмо, 2015. – 416 с.');
    });

    it('three authors (kk)', () => {
      const r: BookRecord = {
        authors: ['Жұмабаев Мағжан', 'Байтұрсынұлы А.', 'Дулатұлы Міржақып'],
        title: 'Алаш ақындары',
        otherTitleInfo: 'өлеңдер',
        place: 'Астана',
        publisher: 'Фолиант',
        year: 2017,
        pages: 320,
        language: 'kk',
      };
      expect(describeBook(r)).toBe(
        'Жұмабаев М. Алаш ақындары : өлеңдер / М. Жұмабаев, А. Байтұрсынұлы, М. Дулатұлы. – Астана : Фолиант, 2017. – 320 б.',
      );
    });

    it('three authors (ru), initials however typed', () => {
      const r: BookRecord = {
        authors: ['Иванов Иван Иванович', 'Петров П. П.', 'Сидоров С.С.'],
        title: 'Русский язык',
        otherTitleInfo: 'учебник для 5 класса',
        place: 'Москва',
        publisher: 'Просвещение',
        year: 2020,
        pages: 320,
        language: 'ru',
      };
      expect(describeBook(r)).toBe(
        'Иванов И. И. Русский язык : учебник для 5 класса / И. И. Иванов, П. П. Петров, С. С. Сидоров. – Москва : Просвещение, 2020. – 320 с.',
      );
    });

    it('one author (en): Latin extent "p."', () => {
      const r: BookRecord = {
        authors: ['Murphy Raymond'],
        title: 'English grammar in use',
        otherTitleInfo: 'a self-study reference and practice book',
        place: 'Cambridge',
        publisher: 'Cambridge University Press',
        year: 2019,
        pages: 380,
        language: 'en',
      };
      expect(describeBook(r)).toBe(
        'Murphy R. English grammar in use : a self-study reference and practice book / R. Murphy. – Cambridge : Cambridge University Press, 2019. – 380 p.',
      );
    });
  });

  describe('four or more authors: the title heads, the first three are named, then "[и др.]" (GOST 7.80 5.2; 7.1 5.2.6.9)', () => {
    it('four authors (kk): "[және т.б.]"', () => {
      const r: BookRecord = {
        authors: ['Әбілқасымова А. Е.', 'Кучер Т. П.', 'Корчевский В. Е.', 'Жұмағұлова З. Ә.'],
        title: 'Алгебра',
        otherTitleInfo: 'жалпы білім беретін мектептің 7-сыныбына арналған оқулық',
        place: 'Алматы',
        publisher: 'Мектеп',
        year: 2017,
        pages: 272,
        language: 'kk',
      };
      expect(describeBook(r)).toBe(
        'Алгебра : жалпы білім беретін мектептің 7-сыныбына арналған оқулық / А. Е. Әбілқасымова, Т. П. Кучер, В. Е. Корчевский [және т.б.]. – Алматы : Мектеп, 2017. – 272 б.',
      );
    });

    it('five authors (ru): "[и др.]"', () => {
      const r: BookRecord = {
        authors: ['Алиев А. Б.', 'Борисов В. Г.', 'Васильев Д. Е.', 'Гусев Ж. З.', 'Дмитриев И. К.'],
        title: 'Физика',
        otherTitleInfo: 'учебник',
        place: 'Москва',
        publisher: 'Дрофа',
        year: 2018,
        pages: 200,
        language: 'ru',
      };
      expect(describeBook(r)).toBe('Физика : учебник / А. Б. Алиев, В. Г. Борисов, Д. Е. Васильев [и др.]. – Москва : Дрофа, 2018. – 200 с.');
    });

    it('four authors (en): "[et al.]"', () => {
      const r: BookRecord = {
        authors: ['Smith John', 'Brown A.', 'Green B. C.', 'White D.'],
        title: 'English grammar in use',
        place: 'Cambridge',
        publisher: 'Cambridge University Press',
        year: 2019,
        pages: 380,
        language: 'en',
      };
      expect(describeBook(r)).toBe(
        'English grammar in use / J. Smith, A. Brown, B. C. Green [et al.]. – Cambridge : Cambridge University Press, 2019. – 380 p.',
      );
    });

    it('no author: the title heads and there is no "/"', () => {
      expect(describeBook({ authors: [], title: 'Қазақ ертегілері', place: 'Алматы', publisher: 'Балауса', year: 2012, pages: 96, language: 'kk' })).toBe(
        'Қазақ ертегілері. – Алматы : Балауса, 2012. – 96 б.',
      );
    });
  });

  describe('missing place, publisher, year (GOST 7.1 5.5): adjacent bracketed elements share one pair of brackets', () => {
    const ru: BookRecord = { authors: ['Иванов И. И.'], title: 'Сказки', place: 'Москва', publisher: 'Детгиз', year: 1950, pages: 48, language: 'ru' };
    const head = 'Иванов И. И. Сказки / И. И. Иванов. – ';
    it.each<[string, Partial<BookRecord>, string]>([
      ['place', { place: undefined }, '[Б. м.] : Детгиз, 1950'],
      ['publisher', { publisher: '' }, 'Москва : [б. и.], 1950'],
      ['year', { year: undefined }, 'Москва : Детгиз, [б. г.]'],
      ['place and publisher', { place: '', publisher: ' ' }, '[Б. м. : б. и.], 1950'],
      ['publisher and year', { publisher: undefined, year: '' }, 'Москва : [б. и., б. г.]'],
      ['place and year', { place: undefined, year: undefined }, '[Б. м.] : Детгиз, [б. г.]'],
      ['all three', { place: undefined, publisher: undefined, year: undefined }, '[Б. м. : б. и., б. г.]'],
    ])('ru, no %s', (_, change, area) => {
      expect(describeBook({ ...ru, ...change })).toBe(`${head}${area}. – 48 с.`);
    });

    // No standard Kazakh abbreviation was found: the words are written in full (GOST 7.1 abbreviates
    // only what an abbreviation standard lists: ГОСТ 7.12 / Р 7.0.12 Russian, 7.11 European).
    const kkHead = 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – ';
    it.each<[string, Partial<BookRecord>, string]>([
      ['place', { place: undefined }, '[Шыққан жері жоқ] : Жазушы, 1965'],
      ['publisher', { publisher: undefined }, 'Алматы : [баспасы жоқ], 1965'],
      ['year', { year: undefined }, 'Алматы : Жазушы, [жылы жоқ]'],
      ['anything', { place: undefined, publisher: undefined, year: undefined }, '[Шыққан жері жоқ : баспасы жоқ, жылы жоқ]'],
    ])('kk, no %s', (_, change, area) => {
      expect(describeBook({ ...SEED, ...change })).toBe(`${kkHead}${area}. – 114 б.`);
    });

    it('en: the Latin "[S. l. : s. n.]" and "[s. a.]"', () => {
      const en: BookRecord = { authors: ['Murphy R.'], title: 'Grammar', language: 'en', pages: 10 };
      expect(describeBook({ ...en, year: 2001 })).toBe('Murphy R. Grammar / R. Murphy. – [S. l. : s. n.], 2001. – 10 p.');
      expect(describeBook({ ...en, place: 'London' })).toBe('Murphy R. Grammar / R. Murphy. – London : [s. n., s. a.]. – 10 p.');
    });
  });

  describe('other areas, in GOST order: 2 edition, 4 publication, 5 extent, 6 series, 8 ISBN', () => {
    it('a volume of a multi-volume work, with edition, series and ISBN (kk)', () => {
      const r: BookRecord = {
        authors: ['Әуезов Мұхтар Омарханұлы'],
        title: 'Шығармалар',
        otherTitleInfo: '20 томдық',
        volume: '2',
        edition: '2-бас.',
        place: 'Алматы',
        publisher: 'Жібек жолы',
        year: 2005,
        pages: 400,
        series: 'Қазақ әдебиетінің кітапханасы',
        isbn: '978-601-7033-12-5',
        language: 'kk',
      };
      expect(describeBook(r)).toBe(
        'Әуезов М. О. Шығармалар : 20 томдық. Т. 2 / М. О. Әуезов. – 2-бас. – Алматы : Жібек жолы, 2005. – 400 б. – (Қазақ әдебиетінің кітапханасы). – ISBN 978-601-7033-12-5.',
      );
    });

    it('the edition statement (ru) keeps its abbreviation dot without doubling it', () => {
      const r: BookRecord = { authors: ['Ильф И.', 'Петров Е.'], title: 'Двенадцать стульев', edition: '2-е изд.', place: 'Москва', publisher: 'Эксмо', year: 2015, pages: 416, language: 'ru' };
      expect(describeBook(r)).toBe('Ильф И. Двенадцать стульев / И. Ильф, Е. Петров. – 2-е изд. – Москва : Эксмо, 2015. – 416 с.');
    });

    it('a further statement of responsibility after " ; " (GOST 7.1 5.2.6)', () => {
      const r: BookRecord = {
        authors: ['Твен Марк'],
        title: 'Том Сойердің басынан кешкендері',
        otherTitleInfo: 'повесть',
        responsibility: 'ағылш. тілінен ауд. А. Сейітов',
        place: 'Алматы',
        publisher: 'Балауса',
        year: 2010,
        pages: 240,
        language: 'kk',
      };
      expect(describeBook(r)).toBe(
        'Твен М. Том Сойердің басынан кешкендері : повесть / М. Твен ; ағылш. тілінен ауд. А. Сейітов. – Алматы : Балауса, 2010. – 240 б.',
      );
    });

    it('does not repeat the authors when the librarian typed them as the responsibility too', () => {
      expect(describeBook({ ...SEED, responsibility: 'Ш. Әбенов' })).toBe(describeBook(SEED));
      expect(describeBook({ ...SEED, responsibility: 'Ш.Әбенов' })).toBe(describeBook(SEED));
    });

    it('an ISBN typed with its "ISBN" prefix is not prefixed twice', () => {
      expect(describeBook({ ...SEED, isbn: 'ISBN 978-601-7033-12-5' })).toBe(
        'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б. – ISBN 978-601-7033-12-5.',
      );
    });
  });

  describe('cleaning what was typed', () => {
    it('collapses spaces and drops stray punctuation so the seed still comes out exactly', () => {
      const typed: BookRecord = {
        authors: ['  Әбенов,   Ш.  '],
        title: ' Қозы-Көрпеш   –  Баянсұлу. ',
        otherTitleInfo: 'поэма.',
        place: 'Алматы:',
        publisher: 'Жазушы,',
        year: '1965.',
        pages: '114',
        language: 'kk',
      };
      expect(describeBook(typed)).toBe(describeBook(SEED));
    });

    it('never doubles a full stop: pages typed with their unit, a place ending in an abbreviation', () => {
      const d = describeBook({ ...SEED, pages: '114 б.', place: 'Алматы қ.' });
      expect(d).toBe('Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы қ. : Жазушы, 1965. – 114 б.');
      expect(d).not.toMatch(/\.\./);
    });

    it('keeps the full stop of an abbreviation before " : " and " / "', () => {
      const r: BookRecord = { authors: [], title: 'Библиотековедение', otherTitleInfo: 'учеб.-метод.', responsibility: 'сост. А. Б. Иванова', edition: '2-е изд., испр.', place: 'Москва', publisher: 'Наука', year: 2010, language: 'ru' };
      expect(describeBook(r)).toBe('Библиотековедение : учеб.-метод. / сост. А. Б. Иванова. – 2-е изд., испр. – Москва : Наука, 2010.');
    });

    it('keeps a question mark and does not add a full stop after it', () => {
      expect(describeBook({ authors: ['Иванов И.'], title: 'Кто виноват?', place: 'Москва', publisher: 'Наука', year: 2000, language: 'ru' })).toBe(
        'Иванов И. Кто виноват? / И. Иванов. – Москва : Наука, 2000.',
      );
      expect(describeBook({ authors: [], title: 'Кто виноват?', place: 'Москва', publisher: 'Наука', year: 2000, language: 'ru' })).toBe(
        'Кто виноват? – Москва : Наука, 2000.',
      );
    });

    it('a name without initials heads as it is, with a full stop after it', () => {
      expect(describeBook({ authors: ['Абай'], title: 'Қара сөздер', place: 'Алматы', publisher: 'Жазушы', year: 1993, pages: 64, language: 'kk' })).toBe(
        'Абай. Қара сөздер / Абай. – Алматы : Жазушы, 1993. – 64 б.',
      );
    });
  });

  describe('language "other": the script of the title decides', () => {
    it('Cyrillic (Uzbek) gets the Russian words', () => {
      expect(describeBook({ authors: ['Навоий Алишер'], title: 'Хамса', publisher: 'Фан', year: 1990, pages: 500, language: 'other' })).toBe(
        'Навоий А. Хамса / А. Навоий. – [Б. м.] : Фан, 1990. – 500 с.',
      );
    });
    it('Latin (German) gets the Latin ones', () => {
      expect(describeBook({ authors: ['Kafka Franz'], title: 'Der Process', place: 'Berlin', year: 1925, pages: 280, language: 'other' })).toBe(
        'Kafka F. Der Process / F. Kafka. – Berlin : [s. n.], 1925. – 280 p.',
      );
    });
  });
});

describe('parseName (initials)', () => {
  it.each<[string, string, string[]]>([
    ['Әбенов Ш.', 'Әбенов', ['Ш.']],
    ['Әбенов Шәріп', 'Әбенов', ['Ш.']],
    ['Әбенов Шәріп Әбенұлы', 'Әбенов', ['Ш.', 'Ә.']],
    ['Әбенов Ш.Ә.', 'Әбенов', ['Ш.', 'Ә.']],
    ['Әбенов Ш. Ә.', 'Әбенов', ['Ш.', 'Ә.']],
    ['Әбенов ш.ә', 'Әбенов', ['Ш.', 'Ә.']],
    ['Әбенов, Шәріп', 'Әбенов', ['Ш.']],
    ['Әбенов Шәріп Әбен ұлы', 'Әбенов', ['Ш.', 'Ә.']],
    ['Сартр Жан-Поль', 'Сартр', ['Ж.-П.']],
    ['Іргебаев Ілияс', 'Іргебаев', ['І.']],
    ['Абай', 'Абай', []],
  ])('%s', (typed, surname, initials) => {
    expect(parseName(typed)).toEqual({ surname, initials });
  });

  it('nothing for an empty name', () => {
    expect(parseName('   ')).toBeNull();
  });
});

describe('describeArticle (analytic description, GOST 7.1 section 7)', () => {
  it('Kazakh: "Б." before the pages, a hyphen range becomes an en dash', () => {
    const a: ArticleRecord = { authors: ['Әбенов Шәріп'], title: 'Абай мұрасы', periodical: 'Қазақ әдебиеті', year: 2024, number: '5', pages: '12-15', language: 'kk' };
    expect(describeArticle(a)).toBe('Әбенов Ш. Абай мұрасы / Ш. Әбенов // Қазақ әдебиеті. – 2024. – № 5. – Б. 12–15.');
  });

  it('Russian, with a volume: "Т. 72, № 3" and "С."', () => {
    const a: ArticleRecord = {
      authors: ['Иванов И. И.', 'Петров П. П.'],
      title: 'Школьная библиотека сегодня',
      periodical: 'Библиотековедение',
      year: '2023',
      volume: '72',
      number: '№ 3',
      pages: '250–258',
      language: 'ru',
    };
    expect(describeArticle(a)).toBe(
      'Иванов И. И. Школьная библиотека сегодня / И. И. Иванов, П. П. Петров // Библиотековедение. – 2023. – Т. 72, № 3. – С. 250–258.',
    );
  });

  it('English: "Vol.", "No.", "P."', () => {
    const a: ArticleRecord = { authors: ['Smith J.'], title: 'Reading habits of teenagers', periodical: 'School Library Journal', year: 2022, volume: '68', number: '4', pages: '30 - 33', language: 'en' };
    expect(describeArticle(a)).toBe('Smith J. Reading habits of teenagers / J. Smith // School Library Journal. – 2022. – Vol. 68, No. 4. – P. 30–33.');
  });

  it('four authors: under the title, the first three and "[және т.б.]"', () => {
    const a: ArticleRecord = {
      authors: ['Алиева А. Б.', 'Бекова В. Г.', 'Ержанова Д. Е.', 'Жұмабек Ж.'],
      title: 'Мектеп кітапханасы',
      periodical: 'Кітапхана',
      year: 2021,
      number: '2',
      pages: '5-9',
      language: 'kk',
    };
    expect(describeArticle(a)).toBe('Мектеп кітапханасы / А. Б. Алиева, В. Г. Бекова, Д. Е. Ержанова [және т.б.] // Кітапхана. – 2021. – № 2. – Б. 5–9.');
  });

  it('no author and no number: no empty areas', () => {
    expect(describeArticle({ authors: [], title: 'Жаңа кітаптар', periodical: 'Ана тілі', year: 2020, pages: '7', language: 'kk' })).toBe(
      'Жаңа кітаптар // Ана тілі. – 2020. – Б. 7.',
    );
  });
});

describe('shelfMark and authorSign (simplified: no Havkina table)', () => {
  it('joins the BBK index and a typed author sign', () => {
    expect(shelfMark('84(5Каз)-44', 'Ә 14')).toBe('84(5Каз)-44 / Ә 14');
    expect(shelfMark(' 84(5Каз)-44 ', 'ә14')).toBe('84(5Каз)-44 / Ә 14');
  });
  it('from a surname gives only its first letter, upper case', () => {
    expect(shelfMark('84(5Каз)-44', 'Әбенов')).toBe('84(5Каз)-44 / Ә');
    expect(authorSign('«Қозы-Көрпеш»')).toBe('Қ');
    expect(authorSign('мұқанов')).toBe('М');
  });
  it('either part may be missing', () => {
    expect(shelfMark('', 'Әбенов')).toBe('Ә');
    expect(shelfMark('84', '')).toBe('84');
    expect(shelfMark('', '')).toBe('');
  });
});

describe('ISBN checksums (computed by hand)', () => {
  // 978-601-7033-12-?: 9+21+8+18+0+3+7+0+3+9+1+6 = 85 → check (10 − 5) mod 10 = 5.
  it.each([
    ['978-601-7033-12-5', true],
    ['978-601-7033-12-4', false],
    // 0-306-40615-2: 0·10+3·9+0·8+6·7+4·6+0·5+6·4+1·3+5·2 = 130; 130 + 2 = 132 = 11·12.
    ['0-306-40615-2', true],
    ['0-306-40615-3', false],
    // 978-0-306-40615-?: 9+21+8+0+3+0+6+12+0+18+1+15 = 93 → 7.
    ['978-0-306-40615-7', true],
    ['9780306406157', true],
    // 0-8044-2957-X: 0+72+0+28+24+10+36+15+14 = 199; 199 + 10 = 209 = 11·19.
    ['0-8044-2957-X', true],
    ['0 8044 2957 x', true],
    // 5-615-00456-?: 50+54+8+35+0+0+16+15+12 = 190 ≡ 3 (mod 11) → 8.
    ['5-615-00456-8', true],
    ['5-615-00456-7', false],
    ['ISBN 978-5-615-00456-8', true],
    ['979-0-000-00000-0', false],
    ['12345', false],
    ['978-601-7033-12-5-1', false],
    ['X-306-40615-2', false],
    ['978-601-7O33-12-5', false],
  ])('%s → %s', (isbn, valid) => {
    expect(isValidIsbn(isbn)).toBe(valid);
  });

  it('turns an ISBN-10 into its ISBN-13 (new check digit)', () => {
    expect(isbn10to13('0306406152')).toBe('9780306406157');
    // 978-0-8044-2957-?: 9+21+8+0+8+0+4+12+2+27+5+21 = 117 → 3.
    expect(isbn10to13('080442957X')).toBe('9780804429573');
    // 978-5-615-00456-?: 9+21+8+15+6+3+5+0+0+12+5+18 = 102 → 8.
    expect(isbn10to13('5615004568')).toBe('9785615004568');
  });
});

describe('validateBookRecord', () => {
  const YEAR = 2026;
  const good = {
    authors: 'Әбенов Ш.; Қасымов  А.',
    title: ' Қозы-Көрпеш  – Баянсұлу ',
    otherTitleInfo: 'поэма',
    place: 'Алматы',
    publisher: 'Жазушы',
    year: '1965',
    pages: '114',
    isbn: ' isbn 978-601-7033-12-5 ',
    language: 'kk',
    bbk: '84(5Каз)-44',
  };
  function errorsOf(input: unknown): string[] {
    const r = validateBookRecord(input, YEAR);
    return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.key}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
  }

  it('accepts a catalogue row and cleans it', () => {
    expect(validateBookRecord(good, YEAR)).toEqual({
      ok: true,
      value: {
        authors: ['Әбенов Ш.', 'Қасымов А.'],
        title: 'Қозы-Көрпеш – Баянсұлу',
        otherTitleInfo: 'поэма',
        place: 'Алматы',
        publisher: 'Жазушы',
        year: 1965,
        pages: 114,
        isbn: '978-601-7033-12-5',
        language: 'kk',
      },
    });
  });

  it('accepts authors as an array, numbers as numbers, and a minimal record', () => {
    const r = validateBookRecord({ authors: ['Абай', ' '], title: 'Қара сөздер', year: 1993, pages: 64, language: 'ru' }, YEAR);
    expect(r).toEqual({ ok: true, value: { authors: ['Абай'], title: 'Қара сөздер', year: 1993, pages: 64, language: 'ru' } });
    expect(validateBookRecord({ title: 'Т', language: 'other' }, YEAR)).toEqual({ ok: true, value: { authors: [], title: 'Т', language: 'other' } });
  });

  it('requires a title and a language; not an object is an empty record', () => {
    expect(errorsOf({ ...good, title: '  ' })).toEqual(['title:error.required']);
    expect(errorsOf({ ...good, language: '' })).toEqual(['language:error.required']);
    expect(errorsOf(null)).toEqual(['title:error.required', 'language:error.required']);
    expect(errorsOf('Абай')).toEqual(['title:error.required', 'language:error.required']);
  });

  it('limits the lengths', () => {
    expect(errorsOf({ ...good, title: 'а'.repeat(500) })).toEqual([]);
    expect(errorsOf({ ...good, title: 'а'.repeat(501) })).toEqual(['title:error.tooLong {"max":500}']);
    expect(errorsOf({ ...good, authors: ['Ә'.repeat(150)] })).toEqual([]);
    expect(errorsOf({ ...good, authors: ['Ә'.repeat(151)] })).toEqual(['authors:error.tooLong {"max":150}']);
    expect(errorsOf({ ...good, place: 'п'.repeat(201) })).toEqual(['place:error.tooLong {"max":200}']);
    expect(errorsOf({ ...good, publisher: 'п'.repeat(201) })).toEqual(['publisher:error.tooLong {"max":200}']);
    expect(errorsOf({ ...good, place: 'п'.repeat(200), publisher: 'п'.repeat(200) })).toEqual([]);
  });

  it('an author needs letters', () => {
    expect(errorsOf({ ...good, authors: '123; Әбенов Ш.' })).toEqual(['authors:error.name']);
  });

  it.each([
    ['1499', false],
    ['1500', true],
    ['2027', true],
    ['2028', false],
    ['65', false],
    ['1965 ж.', false],
    ['abcd', false],
  ])('year %s', (year, ok) => {
    expect(errorsOf({ ...good, year })).toEqual(ok ? [] : ['year:error.year {"min":1500,"max":2027}']);
  });

  it.each([
    ['1', true],
    ['10000', true],
    ['0', false],
    ['-5', false],
    ['10001', false],
    ['12.5', false],
    ['сто', false],
  ])('pages %s', (pages, ok) => {
    expect(errorsOf({ ...good, pages })).toEqual(ok ? [] : ['pages:error.pages {"max":10000}']);
  });

  it('checks the ISBN checksum and keeps the typed form (X upper case)', () => {
    expect(errorsOf({ ...good, isbn: '978-601-7033-12-4' })).toEqual(['isbn:error.isbn']);
    expect(errorsOf({ ...good, isbn: '978-601' })).toEqual(['isbn:error.isbn']);
    const r = validateBookRecord({ ...good, isbn: '0 8044 2957 x' }, YEAR);
    expect(r.ok && r.value.isbn).toBe('0 8044 2957 X');
  });

  it('the language is one of the codes', () => {
    expect(errorsOf({ ...good, language: 'de' })).toEqual(['language:error.choice']);
    expect(errorsOf({ ...good, language: 'Қазақ тілі' })).toEqual(['language:error.choice']);
  });

  it('reports every field at once', () => {
    expect(errorsOf({ title: '', year: 3000, pages: 0, isbn: 'x', language: 'xx' }).map((e) => e.split(':')[0])).toEqual([
      'title',
      'year',
      'pages',
      'isbn',
      'language',
    ]);
  });
});
