/** Kazakh (the source language): lost texts. Merged into kk.ts. */
export const kkLost = {
  'lost.done': 'Инв. № {no} № {actNo} актімен есептен шығарылды.',
  'lost.doneReplaced': 'Инв. № {no} № {actNo} актімен есептен шығарылды; орнына алынған кітапқа инв. № {newNo} берілді.',
  'lost.actNote': 'Оқырман жоғалтты: {name}, билет № {ticketNo}',
  'lost.actNoteReplaced': 'орнына инв. № {newNo} алынды',
  'lost.receiptNote': 'Жоғалған инв. № {no} орнына (акт № {actNo})',
  'lost.inventoryNote': 'Жоғалған инв. № {no} орнына',
  'lost.readerUnknown': 'Оқырман билеті № {ticketNo}',
  'error.lostNotOnLoan': '№ {no} кітап ешкімге берілмеген: оны оқырман жоғалтты деп есептен шығаруға болмайды.',
  'error.replacementCopies': 'Оқырман бір кітап әкеледі: дана саны 1 болуы керек.',
} as const;
