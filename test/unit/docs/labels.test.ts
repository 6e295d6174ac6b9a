import { A4, contentWidth, plainText, validateModel, type CellSpec, type DocModel, type ImageBlock, type TableBlock } from '../../../src/docs/model';
import { labelsDoc, labelsDocName, LABELS_LAYOUT, LABELS_PER_PAGE, numberRanges, qrPayload, type LabelData } from '../../../src/docs/labels';
import { decodeBase64, qrMatrix } from '../../../src/docs/qr';
import { parseInventoryList } from '../../../src/domain/writeoff';

const labels = (from: number, to: number, shelfMark = '84(5Каз)-5 / Ә 14'): LabelData[] =>
  Array.from({ length: to - from + 1 }, (_, k) => ({ inventoryNo: from + k, shelfMark }));

const tables = (model: DocModel) => model.blocks.filter((b): b is TableBlock => b.kind === 'table');
const cells = (model: DocModel) => tables(model).flatMap((t) => t.rows.flat() as CellSpec[]);
const images = (c: CellSpec) => (c.more ?? []).filter((m): m is ImageBlock => m.kind === 'image');

describe('the labels page', () => {
  const model = labelsDoc({ libraryName: '№12 мектеп-гимназия кітапханасы', date: '2026-11-27', labels: labels(1, 24) }, 'kk');

  it('is a valid A4 model named after the day and the numbers', () => {
    expect(validateModel(model)).toEqual([]);
    expect(model.name).toBe('Жапсырмалар 2026-11-27 (1–24)');
    expect(model.landscape).toBeUndefined();
    expect(model.margin).toBeCloseTo(28.35, 1);
  });

  it('lays the labels out in a grid of 3 columns, 7 rows a page, one table a page with a page break between', () => {
    expect(LABELS_PER_PAGE).toBe(21);
    expect(model.blocks.map((b) => b.kind)).toEqual(['table', 'pageBreak', 'table']);
    const [first, second] = tables(model);
    expect(first.rows).toHaveLength(7);
    expect(first.rows.every((r) => r.length === 3)).toBe(true);
    expect(second.rows).toHaveLength(1); // labels 22, 23, 24
    // the columns fill the width between the 1 cm margins
    expect(first.widths).toHaveLength(3);
    expect(first.widths!.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(contentWidth({ margin: LABELS_LAYOUT.margin }));
    expect(first.widths!.reduce((a, b) => a + b, 0)).toBeGreaterThan(A4.width - 2 * LABELS_LAYOUT.margin - 3);
    expect(first.border).toBeGreaterThan(0); // lines to cut along
  });

  it('pads the last row with empty cells', () => {
    const small = labelsDoc({ libraryName: 'Кітапхана', date: '2026-11-27', labels: labels(5, 8) }, 'kk');
    const [t] = tables(small);
    expect(t.rows).toHaveLength(2);
    expect(t.rows[1].map((c) => (typeof c === 'string' ? c : c.text))).toEqual(['Кітапхана', '', '']);
    expect((t.rows[1][1] as CellSpec).more).toBeUndefined();
  });

  it('gives every label the library, one QR image, the inventory number and the shelf mark', () => {
    const all = cells(model).filter((c) => c.text);
    expect(all).toHaveLength(24);
    for (const [k, c] of all.entries()) {
      expect(c.text).toBe('№12 мектеп-гимназия кітапханасы');
      expect(images(c)).toHaveLength(1);
      const texts = (c.more ?? []).filter((m) => m.kind === 'paragraph').map((m) => (m.kind === 'paragraph' ? m.runs.map((r) => r.text).join('') : ''));
      expect(texts).toEqual([`Инв. № ${k + 1}`, '84(5Каз)-5 / Ә 14']);
    }
    const text = plainText(model);
    expect(text).toContain('№12 мектеп-гимназия кітапханасы');
  });

  it('encodes INV:<number> in each QR code, which the circulation and search sidebars read back', () => {
    expect(qrPayload(123)).toBe('INV:123');
    expect(parseInventoryList(qrPayload(123)).numbers).toEqual([123]);
    const c = cells(model).find((x) => x.text)!;
    const img = images(c)[0];
    expect(img.mime).toBe('image/gif');
    expect(String.fromCharCode(...img.bytes.slice(0, 6))).toMatch(/^GIF8[79]a$/);
    expect(img.name).toBe('INV-1.gif');
    expect([img.width, img.height]).toEqual([LABELS_LAYOUT.qrSize, LABELS_LAYOUT.qrSize]);
    // The GIF is the symbol of INV:1 (version 1, 21 modules, 4 quiet modules a side, LABELS_LAYOUT.qrCellSize px a module).
    const gifWidth = img.bytes[6] | (img.bytes[7] << 8);
    expect(gifWidth).toBe((qrMatrix('INV:1').length + 8) * LABELS_LAYOUT.qrCellSize);
    expect(qrMatrix('INV:999999999')).toHaveLength(21); // nine-digit numbers still fit version 1
    // distinct labels carry distinct codes
    const codes = new Set(cells(model).filter((x) => x.text).map((x) => images(x)[0].bytes.join(',')));
    expect(codes.size).toBe(24);
    expect(decodeBase64('R0lGODlh')).toEqual([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]);
  });

  it('writes a plain library name when the settings have none, and speaks Russian', () => {
    const ru = labelsDoc({ libraryName: ' ', date: '2026-11-27', labels: labels(7, 7, '') }, 'ru');
    expect(ru.name).toBe('Этикетки 2026-11-27 (7)');
    const [c] = cells(ru);
    expect(c.text).toBe('Библиотека');
    expect(plainText(ru)).toContain('Библиотека');
  });

  it('cuts a very long library name so that a label keeps its height', () => {
    const long = 'Ақтөбе облысы Хромтау ауданының Абай атындағы №3 жалпы орта білім беретін мектебінің кітапхана-ақпарат орталығы';
    const [c] = cells(labelsDoc({ libraryName: long, date: '2026-11-27', labels: labels(1, 1) }, 'kk'));
    expect(c.text.length).toBe(LABELS_LAYOUT.libraryChars);
    expect(c.text.endsWith('…')).toBe(true);
    expect(long.startsWith(c.text.slice(0, -1))).toBe(true);
  });
});

describe('the labels Doc name', () => {
  it('names ranges, a few numbers, or sums up many', () => {
    expect(numberRanges([3, 1, 2, 7, 12, 13])).toEqual(['1–3', '7', '12', '13']);
    expect(labelsDocName('kk', '2026-11-27', [1, 2, 3, 7])).toBe('Жапсырмалар 2026-11-27 (1–3, 7)');
    expect(labelsDocName('kk', '2026-11-27', [1, 5, 9, 20, 30])).toBe('Жапсырмалар 2026-11-27 (1–30, 5 дана)');
    expect(labelsDocName('ru', '2026-11-27', [1, 5, 9, 20, 30])).toBe('Этикетки 2026-11-27 (1–30, 5 экз.)');
  });
});
