import type { kkSchoolYear } from './kk-schoolyear';

/** English: schoolyear texts. Merged into en.ts. */
export const enSchoolYear: Readonly<Record<keyof typeof kkSchoolYear, string>> = {
  'menu.newSchoolYear': 'New school year: re-registration',

  // ---- server messages ----
  'schoolYear.started': 'School year {year} started: the readers are re-registered.',
  'schoolYear.error.alreadyDone': 'Re-registration for the school year {year} is already done (settings: {last}). A school year is not started twice.',
  'schoolYear.error.stale': 'The list is out of date: it was for the school year {seen}, now it is {year}. Look at the list again.',

  // ---- the sidebar ----
  'sy.previewing': 'Checking the readers…',
  'sy.title': 'School year {year}',
  'sy.intro': 'Pupils move up a class, 11th-class pupils are marked "Left / graduated" (not deleted), every active reader gets today as the re-registration date. Check the list first.',
  'sy.last': 'Last re-registration: school year {year}.',
  'sy.last.never': 'No re-registration has been done yet.',
  'sy.moveUp': 'Move up a class',
  'sy.col.from': 'Class',
  'sy.col.to': 'New class',
  'sy.col.readers': 'Pupils',
  'sy.total': 'Total',
  'sy.noPupils': 'No pupils to move up.',
  'sy.leavers': 'Leavers',
  'sy.leaves': 'leaves',
  'sy.leavers.note': 'Their status becomes "Left / graduated", the class is kept, "{note}" is added to the note.',
  'sy.noLeavers': 'No 11th-class pupils.',
  'sy.withLoans': 'Leavers who still have books: {count}',
  'sy.withLoans.hint': 'They are marked as leavers too; their books stay on the loans journal and show among the debtors. Get the books back.',
  'sy.withLoans.item': 'No. {ticketNo} {name}, {grade} · books: {count}',
  'sy.unreadable': 'Pupils whose class cannot be read: {count}',
  'sy.unreadable.hint': 'They are not changed. Correct the class on the "Reader formulars" sheet (e.g. 5А), then refresh the list.',
  'sy.unreadable.item': 'No. {ticketNo} {name}: class "{grade}"',
  'sy.unreadable.empty': 'No. {ticketNo} {name}: no class',
  'sy.others': 'Teachers, staff and others (re-registered only)',
  'sy.joined': 'Pupils registered this school year (their class stays, re-registered only)',
  'sy.reRegistered': 'Re-registered with today\'s date',
  'sy.refresh': 'Refresh the list',
  'sy.start': 'Start the school year {year}',
  'sy.starting': 'Saving…',
  'sy.start.hint': 'A school year starts only once. Nothing is deleted.',
  'sy.done.movedUp': 'Moved up a class',
  'sy.done.leavers': 'Marked as leavers',
  'sy.done.reRegistered': 'Re-registered',
  'sy.done.unreadable': 'Not changed (class not readable)',
  'sy.done.unreadable.hint': 'Type these pupils\' new class by hand on the "Reader formulars" sheet.',
};
