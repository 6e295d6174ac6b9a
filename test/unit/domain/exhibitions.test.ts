/** An exhibition as typed: theme, title, dates in order, place, 1–100 books each once, short annotations, web links. */
import { EXHIBITION_LIMITS, isWebLink, parseBookRef, validateExhibition, type ExhibitionForm } from '../../../src/domain/exhibitions';

const FORM: ExhibitionForm = {
  theme: 'Абай – 180 жыл',
  title: '«Ақылдың көзі – кітап»',
  dateFrom: '2026-11-27',
  dateTo: '2026-12-15',
  place: 'Оқу залы',
  books: [
    { book: '3', annotation: 'Ұлы ақынның өмірі туралы роман.', link: '' },
    { book: 'INV:12', annotation: '', link: 'https://kitap.kz/abai' },
  ],
};

const fields = (form: ExhibitionForm) => {
  const r = validateExhibition(form);
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.key}`);
};

describe('validateExhibition', () => {
  test('a good form: cleaned, books as title ids or copies in the order given', () => {
    expect(validateExhibition({ ...FORM, theme: '  Абай  –   180 жыл ' })).toEqual({
      ok: true,
      value: {
        theme: 'Абай – 180 жыл',
        title: '«Ақылдың көзі – кітап»',
        dateFrom: '2026-11-27',
        dateTo: '2026-12-15',
        place: 'Оқу залы',
        books: [
          { ref: { titleId: 3 }, annotation: 'Ұлы ақынның өмірі туралы роман.', link: '' },
          { ref: { inventoryNo: 12 }, annotation: '', link: 'https://kitap.kz/abai' },
        ],
      },
    });
  });

  test('everything required, each error on its field', () => {
    expect(fields({})).toEqual(['theme:error.required', 'title:error.required', 'dateFrom:error.required', 'dateTo:error.required', 'place:error.required', 'books:exhibitions.error.noBooks']);
  });

  test('the closing day may be the opening day, never before it; days must be real', () => {
    expect(fields({ ...FORM, dateTo: FORM.dateFrom })).toEqual([]);
    expect(fields({ ...FORM, dateTo: '2026-11-26' })).toEqual(['dateTo:exhibitions.error.dates']);
    expect(fields({ ...FORM, dateFrom: '2026-02-30' })).toEqual(['dateFrom:error.date']);
  });

  test('at most 100 books, each once, each a record or a copy', () => {
    const many = Array.from({ length: EXHIBITION_LIMITS.books + 1 }, (_, i) => ({ book: String(i + 1) }));
    expect(fields({ ...FORM, books: many })).toEqual(['books:exhibitions.error.tooManyBooks']);
    expect(fields({ ...FORM, books: many.slice(0, 100) })).toEqual([]);
    expect(fields({ ...FORM, books: [{ book: '3' }, { book: '3' }] })).toEqual(['books.1.book:exhibitions.error.bookTwice']);
    expect(fields({ ...FORM, books: [{ book: 'Абай жолы' }, { book: '0' }] })).toEqual(['books.0.book:exhibitions.error.book', 'books.1.book:exhibitions.error.book']);
  });

  test('an annotation of at most 300 characters; a link http or https only', () => {
    expect(fields({ ...FORM, books: [{ book: '1', annotation: 'ә'.repeat(300) }] })).toEqual([]);
    expect(fields({ ...FORM, books: [{ book: '1', annotation: 'ә'.repeat(301) }] })).toEqual(['books.0.annotation:error.tooLong']);
    for (const bad of ['javascript:alert(1)', 'ftp://x.kz/a', 'kitap.kz', 'https://kitap kz', 'http://localhost']) {
      expect([bad, fields({ ...FORM, books: [{ book: '1', link: bad }] })]).toEqual([bad, ['books.0.link:exhibitions.error.link']]);
    }
  });

  test('texts longer than their limits', () => {
    expect(fields({ ...FORM, title: 'x'.repeat(301), place: 'y'.repeat(201) })).toEqual(['title:error.tooLong', 'place:error.tooLong']);
  });
});

describe('book references and links', () => {
  test('title ids and copies as a label says them', () => {
    expect([parseBookRef('12'), parseBookRef(' INV:000031 '), parseBookRef('инв 7'), parseBookRef('INV:0'), parseBookRef('12a')]).toEqual([{ titleId: 12 }, { inventoryNo: 31 }, { inventoryNo: 7 }, null, null]);
  });
  test('web links', () => {
    expect(['https://kitap.kz', 'http://www.example.org/a?b=1#c', 'https://sub.kitap.kz:8443/x'].every(isWebLink)).toBe(true);
    expect(['https://', 'mailto:a@b.kz', 'https://a', 'https://kitap.kz/' + 'a'.repeat(600)].some(isWebLink)).toBe(false);
  });
});
