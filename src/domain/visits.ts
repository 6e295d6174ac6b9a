/**
 * A visit without a loan (issue 4 "Visits"): a reader, or a group (a class in the reading room), came
 * for the reading room, a consultation or a reference request. Pure: the use case checks the reader.
 */
import { VISIT_KINDS, type VisitKind } from '../../sheets-template/options';
import type { FieldError, Validation } from './errors';
import { ticketNumber } from './loans';
import { normalizeGrade } from './reader';
import { cleanText } from './text';

export const VISIT_LIMITS = { people: 100, note: 300 } as const;

export interface VisitForm {
  ticketNo?: unknown;
  kind?: unknown;
  people?: unknown;
  grade?: unknown;
  note?: unknown;
}

export interface Visit {
  /** null: nobody named (a group). */
  ticketNo: number | null;
  kind: VisitKind;
  people: number;
  /** The group's class ("5А"), '' when not given or for a named reader. */
  grade: string;
  note: string;
}

const KINDS = VISIT_KINDS.map((k) => k.code) as readonly string[];

/**
 * A named reader is one person (ticket given, people 1 or empty); a group has 1-100 people and may name
 * its class. The kind is one of VISIT_KINDS.
 */
export function validateVisit(form: VisitForm | null | undefined): Validation<Visit> {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const rawTicket = f.ticketNo === 0 || f.ticketNo === '' || f.ticketNo === null || f.ticketNo === undefined ? null : f.ticketNo;
  const ticketNo = rawTicket === null ? null : ticketNumber(rawTicket);
  if (rawTicket !== null && ticketNo === null) errors.push({ field: 'ticketNo', key: 'error.ticketNo' });
  const kind = cleanText(typeof f.kind === 'string' ? f.kind : '');
  if (!KINDS.includes(kind)) errors.push({ field: 'kind', key: 'error.choice' });
  const peopleText = String(f.people ?? '').trim();
  const people = peopleText === '' ? 1 : /^\d{1,3}$/.test(peopleText) ? Number(peopleText) : NaN;
  if (!Number.isInteger(people) || people < 1 || people > VISIT_LIMITS.people) errors.push({ field: 'people', key: 'error.visitPeople', params: { max: VISIT_LIMITS.people } });
  else if (rawTicket !== null && people !== 1) errors.push({ field: 'people', key: 'error.visitOneReader' });
  const gradeText = rawTicket === null ? cleanText(typeof f.grade === 'string' ? f.grade : '') : '';
  const grade = gradeText ? normalizeGrade(gradeText) : '';
  if (grade === null) errors.push({ field: 'grade', key: 'error.grade' });
  const note = cleanText(typeof f.note === 'string' ? f.note : '');
  if (note.length > VISIT_LIMITS.note) errors.push({ field: 'note', key: 'error.tooLong', params: { max: VISIT_LIMITS.note } });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ticketNo, kind: kind as VisitKind, people, grade: grade ?? '', note } };
}
