/**
 * Emulator.runTrigger: an installed time-driven trigger fired as Apps Script fires it at its time.
 * - The handler gets the time-driven event object (developers.google.com/apps-script/guides/triggers/events,
 *   "Time-driven events": authMode, day-of-month, day-of-week, hour, minute, month, second, timezone
 *   ("UTC"), triggerUid, week-of-year, year) and runs in AuthMode.FULL (installable triggers are authorized).
 * - No editor is open: SpreadsheetApp.getUi() throws "Cannot call SpreadsheetApp.getUi() from this context."
 *   (the text scripts report, community-observed); the next ordinary execution has its Ui again.
 * - A deleted trigger never fires.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Emulator } from '../../emulator/runtime';

const CODE = `
function install() { return ScriptApp.newTrigger('monthly').timeBased().onMonthDay(1).atHour(6).create().getUniqueId(); }
function remove() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function monthly(e) {
  var ui = 'none';
  try { SpreadsheetApp.getUi(); ui = 'available'; } catch (err) { ui = err.message; }
  return { e: e, full: e.authMode === ScriptApp.AuthMode.FULL, ui: ui, sheet: SpreadsheetApp.getActiveSpreadsheet().getName() };
}
function installAlert() { return ScriptApp.newTrigger('alertNow').timeBased().everyDays(1).create().getUniqueId(); }
function alertNow() { SpreadsheetApp.getUi().alert('hello'); return 'shown'; }
`;

function project(now: Date): Emulator {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kitaphana-trigger-run-'));
  fs.writeFileSync(path.join(dir, 'Code.js'), CODE);
  fs.writeFileSync(path.join(dir, 'appsscript.json'), JSON.stringify({ timeZone: 'Asia/Almaty', runtimeVersion: 'V8' }));
  return new Emulator({ dir: path.join(dir, 'workbook'), projectDir: dir, now: () => now });
}

describe('Emulator.runTrigger', () => {
  it('fires the handler with the time-driven event object, in FULL mode, without a Ui', () => {
    const emu = project(new Date('2026-12-01T01:05:09Z')); // 06:05 in Almaty
    const id = emu.run<string>('install').result!;
    const exec = emu.runTrigger<{ e: Record<string, unknown>; full: boolean; ui: string; sheet: string }>(id);
    expect(exec.ok).toBe(true);
    expect(exec.result).toEqual({
      e: {
        authMode: 'FULL',
        'day-of-month': 1,
        'day-of-week': 2,
        hour: 1,
        minute: 5,
        month: 12,
        second: 9,
        timezone: 'UTC',
        triggerUid: id,
        'week-of-year': 48,
        year: 2026,
      },
      full: true,
      ui: 'Cannot call SpreadsheetApp.getUi() from this context.',
      sheet: expect.any(String),
    });
    // The next execution (a menu item) has an editor again.
    expect(emu.run('alertNow').result).toBe('shown');
  });

  it('a handler that shows an alert fails in a trigger, and the failure names the reason', () => {
    const emu = project(new Date('2026-12-01T01:00:00Z'));
    const id = emu.run<string>('installAlert').result!;
    const exec = emu.runTrigger(id);
    expect(exec.ok).toBe(false);
    expect(exec.error!.message).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(exec.effects).toEqual([]);
  });

  it('a deleted trigger never fires', () => {
    const emu = project(new Date('2026-12-01T01:00:00Z'));
    const id = emu.run<string>('install').result!;
    emu.run('remove');
    const exec = emu.runTrigger(id);
    expect(exec.ok).toBe(false);
    expect(exec.error!.message).toMatch(/no installed trigger/);
  });
});
