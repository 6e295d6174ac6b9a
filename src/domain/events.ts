/**
 * Events (issue 6; seed guide section 7 and "Event and exhibition documents" 1-2): an event of the
 * library (a lecture, a meeting, a quiz...) with its day, audience, who is responsible and the partners;
 * planned events come from the monthly plan. Its protocol: the agenda, the number of participants and who
 * spoke, what was heard and what was resolved. Pure: the use case reads the journal and the plan.
 */
import { EVENT_KINDS, type EventKind } from '../../sheets-template/options';
import { addDays, isIsoDate, type IsoDate } from './dates';
import type { FieldError, Validation } from './errors';
import { cleanText } from './text';

export const EVENT_LIMITS = {
  title: 200,
  text: 150,
  note: 300,
  participants: 5000,
  /** the day may be planned up to a year ahead */
  aheadDays: 366,
  earliestDate: '2000-01-01',
  items: 20,
  item: 500,
  heard: 3000,
} as const;

const KINDS = EVENT_KINDS.map((k) => k.code) as readonly string[];

export function isEventKind(v: unknown): v is EventKind {
  return typeof v === 'string' && KINDS.includes(v);
}

export interface EventForm {
  title?: unknown;
  kind?: unknown;
  date?: unknown;
  audience?: unknown;
  responsible?: unknown;
  partners?: unknown;
  /** only for an event already held (its day is today or before); '' none */
  participants?: unknown;
  note?: unknown;
}

export interface EventData {
  title: string;
  kind: EventKind;
  date: IsoDate;
  audience: string;
  responsible: string;
  partners: string;
  participants: number | null;
  note: string;
}

/** An event id as asked for (the sidebar sends a number, a person may type "№ 3"), or null. */
export function eventId(v: unknown): number | null {
  const s = String(v ?? '').replace(/^№\s*/, '').trim();
  if (!/^\d{1,9}$/.test(s)) return null;
  const n = Number(s);
  return n >= 1 ? n : null;
}

const str = (v: unknown): string => cleanText(typeof v === 'string' || typeof v === 'number' ? v : '');

function text(errors: FieldError[], field: string, v: unknown, max: number, required = false): string {
  const s = str(v);
  if (required && !s) errors.push({ field, key: 'error.required' });
  else if (s.length > max) errors.push({ field, key: 'error.tooLong', params: { max } });
  return s;
}

/** A head count typed or sent: '' → null; a whole number 1..max; NaN for anything else. */
export function headCount(v: unknown): number | null {
  const s = String(v ?? '').trim();
  if (s === '') return null;
  return /^\d{1,6}$/.test(s) && Number(s) >= 1 && Number(s) <= EVENT_LIMITS.participants ? Number(s) : NaN;
}

function participantsOf(errors: FieldError[], v: unknown): number | null {
  const n = headCount(v);
  if (n !== null && Number.isNaN(n)) errors.push({ field: 'participants', key: 'error.eventParticipants', params: { max: EVENT_LIMITS.participants } });
  return n;
}

/**
 * A new event: a title, a kind of EVENT_KINDS, a day from 2000 to a year ahead (a planned event lies in
 * the future); audience, responsible, partners and note optional. The number of participants is for a
 * held event only: given with a day after today it is refused (it comes with the protocol).
 */
export function validateEvent(form: EventForm | null | undefined, today: IsoDate): Validation<EventData> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const title = text(errors, 'title', f.title, EVENT_LIMITS.title, true);
  const kind = str(f.kind);
  if (!isEventKind(kind)) errors.push({ field: 'kind', key: 'error.choice' });
  const date = str(f.date);
  const latest = addDays(today, EVENT_LIMITS.aheadDays);
  if (!date) errors.push({ field: 'date', key: 'error.required' });
  else if (!isIsoDate(date)) errors.push({ field: 'date', key: 'error.date' });
  else if (date < EVENT_LIMITS.earliestDate) errors.push({ field: 'date', key: 'error.dateTooOld', params: { min: EVENT_LIMITS.earliestDate } });
  else if (date > latest) errors.push({ field: 'date', key: 'error.eventFar', params: { max: latest } });
  const audience = text(errors, 'audience', f.audience, EVENT_LIMITS.text);
  const responsible = text(errors, 'responsible', f.responsible, EVENT_LIMITS.text);
  const partners = text(errors, 'partners', f.partners, EVENT_LIMITS.text);
  const participants = participantsOf(errors, f.participants);
  if (participants !== null && !Number.isNaN(participants) && isIsoDate(date) && date > today) errors.push({ field: 'participants', key: 'error.eventNotHeld' });
  const note = text(errors, 'note', f.note, EVENT_LIMITS.note);
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { title, kind: kind as EventKind, date, audience, responsible, partners, participants, note } };
}

// ---- the protocol ---------------------------------------------------------------------------------------

export interface ProtocolForm {
  /** one item per line (or a list) */
  agenda?: unknown;
  participants?: unknown;
  /** who spoke and on what: [{ name, topic }] */
  speakers?: unknown;
  /** what was heard beyond the speakers' topics (free text, may be empty) */
  heard?: unknown;
  /** one decision per line (or a list) */
  resolved?: unknown;
  place?: unknown;
  chair?: unknown;
  secretary?: unknown;
}

export interface Speaker {
  name: string;
  topic: string;
}

export interface ProtocolData {
  agenda: string[];
  participants: number;
  speakers: Speaker[];
  heard: string;
  resolved: string[];
  place: string;
  chair: string;
  secretary: string;
}

/** Lines of a textarea (or items of a list): cleaned, empty ones and list numbers ("1.", "2)") dropped. */
export function lines(v: unknown): string[] {
  const parts = Array.isArray(v) ? v.map((x) => String(x ?? '')) : typeof v === 'string' ? v.split(/\r?\n/) : [];
  return parts.map((s) => cleanText(s).replace(/^(\d{1,2}[.)]|[-•–])\s*/, '')).filter((s) => s);
}

function items(errors: FieldError[], field: string, v: unknown, required: boolean): string[] {
  const list = lines(v);
  if (required && list.length === 0) errors.push({ field, key: 'error.required' });
  else if (list.length > EVENT_LIMITS.items) errors.push({ field, key: 'error.tooManyItems', params: { max: EVENT_LIMITS.items } });
  else if (list.some((s) => s.length > EVENT_LIMITS.item)) errors.push({ field, key: 'error.tooLong', params: { max: EVENT_LIMITS.item } });
  return list;
}

/**
 * The protocol of a held event (the use case refuses one whose day is still ahead): the agenda (at least
 * one item), the number of participants (1..5000), the speakers (a name for each topic, at most 20), what
 * else was heard (free text; speakers or this, at least one), the decisions (at least one), the place, the
 * chair and the secretary.
 */
export function validateProtocol(form: ProtocolForm | null | undefined): Validation<ProtocolData> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const agenda = items(errors, 'agenda', f.agenda, true);
  const participants = participantsOf(errors, f.participants);
  if (participants === null) errors.push({ field: 'participants', key: 'error.required' });
  const raw = Array.isArray(f.speakers) ? (f.speakers as unknown[]) : [];
  const speakers: Speaker[] = [];
  let speakerError: FieldError | null = null;
  for (const s of raw) {
    const o = (s && typeof s === 'object' ? s : {}) as { name?: unknown; topic?: unknown };
    const name = str(o.name);
    const topic = cleanText(typeof o.topic === 'string' ? o.topic : '');
    if (!name && !topic) continue;
    if (!name) speakerError ??= { field: 'speakers', key: 'error.speakerName' };
    else if (name.length > EVENT_LIMITS.text || topic.length > EVENT_LIMITS.item) speakerError ??= { field: 'speakers', key: 'error.tooLong', params: { max: EVENT_LIMITS.item } };
    speakers.push({ name, topic });
  }
  if (speakers.length > EVENT_LIMITS.items) speakerError = { field: 'speakers', key: 'error.tooManyItems', params: { max: EVENT_LIMITS.items } };
  if (speakerError) errors.push(speakerError);
  const heardText = typeof f.heard === 'string' ? f.heard.split(/\r?\n/).map(cleanText).filter((s) => s).join('\n') : '';
  if (heardText.length > EVENT_LIMITS.heard) errors.push({ field: 'heard', key: 'error.tooLong', params: { max: EVENT_LIMITS.heard } });
  else if (!heardText && !speakers.length && !speakerError) errors.push({ field: 'heard', key: 'error.protocolHeard' });
  const resolved = items(errors, 'resolved', f.resolved, true);
  const place = text(errors, 'place', f.place, EVENT_LIMITS.text);
  const chair = text(errors, 'chair', f.chair, EVENT_LIMITS.text);
  const secretary = text(errors, 'secretary', f.secretary, EVENT_LIMITS.text);
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { agenda, participants: participants!, speakers, heard: heardText, resolved, place, chair, secretary } };
}

// ---- planned events -------------------------------------------------------------------------------------

/** Titles compared as a person would: case, quotes, dashes and spaces ignored. */
export function sameTitle(a: string, b: string): boolean {
  const fold = (s: string) => s.toLocaleLowerCase('kk').replace(/[«»"'“”„.,:;!?()–—-]/g, '').replace(/\s+/g, ' ').trim();
  return fold(a) === fold(b);
}

/**
 * The day a plan row's term names in a month ("15.11", "15.11–20.11", "5", "15.11.2026" → its first day),
 * or '' when it names none (a month's name, "during the month"). `month` is "2026-11".
 */
export function termDay(term: string, month: string): IsoDate | '' {
  const m = /^\s*(\d{1,2})(?:\.(\d{1,2})(?:\.(\d{4}))?)?(?!\d)/.exec(term);
  if (!m) return '';
  const [y, mo] = month.split('-');
  const day = `${m[3] ?? y}-${(m[2] ?? mo).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(day) ? day : '';
}
