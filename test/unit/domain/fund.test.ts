import {
  acquisitionBreakdown,
  addCopies,
  authorTitle,
  emptyBreakdown,
  fundMovement,
  matchKey,
  nextRecordNo,
  parseMoney,
  placeYear,
  validateAcquisition,
  type TitleForm,
} from '../../../src/domain/fund';

const TODAY = '2026-11-27';
const KOZY: TitleForm = {
  authors: 'Әбенов Ш.',
  title: 'Қозы-Көрпеш – Баянсұлу',
  otherTitleInfo: 'поэма',
  place: 'Алматы',
  publisher: 'Жазушы',
  year: '1965',
  pages: '114',
  language: 'kk',
  section: 'fiction',
  docType: 'book',
  price: '1250,50',
  copies: '3',
};
const MATH: TitleForm = { ...KOZY, authors: 'Абылкасымова А. Е.', title: 'Математика', otherTitleInfo: '', year: '2017', language: 'ru', section: 'textbooks', price: '2500', copies: '2' };

describe('money in tiyn', () => {
  it.each([
    ['1250', 125000],
    ['1250,5', 125050],
    ['1 250,50', 125050],
    ['0', 0],
    [1250.5, 125050],
  ])('%p → %p tiyn', (input, tiyn) => expect(parseMoney(input)).toBe(tiyn));
  it.each(['-5', '12,345', 'тегін', '', '1.2.3'])('refuses %p', (input) => expect(parseMoney(input)).toBeNull());
});

describe('validateAcquisition', () => {
  const form = { date: '2026-11-20', source: 'purchase', supplier: 'ЖШС «Кітап әлемі»', documentNo: 'ЖҚ-118', documentDate: '2026-11-18', items: [KOZY, MATH] };

  it('accepts a batch and keeps prices in tiyn', () => {
    const r = validateAcquisition(form, TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lines.map((l) => [l.title.record.title, l.price, l.copies])).toEqual([
      ['Қозы-Көрпеш – Баянсұлу', 125050, 3],
      ['Математика', 250000, 2],
    ]);
  });

  it('names every bad field of every line, and the batch fields', () => {
    const r = validateAcquisition({ ...form, source: 'stolen', date: '2026-12-01', items: [KOZY, { ...MATH, title: '', section: 'magic', price: '-1', copies: '501' }] }, TODAY);
    expect(r.ok ? [] : r.errors.map((e) => `${e.field}:${e.key}`)).toEqual([
      'date:error.dateFuture',
      'source:error.choice',
      'items.1.title:error.required',
      'items.1.section:error.choice',
      'items.1.price:error.price',
      'items.1.copies:error.copies',
    ]);
  });

  it('wants a giver for a gift, and at least one title', () => {
    const r = validateAcquisition({ ...form, source: 'gift', supplier: '', items: [] }, TODAY);
    expect(r.ok ? [] : r.errors.map((e) => `${e.field}:${e.key}`)).toEqual(['supplier:error.giverRequired', 'items:error.noTitles']);
  });
});

describe('how a title is written in the journals', () => {
  const record = { authors: ['Әбенов Ш.'], title: 'Қозы-Көрпеш – Баянсұлу', otherTitleInfo: 'поэма', place: 'Алматы', year: 1965, language: 'kk' as const };
  it('inventory book: author and title, place and year', () => {
    expect(authorTitle(record)).toBe('Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма');
    expect(placeYear(record)).toBe('Алматы, 1965');
    expect(authorTitle({ ...record, authors: ['А. А.', 'Б. Б.', 'В. В.', 'Г. Г.'].map((x, i) => `Автор${i} ${x}`) })).toBe('Қозы-Көрпеш – Баянсұлу : поэма');
  });
  it('a second batch of the same book is recognised by surname, title and year, whatever the letters', () => {
    expect(matchKey(record)).toBe(matchKey({ authors: ['ӘБЕНОВ Шәріп'], title: 'Козы-Корпеш - Баянсулу', year: 1965 }));
    expect(matchKey(record)).not.toBe(matchKey({ ...record, year: 1966 }));
  });
});

describe('the summary accounting book', () => {
  it('counts a batch by type, section and language (en and other go to "other")', () => {
    const r = validateAcquisition({ date: '2026-11-20', source: 'purchase', items: [KOZY, MATH, { ...MATH, title: 'English', language: 'en', section: 'philology', docType: 'brochure', copies: '4', price: '500' }] }, TODAY);
    if (!r.ok) throw new Error('invalid');
    const b = acquisitionBreakdown(r.value);
    expect(b.copies).toBe(9);
    expect(b.sum).toBe(3 * 125050 + 2 * 250000 + 4 * 50000);
    expect(b.columns).toMatchObject({ typeBooks: 5, typeBrochures: 4, sectionFiction: 3, sectionTextbooks: 2, sectionPhilology: 4, langKazakh: 3, langRussian: 2, langOther: 4 });
  });

  it('part 3 runs from the first year to this one: start = previous end, end = start + received - withdrawn', () => {
    const got = (copies: number, sum: number) => addCopies(emptyBreakdown(), { docType: 'book', section: 'fiction', language: 'kk' }, copies, sum);
    const rows = fundMovement(
      [
        { date: '2024-09-01', figures: got(10, 1000) },
        { date: '2026-02-01', figures: got(4, 500) },
      ],
      [{ date: '2025-05-20', figures: got(3, 1000) }],
      2026,
    );
    expect(rows.map((r) => `${r.year} ${r.line} ${r.figures.copies} ${r.figures.sum}`)).toEqual([
      '2024 atStart 0 0',
      '2024 received 10 10000',
      '2024 withdrawn 0 0',
      '2024 atEnd 10 10000',
      '2025 atStart 10 10000',
      '2025 received 0 0',
      '2025 withdrawn 3 3000',
      '2025 atEnd 7 7000',
      '2026 atStart 7 7000',
      '2026 received 4 2000',
      '2026 withdrawn 0 0',
      '2026 atEnd 11 9000',
    ]);
    expect(rows[11].figures.columns.sectionFiction).toBe(11);
  });

  it('numbers records after the highest, whatever order the rows are in', () => {
    expect(nextRecordNo([3, 1, 2])).toBe(4);
    expect(nextRecordNo([])).toBe(1);
    expect(nextRecordNo(['', null, 'x'])).toBe(1);
  });
});
