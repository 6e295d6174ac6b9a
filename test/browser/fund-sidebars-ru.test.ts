/**
 * The fund's three sidebars in a Russian workbook (the user's locale is Russian before setup): the menu,
 * labels, selects and messages in Russian; a gift batch (the giver is required) of a Russian and a
 * Kazakh title; a bad batch refused in Russian; search; a write-off and its refusal. Screenshots:
 * test-output/screenshots/fund-ru-*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { journalRows } from '../../emulator/workbook-view';
import { t, type MessageKey, type Params } from '../../src/i18n';
import { addonMenuCaptions, chooseAddonItem, gridRowWith, launchChromium, openSession, openTab, SCREENSHOTS, sidebar, type Session } from './harness';

const L = 'ru' as const;
const tr = (key: MessageKey, params?: Params) => t(L, key, params);
const NOW = new Date('2026-03-10T06:00:00Z');
const YEAR = 2026;
const INVENTORY_TAB = 'Инвентарная книга';
const SEED_GOST = 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.';

type Card = Partial<Record<'authors' | 'title' | 'otherTitleInfo' | 'responsibility' | 'volume' | 'place' | 'publisher' | 'year' | 'pages' | 'isbn' | 'bbk' | 'udc' | 'authorSign' | 'price' | 'copies' | 'annotation' | 'keywords', string>> &
  Partial<Record<'language' | 'section' | 'docType', string>>;

const KAZAKH_BOOK: Card = {
  authors: 'Әбенов Ш.',
  title: 'Қозы-Көрпеш – Баянсұлу',
  otherTitleInfo: 'поэма',
  place: 'Алматы',
  publisher: 'Жазушы',
  year: '1965',
  pages: '114',
  bbk: '84(5Каз)-5',
  language: 'kk',
  section: 'fiction',
  price: '1250',
  copies: '3',
};
const RUSSIAN_BOOK: Card = {
  authors: 'Толстой Л. Н.',
  title: 'Детство',
  otherTitleInfo: 'повесть',
  place: 'Москва',
  publisher: 'Детская литература',
  year: '2019',
  pages: '160',
  language: 'ru',
  section: 'children',
  price: '980,50',
  copies: '2',
};

let browser: Browser;
let session: Session;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  session = await openSession(browser, { userLocale: L, now: () => NOW });
  page = session.page;
});
afterAll(async () => {
  await session?.close();
  await browser?.close();
});

// ---- helpers --------------------------------------------------------------------------------------

const inventory = () => (session.preview.emulator.refresh(), journalRows(session.preview.emulator.spreadsheet.inspect, 'inventoryBook'));

/** The whole page, and the sidebar alone at full height (a long form is not cut at the window's edge). */
async function shots(name: string, sidebarHeight = 0): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `fund-${L}-${name}.png`) });
  if (sidebarHeight) {
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width, height: sidebarHeight });
    await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, `fund-${L}-${name}-sidebar.png`) });
    await page.setViewportSize(size);
  }
}

async function openFundSidebar(fn: 'showRegisterAcquisition' | 'showCatalogSearch' | 'showWriteOff', title: MessageKey): Promise<FrameLocator> {
  const frame = sidebar(page);
  // A sidebar already open stays "ready" until the new page replaces it: mark it stale first.
  if (await page.locator('#sidebar').isVisible()) await frame.locator('body').evaluate((b) => (b.dataset.ready = 'stale')).catch(() => undefined);
  await chooseAddonItem(page, fn);
  await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
  expect(await page.locator('#sidebar-title').textContent()).toBe(tr(title));
  expect(await frame.locator('html').getAttribute('lang')).toBe(L);
  return frame;
}

async function fillCard(frame: FrameLocator, index: number, card: Card): Promise<void> {
  const box = frame.locator('[data-card]').nth(index);
  for (const [field, value] of Object.entries(card)) {
    const control = box.locator(`[data-input="${field}"]`);
    if (field === 'language' || field === 'section' || field === 'docType') await control.selectOption(value!);
    else {
      if (field === 'annotation' || field === 'keywords') await box.locator('details.more').evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await control.fill(value!);
    }
  }
}

/** Clicks the submit button, waits for the server's answer to `fn` and for the sidebar to show it. */
async function submit(frame: FrameLocator, fn: string): Promise<{ kind: string; text: string }> {
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/run' && r.request().postData()?.includes(`"${fn}"`) === true);
  await frame.locator('#submit').click();
  await answered;
  await frame.locator('#submit:not([disabled])').waitFor();
  await frame.locator('form[aria-busy="false"]').waitFor();
  return status(frame);
}

async function status(frame: FrameLocator): Promise<{ kind: string; text: string }> {
  const el = frame.locator('#status');
  return { kind: ((await el.getAttribute('class')) ?? '').replace('status', '').trim(), text: (await el.textContent()) ?? '' };
}

const cardError = (frame: FrameLocator, index: number, field: string) => frame.locator('[data-card]').nth(index).locator(`.field[data-f="${field}"] .error`);

// ---- the scenario -------------------------------------------------------------------------------

describe('the fund sidebars (Russian workbook)', () => {
  it('1. setup from the menu; the menu offers the three fund sidebars in Russian', async () => {
    await chooseAddonItem(page, 'setupWorkbook');
    const alert = page.locator('#alert');
    await alert.waitFor();
    await alert.locator('button', { hasText: 'OK' }).click();
    await alert.waitFor({ state: 'detached' });
    expect(await addonMenuCaptions(page)).toEqual(expect.arrayContaining(['Поступление в фонд', 'Поиск в каталоге', 'Списание']));
  });

  it('2. a gift batch of a Russian and a Kazakh title: the giver is asked for, numbers 1–3 and 4–5', async () => {
    const frame = await openFundSidebar('showRegisterAcquisition', 'menu.registerAcquisition');
    expect(await frame.locator('label[for="date"]').textContent()).toContain('Дата поступления');
    expect(await frame.locator('#source option:checked').textContent()).toBe('Покупка');
    expect(await frame.locator('[data-card] [data-input="language"] option:checked').textContent()).toBe('Русский');
    expect(await frame.locator('[data-card] [data-input="section"] option:checked').textContent()).toBe(tr('fund.choose'));
    expect(await frame.locator('[data-card] [data-input="authors"]').getAttribute('placeholder')).toBe('Фамилия И. О.; ...');

    await frame.locator('#source').selectOption('gift');
    expect(await frame.locator('#source option:checked').textContent()).toBe('Дар');
    expect(await frame.locator('#supplier-label').textContent()).toBe('Даритель');
    await fillCard(frame, 0, { ...RUSSIAN_BOOK, copies: '3' });
    await frame.locator('#add-title').click();
    await fillCard(frame, 1, { ...KAZAKH_BOOK, copies: '2' });
    expect(await frame.locator('[data-card]').nth(0).locator('[data-preview]').textContent()).toBe(
      'Толстой Л. Н. Детство : повесть / Л. Н. Толстой. – Москва : Детская литература, 2019. – 160 с.',
    );
    // The description follows the language of the book, not of the sidebar.
    expect(await frame.locator('[data-card]').nth(1).locator('[data-preview]').textContent()).toBe(SEED_GOST);

    // A gift without its giver: asked for before anything is sent.
    await frame.locator('#submit').click();
    await frame.locator('#status.error').waitFor();
    expect(await frame.locator('#supplier-error').textContent()).toBe(tr('error.giverRequired'));
    expect(await frame.locator('#status').textContent()).toBe(tr('form.fixErrors'));
    await shots('1-acquisition-giver-missing', 900);

    await frame.locator('#supplier').fill('Иванова Мария Петровна');
    expect(await frame.locator('#supplier-error').textContent()).toBe('');
    await shots('2-acquisition-filled', 2200);
    const answer = await submit(frame, 'registerAcquisition');
    expect(answer).toEqual({ kind: 'ok', text: tr('acq.done', { recordNo: 1, copies: 5, sum: tr('fund.money', { sum: '5\u00a0441,50' }) }) });
    expect(await frame.locator('#result .inv-range').allTextContents()).toEqual(['№ 1–3', '№ 4–5']);
    expect(await frame.locator('#result .tag').allTextContents()).toEqual(['новая запись', 'новая запись']);
    expect(await frame.locator('#supplier').inputValue()).toBe('Иванова Мария Петровна');
    expect(await frame.locator('#source').inputValue()).toBe('gift');
    await shots('3-acquisition-done', 1000);

    expect(inventory().map((r) => r.inventoryNo)).toEqual([1, 2, 3, 4, 5]);
    await openTab(page, INVENTORY_TAB);
    await gridRowWith(page, 'Детство', 3000);
    await shots('4-inventory-book');
  });

  it('3. a bad batch: the errors in Russian in the right card, nothing written', async () => {
    const frame = sidebar(page);
    await fillCard(frame, 0, { ...RUSSIAN_BOOK, title: 'Юность', year: '1857' });
    await frame.locator('#add-title').click();
    await fillCard(frame, 1, { ...KAZAKH_BOOK, title: '', price: '-5', copies: '1', isbn: '978-601-000' });
    await frame.locator('#submit').click();
    await frame.locator('#status.error').waitFor();
    expect(await cardError(frame, 1, 'title').textContent()).toBe('Заполните это поле.');
    await frame.locator('[data-card]').nth(1).locator('[data-input="title"]').fill('Абай жолы');
    const answer = await submit(frame, 'registerAcquisition');
    expect(answer).toEqual({ kind: 'error', text: tr('form.fixErrors') });
    expect(await cardError(frame, 1, 'price').textContent()).toBe(tr('error.price'));
    expect(await cardError(frame, 1, 'isbn').textContent()).toBe(tr('error.isbn'));
    expect(await frame.locator('[data-card]').nth(0).locator('.field.invalid').count()).toBe(0);
    await shots('5-acquisition-errors', 2200);
    expect(inventory()).toHaveLength(5);
  });

  it('4. search: "толст" and "абен" (no Kazakh letters) find their titles with copies on the shelf', async () => {
    const frame = await openFundSidebar('showCatalogSearch', 'menu.catalogSearch');
    await frame.locator('#query').pressSequentially('толст', { delay: 40 });
    const hit = frame.locator('.hit').first();
    await hit.locator('.desc', { hasText: 'Детство' }).waitFor();
    expect(await hit.locator('.on-shelf').textContent()).toBe('На полке 3 из 3');
    expect(await hit.locator('.copy').allTextContents()).toEqual(['№ 1–3 на полке']);
    await shots('6-search-tolstoy');

    await frame.locator('#query').fill('абен');
    await frame.locator('#query').press('Enter');
    await frame.locator('.hit .desc', { hasText: 'Әбенов' }).waitFor();
    expect(await frame.locator('.hit').count()).toBe(1);
    expect(await frame.locator('.hit .on-shelf').textContent()).toBe('На полке 2 из 2');
    await shots('7-search-abenov');
  });

  it('5. write-off of two copies, then the same copy again is refused in Russian', async () => {
    const frame = await openFundSidebar('showWriteOff', 'menu.writeOff');
    expect(await frame.locator('label[for="commission"]').textContent()).toContain('Члены комиссии');
    await frame.locator('#inventoryNos').fill('4-5');
    expect(await frame.locator('#parsed .count').textContent()).toBe('Экземпляров: 2 · № 4, 5');
    await frame.locator('#reason').selectOption('lost');
    expect(await frame.locator('#reason option:checked').textContent()).toBe('Утрата');
    await frame.locator('#commission').fill('Сапарова А. Б. (председатель)\nНурланова Г. К.');
    const answer = await submit(frame, 'writeOffCopies');
    expect(answer).toEqual({ kind: 'ok', text: tr('wo.done', { actNo: `1/${YEAR}`, copies: 2, sum: tr('fund.money', { sum: '2\u00a0500' }) }) });
    const link = frame.locator('#act-link');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.textContent()).toMatch(/^Открыть документ «.+»$/);
    await shots('8-writeoff-done', 900);

    await frame.locator('#inventoryNos').fill('5\n77');
    const again = await submit(frame, 'writeOffCopies');
    expect(again).toEqual({ kind: 'error', text: tr('form.fixErrors') });
    expect(await frame.locator('#inventoryNos-error').textContent()).toBe(
      [tr('error.copyUnknown', { nos: '77' }), tr('error.copyWrittenOff', { no: 5, act: `1/${YEAR}` })].join('\n'),
    );
    await shots('9-writeoff-refused', 900);
    expect(inventory().filter((r) => r.writeOffActNo).map((r) => r.inventoryNo)).toEqual([4, 5]);
  });
});
