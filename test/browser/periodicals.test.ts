/**
 * The periodicals sidebar in the local preview, in a Kazakh and in a Russian workbook: two subscriptions
 * set up through the server, one added in the form; the list shows each title's missing numbers; a pile
 * of newspapers checked in with Enter (the cursor stays in the number box, a double issue among them,
 * a number checked in twice refused under the box with nothing written); an article described (the GOST
 * 7.1 description shown as she types, "Б." or "С." by the language) and saved, then found from the
 * catalogue search typed without Kazakh letters; the year's issues bound into the fund.
 * Screenshots: test-output/screenshots/periodicals-{kk,ru}-*.png (the page, and the sidebar alone).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { journalRows } from '../../emulator/workbook-view';
import { t, type Lang, type MessageKey, type Params } from '../../src/i18n';
import { chooseAddonItem, launchChromium, openSession, SCREENSHOTS, sidebar, type Session } from './harness';

const NOW = new Date('2026-11-27T05:00:00Z');
const AQIQAT = { title: 'Ақиқат', kind: 'newspaper', language: 'kk', issuesPerYear: '52', periodFrom: '2026-01-01', periodTo: '2026-12-31', price: '12000', index: '65001', note: '' };
const MAGAZINE = { title: 'Школьная библиотека', kind: 'magazine', language: 'ru', issuesPerYear: '12', periodFrom: '2026-01-01', periodTo: '2026-12-31', price: '18000', index: '', note: '' };

const WORKBOOKS: Array<{ lang: Lang; name: string; description: string }> = [
  { lang: 'kk', name: 'Kazakh', description: 'Әбенов Ш. Абай мұрасы / Ш. Әбенов // Ақиқат. – 2026. – № 12–13. – Б. 4–5.' },
  { lang: 'ru', name: 'Russian workbook', description: 'Әбенов Ш. Абай мұрасы / Ш. Әбенов // Ақиқат. – 2026. – № 12–13. – С. 4–5.' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(WORKBOOKS)('the periodicals sidebar ($name)', (W) => {
  const L = W.lang;
  const tr = (key: MessageKey, params?: Params) => t(L, key, params);
  let session: Session;
  let page: Page;
  let frame: FrameLocator;
  const rows = (id: string) => (session.preview.emulator.refresh(), journalRows(session.preview.emulator.spreadsheet.inspect, id));
  const run = (fn: string, args: unknown[]) => {
    const exec = session.preview.emulator.runFromClient<{ ok: boolean }>(fn, args);
    if (!exec.ok || !exec.result?.ok) throw new Error(`${fn}: ${exec.error?.message ?? JSON.stringify(exec.result)}`);
  };
  const focused = (selector: string) => frame.locator(selector).evaluate((el) => el === document.activeElement);
  const statusText = () => frame.locator('#status').textContent();

  async function shots(name: string, sidebarHeight = 1000): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `periodicals-${L}-${name}.png`) });
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width, height: sidebarHeight });
    await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, `periodicals-${L}-${name}-sidebar.png`) });
    await page.setViewportSize(size);
  }

  async function answered(fn: string, act: () => Promise<void>): Promise<void> {
    const response = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/run' && r.request().postData()?.includes(`"${fn}"`) === true);
    await act();
    await response;
    await frame.locator('form[aria-busy="true"]').waitFor({ state: 'detached' });
  }

  beforeAll(async () => {
    session = await openSession(browser, { userLocale: L, now: () => NOW, setUp: true });
    page = session.page;
    frame = sidebar(page);
    run('addSubscription', [AQIQAT]);
    run('addSubscription', [MAGAZINE]);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('1. opens from the menu in the workbook language: each title with the numbers missing this year; a subscription added', async () => {
    await chooseAddonItem(page, 'showPeriodicals');
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    expect(await page.locator('#sidebar-title').textContent()).toBe(tr('menu.periodicals'));
    expect(await frame.locator('[role="tab"]').allTextContents()).toEqual([tr('per.tab.list'), tr('per.tab.checkIn'), tr('per.tab.article'), tr('per.tab.bind')]);
    expect(await frame.locator('#list-title').textContent()).toBe(tr('per.list.title', { year: 2026 }));
    const aqiqat = frame.locator('.title-item[data-title="Ақиқат"]');
    expect(await aqiqat.locator('.missing').textContent()).toBe(tr('per.missing', { numbers: '1–48' }));
    expect(await frame.locator('.title-item[data-title="Школьная библиотека"] .missing').textContent()).toBe(tr('per.missing', { numbers: '1–11' }));

    await frame.locator('#add-box summary').click();
    await frame.locator('#sub-title').fill('Ұлан');
    await frame.locator('#sub-kind').selectOption('newspaper');
    await frame.locator('#sub-language').selectOption('kk');
    await frame.locator('#sub-issuesPerYear').fill('52');
    await frame.locator('#sub-periodFrom').fill('2026-07-01');
    await frame.locator('#sub-price').fill('5400');
    await answered('addSubscription', () => frame.locator('#sub-submit').click());
    expect(await statusText()).toBe(tr('periodicals.subscribed', { title: 'Ұлан', from: '01.07.2026', to: '31.12.2026' }));
    await frame.locator('.title-item[data-title="Ұлан"]').waitFor();
    expect(await frame.locator('.title-item[data-title="Ұлан"] .missing').textContent()).toBe(tr('per.missing', { numbers: '27–48' }));
    expect(rows('periodicals').map((r) => r.title)).toEqual(['Ақиқат', 'Школьная библиотека', 'Ұлан']);
    await shots('1-list');
  });

  it('2. a pile of newspapers checked in with Enter; the cursor stays in the number box; a number twice is refused', async () => {
    await frame.locator('#tab-checkIn').click();
    await frame.locator('#in-periodical').selectOption('Ақиқат');
    expect(await focused('#in-number')).toBe(true);
    for (const n of ['1', '2', '3', '4', '6', '12-13']) {
      await answered('checkInIssue', async () => {
        await frame.locator('#in-number').pressSequentially(n, { delay: 5 });
        await frame.locator('#in-number').press('Enter');
      });
      expect(await statusText()).toBe(tr('periodicals.checkedIn', { title: 'Ақиқат', number: n.replace('-', '–'), year: 2026 }));
      expect(await frame.locator('#in-number').inputValue()).toBe('');
      expect(await focused('#in-number')).toBe(true);
    }
    expect(await frame.locator('#in-state .missing').textContent()).toBe(tr('per.missing', { numbers: '5, 7–11, 14–48' }));
    expect(await frame.locator('#session li').count()).toBe(6);
    expect(rows('periodicalIssues').map((r) => r.number)).toEqual(['1', '2', '3', '4', '6', '12–13']);

    const before = JSON.stringify(rows('periodicalIssues'));
    await answered('checkInIssue', async () => {
      await frame.locator('#in-number').fill('13');
      await frame.locator('#in-number').press('Enter');
    });
    expect(await frame.locator('#in-form .field[data-field="number"] .error').textContent()).toBe(tr('periodicals.error.already', { number: 13, year: 2026, date: '27.11.2026' }));
    expect(JSON.stringify(rows('periodicalIssues'))).toBe(before);
    await shots('2-check-in', 900);
    await frame.locator('#in-number').fill('');
  });

  it('3. an article: the GOST 7.1 description as she types, saved to the card index, found by the catalogue search', async () => {
    await frame.locator('#tab-article').click();
    expect(await frame.locator('#art-description').textContent()).toBe(tr('per.description.empty'));
    await frame.locator('#art-authors').fill('Әбенов Шәріп');
    await frame.locator('#art-title').fill('Абай мұрасы');
    await frame.locator('#art-periodical').fill('Ақиқат');
    await frame.locator('#art-language').selectOption(L);
    await frame.locator('#art-year').fill('2026');
    await frame.locator('#art-number').fill('12–13');
    await frame.locator('#art-pages').fill('4-5');
    await frame.locator('#art-subjects').fill('Абай; ақындар');
    await frame.locator('#art-description', { hasText: W.description }).waitFor();
    await shots('3-article', 1000);
    await answered('addArticle', () => frame.locator('#art-submit').click());
    expect(await statusText()).toBe(`${tr('periodicals.articleSaved', { row: 2 })}\n${W.description}`);
    expect(rows('articleIndex').map((r) => r.description)).toEqual([W.description]);
    expect(await focused('#art-authors')).toBe(true);

    // The catalogue search: the article after the books, typed without Kazakh letters.
    await chooseAddonItem(page, 'showCatalogSearch');
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    await frame.locator('#query').pressSequentially('абаи мурасы', { delay: 10 });
    await frame.locator('#articles .hit').first().waitFor();
    expect(await frame.locator('#articles-head').textContent()).toBe(tr('search.articles', { count: 1 }));
    expect(await frame.locator('#articles .hit .desc').allTextContents()).toEqual([W.description]);
    expect(await frame.locator('#hits .hit').count()).toBe(0);
    await shots('4-catalog-search', 700);
  });

  it('4. the year bound into the fund: one inventory-book row, a periodical in the summary book', async () => {
    await chooseAddonItem(page, 'showPeriodicals');
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    await frame.locator('#tab-bind').click();
    await frame.locator('#bind-periodical').selectOption('Ақиқат');
    await frame.locator('#bind-state', { hasText: tr('per.unbound', { numbers: '1–4, 6, 12–13' }) }).waitFor();
    expect(await frame.locator('#bind-price-hint').textContent()).toBe(tr('per.bindPrice.hint', { price: '12\u00a0000' }));
    await frame.locator('#bind-section').selectOption('social');
    await answered('bindPeriodicalYear', () => frame.locator('#bind-submit').click());
    expect(await statusText()).toBe(tr('periodicals.bound', { title: 'Ақиқат', year: 2026, numbers: '1–4, 6, 12–13', no: 1, recordNo: 1 }));
    await frame.locator('#bind-state', { hasText: tr('per.unboundNone') }).waitFor();
    const [copy] = rows('inventoryBook');
    expect(copy.authorTitle).toBe(`Ақиқат : ${L === 'kk' ? 'газет' : 'газета'}. 2026, № 1–4, 6, 12–13 (${tr('periodicals.boundWord')})`);
    expect(rows('summaryBookReceipts')[0]).toMatchObject({ copiesTotal: 1, typePeriodicals: 1, sectionSocial: 1, sum: 12000 });
    await shots('5-bind', 800);
  });
});
