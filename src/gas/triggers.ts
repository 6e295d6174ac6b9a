/**
 * The Apps Script side of the monthly report (issue 5): installable triggers (ScriptApp, scope
 * script.scriptapp), the director's view access (DriveApp, drive.file: only the add-on's own folders and
 * Docs can be shared) and the modeless dialog the archive and plan menu items show.
 *
 * Triggers: an add-on may have one time-driven trigger per user per document, running at most hourly
 * (editor add-on triggers page); `ScriptApp.getUserTriggers(document)` lists this user's triggers in this
 * document. `.timeBased().onMonthDay(1).atHour(6)` runs on the 1st between 6 and 7 o'clock in the
 * script's time zone (the manifest's, Asia/Almaty; ClockTriggerBuilder reference). Not verified: that
 * `SpreadsheetApp.getActiveSpreadsheet()` and the document properties answer in an add-on's time-driven
 * execution (the add-on's triggers belong to the document; the emulator runs them on the bound workbook).
 */
import type { FolderRef } from '../docs/port';
import type { InstalledTrigger, Scheduling } from '../usecases/trigger';
import { driveFolder } from './archive';

function userTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet());
}

export function gasScheduling(): Scheduling {
  return {
    triggers: {
      find(handler: string): InstalledTrigger[] {
        return userTriggers()
          .filter((tr) => tr.getHandlerFunction() === handler)
          .map((tr) => ({ id: tr.getUniqueId(), handler }));
      },
      createMonthly(handler: string, monthDay: number, hour: number): InstalledTrigger {
        const tr = ScriptApp.newTrigger(handler).timeBased().onMonthDay(monthDay).atHour(hour).create();
        return { id: tr.getUniqueId(), handler };
      },
      removeAll(handler: string): number {
        let n = 0;
        for (const tr of userTriggers()) {
          if (tr.getHandlerFunction() !== handler) continue;
          ScriptApp.deleteTrigger(tr);
          n++;
        }
        return n;
      },
      timeZone: () => Session.getScriptTimeZone(),
    },
    sharing: {
      // Drive e-mails the person the first time an item is shared with her (DriveApp cannot turn it off).
      shareFolder(folder: FolderRef, email: string): void {
        driveFolder(folder).addViewer(email);
      },
      shareFile(fileId: string, email: string): void {
        DriveApp.getFileById(fileId).addViewer(email);
      },
    },
  };
}
