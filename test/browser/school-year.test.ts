/**
 * The New-school-year sidebar in the local preview, in Kazakh and in Russian: opened from the menu it
 * shows the preview (the year, class by class, the leavers and the one with books by name, the pupil
 * whose class cannot be read) and nothing is written; the button starts the year: the result, the readers
 * journal changed; opened again, it says the year is already started and offers no button.
 * Screenshots: test-output/screenshots/school-year-<lang>-*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { journalColumns, journalSheetId } from '../../emulator/workbook-view';
import { t, type Lang, type MessageKey, type Params } from '../../src/i18n';
import { batch, KOZY } from '../fixtures/titles';
import { journal } from '../../sheets-template';
import { chooseAddonItem, launchChromium, openSession, openTab, SCREENSHOTS, sidebar, type Session } from './harness';

const REGISTERED = '2026-11-27';
let now = new Date(`${REGISTERED}T05:00:00Z`);
const READERS: Array<[string, string, string]> = [
  ['Әбенова Айгүл', 'pupil', '5А'],
  ['Жұмабаев Асқар', 'pupil', '5А'],
  ['Ли Мария', 'pupil', '5Б'],
  ['Серікова Дана', 'pupil', '0'],
  ['Омаров Ерлан', 'pupil', '11А'],
  ['Қасымова Әсел', 'pupil', '11А'],
  ['Нұрланова Гүлнар', 'teacher', ''],
  ['Иванов Пётр', 'pupil', '7В'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['kk', 'ru'] as const)('the New-school-year sidebar (%s)', (L: Lang) => {
  const tr = (key: MessageKey, params?: Params) => t(L, key, params);
  let session: Session;
  let page: Page;
  let frame: FrameLocator;

  beforeAll(async () => {
    now = new Date(`${REGISTERED}T05:00:00Z`);
    session = await openSession(browser, { userLocale: L, now: () => now, setUp: true });
    page = session.page;
    const emu = session.preview.emulator;
    const calls: Array<[string, unknown]> = READERS.map(([fullName, category, grade]) => [
      'registerReader',
      { fullName, category, grade, school: '', address: '', phone: '', registeredOn: REGISTERED },
    ]);
    calls.push(['registerAcquisition', batch([{ ...KOZY, copies: '2' }])]);
    calls.push(['issueCopies', { ticketNo: 5, inventoryNos: '1 2', dueOn: '', overrideOverdue: false }]);
    for (const [fn, arg] of calls) {
      const exec = emu.runFromClient<{ ok: boolean; message: string }>(fn, [arg]);
      if (!exec.ok || !exec.result?.ok) throw new Error(`${fn} failed: ${exec.error?.message ?? exec.result?.message}`);
    }
    // Пётр's class typed by hand so that it cannot be read.
    emu.refresh();
    const inspect = emu.spreadsheet.inspect;
    const sheetId = journalSheetId(inspect, 'readers')!;
    const ss = (emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.getSheetById(sheetId)!.getRange(9, journalColumns(inspect, sheetId).grade).setValue('7 кл.');
    emu.spreadsheet.save();
    now = new Date('2027-09-01T05:00:00Z'); // the first day of the school year 2027-2028
  });
  afterAll(async () => {
    await session?.close();
  });

  async function shots(name: string, sidebarHeight = 0): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `school-year-${L}-${name}.png`) });
    if (sidebarHeight) {
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: size.width, height: sidebarHeight });
      await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, `school-year-${L}-${name}-sidebar.png`) });
      await page.setViewportSize(size);
    }
  }

  const texts = (selector: string) => frame.locator(selector).allTextContents();
  const rowTexts = async (selector: string) => {
    const out: string[][] = [];
    for (const row of await frame.locator(selector).all()) out.push((await row.locator('td').allTextContents()).map((s) => s.trim()));
    return out;
  };

  it('1. from the menu: the preview of 2027-2028 in her language, nothing written', async () => {
    const before = session.readers();
    await chooseAddonItem(page, 'showNewSchoolYear');
    frame = sidebar(page);
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    expect(await page.locator('#sidebar-title').textContent()).toBe(tr('menu.newSchoolYear'));
    expect(await frame.locator('html').getAttribute('lang')).toBe(L);
    await frame.locator('#preview-panel:not([hidden])').waitFor();
    expect(await frame.locator('#year-title').textContent()).toBe(tr('sy.title', { year: '2027-2028' }));
    expect(await frame.locator('#last').textContent()).toBe(tr('sy.last.never'));
    expect(await frame.locator('#status').isHidden()).toBe(true);

    expect(await rowTexts('#move-rows tr')).toEqual([
      ['0', '→', '1', '1'],
      ['5А', '→', '6А', '2'],
      ['5Б', '→', '6Б', '1'],
    ]);
    expect(await frame.locator('#moved-total').textContent()).toBe('4');
    expect(await frame.locator('#leavers-count').textContent()).toBe('2');
    expect(await rowTexts('#leaver-rows tr')).toEqual([['11А', '→', tr('sy.leaves'), '2']]);
    expect(await frame.locator('#leavers-note').textContent()).toBe(tr('sy.leavers.note', { note: '2027-2028: бітірді / выпускник' }));
    expect(await frame.locator('#loans-title').textContent()).toBe(tr('sy.withLoans', { count: 1 }));
    expect(await texts('#loans-list li')).toEqual([tr('sy.withLoans.item', { ticketNo: 5, name: 'Омаров Ерлан', grade: '11А', count: 2 })]);
    expect(await frame.locator('#unreadable-title').textContent()).toBe(tr('sy.unreadable', { count: 1 }));
    expect(await texts('#unreadable-list li')).toEqual([tr('sy.unreadable.item', { ticketNo: 8, name: 'Иванов Пётр', grade: '7 кл.' })]);
    expect(await frame.locator('#others').textContent()).toBe('1');
    expect(await frame.locator('#reRegistered').textContent()).toBe('5');
    expect(await frame.locator('#start').textContent()).toBe(tr('sy.start', { year: '2027-2028' }));
    expect(session.readers()).toEqual(before);
    await shots('1-preview', 1100);
  });

  it('2. starts the year: the result, the readers journal changed', async () => {
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/run' && r.request().postData()?.includes('"startNewSchoolYear"') === true);
    await frame.locator('#start').click();
    await answered;
    await frame.locator('#done-panel:not([hidden])').waitFor();
    expect(await frame.locator('#status').textContent()).toBe(tr('schoolYear.started', { year: '2027-2028' }));
    expect(await frame.locator('#status').getAttribute('class')).toBe('status ok');
    expect(await frame.locator('#done-title').textContent()).toBe(tr('sy.title', { year: '2027-2028' }));
    const counts = await Promise.all(['d-movedUp', 'd-leavers', 'd-reRegistered', 'd-unreadable'].map((id) => frame.locator(`#${id}`).textContent()));
    expect(counts).toEqual(['4', '2', '5', '1']);
    expect(await frame.locator('#d-unreadable-hint').textContent()).toBe(tr('sy.done.unreadable.hint'));
    // The readers sheet beside the sidebar: classes up, leavers marked, the dates of re-registration.
    await openTab(page, journal('readers').title[L]);
    await shots('2-done', 700);

    expect(session.readers().map((r) => [r.fullName, r.grade, r.reRegisteredOn])).toEqual([
      ['Әбенова Айгүл', '6А', '2027-09-01'],
      ['Жұмабаев Асқар', '6А', '2027-09-01'],
      ['Ли Мария', '6Б', '2027-09-01'],
      ['Серікова Дана', '1', '2027-09-01'],
      ['Омаров Ерлан', '11А', ''],
      ['Қасымова Әсел', '11А', ''],
      ['Нұрланова Гүлнар', '', '2027-09-01'],
      ['Иванов Пётр', '7 кл.', ''],
    ]);
    expect(session.readers().filter((r) => String(r.note).includes('2027-2028: бітірді / выпускник')).map((r) => r.ticketNo)).toEqual([5, 6]);
  });

  it('3. opened again: the year is already started, no button to start it twice', async () => {
    const calls = session.runCalls.filter((c) => c.fn === 'startNewSchoolYear').length;
    await chooseAddonItem(page, 'showNewSchoolYear');
    frame = sidebar(page);
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    await frame.locator('#preview-panel:not([hidden])').waitFor();
    await frame.locator('#status.info').waitFor();
    expect(await frame.locator('#status').textContent()).toBe(tr('schoolYear.error.alreadyDone', { year: '2027-2028', last: '2027-2028' }));
    expect(await frame.locator('#last').textContent()).toBe(tr('sy.last', { year: '2027-2028' }));
    expect(await frame.locator('#plan').isHidden()).toBe(true);
    expect(await frame.locator('#start').isVisible()).toBe(false);
    expect(session.runCalls.filter((c) => c.fn === 'startNewSchoolYear').length).toBe(calls);
    await shots('3-already', 500);
  });
});
