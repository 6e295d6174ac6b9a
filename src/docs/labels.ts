/**
 * Labels for copies as a document model: an A4 page of 3 × 7 labels (one table per page, a page break
 * between), each label the library's name, a QR code of "INV:<number>" (what the circulation and search
 * sidebars read back: parseInventoryList and searchCatalog accept it), the inventory number in bold and
 * the shelf mark (BBK / author sign). Thin grey borders to cut along. Pure; texts from i18n.
 *
 * What it costs to render (src/gas/docs.ts): 13 service calls a label: getCell 1; centring the first
 * line 2 (getChild + setAttributes); the QR image 6 (blob, paragraph, its style, the image, width,
 * height); the number and the shelf mark 2 each. The cells' other paragraphs carry their alignment in
 * the one setAttributes every appended paragraph gets anyway. Empty cells of the last row cost nothing.
 *
 * Why 7 rows: a label is about 103 pt high (name 7 pt ≈ 8 pt, QR 52 + 4 pt, number 13 pt ≈ 15 pt, shelf
 * mark 10 pt ≈ 12 pt, Docs' cell padding 2 × 5 pt, a border): the preview renders 103 pt. 7 rows ≈ 720 pt
 * of the 785 pt a page has inside 1 cm margins, leaving room for a library name on two lines (it is cut at
 * 80 characters) or Docs' line heights being a little larger than estimated. One table a page, so a label
 * is never cut in two by a page end (not verified against Google's own pagination: no Google here).
 */
import { qrGif } from './qr';
import { CM, contentWidth, doc, image, pageBreak, para, table, type Block, type CellSpec, type DocModel } from './model';
import { t, type Lang } from '../i18n';

export interface LabelData {
  inventoryNo: number;
  /** "84(5Каз)-5 / Ә 14", or '' when the title has none */
  shelfMark: string;
}

export interface LabelsPageData {
  /** printed small on top of every label */
  libraryName: string;
  /** ISO day the labels were made (the Doc's name) */
  date: string;
  labels: LabelData[];
}

export const LABELS_LAYOUT = {
  columns: 3,
  rowsPerPage: 7,
  /** page margins, points (1 cm: labels use the sheet) */
  margin: CM,
  /** the QR code's printed side, points (≈ 18 mm; a version 1 symbol with its quiet zone: 29 modules of 0.63 mm) */
  qrSize: 52,
  /**
   * pixels per QR module in the GIF: 4 (116 px for 18 mm, ~160 dpi; each module a 4 × 4 block). Not 8: the
   * GIF is encoded by qrcode-generator's createDataURL, ~10 ms a code at 4 and ~40 ms at 8 in Node (300
   * labels: 3 s against 12 s of pure CPU before any Docs call).
   */
  qrCellSize: 4,
  fontFamily: 'Arial',
  /** the library's name is cut to this many characters: two lines at 7 pt at most, so 7 rows still fit */
  libraryChars: 80,
  sizes: { library: 7, number: 13, shelfMark: 10 },
} as const;

export const LABELS_PER_PAGE = LABELS_LAYOUT.columns * LABELS_LAYOUT.rowsPerPage;

/** What a label's QR code says: "INV:123". */
export function qrPayload(inventoryNo: number): string {
  return `INV:${inventoryNo}`;
}

/** "1–3, 7, 12–15": consecutive numbers as ranges. */
export function numberRanges(numbers: readonly number[]): string[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j === i + 1) parts.push(String(sorted[i]), String(sorted[j]));
    else parts.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts;
}

/**
 * "Жапсырмалар 2026-11-27 (1–24)": the day and the numbers. Up to three ranges are named; more are
 * summed up as "first–last, N дана". Labels made again for the same numbers on the same day replace the Doc.
 */
export function labelsDocName(lang: Lang, date: string, numbers: readonly number[]): string {
  const parts = numberRanges(numbers);
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const range =
    parts.length <= 3 ? parts.join(', ') : t(lang, 'labels.doc.rangeMany', { from: sorted[0], to: sorted[sorted.length - 1], count: sorted.length });
  return t(lang, 'labels.doc.name', { date, range });
}

function labelCell(label: LabelData, libraryName: string, lang: Lang): CellSpec {
  const { sizes, qrSize, qrCellSize } = LABELS_LAYOUT;
  const qr = qrGif(qrPayload(label.inventoryNo), { cellSize: qrCellSize });
  const tight = { align: 'center' as const, spaceBefore: 0, spaceAfter: 0 };
  return {
    text: libraryName,
    align: 'center',
    more: [
      image(qr.mime, qr.bytes, qrSize, qrSize, { align: 'center', name: `INV-${label.inventoryNo}.gif` }),
      para({ ...tight, bold: true, size: sizes.number }, t(lang, 'labels.doc.inv', { no: label.inventoryNo })),
      para({ ...tight, size: sizes.shelfMark }, label.shelfMark),
    ],
  };
}

/** The labels Doc: pages of 3 × 7 labels in the order given. */
export function labelsDoc(data: LabelsPageData, lang: Lang): DocModel {
  const { columns, margin, sizes, fontFamily } = LABELS_LAYOUT;
  const width = Math.floor(contentWidth({ margin }) / columns);
  const name = data.libraryName.replace(/\s+/g, ' ').trim() || t(lang, 'labels.doc.library');
  const library = name.length > LABELS_LAYOUT.libraryChars ? `${name.slice(0, LABELS_LAYOUT.libraryChars - 1).trimEnd()}…` : name;
  const cells = data.labels.map((l) => labelCell(l, library, lang));
  const blocks: Block[] = [];
  for (let start = 0; start < cells.length; start += LABELS_PER_PAGE) {
    const page = cells.slice(start, start + LABELS_PER_PAGE);
    const rows: CellSpec[][] = [];
    for (let k = 0; k < page.length; k += columns) {
      const row = page.slice(k, k + columns);
      while (row.length < columns) row.push({ text: '' });
      rows.push(row);
    }
    if (start > 0) blocks.push(pageBreak());
    blocks.push(table(rows, { widths: Array.from({ length: columns }, () => width), border: 0.5, borderColor: '#9e9e9e', size: sizes.library }));
  }
  const docName = labelsDocName(lang, data.date, data.labels.map((l) => l.inventoryNo));
  return doc(docName, blocks, { margin, font: { family: fontFamily, size: sizes.library } });
}
