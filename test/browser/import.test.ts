/**
 * The import sidebar in the local preview, as the librarian uses it, in Kazakh and in Russian: she
 * chooses the 12-line UTF-8 file (the columns are guessed from its Russian headers), runs the check,
 * sees the two bad lines with what is wrong by column, chooses the fixed file, checks and imports it;
 * then she chooses Excel's Windows-1251 CSV (decoded in the browser, with the warning that Kazakh letters
 * were lost) and pastes cells from Excel. Screenshots: test-output/screenshots/import-{kk,ru}-*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { journalRows } from '../../emulator/workbook-view';
import { t, type MessageKey, type Params } from '../../src/i18n';
import { addonMenuCaptions, chooseAddonItem, launchChromium, openSession, ROOT, SCREENSHOTS, sidebar, type Session } from './harness';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');
const NOW = new Date('2026-11-27T05:00:00Z');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

for (const L of ['kk', 'ru'] as const) {
  describe(`the import sidebar (${L})`, () => {
    const tr = (key: MessageKey, params?: Params) => t(L, key, params);
    let session: Session;
    let page: Page;
    let frame: FrameLocator;

    beforeAll(async () => {
      session = await openSession(browser, { userLocale: L, now: () => NOW });
      page = session.page;
    });
    afterAll(async () => {
      await session?.close();
    });

    const rows = (id: string) => (session.preview.emulator.refresh(), journalRows(session.preview.emulator.spreadsheet.inspect, id));

    /** The page, and the sidebar alone at full height. */
    async function shots(name: string, sidebarHeight = 0): Promise<void> {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, `import-${L}-${name}.png`) });
      if (sidebarHeight) {
        const size = page.viewportSize()!;
        await page.setViewportSize({ width: size.width, height: sidebarHeight });
        await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, `import-${L}-${name}-sidebar.png`) });
        await page.setViewportSize(size);
      }
    }

    async function choose(file: string): Promise<void> {
      await frame.locator('#file').setInputFiles(path.join(FIXTURES, file));
      await frame.locator('#step-mapping:not([hidden])').waitFor();
    }

    /** Clicks a button that calls importCatalog and waits for the answer to be shown. */
    async function press(button: '#dry-run' | '#commit'): Promise<{ kind: string; text: string }> {
      const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/run' && r.request().postData()?.includes('"importCatalog"') === true);
      await frame.locator(button).click();
      await answered;
      await frame.locator('body[aria-busy="false"]').waitFor();
      const el = frame.locator('#status');
      return { kind: ((await el.getAttribute('class')) ?? '').replace('status', '').trim(), text: (await el.textContent()) ?? '' };
    }

    const mappingOf = () => frame.locator('#columns select').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));

    it('1. setup; the menu item opens the sidebar in her language', async () => {
      await chooseAddonItem(page, 'setupWorkbook');
      const alert = page.locator('#alert');
      await alert.waitFor();
      await alert.locator('button', { hasText: 'OK' }).click();
      await alert.waitFor({ state: 'detached' });
      expect(await addonMenuCaptions(page)).toContain(tr('menu.importCatalog'));
      await chooseAddonItem(page, 'showImportCatalog');
      frame = sidebar(page);
      await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
      expect(await page.locator('#sidebar-title').textContent()).toBe(tr('menu.importCatalog'));
      expect(await frame.locator('html').getAttribute('lang')).toBe(L);
      expect(await frame.locator('label[for="file"]').textContent()).toBe(tr('import.file.choose'));
      expect(await frame.locator('#step-mapping').isHidden()).toBe(true);
    });

    it('2. chooses the UTF-8 file: its columns are guessed from the headers', async () => {
      await choose('catalog-utf8-bom.csv');
      expect(await frame.locator('#read-info').textContent()).toBe(tr('import.file.read', { rows: 13, columns: 13, separator: '«;»', encoding: 'UTF-8' }));
      expect(await frame.locator('#header').isChecked()).toBe(true);
      expect(await mappingOf()).toEqual(['', 'authors', 'title', 'publisher', 'year', 'isbn', 'bbk', 'language', 'section', 'price', 'copies', 'inventoryNos', 'entryDate']);
      expect(await frame.locator('#columns li').nth(2).locator('.col-sample').textContent()).toBe('Қозы-Көрпеш – Баянсұлу');
      expect(await frame.locator('#columns li').nth(0).locator('select option:checked').textContent()).toBe(tr('import.field.none'));
      expect(await frame.locator('#columns li').nth(4).locator('select option:checked').textContent()).toBe(tr('import.field.year'));
      expect(await frame.locator('#limits').textContent()).toBe(tr('import.limits', { lines: '3\u00a0000', copies: '10\u00a0000' }));
      await shots('1-mapping', 2300);
    });

    it('3. the dry run shows the two bad lines, what is wrong by column, and offers no import', async () => {
      const calls = session.runCalls.length;
      const answer = await press('#dry-run');
      expect(answer).toEqual({ kind: 'error', text: tr('import.dryRun.blocked', { errors: 2 }) });
      expect(session.runCalls.slice(calls).map((c) => [c.fn, (c.args[0] as { mode: string }).mode])).toEqual([['importCatalog', 'dryRun']]);
      // The filter starts on the errors: rows 6 and 9.
      expect(await frame.locator('#lines tbody tr').evaluateAll((trs) => trs.map((r) => (r as HTMLElement).dataset.row))).toEqual(['6', '9']);
      expect(await frame.locator('#lines tr[data-row="6"] .problem').allTextContents()).toEqual([tr('import.problem', { column: 'Год', message: tr('error.year', { min: 1500, max: 2027 }) })]);
      expect(await frame.locator('#lines tr[data-row="9"] .problem').allTextContents()).toEqual([
        tr('import.problem', { column: 'Язык', message: tr('import.error.language', { value: 'татарский' }) }),
        tr('import.problem', { column: 'Цена', message: tr('error.price') }),
      ]);
      expect(await frame.locator('#summary li.bad').textContent()).toBe(tr('import.summary.errors', { count: 2 }));
      expect(await frame.locator('#commit').isDisabled()).toBe(true);
      expect(await frame.locator('#commit-blocked').isVisible()).toBe(true);
      await shots('2-errors', 1400);
      // All lines: 8 new, 2 duplicates that add copies to an earlier line's title.
      await frame.locator('#filters button[data-filter="all"]').click();
      expect(await frame.locator('#lines tbody tr').count()).toBe(12);
      expect(await frame.locator('#lines tr[data-row="8"] .note').textContent()).toBe(tr('import.line.sameAs', { row: 2 }));
      expect(rows('catalog')).toEqual([]);
      expect(rows('inventoryBook')).toEqual([]);
    });

    it('4. the fixed file checks clean; "Import all" writes it; the journals hold it', async () => {
      await choose('catalog-utf8-fixed.csv');
      expect(await frame.locator('#step-result').isHidden()).toBe(true);
      const dry = await press('#dry-run');
      expect(dry).toEqual({ kind: 'ok', text: tr('import.dryRun.ready', { lines: 12, titles: 10, copies: 30 }) });
      expect(await frame.locator('#summary li').allTextContents()).toContain(tr('import.summary.toNumber', { count: 19, from: 12 }));
      expect(await frame.locator('#commit').isEnabled()).toBe(true);
      await shots('3-ready', 1400);

      // Changing a column after the check: "Import all" waits for a new check.
      await frame.locator('#columns select[data-mapping="6"]').selectOption('');
      expect(await frame.locator('#commit').isDisabled()).toBe(true);
      expect(await frame.locator('#status').textContent()).toBe(tr('import.stale'));
      await frame.locator('#columns select[data-mapping="6"]').selectOption('bbk');
      expect(await frame.locator('#commit').isEnabled()).toBe(true);

      const done = await press('#commit');
      expect(done).toEqual({ kind: 'ok', text: tr('import.done', { titles: 10, copies: 30, records: '1, 2, 3' }) });
      expect(await frame.locator('#commit').isHidden()).toBe(true);
      expect(await frame.locator('#again').isVisible()).toBe(true);
      await shots('4-done', 1000);
      expect(rows('catalog')).toHaveLength(10);
      expect(rows('inventoryBook').map((r) => r.inventoryNo).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(rows('summaryBookReceipts').map((r) => r.note)).toEqual([tr('import.part1Note'), tr('import.part1Note'), tr('import.part1Note')]);
    });

    it('5. the Windows-1251 CSV Excel writes is decoded in the browser, with a warning about the lost Kazakh letters', async () => {
      await frame.locator('#again').click();
      await choose('catalog-cp1251.csv');
      expect(await frame.locator('#read-info').textContent()).toBe(tr('import.file.read', { rows: 4, columns: 6, separator: '«,»', encoding: 'Windows-1251' }));
      expect(await frame.locator('#read-warning').textContent()).toBe(tr('import.file.lostKazakh'));
      expect(await frame.locator('#columns .col-name').allTextContents()).toEqual(['Автор', 'Заглавие', 'Год', 'Издательство', 'Цена', 'Кол-во экз.']);
      expect(await frame.locator('#columns li').nth(1).locator('.col-sample').textContent()).toBe('Детство');
      expect(await mappingOf()).toEqual(['authors', 'title', 'year', 'publisher', 'price', 'copies']);
      await shots('5-cp1251', 1400);
      // Thrice the same Детство (2019): the catalogue has it, so its copies go to that title.
      await frame.locator('#d-section').selectOption('children');
      const dry = await press('#dry-run');
      expect(dry.kind).toBe('ok');
      expect(await frame.locator('#lines tr[data-row="2"] .note').textContent()).toBe(tr('import.line.existing', { titleId: 2 }));
    });

    it('6. cells pasted from Excel (tab-separated, Kazakh headers) are read as a table', async () => {
      const text = fs.readFileSync(path.join(FIXTURES, 'paste-tab.csv'), 'utf8');
      await frame.locator('#file').setInputFiles([]);
      await frame.locator('#paste').fill(text);
      const read = tr('import.file.read', { rows: 3, columns: 7, separator: tr('import.separator.tab'), encoding: 'UTF-8' });
      await frame.locator('#read-info:not([hidden])', { hasText: read }).waitFor();
      expect(await frame.locator('#read-info').textContent()).toBe(read);
      await frame.locator('#columns li').nth(6).waitFor();
      expect(await mappingOf()).toEqual(['authors', 'title', 'year', 'price', 'copies', 'inventoryNos', 'annotation']);
      expect(await frame.locator('#columns li').nth(6).locator('.col-sample').textContent()).toBe('Роман. Мектеп кітапханасынан');
      await shots('6-paste', 1400);
    });
  });
}
