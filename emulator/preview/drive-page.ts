/**
 * The preview's Drive pages: the Drive tree of the workbook folder (/drive) and a generated Doc
 * (/docs/:id, rendered by the Drive fake's docHtml).
 */
import type { DriveInspector, DriveNode } from '../services/drive';

const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';
const SHEET = 'application/vnd.google-apps.spreadsheet';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
body{margin:0;font:14px/1.45 Roboto,Arial,"Segoe UI",sans-serif;color:#202124;background:#fff}
header{display:flex;align-items:center;gap:14px;padding:10px 18px;border-bottom:1px solid #dadce0;background:#f8fafd}
header a{color:#1a73e8;text-decoration:none}header a:hover{text-decoration:underline}
header h1{font-size:18px;font-weight:400;margin:0}
main{padding:16px 24px}
ul.tree{list-style:none;margin:0;padding-left:22px}
ul.tree.root{padding-left:0}
ul.tree li{margin:3px 0}
.icon{display:inline-block;width:22px;vertical-align:-3px}
.trashed{color:#80868b;text-decoration:line-through}
.id{color:#80868b;font:11px monospace;margin-left:8px}
.addon{font-size:11px;color:#188038;margin-left:6px}
.doc-page{background:#f0f2f5;padding:24px 0}
.doc-sheet{background:#fff;width:794px;min-height:1000px;margin:0 auto;padding:72px 72px;box-sizing:border-box;box-shadow:0 1px 3px rgba(0,0,0,.25)}
`;

/** Small SVG icons (emoji fonts are not on every machine). */
const svg = (fill: string, d: string) => `<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path fill="${fill}" d="${d}"/></svg>`;
const PAGE = 'M3 1h7l3 3v10a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V2a1 1 0 0 1 1-1z';
const ICONS = {
  folder: svg('#5f6368', 'M1 3a1 1 0 0 1 1-1h4l2 2h6a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H2a1 1 0 0 1-1-1z'),
  doc: svg('#4285f4', PAGE),
  sheet: svg('#0f9d58', PAGE),
  file: svg('#9aa0a6', PAGE),
};

function icon(node: DriveNode): string {
  if (node.mimeType === FOLDER) return ICONS.folder;
  if (node.mimeType === DOC) return ICONS.doc;
  if (node.mimeType === SHEET) return ICONS.sheet;
  return ICONS.file;
}

function nodeHtml(node: DriveNode, spreadsheetId: string): string {
  const name = escapeHtml(node.name);
  let label: string;
  if (node.mimeType === DOC) label = `<a href="/docs/${encodeURIComponent(node.id)}">${name}</a>`;
  else if (node.mimeType === SHEET && node.id === spreadsheetId) label = `<a href="/">${name}</a>`;
  else if (node.mimeType !== FOLDER) label = `<a href="/files/${encodeURIComponent(node.id)}">${name}</a>`;
  else label = name;
  const cls = node.trashed ? ' class="trashed"' : '';
  const tags = `${node.trashed ? ' (trashed)' : ''}${node.createdByAddon ? '<span class="addon">created by the add-on</span>' : ''}`;
  const children = node.children?.length ? `<ul class="tree">${node.children.map((c) => nodeHtml(c, spreadsheetId)).join('')}</ul>` : '';
  return `<li${cls}><span class="icon">${icon(node)}</span>${label}${tags}<span class="id">${escapeHtml(node.id)}</span>${children}</li>`;
}

export function drivePage(drive: DriveInspector, spreadsheetId: string): string {
  const root = drive.tree();
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Drive · Kitaphana local emulator</title><style>${STYLE}</style></head>
<body><header><a href="/">← Workbook</a><h1>My Drive (local emulator)</h1></header>
<main><ul class="tree root">${nodeHtml(root, spreadsheetId)}</ul></main></body></html>`;
}

export function docPage(drive: DriveInspector, docId: string): string {
  const body = drive.docHtml(docId);
  // docHtml may return a whole page; when it does, it is served as it is with a way back added.
  if (/<html[\s>]/i.test(body)) {
    const back = `<div style="font:13px Arial,sans-serif;padding:6px 12px;background:#f8fafd;border-bottom:1px solid #dadce0"><a href="/drive">← Drive</a></div>`;
    return /<body[^>]*>/i.test(body) ? body.replace(/<body[^>]*>/i, (m) => m + back) : back + body;
  }
  return `<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8"><title>Doc · Kitaphana local emulator</title><style>${STYLE}</style></head>
<body class="doc-page"><header><a href="/drive">← Drive</a></header><div class="doc-sheet">${body}</div></body></html>`;
}
