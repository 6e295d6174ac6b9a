import type { kkSchoolYear } from './kk-schoolyear';

/** Russian: schoolyear texts. Merged into ru.ts. */
export const ruSchoolYear: Readonly<Record<keyof typeof kkSchoolYear, string>> = {
  'menu.newSchoolYear': 'Новый учебный год: перерегистрация',

  // ---- server messages ----
  'schoolYear.started': '{year} учебный год начат: читатели перерегистрированы.',
  'schoolYear.error.alreadyDone': 'Перерегистрация на {year} учебный год уже проведена (в настройках: {last}). Один учебный год не начинают дважды.',
  'schoolYear.error.stale': 'Список устарел: в нём был {seen} учебный год, сейчас {year}. Просмотрите список заново.',

  // ---- the sidebar ----
  'sy.previewing': 'Проверка читателей…',
  'sy.title': '{year} учебный год',
  'sy.intro': 'Учащиеся переводятся в следующий класс, ученики 11-х классов отмечаются «Выбыл / выпускник» (не удаляются), всем активным читателям ставится сегодняшняя дата перерегистрации. Сначала проверьте список.',
  'sy.last': 'Последняя перерегистрация: {year} учебный год.',
  'sy.last.never': 'Перерегистрация ещё не проводилась.',
  'sy.moveUp': 'Переводятся в следующий класс',
  'sy.col.from': 'Класс',
  'sy.col.to': 'Новый класс',
  'sy.col.readers': 'Учащихся',
  'sy.total': 'Всего',
  'sy.noPupils': 'Учащихся для перевода нет.',
  'sy.leavers': 'Выпускники',
  'sy.leaves': 'выпуск',
  'sy.leavers.note': 'Статус станет «Выбыл / выпускник», класс сохранится, к примечанию добавится «{note}».',
  'sy.noLeavers': 'Учеников 11-х классов нет.',
  'sy.withLoans': 'Выпускники с книгами на руках: {count}',
  'sy.withLoans.hint': 'Они тоже будут отмечены выпускниками; книги остаются в журнале выдачи и видны в списке задолжников. Верните книги.',
  'sy.withLoans.item': '№ {ticketNo} {name}, {grade} · книг: {count}',
  'sy.unreadable': 'Учащиеся с нераспознанным классом: {count}',
  'sy.unreadable.hint': 'Они не изменятся. Исправьте класс на листе «Читательские формуляры» (например, 5А) и обновите список.',
  'sy.unreadable.item': '№ {ticketNo} {name}: класс «{grade}»',
  'sy.unreadable.empty': '№ {ticketNo} {name}: класс не указан',
  'sy.others': 'Учителя, сотрудники и прочие (только перерегистрация)',
  'sy.reRegistered': 'Перерегистрируются сегодняшним днём',
  'sy.refresh': 'Обновить список',
  'sy.start': 'Начать {year} учебный год',
  'sy.starting': 'Запись…',
  'sy.start.hint': 'Учебный год начинается только один раз. Ничего не удаляется.',
  'sy.done.movedUp': 'Переведены в следующий класс',
  'sy.done.leavers': 'Отмечены выпускниками',
  'sy.done.reRegistered': 'Перерегистрированы',
  'sy.done.unreadable': 'Не изменены (класс не распознан)',
  'sy.done.unreadable.hint': 'Впишите новый класс этих учащихся вручную на листе «Читательские формуляры».',
};
