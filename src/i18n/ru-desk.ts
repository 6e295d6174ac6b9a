import type { kkDesk } from './kk-desk';

/** Russian: the circulation desk's texts. Merged into ru.ts. */
export const ruDesk: Readonly<Record<keyof typeof kkDesk, string>> = {
  'menu.desk': 'Выдача и возврат книг',

  'desk.issued': '{name}: выдано книг – {count}.',
  'desk.returned': 'Возвращено книг – {count}.',
  'desk.returnedLate': '№ {no} – просрочено на {days} дн.',
  'desk.renewed': 'Срок книги № {no} продлён до {due}.',

  'error.ticketNo': 'Укажите номер читательского билета.',
  'error.readerUnknown': 'Читателя с билетом № {ticketNo} нет.',
  'error.readerLeft': '{name} (№ {ticketNo}) выбыл(а) из школы: выдавать книги нельзя.',
  'error.readerOverdue': 'У читателя {name} просрочено книг: {count} (№ {nos}). Всё равно выдать?',
  'error.loanLimit': 'У читателя сейчас книг: {onLoan}, одновременно можно не более {limit} (учебники не считаются): можно выдать ещё {allowed}.',
  'error.copyOnLoanToReader': 'Книга № {no} уже у этого читателя.',
  'error.copyReserved': 'Книга № {no} отложена для другого читателя.',
  'error.copyNotOnLoan': 'Книга № {no} никому не выдана: возвращать нечего.',
  'error.copyTwice': 'Книга № {no} записана в списке дважды.',
  'error.damageNote': 'Опишите, как повреждена книга.',
  'error.duePast': 'Срок возврата не может быть раньше сегодняшнего дня.',
  'error.dueFar': 'Срок возврата – не больше года: не позже {max}.',
  'error.renewLimit': 'Срок книги № {no} уже продлевали {max} раза: больше продлевать нельзя.',
  'error.renewWaiting': 'Книгу № {no} ждёт другой читатель: продлить нельзя.',
  'error.renewNotLater': 'Новый срок должен быть позже нынешнего ({due}).',
};
