/** Set up workbook: create every journal, or add what an older workbook lacks, under the document lock. */
import type { Lang } from '../../sheets-template/schema';
import { setupWorkbook as runSetup, type SetupReport } from '../journals/setup';
import { auditRow, writeAudit } from './audit';
import { type Env, openWorkbook } from './context';

export function setupWorkbook(env: Env): SetupReport {
  return env.lock.withDocumentLock(() => {
    const wb = openWorkbook(env);
    // An existing workbook keeps its language; a new one speaks the user's.
    const lang: Lang = wb.isSetUp() ? wb.lang : env.fallbackLang();
    const report = runSetup(wb, lang);
    if (report.created.length || report.upgraded.length || report.settingsAdded.length) {
      writeAudit(wb, [
        auditRow(env, 'setupWorkbook', 'workbook', '', {
          created: report.created.join(','),
          upgraded: report.upgraded.map((u) => `${u.journal}:${u.columns.join('+')}`).join(','),
          settingsAdded: report.settingsAdded.join(','),
        }),
      ]);
    }
    return report;
  });
}
