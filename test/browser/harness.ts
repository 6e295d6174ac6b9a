/**
 * Browser tests' harness: the built preview server (build/preview.cjs, what `npm start` runs) in this
 * process on a free port over a fresh temporary workbook, and Debian's Chromium driven by playwright-core.
 * Nothing here skips: a missing build or browser fails the test with what to do.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import type { Preview, PreviewOptions } from '../../emulator/preview/server';
import { journalRows, type RowObject } from '../../emulator/workbook-view';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Chromium flags for a quiet, offline, sandbox-less headless run in a container. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

type StartPreview = (opts: PreviewOptions) => Promise<Preview>;

function loadPreviewServer(): StartPreview {
  const code = path.join(ROOT, 'dist', 'Code.js');
  const server = path.join(ROOT, 'build', 'preview.cjs');
  for (const file of [code, server]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: build first with \`node scripts/build.mjs\` (npm test does it).`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(server) as { startPreview: StartPreview }).startPreview;
}

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's package (apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  // A fresh temporary profile: playwright's launch() makes one and removes it on close.
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface Session {
  preview: Preview;
  dir: string;
  context: BrowserContext;
  page: Page;
  /** Every POST /api/run the page (or its frames) sent: [fn, args]. */
  runCalls: Array<{ fn: string; args: unknown[] }>;
  readers(): RowObject[];
  close(): Promise<void>;
}

export async function openSession(browser: Browser, opts: { userLocale?: string; setUp?: boolean; now?: () => Date; poll?: boolean } = {}): Promise<Session> {
  const startPreview = loadPreviewServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kitaphana-browser-'));
  const preview = await startPreview({ dir, port: 0, userLocale: opts.userLocale ?? 'kk', now: opts.now, quiet: true });
  if (opts.setUp) {
    const exec = preview.emulator.run('setupWorkbook');
    if (!exec.ok) throw new Error(`setupWorkbook failed: ${exec.error?.message}`);
  }
  const context = await browser.newContext({ viewport: { width: 1400, height: 820 }, locale: 'en-US' });
  const page = await context.newPage();
  const runCalls: Session['runCalls'] = [];
  page.on('request', (req) => {
    if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/run') {
      const body = JSON.parse(req.postData() ?? '{}') as { fn: string; args: unknown[] };
      runCalls.push({ fn: body.fn, args: body.args });
    }
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // poll: false turns the page's periodic re-read off, so what shows up came from the sidebar's message.
  await page.goto(opts.poll === false ? `${preview.url}/?poll=0` : preview.url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
  return {
    preview,
    dir,
    context,
    page,
    runCalls,
    readers: () => (sheetNamed(preview, 'readers') ? journalRows(preview.emulator.spreadsheet.inspect, 'readers') : []),
    close: async () => {
      await context.close();
      await preview.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function sheetNamed(preview: Preview, journalId: string): boolean {
  preview.emulator.refresh();
  return preview.emulator.spreadsheet.inspect.developerMetadata().some((m) => m.value === journalId && m.locationType === 'SHEET');
}

/** Extensions → the add-on → the item that runs `functionName`. */
export async function chooseAddonItem(page: Page, functionName: string): Promise<void> {
  await page.click('#menu-extensions > .menu-title');
  // The add-on's submenu, then the submenus of its own that hold the item (outermost first).
  const holders = page.locator('#menu-extensions .has-sub', { has: page.locator(`[data-function="${functionName}"]`) });
  for (let i = 0; i < (await holders.count()); i++) await holders.nth(i).hover();
  await page.click(`#menu-extensions [data-function="${functionName}"]`);
}

/** The captions the Extensions → add-on submenu shows, separators left out. */
export async function addonMenuCaptions(page: Page): Promise<string[]> {
  await page.click('#menu-extensions > .menu-title');
  await page.hover('#menu-extensions .has-sub');
  const captions = await page.locator('#menu-extensions .submenu [data-function]').allTextContents();
  await page.keyboard.press('Escape');
  return captions;
}

export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('#sidebar-frame');
}

/** Opens a sheet by its tab (or from the all-sheets list when it is hidden). */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('#tab-list .tab', { hasText: name }).first().click();
  await page.waitForSelector(`#grid[data-sheet-name="${name}"]`);
}

/** Texts of the visible tabs. */
export async function tabNames(page: Page): Promise<string[]> {
  return (await page.locator('#tab-list .tab .name').allTextContents()).map((s) => s.trim());
}

/** The grid row (1-based sheet row) whose cells hold `text`, as the cell texts. */
export async function gridRowWith(page: Page, text: string, timeout?: number): Promise<string[]> {
  const row = page.locator('#grid tbody tr', { has: page.locator('td', { hasText: text }) }).first();
  await row.waitFor({ timeout });
  return row.locator('td').allTextContents();
}

/**
 * Clicks the sidebar's submit button, waits for the registerReader call to come back and the sidebar to
 * show its answer, and returns what the librarian reads in the status box.
 */
export async function submitReader(page: Page): Promise<{ text: string; kind: string }> {
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/run' && r.request().postData()?.includes('"registerReader"') === true);
  await sidebar(page).locator('#submit').click();
  await answered;
  const status = sidebar(page).locator('#status');
  // The sidebar shows the answer right after the handler runs: wait for it (the default timeout), then read it.
  await sidebar(page).locator('#status.ok, #status.error').waitFor();
  const cls = (await status.getAttribute('class')) ?? '';
  return { text: (await status.textContent()) ?? '', kind: cls.replace('status', '').trim() };
}

export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The add-on menu's items in order, its submenus opened (Readers, Fund, Events, Reports and plans). */
export const ADDON_MENU = [
  'menu.desk',
  'menu.registerReader',
  'menu.dailyLog',
  'menu.debtorSlips',
  'menu.newSchoolYear',
  'menu.registerAcquisition',
  'menu.catalogSearch',
  'menu.writeOff',
  'menu.labels',
  'menu.stocktake',
  'menu.importCatalog',
  'menu.periodicals',
  'menu.events',
  'menu.exhibitions',
  'menu.scans',
  'menu.reports',
  'menu.monthlyPlanDoc',
  'menu.annualPlanDoc',
  'menu.monthlyReportOn',
  'menu.monthlyReportOff',
  'menu.archive',
  'menu.setup',
  'menu.help',
] as const;
