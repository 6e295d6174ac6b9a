/**
 * DocumentApp fake: Document, Body, HeaderSection/FooterSection, Paragraph, ListItem, Table, TableRow,
 * TableCell, Text, InlineImage, PageBreak, HorizontalRule, over the element tree of docs/model.ts.
 * Reference: https://developers.google.com/apps-script/reference/document
 *
 * Every object a script can reach is counted (emulator/core/meter.ts) and guarded: after
 * Document.saveAndClose() every call on that document's objects throws like Apps Script.
 */
import type { Host } from '../../core/host';
import { checkAuth } from '../../core/host';
import { counted } from '../../core/meter';
import { createBlob, readBlob, typeName } from '../drive-blob';
import { gasError } from '../small-support';
import type { DocState, DriveItem, DriveStore } from '../drive-store';
import { MimeType } from '../drive-store';
import {
  blockText,
  cellText,
  clone,
  explode,
  findParent,
  imageSize,
  implode,
  newCell,
  newParagraph,
  newSection,
  paragraphsUnder,
  paragraphText,
  patchAttrs,
  rowText,
  runsText,
  sectionText,
  tablesUnder,
} from './model';
import type {
  AnyNode,
  Attrs,
  BlockNode,
  ImageInline,
  Inline,
  ParagraphNode,
  SectionNode,
  TableCellNode,
  TableNode,
  TableRowNode,
  TextInline,
} from './model';

// ---------------------------------------------------------------------------------------------
// Enums (https://developers.google.com/apps-script/reference/document/document-app#properties).
// Apps Script enum values print as their names; here they are those names.

function enumOf<K extends string>(names: readonly K[]): Readonly<{ [P in K]: P }> {
  const o = {} as { [P in K]: P };
  for (const n of names) (o as Record<string, string>)[n] = n;
  return Object.freeze(o);
}

export const ParagraphHeading = enumOf(['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE'] as const);
export const HorizontalAlignment = enumOf(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'] as const);
export const VerticalAlignment = enumOf(['BOTTOM', 'CENTER', 'TOP'] as const);
export const TextAlignment = enumOf(['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'] as const);
export const GlyphType = enumOf(['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'] as const);
export const ElementType = enumOf([
  'BODY_SECTION', 'COMMENT_SECTION', 'DATE', 'EQUATION', 'EQUATION_FUNCTION', 'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL', 'RICH_LINK', 'FOOTER_SECTION', 'FOOTNOTE', 'FOOTNOTE_SECTION', 'HEADER_SECTION', 'HORIZONTAL_RULE',
  'INLINE_DRAWING', 'INLINE_IMAGE', 'LIST_ITEM', 'PAGE_BREAK', 'PARAGRAPH', 'PERSON', 'TABLE', 'TABLE_CELL',
  'TABLE_OF_CONTENTS', 'TABLE_ROW', 'TEXT', 'UNSUPPORTED',
] as const);
export const Attribute = enumOf([
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE', 'FOREGROUND_COLOR',
  'HEADING', 'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE', 'INDENT_START', 'ITALIC', 'GLYPH_TYPE',
  'LEFT_TO_RIGHT', 'LINE_SPACING', 'LINK_URL', 'LIST_ID', 'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP',
  'NESTING_LEVEL', 'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT',
  'PAGE_WIDTH', 'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
] as const);

/** Attributes that belong to characters (runs), as opposed to paragraphs. */
const TEXT_ATTRS = new Set(['BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH', 'FONT_SIZE', 'FONT_FAMILY', 'FOREGROUND_COLOR', 'BACKGROUND_COLOR', 'LINK_URL', 'CODE']);

// ---------------------------------------------------------------------------------------------
// Errors. Sources in test/contract/docs.test.ts.

export const DOC_CLOSED = 'Document is closed, its contents cannot be updated.';
export const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";
export const docMissing = (): string => "Document is missing (perhaps it was deleted, or you don't have read access?)";
const childIndex = (i: number, n: number): string => `Child index (${i}) must be less than the number of child elements (${n}).`;
const insertIndex = (i: number, n: number): string => `Index (${i}) must be less than or equal to the number of child elements (${n}).`;
const offsetError = (what: string, v: number, len: number): string => `Invalid argument: ${what} (${v}) is out of range for text of length ${len}.`;
const signature = (args: unknown[], method: string): string => `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`;

// ---------------------------------------------------------------------------------------------
// Context shared by the handles of one opened Document

interface Session {
  closed: boolean;
}
interface Ctx {
  host: Host;
  store: DriveStore;
  doc: DocState;
  session: Session;
}

function guard<T extends object>(obj: T, session: Session): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || typeof prop !== 'string' || prop.startsWith('_') || prop === 'constructor') return v;
      return function (this: unknown, ...args: unknown[]) {
        if (session.closed) throw gasError(DOC_CLOSED);
        return v.apply(target, args);
      };
    },
  });
}

const CLASS: Record<string, string> = {
  BODY_SECTION: 'Body',
  HEADER_SECTION: 'HeaderSection',
  FOOTER_SECTION: 'FooterSection',
  PARAGRAPH: 'Paragraph',
  LIST_ITEM: 'ListItem',
  TABLE: 'Table',
  TABLE_ROW: 'TableRow',
  TABLE_CELL: 'TableCell',
  TEXT: 'Text',
  PAGE_BREAK: 'PageBreak',
  HORIZONTAL_RULE: 'HorizontalRule',
  INLINE_IMAGE: 'InlineImage',
};

function expose<T extends object>(c: Ctx, handle: T, cls: string): T {
  return counted(guard(handle, c.session), cls, c.host.meter);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handle = any;

function wrap(c: Ctx, n: AnyNode): Handle {
  let h: El;
  switch (n.type) {
    case 'BODY_SECTION':
      h = new BodyEl(c, n);
      break;
    case 'HEADER_SECTION':
    case 'FOOTER_SECTION':
      h = new HeaderFooterEl(c, n);
      break;
    case 'PARAGRAPH':
      h = new ParagraphEl(c, n);
      break;
    case 'LIST_ITEM':
      h = new ListItemEl(c, n);
      break;
    case 'TABLE':
      h = new TableEl(c, n);
      break;
    case 'TABLE_ROW':
      h = new TableRowEl(c, n);
      break;
    case 'TABLE_CELL':
      h = new TableCellEl(c, n);
      break;
    case 'TEXT':
      h = new TextEl(c, n, () => [[n]]);
      break;
    case 'INLINE_IMAGE':
      h = new InlineImageEl(c, n);
      break;
    case 'PAGE_BREAK':
      h = new PageBreakEl(c, n);
      break;
    case 'HORIZONTAL_RULE':
      h = new HorizontalRuleEl(c, n);
      break;
  }
  return expose(c, h, CLASS[n.type]);
}

function sections(c: Ctx): SectionNode[] {
  const t = c.doc.tree;
  return [t.body, ...(t.header ? [t.header] : []), ...(t.footer ? [t.footer] : [])];
}

function parentOf(c: Ctx, n: AnyNode): AnyNode | null {
  for (const s of sections(c)) {
    if (s === n) return null;
    const p = findParent(s, n);
    if (p) return p;
  }
  return null;
}

function kids(n: AnyNode): AnyNode[] {
  switch (n.type) {
    case 'TABLE':
      return n.rows;
    case 'TABLE_ROW':
      return n.cells;
    case 'BODY_SECTION':
    case 'HEADER_SECTION':
    case 'FOOTER_SECTION':
    case 'TABLE_CELL':
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return n.children;
    default:
      return [];
  }
}

function str(v: unknown, args: unknown[], method: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw gasError(signature(args, method));
}

function num(v: unknown, args: unknown[], method: string): number {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw gasError(signature(args, method));
}

function enumValue(v: unknown, e: Record<string, string>, args: unknown[], method: string): string {
  const s = v === null || v === undefined ? '' : String(v);
  if (!(s in e)) throw gasError(signature(args, method));
  return s;
}

/** The node behind a handle a script passes back in (a counted/guarded proxy of one of our classes). */
function nodeOf(v: unknown): AnyNode | null {
  const n = v && typeof v === 'object' ? (v as { _node?: AnyNode })._node : undefined;
  return n ?? null;
}

// ---------------------------------------------------------------------------------------------
// Element base

abstract class El {
  constructor(
    protected _c: Ctx,
    readonly _node: AnyNode,
  ) {}
  protected _dirty(): void {
    this._c.doc.dirty = true;
  }
  getType(): string {
    return this._node.type;
  }
  getParent(): Handle {
    const p = parentOf(this._c, this._node);
    return p ? wrap(this._c, p) : null;
  }
  private _sibling(d: number): Handle {
    const p = parentOf(this._c, this._node);
    if (!p) return null;
    const list = kids(p);
    const i = list.indexOf(this._node);
    const s = list[i + d];
    return s ? wrap(this._c, s) : null;
  }
  getNextSibling(): Handle {
    return this._sibling(1);
  }
  getPreviousSibling(): Handle {
    return this._sibling(-1);
  }
  isAtDocumentEnd(): boolean {
    const body = this._c.doc.tree.body;
    let n: AnyNode = this._node;
    for (;;) {
      const p = parentOf(this._c, n);
      if (!p) return n === body;
      const list = kids(p);
      if (list[list.length - 1] !== n) return false;
      n = p;
    }
  }
  removeFromParent(): Handle {
    const p = parentOf(this._c, this._node);
    if (!p) return null;
    removeChildNode(this._c, p, this._node);
    return expose(this._c, this, CLASS[this._node.type]);
  }
  copy(): Handle {
    return wrap(this._c, clone(this._node));
  }
  private _as(t: string, name: string): Handle {
    if (this._node.type !== t) throw gasError(`Cannot cast ${this._node.type} to ${name}.`);
    return expose(this._c, this, CLASS[t]);
  }
  asBody(): Handle {
    return this._as('BODY_SECTION', 'Body');
  }
  asHeaderSection(): Handle {
    return this._as('HEADER_SECTION', 'HeaderSection');
  }
  asFooterSection(): Handle {
    return this._as('FOOTER_SECTION', 'FooterSection');
  }
  asParagraph(): Handle {
    return this._as('PARAGRAPH', 'Paragraph');
  }
  asListItem(): Handle {
    return this._as('LIST_ITEM', 'ListItem');
  }
  asTable(): Handle {
    return this._as('TABLE', 'Table');
  }
  asTableRow(): Handle {
    return this._as('TABLE_ROW', 'TableRow');
  }
  asTableCell(): Handle {
    return this._as('TABLE_CELL', 'TableCell');
  }
  asText(): Handle {
    return this._as('TEXT', 'Text');
  }
  asInlineImage(): Handle {
    return this._as('INLINE_IMAGE', 'InlineImage');
  }
  asPageBreak(): Handle {
    return this._as('PAGE_BREAK', 'PageBreak');
  }
  asHorizontalRule(): Handle {
    return this._as('HORIZONTAL_RULE', 'HorizontalRule');
  }
}

/** Removes `child` from `parent`, refusing to remove the last paragraph of a section or cell. */
function removeChildNode(c: Ctx, parent: AnyNode, child: AnyNode): void {
  const list = kids(parent) as AnyNode[];
  const i = list.indexOf(child);
  if (i < 0) throw gasError('Element is not a child of this element.');
  const isSection = parent.type === 'BODY_SECTION' || parent.type === 'HEADER_SECTION' || parent.type === 'FOOTER_SECTION' || parent.type === 'TABLE_CELL';
  if (isSection && i === list.length - 1 && (child.type === 'PARAGRAPH' || child.type === 'LIST_ITEM')) {
    throw gasError(LAST_PARAGRAPH);
  }
  list.splice(i, 1);
  c.doc.dirty = true;
}

// ---------------------------------------------------------------------------------------------
// Text: a view over the TEXT inlines of one or more paragraphs ('\n' between paragraphs)

type Groups = () => TextInline[][];

class TextEl extends El {
  constructor(
    c: Ctx,
    anchor: AnyNode,
    private _groups: Groups,
    /** makes (or finds) the TEXT inline that receives text in an empty single-paragraph view */
    private _ensure?: () => TextInline,
  ) {
    super(c, anchor);
  }
  override getType(): string {
    return 'TEXT';
  }
  override getParent(): Handle {
    if (this._node.type === 'TEXT') return super.getParent();
    return wrap(this._c, this._node);
  }
  getText(): string {
    return this._groups()
      .map((g) => g.map((t) => runsText(t.runs)).join(''))
      .join('\n');
  }
  private _len(): number {
    return this.getText().length;
  }
  private _range(args: unknown[], arity: number, method: string): { start: number; end: number; value: unknown } {
    if (args.length === arity) return { start: 0, end: this._len() - 1, value: args[arity - 1] };
    if (args.length === arity + 2) {
      const start = num(args[0], args, method);
      const end = num(args[1], args, method);
      const len = this._len();
      if (start < 0 || start >= len) throw gasError(offsetError('startOffset', start, len));
      if (end < start || end >= len) throw gasError(offsetError('endOffsetInclusive', end, len));
      return { start, end, value: args[arity + 1] };
    }
    throw gasError(signature(args, `DocumentApp.Text.${method}`));
  }
  private _apply(start: number, end: number, patch: Attrs): void {
    let off = 0;
    const groups = this._groups();
    groups.forEach((g, gi) => {
      for (const t of g) {
        const chars = explode(t.runs);
        let changed = false;
        chars.forEach((ch, i) => {
          const pos = off + i;
          if (pos >= start && pos <= end) {
            ch.a = patchAttrs(ch.a, patch);
            changed = true;
          }
        });
        if (changed) t.runs = implode(chars);
        off += chars.length;
      }
      if (gi < groups.length - 1) off += 1;
    });
    this._dirty();
  }
  private _attrsAt(offset: number): Attrs | undefined {
    let off = 0;
    const groups = this._groups();
    for (let gi = 0; gi < groups.length; gi++) {
      for (const t of groups[gi]) {
        const chars = explode(t.runs);
        if (offset < off + chars.length) return chars[offset - off].a;
        off += chars.length;
      }
      if (gi < groups.length - 1) {
        if (offset === off) return undefined;
        off += 1;
      }
    }
    return undefined;
  }
  /** The value of an attribute over the whole text: null when mixed (as the reference says for isBold()). */
  private _get(attr: string, args: unknown[], dflt: unknown): unknown {
    if (args.length === 1) {
      const o = num(args[0], args, attr);
      const len = this._len();
      if (o < 0 || o >= len) throw gasError(offsetError('offset', o, len));
      return this._attrsAt(o)?.[attr] ?? dflt;
    }
    const len = this._len();
    if (len === 0) return dflt;
    let first: unknown = undefined;
    for (let i = 0; i < len; i++) {
      const v = this._attrsAt(i)?.[attr] ?? dflt;
      if (i === 0) first = v;
      else if (v !== first) return null;
    }
    return first;
  }
  private _set(attr: string, args: unknown[], method: string, check: (v: unknown) => unknown): Handle {
    const r = this._range(args, 1, method);
    const v = r.value === null ? null : check(r.value);
    if (r.end >= r.start) this._apply(r.start, r.end, { [attr]: v });
    return expose(this._c, this, 'Text');
  }
  private _bool(method: string) {
    return (v: unknown): unknown => {
      if (typeof v !== 'boolean') throw gasError(signature([v], `DocumentApp.Text.${method}`));
      return v;
    };
  }
  setBold(...args: unknown[]): Handle {
    return this._set('BOLD', args, 'setBold', this._bool('setBold'));
  }
  isBold(...args: unknown[]): boolean | null {
    return this._get('BOLD', args, false) as boolean | null;
  }
  setItalic(...args: unknown[]): Handle {
    return this._set('ITALIC', args, 'setItalic', this._bool('setItalic'));
  }
  isItalic(...args: unknown[]): boolean | null {
    return this._get('ITALIC', args, false) as boolean | null;
  }
  setUnderline(...args: unknown[]): Handle {
    return this._set('UNDERLINE', args, 'setUnderline', this._bool('setUnderline'));
  }
  isUnderline(...args: unknown[]): boolean | null {
    return this._get('UNDERLINE', args, false) as boolean | null;
  }
  setStrikethrough(...args: unknown[]): Handle {
    return this._set('STRIKETHROUGH', args, 'setStrikethrough', this._bool('setStrikethrough'));
  }
  isStrikethrough(...args: unknown[]): boolean | null {
    return this._get('STRIKETHROUGH', args, false) as boolean | null;
  }
  setFontSize(...args: unknown[]): Handle {
    return this._set('FONT_SIZE', args, 'setFontSize', (v) => num(v, args, 'DocumentApp.Text.setFontSize'));
  }
  getFontSize(...args: unknown[]): number | null {
    return this._get('FONT_SIZE', args, null) as number | null;
  }
  setFontFamily(...args: unknown[]): Handle {
    return this._set('FONT_FAMILY', args, 'setFontFamily', (v) => str(v, args, 'DocumentApp.Text.setFontFamily'));
  }
  getFontFamily(...args: unknown[]): string | null {
    return this._get('FONT_FAMILY', args, null) as string | null;
  }
  setForegroundColor(...args: unknown[]): Handle {
    return this._set('FOREGROUND_COLOR', args, 'setForegroundColor', (v) => color(v, args, 'DocumentApp.Text.setForegroundColor'));
  }
  getForegroundColor(...args: unknown[]): string | null {
    return this._get('FOREGROUND_COLOR', args, null) as string | null;
  }
  setBackgroundColor(...args: unknown[]): Handle {
    return this._set('BACKGROUND_COLOR', args, 'setBackgroundColor', (v) => color(v, args, 'DocumentApp.Text.setBackgroundColor'));
  }
  getBackgroundColor(...args: unknown[]): string | null {
    return this._get('BACKGROUND_COLOR', args, null) as string | null;
  }
  setLinkUrl(...args: unknown[]): Handle {
    return this._set('LINK_URL', args, 'setLinkUrl', (v) => str(v, args, 'DocumentApp.Text.setLinkUrl'));
  }
  getLinkUrl(...args: unknown[]): string | null {
    return this._get('LINK_URL', args, null) as string | null;
  }
  setAttributes(...args: unknown[]): Handle {
    const r = this._range(args, 1, 'setAttributes');
    const patch = textPatch(r.value);
    if (r.end >= r.start && Object.keys(patch).length) this._apply(r.start, r.end, patch);
    return expose(this._c, this, 'Text');
  }
  getAttributes(...args: unknown[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const a of TEXT_ATTRS) out[a] = this._get(a, args, null);
    return out;
  }
  getTextAttributeIndices(): number[] {
    const out: number[] = [];
    let prev: string | undefined;
    const len = this._len();
    for (let i = 0; i < len; i++) {
      const k = JSON.stringify(this._attrsAt(i) ?? {});
      if (i === 0 || k !== prev) out.push(i);
      prev = k;
    }
    return out.length ? out : [0];
  }
  editAsText(): Handle {
    return expose(this._c, this, 'Text');
  }
  /** Text edits are supported on a single paragraph's text (what scripts do); across paragraphs they throw. */
  private _single(method: string): TextInline[] {
    const groups = this._groups();
    if (groups.length > 1) throw gasError(`The emulator does not support Text.${method} across several paragraphs.`);
    let g = groups[0] ?? [];
    if (g.length === 0 && this._ensure) g = [this._ensure()];
    if (g.length === 0) throw gasError(`The emulator does not support Text.${method} here.`);
    return g;
  }
  private _rewrite(g: TextInline[], f: (chars: ReturnType<typeof explode>) => ReturnType<typeof explode>): void {
    const all = g.flatMap((t) => explode(t.runs));
    const out = f(all);
    g[0].runs = implode(out);
    for (let i = 1; i < g.length; i++) g[i].runs = [];
    this._dirty();
  }
  setText(text: unknown): Handle {
    const s = str(text, [text], 'DocumentApp.Text.setText');
    const g = this._single('setText');
    this._rewrite(g, (chars) => s.split('').map((ch) => ({ ch, a: chars[0]?.a })));
    return expose(this._c, this, 'Text');
  }
  appendText(text: unknown): Handle {
    const s = str(text, [text], 'DocumentApp.Text.appendText');
    const g = this._single('appendText');
    this._rewrite(g, (chars) => [...chars, ...s.split('').map((ch) => ({ ch, a: chars[chars.length - 1]?.a }))]);
    return expose(this._c, this, 'Text');
  }
  insertText(offset: unknown, text: unknown): Handle {
    const o = num(offset, [offset, text], 'DocumentApp.Text.insertText');
    const s = str(text, [offset, text], 'DocumentApp.Text.insertText');
    const len = this._len();
    if (o < 0 || o > len) throw gasError(offsetError('offset', o, len));
    const g = this._single('insertText');
    this._rewrite(g, (chars) => {
      const a = (chars[o - 1] ?? chars[o])?.a;
      return [...chars.slice(0, o), ...s.split('').map((ch) => ({ ch, a })), ...chars.slice(o)];
    });
    return expose(this._c, this, 'Text');
  }
  deleteText(start: unknown, endInclusive: unknown): Handle {
    const r = this._range([start, endInclusive, null], 1, 'deleteText');
    const g = this._single('deleteText');
    this._rewrite(g, (chars) => [...chars.slice(0, r.start), ...chars.slice(r.end + 1)]);
    return expose(this._c, this, 'Text');
  }
  replaceText(searchPattern: unknown, replacement: unknown): Handle {
    const p = str(searchPattern, [searchPattern, replacement], 'DocumentApp.Text.replaceText');
    const rep = str(replacement, [searchPattern, replacement], 'DocumentApp.Text.replaceText');
    for (const g of this._groups()) {
      for (const t of g) {
        const before = runsText(t.runs);
        const after = before.replace(new RegExp(p, 'g'), rep);
        if (after !== before) {
          const a = t.runs[0]?.attrs;
          t.runs = [{ text: after, ...(a ? { attrs: a } : {}) }];
          this._dirty();
        }
      }
    }
    return expose(this._c, this, 'Text');
  }
}

function color(v: unknown, args: unknown[], method: string): string {
  const s = str(v, args, method);
  if (!/^#[0-9a-fA-F]{6}$/.test(s)) throw gasError(`Invalid color: ${s}. The emulator accepts only #RRGGBB (${method}); not verified against Apps Script.`);
  return s.toLowerCase();
}

function textPatch(v: unknown): Attrs {
  if (!v || typeof v !== 'object') throw gasError(signature([v], 'DocumentApp.Element.setAttributes'));
  const out: Attrs = {};
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) if (TEXT_ATTRS.has(k)) out[k] = val;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Containers: Body, HeaderSection, FooterSection, TableCell

abstract class ContainerEl extends El {
  protected get _kids(): BlockNode[] {
    return (this._node as SectionNode | TableCellNode).children;
  }
  protected abstract _cls(): string;
  private _m(name: string): string {
    return `DocumentApp.${this._cls()}.${name}`;
  }
  protected _insertAt(i: number, node: BlockNode): Handle {
    if (node.type === 'LIST_ITEM' && !node.listId) {
      const prev = this._kids[i - 1];
      node.listId = prev && prev.type === 'LIST_ITEM' && prev.listId ? prev.listId : `kix.${this._c.store.newId().slice(1, 13).toLowerCase()}`;
    }
    this._kids.splice(i, 0, node);
    this._dirty();
    return wrap(this._c, node);
  }
  protected _index(i: unknown, args: unknown[], name: string): number {
    const n = num(i, args, this._m(name));
    if (!Number.isInteger(n) || n < 0 || n > this._kids.length) throw gasError(insertIndex(n, this._kids.length));
    return n;
  }
  /** A detached element passed in (appendParagraph(paragraph)) or a new one from text. */
  protected _paragraph(arg: unknown, args: unknown[], name: string, type: 'PARAGRAPH' | 'LIST_ITEM'): ParagraphNode {
    const n = nodeOf(arg);
    if (n) {
      if (n.type !== type) throw gasError(signature(args, this._m(name)));
      if (parentOf(this._c, n)) throw gasError('Element must be detached.');
      return n;
    }
    return newParagraph(str(arg, args, this._m(name)), type);
  }
  protected _table(arg: unknown, args: unknown[], name: string): TableNode {
    if (arg === undefined) return { type: 'TABLE', rows: [] };
    const n = nodeOf(arg);
    if (n) {
      if (n.type !== 'TABLE') throw gasError(signature(args, this._m(name)));
      if (parentOf(this._c, n)) throw gasError('Element must be detached.');
      return n;
    }
    if (!Array.isArray(arg) || !arg.every((r) => Array.isArray(r) && r.every((x) => typeof x === 'string'))) {
      throw gasError(signature(args, this._m(name)));
    }
    const rows = arg as string[][];
    const width = rows[0]?.length ?? 0;
    if (rows.some((r) => r.length !== width)) {
      throw gasError(`The emulator requires every row given to ${name}(cells) to have the same number of cells (not verified against Apps Script).`);
    }
    return { type: 'TABLE', rows: rows.map((r) => ({ type: 'TABLE_ROW', cells: r.map((t) => newCell(t)) })) };
  }
  protected _imagePara(image: unknown, args: unknown[], name: string): ParagraphNode {
    const p = newParagraph();
    p.children.push(imageNode(image, args, this._m(name)));
    return p;
  }
  appendParagraph(text: unknown): Handle {
    return this._insertAt(this._kids.length, this._paragraph(text, [text], 'appendParagraph', 'PARAGRAPH'));
  }
  insertParagraph(childIndex: unknown, text: unknown): Handle {
    const i = this._index(childIndex, [childIndex, text], 'insertParagraph');
    return this._insertAt(i, this._paragraph(text, [childIndex, text], 'insertParagraph', 'PARAGRAPH'));
  }
  appendListItem(text: unknown): Handle {
    const p = this._paragraph(text, [text], 'appendListItem', 'LIST_ITEM');
    p.glyphType ??= 'BULLET';
    p.nestingLevel ??= 0;
    return this._insertAt(this._kids.length, p);
  }
  insertListItem(childIndex: unknown, text: unknown): Handle {
    const i = this._index(childIndex, [childIndex, text], 'insertListItem');
    const p = this._paragraph(text, [childIndex, text], 'insertListItem', 'LIST_ITEM');
    p.glyphType ??= 'BULLET';
    p.nestingLevel ??= 0;
    return this._insertAt(i, p);
  }
  appendTable(...args: unknown[]): Handle {
    return this._insertAt(this._kids.length, this._table(args[0], args, 'appendTable'));
  }
  insertTable(childIndex: unknown, ...rest: unknown[]): Handle {
    const i = this._index(childIndex, [childIndex, ...rest], 'insertTable');
    return this._insertAt(i, this._table(rest[0], [childIndex, ...rest], 'insertTable'));
  }
  appendHorizontalRule(): Handle {
    const p = newParagraph();
    const hr: Inline = { type: 'HORIZONTAL_RULE' };
    p.children.push(hr);
    this._insertAt(this._kids.length, p);
    return wrap(this._c, hr);
  }
  insertHorizontalRule(childIndex: unknown): Handle {
    const i = this._index(childIndex, [childIndex], 'insertHorizontalRule');
    const p = newParagraph();
    const hr: Inline = { type: 'HORIZONTAL_RULE' };
    p.children.push(hr);
    this._insertAt(i, p);
    return wrap(this._c, hr);
  }
  appendImage(image: unknown): Handle {
    const p = this._imagePara(image, [image], 'appendImage');
    this._insertAt(this._kids.length, p);
    return wrap(this._c, p.children[0]);
  }
  insertImage(childIndex: unknown, image: unknown): Handle {
    const i = this._index(childIndex, [childIndex, image], 'insertImage');
    const p = this._imagePara(image, [childIndex, image], 'insertImage');
    this._insertAt(i, p);
    return wrap(this._c, p.children[0]);
  }
  getNumChildren(): number {
    return this._kids.length;
  }
  getChild(childIndex: unknown): Handle {
    const i = num(childIndex, [childIndex], this._m('getChild'));
    if (!Number.isInteger(i) || i < 0 || i >= this._kids.length) throw gasError(childIndex_(i, this._kids.length));
    return wrap(this._c, this._kids[i]);
  }
  getChildIndex(child: unknown): number {
    const n = nodeOf(child);
    const i = n ? (this._kids as AnyNode[]).indexOf(n) : -1;
    if (i < 0) throw gasError('Element is not a child of this element.');
    return i;
  }
  removeChild(child: unknown): Handle {
    const n = nodeOf(child);
    if (!n) throw gasError(signature([child], this._m('removeChild')));
    removeChildNode(this._c, this._node, n);
    return expose(this._c, this, this._cls());
  }
  getText(): string {
    return (this._node.type === 'TABLE_CELL' ? cellText(this._node) : sectionText(this._node as SectionNode));
  }
  /** Replaces the content with one paragraph holding the text (not verified: how '\n' splits). */
  setText(text: unknown): Handle {
    const s = str(text, [text], this._m('setText'));
    this._kids.splice(0, this._kids.length, newParagraph(s));
    this._dirty();
    return expose(this._c, this, this._cls());
  }
  /** Clears the content; the container keeps one empty paragraph (a section always holds one). */
  clear(): Handle {
    this._kids.splice(0, this._kids.length, newParagraph());
    this._dirty();
    return expose(this._c, this, this._cls());
  }
  editAsText(): Handle {
    return expose(this._c, this._text(), 'Text');
  }
  /** The text view, uncounted: for the emulator's own use inside a counted call. */
  _text(): TextEl {
    const node = this._node;
    return new TextEl(this._c, node, () => paragraphsUnder(node).map((p) => p.children.filter((k): k is TextInline => k.type === 'TEXT')));
  }
  replaceText(searchPattern: unknown, replacement: unknown): Handle {
    const t = this._text();
    t.replaceText(searchPattern, replacement);
    return expose(this._c, this, this._cls());
  }
  getAttributes(): Record<string, unknown> {
    return { ...((this._node as SectionNode).attrs ?? {}) };
  }
  setAttributes(attributes: unknown): Handle {
    if (!attributes || typeof attributes !== 'object') throw gasError(signature([attributes], this._m('setAttributes')));
    const n = this._node as SectionNode;
    n.attrs = patchAttrs(n.attrs, attributes as Attrs);
    this._dirty();
    return expose(this._c, this, this._cls());
  }
}

const childIndex_ = childIndex;

abstract class SectionEl extends ContainerEl {
  getParagraphs(): Handle[] {
    return paragraphsUnder(this._node).map((p) => wrap(this._c, p));
  }
  getTables(): Handle[] {
    return tablesUnder(this._node).map((t) => wrap(this._c, t));
  }
  getListItems(): Handle[] {
    return paragraphsUnder(this._node)
      .filter((p) => p.type === 'LIST_ITEM')
      .map((p) => wrap(this._c, p));
  }
  getImages(): Handle[] {
    return paragraphsUnder(this._node).flatMap((p) => p.children.filter((k) => k.type === 'INLINE_IMAGE').map((k) => wrap(this._c, k)));
  }
}

/** Body page defaults: US Letter, 1-inch margins, in points (Docs' defaults for new documents; not verified per locale). */
const PAGE_DEFAULTS: Record<string, number> = { MARGIN_TOP: 72, MARGIN_BOTTOM: 72, MARGIN_LEFT: 72, MARGIN_RIGHT: 72, PAGE_WIDTH: 612, PAGE_HEIGHT: 792 };

class BodyEl extends SectionEl {
  protected _cls(): string {
    return 'Body';
  }
  private _page(attr: string, v: unknown, method: string): Handle {
    const n = num(v, [v], `DocumentApp.Body.${method}`);
    if (n < 0) throw gasError(`Invalid argument: ${method}(${n})`);
    const s = this._node as SectionNode;
    s.attrs = patchAttrs(s.attrs, { [attr]: n });
    this._dirty();
    return expose(this._c, this, 'Body');
  }
  private _pageGet(attr: string): number {
    const v = (this._node as SectionNode).attrs?.[attr];
    return typeof v === 'number' ? v : PAGE_DEFAULTS[attr];
  }
  setMarginTop(v: unknown): Handle {
    return this._page('MARGIN_TOP', v, 'setMarginTop');
  }
  setMarginBottom(v: unknown): Handle {
    return this._page('MARGIN_BOTTOM', v, 'setMarginBottom');
  }
  setMarginLeft(v: unknown): Handle {
    return this._page('MARGIN_LEFT', v, 'setMarginLeft');
  }
  setMarginRight(v: unknown): Handle {
    return this._page('MARGIN_RIGHT', v, 'setMarginRight');
  }
  setPageWidth(v: unknown): Handle {
    return this._page('PAGE_WIDTH', v, 'setPageWidth');
  }
  setPageHeight(v: unknown): Handle {
    return this._page('PAGE_HEIGHT', v, 'setPageHeight');
  }
  getMarginTop(): number {
    return this._pageGet('MARGIN_TOP');
  }
  getMarginBottom(): number {
    return this._pageGet('MARGIN_BOTTOM');
  }
  getMarginLeft(): number {
    return this._pageGet('MARGIN_LEFT');
  }
  getMarginRight(): number {
    return this._pageGet('MARGIN_RIGHT');
  }
  getPageWidth(): number {
    return this._pageGet('PAGE_WIDTH');
  }
  getPageHeight(): number {
    return this._pageGet('PAGE_HEIGHT');
  }
  /** A PageBreak lives in a new paragraph appended to the body (not verified: the wrapping paragraph). */
  appendPageBreak(pageBreak?: unknown): Handle {
    if (pageBreak !== undefined) throw gasError('The emulator does not support appendPageBreak(pageBreak); use appendPageBreak().');
    const p = newParagraph();
    const pb: Inline = { type: 'PAGE_BREAK' };
    p.children.push(pb);
    this._insertAt(this._kids.length, p);
    return wrap(this._c, pb);
  }
  insertPageBreak(childIndex: unknown): Handle {
    const i = this._index(childIndex, [childIndex], 'insertPageBreak');
    const p = newParagraph();
    const pb: Inline = { type: 'PAGE_BREAK' };
    p.children.push(pb);
    this._insertAt(i, p);
    return wrap(this._c, pb);
  }
  override getParent(): Handle {
    return null;
  }
  override removeFromParent(): Handle {
    throw gasError('The body section cannot be removed.');
  }
}

class HeaderFooterEl extends SectionEl {
  protected _cls(): string {
    return this._node.type === 'HEADER_SECTION' ? 'HeaderSection' : 'FooterSection';
  }
  override getParent(): Handle {
    return null;
  }
  override removeFromParent(): Handle {
    const t = this._c.doc.tree;
    if (t.header === this._node) delete t.header;
    if (t.footer === this._node) delete t.footer;
    this._dirty();
    return expose(this._c, this, this._cls());
  }
}

// ---------------------------------------------------------------------------------------------
// Paragraph and ListItem

function imageNode(image: unknown, args: unknown[], method: string): ImageInline {
  const existing = nodeOf(image);
  if (existing && existing.type === 'INLINE_IMAGE') return clone(existing);
  let b;
  try {
    b = readBlob(image, method);
  } catch {
    throw gasError(signature(args, method));
  }
  const ct = b.contentType ?? '';
  if (!/^image\/(png|jpeg|gif|bmp|svg\+xml)$/.test(ct)) {
    throw gasError(`Invalid image data (content type ${ct || 'unknown'}): the emulator accepts PNG, JPEG, GIF, BMP and SVG blobs (${method}).`);
  }
  const size = imageSize(b.bytes) ?? { width: 100, height: 100 };
  return { type: 'INLINE_IMAGE', contentType: ct, data: Buffer.from(b.bytes).toString('base64'), width: size.width, height: size.height, ...(b.name ? { name: b.name } : {}) };
}

class ParagraphEl extends El {
  protected get _p(): ParagraphNode {
    return this._node as ParagraphNode;
  }
  protected _cls(): string {
    return this._p.type === 'LIST_ITEM' ? 'ListItem' : 'Paragraph';
  }
  protected _self(): Handle {
    return expose(this._c, this, this._cls());
  }
  private _m(name: string): string {
    return `DocumentApp.${this._cls()}.${name}`;
  }
  getText(): string {
    return paragraphText(this._p);
  }
  setText(text: unknown): void {
    const s = str(text, [text], this._m('setText'));
    this._p.children = s === '' ? [] : [{ type: 'TEXT', runs: [{ text: s }] }];
    this._dirty();
  }
  appendText(text: unknown): Handle {
    const s = str(text, [text], this._m('appendText'));
    const t: TextInline = { type: 'TEXT', runs: [{ text: s }] };
    this._p.children.push(t);
    this._dirty();
    return wrap(this._c, t);
  }
  insertText(childIndex: unknown, text: unknown): Handle {
    const i = num(childIndex, [childIndex, text], this._m('insertText'));
    if (i < 0 || i > this._p.children.length) throw gasError(insertIndex(i, this._p.children.length));
    const t: TextInline = { type: 'TEXT', runs: [{ text: str(text, [childIndex, text], this._m('insertText')) }] };
    this._p.children.splice(i, 0, t);
    this._dirty();
    return wrap(this._c, t);
  }
  clear(): Handle {
    this._p.children = [];
    this._dirty();
    return this._self();
  }
  editAsText(): Handle {
    return expose(this._c, this._text(), 'Text');
  }
  /** The text view, uncounted: for the emulator's own use inside a counted call. */
  _text(): TextEl {
    const p = this._p;
    const ensure = (): TextInline => {
      const t: TextInline = { type: 'TEXT', runs: [] };
      p.children.push(t);
      return t;
    };
    return new TextEl(this._c, p, () => [p.children.filter((k): k is TextInline => k.type === 'TEXT')], ensure);
  }
  replaceText(searchPattern: unknown, replacement: unknown): Handle {
    this._text().replaceText(searchPattern, replacement);
    return this._self();
  }
  setHeading(heading: unknown): Handle {
    this._p.heading = enumValue(heading, ParagraphHeading, [heading], this._m('setHeading'));
    this._dirty();
    return this._self();
  }
  getHeading(): string {
    return this._p.heading;
  }
  setAlignment(alignment: unknown): Handle {
    this._p.alignment = enumValue(alignment, HorizontalAlignment, [alignment], this._m('setAlignment'));
    this._dirty();
    return this._self();
  }
  /** Not verified: what a never-aligned paragraph returns; LEFT here (null is possible in Apps Script). */
  getAlignment(): string {
    return this._p.alignment ?? 'LEFT';
  }
  private _pattr(attr: string, v: unknown, method: string): Handle {
    const n = num(v, [v], this._m(method));
    this._p.attrs = patchAttrs(this._p.attrs, { [attr]: n });
    this._dirty();
    return this._self();
  }
  private _pget(attr: string): number | null {
    const v = this._p.attrs?.[attr];
    return typeof v === 'number' ? v : null;
  }
  setIndentStart(v: unknown): Handle {
    return this._pattr('INDENT_START', v, 'setIndentStart');
  }
  getIndentStart(): number | null {
    return this._pget('INDENT_START');
  }
  setIndentEnd(v: unknown): Handle {
    return this._pattr('INDENT_END', v, 'setIndentEnd');
  }
  getIndentEnd(): number | null {
    return this._pget('INDENT_END');
  }
  setIndentFirstLine(v: unknown): Handle {
    return this._pattr('INDENT_FIRST_LINE', v, 'setIndentFirstLine');
  }
  getIndentFirstLine(): number | null {
    return this._pget('INDENT_FIRST_LINE');
  }
  setSpacingBefore(v: unknown): Handle {
    return this._pattr('SPACING_BEFORE', v, 'setSpacingBefore');
  }
  getSpacingBefore(): number | null {
    return this._pget('SPACING_BEFORE');
  }
  setSpacingAfter(v: unknown): Handle {
    return this._pattr('SPACING_AFTER', v, 'setSpacingAfter');
  }
  getSpacingAfter(): number | null {
    return this._pget('SPACING_AFTER');
  }
  setLineSpacing(v: unknown): Handle {
    return this._pattr('LINE_SPACING', v, 'setLineSpacing');
  }
  getLineSpacing(): number | null {
    return this._pget('LINE_SPACING');
  }
  setAttributes(attributes: unknown): Handle {
    if (!attributes || typeof attributes !== 'object') throw gasError(signature([attributes], this._m('setAttributes')));
    const a = attributes as Record<string, unknown>;
    const rest: Attrs = {};
    for (const [k, v] of Object.entries(a)) {
      if (k === 'HEADING') {
        if (v !== null && v !== undefined) this._p.heading = enumValue(v, ParagraphHeading, [attributes], this._m('setAttributes'));
      } else if (k === 'HORIZONTAL_ALIGNMENT') {
        if (v === null) delete this._p.alignment;
        else if (v !== undefined) this._p.alignment = enumValue(v, HorizontalAlignment, [attributes], this._m('setAttributes'));
      } else if (!TEXT_ATTRS.has(k)) {
        rest[k] = v;
      }
    }
    if (Object.keys(rest).length) this._p.attrs = patchAttrs(this._p.attrs, rest);
    const patch = textPatch(a);
    if (Object.keys(patch).length) {
      const len = this.getText().length;
      if (len > 0) this._text().setAttributes(0, len - 1, patch);
    }
    this._dirty();
    return this._self();
  }
  getAttributes(): Record<string, unknown> {
    const text = this._text().getAttributes();
    return { ...(this._p.attrs ?? {}), ...text, HEADING: this._p.heading, HORIZONTAL_ALIGNMENT: this._p.alignment ?? null };
  }
  getNumChildren(): number {
    return this._p.children.length;
  }
  getChild(childIndex: unknown): Handle {
    const i = num(childIndex, [childIndex], this._m('getChild'));
    if (!Number.isInteger(i) || i < 0 || i >= this._p.children.length) throw gasError(childIndex_(i, this._p.children.length));
    return wrap(this._c, this._p.children[i]);
  }
  getChildIndex(child: unknown): number {
    const n = nodeOf(child);
    const i = n ? (this._p.children as AnyNode[]).indexOf(n) : -1;
    if (i < 0) throw gasError('Element is not a child of this element.');
    return i;
  }
  removeChild(child: unknown): Handle {
    const n = nodeOf(child);
    const i = n ? (this._p.children as AnyNode[]).indexOf(n) : -1;
    if (i < 0) throw gasError('Element is not a child of this element.');
    this._p.children.splice(i, 1);
    this._dirty();
    return this._self();
  }
  appendInlineImage(image: unknown): Handle {
    const img = imageNode(image, [image], this._m('appendInlineImage'));
    this._p.children.push(img);
    this._dirty();
    return wrap(this._c, img);
  }
  appendPageBreak(): Handle {
    const pb: Inline = { type: 'PAGE_BREAK' };
    this._p.children.push(pb);
    this._dirty();
    return wrap(this._c, pb);
  }
  appendHorizontalRule(): Handle {
    const hr: Inline = { type: 'HORIZONTAL_RULE' };
    this._p.children.push(hr);
    this._dirty();
    return wrap(this._c, hr);
  }
}

class ListItemEl extends ParagraphEl {
  setGlyphType(glyphType: unknown): Handle {
    this._p.glyphType = enumValue(glyphType, GlyphType, [glyphType], 'DocumentApp.ListItem.setGlyphType');
    this._dirty();
    return this._self();
  }
  getGlyphType(): string {
    return this._p.glyphType ?? 'BULLET';
  }
  setNestingLevel(nestingLevel: unknown): Handle {
    const n = num(nestingLevel, [nestingLevel], 'DocumentApp.ListItem.setNestingLevel');
    if (!Number.isInteger(n) || n < 0 || n > 8) throw gasError(`Invalid argument: nestingLevel (${n}); the emulator accepts 0..8 (not verified).`);
    this._p.nestingLevel = n;
    this._dirty();
    return this._self();
  }
  getNestingLevel(): number {
    return this._p.nestingLevel ?? 0;
  }
  getListId(): string {
    return this._p.listId ?? '';
  }
  setListId(listItem: unknown): Handle {
    const n = nodeOf(listItem);
    if (!n || n.type !== 'LIST_ITEM') throw gasError(signature([listItem], 'DocumentApp.ListItem.setListId'));
    this._p.listId = n.listId;
    this._dirty();
    return this._self();
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

class TableEl extends El {
  private get _t(): TableNode {
    return this._node as TableNode;
  }
  getNumRows(): number {
    return this._t.rows.length;
  }
  getNumChildren(): number {
    return this._t.rows.length;
  }
  getRow(rowIndex: unknown): Handle {
    const i = num(rowIndex, [rowIndex], 'DocumentApp.Table.getRow');
    if (!Number.isInteger(i) || i < 0 || i >= this._t.rows.length) throw gasError(childIndex_(i, this._t.rows.length));
    return wrap(this._c, this._t.rows[i]);
  }
  getChild(childIndex: unknown): Handle {
    return this.getRow(childIndex);
  }
  getChildIndex(child: unknown): number {
    const n = nodeOf(child);
    const i = n ? (this._t.rows as AnyNode[]).indexOf(n) : -1;
    if (i < 0) throw gasError('Element is not a child of this element.');
    return i;
  }
  getCell(rowIndex: unknown, cellIndex: unknown): Handle {
    const r = num(rowIndex, [rowIndex, cellIndex], 'DocumentApp.Table.getCell');
    const c = num(cellIndex, [rowIndex, cellIndex], 'DocumentApp.Table.getCell');
    if (!Number.isInteger(r) || r < 0 || r >= this._t.rows.length) throw gasError(childIndex_(r, this._t.rows.length));
    const row = this._t.rows[r];
    if (!Number.isInteger(c) || c < 0 || c >= row.cells.length) throw gasError(childIndex_(c, row.cells.length));
    return wrap(this._c, row.cells[c]);
  }
  /** A new row with no cells (not verified: Apps Script may copy the cell count). */
  appendTableRow(row?: unknown): Handle {
    let node: TableRowNode = { type: 'TABLE_ROW', cells: [] };
    if (row !== undefined) {
      const n = nodeOf(row);
      if (!n || n.type !== 'TABLE_ROW') throw gasError(signature([row], 'DocumentApp.Table.appendTableRow'));
      if (parentOf(this._c, n)) throw gasError('Element must be detached.');
      node = n;
    }
    this._t.rows.push(node);
    this._dirty();
    return wrap(this._c, node);
  }
  insertTableRow(childIndex: unknown): Handle {
    const i = num(childIndex, [childIndex], 'DocumentApp.Table.insertTableRow');
    if (i < 0 || i > this._t.rows.length) throw gasError(insertIndex(i, this._t.rows.length));
    const node: TableRowNode = { type: 'TABLE_ROW', cells: [] };
    this._t.rows.splice(i, 0, node);
    this._dirty();
    return wrap(this._c, node);
  }
  removeRow(rowIndex: unknown): Handle {
    const i = num(rowIndex, [rowIndex], 'DocumentApp.Table.removeRow');
    if (!Number.isInteger(i) || i < 0 || i >= this._t.rows.length) throw gasError(childIndex_(i, this._t.rows.length));
    const [row] = this._t.rows.splice(i, 1);
    this._dirty();
    return wrap(this._c, row);
  }
  removeChild(child: unknown): Handle {
    this.removeRow(this.getChildIndex(child));
    return expose(this._c, this, 'Table');
  }
  setBorderWidth(width: unknown): Handle {
    const w = num(width, [width], 'DocumentApp.Table.setBorderWidth');
    if (w < 0) throw gasError(`Invalid argument: width (${w})`);
    this._t.borderWidth = w;
    this._dirty();
    return expose(this._c, this, 'Table');
  }
  /** Not verified: the default border; Docs draws 1pt black borders on a new table. */
  getBorderWidth(): number {
    return this._t.borderWidth ?? 1;
  }
  setBorderColor(c: unknown): Handle {
    this._t.borderColor = color(c, [c], 'DocumentApp.Table.setBorderColor');
    this._dirty();
    return expose(this._c, this, 'Table');
  }
  getBorderColor(): string {
    return this._t.borderColor ?? '#000000';
  }
  setColumnWidth(columnIndex: unknown, width: unknown): Handle {
    const i = num(columnIndex, [columnIndex, width], 'DocumentApp.Table.setColumnWidth');
    const w = num(width, [columnIndex, width], 'DocumentApp.Table.setColumnWidth');
    const cols = Math.max(0, ...this._t.rows.map((r) => r.cells.length));
    if (!Number.isInteger(i) || i < 0 || i >= cols) throw gasError(childIndex_(i, cols));
    const widths = this._t.columnWidths ?? [];
    while (widths.length < cols) widths.push(null);
    widths[i] = w;
    this._t.columnWidths = widths;
    this._dirty();
    return expose(this._c, this, 'Table');
  }
  getColumnWidth(columnIndex: unknown): number | null {
    const i = num(columnIndex, [columnIndex], 'DocumentApp.Table.getColumnWidth');
    return this._t.columnWidths?.[i] ?? null;
  }
  getText(): string {
    return blockText(this._t);
  }
  editAsText(): Handle {
    return expose(this._c, this._text(), 'Text');
  }
  /** The text view, uncounted: for the emulator's own use inside a counted call. */
  _text(): TextEl {
    const node = this._t;
    return new TextEl(this._c, node, () => paragraphsUnder(node).map((p) => p.children.filter((k): k is TextInline => k.type === 'TEXT')));
  }
  replaceText(searchPattern: unknown, replacement: unknown): Handle {
    this._text().replaceText(searchPattern, replacement);
    return expose(this._c, this, 'Table');
  }
}

class TableRowEl extends El {
  private get _r(): TableRowNode {
    return this._node as TableRowNode;
  }
  getNumCells(): number {
    return this._r.cells.length;
  }
  getNumChildren(): number {
    return this._r.cells.length;
  }
  getCell(cellIndex: unknown): Handle {
    const i = num(cellIndex, [cellIndex], 'DocumentApp.TableRow.getCell');
    if (!Number.isInteger(i) || i < 0 || i >= this._r.cells.length) throw gasError(childIndex_(i, this._r.cells.length));
    return wrap(this._c, this._r.cells[i]);
  }
  getChild(childIndex: unknown): Handle {
    return this.getCell(childIndex);
  }
  getChildIndex(child: unknown): number {
    const n = nodeOf(child);
    const i = n ? (this._r.cells as AnyNode[]).indexOf(n) : -1;
    if (i < 0) throw gasError('Element is not a child of this element.');
    return i;
  }
  appendTableCell(textContents?: unknown): Handle {
    let cell: TableCellNode;
    const n = nodeOf(textContents);
    if (n) {
      if (n.type !== 'TABLE_CELL') throw gasError(signature([textContents], 'DocumentApp.TableRow.appendTableCell'));
      if (parentOf(this._c, n)) throw gasError('Element must be detached.');
      cell = n;
    } else {
      cell = newCell(textContents === undefined ? '' : str(textContents, [textContents], 'DocumentApp.TableRow.appendTableCell'));
    }
    this._r.cells.push(cell);
    this._dirty();
    return wrap(this._c, cell);
  }
  insertTableCell(childIndex: unknown, textContents?: unknown): Handle {
    const i = num(childIndex, [childIndex, textContents], 'DocumentApp.TableRow.insertTableCell');
    if (i < 0 || i > this._r.cells.length) throw gasError(insertIndex(i, this._r.cells.length));
    const cell = newCell(textContents === undefined ? '' : str(textContents, [childIndex, textContents], 'DocumentApp.TableRow.insertTableCell'));
    this._r.cells.splice(i, 0, cell);
    this._dirty();
    return wrap(this._c, cell);
  }
  removeCell(cellIndex: unknown): Handle {
    const i = num(cellIndex, [cellIndex], 'DocumentApp.TableRow.removeCell');
    if (!Number.isInteger(i) || i < 0 || i >= this._r.cells.length) throw gasError(childIndex_(i, this._r.cells.length));
    const [cell] = this._r.cells.splice(i, 1);
    this._dirty();
    return wrap(this._c, cell);
  }
  getText(): string {
    return rowText(this._r);
  }
  setMinimumHeight(minHeight: unknown): Handle {
    this._r.minimumHeight = num(minHeight, [minHeight], 'DocumentApp.TableRow.setMinimumHeight');
    this._dirty();
    return expose(this._c, this, 'TableRow');
  }
  getMinimumHeight(): number {
    return this._r.minimumHeight ?? 0;
  }
  getParentTable(): Handle {
    const p = parentOf(this._c, this._r);
    return p ? wrap(this._c, p) : null;
  }
  editAsText(): Handle {
    const node = this._r;
    return expose(this._c, new TextEl(this._c, node, () => paragraphsUnder(node).map((p) => p.children.filter((k): k is TextInline => k.type === 'TEXT'))), 'Text');
  }
}

class TableCellEl extends ContainerEl {
  protected _cls(): string {
    return 'TableCell';
  }
  private get _cell(): TableCellNode {
    return this._node as TableCellNode;
  }
  setBackgroundColor(c: unknown): Handle {
    this._cell.backgroundColor = color(c, [c], 'DocumentApp.TableCell.setBackgroundColor');
    this._dirty();
    return expose(this._c, this, 'TableCell');
  }
  getBackgroundColor(): string | null {
    return this._cell.backgroundColor ?? null;
  }
  setWidth(width: unknown): Handle {
    this._cell.width = num(width, [width], 'DocumentApp.TableCell.setWidth');
    this._dirty();
    return expose(this._c, this, 'TableCell');
  }
  getWidth(): number | null {
    return this._cell.width ?? null;
  }
  setVerticalAlignment(a: unknown): Handle {
    this._cell.verticalAlignment = enumValue(a, VerticalAlignment, [a], 'DocumentApp.TableCell.setVerticalAlignment');
    this._dirty();
    return expose(this._c, this, 'TableCell');
  }
  getVerticalAlignment(): string {
    return this._cell.verticalAlignment ?? 'TOP';
  }
  private _pad(attr: string, v: unknown, method: string): Handle {
    this._cell.attrs = patchAttrs(this._cell.attrs, { [attr]: num(v, [v], `DocumentApp.TableCell.${method}`) });
    this._dirty();
    return expose(this._c, this, 'TableCell');
  }
  setPaddingTop(v: unknown): Handle {
    return this._pad('PADDING_TOP', v, 'setPaddingTop');
  }
  setPaddingBottom(v: unknown): Handle {
    return this._pad('PADDING_BOTTOM', v, 'setPaddingBottom');
  }
  setPaddingLeft(v: unknown): Handle {
    return this._pad('PADDING_LEFT', v, 'setPaddingLeft');
  }
  setPaddingRight(v: unknown): Handle {
    return this._pad('PADDING_RIGHT', v, 'setPaddingRight');
  }
  getParentRow(): Handle {
    const p = parentOf(this._c, this._cell);
    return p ? wrap(this._c, p) : null;
  }
  getParentTable(): Handle {
    const row = parentOf(this._c, this._cell);
    const t = row ? parentOf(this._c, row) : null;
    return t ? wrap(this._c, t) : null;
  }
  getRowSpan(): number {
    return 1;
  }
  getColSpan(): number {
    return 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Inline elements

class InlineImageEl extends El {
  private get _i(): ImageInline {
    return this._node as ImageInline;
  }
  getWidth(): number {
    return this._i.width;
  }
  getHeight(): number {
    return this._i.height;
  }
  setWidth(width: unknown): Handle {
    const w = num(width, [width], 'DocumentApp.InlineImage.setWidth');
    if (w <= 0) throw gasError(`Invalid argument: width (${w})`);
    this._i.width = w;
    this._dirty();
    return expose(this._c, this, 'InlineImage');
  }
  setHeight(height: unknown): Handle {
    const h = num(height, [height], 'DocumentApp.InlineImage.setHeight');
    if (h <= 0) throw gasError(`Invalid argument: height (${h})`);
    this._i.height = h;
    this._dirty();
    return expose(this._c, this, 'InlineImage');
  }
  getBlob(): Handle {
    return createBlob(this._c.host.meter, new Uint8Array(Buffer.from(this._i.data, 'base64')), this._i.contentType, this._i.name ?? null);
  }
  getAs(contentType: unknown): Handle {
    return this.getBlob().getAs(contentType);
  }
  setAltTitle(t: unknown): Handle {
    this._i.altTitle = str(t, [t], 'DocumentApp.InlineImage.setAltTitle');
    this._dirty();
    return expose(this._c, this, 'InlineImage');
  }
  getAltTitle(): string | null {
    return this._i.altTitle ?? null;
  }
  setAltDescription(t: unknown): Handle {
    this._i.altDescription = str(t, [t], 'DocumentApp.InlineImage.setAltDescription');
    this._dirty();
    return expose(this._c, this, 'InlineImage');
  }
  getAltDescription(): string | null {
    return this._i.altDescription ?? null;
  }
}

class PageBreakEl extends El {}
class HorizontalRuleEl extends El {}

// ---------------------------------------------------------------------------------------------
// Document and DocumentApp

export function docUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

class DocumentFake {
  constructor(
    private _c: Ctx,
    private _item: () => DriveItem,
  ) {}
  getId(): string {
    return this._c.doc.id;
  }
  getName(): string {
    return this._item().name;
  }
  setName(name: unknown): Handle {
    const it = this._item();
    it.name = str(name, [name], 'DocumentApp.Document.setName');
    this._c.store.touch(it);
    return expose(this._c, this, 'Document');
  }
  getUrl(): string {
    return docUrl(this._c.doc.id);
  }
  getBody(): Handle {
    return wrap(this._c, this._c.doc.tree.body);
  }
  getHeader(): Handle {
    return this._c.doc.tree.header ? wrap(this._c, this._c.doc.tree.header) : null;
  }
  getFooter(): Handle {
    return this._c.doc.tree.footer ? wrap(this._c, this._c.doc.tree.footer) : null;
  }
  /** Not verified: what addHeader does when a header exists; the emulator throws. */
  addHeader(): Handle {
    const t = this._c.doc.tree;
    if (t.header) throw gasError('The document already has a header (the emulator throws; not verified).');
    t.header = newSection('HEADER_SECTION');
    this._c.doc.dirty = true;
    return wrap(this._c, t.header);
  }
  addFooter(): Handle {
    const t = this._c.doc.tree;
    if (t.footer) throw gasError('The document already has a footer (the emulator throws; not verified).');
    t.footer = newSection('FOOTER_SECTION');
    this._c.doc.dirty = true;
    return wrap(this._c, t.footer);
  }
  /** Changes are kept in memory and written by the module's save(); the Document object becomes invalid. */
  saveAndClose(): void {
    this._c.session.closed = true;
  }
  getBlob(): never {
    throw gasError('The emulator does not support Document.getBlob() (Apps Script converts the Doc to PDF).');
  }
  getAs(contentType: unknown): never {
    throw gasError(`The emulator does not support Document.getAs(${String(contentType)}) (format conversion).`);
  }
}

export interface DocsDeps {
  host: Host;
  store: DriveStore;
}

export function createDocumentApp(d: DocsDeps): object {
  const { host, store } = d;
  const open = (it: DriveItem): Handle => {
    const c: Ctx = { host, store, doc: store.doc(it.id), session: { closed: false } };
    const id = it.id;
    return expose(c, new DocumentFake(c, () => store.get(id)!), 'Document');
  };
  const app = {
    Attribute,
    ElementType,
    GlyphType,
    HorizontalAlignment,
    ParagraphHeading,
    TextAlignment,
    VerticalAlignment,
    /** https://developers.google.com/apps-script/reference/document/document-app#create(String) */
    create(name: unknown): Handle {
      checkAuth(host, 'DocumentApp.create', 'FULL');
      const n = str(name, [name], 'DocumentApp.create');
      store.ensure();
      const it = store.create({ name: n, mimeType: MimeType.GOOGLE_DOCS, parents: [store.rootId] });
      return open(it);
    },
    /** The documents scope reaches every Doc the user can open, not only those the add-on created. */
    openById(id: unknown): Handle {
      checkAuth(host, 'DocumentApp.openById', 'FULL');
      const s = str(id, [id], 'DocumentApp.openById');
      const it = store.get(s);
      if (!it || it.mimeType !== MimeType.GOOGLE_DOCS) throw gasError(docMissing());
      return open(it);
    },
    openByUrl(url: unknown): Handle {
      checkAuth(host, 'DocumentApp.openByUrl', 'FULL');
      const s = str(url, [url], 'DocumentApp.openByUrl');
      const m = /\/document\/d\/([A-Za-z0-9_-]+)/.exec(s) ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(s);
      if (!m) throw gasError(`Invalid argument: url`);
      const it = store.get(m[1]);
      if (!it || it.mimeType !== MimeType.GOOGLE_DOCS) throw gasError(docMissing());
      return open(it);
    },
    getActiveDocument(): null {
      return null;
    },
  } satisfies Partial<Record<keyof GoogleAppsScript.Document.DocumentApp, unknown>>;
  return counted(app, 'DocumentApp', host.meter);
}

// ---------------------------------------------------------------------------------------------
// Compile-time check: every public method of a fake exists on the real interface (no invented API).

type Public<T> = { [K in keyof T]: K extends `_${string}` ? never : K }[keyof T];
type Subset<A extends B, B> = A;
export type _ApiChecks = [
  Subset<Public<BodyEl>, keyof GoogleAppsScript.Document.Body>,
  Subset<Public<HeaderFooterEl>, keyof GoogleAppsScript.Document.HeaderSection>,
  Subset<Public<HeaderFooterEl>, keyof GoogleAppsScript.Document.FooterSection>,
  Subset<Public<ParagraphEl>, keyof GoogleAppsScript.Document.Paragraph>,
  Subset<Public<ListItemEl>, keyof GoogleAppsScript.Document.ListItem>,
  Subset<Public<TableEl>, keyof GoogleAppsScript.Document.Table>,
  Subset<Public<TableRowEl>, keyof GoogleAppsScript.Document.TableRow>,
  Subset<Public<TableCellEl>, keyof GoogleAppsScript.Document.TableCell>,
  Subset<Public<TextEl>, keyof GoogleAppsScript.Document.Text>,
  Subset<Public<InlineImageEl>, keyof GoogleAppsScript.Document.InlineImage>,
  Subset<Public<PageBreakEl>, keyof GoogleAppsScript.Document.PageBreak>,
  Subset<Public<HorizontalRuleEl>, keyof GoogleAppsScript.Document.HorizontalRule>,
  Subset<Public<DocumentFake>, keyof GoogleAppsScript.Document.Document>,
];
