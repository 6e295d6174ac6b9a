/**
 * A self-contained HTML rendering of a faked Google Doc for people: the preview page and screenshots.
 * It imitates the Docs editor's defaults (Arial 11pt, heading sizes, 1pt table borders); it is a picture of
 * the element tree, not a claim about how Google lays pages out.
 */
import type { Attrs, BlockNode, DocTree, Inline, ParagraphNode, Run, SectionNode, TableNode } from './model';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Docs' default named styles (pt). */
const HEADING_STYLE: Record<string, string> = {
  NORMAL: 'font-size:11pt',
  TITLE: 'font-size:26pt;margin:0 0 3pt',
  SUBTITLE: 'font-size:15pt;color:#666666;margin:0 0 16pt',
  HEADING1: 'font-size:20pt;margin:20pt 0 6pt',
  HEADING2: 'font-size:16pt;margin:18pt 0 6pt',
  HEADING3: 'font-size:14pt;color:#434343;margin:16pt 0 4pt',
  HEADING4: 'font-size:12pt;color:#666666;margin:14pt 0 4pt',
  HEADING5: 'font-size:11pt;color:#666666;margin:12pt 0 4pt',
  HEADING6: 'font-size:11pt;color:#666666;font-style:italic;margin:12pt 0 4pt',
};
const HEADING_TAG: Record<string, string> = { TITLE: 'h1', SUBTITLE: 'p', HEADING1: 'h1', HEADING2: 'h2', HEADING3: 'h3', HEADING4: 'h4', HEADING5: 'h5', HEADING6: 'h6' };

function runStyle(a: Attrs | undefined): string {
  if (!a) return '';
  const s: string[] = [];
  if (a.BOLD === true) s.push('font-weight:bold');
  if (a.BOLD === false) s.push('font-weight:normal');
  if (a.ITALIC === true) s.push('font-style:italic');
  const deco = [a.UNDERLINE === true ? 'underline' : '', a.STRIKETHROUGH === true ? 'line-through' : ''].filter(Boolean).join(' ');
  if (deco) s.push(`text-decoration:${deco}`);
  if (typeof a.FONT_SIZE === 'number') s.push(`font-size:${a.FONT_SIZE}pt`);
  if (typeof a.FONT_FAMILY === 'string') s.push(`font-family:${esc(JSON.stringify(a.FONT_FAMILY))}`);
  if (typeof a.FOREGROUND_COLOR === 'string') s.push(`color:${esc(a.FOREGROUND_COLOR)}`);
  if (typeof a.BACKGROUND_COLOR === 'string') s.push(`background:${esc(a.BACKGROUND_COLOR)}`);
  return s.join(';');
}

function renderRun(r: Run): string {
  const text = esc(r.text).replace(/\n/g, '<br>');
  const style = runStyle(r.attrs);
  let html = style ? `<span style="${style}">${text}</span>` : text;
  if (typeof r.attrs?.LINK_URL === 'string') html = `<a href="${esc(r.attrs.LINK_URL)}">${html}</a>`;
  return html;
}

function renderInline(i: Inline): string {
  switch (i.type) {
    case 'TEXT':
      return i.runs.map(renderRun).join('');
    case 'PAGE_BREAK':
      return '<span class="page-break" title="Page break"></span>';
    case 'HORIZONTAL_RULE':
      return '<hr>';
    case 'INLINE_IMAGE':
      return `<img src="data:${esc(i.contentType)};base64,${i.data}" width="${i.width}" height="${i.height}" alt="${esc(i.altTitle ?? i.name ?? '')}">`;
  }
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
function roman(n: number): string {
  let s = '';
  for (const [v, r] of ROMAN) while (n >= v) {
    s += r;
    n -= v;
  }
  return s;
}
function marker(glyph: string, n: number): string {
  switch (glyph) {
    case 'NUMBER':
      return `${n}.`;
    case 'LATIN_UPPER':
      return `${String.fromCharCode(64 + ((n - 1) % 26) + 1)}.`;
    case 'LATIN_LOWER':
      return `${String.fromCharCode(96 + ((n - 1) % 26) + 1)}.`;
    case 'ROMAN_UPPER':
      return `${roman(n).toUpperCase()}.`;
    case 'ROMAN_LOWER':
      return `${roman(n)}.`;
    case 'HOLLOW_BULLET':
      return '○';
    case 'SQUARE_BULLET':
      return '■';
    default:
      return '●';
  }
}

function paragraphHtml(p: ParagraphNode, listMarker?: string): string {
  const heading = p.heading || 'NORMAL';
  const style: string[] = [HEADING_STYLE[heading] ?? HEADING_STYLE.NORMAL];
  if (p.alignment) style.push(`text-align:${p.alignment === 'JUSTIFY' ? 'justify' : p.alignment.toLowerCase()}`);
  const a = p.attrs ?? {};
  if (typeof a.INDENT_START === 'number') style.push(`padding-left:${a.INDENT_START}pt`);
  if (typeof a.INDENT_END === 'number') style.push(`padding-right:${a.INDENT_END}pt`);
  if (typeof a.INDENT_FIRST_LINE === 'number') style.push(`text-indent:${a.INDENT_FIRST_LINE}pt`);
  if (typeof a.SPACING_BEFORE === 'number') style.push(`margin-top:${a.SPACING_BEFORE}pt`);
  if (typeof a.SPACING_AFTER === 'number') style.push(`margin-bottom:${a.SPACING_AFTER}pt`);
  if (typeof a.LINE_SPACING === 'number') style.push(`line-height:${a.LINE_SPACING * 1.15}`);
  const content = p.children.map(renderInline).join('') || '<br>';
  if (listMarker !== undefined) {
    const level = p.nestingLevel ?? 0;
    style.push(`margin-left:${18 + level * 18}pt`);
    return `<p class="li" style="${style.join(';')}"><span class="marker">${esc(listMarker)}</span>${content}</p>`;
  }
  const tag = HEADING_TAG[heading] ?? 'p';
  return `<${tag} style="${style.join(';')}">${content}</${tag}>`;
}

function tableHtml(t: TableNode): string {
  const bw = t.borderWidth ?? 1;
  const bc = t.borderColor ?? '#000000';
  const cols = Math.max(0, ...t.rows.map((r) => r.cells.length));
  const colgroup = t.columnWidths && t.columnWidths.some((w) => w !== null)
    ? `<colgroup>${Array.from({ length: cols }, (_, i) => (t.columnWidths?.[i] ? `<col style="width:${t.columnWidths[i]}pt">` : '<col>')).join('')}</colgroup>`
    : '';
  const rows = t.rows
    .map((r) => {
      const cells = r.cells
        .map((c) => {
          const st: string[] = [`border:${bw}pt solid ${esc(bc)}`];
          if (c.backgroundColor) st.push(`background:${esc(c.backgroundColor)}`);
          if (c.width) st.push(`width:${c.width}pt`);
          if (c.verticalAlignment) st.push(`vertical-align:${c.verticalAlignment.toLowerCase() === 'center' ? 'middle' : c.verticalAlignment.toLowerCase()}`);
          return `<td style="${st.join(';')}">${blocksHtml(c.children)}</td>`;
        })
        .join('');
      return `<tr${r.minimumHeight ? ` style="height:${r.minimumHeight}pt"` : ''}>${cells}</tr>`;
    })
    .join('');
  return `<table>${colgroup}<tbody>${rows}</tbody></table>`;
}

function blocksHtml(blocks: BlockNode[]): string {
  const out: string[] = [];
  const counters = new Map<string, number>();
  let prevList: string | undefined;
  for (const b of blocks) {
    if (b.type === 'TABLE') {
      out.push(tableHtml(b));
      prevList = undefined;
      continue;
    }
    if (b.type === 'LIST_ITEM') {
      const level = b.nestingLevel ?? 0;
      const key = `${b.listId ?? ''}/${level}`;
      if (prevList !== b.listId) for (const k of [...counters.keys()]) if (k.startsWith(`${b.listId ?? ''}/`)) counters.delete(k);
      // a deeper level restarts when its parent advances
      for (const k of [...counters.keys()]) {
        const [lid, lv] = k.split('/');
        if (lid === (b.listId ?? '') && Number(lv) > level) counters.delete(k);
      }
      const n = (counters.get(key) ?? 0) + 1;
      counters.set(key, n);
      prevList = b.listId;
      out.push(paragraphHtml(b, marker(b.glyphType ?? 'BULLET', n)));
      continue;
    }
    prevList = undefined;
    out.push(paragraphHtml(b));
  }
  return out.join('\n');
}

function sectionHtml(s: SectionNode | undefined, cls: string): string {
  return s ? `<div class="${cls}">${blocksHtml(s.children)}</div>` : '';
}

export function renderDocHtml(title: string, tree: DocTree): string {
  const a = tree.body.attrs ?? {};
  const n = (k: string, d: number): number => (typeof a[k] === 'number' ? (a[k] as number) : d);
  const pad = `${n('MARGIN_TOP', 72)}pt ${n('MARGIN_RIGHT', 72)}pt ${n('MARGIN_BOTTOM', 72)}pt ${n('MARGIN_LEFT', 72)}pt`;
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
  body { background:#f1f3f4; margin:0; padding:24px 0; font-family:Arial, 'Liberation Sans', sans-serif; color:#000; }
  .page { background:#fff; width:${n('PAGE_WIDTH', 612)}pt; min-height:${n('PAGE_HEIGHT', 792)}pt; box-sizing:border-box; padding:${pad};
          margin:0 auto; box-shadow:0 1px 3px rgba(60,64,67,.3); font-size:11pt; line-height:1.15; }
  .page p, .page h1, .page h2, .page h3, .page h4, .page h5, .page h6 { margin:0; font-weight:normal; }
  .page h1, .page h2, .page h3, .page h4, .page h5, .page h6 { font-weight:normal; }
  .header { border-bottom:1px dashed #dadce0; margin-bottom:12pt; padding-bottom:6pt; color:#333; }
  .footer { border-top:1px dashed #dadce0; margin-top:24pt; padding-top:6pt; color:#333; }
  table { border-collapse:collapse; width:100%; margin:4pt 0; }
  td { padding:5pt; vertical-align:top; }
  .li { position:relative; }
  .li .marker { position:absolute; left:-16pt; width:14pt; text-align:right; }
  .page-break { display:block; border-top:1px dashed #9aa0a6; margin:14pt -${n('MARGIN_RIGHT', 72)}pt 14pt -${n('MARGIN_LEFT', 72)}pt; position:relative; }
  .page-break::after { content:'page break'; position:absolute; right:8pt; top:-7pt; font-size:8pt; color:#9aa0a6; background:#fff; padding:0 4pt; }
  hr { border:none; border-top:1px solid #9aa0a6; margin:6pt 0; }
  img { vertical-align:bottom; }
</style></head>
<body><div class="page">
${sectionHtml(tree.header, 'header')}
<div class="body">${blocksHtml(tree.body.children)}</div>
${sectionHtml(tree.footer, 'footer')}
</div></body></html>
`;
}
