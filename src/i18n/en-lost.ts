import type { kkLost } from './kk-lost';

/** English: lost texts. Merged into en.ts. */
export const enLost: Readonly<Record<keyof typeof kkLost, string>> = {
  'lost.done': 'Inv. {no} written off by act {actNo}.',
  'lost.doneReplaced': 'Inv. {no} written off by act {actNo}; the replacement got inv. {newNo}.',
  'lost.actNote': 'Lost by reader: {name}, ticket {ticketNo}',
  'lost.actNoteReplaced': 'replaced by inv. {newNo}',
  'lost.receiptNote': 'In place of lost inv. {no} (act {actNo})',
  'lost.inventoryNote': 'In place of lost inv. {no}',
  'lost.readerUnknown': 'Reader ticket {ticketNo}',
  'error.lostNotOnLoan': 'No. {no} is not on loan: it cannot be written off as lost by a reader.',
  'error.replacementCopies': 'The reader brings one book: copies must be 1.',
};
