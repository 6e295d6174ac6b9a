/**
 * A small document model: what a generated Doc says, as plain data. Use cases build it with the pure
 * builders below; one renderer (src/gas/docs.ts) writes it into a Google Doc. Sizes are in points
 * (1 pt = 1/72 inch); the page is A4 with 2 cm margins unless the model says otherwise.
 */

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A piece of text with one style. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** points */
  size?: number;
}

/** The style of a whole paragraph; runs may override bold/italic/size for their own text. */
export interface ParagraphStyle {
  align?: Align;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** left indent, points (e.g. to push an "approved" block to the right half of the page) */
  indent?: number;
  /** first-line indent, points */
  firstLine?: number;
  spaceBefore?: number;
  spaceAfter?: number;
}

export interface TitleBlock {
  kind: 'title' | 'subtitle';
  text: string;
  align?: Align;
}

export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  align?: Align;
}

export interface ParagraphBlock extends ParagraphStyle {
  kind: 'paragraph';
  runs: Run[];
}

export interface ImageBlock {
  kind: 'image';
  mime: 'image/png' | 'image/gif' | 'image/jpeg';
  /** the file's bytes, 0..255 */
  bytes: number[];
  /** displayed size, points */
  width: number;
  height: number;
  align?: Align;
  /** the blob's name (alt text in the Doc) */
  name?: string;
}

/** What a table cell holds beyond plain text: its first paragraph's style, and more paragraphs or images below. */
export interface CellSpec {
  text: string;
  bold?: boolean;
  italic?: boolean;
  align?: Align;
  size?: number;
  /** paragraphs and images appended under the text, in order */
  more?: Array<ParagraphBlock | ImageBlock>;
}

export type Cell = string | CellSpec;

export interface TableBlock {
  kind: 'table';
  /** a header row, bold and centered */
  header?: Cell[];
  rows: Cell[][];
  /** column widths, points; omitted columns share the rest */
  widths?: number[];
  /** default alignment of each column's body cells (e.g. numbers right) */
  align?: Align[];
  /** border width in points; 0 = no borders (default 1) */
  border?: number;
  borderColor?: string;
  /** font size of the whole table, points (default: the document's) */
  size?: number;
  /** light grey background of the header row */
  shadeHeader?: boolean;
}

/**
 * A chart drawn as an image where the Doc is written (src/gas/docs.ts: the Charts service's PNG): one label
 * per category along the axis, one or more series of values (one bar colour each, named in the legend).
 */
export interface ChartBlock {
  kind: 'chart';
  /** column: vertical bars; bar: horizontal bars */
  type: 'column' | 'bar';
  title: string;
  categories: string[];
  series: Array<{ label: string; values: number[] }>;
  /** one CSS colour per series */
  colors?: string[];
  /** displayed size, points */
  width: number;
  height: number;
  align?: Align;
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: string[];
}

export interface PageBreakBlock {
  kind: 'pageBreak';
}

/** Vertical space, points. */
export interface SpacerBlock {
  kind: 'spacer';
  size: number;
}

/** "Комиссия төрағасы: __________ / А. Б. Сапарова": one line per signer, the line left blank to sign. */
export interface SignatureLine {
  label: string;
  name: string;
}
export interface SignaturesBlock {
  kind: 'signatures';
  lines: SignatureLine[];
}

export type Block =
  | TitleBlock
  | HeadingBlock
  | ParagraphBlock
  | TableBlock
  | ListBlock
  | ImageBlock
  | ChartBlock
  | PageBreakBlock
  | SpacerBlock
  | SignaturesBlock;

export interface FontSpec {
  family: string;
  /** body text size, points */
  size: number;
}

export interface DocModel {
  /** the Drive file name, unique inside its archive folder (building a Doc twice replaces it) */
  name: string;
  blocks: Block[];
  /** default: Times New Roman 12 (what Kazakh official forms use) */
  font?: FontSpec;
  landscape?: boolean;
  /** page margins, points (default 2 cm) */
  margin?: number;
}

// ---------------------------------------------------------------------------------------------
// Page geometry

export const CM = 72 / 2.54;
/** A4 in points. */
export const A4 = { width: 595.276, height: 841.89 } as const;
export const DEFAULT_MARGIN = 2 * CM;
export const DEFAULT_FONT: FontSpec = { family: 'Times New Roman', size: 12 };

/** Page width, height and margin of a model, points. */
export function pageOf(model: Pick<DocModel, 'landscape' | 'margin'>): { width: number; height: number; margin: number } {
  const margin = model.margin ?? DEFAULT_MARGIN;
  return model.landscape ? { width: A4.height, height: A4.width, margin } : { width: A4.width, height: A4.height, margin };
}

/** The width text may take on a page of this model, points. */
export function contentWidth(model: Pick<DocModel, 'landscape' | 'margin'>): number {
  const p = pageOf(model);
  return p.width - 2 * p.margin;
}

// ---------------------------------------------------------------------------------------------
// Builders: small, pure, so use cases write Docs declaratively.

type RunInput = string | Run;

function toRuns(parts: RunInput[]): Run[] {
  return parts.map((r) => (typeof r === 'string' ? { text: r } : r));
}

export function doc(name: string, blocks: Block[], options: Omit<DocModel, 'name' | 'blocks'> = {}): DocModel {
  return { name, blocks, ...options };
}

export function title(text: string, align: Align = 'center'): TitleBlock {
  return { kind: 'title', text, align };
}

export function subtitle(text: string, align: Align = 'center'): TitleBlock {
  return { kind: 'subtitle', text, align };
}

export function heading(text: string, level: 1 | 2 | 3 = 1, align?: Align): HeadingBlock {
  return align ? { kind: 'heading', level, text, align } : { kind: 'heading', level, text };
}

/** A paragraph of plain text or runs: p('Жалпы сомасы: ', b('12 000,00'), ' теңге'). */
export function p(...parts: RunInput[]): ParagraphBlock {
  return { kind: 'paragraph', runs: toRuns(parts) };
}

/** A styled paragraph: para({ align: 'center', bold: true }, 'АКТ №3'). */
export function para(style: ParagraphStyle, ...parts: RunInput[]): ParagraphBlock {
  return { kind: 'paragraph', ...style, runs: toRuns(parts) };
}

export function b(text: string): Run {
  return { text, bold: true };
}

export function i(text: string): Run {
  return { text, italic: true };
}

export function u(text: string): Run {
  return { text, underline: true };
}

export function table(rows: Cell[][], options: Omit<TableBlock, 'kind' | 'rows'> = {}): TableBlock {
  return { kind: 'table', rows, ...options };
}

export function cell(text: string, style: Omit<CellSpec, 'text'> = {}): CellSpec {
  return { text, ...style };
}

export function bullets(items: string[]): ListBlock {
  return { kind: 'list', ordered: false, items };
}

export function numbered(items: string[]): ListBlock {
  return { kind: 'list', ordered: true, items };
}

export function image(mime: ImageBlock['mime'], bytes: number[], width: number, height: number, options: { align?: Align; name?: string } = {}): ImageBlock {
  return { kind: 'image', mime, bytes, width, height, ...options };
}

export function chart(type: ChartBlock['type'], title: string, categories: string[], series: ChartBlock['series'], width: number, height: number, options: { colors?: string[]; align?: Align } = {}): ChartBlock {
  return { kind: 'chart', type, title, categories, series, width, height, ...options };
}

export function pageBreak(): PageBreakBlock {
  return { kind: 'pageBreak' };
}

export function spacer(size = 12): SpacerBlock {
  return { kind: 'spacer', size };
}

export function signatures(lines: SignatureLine[]): SignaturesBlock {
  return { kind: 'signatures', lines };
}

/** One signer; several members of a commission: signer('Комиссия мүшелері:', 'А. Б.'), signer('', 'В. Г.'). */
export function signer(label: string, name: string): SignatureLine {
  return { label, name };
}

// ---------------------------------------------------------------------------------------------
// Reading a model back (tests, previews, the cost estimate)

export function cellText(c: Cell): string {
  return typeof c === 'string' ? c : c.text;
}

export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** The blank a signer signs on. */
export const SIGNATURE_BLANK = '________________';

/** The text of a model, one line per paragraph, a table row's cells joined by tabs (for tests and search). */
export function plainText(model: DocModel): string {
  const lines: string[] = [];
  for (const blk of model.blocks) {
    switch (blk.kind) {
      case 'title':
      case 'subtitle':
      case 'heading':
        lines.push(blk.text);
        break;
      case 'paragraph':
        lines.push(runsText(blk.runs));
        break;
      case 'table':
        for (const row of blk.header ? [blk.header, ...blk.rows] : blk.rows) lines.push(row.map(cellText).join('\t'));
        break;
      case 'list':
        blk.items.forEach((it, n) => lines.push(blk.ordered ? `${n + 1}. ${it}` : `• ${it}`));
        break;
      case 'signatures':
        for (const l of blk.lines) lines.push(`${l.label}\t${SIGNATURE_BLANK}\t/ ${l.name}`);
        break;
      case 'spacer':
        lines.push('');
        break;
      case 'chart':
        lines.push(blk.title);
        break;
      case 'image':
      case 'pageBreak':
        break;
    }
  }
  return lines.join('\n');
}

/** Checks a model before rendering: a name, sizes that make sense, rectangular image data. Returns problems. */
export function validateModel(model: DocModel): string[] {
  const problems: string[] = [];
  if (!model.name || !model.name.trim()) problems.push('name: empty');
  if (/[\u0000-\u001f]/.test(model.name)) problems.push('name: control characters');
  const checkImage = (img: ImageBlock, where: string): void => {
    if (!(img.width > 0 && img.height > 0)) problems.push(`${where}: image size must be positive`);
    if (img.bytes.length === 0) problems.push(`${where}: image has no bytes`);
    if (img.bytes.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) problems.push(`${where}: image bytes must be 0..255`);
  };
  model.blocks.forEach((blk, n) => {
    const where = `blocks[${n}]`;
    if (blk.kind === 'image') checkImage(blk, where);
    if (blk.kind === 'table') {
      blk.rows.forEach((row, r) =>
        row.forEach((c, k) => {
          if (typeof c !== 'string') (c.more ?? []).forEach((m) => m.kind === 'image' && checkImage(m, `${where}.rows[${r}][${k}]`));
        }),
      );
      if (blk.widths && blk.widths.some((w) => !(w > 0))) problems.push(`${where}: column widths must be positive`);
    }
    if (blk.kind === 'heading' && ![1, 2, 3].includes(blk.level)) problems.push(`${where}: heading level must be 1..3`);
    if (blk.kind === 'chart') {
      if (!(blk.width > 0 && blk.height > 0)) problems.push(`${where}: chart size must be positive`);
      if (blk.categories.length === 0 || blk.series.length === 0) problems.push(`${where}: chart has no data`);
      if (blk.series.some((s) => s.values.length !== blk.categories.length || s.values.some((v) => !Number.isFinite(v)))) problems.push(`${where}: chart series must have one number per category`);
    }
  });
  return problems;
}
