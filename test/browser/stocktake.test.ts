/**
 * The stock-taking sidebar in the local preview, in Kazakh and in Russian, as the librarian uses it: the
 * sidebar from the menu; start; numbers scanned one by one with Enter (a scanner types the number and
 * Enter), a pasted list with a duplicate, an unknown and a written-off number; the missing copies
 * previewed; the commission typed; finished with the act linked and the missing numbers ready to copy
 * into the write-off sidebar. Screenshots: test-output/screenshots/stocktake-<lang>-*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { journalRows } from '../../emulator/workbook-view';
import { t, type Lang, type MessageKey, type Params } from '../../src/i18n';
import { batch, KOZY as KOZY_FIXTURE, MATH as MATH_FIXTURE } from '../fixtures/titles';
import { chooseAddonItem, launchChromium, openSession, SCREENSHOTS, sidebar, type Session } from './harness';

const NOW = new Date('2026-03-10T06:00:00Z');
const KOZY = { ...KOZY_FIXTURE, price: '1250', copies: '6' };
const MATH = { ...MATH_FIXTURE, authors: 'Абылкасымова А. Е.', copies: '4' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['kk', 'ru'] as const)('the stock-taking sidebar (%s)', (L: Lang) => {
  const tr = (key: MessageKey, params?: Params) => t(L, key, params);
  let session: Session;
  let page: Page;
  let frame: FrameLocator;

  beforeAll(async () => {
    session = await openSession(browser, { userLocale: L, now: () => NOW, setUp: true });
    page = session.page;
    const emu = session.preview.emulator;
    // Ten copies: 1–6 and 7–10; copy 10 written off.
    for (const [fn, arg] of [
      ['registerAcquisition', batch([KOZY, MATH], { date: '2026-03-02', documentNo: '17', documentDate: '2026-03-01' })],
      ['writeOffCopies', { inventoryNos: '10', reason: 'wornOut', date: '2026-03-05', commission: 'Сапарова А. Б.', approvedBy: '', note: '' }],
    ] as const) {
      const exec = emu.runFromClient<{ ok: boolean; message: string }>(fn, [arg]);
      if (!exec.ok || !exec.result?.ok) throw new Error(`${fn} failed: ${exec.error?.message ?? exec.result?.message}`);
    }
  });
  afterAll(async () => {
    await session?.close();
  });

  const inventory = () => (session.preview.emulator.refresh(), journalRows(session.preview.emulator.spreadsheet.inspect, 'inventoryBook'));

  async function shots(name: string, sidebarHeight = 0): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `stocktake-${L}-${name}.png`) });
    if (sidebarHeight) {
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: size.width, height: sidebarHeight });
      await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, `stocktake-${L}-${name}-sidebar.png`) });
      await page.setViewportSize(size);
    }
  }

  /** Clicks `selector` and waits for the server's answer to `fn`. */
  async function clickFor(selector: string, fn: string): Promise<void> {
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/run' && r.request().postData()?.includes(`"${fn}"`) === true);
    await frame.locator(selector).click();
    await answered;
  }

  const foundCount = (count: number) => frame.locator('#found-count', { hasText: new RegExp(`^${tr('st.foundSoFar', { count })}$`) }).waitFor({ timeout: 5000 });
  /** The scan queue is empty and no call is on its way. */
  const idle = () => frame.locator('body[data-busy="false"]').waitFor({ state: 'attached', timeout: 5000 });

  it('1. from the menu: no stock-taking open, the start form in her language', async () => {
    await chooseAddonItem(page, 'showStocktake');
    frame = sidebar(page);
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    expect(await page.locator('#sidebar-title').textContent()).toBe(tr('menu.stocktake'));
    expect(await frame.locator('html').getAttribute('lang')).toBe(L);
    await frame.locator('#start-panel:not([hidden])').waitFor();
    expect(await frame.locator('.intro').textContent()).toBe(tr('st.none'));
    expect(await frame.locator('#start').textContent()).toBe(tr('st.start'));
    expect(await frame.locator('#last').isHidden()).toBe(true);
    await shots('1-start', 900);
  });

  it('2. starts; scans with Enter one by one, then a pasted list: duplicates, unknown and written-off numbers named', async () => {
    await frame.locator('#scope').fill(L === 'kk' ? 'Бүкіл қор' : 'Весь фонд');
    await clickFor('#start', 'startStocktake');
    await frame.locator('#open-panel:not([hidden])').waitFor();
    expect(await frame.locator('#status').textContent()).toBe(tr('stocktake.started', { id: 1 }));
    expect(await frame.locator('#open-title').textContent()).toBe(tr('st.open', { id: 1, date: '10.03.2026' }));
    await foundCount(0);
    expect(await frame.locator('#scan').evaluate((el) => el === document.activeElement)).toBe(true);

    // A scanner: the number, then Enter; three in a row without waiting.
    const box = frame.locator('#scan');
    await box.pressSequentially('INV:000001');
    await box.press('Enter');
    await foundCount(1);
    await box.pressSequentially('2');
    await box.press('Enter');
    await box.pressSequentially('3');
    await box.press('Enter');
    await foundCount(3);
    await idle();
    expect(await box.inputValue()).toBe('');

    // A pasted list: 3 again, 4, 5, the unknown 99, the written-off 10 and a smudged "7б".
    await box.fill('3\n4\n5\n99\n10\n7б');
    await box.press('Enter');
    await foundCount(5);
    await idle();
    expect(await frame.locator('#last-scan').textContent()).toBe(tr('st.recorded', { count: 2 }));
    const problems = await frame.locator('#problems li').allTextContents();
    expect(problems).toEqual([
      tr('st.writtenOff', { items: tr('st.writtenOffItem', { no: 10, act: '1/2026' }) }),
      tr('st.unknown', { nos: '99' }),
      tr('st.duplicates', { nos: '3' }),
      tr('error.inventoryList', { items: '7б' }),
    ]);
    await shots('2-scanning', 900);
    const found = (session.preview.emulator.refresh(), journalRows(session.preview.emulator.spreadsheet.inspect, 'stocktakeFound'));
    expect(found.map((r) => r.inventoryNo)).toEqual([1, 2, 3, 4, 5]);
  });

  it('3. the missing copies before closing: counts, the list, nothing written', async () => {
    await clickFor('#preview', 'finishStocktake');
    await frame.locator('#preview-box:not([hidden])').waitFor();
    const counts = await Promise.all(['c-fund', 'c-found', 'c-onLoan', 'c-missing'].map((id) => frame.locator(`#${id}`).textContent()));
    expect(counts).toEqual(['9', '5', '0', '4']);
    expect(await frame.locator('#c-sum').textContent()).toBe(tr('st.money', { sum: '8\u00a0750' }));
    const missing = await frame.locator('#missing-list li').allTextContents();
    expect(missing.length).toBe(4);
    expect(missing[0]).toBe(`№ 6 Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма, 1965 · ${tr('st.money', { sum: '1\u00a0250' })}`);
    expect(inventory().every((r) => r.checkMark === '')).toBe(true);
    await shots('3-preview', 1500);
  });

  it('4. finishes with the commission: the act linked, the missing numbers ready for the write-off', async () => {
    // Without the commission the sidebar asks for it and sends nothing.
    const calls = session.runCalls.filter((c) => c.fn === 'finishStocktake').length;
    await frame.locator('#finish').click();
    expect(await frame.locator('#commission-error').textContent()).toBe(tr('error.commission'));
    expect(session.runCalls.filter((c) => c.fn === 'finishStocktake').length).toBe(calls);

    await frame.locator('#commission').fill('Сапарова А. Б. (төраға)\nНұрланова Г. К.');
    await frame.locator('#approvedBy').fill('Қасымов Б. Ж.');
    await clickFor('#finish', 'finishStocktake');
    await frame.locator('#done-panel:not([hidden])').waitFor();
    expect(await frame.locator('#status').textContent()).toBe(tr('st.finished', { id: 1, found: 5, onLoan: 0, missing: 4 }));
    const link = frame.locator('#doc-link');
    expect(await link.textContent()).toBe(tr('st.openDoc', { name: tr('doc.st.fileName', { no: 1, date: '2026-03-10' }) }));
    expect(await link.getAttribute('href')).toBeTruthy();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await frame.locator('#missing-numbers').inputValue()).toBe('6-9');
    expect(await frame.locator('#numbers-field .hint').textContent()).toBe(tr('st.missingNumbers.hint'));
    await shots('4-done', 900);
    expect(inventory().map((r) => r.checkMark)).toEqual(['2026', '2026', '2026', '2026', '2026', '', '', '', '', '']);
  });

  it('5. a new stock-taking can start; the last one is shown with its act', async () => {
    await frame.locator('#new-stocktake').click();
    await frame.locator('#start-panel:not([hidden])').waitFor();
    await frame.locator('#last:not([hidden])').waitFor();
    expect(await frame.locator('#last-text').textContent()).toBe(tr('st.last', { id: 1, date: '10.03.2026' }));
    expect(await frame.locator('#last-link').getAttribute('href')).toBeTruthy();
    expect(await frame.locator('#last-link').textContent()).toBe(tr('st.openDoc', { name: tr('doc.st.fileName', { no: 1, date: '2026-03-10' }) }));
    expect(await frame.locator('#scope').inputValue()).toBe('');
    await shots('5-after', 900);
  });
});
