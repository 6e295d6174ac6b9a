/**
 * 5. A Russian workbook: the user's locale is Russian before setup, so the menu, the journals and the
 * Register-a-reader sidebar speak Russian.
 */
import type { Browser } from 'playwright-core';
import { t } from '../../src/i18n';
import { addonMenuCaptions, chooseAddonItem, gridRowWith, launchChromium, openSession, openTab, shot, sidebar, submitReader, tabNames, type Session, ADDON_MENU } from './harness';

/** The add-on menu's items, in order (separators are not items). */
const MENU = ADDON_MENU;

let browser: Browser;
let session: Session | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await session?.close();
  await browser?.close();
});

describe('the local preview (Russian workbook)', () => {
  it('5. shows the menu, the journals and the sidebar in Russian', async () => {
    session = await openSession(browser, { userLocale: 'ru' });
    const { page } = session;
    expect(await addonMenuCaptions(page)).toEqual(MENU.map((k) => t('ru', k)));

    await chooseAddonItem(page, 'setupWorkbook');
    const alert = page.locator('#alert');
    await alert.waitFor();
    expect(await alert.locator('h2').textContent()).toBe(t('ru', 'setup.done.title'));
    await shot(page, 'ru-1-setup-alert');
    await alert.locator('button', { hasText: 'OK' }).click();
    expect(await tabNames(page)).toEqual(expect.arrayContaining(['Инвентарная книга', 'Читательские формуляры']));
    expect(await addonMenuCaptions(page)).toEqual(MENU.map((k) => t('ru', k)));

    await openTab(page, 'Читательские формуляры');
    expect(await page.locator('#grid tbody tr[data-row="1"] td').allTextContents()).toEqual(expect.arrayContaining(['ФИО', 'Класс']));

    await chooseAddonItem(page, 'showRegisterReader');
    const frame = sidebar(page);
    await page.waitForFunction(() => {
      const f = document.getElementById('sidebar-frame') as HTMLIFrameElement | null;
      const input = f?.contentDocument?.getElementById('registeredOn') as HTMLInputElement | null;
      return !!input && input.value !== '';
    });
    expect(await page.locator('#sidebar-title').textContent()).toBe(t('ru', 'sidebar.registerReader.title'));
    expect(await frame.locator('label[for="fullName"]').textContent()).toContain(t('ru', 'form.fullName'));
    expect(await frame.locator('#submit').textContent()).toBe(t('ru', 'form.submit'));
    expect(await frame.locator('html').getAttribute('lang')).toBe('ru');

    await frame.locator('#fullName').fill('Иванова Мария Петровна');
    await frame.locator('#grade').fill('10б');
    await frame.locator('#phone').fill('8 777 000 11 22');
    expect(await submitReader(page)).toEqual({ kind: 'ok', text: t('ru', 'reader.registered', { name: 'Иванова Мария Петровна', ticketNo: 1 }) });
    expect(await gridRowWith(page, 'Иванова Мария Петровна')).toContain('10Б');
    await shot(page, 'ru-2-registered');

    // A field error in Russian.
    await frame.locator('#fullName').fill('');
    await frame.locator('#phone').fill('12');
    await frame.locator('#submit').click();
    await frame.locator('#status.error').waitFor();
    expect(await frame.locator('#fullName-error').textContent()).toBe(t('ru', 'error.required'));
    expect(await frame.locator('#phone-error').textContent()).toBe(t('ru', 'error.phone'));
    await shot(page, 'ru-3-sidebar-errors');
    expect(session.readers()).toHaveLength(1);
  });
});
