/**
 * The digitisation sidebar in the local preview, in Kazakh and in Russian: opened from the menu; the GOST
 * 7.1 description shows as she types; a PDF renamed .jpg, chosen through the real file input
 * (Playwright's setInputFiles), is refused in the sidebar and nothing reaches the server; the real PDF is
 * uploaded: the file is in <archive>/2026/Scans, the list shows it with its link, and the list's Doc is
 * made. Screenshots: test-output/screenshots/scans-{kk,ru}-*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { journalRows } from '../../emulator/workbook-view';
import { t, type Lang, type MessageKey, type Params } from '../../src/i18n';
import { chooseAddonItem, launchChromium, openSession, SCREENSHOTS, sidebar, type Session } from './harness';

const NOW = new Date('2026-03-10T06:00:00Z');
const PDF = path.join(__dirname, '../fixtures/uploads/scan.pdf');
const GOST = 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function scenario(L: Lang): void {
  const tr = (key: MessageKey, params?: Params) => t(L, key, params);
  let session: Session;
  let page: Page;
  let frame: FrameLocator;

  async function shots(name: string, sidebarHeight = 1300): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `scans-${L}-${name}.png`) });
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width, height: sidebarHeight });
    await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, `scans-${L}-${name}-sidebar.png`) });
    await page.setViewportSize(size);
  }

  beforeAll(async () => {
    session = await openSession(browser, { userLocale: L, now: () => NOW, setUp: true });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens from the menu in the workbook language', async () => {
    await chooseAddonItem(page, 'showScans');
    frame = sidebar(page);
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    expect(await page.locator('#sidebar-title').textContent()).toBe(tr('menu.scans'));
    expect(await frame.locator('#upload-heading').textContent()).toBe(tr('scans.section'));
    expect(await frame.locator('#list-heading').textContent()).toBe(tr('scans.list', { year: 2026 }));
    expect(await frame.locator('#description').textContent()).toBe(tr('scans.description.empty'));
    expect(await frame.locator('#language').inputValue()).toBe(L);
    expect(await frame.locator('#list-none').isVisible()).toBe(true);
  });

  it('shows the GOST 7.1 description as she types', async () => {
    await frame.locator('#authors').fill('Әбенов Ш.');
    await frame.locator('#title').fill('Қозы-Көрпеш – Баянсұлу');
    await frame.locator('#otherTitleInfo').fill('поэма');
    await frame.locator('#place').fill('Алматы');
    await frame.locator('#publisher').fill('Жазушы');
    await frame.locator('#year').fill('1965');
    await frame.locator('#pages').fill('114');
    await frame.locator('#language').selectOption('kk');
    expect(await frame.locator('#description').textContent()).toBe(GOST);
  });

  it('refuses a PDF renamed .jpg in the sidebar: nothing is sent', async () => {
    await frame.locator('#file').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: fs.readFileSync(PDF) });
    expect(await frame.locator('#file-chosen').textContent()).toContain('photo.jpg');
    const before = session.runCalls.length;
    await frame.locator('#upload').click();
    await frame.locator('.field[data-field="file"].invalid').waitFor();
    expect(await frame.locator('.field[data-field="file"] .error').textContent()).toBe(tr('upload.error.mismatch', { kind: 'PDF', ext: 'JPG' }));
    expect(session.runCalls.slice(before).map((c) => c.fn)).toEqual([]);
    await shots('1-refused');
  });

  it('uploads the PDF through the file input: the file is in the archive, the list shows it', async () => {
    await frame.locator('#file').setInputFiles(PDF);
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/run' && r.request().postData()?.includes('"uploadArchiveFile"') === true);
    await frame.locator('#upload').click();
    await answered;
    await frame.locator('#upload-status.ok').waitFor();
    const name = '2026-001 Әбенов Ш. Қозы-Көрпеш – Баянсұлу. поэма, 1965.pdf';
    expect(await frame.locator('#upload-status').textContent()).toBe(tr('scans.uploaded', { id: 1, name }));
    expect(await frame.locator('#upload-link').textContent()).toBe(name);
    await frame.locator('#scans li').first().waitFor();
    expect(await frame.locator('#scans li').first().textContent()).toContain(GOST);
    expect(await frame.locator('#title').inputValue()).toBe('');
    session.preview.emulator.refresh();
    const root = L === 'kk' ? 'My Drive/Кітапхана архиві' : 'My Drive/Архив библиотеки';
    const node = session.preview.emulator.drive.inspect.findByPath(`${root}/2026/Scans/${name}`);
    expect(Buffer.from(session.preview.emulator.drive.inspect.fileBytes(node!.id)!).equals(fs.readFileSync(PDF))).toBe(true);
    expect(journalRows(session.preview.emulator.spreadsheet.inspect, 'scans').map((r) => [r.id, r.description, r.pages])).toEqual([[1, GOST, 114]]);
    await shots('2-uploaded');
  });

  it('makes the list\'s Doc and links it', async () => {
    await frame.locator('#build').click();
    await frame.locator('#list-status.ok').waitFor();
    const docName = tr('scans.doc.name', { year: 2026 });
    expect(await frame.locator('#list-status').textContent()).toBe(tr('scans.docDone', { count: 1, name: docName }));
    expect(await frame.locator('#list-link').textContent()).toBe(tr('scans.openDoc', { name: docName }));
    await shots('3-list-doc');
  });
}

describe('digitisation (Kazakh)', () => scenario('kk'));
describe('digitisation (Russian)', () => scenario('ru'));
