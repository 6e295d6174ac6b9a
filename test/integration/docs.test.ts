/**
 * The Docs renderer (src/gas/docs.ts) and the archive (src/gas/archive.ts) inside the emulator, over a small
 * bundle of test/integration/fixtures/docs-entry.ts built like the add-on (esbuild, iife, es2019). Asserts
 * go through the emulator's Drive inspector; the sample Docs are rendered to PNG with Chromium for people
 * to look at (test-output/docs/).
 */
import * as esbuild from 'esbuild';
import { GasPlugin } from 'esbuild-gas-plugin';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Emulator } from '../../emulator/runtime';
import type { DriveNode } from '../../emulator/services/drive';
import { docPng, freshDir, NOW, ok, ROOT } from './helpers';

const ROOT_NAME = 'Кітапхана архиві — №12 мектеп-гимназия';
const ACT = 'Есептен шығару актісі № 3 (2026-11-27)';
const SCOPES = ['https://www.googleapis.com/auth/documents', 'https://www.googleapis.com/auth/drive.file'];

let project: string;

beforeAll(async () => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'kitaphana-docs-bundle-'));
  await esbuild.build({
    entryPoints: [path.join(__dirname, 'fixtures', 'docs-entry.ts')],
    outfile: path.join(project, 'Code.js'),
    bundle: true,
    format: 'iife',
    target: 'es2019',
    charset: 'utf8',
    logLevel: 'warning',
    // As scripts/build.mjs does: top-level stubs for the `global.name = ...` functions (Apps Script, and so
    // the emulator, call only top-level functions).
    plugins: [GasPlugin as unknown as esbuild.Plugin], // the plugin is typed against its own esbuild copy
  });
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'src', 'appsscript.json'), 'utf8')) as { oauthScopes?: string[] };
  // What this code needs on top of the add-on's scopes (the emulator does not check scopes; Apps Script does).
  manifest.oauthScopes = [...new Set([...(manifest.oauthScopes ?? []), ...SCOPES])];
  fs.writeFileSync(path.join(project, 'appsscript.json'), JSON.stringify(manifest, null, 2));
});

function emulator(): Emulator {
  return new Emulator({ dir: freshDir(), projectDir: project, userLocale: 'kk', now: () => NOW });
}

interface Saved {
  rootId: string;
  created: boolean;
  id: string;
  url: string;
  replaced: boolean;
  rootUrl?: string;
}

const names = (n: DriveNode | null | undefined): string[] => (n?.children ?? []).filter((k) => !k.trashed).map((k) => k.name);
const total = (calls: Record<string, number>): number => Object.values(calls).reduce((a, b) => a + b, 0);

describe('write-off act in the archive', () => {
  let emu: Emulator;
  let first: Saved;
  let firstCalls: Record<string, number>;

  beforeAll(() => {
    emu = emulator();
    const exec = emu.run<Saved>('makeSampleAct', [null]);
    first = ok(exec);
    firstCalls = exec.calls.calls;
  });

  it('creates the root, the year and kind folders and the Doc: My Drive/<root>/2026/Acts/<name>', () => {
    expect(first.created).toBe(true);
    expect(first.replaced).toBe(false);
    const node = emu.drive.inspect.findByPath(`My Drive/${ROOT_NAME}/2026/Acts/${ACT}`);
    expect(node).toMatchObject({ id: first.id, mimeType: 'application/vnd.google-apps.document', createdByAddon: true });
    expect(emu.drive.inspect.findByPath(`My Drive/${ROOT_NAME}`)?.id).toBe(first.rootId);
    expect(first.url).toContain(first.id);
    expect(first.rootUrl).toBe(`https://drive.google.com/drive/folders/${first.rootId}`);
    // nothing stays in My Drive's root but the archive (and what was there before)
    expect(names(emu.drive.inspect.tree()).filter((n) => n !== 'Personal' && n !== 'Kitaphana (local)')).toEqual([ROOT_NAME]);
  });

  it('writes the act: approval, title, commission, the list table, totals in figures and words, signatures', () => {
    const text = emu.drive.inspect.docText(first.id);
    const lines = text.split('\n');
    expect(lines[0]).toBe('БЕКІТЕМІН'); // the empty paragraph a new Doc starts with is gone
    expect(lines).toContain('ЕСЕПТЕН ШЫҒАРУ АКТІСІ № 3');
    expect(lines).toContain('№\tИнв. нөмірі\tАвтор және атауы\tЖылы\tБағасы, теңге');
    expect(lines).toContain('1\t000123\tӘуезов М. Абай жолы. 1-том\t1997\t1\u00A0850,00');
    expect(lines).toContain('\t\tБарлығы:\t\t13\u00A0345,50');
    expect(text).toContain('Барлығы есептен шығарылды: 7 (жеті) дана, жалпы сомасы 13\u00A0345,50 теңге (Он үш мың үш жүз қырық бес теңге 50 тиын).');
    expect(lines).toContain('Комиссия төрағасы:\t________________\t/ А. Б. Сапарова');
    expect(lines).toContain('\t________________\t/ Д. С. Ержанов');
  });

  it('styles what it should: A4 page, bold header row, title heading, fonts', () => {
    const html = emu.drive.inspect.docHtml(first.id);
    expect(html).toContain('width:595.276pt');
    expect(html).toContain('min-height:841.89pt');
    expect(html).toMatch(/<h1 style="font-size:26pt[^"]*text-align:center[^"]*">/); // TITLE, centered
    expect(html).toContain('font-family:&quot;Times New Roman&quot;');
    expect(html).toMatch(/font-weight:bold[^"]*">Инв\. нөмірі</);
    expect(html).toContain('background:#eeeeee');
  });

  it('costs a bounded number of service calls', () => {
    expect(firstCalls['DocumentApp.create']).toBe(1);
    expect(firstCalls['DriveApp.createFolder']).toBe(1);
    expect(firstCalls['Folder.createFolder']).toBe(2);
    expect(firstCalls['File.moveTo']).toBe(1);
    expect(firstCalls['Document.saveAndClose']).toBe(1);
    // 7 books: ~25 per Doc, ~10 for the archive, 2 per paragraph, 3 per cell that is not left-aligned
    // (39 here); the bound catches per-character, per-run or per-cell loops that should not be there
    expect(total(firstCalls)).toBeLessThan(230);
  });

  it('replaces the Doc on a second run instead of duplicating it, and finds the folders again', () => {
    const exec = emu.run<Saved>('makeSampleAct', [first.rootId, 3, 2]);
    const second = ok(exec);
    expect(second).toMatchObject({ rootId: first.rootId, created: false, id: first.id, replaced: true });
    const acts = emu.drive.inspect.findByPath(`My Drive/${ROOT_NAME}/2026/Acts`);
    expect(names(acts)).toEqual([ACT]);
    expect(names(emu.drive.inspect.findByPath(`My Drive/${ROOT_NAME}`))).toEqual(['2026']);
    expect(names(emu.drive.inspect.findByPath(`My Drive/${ROOT_NAME}/2026`))).toEqual(['Acts']);
    const text = emu.drive.inspect.docText(first.id);
    expect(text.split('\n')[0]).toBe('БЕКІТЕМІН');
    expect(text).toContain('Барлығы есептен шығарылды: 2 (екі) дана, жалпы сомасы 3\u00A0700,00 теңге (Үш мың жеті жүз теңге 00 тиын).');
    expect(text).not.toContain('000310');
    expect(text.match(/БЕКІТЕМІН/g)).toHaveLength(1);
    const calls = exec.calls.calls;
    expect(calls['DocumentApp.create']).toBeUndefined();
    expect(calls['DocumentApp.openById']).toBe(1);
    expect(calls['DriveApp.createFolder'] ?? 0).toBe(0);
    expect(calls['Folder.createFolder'] ?? 0).toBe(0);
    expect(total(calls)).toBeLessThan(170); // 2 books: fewer cells to align
  });

  it('renders the act to a PNG that reads well', async () => {
    await docPng(emu.drive.inspect.docHtml(ok(emu.run<Saved>('makeSampleAct', [first.rootId])).id), 'act-kk.png');
  });
});

describe('archive folders', () => {
  it('creates year and kind folders once, caches them, and skips trashed look-alikes', () => {
    const emu = emulator();
    const a = ok(emu.run<{ rootId: string; created: boolean; same: boolean; scans: string; found: unknown }>('archiveProbe', [null, 2027, 'x']));
    expect(a).toMatchObject({ created: true, same: true, found: null });
    const b = ok(emu.run<{ rootId: string; created: boolean; scans: string }>('archiveProbe', [a.rootId, 2027, 'x']));
    expect(b).toMatchObject({ rootId: a.rootId, created: false, scans: a.scans });
    expect(names(emu.drive.inspect.findByPath(`My Drive/${ROOT_NAME}/2027`)).sort()).toEqual(['Acts', 'Scans']);
    // a trashed Scans folder is not reused: a new one is made beside it
    ok(emu.run('trashItem', [a.scans, true]));
    const c = ok(emu.run<{ scans: string }>('archiveProbe', [a.rootId, 2027, 'x']));
    expect(c.scans).not.toBe(a.scans);
    const year = emu.drive.inspect.findByPath(`My Drive/${ROOT_NAME}/2027`);
    expect(year?.children?.filter((k) => k.name === 'Scans').map((k) => k.trashed)).toEqual([true, false]);
  });

  it('makes a new root when the kept one was trashed or no longer exists, and says so', () => {
    const emu = emulator();
    const a = ok(emu.run<Saved>('makeSampleAct', [null]));
    ok(emu.run('trashItem', [a.rootId, true]));
    const b = ok(emu.run<Saved>('makeSampleAct', [a.rootId]));
    expect(b.created).toBe(true);
    expect(b.rootId).not.toBe(a.rootId);
    expect(b.replaced).toBe(false); // the Doc in the trashed tree is not reused
    const c = ok(emu.run<Saved>('makeSampleAct', ['1NoSuchFolderXXXXXXXXXXXXXXXXXXXXXX']));
    expect(c.created).toBe(true);
  });

  it('does not find a trashed Doc of the same name: the next build creates a fresh one', () => {
    const emu = emulator();
    const a = ok(emu.run<Saved>('makeSampleAct', [null]));
    ok(emu.run('trashItem', [a.id, false]));
    const b = ok(emu.run<Saved>('makeSampleAct', [a.rootId]));
    expect(b).toMatchObject({ replaced: false, created: false });
    expect(b.id).not.toBe(a.id);
  });
});

describe('names with quotes', () => {
  it('finds and replaces a Doc whose name holds an apostrophe and a backslash', () => {
    const emu = emulator();
    const name = "Хаттама № 2 'кітап апталығы' \\ 2026";
    const a = ok(emu.run<Saved>('makeNamed', [null, name, 'бірінші нұсқа']));
    const b = ok(emu.run<Saved>('makeNamed', [a.rootId, name, 'екінші нұсқа']));
    expect(b).toMatchObject({ id: a.id, replaced: true });
    expect(names(emu.drive.inspect.findByPath(`My Drive/${ROOT_NAME}/2026/Protocols`))).toEqual([name]);
    expect(emu.drive.inspect.docText(a.id)).toBe('екінші нұсқа');
  });
});

describe('labels page and every block kind', () => {
  it('writes a 3-column grid of labels with QR codes', async () => {
    const emu = emulator();
    const exec = emu.run<Saved>('makeLabels', [null]);
    const saved = ok(exec);
    expect(emu.drive.inspect.findByPath(`My Drive/${ROOT_NAME}/2026/Reports/Жапсырмалар (2026-11-27)`)?.id).toBe(saved.id);
    const text = emu.drive.inspect.docText(saved.id);
    expect(text.split('\n')[0]).toBe(''); // a Doc that starts with a table keeps its first (shrunk) paragraph
    expect(text).toContain('Инв. № 000123');
    expect(text).toContain('84(5Қаз)-44 / Ә 13');
    const html = emu.drive.inspect.docHtml(saved.id);
    expect(html.match(/<img src="data:image\/gif;base64,R0lGOD/g)).toHaveLength(12);
    expect(html.match(/<tr/g)).toHaveLength(4);
    expect(html).toContain('width="83" height="83"'); // 62 pt at 96 px per inch
    expect(total(exec.calls.calls)).toBeLessThan(12 * 18 + 30); // ~17 per label (image 5, 3 more paragraphs 6, first paragraph 3)
    await docPng(html, 'labels-kk.png');
  });

  it('renders titles, headings, runs, lists, images and page breaks', () => {
    const emu = emulator();
    const saved = ok(emu.run<Saved>('makeKitchenSink', [null]));
    expect(emu.drive.inspect.findByPath(`My Drive/${ROOT_NAME}/2027/Plans/Барлық блоктар`)).not.toBeNull();
    expect(emu.drive.inspect.docText(saved.id)).toBe(
      ['Тақырып', 'Тақырыпша', 'Бөлім 1', 'Бөлім 1.1', 'Қарапайым жуан және көлбеу мәтін.', 'бірінші', 'екінші', 'нүкте', '', '', 'Екінші бет'].join('\n'),
    );
    const html = emu.drive.inspect.docHtml(saved.id);
    expect(html).toContain('<span class="marker">1.</span>');
    expect(html).toContain('<span class="marker">●</span>');
    expect(html).toContain('class="page-break"');
    expect(html).toMatch(/<h1 style="font-size:20pt[^"]*"><span style="font-weight:bold;font-size:14pt[^"]*">Бөлім 1<\/span><\/h1>/);
    expect(html).toMatch(/<h3 [^>]*><span [^>]*>Бөлім 1\.1<\/span><\/h3>/);
    expect(html).toMatch(/font-weight:bold[^"]*">жуан</);
    expect(html).toMatch(/font-style:italic[^"]*">көлбеу</);
    expect(html).toMatch(/text-align:right[^"]*"><img src="data:image\/gif/);
  });
});
