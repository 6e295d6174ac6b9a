/** Integration tests run the built bundle (dist/Code.js) in the emulator, on a fresh workbook folder. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';
import { Emulator, type EmulatorOptions, type Execution } from '../../emulator/runtime';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');

export function requireBuild(): void {
  if (!fs.existsSync(path.join(DIST, 'Code.js'))) {
    throw new Error('dist/Code.js is missing: run `npm run build` (npm test does it first)');
  }
}

export function freshDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'kitaphana-it-'));
}

/** 27 November 2026, 10:00 in Almaty. */
export const NOW = new Date('2026-11-27T05:00:00Z');

export function emulator(options: Partial<EmulatorOptions> = {}): Emulator {
  requireBuild();
  return new Emulator({ dir: options.dir ?? freshDir(), projectDir: DIST, userLocale: 'kk', now: () => NOW, ...options });
}

export function ok<T>(exec: Execution<T>): T {
  if (!exec.ok) throw new Error(`execution failed: ${exec.error?.name}: ${exec.error?.message}\n${exec.error?.stack ?? ''}`);
  return exec.result as T;
}

/** Every sheet's values, formulas and names: equal snapshots mean nothing was written. */
export function snapshot(emu: Emulator): string {
  const inspect = emu.spreadsheet.inspect;
  return JSON.stringify(
    inspect.sheets().map((s) => ({ name: s.name, values: inspect.values(s.sheetId), formulas: inspect.formulas(s.sheetId) })),
  );
}

export const AIGUL = {
  fullName: 'Әбенова Айгүл Серікқызы',
  category: 'pupil',
  grade: '5а',
  school: '№12 мектеп-гимназия',
  address: 'Хромтау қ., Абай к-сі 5, 12',
  phone: '+7 701 123 45 67',
  registeredOn: '2026-11-27',
};

/**
 * Renders a Doc's HTML (emulator drive.inspect.docHtml) to test-output/docs/FILE.png with Debian's
 * Chromium, so a person can look at what the director will read. The HTML is kept beside it.
 */
export async function docPng(html: string, file: string): Promise<string> {
  const out = path.join(ROOT, 'test-output', 'docs');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, file.replace(/\.png$/, '.html')), html);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kitaphana-docs-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 900, height: 1200 },
  });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path: path.join(out, file), fullPage: true });
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  return path.join(out, file);
}
