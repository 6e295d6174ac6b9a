/**
 * DocsPort over DocumentApp: the one renderer of src/docs/model.ts into a Google Doc.
 *
 * Costs (every call below is one Apps Script service call; the emulator counts them):
 *   per Doc      create 1, getId/getUrl 2, getBody 1, page setup 6, first-paragraph removal 2, font 2,
 *                saveAndClose 1, move into the folder 2  (replace: openById, setName, clear instead of create/move)
 *   paragraph    2 (append + one setAttributes with the whole style) + 1 editAsText + 1 per styled run
 *   title/heading 3
 *   table        1 appendTable for all the text + border 0-2 + 1 per width + 2 font size + 2 bold header + 1 next sibling
 *                + 3 per cell whose alignment or style differs from the table's (header cells: centered)
 *   list         3 per item;  image 6;  page break 1;  spacer 2;  signatures: a borderless table, 8
 *   chart        the Charts service draws it (1 newDataTable + 1 per column + 1 per row + build, 1 newColumnChart
 *                + 5 settings + build + getAs) and it goes in as an image (5): 14 + columns + rows
 * Paragraph styles are set in full (bold false, left...) because an appended paragraph may inherit the
 * previous one's text attributes.
 */
import { contentWidth, DEFAULT_FONT, pageOf, runsText, SIGNATURE_BLANK, validateModel } from '../docs/model';
import type { Align, Block, Cell, ChartBlock, DocModel, ImageBlock, ParagraphBlock, ParagraphStyle, Run, TableBlock } from '../docs/model';
import type { DocsPort, FileRef, FolderRef } from '../docs/port';
import { driveFolder } from './archive';

type Body = GoogleAppsScript.Document.Body;
type TableCell = GoogleAppsScript.Document.TableCell;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Attrs = Record<string, unknown>;

/** Apps Script sizes images in pixels (96 per inch); the model speaks points (72 per inch). */
export const PX_PER_PT = 96 / 72;

const HEADER_SHADE = '#eeeeee';
const TEXT_COLOR = '#000000';

export function gasDocs(): DocsPort {
  return {
    create(model: DocModel, folder: FolderRef): FileRef {
      check(model);
      const doc = DocumentApp.create(model.name);
      const out = { id: doc.getId(), url: doc.getUrl() };
      // A Doc that could not be written (an image Docs refuses...) is trashed, not left half-made in My Drive
      // where the next try, which looks in the archive folder, would not find it.
      try {
        writeBody(doc.getBody(), model);
        doc.saveAndClose();
      } catch (error) {
        try {
          DriveApp.getFileById(out.id).setTrashed(true);
        } catch {
          // the first error is the one to report
        }
        throw error;
      }
      DriveApp.getFileById(out.id).moveTo(driveFolder(folder));
      return out;
    },
    replace(fileId: string, model: DocModel): FileRef {
      check(model);
      const doc = DocumentApp.openById(fileId);
      doc.setName(model.name);
      const out = { id: fileId, url: doc.getUrl() };
      const body = doc.getBody();
      body.clear(); // leaves the one empty paragraph a section always holds
      writeBody(body, model);
      doc.saveAndClose();
      return out;
    },
  };
}

function check(model: DocModel): void {
  const problems = validateModel(model);
  if (problems.length) throw new Error(`Invalid document model "${model.name}": ${problems.join('; ')}`);
}

interface Ctx {
  base: number;
  width: number;
  /** what followed the table just appended, if anything (see writeBody) */
  afterTable: GoogleAppsScript.Document.Element | null;
}

function writeBody(body: Body, model: DocModel): void {
  const page = pageOf(model);
  const font = model.font ?? DEFAULT_FONT;
  body
    .setPageWidth(page.width)
    .setPageHeight(page.height)
    .setMarginTop(page.margin)
    .setMarginBottom(page.margin)
    .setMarginLeft(page.margin)
    .setMarginRight(page.margin);
  // A new (or cleared) Doc holds one empty paragraph. Write after it, then remove it: it is no longer
  // the last paragraph, which is the one a section must keep. When the Doc starts with a table it stays,
  // shrunk, because a table may not be the first element of a real Doc (not verified offline).
  const first = body.getChild(0);
  const ctx: Ctx = { base: font.size, width: contentWidth(model), afterTable: null };
  let firstKind: Block['kind'] | null = null;
  let pending: GoogleAppsScript.Document.Element | null = null;
  for (const block of model.blocks) {
    ctx.afterTable = null;
    if (renderBlock(body, block, ctx) === 0) continue;
    // Google Docs is commonly reported to keep an empty paragraph after a table that ends the body (not
    // verified offline; the emulator adds none). Once more content follows, such a paragraph is a stray
    // blank line: remove it. A table that ends the Doc keeps it.
    if (pending) pending.removeFromParent();
    pending = ctx.afterTable as GoogleAppsScript.Document.Element | null; // set by renderBlock
    firstKind = firstKind ?? block.kind;
  }
  if (firstKind === 'table' || firstKind === 'signatures') {
    first.setAttributes({ [DocumentApp.Attribute.FONT_SIZE]: 1, [DocumentApp.Attribute.SPACING_AFTER]: 0, [DocumentApp.Attribute.SPACING_BEFORE]: 0 });
  } else if (firstKind) {
    first.removeFromParent();
  }
  body.editAsText().setFontFamily(font.family);
}

// ---------------------------------------------------------------------------------------------
// Styles

function alignment(a: Align | undefined): GoogleAppsScript.Document.HorizontalAlignment {
  const H = DocumentApp.HorizontalAlignment;
  switch (a) {
    case 'center':
      return H.CENTER;
    case 'right':
      return H.RIGHT;
    case 'justify':
      return H.JUSTIFY;
    default:
      return H.LEFT;
  }
}

/** A paragraph's whole style as one attribute map for Paragraph.setAttributes. */
function fullStyle(s: ParagraphStyle & { underline?: boolean }, base: number, extra: Attrs = {}): Attrs {
  const A = DocumentApp.Attribute;
  const out: Attrs = {
    [A.FONT_SIZE]: s.size ?? base,
    [A.BOLD]: s.bold === true,
    [A.ITALIC]: s.italic === true,
    [A.UNDERLINE]: s.underline === true,
    [A.HORIZONTAL_ALIGNMENT]: alignment(s.align),
  };
  if (s.indent !== undefined) out[A.INDENT_START] = s.indent;
  if (s.firstLine !== undefined) out[A.INDENT_FIRST_LINE] = s.firstLine;
  if (s.spaceBefore !== undefined) out[A.SPACING_BEFORE] = s.spaceBefore;
  if (s.spaceAfter !== undefined) out[A.SPACING_AFTER] = s.spaceAfter;
  return { ...out, ...extra };
}

/** Runs whose style differs from their paragraph's: one Text call per difference. */
function styleRuns(par: Paragraph, runs: readonly Run[], s: ParagraphStyle, base: number): void {
  let text: GoogleAppsScript.Document.Text | null = null;
  const t = (): GoogleAppsScript.Document.Text => text ?? (text = par.editAsText());
  let at = 0;
  for (const r of runs) {
    const start = at;
    const end = at + r.text.length - 1;
    at += r.text.length;
    if (end < start) continue;
    if (r.bold !== undefined && r.bold !== (s.bold === true)) t().setBold(start, end, r.bold);
    if (r.italic !== undefined && r.italic !== (s.italic === true)) t().setItalic(start, end, r.italic);
    if (r.underline !== undefined && r.underline) t().setUnderline(start, end, true);
    if (r.size !== undefined && r.size !== (s.size ?? base)) t().setFontSize(start, end, r.size);
  }
}

// ---------------------------------------------------------------------------------------------
// Blocks. Each returns how many body children it appended.

type Container = Body | TableCell;

function renderBlock(body: Body, block: Block, ctx: Ctx): number {
  const P = DocumentApp.ParagraphHeading;
  switch (block.kind) {
    case 'title':
    case 'subtitle': {
      const isTitle = block.kind === 'title';
      body
        .appendParagraph(block.text)
        .setHeading(isTitle ? P.TITLE : P.SUBTITLE)
        .setAttributes(
          fullStyle(
            { align: block.align ?? 'center', bold: isTitle, size: ctx.base + (isTitle ? 4 : 1), spaceBefore: 0, spaceAfter: 6 },
            ctx.base,
            { [DocumentApp.Attribute.FOREGROUND_COLOR]: TEXT_COLOR },
          ),
        );
      return 1;
    }
    case 'heading': {
      const level = [P.HEADING1, P.HEADING2, P.HEADING3][block.level - 1];
      const size = ctx.base + [2, 1, 0][block.level - 1];
      const before = [12, 10, 8][block.level - 1];
      body
        .appendParagraph(block.text)
        .setHeading(level)
        .setAttributes(fullStyle({ align: block.align, bold: true, size, spaceBefore: before, spaceAfter: 4 }, ctx.base, { [DocumentApp.Attribute.FOREGROUND_COLOR]: TEXT_COLOR }));
      return 1;
    }
    case 'paragraph':
      appendParagraph(body, block, ctx.base);
      return 1;
    case 'table':
      return appendTable(body, block, ctx);
    case 'list': {
      const glyph = block.ordered ? DocumentApp.GlyphType.NUMBER : DocumentApp.GlyphType.BULLET;
      for (const item of block.items) body.appendListItem(item).setGlyphType(glyph).setAttributes(fullStyle({}, ctx.base));
      return block.items.length;
    }
    case 'image':
      appendImage(body, block, ctx.base);
      return 1;
    case 'chart':
      appendChart(body, block, ctx.base);
      return 1;
    case 'pageBreak':
      body.appendPageBreak();
      return 1;
    case 'spacer': {
      const line = ctx.base * 1.15;
      body.appendParagraph('').setAttributes(fullStyle({ spaceBefore: 0, spaceAfter: Math.max(0, block.size - line) }, ctx.base));
      return 1;
    }
    case 'signatures': {
      if (!block.lines.length) return 0;
      const w = ctx.width;
      return appendTable(
        body,
        {
          kind: 'table',
          rows: block.lines.map((l) => [l.label, SIGNATURE_BLANK, l.name ? `/ ${l.name}` : '']),
          widths: [Math.round(w * 0.38), Math.round(w * 0.25), Math.round(w * 0.37)],
          border: 0,
        },
        ctx,
      );
    }
  }
}

function appendParagraph(container: Container, block: ParagraphBlock, base: number): Paragraph {
  const par = container.appendParagraph(runsText(block.runs)).setAttributes(fullStyle(block, base)) as Paragraph;
  styleRuns(par, block.runs, block, base);
  return par;
}

/** Apps Script takes signed Java bytes; the model keeps 0..255. */
function blobOf(img: ImageBlock): GoogleAppsScript.Base.Blob {
  const bytes = img.bytes.map((x) => (x > 127 ? x - 256 : x));
  return Utilities.newBlob(bytes, img.mime, img.name ?? (img.mime === 'image/png' ? 'image.png' : 'image.gif'));
}

function appendImage(container: Container, img: ImageBlock, base: number): void {
  const par = container.appendParagraph('').setAttributes(fullStyle({ align: img.align, spaceBefore: 0, spaceAfter: 0 }, base)) as Paragraph;
  par
    .appendInlineImage(blobOf(img))
    .setWidth(Math.round(img.width * PX_PER_PT))
    .setHeight(Math.round(img.height * PX_PER_PT));
}

/**
 * A chart block as a PNG drawn by the Charts service (no OAuth scope: developers.google.com/apps-script/
 * reference/charts/chart lists none), put in the Doc like an image. The first data-table column holds the
 * categories (the axis labels), one number column per series (the legend).
 */
function appendChart(body: Body, block: ChartBlock, base: number): void {
  const table = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, '');
  for (const s of block.series) table.addColumn(Charts.ColumnType.NUMBER, s.label);
  block.categories.forEach((c, i) => table.addRow([c, ...block.series.map((s) => s.values[i])]));
  const builder = block.type === 'bar' ? Charts.newBarChart() : Charts.newColumnChart();
  const width = Math.round(block.width * PX_PER_PT);
  const height = Math.round(block.height * PX_PER_PT);
  const chart = builder
    .setDataTable(table)
    .setTitle(block.title)
    .setDimensions(width, height)
    .setLegendPosition(Charts.Position.BOTTOM)
    .setColors(block.colors && block.colors.length ? block.colors : ['#1a73e8', '#9aa0a6', '#34a853', '#fbbc04'])
    .build();
  const par = body.appendParagraph('').setAttributes(fullStyle({ align: block.align ?? 'center', spaceBefore: 6, spaceAfter: 6 }, base)) as Paragraph;
  par.appendInlineImage(chart.getAs('image/png')).setWidth(width).setHeight(height);
}

function cellSpec(c: Cell | undefined): { text: string; bold?: boolean; italic?: boolean; align?: Align; size?: number; more?: Array<ParagraphBlock | ImageBlock> } {
  if (c === undefined) return { text: '' };
  return typeof c === 'string' ? { text: c } : c;
}

function appendTable(container: Body, block: TableBlock, ctx: Ctx): number {
  const rows = block.header ? [block.header, ...block.rows] : block.rows;
  const cols = rows.reduce((n, r) => Math.max(n, r.length), 0);
  if (rows.length === 0 || cols === 0) return 0;
  const specs = rows.map((r) => Array.from({ length: cols }, (_, c) => cellSpec(r[c])));
  const table = container.appendTable(specs.map((r) => r.map((c) => c.text)));
  const border = block.border ?? 1;
  if (border !== 1) table.setBorderWidth(border);
  if (block.borderColor) table.setBorderColor(block.borderColor);
  (block.widths ?? []).forEach((w, c) => {
    if (c < cols) table.setColumnWidth(c, w);
  });
  const size = block.size ?? ctx.base;
  table.editAsText().setFontSize(size);
  if (block.header) table.getRow(0).editAsText().setBold(true);

  specs.forEach((row, r) => {
    const isHeader = !!block.header && r === 0;
    row.forEach((spec, c) => {
      const align = spec.align ?? (isHeader ? 'center' : block.align?.[c]);
      const shade = isHeader && block.shadeHeader === true;
      const style: Attrs = {};
      const A = DocumentApp.Attribute;
      if (align && align !== 'left') style[A.HORIZONTAL_ALIGNMENT] = alignment(align);
      if (spec.bold !== undefined && spec.bold !== isHeader) style[A.BOLD] = spec.bold;
      if (spec.italic) style[A.ITALIC] = true;
      if (spec.size !== undefined && spec.size !== size) style[A.FONT_SIZE] = spec.size;
      const more = spec.more ?? [];
      if (!shade && Object.keys(style).length === 0 && more.length === 0) return;
      const cell = table.getCell(r, c);
      if (shade) cell.setBackgroundColor(HEADER_SHADE);
      // Element.setAttributes on the cell's first paragraph: no asParagraph() cast needed (one call fewer per cell)
      if (Object.keys(style).length) cell.getChild(0).setAttributes(style);
      for (const m of more) {
        if (m.kind === 'image') appendImage(cell, m, size);
        else appendParagraph(cell, m, size);
      }
    });
  });
  ctx.afterTable = table.getNextSibling();
  return 1;
}
