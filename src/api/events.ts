/**
 * Events (issue 6): the Events sidebar's list, a new event (from the monthly plan or not), the scenario
 * Doc and the protocol Doc. src/server/events.ts implements EventsApi. Days are ISO strings.
 */
import type { Result } from '../api';

/** A row of the events journal; participants null until it is known; held: its day is today or before. */
export type EventDto = {
  id: number;
  title: string;
  /** EVENT_KINDS code */
  kind: string;
  date: string;
  audience: string;
  responsible: string;
  partners: string;
  participants: number | null;
  note: string;
  scenarioUrl: string;
  protocolUrl: string;
  held: boolean;
};

/** An event of this month's plan not recorded yet; date '' when the plan's term names no day. */
export type PlannedEventDto = { title: string; date: string; term: string; responsible: string; note: string };

export type EventsDto = {
  today: string;
  /** "2026-11" */
  month: string;
  /** This month's events and those ahead, by day. */
  events: EventDto[];
  planned: PlannedEventDto[];
};

/** As typed; participants '' when not held yet. */
export type EventFormDto = {
  title: string;
  kind: string;
  date: string;
  audience: string;
  responsible: string;
  partners: string;
  participants: string;
  note: string;
};

export type SpeakerDto = { name: string; topic: string };

/** agenda and resolved: one item a line. */
export type ProtocolFormDto = {
  agenda: string;
  participants: string;
  speakers: SpeakerDto[];
  heard: string;
  resolved: string;
  place: string;
  chair: string;
  secretary: string;
};

/** A scenario or protocol Doc: its name, URL, where it is kept ("2026 / Protocols"), and the event as now. */
export type EventDocDto = { name: string; url: string; folder: string; replaced: boolean; event: EventDto };

export interface EventsApi {
  listEvents(): Result<EventsDto>;
  createEvent(form: EventFormDto): Result<EventDto>;
  buildScenarioDoc(eventId: number): Result<EventDocDto>;
  buildProtocolDoc(eventId: number, form: ProtocolFormDto): Result<EventDocDto>;
}
