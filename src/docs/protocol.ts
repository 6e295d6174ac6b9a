/**
 * An event's protocol (Іс-шара хаттамасы / Протокол мероприятия), the seed guide's parts ("Event and
 * exhibition documents" 2: agenda, number of participants, heard, conclusion): the library, the title
 * "PROTOCOL No. <event id>" and the event, the place and the day, how many were present, the chair and the
 * secretary; the agenda (numbered); HEARD: each speaker with what they spoke about, then what else was
 * heard; RESOLVED: the decisions, numbered; the chair's and the secretary's signatures. Pure.
 */
import type { ProtocolData } from '../domain/events';
import { t, type Lang } from '../i18n';
import { placeAndDay } from './parts';
import { eventDocName, kindTitle, type EventDocHead } from './scenario';
import { b, doc, heading, numbered, p, para, signatures, signer, spacer, subtitle, title, type Block, type DocModel } from './model';

export function protocolDoc(e: EventDocHead, f: ProtocolData, lang: Lang): DocModel {
  const org = e.libraryName || e.schoolName;
  const heard: Block[] = f.speakers.map((s, n) => para({ align: 'justify', spaceAfter: 4 }, `${n + 1}. `, b(s.name), s.topic ? ` — ${s.topic}` : ''));
  for (const line of f.heard ? f.heard.split('\n') : []) heard.push(para({ align: 'justify', firstLine: 28 }, line));
  const people: Block[] = [];
  if (f.chair) people.push(p(b(`${t(lang, 'event.doc.chair')}: `), f.chair));
  if (f.secretary) people.push(p(b(`${t(lang, 'event.doc.secretary')}: `), f.secretary));
  return doc(eventDocName(lang, 'event.doc.protocolName', e), [
    ...(org ? [para({ align: 'center', bold: true }, org)] : []),
    title(t(lang, 'event.doc.protocol', { id: e.id })),
    subtitle(`«${e.title}» (${kindTitle(e.kind, lang).toLocaleLowerCase(lang)})`),
    placeAndDay(f.place || org, e.date),
    para({ spaceBefore: 8 }, b(t(lang, 'event.doc.attended', { count: f.participants }))),
    ...(e.audience ? [p(b(t(lang, 'event.doc.audience') + ' '), e.audience)] : []),
    ...(e.partners ? [p(b(t(lang, 'event.doc.partners') + ' '), e.partners)] : []),
    ...people,
    heading(t(lang, 'event.doc.agenda'), 3),
    numbered(f.agenda),
    heading(t(lang, 'event.doc.heard'), 3),
    ...heard,
    heading(t(lang, 'event.doc.resolved'), 3),
    numbered(f.resolved),
    spacer(24),
    signatures([signer(t(lang, 'event.doc.chair'), f.chair), signer(t(lang, 'event.doc.secretary'), f.secretary)]),
  ]);
}
