/**
 * Re-registration at the start of a school year (issue 4 "The formular"): pupils move up a class, the
 * leavers are marked (never deleted), every active reader gets the re-registration date; a preview first.
 * src/server/school-year.ts implements SchoolYearApi.
 */
import type { Result } from '../api';

/** A reader the librarian should look at (by ticket, name and class as the journal has them). */
export type SchoolYearReaderDto = { ticketNo: number; fullName: string; grade: string };

export type SchoolYearPreviewDto = {
  /** The school year that would start, e.g. "2026-2027". */
  schoolYear: string;
  /** The setting lastReRegistration: the last school year started ('' never). */
  lastReRegistration: string;
  /** It was already started (settings lastReRegistration): starting it again is refused; the lists are empty. */
  alreadyDone: boolean;
  /** Per class, in class order: "5А → 6А: 24". */
  moveUp: Array<{ from: string; to: string; readers: number }>;
  /** Pupils moved up in all. */
  movedUp: number;
  /** Per 11th class, in class order: how many leave. */
  leaverClasses: Array<{ from: string; readers: number }>;
  leavers: number;
  /** Leavers who still have books: the librarian should get them back (they stay on the loans journal). */
  leaversWithLoans: Array<{ ticketNo: number; fullName: string; grade: string; onLoan: number }>;
  /** Pupils whose class cannot be read: left unchanged until she corrects the class. */
  unreadable: SchoolYearReaderDto[];
  /** Active readers re-registered without a class change (teachers, staff, others). */
  others: number;
  /** Pupils registered since the school year began: already in this year's class, re-registered only. */
  joined: number;
  /** Active readers who get today's re-registration date (moved up + others). */
  reRegistered: number;
};

/** The year the preview showed: a start for another year (the preview was stale) is refused. */
export type SchoolYearFormDto = { schoolYear: string };

export type SchoolYearDoneDto = { schoolYear: string; movedUp: number; leavers: number; reRegistered: number; unreadable: number };

export interface SchoolYearApi {
  previewNewSchoolYear(): Result<SchoolYearPreviewDto>;
  startNewSchoolYear(form: SchoolYearFormDto): Result<SchoolYearDoneDto>;
}
