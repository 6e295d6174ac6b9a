/**
 * The local preview in Chromium, as a librarian uses it: the Extensions menu, setup, the Register-a-reader
 * sidebar over the google.script.run bridge, and what the readers sheet shows afterwards. Every state is
 * saved to test-output/screenshots/.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { t } from '../../src/i18n';
import { addonMenuCaptions, chooseAddonItem, gridRowWith, launchChromium, openSession, openTab, ROOT, shot, sidebar, submitReader, tabNames, type Session, ADDON_MENU } from './harness';

/** The add-on menu's items, in order (separators are not items). */
const MENU = ADDON_MENU;

const READERS_KK = 'Оқырман формулярлары';
const NAME = 'Әбенова Айгүл Серікқызы';

let browser: Browser;
let session: Session | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function fillReader(s: Session, fields: { fullName: string; grade?: string; phone?: string }): Promise<void> {
  const frame = sidebar(s.page);
  await frame.locator('#fullName').fill(fields.fullName);
  await frame.locator('#grade').fill(fields.grade ?? '');
  await frame.locator('#phone').fill(fields.phone ?? '');
}

async function openRegisterSidebar(s: Session): Promise<void> {
  await chooseAddonItem(s.page, 'showRegisterReader');
  // The form is ready once getSidebarContext answered and filled in today's date.
  await sidebar(s.page).locator('#registeredOn').waitFor();
  await s.page.waitForFunction(() => {
    const frame = document.getElementById('sidebar-frame') as HTMLIFrameElement | null;
    const input = frame?.contentDocument?.getElementById('registeredOn') as HTMLInputElement | null;
    return !!input && input.value !== '';
  });
}

describe('the local preview (Kazakh)', () => {
  it('1. shows the add-on menu in Kazakh; setup shows its alert and the journal tabs appear', async () => {
    session = await openSession(browser, { userLocale: 'kk' });
    const { page } = session;
    expect(await page.locator('#doc-name').textContent()).toBeTruthy();
    expect(await addonMenuCaptions(page)).toEqual(MENU.map((k) => t('kk', k)));

    await page.click('#menu-extensions > .menu-title');
    await page.hover('#menu-extensions .has-sub');
    await shot(page, 'kk-1-extensions-menu');
    // The fund's submenu open beside it.
    await page.locator('#menu-extensions .has-sub', { has: page.locator('[data-function="showRegisterAcquisition"]') }).last().hover();
    await shot(page, 'kk-1b-fund-submenu');
    await page.click(`#menu-extensions [data-function="setupWorkbook"]`);

    const alert = page.locator('#alert');
    await alert.waitFor();
    expect(await alert.locator('h2').textContent()).toBe(t('kk', 'setup.done.title'));
    expect(await alert.locator('.prompt').textContent()).toMatch(/^Жаңа журналдар: \d+\.$/);
    await shot(page, 'kk-2-setup-alert');
    await alert.locator('button', { hasText: 'OK' }).click();
    await alert.waitFor({ state: 'detached' });

    const tabs = await tabNames(page);
    expect(tabs).toEqual(expect.arrayContaining(['Инвентарлық кітап', READERS_KK, 'Кітап беру']));
    // The inventory book is a legal journal: protected, marked with a lock in its tab.
    const inventoryTab = page.locator('#tab-list .tab', { hasText: 'Инвентарлық кітап' });
    expect(await inventoryTab.locator('.lock').count()).toBe(1);
    await openTab(page, 'Инвентарлық кітап');
    // Row 1 is the frozen header: it sticks under the column letters.
    expect(await page.locator('#grid tbody tr[data-row="1"]').getAttribute('class')).toContain('frozen');
    await shot(page, 'kk-3-after-setup-inventory');

    // A hidden journal (the audit log) is not a tab, but the all-sheets list reaches it.
    const audit = 'Әрекеттер журналы';
    expect(tabs).not.toContain(audit);
    await page.click('#all-sheets');
    const hiddenItem = page.locator('#hidden-list .item.is-hidden', { hasText: audit });
    await hiddenItem.waitFor();
    await shot(page, 'kk-3b-all-sheets-list');
    await hiddenItem.click();
    await page.waitForSelector(`#grid[data-sheet-name="${audit}"]`);

    // The Drive link opens the Drive tree, with the workbook in it.
    const drive = await page.context().newPage();
    await drive.goto(new URL('/drive', session.preview.url).href);
    expect(await drive.locator('ul.tree li a[href="/"]').count()).toBe(1);
    await drive.close();
  });

  it('2. registers a reader from the sidebar: ticket 1, and the readers sheet shows the row at once', async () => {
    session = await openSession(browser, { userLocale: 'kk', setUp: true, poll: false });
    const { page } = session;
    await openTab(page, READERS_KK);
    await openRegisterSidebar(session);

    const frame = sidebar(page);
    expect(await page.locator('#sidebar-title').textContent()).toBe(t('kk', 'sidebar.registerReader.title'));
    expect(await frame.locator('label[for="fullName"]').textContent()).toContain(t('kk', 'form.fullName'));
    expect(await frame.locator('label[for="grade"]').textContent()).toContain(t('kk', 'form.grade'));
    expect(await frame.locator('#submit').textContent()).toBe(t('kk', 'form.submit'));
    await shot(page, 'kk-4-sidebar-empty');

    await fillReader(session, { fullName: NAME, grade: '5а', phone: '+7 701 123 45 67' });
    const answer = await submitReader(page);
    await shot(page, 'kk-5a-sidebar-after-submit');
    expect(answer).toEqual({ kind: 'ok', text: t('kk', 'reader.registered', { name: NAME, ticketNo: 1 }) });
    // The form is cleared for the next reader.
    expect(await frame.locator('#fullName').inputValue()).toBe('');

    // The shim tells the page after the call (polling is off here): the row shows at once.
    const cells = await gridRowWith(page, NAME);
    expect(cells).toContain('5А');
    await shot(page, 'kk-5-registered-grid');

    const rows = session.readers();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ticketNo: 1, fullName: NAME, grade: '5А' });
  });

  it('3. bad input: field messages in Kazakh next to the fields, and nothing is written', async () => {
    session = await openSession(browser, { userLocale: 'kk', setUp: true });
    const { page } = session;
    await openTab(page, READERS_KK);
    await openRegisterSidebar(session);
    const before = session.readers();

    await fillReader(session, { fullName: '', grade: '5А', phone: '12' });
    const frame = sidebar(page);
    await frame.locator('#submit').click();
    await frame.locator('#status.error').waitFor();
    expect(await frame.locator('#fullName-error').textContent()).toBe(t('kk', 'error.required'));
    expect(await frame.locator('#phone-error').textContent()).toBe(t('kk', 'error.phone'));
    expect(await frame.locator('#status').textContent()).toBe(t('kk', 'form.fixErrors'));
    expect(await frame.locator('.field[data-field="fullName"]').getAttribute('class')).toContain('invalid');
    await shot(page, 'kk-6-sidebar-errors');

    // The server refuses the same input too (the sidebar's check is a courtesy, the server decides).
    const server = await frame.locator('body').evaluate(
      () =>
        new Promise((resolve) => {
          const run = (window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => unknown> } } }).google.script.run;
          const r = (run.withSuccessHandler as (f: (v: unknown) => void) => typeof run)(resolve);
          (r.withFailureHandler as (f: (e: Error) => void) => typeof run)((e) => resolve({ failure: e.message })).registerReader({
            fullName: '', category: 'pupil', grade: '5А', school: '', address: '', phone: '12', registeredOn: '2026-01-15',
          });
        }),
    );
    expect(server).toMatchObject({ ok: false, message: t('kk', 'form.fixErrors') });
    const fields = (server as { errors: Array<{ field: string; message: string }> }).errors.map((e) => [e.field, e.message]);
    expect(fields).toEqual(expect.arrayContaining([['fullName', t('kk', 'error.required')], ['phone', t('kk', 'error.phone')]]));

    expect(session.readers()).toEqual(before);
    expect((await page.locator('#grid tbody tr[data-row="2"] td').allTextContents()).every((x) => x === '')).toBe(true);
  });

  it('4. a name that looks like a formula is stored as that text, never as a formula', async () => {
    session = await openSession(browser, { userLocale: 'kk', setUp: true });
    const { page } = session;
    await openTab(page, READERS_KK);
    await openRegisterSidebar(session);
    const formula = '=IMPORTXML("http://example.com","//a")';
    await fillReader(session, { fullName: formula, grade: '7Б', phone: '' });
    expect(await submitReader(page)).toEqual({ kind: 'ok', text: t('kk', 'reader.registered', { name: formula, ticketNo: 1 }) });

    const rows = session.readers();
    expect(rows).toHaveLength(1);
    expect(rows[0].fullName).toBe(formula);
    const inspect = session.preview.emulator.spreadsheet.inspect;
    const readers = inspect.sheets().find((s) => s.name === READERS_KK)!;
    expect(inspect.formulas(readers.sheetId).flat().filter((f) => f !== '')).toEqual([]);
    // The grid shows the text as typed (and the formula bar has no formula for it).
    await gridRowWith(page, 'IMPORTXML');
    const cell = page.locator('#grid td', { hasText: 'IMPORTXML' }).first();
    expect(await cell.textContent()).toBe(formula);
    expect(await cell.getAttribute('data-formula')).toBeNull();
    await cell.click();
    expect(await page.locator('#cell-content').textContent()).toBe(formula);
    await shot(page, 'kk-7-formula-as-text');
  });

  it('6. the bridge refuses a Date argument before sending: the failure handler fires, nothing is written', async () => {
    session = await openSession(browser, { userLocale: 'kk', setUp: true });
    const { page } = session;
    await openRegisterSidebar(session);
    const before = session.readers();
    const callsBefore = session.runCalls.length;

    const outcome = await sidebar(page).locator('body').evaluate(
      () =>
        new Promise<{ handler: string; isError: boolean; message: string; userObject: unknown }>((resolve) => {
          const run = (window as unknown as { google: { script: { run: any } } }).google.script.run; // eslint-disable-line @typescript-eslint/no-explicit-any
          run
            .withUserObject('marker')
            .withSuccessHandler(() => resolve({ handler: 'success', isError: false, message: '', userObject: null }))
            .withFailureHandler((e: Error, user: unknown) => resolve({ handler: 'failure', isError: e instanceof Error, message: e.message, userObject: user }))
            .registerReader({ registeredOn: new Date() });
          setTimeout(() => resolve({ handler: 'none', isError: false, message: '', userObject: null }), 3000);
        }),
    );
    expect(outcome.handler).toBe('failure');
    expect(outcome.isError).toBe(true);
    expect(outcome.message).toMatch(/Date/);
    expect(outcome.message).toMatch(/registeredOn/);
    expect(outcome.userObject).toBe('marker');
    expect(session.runCalls.slice(callsBefore)).toEqual([]); // never sent
    expect(session.readers()).toEqual(before);
  });

  it('the bridge looks like google.script.run: known functions only, private ones absent, host.close() closes the panel', async () => {
    session = await openSession(browser, { userLocale: 'kk', setUp: true });
    const { page } = session;
    await openRegisterSidebar(session);
    const shape = await sidebar(page).locator('body').evaluate(() => {
      const g = (window as unknown as { google: { script: { run: Record<string, unknown>; host: Record<string, unknown> } } }).google.script;
      return {
        registerReader: typeof g.run.registerReader,
        getSidebarContext: typeof g.run.getSidebarContext,
        unknown: typeof g.run.noSuchFunction,
        privateOnes: Object.keys(g.run).filter((k) => k.endsWith('_')),
        chain: typeof (g.run.withSuccessHandler as (f: unknown) => Record<string, unknown>)(() => undefined).registerReader,
        hostClose: typeof g.host.close,
        setHeight: typeof g.host.setHeight,
        focus: typeof (g.host.editor as Record<string, unknown>).focus,
      };
    });
    expect(shape).toEqual({ registerReader: 'function', getSidebarContext: 'function', unknown: 'undefined', privateOnes: [], chain: 'function', hostClose: 'function', setHeight: 'function', focus: 'function' });

    // A function (nested) and a circular object are refused as well; an array's undefined arrives as null.
    const refused = await sidebar(page).locator('body').evaluate(async () => {
      const run = (window as unknown as { google: { script: { run: any } } }).google.script.run; // eslint-disable-line @typescript-eslint/no-explicit-any
      const tryCall = (arg: unknown) =>
        new Promise<string>((resolve) => run.withSuccessHandler(() => resolve('sent')).withFailureHandler((e: Error) => resolve(e.message)).getSidebarContext(arg));
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      return [await tryCall({ a: [1, () => 1] }), await tryCall(circular), await tryCall(document.body), await tryCall([1, undefined])];
    });
    expect(refused[0]).toMatch(/Function/);
    expect(refused[1]).toMatch(/circular/);
    expect(refused[2]).toMatch(/DOM element/);
    expect(refused[3]).toBe('sent');
    expect(session.runCalls.at(-1)).toEqual({ fn: 'getSidebarContext', args: [[1, null]] });

    await sidebar(page).locator('body').evaluate(() => (window as unknown as { google: { script: { host: { close(): void } } } }).google.script.host.close());
    await page.locator('#sidebar').waitFor({ state: 'hidden' });
  });

  it('shows what a CLI command wrote meanwhile (the page re-reads the workbook folder)', async () => {
    session = await openSession(browser, { userLocale: 'kk', setUp: true });
    const { page } = session;
    await openTab(page, READERS_KK);
    const form = { fullName: 'Сейітқали Нұрлан', category: 'teacher', grade: '', school: '', address: '', phone: '', registeredOn: '2026-01-15' };
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'build', 'cli.cjs'), '--dir', session.dir, 'call', 'registerReader', JSON.stringify(form)], { encoding: 'utf8' });
    expect(cli.status).toBe(0);
    await gridRowWith(page, 'Сейітқали Нұрлан', 8000);
  });
});
