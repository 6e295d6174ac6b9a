/**
 * Re-registration at the start of a school year. Two operations:
 * - preview (no lock, nothing written): the settings, the whole readers journal in one read (an annual
 *   operation: 1,500 readers are 20,000 cells) and the open loans of the leavers by one text finder; what
 *   would change, class by class, the leavers who still have books, the pupils whose class cannot be read.
 * - start (under the document lock): refused before any write when the year was already started or is not
 *   the year the preview showed; else the same read and plan, then the setting lastReRegistration, the
 *   changed cells of the readers journal (JournalTable.update: only those cells) and one audit row of counts.
 * The rules are in domain/school-year.ts.
 */
import type { SchoolYearDoneDto, SchoolYearFormDto, SchoolYearPreviewDto } from '../api';
import type { IsoDate } from '../domain/dates';
import { UserError } from '../domain/errors';
import { alreadyDone, isSchoolYear, planReRegistration, schoolYearOf, schoolYearStart, startRefusal, type ReaderRecord, type ReRegistrationPlan } from '../domain/school-year';
import { Settings } from '../journals/settings';
import type { StoredRow } from '../journals/table';
import type { Workbook } from '../journals/workbook';
import { auditRow, writeAudit } from './audit';
import { type Env, setUpWorkbook, today } from './context';

/** The school year of today and the last one started, from the settings (refused when either is not readable). */
function years(settings: Settings, day: IsoDate): { schoolYear: string; last: string } {
  const yearEnd = settings.text('schoolYearEnd');
  const schoolYear = schoolYearOf(day, yearEnd);
  if (!schoolYear) throw new UserError('error.settingInvalid', { setting: settings.title('schoolYearEnd'), value: yearEnd });
  const last = settings.text('lastReRegistration');
  if (last !== '' && !isSchoolYear(last)) throw new UserError('error.settingInvalid', { setting: settings.title('lastReRegistration'), value: last });
  return { schoolYear, last };
}

function record(row: StoredRow): ReaderRecord {
  const v = row.values;
  const text = (x: unknown) => (x === null || x === undefined ? '' : String(x));
  return {
    rowNumber: row.rowNumber,
    ticketNo: Number(v.ticketNo) || 0,
    fullName: text(v.fullName),
    category: text(v.category),
    grade: text(v.grade),
    status: text(v.status),
    note: text(v.note),
    registeredOn: /^\d{4}-\d{2}-\d{2}$/.test(text(v.registeredOn)) ? text(v.registeredOn) : '',
  };
}

function plan(wb: Workbook, settings: Settings, schoolYear: string, day: IsoDate): ReRegistrationPlan {
  const yearStart = schoolYearStart(schoolYear, settings.text('schoolYearEnd'));
  return planReRegistration(wb.journal('readers').readAll().map(record), schoolYear, day, yearStart);
}

export function previewNewSchoolYear(env: Env): SchoolYearPreviewDto {
  const wb = setUpWorkbook(env);
  const day = today(env, wb);
  const settings = Settings.read(wb);
  const { schoolYear, last } = years(settings, day);
  const empty: SchoolYearPreviewDto = {
    schoolYear,
    lastReRegistration: last,
    alreadyDone: true,
    moveUp: [],
    movedUp: 0,
    leaverClasses: [],
    leavers: 0,
    leaversWithLoans: [],
    unreadable: [],
    others: 0,
    joined: 0,
    reRegistered: 0,
  };
  // Done already: nothing to show (this year's 11th classes are not leavers of a year already started).
  if (alreadyDone(schoolYear, last)) return empty;

  const p = plan(wb, settings, schoolYear, day);
  const onLoan = new Map<number, number>();
  const tickets = p.leavers.map((r) => r.ticketNo).filter((n) => n > 0);
  if (tickets.length) {
    for (const loan of wb.journal('loans').findBy('ticketNo', tickets)) {
      if (loan.values.returnedOn) continue;
      const no = Number(loan.values.ticketNo);
      onLoan.set(no, (onLoan.get(no) ?? 0) + 1);
    }
  }
  return {
    ...empty,
    alreadyDone: false,
    moveUp: p.moveUp,
    movedUp: p.movedUp,
    leaverClasses: p.leaverClasses,
    leavers: p.leavers.length,
    leaversWithLoans: p.leavers
      .filter((r) => onLoan.has(r.ticketNo))
      .map((r) => ({ ticketNo: r.ticketNo, fullName: r.fullName, grade: r.grade, onLoan: onLoan.get(r.ticketNo)! })),
    unreadable: p.unreadable.map((r) => ({ ticketNo: r.ticketNo, fullName: r.fullName, grade: r.grade })),
    others: p.others,
    joined: p.joined,
    reRegistered: p.reRegistered,
  };
}

export function startNewSchoolYear(env: Env, form: SchoolYearFormDto | null | undefined): SchoolYearDoneDto {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const settings = Settings.read(wb);
    const { schoolYear, last } = years(settings, day);
    const refusal = startRefusal(schoolYear, last, form?.schoolYear ?? '');
    if (refusal) throw UserError.of([refusal]);

    const p = plan(wb, settings, schoolYear, day);
    wb.journal('auditLog').prepare();

    // The setting first: a settings journal without its row refuses here, before the readers are touched.
    settings.write({ lastReRegistration: schoolYear });
    wb.journal('readers').update(p.changes);
    const done: SchoolYearDoneDto = { schoolYear, movedUp: p.movedUp, leavers: p.leavers.length, reRegistered: p.reRegistered, unreadable: p.unreadable.length };
    writeAudit(wb, [auditRow(env, 'startNewSchoolYear', 'schoolYear', schoolYear, { ...done, others: p.others, joined: p.joined, classes: p.moveUp.length })]);
    return done;
  });
}
