/** Set up workbook (the menu item), About, and the context every sidebar asks for first. */
import type { SidebarContext } from '../api';
import { isoDateInZone } from '../domain/dates';
import { gasEnv } from '../gas/env';
import { alert } from '../gas/runtime';
import { t } from '../i18n';
import { Settings } from '../journals/settings';
import type { SetupReport } from '../journals/setup';
import { openWorkbook } from '../usecases/context';
import { setupWorkbook as setupWorkbookUseCase } from '../usecases/setup-workbook';
import { guard, messageOf, safe } from './respond';

/** Menu: create every journal, or add what an older workbook lacks. `rebuildMenu` shows the menu in the new language. */
export function setupWorkbook(rebuildMenu: () => void): SetupReport | { error: string } {
  const env = gasEnv();
  try {
    const report = setupWorkbookUseCase(env);
    const lang = report.lang;
    const lines: string[] = [];
    if (report.created.length) lines.push(t(lang, 'setup.done.created', { count: report.created.length }));
    if (report.upgraded.length) {
      const columns = report.upgraded.reduce((n, u) => n + u.columns.length, 0);
      lines.push(t(lang, 'setup.done.upgraded', { count: report.upgraded.length, columns }));
    }
    if (!lines.length) lines.push(t(lang, 'setup.done.unchanged'));
    alert(t(lang, 'setup.done.title'), lines.join('\n'));
    rebuildMenu();
    return report;
  } catch (error) {
    const lang = safe(() => openWorkbook(env).lang, 'kk');
    const message = messageOf(error, lang, 'setupWorkbook');
    alert(t(lang, 'app.name'), message);
    return { error: message };
  }
}

export function showAbout(): void {
  const lang = safe(() => openWorkbook(gasEnv()).lang, 'kk');
  alert(t(lang, 'app.name'), t(lang, 'help.text'));
}

export function getSidebarContext(): SidebarContext {
  return guard('getSidebarContext', () => {
    const env = gasEnv();
    const wb = openWorkbook(env);
    const setUp = wb.isSetUp();
    const schoolName = setUp ? Settings.read(wb).text('schoolName') : '';
    return { lang: wb.lang, today: isoDateInZone(env.clock.now(), wb.timeZone), schoolName, setUp };
  });
}
