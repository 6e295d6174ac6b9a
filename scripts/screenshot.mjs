// Takes the README picture, docs/preview.png: the local preview (build/preview.cjs) with the readers
// sheet holding a few registered readers and the Register-a-reader sidebar open, in Kazakh.
// Usage: node scripts/build.mjs && node scripts/screenshot.mjs [OUT.png]
// Env: CHROMIUM_PATH (default /usr/bin/chromium).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = path.resolve(process.argv[2] ?? path.join(root, 'docs', 'preview.png'));
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

for (const file of ['dist/Code.js', 'build/preview.cjs']) {
  if (!fs.existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`node scripts/build.mjs\` first`);
}
if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH)`);

const { chromium } = require('playwright-core');
const { startPreview } = require(path.join(root, 'build', 'preview.cjs'));

// A fixed morning at the start of the school year for the emulator's clock. (Not yet seen by the add-on's
// own clock: the sidebar's date field still shows the real today.)
const NOW = new Date('2026-09-02T04:30:00Z');
const READERS = [
  { fullName: 'Әбенова Айгүл Серікқызы', category: 'pupil', grade: '5а', phone: '+7 701 123 45 67', address: 'Абай көшесі, 12' },
  { fullName: 'Нұрланов Ерасыл Маратұлы', category: 'pupil', grade: '7б', phone: '8 747 555 10 20', address: 'Сәтпаев көшесі, 4' },
  { fullName: 'Жақсыбекова Дана Асқарқызы', category: 'pupil', grade: '9в', phone: '', address: '' },
  { fullName: 'Омарова Гүлнар Төлегенқызы', category: 'teacher', grade: '', phone: '+7 705 321 00 11', address: '' },
  { fullName: 'Серікбаев Әлихан Бауыржанұлы', category: 'pupil', grade: '11а', phone: '8 776 901 23 45', address: 'Тәуелсіздік даңғылы, 33' },
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kitaphana-screenshot-'));
const preview = await startPreview({ dir, port: 0, userLocale: 'kk', now: () => NOW, quiet: true });
let browser;
try {
  const setup = preview.emulator.run('setupWorkbook');
  if (!setup.ok) throw new Error(`setupWorkbook failed: ${setup.error?.message}`);
  const settings = preview.emulator.runFromClient('getSidebarContext');
  if (!settings.ok) throw new Error(`getSidebarContext failed: ${settings.error?.message}`);
  for (const r of READERS) {
    const form = { school: '', registeredOn: '2026-09-01', ...r };
    const exec = preview.emulator.runFromClient('registerReader', [form]);
    if (!exec.ok || !exec.result?.ok) throw new Error(`registerReader failed: ${JSON.stringify(exec.error ?? exec.result)}`);
  }

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 810 }, deviceScaleFactor: 1, locale: 'kk-KZ' });
  const page = await context.newPage();
  await page.goto(preview.url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('#tab-list .tab', { hasText: 'Оқырман формулярлары' }).first().click();
  await page.waitForSelector('#grid[data-sheet-name="Оқырман формулярлары"]');

  await page.click('#menu-extensions > .menu-title');
  await page.hover('#menu-extensions .has-sub');
  await page.click('#menu-extensions [data-function="showRegisterReader"]');
  await page.waitForFunction(() => {
    const frame = document.getElementById('sidebar-frame');
    const input = frame?.contentDocument?.getElementById('registeredOn');
    return !!input && input.value !== '';
  });
  // The librarian is typing the next reader.
  const frame = page.frameLocator('#sidebar-frame');
  await frame.locator('#fullName').fill('Қасымова Аружан Ержанқызы');
  await frame.locator('#grade').fill('6А');
  await page.locator('#grid td', { hasText: 'Серікбаев' }).first().click();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(200);

  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(process.cwd(), out) || out}`);
} finally {
  await browser?.close();
  await preview.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
