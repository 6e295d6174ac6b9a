/**
 * The element tree of a faked Google Doc, as kept in memory and in `docs/<id>.json`.
 * Plain JSON: a human can read the file, and the preview renders it (see html.ts).
 *
 * Body → blocks (Paragraph, ListItem, Table); a paragraph holds inlines (Text runs, PageBreak,
 * HorizontalRule, InlineImage); a table holds rows, a row holds cells, a cell holds blocks.
 */

/** Text and paragraph attributes, keyed by DocumentApp.Attribute names (BOLD, FONT_SIZE, ...). */
export type Attrs = Record<string, unknown>;

export interface Run {
  text: string;
  attrs?: Attrs;
}
export interface TextInline {
  type: 'TEXT';
  runs: Run[];
}
export interface PageBreakInline {
  type: 'PAGE_BREAK';
}
export interface HorizontalRuleInline {
  type: 'HORIZONTAL_RULE';
}
export interface ImageInline {
  type: 'INLINE_IMAGE';
  contentType: string;
  /** base64 of the image bytes */
  data: string;
  /** pixels */
  width: number;
  height: number;
  name?: string;
  altTitle?: string;
  altDescription?: string;
}
export type Inline = TextInline | PageBreakInline | HorizontalRuleInline | ImageInline;

export interface ParagraphNode {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  heading: string;
  alignment?: string;
  /** paragraph-level attributes other than heading and alignment (indents, spacing, ...) */
  attrs?: Attrs;
  children: Inline[];
  /** list items only */
  glyphType?: string;
  nestingLevel?: number;
  listId?: string;
}
export interface TableCellNode {
  type: 'TABLE_CELL';
  children: BlockNode[];
  backgroundColor?: string;
  width?: number;
  verticalAlignment?: string;
  attrs?: Attrs;
}
export interface TableRowNode {
  type: 'TABLE_ROW';
  cells: TableCellNode[];
  minimumHeight?: number;
}
export interface TableNode {
  type: 'TABLE';
  rows: TableRowNode[];
  borderWidth?: number;
  borderColor?: string;
  /** points, by column index; null = automatic */
  columnWidths?: (number | null)[];
}
export type BlockNode = ParagraphNode | TableNode;

export type SectionType = 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION';
export interface SectionNode {
  type: SectionType;
  children: BlockNode[];
  /** margins and page size (points) for the body: MARGIN_TOP, PAGE_WIDTH, ... */
  attrs?: Attrs;
}

export interface DocTree {
  body: SectionNode;
  header?: SectionNode;
  footer?: SectionNode;
}

/** Every node type that can have a parent. */
export type AnyNode = SectionNode | BlockNode | TableRowNode | TableCellNode | Inline;

// ---------------------------------------------------------------------------------------------
// Construction

export function newParagraph(text = '', type: 'PARAGRAPH' | 'LIST_ITEM' = 'PARAGRAPH'): ParagraphNode {
  const p: ParagraphNode = { type, heading: 'NORMAL', children: text === '' ? [] : [{ type: 'TEXT', runs: [{ text }] }] };
  return p;
}

export function newCell(text = ''): TableCellNode {
  return { type: 'TABLE_CELL', children: [newParagraph(text)] };
}

export function newSection(type: SectionType): SectionNode {
  return { type, children: [newParagraph()] };
}

/**
 * A new Doc's body holds one empty paragraph (what the Docs editor shows; not verified for the
 * Apps Script model beyond Body.getNumChildren() === 1 being the common observation).
 */
export function newDocTree(): DocTree {
  return { body: newSection('BODY_SECTION') };
}

export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

// ---------------------------------------------------------------------------------------------
// Text runs: per-character attribute editing

export interface Ch {
  ch: string;
  a: Attrs | undefined;
}

export function runsText(runs: Run[]): string {
  let s = '';
  for (const r of runs) s += r.text;
  return s;
}

export function explode(runs: Run[]): Ch[] {
  const out: Ch[] = [];
  for (const r of runs) for (const ch of r.text.split('')) out.push({ ch, a: r.attrs });
  return out;
}

function sameAttrs(a: Attrs | undefined, b: Attrs | undefined): boolean {
  const ka = a ? Object.keys(a) : [];
  const kb = b ? Object.keys(b) : [];
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (a![k] !== b![k]) return false;
  return true;
}

export function implode(chars: Ch[]): Run[] {
  const out: Run[] = [];
  for (const c of chars) {
    const last = out[out.length - 1];
    if (last && sameAttrs(last.attrs, c.a)) last.text += c.ch;
    else out.push(c.a && Object.keys(c.a).length ? { text: c.ch, attrs: c.a } : { text: c.ch });
  }
  return out;
}

export function patchAttrs(a: Attrs | undefined, patch: Attrs): Attrs | undefined {
  const out: Attrs = { ...(a ?? {}) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined) delete out[k];
    else out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

export function paragraphText(p: ParagraphNode): string {
  let s = '';
  for (const c of p.children) if (c.type === 'TEXT') s += runsText(c.runs);
  return s;
}

/** Text of a block: a paragraph's text; a table's rows joined with '\n', cells with '\t'. */
export function blockText(b: BlockNode): string {
  if (b.type === 'TABLE') return b.rows.map(rowText).join('\n');
  return paragraphText(b);
}
export function rowText(r: TableRowNode): string {
  return r.cells.map(cellText).join('\t');
}
export function cellText(c: TableCellNode): string {
  return c.children.map(blockText).join('\n');
}
export function sectionText(s: SectionNode): string {
  return s.children.map(blockText).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Tree walking

export function childrenOf(n: AnyNode): AnyNode[] {
  switch (n.type) {
    case 'BODY_SECTION':
    case 'HEADER_SECTION':
    case 'FOOTER_SECTION':
    case 'TABLE_CELL':
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return n.children;
    case 'TABLE':
      return n.rows;
    case 'TABLE_ROW':
      return n.cells;
    default:
      return [];
  }
}

/** The parent of `node` under `root`, or null when it is the root or detached. */
export function findParent(root: AnyNode, node: AnyNode): AnyNode | null {
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    const kids = childrenOf(n);
    for (const k of kids) {
      if (k === node) return n;
      stack.push(k);
    }
  }
  return null;
}

/** The paragraph-level blocks (paragraphs and list items) under a node, in document order. */
export function paragraphsUnder(n: AnyNode, out: ParagraphNode[] = []): ParagraphNode[] {
  if (n.type === 'PARAGRAPH' || n.type === 'LIST_ITEM') {
    out.push(n);
    return out;
  }
  for (const k of childrenOf(n)) paragraphsUnder(k, out);
  return out;
}

export function tablesUnder(n: AnyNode, out: TableNode[] = []): TableNode[] {
  if (n.type === 'TABLE') out.push(n);
  for (const k of childrenOf(n)) tablesUnder(k, out);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Image size from the bytes (PNG IHDR, GIF header, JPEG SOF), so an appended image has its natural size.

export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length > 24 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { width: dv.getUint32(16), height: dv.getUint32(20) };
  }
  if (bytes.length > 10 && bytes[0] === 0x47 && bytes[1] === 0x49 && bytes[2] === 0x46) {
    return { width: bytes[6] | (bytes[7] << 8), height: bytes[8] | (bytes[9] << 8) };
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) {
        i++;
        continue;
      }
      const marker = bytes[i + 1];
      const len = (bytes[i + 2] << 8) | bytes[i + 3];
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: (bytes[i + 5] << 8) | bytes[i + 6], width: (bytes[i + 7] << 8) | bytes[i + 8] };
      }
      i += 2 + len;
    }
  }
  if (bytes.length > 0) {
    const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 512))).toString('utf8');
    const m = /<svg[^>]*\bwidth="(\d+(?:\.\d+)?)(?:px)?"[^>]*\bheight="(\d+(?:\.\d+)?)(?:px)?"/.exec(head);
    if (m) return { width: Math.round(Number(m[1])), height: Math.round(Number(m[2])) };
  }
  return null;
}
