import type { kkLost } from './kk-lost';

/** Russian: lost texts. Merged into ru.ts. */
export const ruLost: Readonly<Record<keyof typeof kkLost, string>> = {
  'lost.done': 'Инв. № {no} списан по акту № {actNo}.',
  'lost.doneReplaced': 'Инв. № {no} списан по акту № {actNo}; принятой взамен книге присвоен инв. № {newNo}.',
  'lost.actNote': 'Утерян читателем: {name}, билет № {ticketNo}',
  'lost.actNoteReplaced': 'взамен принят инв. № {newNo}',
  'lost.receiptNote': 'Взамен утерянного инв. № {no} (акт № {actNo})',
  'lost.inventoryNote': 'Взамен утерянного инв. № {no}',
  'lost.readerUnknown': 'Читательский билет № {ticketNo}',
  'error.lostNotOnLoan': 'Книга № {no} никому не выдана: списать её как утерянную читателем нельзя.',
  'error.replacementCopies': 'Читатель приносит одну книгу: количество экземпляров должно быть 1.',
};
