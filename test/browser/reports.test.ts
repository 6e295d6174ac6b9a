/**
 * The Reports sidebar in the local preview, in Kazakh and in Russian: opened from the menu it offers the
 * four kinds with the last whole period prefilled (on 1 December 2026: last month 2026-11, last quarter
 * 2026-Q3, last year 2025); a period it cannot read is said under the field and nothing is sent; "Build"
 * makes the Doc and shows its link; built again, it says the Doc was replaced.
 * Screenshots: test-output/screenshots/reports-<lang>-*.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { t, type Lang, type MessageKey, type Params } from '../../src/i18n';
import { AIGUL } from '../integration/helpers';
import { chooseAddonItem, launchChromium, openSession, SCREENSHOTS, sidebar, type Session } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['kk', 'ru'] as const)('the Reports sidebar (%s)', (L: Lang) => {
  const tr = (key: MessageKey, params?: Params) => t(L, key, params);
  let session: Session;
  let page: Page;
  let frame: FrameLocator;
  let now = new Date('2026-11-20T05:00:00Z');

  beforeAll(async () => {
    session = await openSession(browser, { userLocale: L, now: () => now, setUp: true });
    page = session.page;
    const exec = session.preview.emulator.runFromClient<{ ok: boolean; message: string }>('registerReader', [{ ...AIGUL, registeredOn: '2026-11-20' }]);
    if (!exec.ok || !exec.result?.ok) throw new Error(`registerReader failed: ${exec.error?.message ?? exec.result?.message}`);
    now = new Date('2026-12-01T05:00:00Z');
  });
  afterAll(async () => {
    await session?.close();
  });

  async function shots(name: string): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width, height: 700 });
    await page.locator('#sidebar').screenshot({ path: path.join(SCREENSHOTS, `reports-${L}-${name}.png`) });
    await page.setViewportSize(size);
  }

  it('1. from the menu: the kinds, last month prefilled, in her language', async () => {
    await chooseAddonItem(page, 'showReports');
    frame = sidebar(page);
    await frame.locator('body[data-ready="true"]').waitFor({ timeout: 10000 });
    expect(await page.locator('#sidebar-title').textContent()).toBe(tr('menu.reports'));
    expect(await frame.locator('html').getAttribute('lang')).toBe(L);
    expect(await frame.locator('#period').inputValue()).toBe('2026-11');
    expect(await frame.locator('#period-hint').textContent()).toBe(tr('reports.period.hint.monthly'));
    await frame.locator('input[value="quarterly"]').check();
    expect(await frame.locator('#period').inputValue()).toBe('2026-Q3');
    await frame.locator('input[value="written"]').check();
    expect(await frame.locator('#period').inputValue()).toBe('2025');
    expect(await frame.locator('#written-hint').isVisible()).toBe(true);
    await frame.locator('input[value="monthly"]').check();
    expect(await frame.locator('#period').inputValue()).toBe('2026-11');
    await shots('1-open');
  });

  it('2. a period it cannot read is said under the field; nothing is sent', async () => {
    const sent = session.runCalls.length;
    await frame.locator('#period').fill('2026-13');
    await frame.locator('#build').click();
    expect(await frame.locator('.field[data-field="period"] .error').textContent()).toBe(tr('reports.error.period.monthly'));
    expect(session.runCalls.slice(sent).filter((c) => c.fn === 'buildReport')).toEqual([]);
    await shots('2-bad-period');
  });

  it('3. builds the monthly report and links to it; again: replaced', async () => {
    await frame.locator('#period').fill('2026-11');
    await frame.locator('#build').click();
    await frame.locator('#status.ok').waitFor({ timeout: 20000 });
    const name = tr('report.name.monthly', { period: '2026-11' });
    expect(await frame.locator('#status').textContent()).toBe(tr('reports.done', { name }));
    expect(await frame.locator('#report-link').textContent()).toBe(tr('reports.open', { name }));
    expect(await frame.locator('#report-link').getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    await shots('3-built');
    await frame.locator('#build').click();
    await frame.locator(`#status:text("${tr('reports.replaced', { name })}")`).waitFor({ timeout: 20000 });
  });
});
