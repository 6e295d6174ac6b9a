/**
 * Events (issue 6): the Events sidebar (menu item), its list, a new event, the scenario and protocol Docs
 * in <archive>/<year>/Protocols, each linked from the event's row.
 */
import type { EventDocDto, EventDto, EventFormDto, EventsDto, ProtocolFormDto, Result } from '../api';
import { dayText } from '../domain/dates';
import { gasEnv } from '../gas/env';
import { t } from '../i18n';
import type { Env } from '../usecases/context';
import { buildProtocolDoc as protocolUseCase, buildScenarioDoc as scenarioUseCase, createEvent as createUseCase, listEvents as listUseCase, type EventDocResult } from '../usecases/events';
import { openSidebar, result, workbookLang } from './respond';

export function showEvents(): void {
  openSidebar('Events', 'menu.events');
}

export function listEvents(): Result<EventsDto> {
  const env = gasEnv();
  return result('listEvents', env, () => ({ value: listUseCase(env), message: '' }));
}

export function createEvent(form: EventFormDto): Result<EventDto> {
  const env = gasEnv();
  return result('createEvent', env, () => {
    const value = createUseCase(env, form);
    return { value, message: t(workbookLang(env), 'events.created', { id: value.id, title: value.title, date: dayText(value.date) }) };
  });
}

function docAnswer(env: Env, done: EventDocResult, key: 'events.scenarioDone' | 'events.protocolDone'): { value: EventDocDto; message: string } {
  return { value: done, message: t(workbookLang(env), done.replaced ? 'events.docReplaced' : key, { name: done.name }) };
}

export function buildScenarioDoc(eventId: number): Result<EventDocDto> {
  const env = gasEnv();
  return result('buildScenarioDoc', env, () => docAnswer(env, scenarioUseCase(env, eventId), 'events.scenarioDone'));
}

export function buildProtocolDoc(eventId: number, form: ProtocolFormDto): Result<EventDocDto> {
  const env = gasEnv();
  return result('buildProtocolDoc', env, () => docAnswer(env, protocolUseCase(env, eventId, form), 'events.protocolDone'));
}
