import type { kkDailyLog } from './kk-dailylog';

/** English: daily work log texts. Merged into en.ts. */
export const enDailyLog: Readonly<Record<keyof typeof kkDailyLog, string>> = {
  'menu.dailyLog': 'Daily work log',

  // ---- server messages ----
  'dailyLog.saved': 'The entry of {date} is saved, the day recomputed.',
  'dailyLog.refreshed': 'Days {from} to {to} recomputed from the journals: {days}.',
  'dailyLog.visitNote': 'added in the daily log',
  'dailyLog.error.count': 'Type a whole number from 0 to {max}.',
  'dailyLog.error.month': 'Type the month as YYYY-MM, e.g. 2026-11.',

  // ---- the sidebar ----
  'dl.loading': 'Recomputing today…',
  'dl.date': 'Day',
  'dl.today': 'Today',
  'dl.title': 'Work of {date}',
  'dl.figures.hint': 'Computed from the loans, visits, readers and events journals: not changed here.',
  'dl.readersServed': 'Readers served',
  'dl.newReaders': 'New readers',
  'dl.visits': 'Visits',
  'dl.issued': 'Books issued',
  'dl.byGroup': 'By reader group',
  'dl.bySection': 'By fund section',
  'dl.sectionUnknown': 'Section unknown',
  'dl.requests': 'Requests fulfilled',
  'dl.consultations': 'Consultations',
  'dl.events': 'Events held',
  'dl.noActivity': 'Nothing is recorded in the journals on this day.',
  'dl.add': 'What the journals do not know',
  'dl.add.hint': 'Consultations and reference answers are added to those already counted (each a row of the visits journal).',
  'dl.addConsultations': 'More consultations',
  'dl.addReferences': 'More reference answers',
  'dl.note': 'Note of the day',
  'dl.save': 'Save',
  'dl.saving': 'Saving…',
  'dl.recompute': 'Recompute the month',
  'dl.recomputing': 'Recomputing…',
  'dl.recompute.hint':
    'Opening this panel recomputes today only. "Recompute the month" counts every day of the shown day\'s month again from the journals: use it after a loan was corrected by hand in the sheet, or when a month is missing from the log. The quarterly and annual reports add up this log.',
};
