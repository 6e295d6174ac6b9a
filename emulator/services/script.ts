/**
 * ScriptApp: the AuthMode enum, installable triggers (persisted in `triggers.json`), authorization info.
 * https://developers.google.com/apps-script/reference/script/script-app
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 * https://developers.google.com/apps-script/reference/script/trigger
 * https://developers.google.com/apps-script/guides/triggers/installable
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers
 *
 * Add-on restrictions enforced (the emulator always runs an add-on):
 * - "an add-on can use a time-driven trigger once per hour at most" (installable triggers guide):
 *   everyMinutes() is refused at create();
 * - one trigger of each event type per user per document (editor add-on triggers page); the text of the
 *   error is the one scripts report (community-observed, not in the reference):
 *   "This add-on has created too many time-based triggers in this document for this Google Account user."
 * - 20 triggers per user per script (quotas page).
 * Builder arguments follow the ClockTriggerBuilder reference: everyMinutes n ∈ {1,5,10,15,30}, everyHours
 * n ∈ {1,2,4,6,8,12}, atHour 0–23, nearMinute 0–59, onMonthDay 1–31. The texts of the builder's errors
 * are not verified. Creating, listing and deleting triggers needs AuthMode.FULL (simple triggers cannot
 * use services that require authorization).
 */
import * as crypto from 'crypto';
import type { Host } from '../core/host';
import { AuthMode as CoreAuthMode } from '../core/auth';
import { counted, type Meter } from '../core/meter';
import type { ServiceModule } from '../core/service';
import { CountedObject, enumName, gasError, makeEnum, StateFile, unsupported } from './small-support';

const AUTH_MODES = Object.keys(CoreAuthMode);
const EVENT_TYPES = ['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED'] as const;
const TRIGGER_SOURCES = ['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR'] as const;
const INSTALLATION_SOURCES = ['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON'] as const;
const AUTH_STATUS = ['REQUIRED', 'NOT_REQUIRED'] as const;
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;

export const AuthMode = makeEnum<typeof GoogleAppsScript.Script.AuthMode>(AUTH_MODES);
export const EventType = makeEnum<typeof GoogleAppsScript.Script.EventType>(EVENT_TYPES);
export const TriggerSource = makeEnum<typeof GoogleAppsScript.Script.TriggerSource>(TRIGGER_SOURCES);
export const InstallationSource = makeEnum<typeof GoogleAppsScript.Script.InstallationSource>(INSTALLATION_SOURCES);
export const AuthorizationStatus = makeEnum<typeof GoogleAppsScript.Script.AuthorizationStatus>(AUTH_STATUS);
export const WeekDay = makeEnum<typeof GoogleAppsScript.Base.Weekday>(WEEKDAYS);

export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_ADDON_TRIGGERS =
  'This add-on has created too many time-based triggers in this document for this Google Account user.';
const EVERY_MINUTES = [1, 5, 10, 15, 30];
const EVERY_HOURS = [1, 2, 4, 6, 8, 12];

export type EventTypeName = (typeof EVENT_TYPES)[number];
export interface ClockSchedule {
  kind: 'minutes' | 'hours' | 'days' | 'weeks' | 'monthDay' | 'weekDay' | 'at' | 'after' | 'atDate';
  n?: number;
  monthDay?: number;
  weekDay?: string;
  atHour?: number;
  nearMinute?: number;
  /** ISO instant for at/after; "YYYY-MM-DD" for atDate. */
  when?: string;
  timezone?: string;
}
export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: EventTypeName;
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string | null;
  schedule?: ClockSchedule;
  created: string;
}
interface TriggerState {
  triggers: TriggerRecord[];
}

function intIn(v: unknown, lo: number, hi: number, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > hi) throw gasError(`Invalid argument: ${what}`);
  return v;
}

class Store {
  readonly file: StateFile<TriggerState>;
  constructor(readonly host: Host) {
    this.file = StateFile.in<TriggerState>(host.dir, 'triggers.json', () => ({ triggers: [] }));
  }
  list(): TriggerRecord[] {
    return (this.file.refresh().triggers ??= []).map((t) => ({ ...t }));
  }
  add(rec: Omit<TriggerRecord, 'id' | 'created'>): TriggerRecord {
    return this.file.update((s) => {
      const all = (s.triggers ??= []);
      if (all.length >= MAX_TRIGGERS_PER_USER) {
        throw gasError('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
      }
      if (all.some((t) => t.eventType === rec.eventType)) throw gasError(TOO_MANY_ADDON_TRIGGERS);
      const full: TriggerRecord = {
        ...rec,
        id: String(1 + crypto.randomInt(9)) + Array.from({ length: 18 }, () => crypto.randomInt(10)).join(''),
        created: this.host.now().toISOString(),
      };
      all.push(full);
      return { ...full };
    });
  }
  remove(id: string): void {
    this.file.update((s) => {
      s.triggers = (s.triggers ?? []).filter((t) => t.id !== id);
    });
  }
}

class TriggerImpl implements GoogleAppsScript.Script.Trigger {
  constructor(private readonly rec: TriggerRecord) {}
  _record(): TriggerRecord {
    return { ...this.rec };
  }
  getEventType(): GoogleAppsScript.Script.EventType {
    return this.rec.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getHandlerFunction(): string {
    return this.rec.handler;
  }
  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.rec.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId(): string {
    return this.rec.sourceId as string;
  }
  getUniqueId(): string {
    return this.rec.id;
  }
}

const triggerObject = (rec: TriggerRecord, meter: Meter): GoogleAppsScript.Script.Trigger =>
  counted(new TriggerImpl(rec), 'Trigger', meter);

class ClockBuilder extends CountedObject implements GoogleAppsScript.Script.ClockTriggerBuilder {
  private s: Partial<ClockSchedule> = {};
  constructor(
    private readonly store: Store,
    private readonly handler: string,
  ) {
    super();
  }
  _init(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this._wrap('ClockTriggerBuilder', this.store.host.meter);
  }
  private kind(kind: ClockSchedule['kind'], extra: Partial<ClockSchedule>): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (this.s.kind !== undefined && this.s.kind !== kind) {
      throw gasError(`The time-based trigger already runs by ${this.s.kind}; it cannot also run by ${kind}.`);
    }
    this.s = { ...this.s, kind, ...extra };
    return this._self;
  }
  after(durationMilliseconds: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const ms = intIn(durationMilliseconds, 0, Number.MAX_SAFE_INTEGER, 'durationMilliseconds');
    return this.kind('after', { when: new Date(this.store.host.now().getTime() + ms).toISOString() });
  }
  at(date: GoogleAppsScript.Base.Date): GoogleAppsScript.Script.ClockTriggerBuilder {
    const d = date as unknown as Date;
    if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw gasError('Invalid argument: date');
    return this.kind('at', { when: d.toISOString() });
  }
  atDate(year: number, month: number, day: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    const y = intIn(year, 1970, 9999, 'year');
    const m = intIn(month, 1, 12, 'month');
    const d = intIn(day, 1, 31, 'day');
    return this.kind('atDate', { when: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` });
  }
  atHour(hour: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.s.atHour = intIn(hour, 0, 23, 'hour');
    return this._self;
  }
  everyDays(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.kind('days', { n: intIn(n, 1, 365, 'n') });
  }
  everyHours(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!EVERY_HOURS.includes(n)) throw gasError('Invalid argument: n');
    return this.kind('hours', { n });
  }
  everyMinutes(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (!EVERY_MINUTES.includes(n)) throw gasError('Invalid argument: n');
    return this.kind('minutes', { n });
  }
  everyWeeks(n: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.kind('weeks', { n: intIn(n, 1, 52, 'n') });
  }
  inTimezone(timezone: string): GoogleAppsScript.Script.ClockTriggerBuilder {
    if (typeof timezone !== 'string' || timezone === '') throw gasError('Invalid argument: timezone');
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      throw gasError('Invalid argument: timezone');
    }
    this.s.timezone = timezone;
    return this._self;
  }
  nearMinute(minute: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.s.nearMinute = intIn(minute, 0, 59, 'minute');
    return this._self;
  }
  onMonthDay(day: number): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.kind('monthDay', { monthDay: intIn(day, 1, 31, 'day') });
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday): GoogleAppsScript.Script.ClockTriggerBuilder {
    return this.kind('weekDay', { weekDay: enumName(day, WEEKDAYS, 'day') });
  }
  create(): GoogleAppsScript.Script.Trigger {
    const s = this.s;
    if (s.kind === undefined) throw gasError('The time-based trigger has no schedule: call everyHours, everyDays, onMonthDay, … before create().');
    if (s.kind === 'minutes') throw gasError('Add-ons can create time-based triggers that run at most once per hour.');
    if (s.atHour !== undefined && !['days', 'weeks', 'monthDay', 'weekDay'].includes(s.kind)) {
      throw gasError('atHour() applies to daily, weekly and monthly triggers only.');
    }
    const schedule: ClockSchedule = { ...(s as ClockSchedule), timezone: s.timezone ?? this.store.host.scriptTimeZone };
    const rec = this.store.add({ handler: this.handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule });
    return triggerObject(rec, this.store.host.meter);
  }
}

class SpreadsheetBuilder extends CountedObject implements GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
  private event: EventTypeName | undefined;
  constructor(
    private readonly store: Store,
    private readonly handler: string,
    private readonly sourceId: string,
  ) {
    super();
  }
  _init(): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    return this._wrap('SpreadsheetTriggerBuilder', this.store.host.meter);
  }
  private on(e: EventTypeName): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.event = e;
    return this._self;
  }
  onChange() {
    return this.on('ON_CHANGE');
  }
  onEdit() {
    return this.on('ON_EDIT');
  }
  onFormSubmit() {
    return this.on('ON_FORM_SUBMIT');
  }
  onOpen() {
    return this.on('ON_OPEN');
  }
  create(): GoogleAppsScript.Script.Trigger {
    if (!this.event) throw gasError('The spreadsheet trigger has no event: call onOpen, onEdit, onChange or onFormSubmit before create().');
    const rec = this.store.add({ handler: this.handler, eventType: this.event, source: 'SPREADSHEETS', sourceId: this.sourceId });
    return triggerObject(rec, this.store.host.meter);
  }
}

class TriggerBuilderImpl implements GoogleAppsScript.Script.TriggerBuilder {
  constructor(
    private readonly store: Store,
    private readonly handler: string,
  ) {}
  forDocument(): GoogleAppsScript.Script.DocumentTriggerBuilder {
    return unsupported('TriggerBuilder.forDocument');
  }
  forForm(): GoogleAppsScript.Script.FormTriggerBuilder {
    return unsupported('TriggerBuilder.forForm');
  }
  /** The emulator has one spreadsheet: an object's id is not read (that would count a call); a key is kept. */
  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    if (sheet === null || sheet === undefined) throw gasError('Invalid argument: sheet');
    return new SpreadsheetBuilder(this.store, this.handler, typeof sheet === 'string' ? sheet : '')._init();
  }
  forUserCalendar(): GoogleAppsScript.Script.CalendarTriggerBuilder {
    return unsupported('TriggerBuilder.forUserCalendar');
  }
  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    return new ClockBuilder(this.store, this.handler)._init();
  }
}

class ScriptAppImpl implements GoogleAppsScript.Script.ScriptApp {
  readonly AuthMode = AuthMode;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly EventType = EventType;
  readonly InstallationSource = InstallationSource;
  readonly TriggerSource = TriggerSource;
  readonly WeekDay = WeekDay;
  constructor(private readonly store: Store) {}
  private get host(): Host {
    return this.store.host;
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.host.requireAuth('ScriptApp.deleteTrigger', 'FULL');
    const t = trigger as unknown as Partial<TriggerImpl>;
    if (!t || typeof t._record !== 'function') throw gasError('Invalid argument: trigger');
    // Not verified: deleting a trigger that no longer exists. The emulator ignores it.
    this.store.remove(t._record().id);
  }
  /** The emulator authorizes every scope: the status is always NOT_REQUIRED. */
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode): GoogleAppsScript.Script.AuthorizationInfo {
    enumName(authMode, AUTH_MODES, 'authMode');
    return counted(
      {
        getAuthorizationStatus: () => AuthorizationStatus.NOT_REQUIRED,
        getAuthorizationUrl: () => null as unknown as string,
        getAuthorizedScopes: () => [] as string[],
      },
      'AuthorizationInfo',
      this.host.meter,
    );
  }
  getIdentityToken(): string {
    return unsupported('ScriptApp.getIdentityToken');
  }
  getInstallationSource(): GoogleAppsScript.Script.InstallationSource {
    return InstallationSource.NONE;
  }
  getOAuthToken(): string {
    return unsupported('ScriptApp.getOAuthToken');
  }
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    this.host.requireAuth('ScriptApp.getProjectTriggers', 'FULL');
    return this.store.list().map((r) => triggerObject(r, this.host.meter));
  }
  /** Deprecated in Apps Script. */
  getProjectKey(): string {
    return unsupported('ScriptApp.getProjectKey');
  }
  /** Deprecated in Apps Script. */
  getScriptTriggers(): GoogleAppsScript.Script.Trigger[] {
    return unsupported('ScriptApp.getScriptTriggers');
  }
  getScriptId(): string {
    return 'emulator-script';
  }
  getService(): GoogleAppsScript.Script.Service {
    return unsupported('ScriptApp.getService');
  }
  /** All of this user's triggers in the (only) document of the emulator. */
  getUserTriggers(document: unknown): GoogleAppsScript.Script.Trigger[] {
    this.host.requireAuth('ScriptApp.getUserTriggers', 'FULL');
    if (document === null || document === undefined) throw gasError('Invalid argument: document');
    return this.store.list().map((r) => triggerObject(r, this.host.meter));
  }
  invalidateAuth(): void {
    unsupported('ScriptApp.invalidateAuth');
  }
  newStateToken(): GoogleAppsScript.Script.StateTokenBuilder {
    return unsupported('ScriptApp.newStateToken');
  }
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    this.host.requireAuth('ScriptApp.newTrigger', 'FULL');
    if (typeof functionName !== 'string' || functionName === '') throw gasError('Invalid argument: functionName');
    return counted(new TriggerBuilderImpl(this.store, functionName), 'TriggerBuilder', this.host.meter);
  }
  requireAllScopes(): void {
    unsupported('ScriptApp.requireAllScopes');
  }
  requireScopes(): void {
    unsupported('ScriptApp.requireScopes');
  }
}

export interface ScriptModule extends ServiceModule {
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  /** Emulator-internal: the stored triggers (for the CLI's "run due triggers" and the preview). */
  _triggers(): TriggerRecord[];
}

export function createScriptModule(host: Host): ScriptModule {
  const store = new Store(host);
  const ScriptApp = counted(new ScriptAppImpl(store), 'ScriptApp', host.meter) as GoogleAppsScript.Script.ScriptApp;
  return {
    name: 'script',
    globals: { ScriptApp },
    ScriptApp,
    load: () => void store.file.refresh(),
    save: () => store.file.saveIfDirty(),
    _triggers: () => store.list(),
  };
}
