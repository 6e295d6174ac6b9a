/**
 * The fund's three sidebars in the local preview, as the librarian uses them, in a Kazakh and in a Russian
 * workbook (the user's locale before setup decides): setup from the menu; a gift batch of two titles (one
 * Kazakh, one Russian) with the GOST 7.1 description written as she types and the giver asked for; a
 * bad batch refused card by card with nothing written; the catalogue search without Kazakh letters; a
 * write-off act and a second write-off of the same copy refused; the search showing the written-off
 * copies. What she reads is looked up in the i18n catalogue and the journals' option titles, and pinned
 * word for word (PINNED) once. Every state is saved to test-output/screenshots/fund-<lang>-*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { journalRows } from '../../emulator/workbook-view';
import { ACQUISITION_SOURCES, DOC_TYPES, PUBLICATION_LANGUAGES, WRITE_OFF_REASONS } from '../../sheets-template/options';
import type { TitleFormDto } from '../../src/api';
import { t, type Lang, type MessageKey, type Params } from '../../src/i18n';
import { KOZY } from '../fixtures/titles';
import { addonMenuCaptions, chooseAddonItem, gridRowWith, launchChromium, openSession, openTab, SCREENSHOTS, sidebar, type Session } from './harness';

const NOW = new Date('2026-03-10T06:00:00Z');
const YEAR = 2026;
const SEED_GOST = 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.';
const TOLSTOY_GOST = 'Толстой Л. Н. Детство : повесть / Л. Н. Толстой. – Москва : Детская литература, 2019. – 160 с.';

/** What she types into a title card: the fields given, nothing else. */
type Card = Partial<TitleFormDto>;
const pick = (title: TitleFormDto, fields: ReadonlyArray<keyof TitleFormDto>): Card => Object.fromEntries(fields.map((f) => [f, title[f]]));

/** Copies 1–3, 1 250 ₸ each: the fixture's description and classification (the author sign is left to the sidebar). */
const KAZAKH_BOOK: Card = {
  ...pick(KOZY, ['authors', 'title', 'otherTitleInfo', 'place', 'publisher', 'year', 'pages', 'bbk', 'language', 'section']),
  price: '1250',
  copies: '3',
};
/** Copies 4–5, 980,50 ₸ each. */
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

interface Workbook {
  lang: Lang;
  name: string;
  inventoryTab: string;
  /** The catalogue's texts this scenario reads, word for word. */
  pinned: Partial<Record<MessageKey, string>>;
  /** The journals' option titles it reads, word for word: [code, title]. */
  options: { source: string[][]; docType: string[][]; language: string[][]; reason: string[][] };
  /** The description of a card with only the title "Қозы" typed, in the sidebar's language (the card's default). */
  titleOnlyGost: string;
}

const WORKBOOKS: Workbook[] = [
  {
    lang: 'kk',
    name: 'Kazakh',
    inventoryTab: 'Инвентарлық кітап',
    pinned: {
      'menu.registerAcquisition': 'Қорды толықтыру',
      'menu.catalogSearch': 'Каталогтан іздеу',
      'menu.writeOff': 'Есептен шығару',
      'acq.date': 'Түскен күні',
      'acq.authors.hint': 'Тегі А. Ә.; ...',
      'acq.giver': 'Сыйлаушы',
      'acq.done.new': 'жаңа жазба',
      'error.required': 'Бұл өрісті толтырыңыз.',
      'search.onShelf': 'Сөреде {onShelf}, барлығы {inFund}',
      'copy.shelf': 'сөреде',
      'wo.commission': 'Комиссия мүшелері',
      'wo.parsed': 'Даналар: {count}',
      'wo.openAct': '«{name}» құжатын ашу',
    },
    options: {
      source: [['purchase', 'Сатып алу'], ['gift', 'Сыйға берілген']],
      docType: [['book', 'Кітап']],
      language: [['kk', 'Қазақ тілі']],
      reason: [['wornOut', 'Тозған'], ['lost', 'Жоғалған']],
    },
    titleOnlyGost: 'Қозы. – [Шыққан жері жоқ : баспасы жоқ, жылы жоқ].',
  },
  {
    lang: 'ru',
    name: 'Russian workbook',
    inventoryTab: 'Инвентарная книга',
    pinned: {
      'menu.registerAcquisition': 'Поступление в фонд',
      'menu.catalogSearch': 'Поиск в каталоге',
      'menu.writeOff': 'Списание',
      'acq.date': 'Дата поступления',
      'acq.authors.hint': 'Фамилия И. О.; ...',
      'acq.giver': 'Даритель',
      'acq.done.new': 'новая запись',
      'error.required': 'Заполните это поле.',
      'search.onShelf': 'На полке {onShelf} из {inFund}',
      'copy.shelf': 'на полке',
      'wo.commission': 'Члены комиссии',
      'wo.parsed': 'Экземпляров: {count}',
      'wo.openAct': 'Открыть документ «{name}»',
    },
    options: {
      source: [['purchase', 'Покупка'], ['gift', 'Дар']],
      docType: [['book', 'Книга']],
      language: [['ru', 'Русский']],
      reason: [['wornOut', 'Ветхость'], ['lost', 'Утрата']],
    },
    titleOnlyGost: 'Қозы. – [Б. м. : б. и., б. г.].',
  },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(WORKBOOKS)('the fund sidebars ($name)', (W) => {
  const L = W.lang;
  const tr = (key: MessageKey, params?: Params) => t(L, key, params);
  const option = (list: ReadonlyArray<{ code: string; title: Readonly<Record<Lang, string>> }>, code: string) => list.find((o) => o.code === code)!.title[L];
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    session = await openSession(browser, { userLocale: L, now: () => NOW });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
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

  it('1. setup from the menu; the menu offers the three fund sidebars in the workbook language', async () => {
    await chooseAddonItem(page, 'setupWorkbook');
    const alert = page.locator('#alert');
    await alert.waitFor();
    await alert.locator('button', { hasText: 'OK' }).click();
    await alert.waitFor({ state: 'detached' });
    const captions = await addonMenuCaptions(page);
    expect(captions).toEqual(expect.arrayContaining([tr('menu.registerAcquisition'), tr('menu.catalogSearch'), tr('menu.writeOff')]));
    // What she reads below, word for word.
    for (const [key, text] of Object.entries(W.pinned)) expect([key, tr(key as MessageKey)]).toEqual([key, text]);
    expect(W.options).toEqual({
      source: W.options.source.map(([code]) => [code, option(ACQUISITION_SOURCES, code)]),
      docType: W.options.docType.map(([code]) => [code, option(DOC_TYPES, code)]),
      language: W.options.language.map(([code]) => [code, option(PUBLICATION_LANGUAGES, code)]),
      reason: W.options.reason.map(([code]) => [code, option(WRITE_OFF_REASONS, code)]),
    });
    expect(inventory()).toHaveLength(0);
  });

  it('2. a gift batch of two titles: the GOST description as she types, the giver asked for, inventory numbers 1–3 and 4–5', async () => {
    const frame = await openFundSidebar('showRegisterAcquisition', 'menu.registerAcquisition');
    expect(await frame.locator('#date').inputValue()).toBe('2026-03-10');
    expect(await frame.locator('label[for="date"]').textContent()).toContain(tr('acq.date'));
    expect(await frame.locator('label[for="source"]').textContent()).toContain(tr('acq.source'));
    expect(await frame.locator('[data-card]').count()).toBe(1);
    expect(await frame.locator('[data-card] .card-title').textContent()).toBe(tr('acq.card', { n: 1 }));
    expect(await frame.locator('[data-card] [data-input="authors"]').getAttribute('placeholder')).toBe(tr('acq.authors.hint'));
    expect(await frame.locator('[data-card] [data-preview]').textContent()).toBe(tr('acq.preview.empty'));
    // The selects speak the journal's own option titles; a new card is in the sidebar's language.
    expect(await frame.locator('#source option:checked').textContent()).toBe(option(ACQUISITION_SOURCES, 'purchase'));
    expect(await frame.locator('[data-card] [data-input="docType"] option:checked').textContent()).toBe(option(DOC_TYPES, 'book'));
    expect(await frame.locator('[data-card] [data-input="language"] option:checked').textContent()).toBe(option(PUBLICATION_LANGUAGES, L));
    expect(await frame.locator('[data-card] [data-input="section"] option:checked').textContent()).toBe(tr('fund.choose'));
    await shots('1-acquisition-empty', 1500);

    // A gift: the supplier becomes the giver, and back.
    await frame.locator('#source').selectOption('gift');
    expect(await frame.locator('#source option:checked').textContent()).toBe(option(ACQUISITION_SOURCES, 'gift'));
    expect(await frame.locator('#supplier-label').textContent()).toBe(tr('acq.giver'));
    await frame.locator('#source').selectOption('purchase');
    expect(await frame.locator('#supplier-label').textContent()).toBe(tr('acq.supplier'));
    await frame.locator('#source').selectOption('gift');
    await frame.locator('#documentNo').fill('ЖҚ-17');

    // The description is written as she types: after the title alone, and complete at the end.
    await frame.locator('[data-card] [data-input="title"]').pressSequentially('Қозы');
    expect(await frame.locator('[data-card] [data-preview]').textContent()).toBe(W.titleOnlyGost);
    await fillCard(frame, 0, KAZAKH_BOOK);
    // The description follows the language of the book, not of the sidebar.
    expect(await frame.locator('[data-card] [data-preview]').textContent()).toBe(SEED_GOST);
    await frame.locator('#add-title').click();
    expect(await frame.locator('[data-card]').count()).toBe(2);
    expect(await frame.locator('[data-card] .card-title').nth(1).textContent()).toBe(tr('acq.card', { n: 2 }));
    await fillCard(frame, 1, RUSSIAN_BOOK);
    expect(await frame.locator('[data-card]').nth(1).locator('[data-preview]').textContent()).toBe(TOLSTOY_GOST);

    // A gift without its giver: asked for before anything is sent.
    await frame.locator('#submit').click();
    await frame.locator('#status.error').waitFor();
    expect(await frame.locator('#supplier-error').textContent()).toBe(tr('error.giverRequired'));
    expect(await frame.locator('#status').textContent()).toBe(tr('form.fixErrors'));
    await shots('2-acquisition-giver-missing', 900);
    await frame.locator('#supplier').fill('Иванова Мария Петровна');
    expect(await frame.locator('#supplier-error').textContent()).toBe('');
    await shots('3-acquisition-filled', 2200);

    const answer = await submit(frame, 'registerAcquisition');
    expect(answer).toEqual({ kind: 'ok', text: tr('acq.done', { recordNo: 1, copies: 5, sum: tr('fund.money', { sum: '5\u00a0711' }) }) });
    const lines = frame.locator('#result li');
    expect(await lines.count()).toBe(2);
    expect(await frame.locator('#result .inv-range').allTextContents()).toEqual(['№ 1–3', '№ 4–5']);
    expect(await frame.locator('#result .tag').allTextContents()).toEqual([tr('acq.done.new'), tr('acq.done.new')]);
    expect(await lines.nth(0).locator('.desc').textContent()).toBe(SEED_GOST);
    // Cleared for the next batch, keeping the date, the source and the giver.
    expect(await frame.locator('[data-card]').count()).toBe(1);
    expect(await frame.locator('[data-card] [data-input="title"]').inputValue()).toBe('');
    expect(await frame.locator('#supplier').inputValue()).toBe('Иванова Мария Петровна');
    expect(await frame.locator('#source').inputValue()).toBe('gift');
    expect(await frame.locator('#date').inputValue()).toBe('2026-03-10');
    expect(await frame.locator('#documentNo').inputValue()).toBe('');
    await shots('4-acquisition-done', 1000);

    expect(inventory().map((r) => r.inventoryNo)).toEqual([1, 2, 3, 4, 5]);
    await openTab(page, W.inventoryTab);
    await gridRowWith(page, 'Қозы-Көрпеш', 3000);
    await gridRowWith(page, 'Детство', 3000);
    expect(await page.locator('#grid tbody tr', { has: page.locator('td', { hasText: 'Детство' }) }).count()).toBe(2);
    await shots('5-inventory-book');
  });

  it('3. a bad batch: each error next to its field in the right card, and nothing is written', async () => {
    const frame = sidebar(page);
    const calls = () => session.runCalls.filter((c) => c.fn === 'registerAcquisition').length;
    const callsBefore = calls();
    await fillCard(frame, 0, { ...KAZAKH_BOOK, authors: 'Абай Құнанбайұлы', title: 'Қара сөздер', otherTitleInfo: '', year: '2020', pages: '200' });
    await frame.locator('#add-title').click();
    await fillCard(frame, 1, { ...RUSSIAN_BOOK, title: '', price: '-5', copies: '1' });

    // The sidebar checks required fields itself: the empty title of the second card, nothing sent.
    await frame.locator('#submit').click();
    await frame.locator('#status.error').waitFor();
    expect(await cardError(frame, 1, 'title').textContent()).toBe(tr('error.required'));
    expect(await frame.locator('[data-card]').nth(1).locator('.field[data-f="title"]').getAttribute('class')).toContain('invalid');
    expect(await frame.locator('[data-card]').nth(0).locator('.field.invalid').count()).toBe(0);
    expect(await frame.locator('[data-card]').nth(1).locator('[data-input="title"]').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(calls()).toBe(callsBefore);

    // The server decides the rest: the price "-5" of the second card.
    await frame.locator('[data-card]').nth(1).locator('[data-input="title"]').fill('Отрочество');
    expect(await cardError(frame, 1, 'title').textContent()).toBe('');
    const answer = await submit(frame, 'registerAcquisition');
    expect(answer).toEqual({ kind: 'error', text: tr('form.fixErrors') });
    expect(await cardError(frame, 1, 'price').textContent()).toBe(tr('error.price'));
    expect(await frame.locator('[data-card]').nth(0).locator('.field.invalid').count()).toBe(0);
    expect(await frame.locator('[data-card]').nth(1).locator('[data-input="price"]').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await frame.locator('#result').isHidden()).toBe(true);
    await shots('6-acquisition-errors');

    // A bad ISBN too: both errors in that card.
    await fillCard(frame, 1, { isbn: '978-601-000' });
    expect(await submit(frame, 'registerAcquisition')).toEqual({ kind: 'error', text: tr('form.fixErrors') });
    expect(await cardError(frame, 1, 'price').textContent()).toBe(tr('error.price'));
    expect(await cardError(frame, 1, 'isbn').textContent()).toBe(tr('error.isbn'));
    expect(await frame.locator('[data-card]').nth(0).locator('.field.invalid').count()).toBe(0);
    await shots('7-acquisition-errors', 2200);
    expect(inventory()).toHaveLength(5);

    // A title removed: the cards are renumbered, the errors go with it.
    await frame.locator('[data-card]').nth(1).locator('[data-remove]').click();
    expect(await frame.locator('[data-card]').count()).toBe(1);
    expect(await frame.locator('[data-card] [data-remove]').isHidden()).toBe(true);
  });

  it('4. catalogue search: "абен" finds the Kazakh title without Kazakh letters, three copies on the shelf', async () => {
    const frame = await openFundSidebar('showCatalogSearch', 'menu.catalogSearch');
    expect(await frame.locator('#summary').textContent()).toBe(tr('search.prompt'));
    await shots('8-search-empty');
    await frame.locator('#query').pressSequentially('абен', { delay: 40 });
    const hit = frame.locator('.hit').first();
    await hit.waitFor();
    expect(await frame.locator('.hit').count()).toBe(1);
    expect(await hit.locator('.desc').textContent()).toBe(SEED_GOST);
    expect(await hit.locator('.on-shelf').textContent()).toBe(tr('search.onShelf', { onShelf: 3, inFund: 3 }));
    expect(await hit.locator('.copy').allTextContents()).toEqual([`№ 1–3 ${tr('copy.shelf')}`]);
    expect(await hit.locator('.shelf-mark').textContent()).toBe(`${tr('search.shelfMark')}: 84(5Каз)-5 / Ә`);
    expect(await frame.locator('#summary').textContent()).toBe(tr('search.found', { count: 1 }));
    await shots('9-search-abenov');

    // Keyboard: ↓ into the results, Esc back to the box.
    await frame.locator('#query').press('ArrowDown');
    expect(await hit.evaluate((el) => el === document.activeElement)).toBe(true);
    await hit.press('Escape');
    expect(await frame.locator('#query').evaluate((el) => el === document.activeElement)).toBe(true);

    // A scanned label: "INV:000004" + Enter finds the Russian title.
    await frame.locator('#query').fill('INV:000004');
    await frame.locator('#query').press('Enter');
    await frame.locator('.hit .desc', { hasText: 'Детство' }).waitFor();
    expect(await frame.locator('.hit .on-shelf').first().textContent()).toBe(tr('search.onShelf', { onShelf: 2, inFund: 2 }));

    // The author's name as typed.
    await frame.locator('#query').fill('');
    await frame.locator('#query').pressSequentially('толст', { delay: 40 });
    await frame.locator('.hit .desc', { hasText: 'Детство' }).waitFor();
    expect(await frame.locator('.hit').count()).toBe(1);
    expect(await frame.locator('.hit .on-shelf').textContent()).toBe(tr('search.onShelf', { onShelf: 2, inFund: 2 }));
    expect(await frame.locator('.hit .copy').allTextContents()).toEqual([`№ 4, 5 ${tr('copy.shelf')}`]);
    await shots('10-search-tolstoy');

    // Nothing found.
    await frame.locator('#query').fill('жоқкітап');
    await frame.locator('#query').press('Enter');
    await frame.locator('#summary.empty').waitFor();
    expect(await frame.locator('#summary').textContent()).toBe(tr('search.empty', { query: 'жоқкітап' }));
    expect(await frame.locator('.hit').count()).toBe(0);
    await shots('11-search-nothing');
  });

  it('5. write-off: two copies, act 1/<year> with a link to its document; the same copy again is refused', async () => {
    const frame = await openFundSidebar('showWriteOff', 'menu.writeOff');
    expect(await frame.locator('#date').inputValue()).toBe('2026-03-10');
    expect(await frame.locator('label[for="commission"]').textContent()).toContain(tr('wo.commission'));
    const numbers = frame.locator('#inventoryNos');
    await numbers.fill('1-2');
    expect(await frame.locator('#parsed .count').textContent()).toBe(`${tr('wo.parsed', { count: 2 })} · № 1, 2`);
    await numbers.fill('INV:000001\n2\n2б');
    expect(await frame.locator('#parsed .count').textContent()).toBe(`${tr('wo.parsed', { count: 2 })} · № 1, 2`);
    expect(await frame.locator('#parsed .bad').textContent()).toBe(tr('wo.bad', { items: '2б' }));
    await numbers.fill('INV:000001\n2');
    expect(await frame.locator('#parsed .bad').isHidden()).toBe(true);
    await frame.locator('#reason').selectOption('lost');
    expect(await frame.locator('#reason option:checked').textContent()).toBe(option(WRITE_OFF_REASONS, 'lost'));
    await frame.locator('#reason').selectOption('wornOut');
    expect(await frame.locator('#reason option:checked').textContent()).toBe(option(WRITE_OFF_REASONS, 'wornOut'));
    await frame.locator('#commission').fill('Сапарова А. Б. (төраға)\nНұрланова Г. К.\nОспанов Е. Т.');
    await frame.locator('#approvedBy').fill('Мектеп директоры Қасымов Б. Ж.');
    await shots('12-writeoff-filled', 1100);

    const answer = await submit(frame, 'writeOffCopies');
    expect(answer).toEqual({ kind: 'ok', text: tr('wo.done', { actNo: `1/${YEAR}`, copies: 2, sum: tr('fund.money', { sum: '2\u00a0500' }) }) });
    const link = frame.locator('#act-link');
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('href')).toBeTruthy();
    expect(await link.textContent()).toBe(tr('wo.openAct', { name: tr('doc.act.fileName', { no: `1-${YEAR}`, date: '2026-03-10' }) }));
    expect(await numbers.inputValue()).toBe('');
    expect(await frame.locator('#commission').inputValue()).toContain('Сапарова');
    await shots('13-writeoff-done', 1100);
    expect(inventory().filter((r) => r.writeOffActNo).map((r) => r.inventoryNo)).toEqual([1, 2]);

    // The same copy again: refused next to the numbers, nothing written.
    await numbers.fill('1');
    const again = await submit(frame, 'writeOffCopies');
    expect(again.kind).toBe('error');
    expect(await frame.locator('#inventoryNos-error').textContent()).toBe(tr('error.copyWrittenOff', { no: 1, act: `1/${YEAR}` }));
    expect(await frame.locator('.field[data-field="inventoryNos"]').getAttribute('class')).toContain('invalid');
    expect(await frame.locator('#result').isHidden()).toBe(true);
    await shots('14-writeoff-refused', 1100);
    expect(inventory().filter((r) => r.writeOffActNo)).toHaveLength(2);

    // An unknown number too; and both at once, one under the other.
    await numbers.fill('999');
    await submit(frame, 'writeOffCopies');
    expect(await frame.locator('#inventoryNos-error').textContent()).toBe(tr('error.copyUnknown', { nos: '999' }));
    await numbers.fill('1\n77');
    expect(await submit(frame, 'writeOffCopies')).toEqual({ kind: 'error', text: tr('form.fixErrors') });
    expect(await frame.locator('#inventoryNos-error').textContent()).toBe([tr('error.copyUnknown', { nos: '77' }), tr('error.copyWrittenOff', { no: 1, act: `1/${YEAR}` })].join('\n'));
    await shots('15-writeoff-refused-two', 900);
    expect(inventory().filter((r) => r.writeOffActNo).map((r) => r.inventoryNo)).toEqual([1, 2]);
  });

  it('6. the search shows the written-off copies: one of one on the shelf', async () => {
    const frame = await openFundSidebar('showCatalogSearch', 'menu.catalogSearch');
    await frame.locator('#query').fill('абенов');
    await frame.locator('#query').press('Enter');
    const hit = frame.locator('.hit').first();
    await hit.waitFor();
    expect(await hit.locator('.on-shelf').textContent()).toBe(tr('search.onShelf', { onShelf: 1, inFund: 1 }));
    expect(await hit.locator('.copy').allTextContents()).toEqual([`№ 3 ${tr('copy.shelf')}`, `№ 1, 2 ${tr('copy.writtenOff')}`]);
    await shots('16-search-after-writeoff');
  });
});
