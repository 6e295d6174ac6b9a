/**
 * The copy picker in the write-off sidebar, in Kazakh and in Russian: "Select copies (by inventory numbers,
 * or from a search)". A fund of Қозы-Көрпеш (copies 1–3) and a maths textbook (4–5, copy 5 on loan): a
 * search adds a title's copies on the shelf to the numbers box ("1-3"), a copy on loan is not offered,
 * adding twice adds nothing, and the act is drawn up for what was added. Afterwards the search says why
 * nothing is offered. Screenshots: test-output/screenshots/picker-<lang>-*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { writeLibrary, type GeneratedLibrary } from '../../bench/generate';
import type { Emulator } from '../../emulator/runtime';
import { journalColumns, journalRows, journalSheetId } from '../../emulator/workbook-view';
import { decodeCopies, encodeCopies, withStatus } from '../../src/domain/copies';
import { t, type Lang, type MessageKey, type Params } from '../../src/i18n';
import { batch, KOZY, MATH } from '../fixtures/titles';
import { chooseAddonItem, launchChromium, openSession, SCREENSHOTS, sidebar, type Session } from './harness';

const NOW = new Date('2026-03-10T06:00:00Z');

/**
 * A copy on loan, as the issue form (being built) will record it: a row in the loans journal (what the
 * write-off refuses) and the copy's state in the catalogue index (what the search shows).
 */
function lend(emu: Emulator, loan: { inventoryNo: number; titleId: number; issuedOn: string; dueOn: string }): void {
  const row = { loanId: 1, ticketNo: 1, ...loan, returnedOn: null, condition: null, conditionNote: '', renewals: 0 };
  writeLibrary(emu, { journals: { loans: [row] }, settings: {} } as unknown as GeneratedLibrary);
  emu.refresh();
  const inspect = emu.spreadsheet.inspect;
  const sheetId = journalSheetId(inspect, 'catalogIndex')!;
  const cols = journalColumns(inspect, sheetId);
  const r = inspect.values(sheetId).findIndex((values) => Number(values[cols.titleId - 1]) === loan.titleId);
  const ss = (emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const cell = ss.getSheetById(sheetId)!.getRange(r + 1, cols.copies);
  cell.setValue(encodeCopies(withStatus(decodeCopies(cell.getValue()), [{ inventoryNo: loan.inventoryNo, state: 'loan', dueOn: loan.dueOn }])));
  emu.spreadsheet.save();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['kk', 'ru'] as const)('the write-off copy picker (%s)', (L: Lang) => {
  const tr = (key: MessageKey, params?: Params) => t(L, key, params);
  let session: Session;
  let page: Page;
  let frame: FrameLocator;

  const written = () => (session.preview.emulator.refresh(), journalRows(session.preview.emulator.spreadsheet.inspect, 'inventoryBook').filter((r) => r.writeOffActNo).map((r) => r.inventoryNo));

  async function shots(name: string): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width, height: 1200 });
    await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, `picker-${L}-${name}-sidebar.png`) });
    await page.setViewportSize(size);
  }

  /** Searches the picker and waits for its answer. */
  async function find(query: string): Promise<void> {
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/run' && r.request().postData()?.includes('"searchCatalog"') === true);
    await frame.locator('#find-query').fill(query);
    await frame.locator('#find-query').press('Enter');
    await answered;
    await frame.locator('#find-button:not([disabled])').waitFor();
  }

  beforeAll(async () => {
    session = await openSession(browser, { userLocale: L, now: () => NOW, setUp: true });
    page = session.page;
    const emu = session.preview.emulator;
    const acq = emu.runFromClient<{ ok: boolean; message: string }>('registerAcquisition', [batch([KOZY, MATH], { date: '2026-03-02', documentDate: '2026-03-01' })]);
    if (!acq.ok || !acq.result?.ok) throw new Error(`registerAcquisition failed: ${acq.error?.message ?? acq.result?.message}`);
    lend(emu, { inventoryNo: 5, titleId: 2, issuedOn: '2026-03-03', dueOn: '2026-03-17' });
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('adds a title\'s copies on the shelf to the numbers: "абен" gives 1-3', async () => {
    await chooseAddonItem(page, 'showWriteOff');
    frame = sidebar(page);
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    expect(await frame.locator('#find summary').textContent()).toBe(tr('labels.find'));
    await frame.locator('#find summary').click();
    expect(await frame.locator('#find-query').getAttribute('placeholder')).toBe(tr('labels.find.hint'));
    expect(await frame.locator('#find-query').getAttribute('aria-label')).toBe(tr('labels.find'));

    await find('абен');
    const hit = frame.locator('.find-hit');
    expect(await hit.count()).toBe(1);
    expect(await hit.locator('.desc').textContent()).toContain('Қозы-Көрпеш – Баянсұлу');
    expect(await hit.locator('button.add').textContent()).toBe(tr('labels.find.add', { count: 3 }));
    expect(await hit.locator('button.add').getAttribute('title')).toBe('№ 1–3');
    await hit.locator('button.add').click();
    expect(await frame.locator('#inventoryNos').inputValue()).toBe('1-3');
    expect(await frame.locator('#parsed .count').textContent()).toBe(`${tr('wo.parsed', { count: 3 })} · № 1–3`);
    // Enter in the search box searched: nothing was sent to the write-off.
    expect(session.runCalls.filter((c) => c.fn === 'writeOffCopies')).toHaveLength(0);
    await shots('1-added');
  });

  it('leaves out a copy on loan, and adds nothing twice', async () => {
    await find('математика');
    const add = frame.locator('.find-hit button.add');
    expect(await add.textContent()).toBe(tr('labels.find.add', { count: 1 }));
    await add.click();
    expect(await frame.locator('#inventoryNos').inputValue()).toBe('1-3\n4');
    await add.click();
    expect(await frame.locator('#inventoryNos').inputValue()).toBe('1-3\n4');
    expect(await frame.locator('#parsed .count').textContent()).toBe(`${tr('wo.parsed', { count: 4 })} · № 1–4`);
    await shots('2-added-math');
  });

  it('draws up the act for the copies added', async () => {
    await frame.locator('#reason').selectOption('wornOut');
    await frame.locator('#commission').fill('Сапарова А. Б.\nНұрланова Г. К.');
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/run' && r.request().postData()?.includes('"writeOffCopies"') === true);
    await frame.locator('#submit').click();
    await answered;
    await frame.locator('#wo-form[aria-busy="false"]').waitFor();
    expect(await frame.locator('#status').textContent()).toBe(tr('wo.done', { actNo: '1/2026', copies: 4, sum: tr('fund.money', { sum: '6\u00a0251,50' }) }));
    const docName = tr('doc.act.fileName', { no: '1-2026', date: '2026-03-10' });
    expect(await frame.locator('#act-link').textContent()).toBe(tr('wo.openAct', { name: docName }));
    expect(written()).toEqual([1, 2, 3, 4]);
    expect(JSON.stringify(session.preview.emulator.drive.inspect.tree())).toContain(docName);
    await shots('3-act');
  });

  it('says why a title offers nothing: none left in the fund, or none on the shelf', async () => {
    await find('абен');
    expect(await frame.locator('.find-hit button.add').count()).toBe(0);
    expect(await frame.locator('.find-hit .muted').textContent()).toBe(tr('labels.find.noCopies'));
    await find('математика');
    expect(await frame.locator('.find-hit button.add').count()).toBe(0);
    expect(await frame.locator('.find-hit .muted').textContent()).toBe(tr('search.onShelf', { onShelf: 0, inFund: 1 }));
    await find('жоқкітап');
    expect(await frame.locator('#find-summary').textContent()).toBe(tr('labels.find.none', { query: 'жоқкітап' }));
    await shots('4-nothing-to-add');
  });
});
