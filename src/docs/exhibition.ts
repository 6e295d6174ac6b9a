/**
 * The book exhibition document (seed guide, "Event and exhibition documents" 3: the full list of the books
 * shown, their information, a photo) as a document model: the library, the exhibition's title, theme,
 * dates and place, the photo when one was uploaded, then a table a row per book: its number, the GOST 7.1
 * description with a short annotation under it, and a QR code (the link the librarian gave, or
 * "INV:<number>" of a copy in the fund: see src/domain/exhibitions.ts) with what it says printed small.
 * Pure; texts from i18n.
 */
import { dayText } from '../domain/dates';
import { t, type Lang } from '../i18n';
import { qrGif } from './qr';
import { cell, contentWidth, doc, heading, image, p, para, subtitle, table, title, type Block, type Cell, type DocModel } from './model';

export interface ExhibitionBookData {
  description: string;
  annotation: string;
  /** what the QR code says; '' for none (no link and no copy in the fund) */
  qr: string;
}

export interface ExhibitionDocData {
  id: number;
  libraryName: string;
  theme: string;
  title: string;
  dateFrom: string;
  dateTo: string;
  place: string;
  photo: { mime: 'image/jpeg' | 'image/png'; bytes: number[]; width: number; height: number } | null;
  books: ExhibitionBookData[];
}

export const EXHIBITION_LAYOUT = {
  /** the QR's printed side, points (≈ 25 mm: a phone reads a link of 60 characters from a shelf's distance) */
  qrSize: 72,
  qrCellSize: 4,
  photoMaxHeight: 300,
} as const;

export function exhibitionDocName(lang: Lang, id: number, name: string): string {
  const short = name.length > 80 ? `${name.slice(0, 79).trimEnd()}…` : name;
  return t(lang, 'exhibitions.doc.name', { id, title: short });
}

function bookRow(book: ExhibitionBookData, n: number): Cell[] {
  const { qrSize, qrCellSize } = EXHIBITION_LAYOUT;
  const text = cell(book.description, {
    more: book.annotation ? [para({ italic: true, size: 10, spaceBefore: 3, spaceAfter: 0 }, book.annotation)] : [],
  });
  if (!book.qr) return [String(n), text, ''];
  const qr = qrGif(book.qr, { cellSize: qrCellSize });
  const caption = book.qr.length > 40 ? `${book.qr.slice(0, 39)}…` : book.qr;
  return [
    String(n),
    text,
    cell('', {
      align: 'center',
      more: [image(qr.mime, qr.bytes, qrSize, qrSize, { align: 'center', name: `QR-${n}.gif` }), para({ align: 'center', size: 7, spaceBefore: 0, spaceAfter: 0 }, caption)],
    }),
  ];
}

export function exhibitionDoc(data: ExhibitionDocData, lang: Lang): DocModel {
  const width = contentWidth({});
  const blocks: Block[] = [
    para({ align: 'center', size: 11 }, data.libraryName || t(lang, 'labels.doc.library')),
    title(data.title),
    subtitle(t(lang, 'exhibitions.doc.theme', { theme: data.theme })),
    p(t(lang, 'exhibitions.doc.dates', { from: dayText(data.dateFrom), to: dayText(data.dateTo) })),
    para({ spaceAfter: 8 }, t(lang, 'exhibitions.doc.place', { place: data.place })),
  ];
  if (data.photo && data.photo.width > 0 && data.photo.height > 0) {
    const scale = Math.min(width / data.photo.width, EXHIBITION_LAYOUT.photoMaxHeight / data.photo.height, 1);
    const w = Math.round(data.photo.width * scale);
    const h = Math.round(data.photo.height * scale);
    blocks.push(image(data.photo.mime, data.photo.bytes, w, h, { align: 'center', name: data.photo.mime === 'image/png' ? 'photo.png' : 'photo.jpg' }));
  }
  blocks.push(heading(t(lang, 'exhibitions.doc.books', { count: data.books.length }), 2));
  const qrColumn = EXHIBITION_LAYOUT.qrSize + 16;
  blocks.push(
    table(
      data.books.map((b, i) => bookRow(b, i + 1)),
      { widths: [24, Math.floor(width - 24 - qrColumn), qrColumn], align: ['right', 'left', 'center'], size: 11, border: 0.5, borderColor: '#9e9e9e' },
    ),
  );
  return doc(exhibitionDocName(lang, data.id, data.title), blocks);
}
