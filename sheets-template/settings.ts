/**
 * The rows of the settings journal. Values are stored as text in the sheet's "value" column; the add-on
 * parses them by `type` and checks `min`, `max`, `pattern`, `options`.
 */
import { t } from './build';
import { WORKBOOK_LANGUAGES } from './options';
import type { SettingDef } from './schema';

type Setting<K extends string> = SettingDef & { readonly key: K };

function defSetting<K extends string>(key: K, def: Omit<SettingDef, 'key'>): Setting<K> {
  return { key, ...def };
}

export const SETTINGS = [
  defSetting('libraryName', {
    title: t('Кітапхана атауы', 'Название библиотеки'),
    type: 'text',
    defaultValue: '',
    note: t('Құжаттардың тақырыбында жазылады', 'Пишется в заголовках документов'),
  }),
  defSetting('schoolName', {
    title: t('Мектеп атауы', 'Название школы'),
    type: 'text',
    defaultValue: '',
  }),
  defSetting('language', {
    title: t('Жұмыс тілі', 'Язык работы'),
    type: 'enum',
    options: WORKBOOK_LANGUAGES,
    defaultValue: 'kk',
    note: t('Парақтардың, тізімдердің және құжаттардың тілі', 'Язык листов, списков и документов'),
  }),
  defSetting('loanPeriodDays', {
    title: t('Кітап беру мерзімі, күн', 'Срок выдачи, дней'),
    type: 'int',
    defaultValue: 14,
    min: 1,
    max: 90,
  }),
  defSetting('loanLimit', {
    title: t('Бір оқырманға кітап саны', 'Книг на одного читателя'),
    type: 'int',
    defaultValue: 5,
    min: 1,
    max: 30,
    note: t('Бір мезгілде берілетін кітаптың ең көп саны', 'Наибольшее число книг на руках одновременно'),
  }),
  defSetting('directorEmail', {
    title: t('Директордың эл. поштасы', 'Эл. почта директора'),
    type: 'email',
    defaultValue: '',
    note: t('Бос болуы мүмкін', 'Может быть пустым'),
  }),
  defSetting('reservationDays', {
    title: t('Брондауды сақтау, күн', 'Срок хранения брони, дней'),
    type: 'int',
    defaultValue: 3,
    min: 1,
    max: 30,
  }),
  defSetting('nextReaderTicket', {
    title: t('Келесі оқырман билетінің нөмірі', 'Следующий номер читательского билета'),
    type: 'int',
    defaultValue: 1,
    min: 1,
    note: t(
      'Қағаз формулярлардан көшкенде арттыруға болады; азайтуға болмайды',
      'Можно увеличить при переходе с бумажных формуляров; уменьшать нельзя',
    ),
  }),
  defSetting('nextTitleId', {
    title: t('Келесі каталог жазбасының нөмірі', 'Следующий номер записи каталога'),
    type: 'int',
    defaultValue: 1,
    min: 1,
  }),
  defSetting('nextInventoryNo', {
    title: t('Келесі инвентар нөмірі', 'Следующий инвентарный номер'),
    type: 'int',
    defaultValue: 1,
    min: 1,
    note: t(
      'Инвентар нөмірі қайта қолданылмайды; қағаз кітаптан көшкенде арттыруға болады',
      'Инвентарные номера не используются повторно; можно увеличить при переходе с бумажной книги',
    ),
  }),
  defSetting('nextLoanId', {
    title: t('Келесі кітап беру нөмірі', 'Следующий номер выдачи'),
    type: 'int',
    defaultValue: 1,
    min: 1,
    note: t(
      'Әр берілген кітаптың нөмірі («Кітап беру» парағы); қосымша өзі арттырады, азайтуға болмайды',
      'Номер каждой выдачи (лист «Выдача книг»); дополнение увеличивает его само, уменьшать нельзя',
    ),
  }),
  defSetting('nextReservationId', {
    title: t('Келесі брондау нөмірі', 'Следующий номер брони'),
    type: 'int',
    defaultValue: 1,
    min: 1,
    note: t(
      'Әр брондаудың нөмірі («Брондау» парағы); қосымша өзі арттырады, азайтуға болмайды',
      'Номер каждой брони (лист «Бронирование»); дополнение увеличивает его само, уменьшать нельзя',
    ),
  }),
  defSetting('nextEventId', {
    title: t('Келесі іс-шара нөмірі', 'Следующий номер мероприятия'),
    type: 'int',
    defaultValue: 1,
    min: 1,
    note: t(
      'Әр іс-шараның нөмірі («Іс-шаралар» парағы); қосымша өзі арттырады, азайтуға болмайды',
      'Номер каждого мероприятия (лист «Мероприятия»); дополнение увеличивает его само, уменьшать нельзя',
    ),
  }),
  defSetting('nextExhibitionId', {
    title: t('Келесі көрме нөмірі', 'Следующий номер выставки'),
    type: 'int',
    defaultValue: 1,
    min: 1,
  }),
  defSetting('nextScanId', {
    title: t('Келесі сканерленген құжат нөмірі', 'Следующий номер оцифрованного документа'),
    type: 'int',
    defaultValue: 1,
    min: 1,
  }),
  defSetting('schoolYearEnd', {
    title: t('Оқу жылының соңы (АА-КК)', 'Конец учебного года (ММ-ДД)'),
    type: 'text',
    defaultValue: '05-31',
    pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
    note: t('Мысалы: 05-31 (31 мамыр)', 'Например: 05-31 (31 мая)'),
  }),
  defSetting('lastReRegistration', {
    title: t('Соңғы қайта тіркеу (оқу жылы)', 'Последняя перерегистрация (учебный год)'),
    type: 'text',
    defaultValue: '',
    note: t(
      'Мысалы: 2026-2027; қосымша жаңа оқу жылын бастағанда жазады, бір жылы екі рет бастамайды',
      'Например: 2026-2027; дополнение пишет при начале учебного года и не начинает один год дважды',
    ),
  }),
  defSetting('archiveFolderId', {
    title: t('Мұрағат папкасы (Drive ID)', 'Папка архива (ID на Диске)'),
    type: 'text',
    defaultValue: '',
    note: t('Бос болса, қосымша папканы өзі жасайды', 'Если пусто, дополнение создаст папку само'),
  }),
] as const satisfies readonly SettingDef[];

export type SettingKey = (typeof SETTINGS)[number]['key'];

export function isSettingKey(key: string): key is SettingKey {
  for (const s of SETTINGS) if (s.key === key) return true;
  return false;
}

/** The definition of a setting; throws on an unknown key. */
export function settingDef(key: SettingKey): SettingDef {
  for (const s of SETTINGS) if (s.key === key) return s;
  throw new Error(`Unknown setting: ${String(key)}`);
}
