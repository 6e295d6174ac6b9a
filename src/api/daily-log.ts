/**
 * The daily work log (issue 5): one row per working day, computed from the journals; the librarian adds
 * what they cannot know (consultations and reference answers given, as visits rows, and the day's note).
 * src/server/daily-log.ts implements DailyLogApi. Days are ISO strings.
 */
import type { Result } from '../api';

/** A day's figures, as the daily log counts them (src/domain/statistics.ts). */
export type DayFiguresDto = {
  date: string;
  readersServed: number;
  newReaders: number;
  /** People: visits rows and the readers who came for a book. */
  visits: number;
  issued: number;
  /** By READER_GROUPS code: grades1to4, grades5to9, grades10to11, teachers, others. */
  issuedByGroup: Record<string, number>;
  /** By SECTIONS code. */
  issuedBySection: Record<string, number>;
  /** Issues whose section neither the loan nor the catalogue knows (not in any section column). */
  sectionUnknown: number;
  requestsFulfilled: number;
  consultations: number;
  eventsHeld: number;
  eventParticipants: number;
};

export type DayLogDto = {
  figures: DayFiguresDto;
  /** The day's note in the daily log ('' none). */
  note: string;
  /** The daily log has a row for the day. */
  logged: boolean;
  /** The library's today: the latest day the form accepts. */
  today: string;
};

/**
 * What the librarian adds to a day: consultations and reference answers given (added to what is there:
 * whole numbers 0-100, as typed) and the day's note (replaces it). date '' is today.
 */
export type DayNotesFormDto = {
  date: string;
  consultations: string | number;
  references: string | number;
  note: string;
};

/** month "2026-11": that month up to today; '' only the day `date` ('' today), as the sidebar does when it opens. */
export type DailyLogRefreshFormDto = { month: string; date: string };

export type DailyLogRefreshedDto = {
  from: string;
  to: string;
  /** Rows written over (the days that had one) and rows added (days with activity and no row yet). */
  updated: number;
  appended: number;
  /** The log of the form's date, when it was given and falls in the month. */
  day: DayLogDto | null;
};

export interface DailyLogApi {
  /** A day's figures and note, read-only. */
  getDayLog(date: string): Result<DayLogDto>;
  /** Adds consultations and reference answers, sets the note, recomputes the day's row: the day after. */
  recordDayNotes(form: DayNotesFormDto): Result<DayLogDto>;
  /** Recomputes the daily log of a month (the current month up to today when month is ''). */
  refreshDailyLog(form: DailyLogRefreshFormDto): Result<DailyLogRefreshedDto>;
}
