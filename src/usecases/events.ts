/**
 * Events (issue 6): record an event (planned ahead, or held), its scenario Doc and its protocol Doc.
 *
 * - createEvent, under the document lock: validate → the settings (the nextEventId counter, never reused)
 *   → one `events` row and the audit log. A held event may carry its number of participants.
 * - buildScenarioDoc / buildProtocolDoc, under the lock: the event found by id (a text finder), the Doc
 *   written into <archive>/<year of the event>/Protocols (the event's documents side by side, named by
 *   day and number: made again, the Doc of the same name is rewritten), then the row's link (and, for the
 *   protocol, the number of participants it records) and the audit log. A protocol is for a held event.
 * - listEvents, read-only: this month's events and those ahead, and this month's plan rows of kind
 *   "event" not recorded yet (matched by title), each with the day its term names.
 *
 * The daily log and the reports count an event on its day (statistics-inputs.ts reads kind, date and
 * participants), so a planned event counts once its day has come.
 */
import type { EventDto, EventsDto, PlannedEventDto } from '../api';
import { protocolDoc } from '../docs/protocol';
import { saveToArchive, type ArchiveKind } from '../docs/port';
import { scenarioDoc, type EventDocHead } from '../docs/scenario';
import { isIsoDate } from '../domain/dates';
import { UserError } from '../domain/errors';
import { eventId, isEventKind, sameTitle, termDay, validateEvent, validateProtocol, type EventForm, type ProtocolForm } from '../domain/events';
import type { JournalRow } from '../journals/codec';
import { Settings } from '../journals/settings';
import type { StoredRow } from '../journals/table';
import type { Workbook } from '../journals/workbook';
import { libraryArchive } from './archive';
import { auditRow, writeAudit } from './audit';
import { type Env, setUpWorkbook, today } from './context';
import { rowPeriod } from './plans';

export const EVENTS_FOLDER: ArchiveKind = 'Protocols';

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

export function eventDto(v: JournalRow, day: string): EventDto {
  const date = text(v.date);
  const n = v.participants;
  return {
    id: Number(v.id) || 0,
    title: text(v.title),
    kind: text(v.kind),
    date,
    audience: text(v.audience),
    responsible: text(v.responsible),
    partners: text(v.partners),
    participants: typeof n === 'number' && Number.isFinite(n) ? n : null,
    note: text(v.note),
    scenarioUrl: text(v.scenarioLink),
    protocolUrl: text(v.protocolLink),
    held: isIsoDate(date) && date <= day,
  };
}

export function listEvents(env: Env): EventsDto {
  const wb = setUpWorkbook(env);
  const day = today(env, wb);
  const month = day.slice(0, 7);
  const all = wb
    .journal('events')
    .readAll()
    .map((r) => eventDto(r.values, day));
  const events = all.filter((e) => e.date.slice(0, 7) === month || e.date >= day).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  const planned: PlannedEventDto[] = [];
  for (const r of wb.journal('monthlyPlan').readAll()) {
    const v = r.values;
    const title = text(v.activity);
    if (text(v.kind) !== 'event' || !title || rowPeriod('monthly', v.period)?.key !== month) continue;
    if (all.some((e) => sameTitle(e.title, title)) || planned.some((p) => sameTitle(p.title, title))) continue;
    const term = text(v.term);
    planned.push({ title, date: termDay(term, month), term, responsible: text(v.responsible), note: text(v.note) });
  }
  return { today: day, month, events, planned };
}

export function createEvent(env: Env, form: EventForm | null | undefined): EventDto {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const checked = validateEvent(form, day);
    if (!checked.ok) throw UserError.of(checked.errors);
    const e = checked.value;

    const settings = Settings.read(wb);
    const id = settings.counter('nextEventId');
    const events = wb.journal('events').prepare();
    if (events.findBy('id', [id]).length) throw new UserError('error.counterBehind', { setting: settings.title('nextEventId'), no: id });
    wb.journal('auditLog').prepare();

    settings.write({ nextEventId: id + 1 });
    const values: JournalRow = { id, ...e, protocolLink: '', scenarioLink: '' };
    events.append([values]);
    writeAudit(wb, [auditRow(env, 'createEvent', 'event', String(id), { kind: e.kind, date: e.date })]);
    return eventDto(values, day);
  });
}

/** The event named by id, read (one text finder), or a refusal. */
function findEvent(wb: Workbook, idArg: unknown): { row: StoredRow; head: Omit<EventDocHead, 'schoolName' | 'libraryName'> } {
  const id = eventId(idArg);
  if (id === null) throw new UserError('error.eventId', undefined, 'eventId');
  const row = wb.journal('events').findBy('id', [id])[0];
  if (!row) throw new UserError('error.eventUnknown', { id }, 'eventId');
  const v = row.values;
  const date = text(v.date);
  if (!isIsoDate(date)) throw new UserError('error.date', undefined, 'date');
  const kind = text(v.kind);
  return {
    row,
    head: { id, title: text(v.title), kind: isEventKind(kind) ? kind : 'other', date, audience: text(v.audience), responsible: text(v.responsible), partners: text(v.partners) },
  };
}

export interface EventDocResult {
  name: string;
  url: string;
  folder: string;
  replaced: boolean;
  event: EventDto;
}

function buildDoc(env: Env, operation: string, idArg: unknown, form: ProtocolForm | null): EventDocResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const protocol = form ? validateProtocol(form) : null;
    if (protocol && !protocol.ok) throw UserError.of(protocol.errors);
    const { row, head } = findEvent(wb, idArg);
    if (protocol && head.date > day) throw new UserError('error.eventNotHeld');

    const settings = Settings.read(wb);
    const events = wb.journal('events').prepare();
    wb.journal('auditLog').prepare();
    const e: EventDocHead = { ...head, schoolName: settings.text('schoolName'), libraryName: settings.text('libraryName') };
    const model = protocol?.ok ? protocolDoc(e, protocol.value, wb.lang) : scenarioDoc(e, wb.lang);
    const year = Number(head.date.slice(0, 4));
    const saved = saveToArchive(env.docs(), libraryArchive(env, wb, settings), year, EVENTS_FOLDER, model);

    const values: JournalRow = protocol?.ok ? { protocolLink: saved.url, participants: protocol.value.participants } : { scenarioLink: saved.url };
    events.update([{ rowNumber: row.rowNumber, values }]);
    writeAudit(wb, [auditRow(env, operation, 'event', String(head.id), { url: saved.url, ...(protocol?.ok ? { participants: protocol.value.participants } : {}) })]);
    return { name: model.name, url: saved.url, folder: `${year} / ${EVENTS_FOLDER}`, replaced: saved.replaced, event: eventDto({ ...row.values, ...values }, day) };
  });
}

export function buildScenarioDoc(env: Env, idArg: unknown): EventDocResult {
  return buildDoc(env, 'buildScenarioDoc', idArg, null);
}

export function buildProtocolDoc(env: Env, idArg: unknown, form: ProtocolForm | null | undefined): EventDocResult {
  return buildDoc(env, 'buildProtocolDoc', idArg, form ?? {});
}
