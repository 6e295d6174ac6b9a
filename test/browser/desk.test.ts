/**
 * The circulation desk sidebar in the local preview, as the librarian uses it with a queue of pupils,
 * in a Kazakh and in a Russian workbook: a receipt batch (Қозы-Көрпеш 1–3, the textbook Математика 4–5)
 * and two readers set up through the server; the desk opened from the menu; the reader found by her
 * name typed without Kazakh letters and chosen with Enter; three copies scanned with Enter (one as a
 * label's "INV:000002"), one scanned by mistake and removed; issued with Enter in the empty box: the
 * card shows the three loans with their due dates, the loans sheet three rows, the cursor is back in
 * the reader box. An unknown number is refused under it and nothing is written. The clock moves past
 * the due dates: the card shows them red with their days; another copy → the overdue warning → "Issue
 * anyway". Return: two copies, one marked damaged with a note, returned with Enter: the list shows
 * them with the reader, one late with its days; the loans journal keeps the rest, the history has the
 * two. Renew from the card: the new due date, and the refusal at the renewal limit.
 * Screenshots: test-output/screenshots/desk-{kk,ru}-*.png (the page, and the sidebar alone).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { journalRows } from '../../emulator/workbook-view';
import { COPY_CONDITIONS, RESERVATION_STATUSES, VISIT_KINDS } from '../../sheets-template/options';
import { t, type Lang, type MessageKey, type Params } from '../../src/i18n';
import { KOZY, MATH, batch } from '../fixtures/titles';
import { chooseAddonItem, launchChromium, openSession, openTab, SCREENSHOTS, sidebar, type Session } from './harness';

const NOW = new Date('2026-11-27T05:00:00Z'); // 10:00 in Almaty
const LATER = new Date('2026-12-14T05:00:00Z'); // three days after the fiction's due date
const AIGUL = 'Әбенова Айгүл Серікқызы';
const READERS = [
  { fullName: AIGUL, category: 'pupil', grade: '5А', school: '', address: '', phone: '', registeredOn: '2026-09-02' },
  { fullName: 'Ли Мария', category: 'pupil', grade: '7Б', school: '', address: '', phone: '', registeredOn: '2026-09-02' },
];

const WORKBOOKS: Array<{ lang: Lang; name: string; loansTab: string }> = [
  { lang: 'kk', name: 'Kazakh', loansTab: 'Кітап беру' },
  { lang: 'ru', name: 'Russian workbook', loansTab: 'Выдача книг' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(WORKBOOKS)('the desk ($name)', (W) => {
  const L = W.lang;
  const tr = (key: MessageKey, params?: Params) => t(L, key, params);
  const condition = (code: string) => COPY_CONDITIONS.find((c) => c.code === code)!.title[L];
  const reservationStatus = (code: string) => RESERVATION_STATUSES.find((c) => c.code === code)!.title[L];
  let now = NOW;
  let session: Session;
  let page: Page;
  let frame: FrameLocator;

  const rows = (id: string) => (session.preview.emulator.refresh(), journalRows(session.preview.emulator.spreadsheet.inspect, id));
  /** Everything the desk writes: equal means nothing was written. */
  const written = () => JSON.stringify(['loans', 'loanHistory', 'catalogIndex', 'settings', 'auditLog', 'inventoryBook'].map(rows));
  const run = (fn: string, args: unknown[]) => {
    const exec = session.preview.emulator.runFromClient<{ ok: boolean }>(fn, args);
    if (!exec.ok || !exec.result?.ok) throw new Error(`${fn}: ${exec.error?.message ?? JSON.stringify(exec.result)}`);
  };

  async function shots(name: string, sidebarHeight = 1000): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, `desk-${L}-${name}.png`) });
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width, height: sidebarHeight });
    await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, `desk-${L}-${name}-sidebar.png`) });
    await page.setViewportSize(size);
  }

  /** Waits for the server's answer to `fn` after `act`, and for the sidebar to give its button back. */
  async function answered(fn: string, act: () => Promise<void>): Promise<void> {
    const response = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/run' && r.request().postData()?.includes(`"${fn}"`) === true);
    await act();
    await response;
    await frame.locator('form[aria-busy="true"]').waitFor({ state: 'detached' });
  }

  /** What a keyboard-wedge scanner does: types the label's text, then Enter. */
  async function scan(box: string, text: string): Promise<void> {
    await frame.locator(box).pressSequentially(text, { delay: 5 });
    await frame.locator(box).press('Enter');
  }

  const focused = (selector: string) => frame.locator(selector).evaluate((el) => el === document.activeElement);
  const texts = (selector: string) => frame.locator(selector).allTextContents();
  const status = async () => ({ kind: ((await frame.locator('#status').getAttribute('class')) ?? '').replace('status', '').trim(), text: await frame.locator('#status').textContent() });

  async function findAigul(): Promise<void> {
    await frame.locator('#reader').fill('');
    await frame.locator('#reader').pressSequentially('абенова айгул', { delay: 20 });
    await frame.locator('#hits .hit').first().waitFor();
  }

  beforeAll(async () => {
    session = await openSession(browser, { userLocale: L, now: () => now, setUp: true });
    page = session.page;
    frame = sidebar(page);
    run('registerAcquisition', [batch([KOZY, MATH])]);
    for (const reader of READERS) run('registerReader', [reader]);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('1. opens from the menu in the workbook language; the reader is found by a name typed without Kazakh letters', async () => {
    await chooseAddonItem(page, 'showDesk');
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    expect(await page.locator('#sidebar-title').textContent()).toBe(tr('menu.desk'));
    expect(await frame.locator('html').getAttribute('lang')).toBe(L);
    expect(await texts('[role="tab"]')).toEqual([tr('desk.tab.issue'), tr('desk.tab.return'), tr('desk.tab.visit')]);
    expect(await frame.locator('#reader').getAttribute('placeholder')).toBe(tr('desk.reader.hint'));
    expect(await focused('#reader')).toBe(true);
    expect(await frame.locator('#card').isHidden()).toBe(true);

    await findAigul();
    const hit = frame.locator('#hits .hit');
    expect(await hit.count()).toBe(1);
    expect(await hit.locator('.name').textContent()).toBe(AIGUL);
    expect(await hit.locator('.meta span').allTextContents()).toEqual(['5А', tr('desk.hit.ticket', { ticketNo: 1 })]);
    expect(await hit.getAttribute('aria-selected')).toBe('true');
    await shots('1-reader-found', 600);

    // Enter chooses the first: the card, and the cursor in the scan box.
    await frame.locator('#reader').press('Enter');
    await frame.locator('#card:not([hidden])').waitFor();
    expect(await frame.locator('#card-name').textContent()).toBe(AIGUL);
    expect(await frame.locator('#card-counts').textContent()).toBe(tr('desk.card.counts', { onLoan: 0, limit: 5 }));
    expect(await frame.locator('#loans-none').textContent()).toBe(tr('desk.card.none'));
    expect(await frame.locator('#hits').isHidden()).toBe(true);
    expect(await focused('#issue-scan')).toBe(true);
    // The due date and the button come with the first copy.
    expect(await frame.locator('#issue-more').isHidden()).toBe(true);
  });

  it('2. three copies scanned with Enter (one as a label\'s INV:000002), one removed, issued: the card shows the loans with due dates', async () => {
    const calls = () => session.runCalls.filter((c) => c.fn === 'issueCopies').length;
    await scan('#issue-scan', '1');
    await scan('#issue-scan', 'INV:000002');
    await scan('#issue-scan', '3');
    await scan('#issue-scan', '5'); // the wrong book
    await scan('#issue-scan', '3'); // scanned twice
    expect(await texts('#pending .no')).toEqual(['№ 1', '№ 2', '№ 3', '№ 5']);
    expect(await frame.locator('#issue-errors').textContent()).toBe(tr('desk.scan.already', { no: 3 }));
    await frame.locator('#pending li[data-inv="5"] button.remove').click();
    expect(await texts('#pending .no')).toEqual(['№ 1', '№ 2', '№ 3']);
    expect(await frame.locator('#pending-count').textContent()).toBe(tr('desk.pending', { count: 3 }));
    expect(await frame.locator('#issue').textContent()).toBe(tr('desk.issue', { count: 3 }));
    expect(await focused('#issue-scan')).toBe(true);
    expect(await frame.locator('#issue-scan').inputValue()).toBe('');
    expect(calls()).toBe(0); // no server call per scan
    expect(await frame.locator('#due-hint').textContent()).toBe(tr('desk.due.hint', { days: 14 }));
    await shots('2-pending-scans', 800);

    // Enter in the empty scan box issues them.
    await answered('issueCopies', () => frame.locator('#issue-scan').press('Enter'));
    expect(calls()).toBe(1);
    expect(session.runCalls.find((c) => c.fn === 'issueCopies')!.args).toEqual([{ ticketNo: 1, inventoryNos: '1 2 3', dueOn: '', overrideOverdue: false }]);
    expect(await status()).toEqual({ kind: 'ok', text: tr('desk.issued', { name: AIGUL, count: 3 }) });
    expect(await texts('#loans .loan .no')).toEqual(['№ 1', '№ 2', '№ 3']);
    expect(await texts('#loans .loan .due')).toEqual(Array(3).fill(tr('desk.loan.due', { date: '11.12.2026' })));
    expect(await texts('#loans .loan .tag.new')).toEqual(Array(3).fill(tr('desk.loan.new')));
    expect(await frame.locator('#loans .loan').first().locator('.desc').textContent()).toMatch(/^Әбенов Ш\. Қозы-Көрпеш – Баянсұлу/);
    expect(await frame.locator('#card-counts').textContent()).toBe(tr('desk.card.counts', { onLoan: 3, limit: 5 }));
    expect(await frame.locator('#pending-box').isHidden()).toBe(true);
    expect(await frame.locator('#issue-more').isHidden()).toBe(true);
    // The next pupil: the cursor back in the reader box, its text selected to be typed over.
    expect(await focused('#reader')).toBe(true);
    expect(await frame.locator('#reader').evaluate((el) => [(el as HTMLInputElement).selectionStart, (el as HTMLInputElement).selectionEnd])).toEqual([0, 'абенова айгул'.length]);
    await shots('3-issued-card', 900);

    expect(rows('loans').map((r) => [r.ticketNo, r.inventoryNo, r.issuedOn, r.dueOn])).toEqual([
      [1, 1, '2026-11-27', '2026-12-11'],
      [1, 2, '2026-11-27', '2026-12-11'],
      [1, 3, '2026-11-27', '2026-12-11'],
    ]);
    await openTab(page, W.loansTab);
    const gridRows = page.locator('#grid tbody tr', { has: page.locator('td', { hasText: '11.12.2026' }) });
    await gridRows.first().waitFor({ timeout: 3000 });
    expect(await gridRows.count()).toBe(3);
    await shots('4-loans-sheet');
  });

  it('3. an unknown number is refused under it, in her language, and nothing is written', async () => {
    const before = written();
    await frame.locator('#issue-scan').focus();
    await scan('#issue-scan', '999');
    await answered('issueCopies', () => frame.locator('#issue-scan').press('Enter'));
    const item = frame.locator('#pending li[data-inv="999"]');
    expect(await item.getAttribute('class')).toContain('refused');
    expect(await item.locator('.item-error').textContent()).toBe(tr('error.copyUnknown', { nos: '999' }));
    expect(await status()).toEqual({ kind: 'none', text: '' });
    expect(await focused('#issue-scan')).toBe(true);
    await shots('5-refused-unknown', 900);
    expect(written()).toBe(before);
    await item.locator('button.remove').click();
    expect(await frame.locator('#pending-box').isHidden()).toBe(true);
  });

  it('4. past the due dates: the card shows them red with their days; another copy → the warning → "Issue anyway"', async () => {
    now = LATER;
    await findAigul();
    expect(await frame.locator('#hits .hit .overdue').textContent()).toBe(tr('desk.hit.overdue', { count: 3 }));
    await frame.locator('#reader').press('Enter');
    await frame.locator('#loans .loan.overdue').first().waitFor();
    expect(await frame.locator('#loans .loan.overdue').count()).toBe(3);
    expect(await texts('#loans .loan .days')).toEqual(Array(3).fill(tr('desk.loan.overdue', { days: 3 })));

    const before = written();
    await scan('#issue-scan', 'INV:000004'); // the textbook
    await answered('issueCopies', () => frame.locator('#issue-scan').press('Enter'));
    const warning = frame.locator('#warning');
    expect(await warning.isVisible()).toBe(true);
    expect(await frame.locator('#warning-text').textContent()).toBe(tr('error.readerOverdue', { name: AIGUL, count: 3, nos: '1, 2, 3' }));
    expect(await frame.locator('#warning-issue').textContent()).toBe(tr('desk.overdue.issue'));
    expect(await frame.locator('#warning-cancel').textContent()).toBe(tr('desk.overdue.cancel'));
    expect(await focused('#warning-issue')).toBe(true);
    expect(await frame.locator('#issue-buttons').isHidden()).toBe(true);
    expect(written()).toBe(before);
    await shots('6-overdue-warning', 900);

    // Cancel first: nothing happens, the copy stays in the list.
    await frame.locator('#warning-cancel').click();
    expect(await warning.isHidden()).toBe(true);
    expect(await texts('#pending .no')).toEqual(['№ 4']);
    await answered('issueCopies', () => frame.locator('#issue-scan').press('Enter'));
    await answered('issueCopies', () => frame.locator('#warning-issue').click());
    expect(session.runCalls.filter((c) => c.fn === 'issueCopies').pop()!.args).toEqual([{ ticketNo: 1, inventoryNos: '4', dueOn: '', overrideOverdue: true }]);
    expect(await status()).toEqual({ kind: 'ok', text: tr('desk.issued', { name: AIGUL, count: 1 }) });
    expect(await warning.isHidden()).toBe(true);
    expect(await texts('#loans .loan .no')).toEqual(['№ 1', '№ 2', '№ 3', '№ 4']);
    expect(await frame.locator('#loans li[data-inv="4"] .due').textContent()).toBe(tr('desk.loan.due', { date: '31.05.2027' }));
    expect(await frame.locator('#loans li[data-inv="4"]').getAttribute('class')).not.toContain('overdue');
    await shots('7-issued-anyway', 1000);
    expect(rows('loans').map((r) => r.inventoryNo)).toEqual([1, 2, 3, 4]);
    expect(JSON.parse(String(rows('auditLog').filter((r) => r.operation === 'issueCopies').pop()!.details))).toMatchObject({ inventoryNo: 4, overrideOverdue: true });
  });

  it('5. return: two copies, one damaged with a note; the list shows them with the reader, one late with its days', async () => {
    await frame.locator('#tab-return').click();
    expect(await frame.locator('#return-panel').isVisible()).toBe(true);
    expect(await focused('#return-scan')).toBe(true);
    await scan('#return-scan', 'INV:000001');
    await scan('#return-scan', '4');
    expect(await texts('#returns .no')).toEqual(['№ 1', '№ 4']);
    expect(await texts('#returns li[data-inv="1"] .cond')).toEqual([condition('fine'), condition('damaged')]);
    expect(await frame.locator('#returns li[data-inv="1"] .cond.fine').getAttribute('aria-pressed')).toBe('true');

    // Damaged without a note: asked for before anything is sent.
    await frame.locator('#returns li[data-inv="1"] .cond.damaged').click();
    expect(await focused('#returns li[data-inv="1"] input.note')).toBe(true);
    await frame.locator('#return-scan').focus();
    const calls = () => session.runCalls.filter((c) => c.fn === 'returnCopies').length;
    await frame.locator('#return-scan').press('Enter');
    expect(await frame.locator('#returns li[data-inv="1"] .item-error').textContent()).toBe(tr('error.damageNote'));
    expect(await focused('#returns li[data-inv="1"] input.note')).toBe(true);
    expect(calls()).toBe(0);
    await frame.locator('#returns li[data-inv="1"] input.note').fill('мұқабасы жыртылған');
    await frame.locator('#returns li[data-inv="1"] input.note').press('Enter'); // back to scanning
    expect(await focused('#return-scan')).toBe(true);
    expect(await frame.locator('#return').textContent()).toBe(tr('desk.return', { count: 2 }));
    await shots('8-return-list', 700);

    await answered('returnCopies', () => frame.locator('#return-scan').press('Enter'));
    expect(session.runCalls.filter((c) => c.fn === 'returnCopies').pop()!.args).toEqual([
      { items: [{ inventoryNo: 1, condition: 'damaged', conditionNote: 'мұқабасы жыртылған' }, { inventoryNo: 4, condition: 'fine', conditionNote: '' }] },
    ]);
    expect(await status()).toEqual({ kind: 'ok', text: `${tr('desk.returned', { count: 2 })} ${tr('desk.returnedLate', { no: 1, days: 3 })}` });
    const back = frame.locator('#returned li');
    expect(await back.count()).toBe(2);
    expect(await back.nth(0).locator('.no').textContent()).toBe('№ 1');
    expect(await back.nth(0).locator('.who').textContent()).toBe(AIGUL);
    expect(await back.nth(0).getAttribute('class')).toContain('late');
    expect(await back.nth(0).locator('.tag').allTextContents()).toEqual([tr('desk.returned.late', { days: 3 }), condition('damaged')]);
    expect(await back.nth(1).locator('.no').textContent()).toBe('№ 4');
    expect(await back.nth(1).getAttribute('class')).not.toContain('late');
    expect(await back.nth(1).locator('.tag').allTextContents()).toEqual([tr('desk.returned.onTime')]);
    expect(await frame.locator('#returns-box').isHidden()).toBe(true);
    expect(await frame.locator('#return-buttons').isHidden()).toBe(true);
    expect(await focused('#return-scan')).toBe(true);
    await shots('9-returned', 800);

    expect(rows('loans').map((r) => r.inventoryNo)).toEqual([2, 3]);
    expect(rows('loanHistory').map((r) => [r.inventoryNo, r.returnedOn, r.condition, r.conditionNote])).toEqual([
      [1, '2026-12-14', condition('damaged'), 'мұқабасы жыртылған'],
      [4, '2026-12-14', condition('fine'), ''],
    ]);

    // A copy that is not on loan: refused under it, nothing written.
    const before = written();
    await scan('#return-scan', '5');
    await answered('returnCopies', () => frame.locator('#return-scan').press('Enter'));
    expect(await frame.locator('#returns li[data-inv="5"] .item-error').textContent()).toBe(tr('error.copyNotOnLoan', { no: 5 }));
    expect(written()).toBe(before);
    await frame.locator('#returns li[data-inv="5"] button.remove').click();
  });

  it('6. renew from the card: the new due date; at the limit, the refusal', async () => {
    await frame.locator('#tab-issue').click();
    // The returned copies left the card.
    expect(await texts('#loans .loan .no')).toEqual(['№ 2', '№ 3']);
    const loan = frame.locator('#loans li[data-inv="2"]');
    expect(await loan.locator('button.renew').textContent()).toBe(tr('desk.loan.renew'));
    await answered('renewLoan', () => loan.locator('button.renew').click());
    await loan.locator('.renew-note.ok').waitFor();
    expect(await loan.locator('.renew-note').textContent()).toBe(tr('desk.renewed', { no: 2, due: '28.12.2026' }));
    expect(await loan.locator('.due').textContent()).toBe(tr('desk.loan.due', { date: '28.12.2026' }));
    expect(await loan.getAttribute('class')).not.toContain('overdue');
    expect(await texts('#loans .loan .no')).toEqual(['№ 3', '№ 2']); // by due date
    await shots('10-renewed', 900);
    expect(rows('loans').find((r) => r.inventoryNo === 2)).toMatchObject({ dueOn: '2026-12-28', renewals: 1 });

    await answered('renewLoan', () => loan.locator('button.renew').click());
    await loan.locator('.renew-note.ok').waitFor();
    expect(await loan.locator('.due').textContent()).toBe(tr('desk.loan.due', { date: '11.01.2027' }));
    const before = written();
    await answered('renewLoan', () => loan.locator('button.renew').click());
    await loan.locator('.renew-note.error').waitFor();
    expect(await loan.locator('.renew-note').textContent()).toBe(tr('error.renewLimit', { no: 2, max: 2 }));
    expect(written()).toBe(before);
    await shots('11-renew-refused', 900);
  });

  it('7. a visit without a loan: from the reader\'s card with one click, and a class on the Visits tab', async () => {
    const kind = (code: string) => VISIT_KINDS.find((k) => k.code === code)!.title[L];
    expect(await texts('#visit-buttons button')).toEqual([kind('readingRoom'), kind('consultation'), kind('reference')]);
    await answered('recordVisit', () => frame.locator('#visit-buttons button[data-kind="reference"]').click());
    expect(await status()).toEqual({ kind: 'ok', text: tr('desk.visitRecorded', { name: AIGUL, kind: kind('reference') }) });
    expect(rows('visits').map((r) => [r.date, r.ticketNo, r.kind, r.people])).toEqual([['2026-12-14', 1, kind('reference'), 1]]);

    await frame.locator('#tab-visit').click();
    expect(await frame.locator('#visit-panel').isVisible()).toBe(true);
    expect(await focused('#visit-people')).toBe(true);
    expect(await texts('#visit-kinds .cond')).toEqual(VISIT_KINDS.map((k) => k.title[L]));
    expect(await frame.locator('#visit-kinds .cond[aria-checked="true"]').textContent()).toBe(kind('readingRoom'));
    // A class that is not a class: refused next to the field, nothing written.
    const before = JSON.stringify(rows('visits'));
    await frame.locator('#visit-people').fill('24');
    await frame.locator('#visit-grade').fill('5Z5');
    await answered('recordVisit', () => frame.locator('#visit-submit').click());
    expect(await frame.locator('.field[data-field="grade"] .error').textContent()).toBe(tr('error.grade'));
    expect(JSON.stringify(rows('visits'))).toBe(before);
    await frame.locator('#visit-grade').fill('5а');
    await frame.locator('#visit-note').fill('кітапхана сабағы');
    await shots('12-group-visit', 700);
    await answered('recordVisit', () => frame.locator('#visit-submit').click());
    expect(await status()).toEqual({ kind: 'ok', text: tr('desk.groupVisitRecorded', { people: 24, kind: kind('readingRoom') }) });
    expect(rows('visits').map((r) => [r.ticketNo, r.readerGroup !== '', r.kind, r.people, r.note])).toEqual([
      [1, true, kind('reference'), 1, ''],
      ['', true, kind('readingRoom'), 24, '5А: кітапхана сабағы'],
    ]);
    expect(await frame.locator('#visit-people').inputValue()).toBe('1');
    await frame.locator('#tab-issue').click();
  });

  it('8. reserve a title that is out from the reader\'s card; a copy back is held for her; cancel', async () => {
    // Every copy of Қозы-Көрпеш out: no. 1 goes back to Aigul.
    run('issueCopies', [{ ticketNo: 1, inventoryNos: '1', dueOn: '', overrideOverdue: true }]);
    await frame.locator('#reader').fill('');
    await frame.locator('#reader').pressSequentially('ли мария', { delay: 20 });
    await frame.locator('#hits .hit').first().waitFor();
    await frame.locator('#reader').press('Enter');
    await frame.locator('#card-name', { hasText: 'Ли Мария' }).waitFor();
    expect(await frame.locator('#reservations-box').isHidden()).toBe(true);

    await frame.locator('#reserve-query').fill('қозы');
    await answered('searchCatalog', () => frame.locator('#reserve-query').press('Enter'));
    const hit = frame.locator('#reserve-hits li').first();
    await hit.waitFor();
    expect(await hit.locator('.all-out').textContent()).toBe(tr('desk.reserve.allOut', { count: 3 }));
    await shots('13-reserve-search', 1100);
    await answered('reserveTitle', () => hit.locator('button.reserve').click());
    await frame.locator('#reservations li').first().waitFor();
    expect((await status()).kind).toBe('ok');
    expect(await texts('#reservations li .waiting')).toEqual([tr('desk.reservation.waiting', { position: 1 })]);
    expect(await frame.locator('#reserve-hits').isHidden()).toBe(true);
    expect(rows('reservations').map((r) => [r.ticketNo, r.status])).toEqual([[2, reservationStatus('waiting')]]);

    // A copy comes back: held for Maria, and her card says which and until when.
    run('returnCopies', [{ items: [{ inventoryNo: 2, condition: 'fine', conditionNote: '' }] }]);
    await answered('getReaderCard', () => frame.locator('#reader').press('Enter'));
    await frame.locator('#reservations li .held').waitFor();
    expect(await texts('#reservations li .held')).toEqual([tr('desk.reservation.held', { no: 2, date: '17.12.2026' })]);
    await shots('14-reservation-held', 1100);

    await answered('cancelReservation', () => frame.locator('#reservations li button.cancel').click());
    await frame.locator('#reservations-box').waitFor({ state: 'hidden' });
    expect((await status()).kind).toBe('ok');
    expect(rows('reservations').map((r) => [r.ticketNo, r.status])).toEqual([[2, reservationStatus('cancelled')]]);
  });

  it('9. the formular from the card: a Doc for the paper file, linked under the card', async () => {
    await findAigul();
    await answered('getReaderCard', () => frame.locator('#reader').press('Enter'));
    await frame.locator('#card-name', { hasText: AIGUL }).waitFor();
    await answered('printFormular', () => frame.locator('#formular').click());
    const link = frame.locator('#formular-note a');
    await link.waitFor();
    expect(await link.textContent()).toMatch(/№ 1 — Әбенова Айгүл Серікқызы$/);
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await frame.locator('#formular-note').textContent()).toContain(tr('desk.card.formularReady'));
    await shots('15-formular', 800);
  });

  it('10. a lost book: the reader brings another; written off by an act, the new book gets a number; the card loses the loan', async () => {
    const loan = frame.locator('#loans li[data-inv="3"]');
    await loan.locator('button.lost').click();
    const form = loan.locator('form.lost-form');
    await form.waitFor();
    expect(await form.locator('.lost-heading').textContent()).toBe(tr('desk.lost.heading', { no: 3 }));
    expect(await focused('#lost-authors')).toBe(true);
    // No price: refused next to the field, nothing written.
    const before = written();
    await frame.locator('#lost-authors').fill('Әбенов Ш.');
    await frame.locator('#lost-title').fill('Қозы-Көрпеш – Баянсұлу');
    await frame.locator('#lost-year').fill('2019');
    await frame.locator('#lost-section').selectOption('fiction');
    await frame.locator('#lost-language').selectOption('kk');
    await answered('replaceLostCopy', () => form.locator('button[type="submit"]').click());
    expect(await form.locator('.field[data-field="price"] .error').textContent()).not.toBe('');
    expect(written()).toBe(before);
    await frame.locator('#lost-price').fill('1500');
    expect(await form.locator('.field[data-field="price"]').getAttribute('class')).not.toContain('invalid');
    await frame.locator('#lost-lostDepartment').fill('Абонемент');
    await frame.locator('#lost-signed').check();
    // The library's first act: its commission is typed (later acts repeat the last one's).
    await form.locator('details.lost-act summary').click();
    await frame.locator('#lost-commission').fill('Сапарова А. Б.\nБекова Г. Н.');
    await shots('16-lost-form', 1200);
    await answered('replaceLostCopy', () => form.locator('button[type="submit"]').click());
    await frame.locator('#loans li[data-inv="3"]').waitFor({ state: 'detached' });
    const said = await status();
    expect(said.kind).toBe('ok');
    expect(said.text).toContain(tr('desk.lost.act'));
    expect(await frame.locator('#status a').getAttribute('href')).toMatch(/^https?:/);
    await shots('17-lost-done', 900);
    expect(rows('replacements').map((r) => [r.lostInventoryNo, r.newTitle, r.newPrice, r.readerSigned, r.ticketNo])).toEqual([[3, 'Қозы-Көрпеш – Баянсұлу', 1500, true, 1]]);
    expect(rows('loans').map((r) => r.inventoryNo)).not.toContain(3);
    expect(rows('inventoryBook').find((r) => r.inventoryNo === 3)!.writeOffActNo).not.toBe('');
  });
});
