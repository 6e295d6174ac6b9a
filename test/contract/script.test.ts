import * as fs from 'fs';
import * as path from 'path';
import { createScriptModule, TOO_MANY_ADDON_TRIGGERS } from '../../emulator/services/script';
import { createFakeHost } from './helpers/fakeHost';

function setup(mode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL', dir?: string) {
  const host = createFakeHost({ authMode: mode, dir });
  const m = createScriptModule(host);
  return { host, m, ScriptApp: m.ScriptApp };
}
const SS = {} as GoogleAppsScript.Spreadsheet.Spreadsheet;

// https://developers.google.com/apps-script/reference/script/auth-mode
describe('ScriptApp.AuthMode', () => {
  it('has NONE, CUSTOM_FUNCTION, LIMITED, FULL, comparable with e.authMode', () => {
    const { ScriptApp } = setup('NONE');
    expect(Object.keys(ScriptApp.AuthMode)).toEqual(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
    const e = { authMode: 'NONE' };
    expect(e.authMode === (ScriptApp.AuthMode.NONE as unknown as string)).toBe(true);
  });
});

// https://developers.google.com/apps-script/reference/script/clock-trigger-builder#onMonthDay(Integer)
// https://developers.google.com/apps-script/reference/script/trigger
describe('time-driven triggers', () => {
  it('creates a monthly trigger and lists it for the user and the project', () => {
    const { ScriptApp, host } = setup();
    const t = ScriptApp.newTrigger('monthlyReport').timeBased().onMonthDay(1).atHour(6).create();
    expect(t.getHandlerFunction()).toBe('monthlyReport');
    expect(String(t.getEventType())).toBe('CLOCK');
    expect(t.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(t.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(t.getUniqueId()).toMatch(/^\d{19}$/);
    expect(ScriptApp.getUserTriggers(SS).map((x) => x.getUniqueId())).toEqual([t.getUniqueId()]);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
    const stored = JSON.parse(fs.readFileSync(path.join(host.dir, 'triggers.json'), 'utf8'));
    expect(stored.triggers[0]).toMatchObject({
      handler: 'monthlyReport',
      eventType: 'CLOCK',
      schedule: { kind: 'monthDay', monthDay: 1, atHour: 6, timezone: 'Asia/Almaty' },
    });
  });

  it('deletes a trigger', () => {
    const { ScriptApp } = setup();
    const t = ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(3).create();
    ScriptApp.deleteTrigger(t);
    expect(ScriptApp.getProjectTriggers()).toEqual([]);
  });

  // Installable triggers guide: "an add-on can use a time-driven trigger once per hour at most".
  it('refuses a trigger that runs more often than hourly', () => {
    const { ScriptApp } = setup();
    expect(() => ScriptApp.newTrigger('f').timeBased().everyMinutes(30).create()).toThrow(/at most once per hour/);
    expect(ScriptApp.newTrigger('f').timeBased().everyHours(1).create().getHandlerFunction()).toBe('f');
  });

  // Editor add-on triggers page: one trigger of each type per user per document. Error text community-observed.
  it('allows one time-driven trigger per user per document', () => {
    const { ScriptApp } = setup();
    ScriptApp.newTrigger('a').timeBased().everyDays(1).create();
    expect(() => ScriptApp.newTrigger('b').timeBased().onMonthDay(1).create()).toThrow(TOO_MANY_ADDON_TRIGGERS);
    // A different event type is another slot.
    ScriptApp.newTrigger('c').forSpreadsheet(SS).onOpen().create();
    expect(() => ScriptApp.newTrigger('d').forSpreadsheet(SS).onOpen().create()).toThrow(TOO_MANY_ADDON_TRIGGERS);
    expect(ScriptApp.getProjectTriggers().map((t) => String(t.getEventType())).sort()).toEqual(['CLOCK', 'ON_OPEN']);
  });

  // ClockTriggerBuilder reference: everyHours n "must be 1, 2, 4, 6, 8 or 12"; everyMinutes "1, 5, 10, 15 or 30";
  // atHour 0-23; onMonthDay 1-31. Error texts not verified.
  it('validates the builder arguments', () => {
    const { ScriptApp } = setup();
    const b = () => ScriptApp.newTrigger('f').timeBased();
    expect(() => b().everyHours(3)).toThrow('Invalid argument: n');
    expect(() => b().everyMinutes(7)).toThrow('Invalid argument: n');
    expect(() => b().atHour(24)).toThrow('Invalid argument: hour');
    expect(() => b().onMonthDay(32)).toThrow('Invalid argument: day');
    expect(() => b().everyDays(1).onMonthDay(1)).toThrow(/cannot also run/);
    expect(() => b().create()).toThrow(/no schedule/);
    expect(() => b().everyHours(2).atHour(5).create()).toThrow(/atHour/);
  });

  it('counts builder calls', () => {
    const { ScriptApp, host } = setup();
    ScriptApp.newTrigger('f').timeBased().onMonthDay(1).atHour(6).create();
    expect(host.meter.snapshot().calls).toEqual({
      'ScriptApp.newTrigger': 1,
      'TriggerBuilder.timeBased': 1,
      'ClockTriggerBuilder.onMonthDay': 1,
      'ClockTriggerBuilder.atHour': 1,
      'ClockTriggerBuilder.create': 1,
    });
  });

  it('persists triggers for another process on the folder', () => {
    const a = setup();
    a.ScriptApp.newTrigger('f').timeBased().everyWeeks(1).create();
    expect(setup('FULL', a.host.dir).ScriptApp.getProjectTriggers()).toHaveLength(1);
  });
});

// Simple triggers (onOpen in NONE/LIMITED) "cannot access services that require authorization".
describe('triggers and AuthMode', () => {
  it.each(['NONE', 'LIMITED'] as const)('refuses trigger management in AuthMode.%s', (mode) => {
    const { ScriptApp } = setup(mode);
    expect(() => ScriptApp.newTrigger('f')).toThrow(/permission to call ScriptApp.newTrigger/);
    expect(() => ScriptApp.getProjectTriggers()).toThrow(/permission/);
  });
});
