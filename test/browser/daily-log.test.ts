/**
 * The daily work log sidebar in the local preview, in Kazakh and in Russian: opened from the menu it
 * recomputes today only and shows today's figures (readers served, visits, books issued by group
 * and by section), read-only; the librarian adds two consultations, a reference answer and a note and
 * saves: the figures include them, the daily log's row has the note; another day is chosen by its date;
 * "Recompute the month" (its hint says what it does) fills the month's other days.
 * A number she cannot type (-1) is refused next to its field and nothing is sent.
 * Screenshots: test-output/screenshots/daily-log-<lang>-*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { journalRows } from '../../emulator/workbook-view';
import { t, type Lang, type MessageKey, type Params } from '../../src/i18n';
import { batch, KOZY } from '../fixtures/titles';
import { journal } from '../../sheets-template';
import { chooseAddonItem, launchChromium, openSession, openTab, SCREENSHOTS, sidebar, type Session } from './harness';

let now = new Date('2026-11-26T05:00:00Z');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['kk', 'ru'] as const)('the Daily-log sidebar (%s)', (L: Lang) => {
  const tr = (key: MessageKey, params?: Params) => t(L, key, params);
  let session: Session;
  let page: Page;
  let frame: FrameLocator;

  beforeAll(async () => {
    now = new Date('2026-11-26T05:00:00Z');
    session = await openSession(browser, { userLocale: L, now: () => now, setUp: true });
    page = session.page;
    const emu = session.preview.emulator;
    const run = (fn: string, arg: unknown) => {
      const exec = emu.runFromClient<{ ok: boolean; message: string }>(fn, [arg]);
      if (!exec.ok || !exec.result?.ok) throw new Error(`${fn} failed: ${exec.error?.message ?? exec.result?.message}`);
    };
    for (const [fullName, category, grade] of [['Әбенова Айгүл', 'pupil', '3А'], ['Ли Мария', 'pupil', '7Б'], ['Нұрланова Гүлнар', 'teacher', '']]) {
      run('registerReader', { fullName, category, grade, school: '', address: '', phone: '', registeredOn: '2026-11-26' });
    }
    run('registerAcquisition', batch([{ ...KOZY, copies: '4' }]));
    // Wednesday: Айгүл borrows 1, Мария 2, a class of 24 in the reading room.
    run('issueCopies', { ticketNo: 1, inventoryNos: '1', dueOn: '', overrideOverdue: false });
    run('issueCopies', { ticketNo: 2, inventoryNos: '2', dueOn: '', overrideOverdue: false });
    run('recordVisit', { ticketNo: '', kind: 'readingRoom', people: '24', grade: '5А', note: '' });
    // Thursday (today): Гүлнар borrows 3 and 4, Айгүл gives 1 back.
    now = new Date('2026-11-27T05:00:00Z');
    run('issueCopies', { ticketNo: 3, inventoryNos: '3 4', dueOn: '', overrideOverdue: false });
    run('returnCopies', { items: [{ inventoryNo: 1, condition: 'fine', conditionNote: '' }] });
  });
  afterAll(async () => {
    await session?.close();
  });

  async function shots(name: string, sidebarHeight = 0): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `daily-log-${L}-${name}.png`) });
    if (sidebarHeight) {
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: size.width, height: sidebarHeight });
      await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, `daily-log-${L}-${name}-sidebar.png`) });
      await page.setViewportSize(size);
    }
  }
  const text = (id: string) => frame.locator(`#${id}`).textContent();
  const log = () => journalRows(session.preview.emulator.spreadsheet.inspect, 'dailyLog');

  it('1. from the menu: today recomputed, today\'s figures in her language, read-only', async () => {
    await chooseAddonItem(page, 'showDailyLog');
    frame = sidebar(page);
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    expect(await page.locator('#sidebar-title').textContent()).toBe(tr('menu.dailyLog'));
    expect(await frame.locator('html').getAttribute('lang')).toBe(L);
    await frame.locator('#day-panel:not([hidden])').waitFor();
    expect(await text('day-title')).toBe(tr('dl.title', { date: '27.11.2026' }));
    expect(await frame.locator('#date').inputValue()).toBe('2026-11-27');
    // Thursday: Гүлнар borrowed 2, Айгүл returned 1: 2 readers, 2 visits, 2 issued (teachers, fiction).
    expect([await text('f-readersServed'), await text('f-visits'), await text('f-issued'), await text('f-newReaders')]).toEqual(['2', '2', '2', '0']);
    expect(await frame.locator('#f-groups tr:not(.zero)').allTextContents()).toEqual([`${L === 'kk' ? 'Мұғалімдер' : 'Учителя'}2`]);
    expect(await frame.locator('#f-sections tr:not(.zero)').allTextContents()).toEqual([`${L === 'kk' ? 'Көркем әдебиет' : 'Художественная литература'}2`]);
    expect(await frame.locator('#status').isHidden()).toBe(true);
    // Only today is in the log; the button's hint says what recomputing the month does.
    expect(log().map((r) => [r.date, r.readersServed, r.visits, r.booksIssued, r.issuedTeachers, r.sectionFiction])).toEqual([['2026-11-27', 2, 2, 2, 2, 2]]);
    expect(await text('recompute-hint')).toBe(tr('dl.recompute.hint'));
    await shots('1-today', 1000);
  });

  it('1b. "Recompute the month" fills the month\'s other days', async () => {
    await frame.locator('#recompute').click();
    await frame.locator('#status.ok').waitFor();
    expect(await text('status')).toBe(tr('dailyLog.refreshed', { from: '01.11.2026', to: '27.11.2026', days: 2 }));
    expect(log().map((r) => [r.date, r.readersServed, r.visits, r.booksIssued, r.issuedTeachers, r.sectionFiction])).toEqual([
      ['2026-11-27', 2, 2, 2, 2, 2],
      ['2026-11-26', 26, 26, 2, 0, 2],
    ]);
    expect(await text('day-title')).toBe(tr('dl.title', { date: '27.11.2026' }));
  });

  it('2. a number she cannot type is refused next to its field, nothing sent', async () => {
    const sent = session.runCalls.filter((c) => c.fn === 'recordDayNotes').length;
    await frame.locator('#consultations').fill('-1');
    await frame.locator('#save').click();
    await frame.locator('.field[data-field="consultations"].invalid').waitFor();
    expect(await frame.locator('.field[data-field="consultations"] .error').textContent()).toBe(tr('dailyLog.error.count', { max: 100 }));
    expect(await text('status')).toBe(tr('form.fixErrors'));
    expect(session.runCalls.filter((c) => c.fn === 'recordDayNotes').length).toBe(sent);
  });

  it('3. adds two consultations, a reference answer and the note: the figures include them', async () => {
    await frame.locator('#consultations').fill('2');
    await frame.locator('#references').fill('1');
    const note = L === 'kk' ? '5А сыныбына кітап көрмесі туралы әңгіме' : 'Беседа о книжной выставке для 5А';
    await frame.locator('#note').fill(note);
    const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/run' && r.request().postData()?.includes('"recordDayNotes"') === true);
    await frame.locator('#save').click();
    await answered;
    await frame.locator('#status.ok').waitFor();
    expect(await text('status')).toBe(tr('dailyLog.saved', { date: '27.11.2026' }));
    expect([await text('f-readersServed'), await text('f-visits'), await text('f-consultations'), await text('f-requests')]).toEqual(['5', '5', '2', '1']);
    expect(await frame.locator('#consultations').inputValue()).toBe('0');
    expect(await frame.locator('#note').inputValue()).toBe(note);
    expect(log()[0]).toMatchObject({ date: '2026-11-27', readersServed: 5, visits: 5, consultations: 2, requestsFulfilled: 1, note });
    await shots('2-saved', 1000);
  });

  it('4. another day by its date: Wednesday, with the class in the reading room', async () => {
    await frame.locator('#date').fill('2026-11-26');
    await frame.locator('#date').dispatchEvent('change');
    await frame.locator('#day-title', { hasText: '26.11.2026' }).waitFor();
    expect([await text('f-readersServed'), await text('f-visits'), await text('f-issued'), await text('f-newReaders')]).toEqual(['26', '26', '2', '3']);
    expect(await frame.locator('#note').inputValue()).toBe('');
    await openTab(page, journal('dailyLog').title[L]);
    await shots('3-wednesday');
  });
});
