/**
 * The labels and export sidebar in the local preview, in Kazakh and in Russian, as the librarian uses it:
 * opened from the menu; numbers typed and counted as she types; a title's copies added from a search;
 * labels made (a link to the Doc appears, the Doc is in the archive); a written-off copy refused under
 * the numbers; the catalogue downloaded as a CSV file (Playwright's download event: the file's name, its
 * BOM, its Kazakh text). Screenshots: test-output/screenshots/labels-{kk,ru}-*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { readCsv } from '../../src/domain/csv-read';
import { t, type Lang, type MessageKey, type Params } from '../../src/i18n';
import { BLANK, batch } from '../fixtures/titles';
import { chooseAddonItem, launchChromium, openSession, SCREENSHOTS, sidebar, type Session } from './harness';

const NOW = new Date('2026-03-10T06:00:00Z');

/** Every copy at 1 000 ₸. */
const CARD = { ...BLANK, price: '1000', copies: '1' };
/** Copies 1–3: Қозы-Көрпеш; 4–5: Детство; 6–10: Абай жолы. */
const ITEMS = [
  { ...CARD, authors: 'Әбенов Ш.', title: 'Қозы-Көрпеш – Баянсұлу', otherTitleInfo: 'поэма', place: 'Алматы', publisher: 'Жазушы', year: '1965', bbk: '84(5Каз)-5', authorSign: 'Ә 14', copies: '3' },
  { ...CARD, authors: 'Толстой Л. Н.', title: 'Детство', otherTitleInfo: 'повесть', place: 'Москва', year: '2019', bbk: '84(2Рос=Рус)1', language: 'ru', section: 'children', copies: '2' },
  { ...CARD, authors: 'Әуезов М.', title: 'Абай жолы', otherTitleInfo: 'роман-эпопея', place: 'Алматы', year: '1997', bbk: '84(5Каз)-44', authorSign: 'Ә 90', copies: '5' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

function scenario(L: Lang, names: { search: string; catalog: string; labelsDoc: string }): void {
  const tr = (key: MessageKey, params?: Params) => t(L, key, params);
  let session: Session;
  let page: Page;
  let frame: FrameLocator;

  const run = (fn: string, args: unknown[]) => {
    const exec = session.preview.emulator.runFromClient<{ ok: boolean; errors?: unknown }>(fn, args);
    if (!exec.ok || !exec.result?.ok) throw new Error(`${fn}: ${exec.error?.message ?? JSON.stringify(exec.result)}`);
  };

  async function shots(name: string, sidebarHeight = 1100): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `labels-${L}-${name}.png`) });
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width, height: sidebarHeight });
    await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, `labels-${L}-${name}-sidebar.png`) });
    await page.setViewportSize(size);
  }

  /** Clicks Make, waits for the server's answer and for the sidebar to show it. */
  async function makeLabels(): Promise<{ kind: string; text: string }> {
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/run' && r.request().postData()?.includes('"makeLabels"') === true);
    await frame.locator('#make').click();
    await answered;
    await frame.locator('#labels-form[aria-busy="false"]').waitFor();
    const el = frame.locator('#labels-status');
    return { kind: ((await el.getAttribute('class')) ?? '').replace('status', '').trim(), text: (await el.textContent()) ?? '' };
  }

  beforeAll(async () => {
    session = await openSession(browser, { userLocale: L, now: () => NOW, setUp: true });
    page = session.page;
    run('registerAcquisition', [batch(ITEMS, { date: '2026-03-02', supplier: 'ЖШС «Атамұра»', documentNo: '17', documentDate: '2026-03-01' })]);
    run('writeOffCopies', [{ inventoryNos: '5', reason: 'wornOut', date: '2026-03-10', commission: 'Сапарова А. Б.', approvedBy: '', note: '' }]);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens from the menu in the workbook language, with both parts', async () => {
    await chooseAddonItem(page, 'showLabels');
    frame = sidebar(page);
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    expect(await page.locator('#sidebar-title').textContent()).toBe(tr('menu.labels'));
    expect(await frame.locator('html').getAttribute('lang')).toBe(L);
    expect(await frame.locator('#labels-heading').textContent()).toBe(tr('labels.section'));
    expect(await frame.locator('#export-heading').textContent()).toBe(tr('export.section'));
    expect(await frame.locator('#make').textContent()).toBe(tr('labels.make'));
    expect(await frame.locator('#export').textContent()).toBe(tr('export.button'));
    expect(await frame.locator('#parsed .count').textContent()).toBe(tr('labels.parsed.none'));
    await shots('1-empty');
  });

  it('counts the numbers as she types, and adds a title\'s copies found by search', async () => {
    const numbers = frame.locator('#inventoryNos');
    await numbers.fill('1-3\nINV:4\n4x');
    expect(await frame.locator('#parsed .count').textContent()).toBe(`${tr('labels.parsed', { count: 4 })} · ${tr('labels.parsed.pages', { pages: 1 })} · № 1–4`);
    expect(await frame.locator('#parsed .bad').textContent()).toBe(tr('labels.bad', { items: '4x' }));
    await numbers.fill('1-3\nINV:4');
    expect(await frame.locator('#parsed .bad').isHidden()).toBe(true);

    await frame.locator('#find summary').click();
    await frame.locator('#find-query').fill(names.search);
    await frame.locator('#find-query').press('Enter');
    const hit = frame.locator('.find-hit').first();
    await hit.waitFor();
    expect(await hit.locator('.desc').textContent()).toContain('Абай жолы');
    expect(await hit.locator('button.add').textContent()).toBe(tr('labels.find.add', { count: 5 }));
    await hit.locator('button.add').click();
    expect(await numbers.inputValue()).toBe('1-3\nINV:4\n6-10');
    expect(await frame.locator('#parsed .count').textContent()).toBe(`${tr('labels.parsed', { count: 9 })} · ${tr('labels.parsed.pages', { pages: 1 })} · № 1–4, 6–10`);
    await shots('2-filled');
  });

  it('makes the labels: a link to the Doc, which is in the archive', async () => {
    const answer = await makeLabels();
    expect(answer).toEqual({ kind: 'ok', text: tr('labels.done', { count: 9 }) });
    const link = frame.locator('#labels-link');
    await link.waitFor();
    expect(await link.textContent()).toBe(tr('labels.open', { name: names.labelsDoc }));
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('href')).toBeTruthy();
    session.preview.emulator.refresh();
    const files = JSON.stringify(session.preview.emulator.drive.inspect.tree());
    expect(files).toContain(names.labelsDoc);
    await shots('3-made');
  });

  it('refuses a written-off copy under the numbers, making nothing', async () => {
    await frame.locator('#inventoryNos').fill('4 5');
    const answer = await makeLabels();
    expect(answer.kind).toBe('error');
    expect(await frame.locator('#inventoryNos-error').textContent()).toBe(tr('labels.error.writtenOff', { no: 5, act: '1/2026' }));
    expect(await frame.locator('.field[data-field="inventoryNos"]').getAttribute('class')).toContain('invalid');
    await shots('4-refused');
  });

  it('downloads the catalogue as a CSV file with a BOM and the text intact', async () => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), frame.locator('#export').click()]);
    expect(download.suggestedFilename()).toBe(`${names.catalog} 2026-03-10.csv`);
    const file = path.join(SCREENSHOTS, `labels-${L}-catalog.csv`);
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = readCsv(bytes.toString('utf8'), ';').records.map((r) => r.cells);
    expect(table).toHaveLength(4);
    const title = table[0].indexOf(L === 'kk' ? 'Атауы' : 'Заглавие');
    expect(title).toBeGreaterThan(0);
    expect(table.map((r) => r[title])).toEqual([table[0][title], 'Қозы-Көрпеш – Баянсұлу', 'Детство', 'Абай жолы']);
    expect(bytes.toString('utf8')).toContain('\r\n');
    await frame.locator('#export-status.ok').waitFor();
    expect(await frame.locator('#export-status').textContent()).toBe(tr('export.done', { titles: 3, name: `${names.catalog} 2026-03-10.csv` }));
    expect(await frame.locator('#export-link').getAttribute('download')).toBe(`${names.catalog} 2026-03-10.csv`);
    expect(await frame.locator('#export').isEnabled()).toBe(true);
    await shots('5-exported');
  });
}

describe('labels and export (Kazakh)', () => {
  scenario('kk', { search: 'абай жолы', catalog: 'Электронды каталог', labelsDoc: 'Жапсырмалар 2026-03-10 (1–4, 6–10)' });
});

describe('labels and export (Russian)', () => {
  scenario('ru', { search: 'абай жолы', catalog: 'Электронный каталог', labelsDoc: 'Этикетки 2026-03-10 (1–4, 6–10)' });
});
