/**
 * Re-registration at the start of a school year (issue 4 "The formular"). Pure: today's date and the
 * readers journal's rows are passed in.
 *
 * - The school year: the one that ends on the next end-of-year day on or after today (the setting
 *   schoolYearEnd, 'MM-DD', 05-31 by default). With 05-31: from 1 June 2026 to 31 May 2027 it is
 *   "2026-2027". So in the summer it is the coming year, and re-registration done late (September,
 *   November, even January) is for the year under way; on 31 May itself it is still the ending year.
 * - Pupils (category pupil, not left) move up a class: "5А" → "6А", "0" (pre-school) → "1", "9Б" → "10Б".
 *   The 11th class leaves: status left, the class kept, "<year>: бітірді / выпускник" appended to the note
 *   (the librarian's note is kept). A pupil whose class cannot be read is not changed at all: the preview
 *   lists them for the librarian to correct.
 * - Teachers, staff and others are only re-registered, and so are pupils registered since the school year
 *   began (a first-grader registered in September is in this year's class already). Readers who have left
 *   are not touched.
 * - Every re-registered reader (moved up or not) gets reRegisteredOn = today; a leaver is not re-registered.
 * - One school year is started once: refused when the setting lastReRegistration already holds it (or a
 *   later one), or when the year the librarian saw in the preview is no longer the year (stale preview).
 */
import { addDays, type IsoDate } from './dates';
import type { FieldError } from './errors';
import { schoolYearEndFrom } from './loans';
import { normalizeGrade } from './reader';
import { cleanText } from './text';

/** The last class of a Kazakh school: its pupils leave at the start of the next school year. */
export const LAST_GRADE = 11;

/** What is appended to a leaver's note (both languages: the journal may be read by either). */
export const LEAVER_NOTE = 'бітірді / выпускник';

const YEAR = /^(\d{4})-(\d{4})$/;

/** "2026-2027": two consecutive years. */
export function isSchoolYear(text: string): boolean {
  const m = YEAR.exec(text);
  return !!m && Number(m[2]) === Number(m[1]) + 1;
}

/**
 * The school year that starts (or is under way) on `today`: "<Y-1>-<Y>" where Y is the year of the next
 * end of a school year on or after today. Null when `yearEnd` is not an 'MM-DD' day.
 */
export function schoolYearOf(today: IsoDate, yearEnd: string): string | null {
  const end = schoolYearEndFrom(today, yearEnd);
  if (!end) return null;
  const y = Number(end.slice(0, 4));
  return `${y - 1}-${y}`;
}

/** Where a class goes next year. */
export type GradeMove = { kind: 'moveUp'; from: string; to: string } | { kind: 'leaves'; from: string } | { kind: 'unreadable' };

export function nextGrade(grade: string): GradeMove {
  const g = normalizeGrade(grade);
  if (g === null) return { kind: 'unreadable' };
  const m = /^(\d+)(.*)$/.exec(g)!;
  const n = Number(m[1]);
  if (n >= LAST_GRADE) return { kind: 'leaves', from: g };
  return { kind: 'moveUp', from: g, to: `${n + 1}${m[2]}` };
}

/** The note with "<year>: бітірді / выпускник" appended after what the librarian wrote. */
export function leaverNote(note: string, schoolYear: string): string {
  const mark = `${schoolYear}: ${LEAVER_NOTE}`;
  // Her own line breaks are kept: only the ends are trimmed.
  const kept = String(note ?? '').trim();
  if (kept.includes(mark)) return kept;
  return kept ? `${kept}; ${mark}` : mark;
}

/** A row of the readers journal as re-registration sees it. */
export interface ReaderRecord {
  rowNumber: number;
  ticketNo: number;
  fullName: string;
  category: string;
  grade: string;
  status: string;
  note: string;
  /** The day the reader was registered ('' unknown): one registered since the school year began is in the class of this year already. */
  registeredOn: IsoDate | '';
}

export interface ReaderChange {
  rowNumber: number;
  values: { grade?: string; status?: 'left'; note?: string; reRegisteredOn?: IsoDate };
}

export interface ReRegistrationPlan {
  schoolYear: string;
  /** Per class, in class order: how many pupils move from it to the next. */
  moveUp: Array<{ from: string; to: string; readers: number }>;
  /** Per 11th class, in class order: how many pupils leave. */
  leaverClasses: Array<{ from: string; readers: number }>;
  leavers: ReaderRecord[];
  /** Pupils whose class cannot be read: left as they are. */
  unreadable: ReaderRecord[];
  /** Active readers re-registered without a class (teachers, staff, others). */
  others: number;
  /** Pupils registered since the school year began (first-graders, newcomers): their class is this year's already, they are only re-registered. */
  joined: number;
  movedUp: number;
  /** Active readers given today's re-registration date. */
  reRegistered: number;
  /** The cells to write, only the changed ones, in row order. */
  changes: ReaderChange[];
}

/** Classes in school order: by number, then by letter (Kazakh order). */
export function compareGrades(a: string, b: string): number {
  const na = Number(/^\d+/.exec(a)?.[0] ?? NaN);
  const nb = Number(/^\d+/.exec(b)?.[0] ?? NaN);
  if (na !== nb) return (Number.isNaN(na) ? Infinity : na) - (Number.isNaN(nb) ? Infinity : nb);
  return a.localeCompare(b, 'kk');
}

/** A row that is a reader: it has a ticket number or a name (a hand-made row of notes is not). */
function isReader(r: ReaderRecord): boolean {
  return r.ticketNo > 0 || cleanText(r.fullName) !== '';
}

/** The first day of a school year: the day after the end of the one before ("2026-2027", "05-31" → 2026-06-01). */
export function schoolYearStart(schoolYear: string, yearEnd: string): IsoDate {
  return addDays(`${schoolYear.slice(0, 4)}-${yearEnd}`, 1);
}

/**
 * `yearStart`: the first day of `schoolYear` (schoolYearStart): a pupil registered on or after it joined in
 * this school year, in this year's class, and is re-registered without moving up.
 */
export function planReRegistration(readers: readonly ReaderRecord[], schoolYear: string, today: IsoDate, yearStart: IsoDate): ReRegistrationPlan {
  const moves = new Map<string, { from: string; to: string; readers: number }>();
  const leaving = new Map<string, number>();
  const leavers: ReaderRecord[] = [];
  const unreadable: ReaderRecord[] = [];
  const changes: ReaderChange[] = [];
  let others = 0;
  let joined = 0;
  let movedUp = 0;

  for (const r of [...readers].sort((a, b) => a.rowNumber - b.rowNumber)) {
    if (!isReader(r) || r.status === 'left') continue;
    if (r.category !== 'pupil') {
      others++;
      changes.push({ rowNumber: r.rowNumber, values: { reRegisteredOn: today } });
      continue;
    }
    if (r.registeredOn !== '' && r.registeredOn >= yearStart) {
      joined++;
      changes.push({ rowNumber: r.rowNumber, values: { reRegisteredOn: today } });
      continue;
    }
    const move = nextGrade(r.grade);
    switch (move.kind) {
      case 'unreadable':
        unreadable.push(r);
        break;
      case 'leaves':
        leavers.push(r);
        leaving.set(move.from, (leaving.get(move.from) ?? 0) + 1);
        changes.push({ rowNumber: r.rowNumber, values: { status: 'left', note: leaverNote(r.note, schoolYear) } });
        break;
      case 'moveUp': {
        movedUp++;
        const m = moves.get(move.from) ?? { from: move.from, to: move.to, readers: 0 };
        m.readers++;
        moves.set(move.from, m);
        changes.push({ rowNumber: r.rowNumber, values: { grade: move.to, reRegisteredOn: today } });
        break;
      }
    }
  }

  return {
    schoolYear,
    moveUp: [...moves.values()].sort((a, b) => compareGrades(a.from, b.from)),
    leaverClasses: [...leaving.entries()].map(([from, n]) => ({ from, readers: n })).sort((a, b) => compareGrades(a.from, b.from)),
    leavers,
    unreadable,
    others,
    joined,
    movedUp,
    reRegistered: movedUp + others + joined,
    changes,
  };
}

/**
 * Why the school year cannot be started now, or null. `last` is the setting lastReRegistration (may be
 * blank), `formYear` the year the librarian saw in the preview (absent for the preview itself).
 */
export function startRefusal(schoolYear: string, last: string, formYear?: unknown): FieldError | null {
  if (formYear !== undefined) {
    const seen = cleanText(formYear);
    if (seen !== schoolYear) return { field: '', key: 'schoolYear.error.stale', params: { seen: seen || '—', year: schoolYear } };
  }
  if (alreadyDone(schoolYear, last)) return { field: '', key: 'schoolYear.error.alreadyDone', params: { year: schoolYear, last } };
  return null;
}

/** The setting already holds this school year or a later one. */
export function alreadyDone(schoolYear: string, last: string): boolean {
  return isSchoolYear(last) && last >= schoolYear;
}
