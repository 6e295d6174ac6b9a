/**
 * The local preview (`npm start`): a page that looks like Google Sheets, simply, over the emulator.
 *
 *   GET  /                    the page: top bar, menu bar (Extensions holds the add-on menu), grid, sheet tabs
 *   GET  /api/state           ?sheet=ID&offset=N  the workbook (re-read from the folder first) and one page of a sheet
 *   POST /api/open            opens the document: onOpen(e) in AuthMode.LIMITED; the menus and effects
 *   POST /api/menu   {fn}     runs a menu item (FULL), as the editor does; {ok, error?, effects}
 *   POST /api/run    {fn, args}  google.script.run: emulator.runFromClient; {ok, result} | {ok:false, error:{name,message}}
 *   GET  /sidebar/:token      the HTML of a sidebar an execution showed, with the google.script.run shim first in <head>
 *   GET  /dialog/:token       the same for a dialog
 *   GET  /drive               the Drive tree;  GET /docs/:id  a generated Doc;  GET /files/:id  a file's bytes
 *
 * Plain node:http, bound to 127.0.0.1. Executions are synchronous (the emulator runs the bundle in a vm
 * context), so the single Node thread already runs them one at a time, in the order requests arrive.
 * Effects sent to the page never carry HTML: a sidebar or dialog becomes a token the page loads in an iframe.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import * as crypto from 'crypto';
import type { AddressInfo } from 'net';
import { Emulator, type Execution } from '../runtime';
import type { MenuSpec, UiEffect } from '../core/host';
import { docPage, drivePage, escapeHtml } from './drive-page';
import { WorkbookViewer } from './view';
import pageHtml from './page.html';
import shimHtml from './shim.html';

export interface PreviewOptions {
  /** The workbook folder. */
  dir: string;
  /** Port to listen on (0: any free port). */
  port: number;
  /** The pushed project (default: dist/ next to the emulator). */
  projectDir?: string;
  /** Session.getActiveUserLocale() (default 'kk'). */
  userLocale?: string;
  /** The clock the executions see. */
  now?: () => Date;
  /** No request or execution log on stdout/stderr (tests). */
  quiet?: boolean;
}

export interface Preview {
  url: string;
  emulator: Emulator;
  close(): Promise<void>;
}

/** What the page is told about an execution's UI effects (HTML stays on the server, behind a token). */
export type ClientEffect =
  | { kind: 'menu'; menu: MenuSpec }
  | { kind: 'sidebar'; title: string; token: string }
  | { kind: 'dialog'; title: string; token: string; modal: boolean }
  | { kind: 'alert'; title: string; prompt: string; buttons: string }
  | { kind: 'toast'; title: string; message: string };

interface Surface {
  kind: 'sidebar' | 'dialog';
  title: string;
  html: string;
}

/**
 * The largest /api/run body: a sidebar sends an uploaded file as base64 inside its JSON form (src/domain/
 * uploads.ts: scans up to 10 MB, 13.4 MB of base64), so the body may be that and a little more.
 */
const MAX_BODY = 16 * 1024 * 1024;
const KEEP_SURFACES = 50;

export async function startPreview(opts: PreviewOptions): Promise<Preview> {
  const emulator = new Emulator({
    dir: opts.dir,
    projectDir: opts.projectDir ?? defaultProjectDir(),
    userLocale: opts.userLocale,
    now: opts.now,
  });
  const viewer = new WorkbookViewer(emulator.spreadsheet.inspect, emulator.dir);
  const surfaces = new Map<string, Surface>();
  let menus: MenuSpec[] = [];
  let functionNames: string[] | null = null;
  const say = (line: string) => {
    if (!opts.quiet) console.log(line);
  };

  const functions = (): string[] => {
    // The bundle is read once by the Emulator: its function names do not change while the server runs.
    if (!functionNames) functionNames = emulator.functions().filter((n) => !n.endsWith('_'));
    return functionNames;
  };

  const keepSurface = (s: Surface): string => {
    const token = crypto.randomBytes(9).toString('base64url');
    surfaces.set(token, s);
    while (surfaces.size > KEEP_SURFACES) surfaces.delete(surfaces.keys().next().value as string);
    return token;
  };

  const clientEffects = (effects: UiEffect[]): ClientEffect[] => {
    const out: ClientEffect[] = [];
    for (const e of effects) {
      switch (e.kind) {
        case 'menu':
          menus = mergeMenu(menus, e.menu);
          out.push(e);
          break;
        case 'sidebar':
          out.push({ kind: 'sidebar', title: e.title, token: keepSurface({ kind: 'sidebar', title: e.title, html: e.html }) });
          break;
        case 'dialog':
          out.push({ kind: 'dialog', title: e.title, modal: e.modal, token: keepSurface({ kind: 'dialog', title: e.title, html: e.html }) });
          break;
        default:
          out.push(e);
      }
    }
    return out;
  };

  const report = (what: string, exec: Execution) => {
    for (const line of exec.logs) say(`[log] ${line}`);
    if (!exec.ok && !opts.quiet) console.error(`[${what}] ${exec.error?.stack ?? `${exec.error?.name}: ${exec.error?.message}`}`);
    else say(`[${what}] ok in ${exec.ms} ms`);
  };

  const execution = (what: string, exec: Execution, withResult: boolean) => {
    report(what, exec);
    const effects = clientEffects(exec.effects);
    const error = exec.error ? { name: exec.error.name, message: exec.error.message } : undefined;
    return exec.ok ? { ok: true, ...(withResult ? { result: exec.result ?? null } : {}), effects } : { ok: false, error, effects };
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = url.pathname;
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (route === '/' || route === '/index.html') return send(res, 200, 'text/html', pageHtml);
      if (route === '/api/state') {
        emulator.refresh(); // a CLI command may have changed the folder meanwhile
        const since = url.searchParams.get('since');
        if (since && since === viewer.stamp()) return sendJson(res, 200, { unchanged: true });
        const sheet = url.searchParams.get('sheet');
        const offset = Number(url.searchParams.get('offset') ?? '0');
        const state = viewer.view(sheet === null || sheet === '' ? null : Number(sheet), Number.isFinite(offset) ? offset : 0);
        return sendJson(res, 200, { ...state, menus });
      }
      let m = /^\/(sidebar|dialog)\/([\w-]+)$/.exec(route);
      if (m) {
        const surface = surfaces.get(m[2]);
        if (!surface) return send(res, 404, 'text/html', notFound('This sidebar is gone: open it again from the menu.'));
        return send(res, 200, 'text/html', injectShim(surface.html, shimScript(functions(), m[2])), { 'Cache-Control': 'no-store' });
      }
      if (route === '/drive') {
        emulator.refresh();
        return send(res, 200, 'text/html', drivePage(emulator.drive.inspect, emulator.spreadsheet.inspect.spreadsheet().id));
      }
      m = /^\/docs\/([^/]+)$/.exec(route);
      if (m) {
        emulator.refresh();
        const id = decodeURIComponent(m[1]);
        try {
          return send(res, 200, 'text/html', docPage(emulator.drive.inspect, id));
        } catch (error) {
          return send(res, 404, 'text/html', notFound(`No Doc ${id}: ${(error as Error).message}`));
        }
      }
      m = /^\/files\/([^/]+)$/.exec(route);
      if (m) {
        emulator.refresh();
        const bytes = emulator.drive.inspect.fileBytes(decodeURIComponent(m[1]));
        if (!bytes) return send(res, 404, 'text/html', notFound('This file has no bytes stored locally.'));
        return send(res, 200, 'application/octet-stream', Buffer.from(bytes));
      }
      if (route === '/favicon.ico') return send(res, 204, 'text/plain', '');
      return send(res, 404, 'text/html', notFound(`Nothing at ${route}`));
    }
    if (req.method === 'POST') {
      const body = await readJsonBody(req);
      if (route === '/api/open') return sendJson(res, 200, { ...execution('onOpen', emulator.openDocument('LIMITED'), false), menus });
      if (route === '/api/menu') {
        const fn = typeof body.fn === 'string' ? body.fn : '';
        if (!fn) return sendJson(res, 400, { ok: false, error: { name: 'Error', message: 'fn is required' } });
        return sendJson(res, 200, { ...execution(`menu ${fn}`, emulator.run(fn, []), false), menus });
      }
      if (route === '/api/run') {
        const fn = typeof body.fn === 'string' ? body.fn : '';
        const args = Array.isArray(body.args) ? body.args : [];
        if (!fn) return sendJson(res, 400, { ok: false, error: { name: 'Error', message: 'fn is required' } });
        return sendJson(res, 200, execution(`run ${fn}`, emulator.runFromClient(fn, args), true));
      }
      return sendJson(res, 404, { ok: false, error: { name: 'Error', message: `Nothing at ${route}` } });
    }
    return send(res, 405, 'text/plain', 'Method not allowed');
  };

  const server = http.createServer((req, res) => {
    if (!sameOrigin(req)) {
      send(res, 403, 'text/plain', 'Forbidden: the local emulator only answers its own page');
      return;
    }
    handle(req, res).catch((error: Error & { status?: number }) => {
      if (!opts.quiet) console.error(error);
      if (!res.headersSent) sendJson(res, error.status ?? 500, { ok: false, error: { name: error.name, message: error.message } });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

// ---------------------------------------------------------------------------------------------

function defaultProjectDir(): string {
  // build/preview.cjs sits one level below the repository root, emulator/preview/server.ts two.
  const candidates = [path.resolve(__dirname, '..', 'dist'), path.resolve(__dirname, '..', '..', 'dist')];
  return candidates.find((c) => fs.existsSync(path.join(c, 'Code.js'))) ?? candidates[0];
}

/** The add-on menu is replaced by the last one built; custom menus are kept by caption. */
function mergeMenu(menus: MenuSpec[], menu: MenuSpec): MenuSpec[] {
  const rest = menus.filter((m) => (menu.addon ? !m.addon : m.addon || m.caption !== menu.caption));
  return menu.addon ? [menu, ...rest] : [...rest, menu];
}

export function shimScript(functions: string[], token: string): string {
  const config = JSON.stringify({ functions, token, runUrl: '/api/run' }).replace(/</g, '\\u003c');
  return shimHtml.replace(/\/\*@KITAPHANA_SHIM_CONFIG@\*\/\s*\{[^\n]*\}/, () => config);
}

/** Puts the shim first in <head> (before the sidebar's own scripts), creating a head when there is none. */
export function injectShim(html: string, shim: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + '\n' + shim + html.slice(head.index + head[0].length);
  const root = /<html(\s[^>]*)?>/i.exec(html);
  if (root) return html.slice(0, root.index + root[0].length) + '<head>' + shim + '</head>' + html.slice(root.index + root[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  if (doctype) return doctype[0] + '<head>' + shim + '</head>' + html.slice(doctype[0].length);
  return '<head>' + shim + '</head>' + html;
}

/** Refuses requests from other sites (a page elsewhere posting to localhost) and rebinding host names. */
function sameOrigin(req: http.IncomingMessage): boolean {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host)) return false;
  const origin = req.headers.origin;
  if (origin && origin !== 'null') {
    try {
      if (new URL(origin).host.toLowerCase() !== host) return false;
    } catch {
      return false;
    }
  }
  return true;
}

async function readJsonBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) throw Object.assign(new Error('Content-Type must be application/json'), { status: 415 });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw Object.assign(new Error('Request too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    throw Object.assign(new Error('The body is not JSON'), { status: 400 });
  }
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  const data = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    'Content-Type': type.includes('charset') || type === 'application/octet-stream' ? type : `${type}; charset=utf-8`,
    'Content-Length': String(data.length),
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : data);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json', JSON.stringify(value), { 'Cache-Control': 'no-store' });
}

function notFound(message: string): string {
  return `<!DOCTYPE html><meta charset="utf-8"><title>Not found</title><body style="font:14px Arial,sans-serif;padding:24px"><p>${escapeHtml(message)}</p><p><a href="/">← Workbook</a></p></body>`;
}

// ---------------------------------------------------------------------------------------------

async function main(argv: string[]): Promise<void> {
  let dir = 'local-workbook';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') dir = argv[++i];
    else if (argv[i].startsWith('--dir=')) dir = argv[i].slice(6);
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: npm start -- [--dir DIR]   (env PORT, default 8080; KITAPHANA_LOCALE, default kk)');
      return;
    }
  }
  const port = Number(process.env.PORT || 8080);
  const preview = await startPreview({ dir, port, userLocale: process.env.KITAPHANA_LOCALE || 'kk' });
  console.log(`Kitaphana local emulator: ${preview.url}  (workbook: ${dir})`);
  const stop = () => {
    void preview.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
