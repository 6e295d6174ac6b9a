/**
 * The book exhibitions sidebar in the local preview, in Kazakh and in Russian: opened from the menu; two
 * titles found in the catalogue become book cards (an annotation typed, a bad link refused under its book,
 * then fixed); the exhibition is saved and listed; a photo chosen through the real file input
 * (setInputFiles) is uploaded to the archive; the Doc is made and linked. Screenshots:
 * test-output/screenshots/exhibitions-{kk,ru}-*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { journalRows } from '../../emulator/workbook-view';
import { t, type Lang, type MessageKey, type Params } from '../../src/i18n';
import { BLANK, batch } from '../fixtures/titles';
import { chooseAddonItem, launchChromium, openSession, SCREENSHOTS, sidebar, type Session } from './harness';

const NOW = new Date('2026-03-10T06:00:00Z');
const PHOTO = path.join(__dirname, '../fixtures/uploads/exhibition.jpg');
const CARD = { ...BLANK, price: '1000', copies: '2' };
const ITEMS = [
  { ...CARD, authors: 'Әуезов М.', title: 'Абай жолы', otherTitleInfo: 'роман-эпопея', place: 'Алматы', year: '1997', annotation: 'Ұлы ақын туралы роман.' },
  { ...CARD, authors: 'Абай Құнанбайұлы', title: 'Қара сөздер', place: 'Алматы', year: '2020' },
];

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

  async function shots(name: string, sidebarHeight = 1500): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `exhibitions-${L}-${name}.png`) });
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width, height: sidebarHeight });
    await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, `exhibitions-${L}-${name}-sidebar.png`) });
    await page.setViewportSize(size);
  }

  const answer = (fn: string) => page.waitForResponse((r) => new URL(r.url()).pathname === '/api/run' && r.request().postData()?.includes(`"${fn}"`) === true);

  beforeAll(async () => {
    session = await openSession(browser, { userLocale: L, now: () => NOW, setUp: true });
    page = session.page;
    const exec = session.preview.emulator.runFromClient<{ ok: boolean }>('registerAcquisition', [batch(ITEMS, { date: '2026-03-02', supplier: 'ЖШС «Атамұра»', documentNo: '17', documentDate: '2026-03-01' })]);
    if (!exec.ok || !exec.result?.ok) throw new Error(JSON.stringify(exec.result ?? exec.error?.message));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens from the menu in the workbook language, dates from today for two weeks', async () => {
    await chooseAddonItem(page, 'showExhibitions');
    frame = sidebar(page);
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    expect(await page.locator('#sidebar-title').textContent()).toBe(tr('menu.exhibitions'));
    expect(await frame.locator('#new-heading').textContent()).toBe(tr('exhibitions.section'));
    expect([await frame.locator('#dateFrom').inputValue(), await frame.locator('#dateTo').inputValue()]).toEqual(['2026-03-10', '2026-03-24']);
    expect(await frame.locator('#books-count').textContent()).toBe(tr('exhibitions.books.none'));
    expect(await frame.locator('#list-none').isVisible()).toBe(true);
  });

  it('adds two titles found in the catalogue as book cards', async () => {
    await frame.locator('#theme').fill('Абай – 180 жыл');
    await frame.locator('#title').fill('«Ақылдың көзі – кітап»');
    await frame.locator('#place').fill(L === 'kk' ? 'Оқу залы' : 'Читальный зал');
    for (const q of ['абай жолы', 'қара сөз']) {
      await frame.locator('#find-query').fill(q);
      await frame.locator('#find-query').press('Enter');
      const add = frame.locator('.find-hit button.add').first();
      await add.waitFor();
      expect(await add.textContent()).toBe(tr('exhibitions.find.add'));
      await add.click();
    }
    expect(await frame.locator('.book').count()).toBe(2);
    expect(await frame.locator('.find-hit .added').textContent()).toBe(`✓ ${tr('exhibitions.find.added')}`);
    expect(await frame.locator('#books-count').textContent()).toBe(tr('exhibitions.books.count', { count: 2, max: 100 }));
    await frame.locator('.book').nth(1).locator('textarea').fill(L === 'kk' ? 'Абайдың қара сөздері.' : 'Слова назидания Абая.');
    await frame.locator('.book').nth(1).locator('input[type="url"]').fill('ftp://kitap.kz/abai');
    await shots('1-filled');
  });

  it('refuses the bad link under its book, saving nothing; fixed, the exhibition is saved and listed', async () => {
    let done = answer('createExhibition');
    await frame.locator('#create').click();
    await done;
    await frame.locator('#new-status.error').waitFor();
    expect(await frame.locator('.book').nth(1).locator('.field[data-field="link"] .error').textContent()).toBe(tr('exhibitions.error.link'));
    session.preview.emulator.refresh();
    expect(journalRows(session.preview.emulator.spreadsheet.inspect, 'exhibitions')).toEqual([]);
    await shots('2-refused');

    await frame.locator('.book').nth(1).locator('input[type="url"]').fill('https://kitap.kz/abai');
    done = answer('createExhibition');
    await frame.locator('#create').click();
    await done;
    await frame.locator('#new-status.ok').waitFor();
    expect(await frame.locator('#new-status').textContent()).toBe(tr('exhibitions.created', { id: 1, books: 2 }));
    await frame.locator('#exhibitions li[data-id="1"]').waitFor();
    expect(await frame.locator('#exhibitions li .what').textContent()).toBe(tr('exhibitions.list.item', { id: 1, title: '«Ақылдың көзі – кітап»', from: '10.03.2026', to: '24.03.2026', books: 2 }));
    expect(await frame.locator('.book').count()).toBe(0);
    session.preview.emulator.refresh();
    expect(journalRows(session.preview.emulator.spreadsheet.inspect, 'exhibitionBooks').map((r) => [r.titleId, r.link])).toEqual([[1, ''], [2, 'https://kitap.kz/abai']]);
  });

  it('uploads the photo through the file input and makes the Doc', async () => {
    const item = frame.locator('#exhibitions li[data-id="1"]');
    await item.locator('input[type="file"]').setInputFiles(PHOTO);
    let done = answer('uploadExhibitionPhoto');
    await item.locator('button.upload').click();
    await done;
    await frame.locator('#exhibitions li[data-id="1"] .photo-link').waitFor();
    expect(await frame.locator('#exhibitions li[data-id="1"] [data-role="status"]').textContent()).toBe(tr('exhibitions.photoDone', { id: 1 }));

    done = answer('buildExhibitionDoc');
    await frame.locator('#exhibitions li[data-id="1"] button.build').click();
    await done;
    await frame.locator('#exhibitions li[data-id="1"] .doc-link').waitFor();
    const name = L === 'kk' ? '№ 1 көрме – «Ақылдың көзі – кітап»' : 'Выставка № 1 – «Ақылдың көзі – кітап»';
    expect(await frame.locator('#exhibitions li[data-id="1"] [data-role="status"]').textContent()).toBe(tr('exhibitions.docDone', { name }));
    session.preview.emulator.refresh();
    const row = journalRows(session.preview.emulator.spreadsheet.inspect, 'exhibitions')[0];
    expect(String(row.photoLink)).toContain('drive.google.com/file/d/');
    expect(await frame.locator('#exhibitions li[data-id="1"] .doc-link').getAttribute('href')).toBe(row.docLink);
    await shots('3-doc');
  });
}

describe('book exhibitions (Kazakh)', () => scenario('kk'));
describe('book exhibitions (Russian)', () => scenario('ru'));
