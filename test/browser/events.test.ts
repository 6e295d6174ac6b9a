/**
 * The Events sidebar in the local preview, in Kazakh and in Russian: opened from the menu it lists this
 * month's and upcoming events and offers the plan's events not recorded yet; a refused event shows its
 * error under the field and writes nothing; an event taken from the plan is recorded and leaves the plan's
 * choices; a held event gets its scenario Doc and, through the protocol form, its protocol Doc, each
 * linked. Screenshots: test-output/screenshots/events-<lang>-*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { journal } from '../../sheets-template';
import { EVENT_KINDS } from '../../sheets-template/options';
import { journalColumns, journalRows, journalSheetId } from '../../emulator/workbook-view';
import { toCell } from '../../src/journals/codec';
import type { CellValue } from '../../src/journals/port';
import { t, type Lang, type MessageKey, type Params } from '../../src/i18n';
import { chooseAddonItem, launchChromium, openSession, SCREENSHOTS, sidebar, type Session } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['kk', 'ru'] as const)('the Events sidebar (%s)', (L: Lang) => {
  const tr = (key: MessageKey, params?: Params) => t(L, key, params);
  let session: Session;
  let page: Page;
  let frame: FrameLocator;
  const events = () => {
    session.preview.emulator.refresh();
    return journalRows(session.preview.emulator.spreadsheet.inspect, 'events');
  };

  beforeAll(async () => {
    session = await openSession(browser, { userLocale: L, now: () => new Date('2026-11-27T05:00:00Z'), setUp: true });
    page = session.page;
    const emu = session.preview.emulator;
    const held = { title: L === 'kk' ? 'Ертегілер елінде' : 'В стране сказок', kind: 'quiz', date: '2026-11-18', audience: '3', responsible: 'Сапарова А.', partners: '', participants: '25', note: '' };
    const exec = emu.runFromClient<{ ok: boolean; message: string }>('createEvent', [held]);
    if (!exec.ok || !exec.result?.ok) throw new Error(`createEvent failed: ${exec.error?.message ?? exec.result?.message}`);
    // This month's plan, typed by hand: two events and an exhibition.
    emu.refresh();
    const inspect = emu.spreadsheet.inspect;
    const sheetId = journalSheetId(inspect, 'monthlyPlan')!;
    const columns = journalColumns(inspect, sheetId);
    const width = Math.max(...Object.values(columns));
    const plan = [
      { period: '2026-11', activity: L === 'kk' ? 'Кітапханаға экскурсия' : 'Экскурсия в библиотеку', kind: 'event', term: '30.11', responsible: 'Омарова Г.' },
      { period: '2026-11', activity: L === 'kk' ? 'Оқырман күні' : 'День читателя', kind: 'event', term: '', responsible: '' },
      { period: '2026-11', activity: 'Абай', kind: 'exhibition', term: '10.11', responsible: '' },
    ].map((row) => {
      const out: CellValue[] = new Array(width).fill('');
      for (const c of journal('monthlyPlan').columns) out[columns[c.key] - 1] = toCell(c, (row as Record<string, string>)[c.key], L, inspect.spreadsheet().timeZone);
      return out;
    });
    const ss = (emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    ss.getSheetById(sheetId)!.getRange(2, 1, plan.length, width).setValues(plan);
    emu.spreadsheet.save();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function shots(name: string): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width, height: 1300 });
    await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, `events-${L}-${name}.png`) });
    await page.setViewportSize(size);
  }

  it('1. from the menu: the events, the plan\'s choices, in her language', async () => {
    await chooseAddonItem(page, 'showEvents');
    frame = sidebar(page);
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    await frame.locator('#event-list li').first().waitFor();
    expect(await page.locator('#sidebar-title').textContent()).toBe(tr('menu.events'));
    expect(await frame.locator('html').getAttribute('lang')).toBe(L);
    expect(await frame.locator('#intro').textContent()).toBe(tr('events.intro', { folder: 'Protocols' }));
    const item = frame.locator('#event-list li').first();
    expect(await item.locator('.date').textContent()).toBe('18.11.2026');
    expect(await item.locator('.meta').textContent()).toBe(`№ 1 · ${EVENT_KINDS.find((k) => k.code === 'quiz')!.title[L]} · 3 · ${tr('events.held')} · ${tr('events.people', { count: 25 })}`);
    expect(await item.locator('button').allTextContents()).toEqual([tr('events.scenario'), tr('events.protocol')]);
    const choices = await frame.locator('#from-plan option').allTextContents();
    expect(choices).toEqual([tr('events.fromPlan.choose'), `30.11 — ${L === 'kk' ? 'Кітапханаға экскурсия' : 'Экскурсия в библиотеку'}`, `… — ${L === 'kk' ? 'Оқырман күні' : 'День читателя'}`]);
    expect(await frame.locator('#date').inputValue()).toBe('2026-11-27');
    expect(await frame.locator('#kind option').allTextContents()).toEqual(EVENT_KINDS.map((k) => k.title[L]));
    await shots('1-open');
  });

  it('2. a refused event: the errors under their fields, nothing written', async () => {
    const before = events().length;
    await frame.locator('#title').fill('');
    await frame.locator('#date').fill('2026-12-20');
    await frame.locator('#participants').fill('40');
    await frame.locator('#create').click();
    await frame.locator('#status.error').waitFor({ timeout: 10000 });
    expect(await frame.locator('.field[data-field="title"] .error').textContent()).toBe(tr('error.required'));
    expect(await frame.locator('#event-form .field[data-field="participants"] .error').textContent()).toBe(tr('error.eventNotHeld'));
    expect(await frame.locator('#status').textContent()).toBe(tr('form.fixErrors'));
    expect(events()).toHaveLength(before);
    await shots('2-refused');
  });

  it('3. from the plan: filled in, recorded, and no longer offered', async () => {
    await frame.locator('#participants').fill('');
    await frame.locator('#from-plan').selectOption('0');
    const title = L === 'kk' ? 'Кітапханаға экскурсия' : 'Экскурсия в библиотеку';
    expect([await frame.locator('#title').inputValue(), await frame.locator('#date').inputValue(), await frame.locator('#responsible').inputValue()]).toEqual([title, '2026-11-30', 'Омарова Г.']);
    await frame.locator('#kind').selectOption('meeting');
    await frame.locator('#audience').fill('1–4');
    await frame.locator('#create').click();
    await frame.locator('#status.ok').waitFor({ timeout: 10000 });
    expect(await frame.locator('#status').textContent()).toBe(tr('events.created', { id: 2, title, date: '30.11.2026' }));
    await frame.locator('#event-list li').nth(1).waitFor();
    const second = frame.locator('#event-list li').nth(1);
    expect(await second.locator('.title').textContent()).toBe(title);
    expect(await second.getAttribute('class')).toBe('event planned');
    expect(await second.locator('button').allTextContents()).toEqual([tr('events.scenario')]);
    expect(await frame.locator('#from-plan option').count()).toBe(2);
    expect(events().map((r) => [r.id, r.title, r.date, r.responsible])).toEqual([
      [1, L === 'kk' ? 'Ертегілер елінде' : 'В стране сказок', '2026-11-18', 'Сапарова А.'],
      [2, title, '2026-11-30', 'Омарова Г.'],
    ]);
    await shots('3-created');
  });

  it('4. the scenario Doc of a held event, linked', async () => {
    const item = frame.locator('#event-list li').first();
    await item.locator('button.scenario').click();
    await frame.locator('#status.ok').waitFor({ timeout: 20000 });
    await frame.locator('#event-list li').first().locator('a.scenario-link').waitFor();
    const name = t(L, 'event.doc.scenarioName', { date: '2026-11-18', id: 1, title: L === 'kk' ? 'Ертегілер елінде' : 'В стране сказок' });
    expect(await frame.locator('#status').textContent()).toBe(tr('events.scenarioDone', { name }));
    const href = await frame.locator('#event-list li').first().locator('a.scenario-link').getAttribute('href');
    expect(href).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(events()[0].scenarioLink).toBe(href);
  });

  it('5. the protocol form, then the protocol Doc, linked; the head count written', async () => {
    await frame.locator('#event-list li').first().locator('button.protocol').click();
    await frame.locator('#protocol-form:not([hidden])').waitFor();
    expect(await frame.locator('#agenda').inputValue()).toBe(L === 'kk' ? 'Ертегілер елінде' : 'В стране сказок');
    expect(await frame.locator('#p-participants').inputValue()).toBe('25');
    await frame.locator('#agenda').fill(L === 'kk' ? 'Викторинаның өтуі\nЖеңімпаздарды марапаттау' : 'Проведение викторины\nНаграждение победителей');
    await frame.locator('#p-participants').fill('28');
    await frame.locator('.speaker-name').first().fill('Сапарова А.');
    await frame.locator('.speaker-topic').first().fill(L === 'kk' ? 'Викторинаның шарттары' : 'Условия викторины');
    await frame.locator('#resolved').fill(L === 'kk' ? 'Жеңімпаздарды марапаттау' : 'Наградить победителей');
    await frame.locator('#secretary').fill('Ли М.');
    await shots('4-protocol-form');
    await frame.locator('#build-protocol').click();
    await frame.locator('#status.ok').waitFor({ timeout: 20000 });
    await frame.locator('#event-list li').first().locator('a.protocol-link').waitFor();
    expect(await frame.locator('#protocol-form').isHidden()).toBe(true);
    const name = t(L, 'event.doc.protocolName', { date: '2026-11-18', id: 1, title: L === 'kk' ? 'Ертегілер елінде' : 'В стране сказок' });
    expect(await frame.locator('#status').textContent()).toBe(tr('events.protocolDone', { name }));
    expect(await frame.locator('#event-list li').first().locator('.meta').textContent()).toContain(tr('events.people', { count: 28 }));
    const row = events()[0];
    expect([row.participants, row.protocolLink]).toEqual([28, await frame.locator('#event-list li').first().locator('a.protocol-link').getAttribute('href')]);
    await shots('5-protocol-done');
  });
});
