/**
 * A book exhibition (seed guide, section 6: a theme, a title, the chosen books, a short annotation, a QR
 * code per book): what the librarian types, checked. Books are catalogue records (title ids, what the
 * catalogue search gives) or copies ("INV:12", as a label's QR code says), 1 to 100, each once.
 *
 * What a book's QR code says (src/docs/exhibition.ts): the link she gives (http/https only), or else
 * "INV:<number>" of a copy of the title in the fund. There is no public address of a catalogue record:
 * the catalogue is a private workbook. "INV:<n>" is what the sidebars' scanners read back (the catalogue
 * search shows that copy's title with its shelf mark and every copy's state), so a reader's phone shows
 * the number to ask for and the librarian's scanner finds the book.
 */
import { isIsoDate, type IsoDate } from './dates';
import type { FieldError, Validation } from './errors';
import { cleanText } from './text';

export const EXHIBITION_LIMITS = { books: 100, theme: 200, title: 300, place: 200, annotation: 300, link: 500 } as const;

export interface ExhibitionBookForm {
  /** a title id ("12") or a copy ("INV:34") */
  book?: string | number;
  annotation?: string;
  link?: string;
}

export interface ExhibitionForm {
  theme?: string;
  title?: string;
  dateFrom?: string;
  dateTo?: string;
  place?: string;
  books?: ExhibitionBookForm[];
}

export type BookRef = { titleId: number } | { inventoryNo: number };

export interface ExhibitionBook {
  ref: BookRef;
  annotation: string;
  link: string;
}

export interface Exhibition {
  theme: string;
  title: string;
  dateFrom: IsoDate;
  dateTo: IsoDate;
  place: string;
  books: ExhibitionBook[];
}

/** "12" → title 12; "INV:34", "инв 34" → copy 34; anything else null. */
export function parseBookRef(value: unknown): BookRef | null {
  const s = cleanText(value);
  let m = /^\d{1,9}$/.exec(s);
  if (m) return Number(s) > 0 ? { titleId: Number(s) } : null;
  m = /^(?:INV|ИНВ)[:.]?\s*0*(\d{1,9})$/i.exec(s);
  return m && Number(m[1]) > 0 ? { inventoryNo: Number(m[1]) } : null;
}

/** An http(s) address without spaces, with a host that has a dot (a public address a phone can open). */
export function isWebLink(value: string): boolean {
  return value.length <= EXHIBITION_LIMITS.link && /^https?:\/\/([^\s/?#@]+@)?([^\s/?#:@.]+\.)+[^\s/?#:@.]+(:\d{1,5})?([/?#][^\s]*)?$/i.test(value);
}

export function validateExhibition(form: ExhibitionForm | null | undefined): Validation<Exhibition> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const text = (name: 'theme' | 'title' | 'place'): string => {
    const v = cleanText(f[name]);
    if (!v) errors.push({ field: name, key: 'error.required' });
    else if (v.length > EXHIBITION_LIMITS[name]) errors.push({ field: name, key: 'error.tooLong', params: { max: EXHIBITION_LIMITS[name] } });
    return v;
  };
  const theme = text('theme');
  const title = text('title');
  const day = (name: 'dateFrom' | 'dateTo'): string => {
    const v = cleanText(f[name]);
    if (!v) errors.push({ field: name, key: 'error.required' });
    else if (!isIsoDate(v)) errors.push({ field: name, key: 'error.date' });
    else return v;
    return '';
  };
  const dateFrom = day('dateFrom');
  const dateTo = day('dateTo');
  if (dateFrom && dateTo && dateTo < dateFrom) errors.push({ field: 'dateTo', key: 'exhibitions.error.dates' });
  const place = text('place');

  const list = Array.isArray(f.books) ? f.books : [];
  if (list.length === 0) errors.push({ field: 'books', key: 'exhibitions.error.noBooks' });
  if (list.length > EXHIBITION_LIMITS.books) errors.push({ field: 'books', key: 'exhibitions.error.tooManyBooks', params: { max: EXHIBITION_LIMITS.books } });
  const books: ExhibitionBook[] = [];
  const seen = new Set<string>();
  list.slice(0, EXHIBITION_LIMITS.books).forEach((b, i) => {
    const at = `books.${i}.`;
    const ref = parseBookRef(b?.book);
    if (!ref) errors.push({ field: at + 'book', key: 'exhibitions.error.book', params: { book: cleanText(b?.book) } });
    else {
      const key = 'titleId' in ref ? `t${ref.titleId}` : `i${ref.inventoryNo}`;
      if (seen.has(key)) errors.push({ field: at + 'book', key: 'exhibitions.error.bookTwice', params: { book: cleanText(b?.book) } });
      seen.add(key);
    }
    const annotation = cleanText(b?.annotation);
    if (annotation.length > EXHIBITION_LIMITS.annotation) errors.push({ field: at + 'annotation', key: 'error.tooLong', params: { max: EXHIBITION_LIMITS.annotation } });
    const link = cleanText(b?.link);
    if (link && !isWebLink(link)) errors.push({ field: at + 'link', key: 'exhibitions.error.link' });
    if (ref) books.push({ ref, annotation, link });
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { theme, title, dateFrom, dateTo, place, books } };
}
