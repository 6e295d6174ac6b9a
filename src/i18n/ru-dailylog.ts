import type { kkDailyLog } from './kk-dailylog';

/** Russian: daily work log texts. Merged into ru.ts. */
export const ruDailyLog: Readonly<Record<keyof typeof kkDailyLog, string>> = {
  'menu.dailyLog': 'Дневник работы библиотеки',

  // ---- server messages ----
  'dailyLog.saved': 'Запись за {date} сохранена, день пересчитан.',
  'dailyLog.refreshed': 'Дни с {from} по {to} пересчитаны по журналам: {days}.',
  'dailyLog.visitNote': 'добавлено в дневнике работы',
  'dailyLog.error.count': 'Введите целое число от 0 до {max}.',
  'dailyLog.error.month': 'Укажите месяц в виде ГГГГ-ММ, например 2026-11.',

  // ---- the sidebar ----
  'dl.loading': 'Пересчитывается сегодняшний день…',
  'dl.date': 'Дата',
  'dl.today': 'Сегодня',
  'dl.title': 'Работа за {date}',
  'dl.figures.hint': 'Посчитано по журналам выдачи, посещений, читателей и мероприятий: здесь не изменяется.',
  'dl.readersServed': 'Обслужено читателей',
  'dl.newReaders': 'Новых читателей',
  'dl.visits': 'Посещений',
  'dl.issued': 'Выдано книг',
  'dl.byGroup': 'По группам читателей',
  'dl.bySection': 'По разделам фонда',
  'dl.sectionUnknown': 'Раздел не известен',
  'dl.requests': 'Выполнено запросов',
  'dl.consultations': 'Консультаций',
  'dl.events': 'Мероприятий',
  'dl.noActivity': 'В этот день в журналах ничего не записано.',
  'dl.add': 'Чего нет в журналах',
  'dl.add.hint': 'Консультации и справки прибавляются к уже учтённым (каждая – строка в журнале «Посещения»).',
  'dl.addConsultations': 'Ещё консультаций',
  'dl.addReferences': 'Ещё справок (ответов на запросы)',
  'dl.note': 'Примечание дня',
  'dl.save': 'Сохранить',
  'dl.saving': 'Сохраняется…',
  'dl.recompute': 'Пересчитать месяц',
  'dl.recomputing': 'Пересчитывается…',
  'dl.recompute.hint':
    'При открытии панели пересчитывается только сегодняшний день. «Пересчитать месяц» заново считает по журналам все дни месяца показанного дня: нажмите, если выдачу исправили в таблице вручную или месяц не попал в дневник. Квартальный и годовой отчёты складываются из этого дневника.',
};
