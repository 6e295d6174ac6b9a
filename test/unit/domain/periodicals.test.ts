import {
  articleSearchText,
  describeArticleForm,
  expectedNumbers,
  missingNumbers,
  nominalDay,
  numberRanges,
  parseIssueNumber,
  receivedNumbers,
  sameTitle,
  validateArticle,
  validateBind,
  validateCheckIn,
  validateSubscription,
  yearPrice,
} from '../../../src/domain/periodicals';

const TODAY = '2026-11-27';
const keys = (v: { ok: boolean; errors?: Array<{ field: string; key: string }> }) => (v.ok ? [] : v.errors!.map((e) => [e.field, e.key]));

describe('a subscription', () => {
  const AQIQAT = { title: 'Ақиқат', kind: 'newspaper', language: 'kk', issuesPerYear: '52', periodFrom: '2026-01-01', periodTo: '2026-12-31', price: '12 500,50', index: '65001', note: '' };

  it('is kept as typed, the price in tiyn', () => {
    expect(validateSubscription(AQIQAT)).toEqual({
      ok: true,
      value: { title: 'Ақиқат', kind: 'newspaper', language: 'kk', issuesPerYear: 52, periodFrom: '2026-01-01', periodTo: '2026-12-31', price: 1250050, index: '65001', note: '' },
    });
  });

  it('refuses every wrong field at once', () => {
    expect(keys(validateSubscription({ title: '123', kind: 'book', language: '', issuesPerYear: '367', periodFrom: '2026-07-01', periodTo: '2026-06-30', price: 'бес', index: 'x'.repeat(21) }))).toEqual([
      ['title', 'periodicals.error.title'],
      ['kind', 'error.choice'],
      ['language', 'error.required'],
      ['issuesPerYear', 'periodicals.error.issuesPerYear'],
      ['periodTo', 'periodicals.error.period'],
      ['price', 'error.price'],
      ['index', 'error.tooLong'],
    ]);
    expect(keys(validateSubscription({ ...AQIQAT, issuesPerYear: '0', periodFrom: '2026-01-01', periodTo: '2027-01-01' }))).toEqual([
      ['issuesPerYear', 'periodicals.error.issuesPerYear'],
      ['periodTo', 'periodicals.error.periodLong'],
    ]);
    expect(keys(validateSubscription(null))).toEqual([
      ['title', 'error.required'],
      ['kind', 'error.required'],
      ['language', 'error.required'],
      ['issuesPerYear', 'error.required'],
      ['periodFrom', 'error.required'],
      ['periodTo', 'error.required'],
      ['price', 'error.required'],
    ]);
  });

  it('a title is the same however it is typed', () => {
    expect(sameTitle('Ақиқат', ' акикат ')).toBe(true);
    expect(sameTitle('«Ұлан»', 'Улан')).toBe(true);
    expect(sameTitle('Ұлан', 'Ақиқат')).toBe(false);
    expect(sameTitle('', '')).toBe(false);
  });
});

describe('an issue number', () => {
  it('one number, a double or triple issue (hyphen, dash or slash), "№" in front', () => {
    expect(parseIssueNumber('12')).toEqual({ text: '12', numbers: [12] });
    expect(parseIssueNumber('№ 12-13')).toEqual({ text: '12–13', numbers: [12, 13] });
    expect(parseIssueNumber('12 / 13')).toEqual({ text: '12–13', numbers: [12, 13] });
    expect(parseIssueNumber('1–3')).toEqual({ text: '1–3', numbers: [1, 2, 3] });
  });
  it('not a number: letters, zero, backwards, the same twice, more than four numbers in one issue', () => {
    expect(['он екі', '0', '13-12', '12-12', '1-5', '', '12,13'].map(parseIssueNumber)).toEqual([null, null, null, null, null, null, null]);
  });
  it('the journal\'s cells read back as numbers; runs to read', () => {
    expect([...receivedNumbers(['1', '2–3', 5, 'жоқ', ''])]).toEqual([1, 2, 3, 5]);
    expect(numberRanges([8, 1, 2, 3, 5, 7, 3])).toBe('1–3, 5, 7–8');
    expect(numberRanges([])).toBe('');
  });
});

describe('a check-in', () => {
  it('the year of the received day unless given; today when no day', () => {
    expect(validateCheckIn({ periodical: 'Ақиқат', number: '12-13', receivedOn: '', year: '' }, TODAY)).toEqual({
      ok: true,
      value: { periodical: 'Ақиқат', year: 2026, number: '12–13', numbers: [12, 13], receivedOn: TODAY, note: '' },
    });
    // December's last issue arriving in January belongs to the year before.
    expect(validateCheckIn({ periodical: 'Ақиқат', number: '52', receivedOn: '2026-01-08', year: '2025' }, TODAY)).toMatchObject({ ok: true, value: { year: 2025 } });
  });
  it('refuses no periodical, a bad number, a day in the future, a year out of range', () => {
    expect(keys(validateCheckIn({ periodical: ' ', number: '12а', receivedOn: '2026-11-28', year: '1999' }, TODAY))).toEqual([
      ['periodical', 'error.required'],
      ['number', 'periodicals.error.number'],
      ['receivedOn', 'error.dateFuture'],
      ['year', 'error.year'],
    ]);
    expect(keys(validateCheckIn({ periodical: 'Ақиқат', number: '', receivedOn: '27.11.2026' }, TODAY))).toEqual([
      ['number', 'error.required'],
      ['receivedOn', 'error.date'],
    ]);
  });
});

describe('the numbers expected and missing', () => {
  const YEAR = { issuesPerYear: 12, periodFrom: '2026-01-01', periodTo: '2026-12-31' };

  it('issue k of N comes out on day floor((k − 1) × D / N) of the year', () => {
    expect(nominalDay(2026, 1, 12)).toBe('2026-01-01');
    expect(nominalDay(2026, 7, 12)).toBe('2026-07-02');
    expect(nominalDay(2026, 12, 12)).toBe('2026-12-01');
    expect(nominalDay(2026, 27, 52)).toBe('2026-07-02');
    expect(nominalDay(2028, 366, 366)).toBe('2028-12-31'); // a leap year, a daily
  });

  it('a whole year: every number due by today; a number not due yet is not missing', () => {
    expect(expectedNumbers([YEAR], 2026, TODAY)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(expectedNumbers([YEAR], 2026, '2026-12-31')).toHaveLength(12);
    expect(expectedNumbers([{ ...YEAR, issuesPerYear: 52 }], 2026, TODAY)).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
    expect(expectedNumbers([YEAR], 2027, TODAY)).toEqual([]);
  });

  it('prorated to the subscription period: July to December expects the second half; two halves make the year', () => {
    const second = { issuesPerYear: 52, periodFrom: '2026-07-01', periodTo: '2026-12-31' };
    const first = { issuesPerYear: 52, periodFrom: '2026-01-01', periodTo: '2026-06-30' };
    expect(expectedNumbers([second], 2026, '2026-12-31')).toEqual(Array.from({ length: 26 }, (_, i) => i + 27));
    expect(expectedNumbers([first], 2026, '2026-12-31')).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(expectedNumbers([first, second], 2026, '2026-12-31')).toHaveLength(52);
    // A monthly from September: numbers 9 to 11 by 27 November.
    expect(expectedNumbers([{ ...YEAR, periodFrom: '2026-09-01' }], 2026, TODAY)).toEqual([9, 10, 11]);
  });

  it('missing: expected minus received, a double issue counting both', () => {
    expect(missingNumbers([YEAR], 2026, receivedNumbers(['1', '2', '4–5', '9']), TODAY)).toEqual([3, 6, 7, 8, 10, 11]);
  });

  it('a year\'s price: the subscriptions in that year', () => {
    const half = { issuesPerYear: 52, price: 600000 };
    expect(yearPrice([{ ...half, periodFrom: '2026-01-01', periodTo: '2026-06-30' }, { ...half, periodFrom: '2026-07-01', periodTo: '2026-12-31' }, { ...half, periodFrom: '2027-01-01', periodTo: '2027-06-30' }], 2026)).toBe(1200000);
    // A July–June subscription counts in each year by its days there: 184 of 365 days in 2026, 181 in 2027.
    expect(yearPrice([{ ...half, price: 1200000, periodFrom: '2026-07-01', periodTo: '2027-06-30' }], 2026)).toBe(Math.round((1200000 * 184) / 365));
    expect(yearPrice([{ ...half, price: 1200000, periodFrom: '2026-07-01', periodTo: '2027-06-30' }], 2027)).toBe(Math.round((1200000 * 181) / 365));
  });
});

describe('binding a year', () => {
  it('the title, a past or this year, a section; the price optional', () => {
    expect(validateBind({ periodical: 'Ақиқат', year: '2026', section: 'social', price: '' }, TODAY)).toEqual({ ok: true, value: { periodical: 'Ақиқат', year: 2026, section: 'social', price: null } });
    expect(validateBind({ periodical: 'Ақиқат', year: '2025', section: 'social', price: '9000' }, TODAY)).toMatchObject({ ok: true, value: { price: 900000 } });
    expect(keys(validateBind({ periodical: '', year: '2027', section: 'poems', price: '-1' }, TODAY))).toEqual([
      ['periodical', 'error.required'],
      ['year', 'error.year'],
      ['section', 'error.choice'],
      ['price', 'error.price'],
    ]);
  });
});

describe('an article of the card index', () => {
  const ABAI = { authors: 'Әбенов Шәріп', title: 'Абай мұрасы', periodical: 'Қазақ әдебиеті', year: '2024', number: '5', pages: '12-15', subjects: 'Абай; ақындар', bbk: '83.3(5Каз)', language: 'kk' };

  it('its GOST 7.1 analytic description, in Kazakh "Б." and in Russian "С."', () => {
    expect(describeArticleForm(ABAI)).toBe('Әбенов Ш. Абай мұрасы / Ш. Әбенов // Қазақ әдебиеті. – 2024. – № 5. – Б. 12–15.');
    expect(
      describeArticleForm({ authors: 'Иванов И. И.; Петров П. П.', title: 'Школьная библиотека сегодня', periodical: 'Библиотековедение', year: '2023', number: '№ 3', pages: '250–258', language: 'ru' }),
    ).toBe('Иванов И. И. Школьная библиотека сегодня / И. И. Иванов, П. П. Петров // Библиотековедение. – 2023. – № 3. – С. 250–258.');
    expect(describeArticleForm({ title: 'Жаңа кітаптар', periodical: 'Ана тілі', year: '2020', pages: '7', language: 'kk' })).toBe('Жаңа кітаптар // Ана тілі. – 2020. – Б. 7.');
  });

  it('nothing to show until it has a title, a periodical and a year', () => {
    expect(describeArticleForm({ title: 'Абай мұрасы', periodical: 'Қазақ әдебиеті' })).toBe('');
    expect(describeArticleForm({})).toBe('');
  });

  it('refuses what cannot be described', () => {
    expect(keys(validateArticle({ authors: '123', title: '', periodical: '', year: '2027', pages: '15-12', language: 'de' }, 2026))).toEqual([
      ['title', 'error.required'],
      ['periodical', 'error.required'],
      ['authors', 'error.name'],
      ['year', 'error.year'],
      ['pages', 'periodicals.error.pages'],
      ['language', 'error.choice'],
    ]);
  });

  it('its search text is folded: Kazakh letters as their Russian neighbours, lower case', () => {
    const checked = validateArticle(ABAI, 2026);
    if (!checked.ok) throw new Error('invalid');
    expect(articleSearchText(checked.value)).toBe(' абенов шарип абаи мурасы казак адебиети 2024 абаи акындар 83 3 5каз ');
  });
});
