import type { kkDesk } from './kk-desk';

/** English: the circulation desk's texts. Merged into en.ts. */
export const enDesk: Readonly<Record<keyof typeof kkDesk, string>> = {
  'menu.desk': 'Issue and return',

  'desk.issued': '{name}: {count} book(s) issued.',
  'desk.returned': '{count} book(s) returned.',
  'desk.returnedLate': 'No. {no}: {days} day(s) late.',
  'desk.renewed': 'No. {no} renewed until {due}.',

  'error.ticketNo': 'Enter the reader ticket number.',
  'error.readerUnknown': 'There is no reader with ticket no. {ticketNo}.',
  'error.readerLeft': '{name} (no. {ticketNo}) has left the school: no loans.',
  'error.readerOverdue': '{name} has {count} overdue book(s) (no. {nos}). Issue anyway?',
  'error.loanLimit': 'The reader has {onLoan} book(s), at most {limit} at a time (textbooks aside): {allowed} more may be issued.',
  'error.copyOnLoanToReader': 'No. {no} is already on loan to this reader.',
  'error.copyReserved': 'No. {no} is held for another reader.',
  'error.copyNotOnLoan': 'No. {no} is not on loan: nothing to return.',
  'error.copyTwice': 'No. {no} is listed twice.',
  'error.damageNote': 'Say how the book is damaged.',
  'error.duePast': 'The due date cannot be before today.',
  'error.dueFar': 'The due date must be within a year: {max} at the latest.',
  'error.renewLimit': 'No. {no} has been renewed {max} times already: no more renewals.',
  'error.renewWaiting': 'Another reader is waiting for no. {no}: it cannot be renewed.',
  'error.renewNotLater': 'The new due date must be after the current one ({due}).',
};
