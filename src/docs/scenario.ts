/**
 * An event's scenario (Іс-шара сценарийі / Сценарий мероприятия) from the template of its kind (seed guide
 * "Event and exhibition documents" 1: lecture, meeting, training, quiz, exhibition, literary evening):
 * the event's data (title, kind, day, audience, responsible, partners, place), then the kind's goal, its
 * equipment, the course of the event as timed parts (minutes from the start), the conclusion, and who
 * prepared it. The templates are i18n texts (event.scn.<kind>.*); what is [in brackets] is hers to write,
 * set in italics. Pure.
 */
import { EVENT_KINDS } from '../../sheets-template/options';
import { dayText } from '../domain/dates';
import type { EventData } from '../domain/events';
import { t, type Lang, type MessageKey } from '../i18n';
import { b, bullets, cell, doc, heading, para, signatures, signer, subtitle, table, title, type DocModel, type Run } from './model';

export interface EventDocHead extends Omit<EventData, 'note' | 'participants'> {
  id: number;
  schoolName: string;
  libraryName: string;
}

export function kindTitle(kind: string, lang: Lang): string {
  return EVENT_KINDS.find((k) => k.code === kind)?.title[lang] ?? kind;
}

/** A Drive name for an event's Doc: its day first (the folder lists them in order), at most 100 characters. */
export function eventDocName(lang: Lang, key: 'event.doc.scenarioName' | 'event.doc.protocolName', e: { id: number; date: string; title: string }): string {
  const name = t(lang, key, { date: e.date, id: e.id, title: e.title });
  return name.length > 100 ? `${name.slice(0, 99)}…` : name;
}

/** Text with [her parts] in italics. */
export function withBlanks(text: string): Run[] {
  return text
    .split(/(\[[^\]]*\])/)
    .filter((s) => s)
    .map((s) => (s[0] === '[' ? { text: s, italic: true } : { text: s }));
}

/** The course of a kind: "minutes|part|content" lines, timed from the start: [[from, to, part, content]]. */
export function courseOf(text: string): Array<[number, number, string, string]> {
  let at = 0;
  return text.split('\n').map((line) => {
    const [min, part, content] = line.split('|');
    const from = at;
    at += Number(min) || 0;
    return [from, at, part ?? '', content ?? ''];
  });
}

/** The table of the event's data shared by the scenario and the protocol. */
export function eventFacts(e: EventDocHead, lang: Lang, place: string) {
  const blank = t(lang, 'event.doc.blank');
  const rows: Array<[MessageKey, string]> = [
    ['event.doc.date', dayText(e.date)],
    ['event.doc.audience', e.audience],
    ['event.doc.responsible', e.responsible],
    ['event.doc.partners', e.partners],
    ['event.doc.place', place],
  ];
  return table(
    rows.map(([k, v]) => [cell(t(lang, k), { bold: true }), v ? v : cell(blank, { italic: true })]),
    { border: 0, widths: [140] },
  );
}

export function scenarioDoc(e: EventDocHead, lang: Lang): DocModel {
  const tx = (part: string) => t(lang, `event.scn.${e.kind}.${part}` as MessageKey, { title: e.title });
  const course = courseOf(tx('course'));
  const total = course.length ? course[course.length - 1][1] : 0;
  const org = e.libraryName || e.schoolName;
  return doc(eventDocName(lang, 'event.doc.scenarioName', e), [
    ...(org ? [para({ align: 'center', italic: true }, org)] : []),
    title(t(lang, 'event.doc.scenario')),
    subtitle(`«${e.title}»`),
    para({ align: 'center', spaceAfter: 10 }, b(kindTitle(e.kind, lang))),
    eventFacts(e, lang, org),
    heading(t(lang, 'event.doc.goal'), 2),
    para({ align: 'justify' }, ...withBlanks(tx('goal'))),
    heading(t(lang, 'event.doc.equipment'), 2),
    bullets(tx('equipment').split(';').map((s) => s.trim())),
    heading(t(lang, 'event.doc.course'), 2),
    table(
      course.map(([from, to, part, content]) => [cell(t(lang, 'event.doc.minutes', { from, to }), { align: 'center' }), cell(part, { bold: true }), content]),
      {
        header: [t(lang, 'event.doc.colTime'), t(lang, 'event.doc.colPart'), t(lang, 'event.doc.colContent')],
        widths: [70, 120],
        size: 11,
        shadeHeader: true,
      },
    ),
    para({ align: 'right', italic: true }, t(lang, 'event.doc.total', { min: total })),
    heading(t(lang, 'event.doc.conclusion'), 2),
    para({ align: 'justify' }, ...withBlanks(tx('end'))),
    para({ spaceBefore: 18 }, ''),
    signatures([signer(t(lang, 'event.doc.prepared'), e.responsible)]),
  ]);
}
