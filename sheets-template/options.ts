/**
 * Enum option sets shared by several journals, and how catalogue values map onto the columns of the
 * summary accounting book (КСУ). Pure data.
 */
import { opt } from './build';

/** Document type, as the summary book counts it (part 1 "of which by type"). Brochure: 5 to 48 pages. */
export const DOC_TYPES = [
  opt('book', 'Кітап', 'Книга'),
  opt('brochure', 'Брошюра', 'Брошюра'),
  opt('audiovisual', 'Аудиовизуалды құжат', 'Аудиовизуальный документ'),
  opt('periodical', 'Мерзімді басылым', 'Периодическое издание'),
] as const;
export type DocType = (typeof DOC_TYPES)[number]['code'];

/**
 * Content sections of a school library fund (BBK-based, JOURNALS.md "Summary accounting book").
 * Every copy falls in exactly one: textbooks and children's literature first, whatever their subject;
 * then pedagogy (74), literary studies and languages (75/85), fiction (84); the rest of 6/8 and 9 is
 * "social"; 2 is natural sciences; 3, 4, 5 applied sciences.
 */
export const SECTIONS = [
  opt('natural', 'Жаратылыстану ғылымдары', 'Естественные науки'),
  opt('applied', 'Қолданбалы ғылымдар', 'Прикладные науки'),
  opt('social', 'Қоғамдық-гуманитарлық ғылымдар', 'Общественные и гуманитарные науки'),
  opt('pedagogy', 'Педагогика', 'Педагогика'),
  opt('philology', 'Тіл білімі, әдебиеттану', 'Языкознание, литературоведение'),
  opt('fiction', 'Көркем әдебиет', 'Художественная литература'),
  opt('children', 'Балалар әдебиеті', 'Детская литература'),
  opt('textbooks', 'Оқулықтар', 'Учебники'),
] as const;
export type SectionCode = (typeof SECTIONS)[number]['code'];

/** Language of a publication (catalogue, periodicals). The summary book groups en and other as "other". */
export const PUBLICATION_LANGUAGES = [
  opt('kk', 'Қазақ тілі', 'Казахский'),
  opt('ru', 'Орыс тілі', 'Русский'),
  opt('en', 'Ағылшын тілі', 'Английский'),
  opt('other', 'Басқа тіл', 'Другой'),
] as const;
export type PublicationLanguage = (typeof PUBLICATION_LANGUAGES)[number]['code'];

/** Where a receipt batch comes from (summary book part 1 "source"). */
export const ACQUISITION_SOURCES = [
  opt('purchase', 'Сатып алу', 'Покупка'),
  opt('gift', 'Сыйға берілген', 'Дар'),
  opt('replacement', 'Жоғалғанның орнына', 'Взамен утерянных'),
  opt('exchange', 'Алмасу', 'Обмен'),
  opt('other', 'Басқа', 'Прочее'),
] as const;
export type AcquisitionSource = (typeof ACQUISITION_SOURCES)[number]['code'];

/** Reasons for writing a copy off (JOURNALS.md "Write-off act"). */
export const WRITE_OFF_REASONS = [
  opt('wornOut', 'Тозған', 'Ветхость'),
  opt('lost', 'Жоғалған', 'Утрата'),
  opt('lostByReader', 'Оқырман жоғалтқан', 'Утеряно читателем'),
  opt('outdated', 'Мазмұны ескірген', 'Устарелость по содержанию'),
  opt('notRelevant', 'Бейінге сәйкес емес', 'Непрофильность'),
  opt('defective', 'Ақаулы', 'Дефектность'),
] as const;
export type WriteOffReason = (typeof WRITE_OFF_REASONS)[number]['code'];

/** Lines of summary book part 3 (movement of the fund in a year). */
export const MOVEMENT_LINES = [
  opt('atStart', 'Жыл басында болғаны', 'Состоит на начало года'),
  opt('received', 'Жыл ішінде түскені', 'Поступило за год'),
  opt('withdrawn', 'Жыл ішінде шығарылғаны', 'Выбыло за год'),
  opt('atEnd', 'Жыл соңында болғаны', 'Состоит на конец года'),
] as const;
export type MovementLine = (typeof MOVEMENT_LINES)[number]['code'];

export const READER_CATEGORIES = [
  opt('pupil', 'Оқушы', 'Учащийся'),
  opt('teacher', 'Мұғалім', 'Учитель'),
  opt('staff', 'Қызметкер', 'Сотрудник'),
  opt('other', 'Басқа', 'Прочие'),
] as const;
export type ReaderCategory = (typeof READER_CATEGORIES)[number]['code'];

export const READER_STATUSES = [
  opt('active', 'Белсенді', 'Активный'),
  opt('left', 'Шығып кетті / бітірді', 'Выбыл / выпускник'),
] as const;
export type ReaderStatus = (typeof READER_STATUSES)[number]['code'];

export const COPY_CONDITIONS = [
  opt('fine', 'Бүтін', 'В порядке'),
  opt('damaged', 'Бүлінген', 'Повреждена'),
  opt('lost', 'Жоғалған', 'Утеряна'),
] as const;
export type CopyCondition = (typeof COPY_CONDITIONS)[number]['code'];

/** The reader groups the daily log and the reports count issues by (seed guide: grades 1-4, 5-9, 10-11, teachers, others). */
export const READER_GROUPS = [
  opt('grades1to4', '1–4 сынып', '1–4 классы'),
  opt('grades5to9', '5–9 сынып', '5–9 классы'),
  opt('grades10to11', '10–11 сынып', '10–11 классы'),
  opt('teachers', 'Мұғалімдер', 'Учителя'),
  opt('others', 'Басқалар', 'Прочие'),
] as const;
export type ReaderGroup = (typeof READER_GROUPS)[number]['code'];

/** What a visit without a loan was for (issue 4 "Visits"); each feeds the daily work log. */
export const VISIT_KINDS = [
  opt('readingRoom', 'Оқу залы', 'Читальный зал'),
  opt('consultation', 'Кеңес', 'Консультация'),
  opt('reference', 'Анықтама сұранысы', 'Справочный запрос'),
  opt('other', 'Басқа', 'Другое'),
] as const;
export type VisitKind = (typeof VISIT_KINDS)[number]['code'];

export const RESERVATION_STATUSES = [
  opt('waiting', 'Кезекте', 'Ожидает'),
  opt('held', 'Сақталуда', 'Отложена'),
  opt('fulfilled', 'Берілді', 'Выдана'),
  opt('cancelled', 'Бас тартылды', 'Отменена'),
  opt('expired', 'Мерзімі өтті', 'Истекла'),
] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number]['code'];

export const PERIODICAL_KINDS = [opt('newspaper', 'Газет', 'Газета'), opt('magazine', 'Журнал', 'Журнал')] as const;
export type PeriodicalKind = (typeof PERIODICAL_KINDS)[number]['code'];

/** Kinds of rows in the monthly and annual plans; 'indicator' rows carry a planned figure. */
export const PLAN_KINDS = [
  opt('fund', 'Қормен жұмыс', 'Работа с фондом'),
  opt('readers', 'Оқырмандармен жұмыс', 'Работа с читателями'),
  opt('event', 'Іс-шара', 'Мероприятие'),
  opt('exhibition', 'Кітап көрмесі', 'Книжная выставка'),
  opt('seminar', 'Семинар', 'Семинар'),
  opt('methodical', 'Әдістемелік жұмыс', 'Методическая работа'),
  opt('indicator', 'Сандық көрсеткіш', 'Контрольный показатель'),
  opt('other', 'Басқа', 'Другое'),
] as const;
export type PlanKind = (typeof PLAN_KINDS)[number]['code'];

/** The planned figures (seed: "сандық жоспар"); used by plan rows of kind 'indicator'. */
export const PLAN_INDICATORS = [
  opt('readers', 'Оқырмандар саны', 'Число читателей'),
  opt('visits', 'Келушілер саны', 'Число посещений'),
  opt('booksIssued', 'Кітап берілімі', 'Книговыдача'),
  opt('events', 'Іс-шаралар саны', 'Число мероприятий'),
] as const;
export type PlanIndicator = (typeof PLAN_INDICATORS)[number]['code'];

/** Seed guide, "Events and exhibitions documents": lecture, meeting, training, quiz, exhibition, literary evening. */
export const EVENT_KINDS = [
  opt('lecture', 'Дәріс', 'Лекция'),
  opt('meeting', 'Кездесу', 'Встреча'),
  opt('training', 'Тренинг', 'Тренинг'),
  opt('quiz', 'Викторина', 'Викторина'),
  opt('exhibitionOpening', 'Көрменің ашылуы', 'Открытие выставки'),
  opt('literaryEvening', 'Әдеби кеш', 'Литературный вечер'),
  opt('other', 'Басқа', 'Другое'),
] as const;
export type EventKind = (typeof EVENT_KINDS)[number]['code'];

export const SOCIAL_CHANNELS = [
  opt('instagram', 'Instagram', 'Instagram'),
  opt('facebook', 'Facebook', 'Facebook'),
  opt('tiktok', 'TikTok', 'TikTok'),
  opt('telegram', 'Telegram', 'Telegram'),
  opt('youtube', 'YouTube', 'YouTube'),
  opt('whatsapp', 'WhatsApp', 'WhatsApp'),
  opt('other', 'Басқа', 'Другое'),
] as const;
export type SocialChannel = (typeof SOCIAL_CHANNELS)[number]['code'];

/** Seed guide, section 10.1: new books, exhibitions, events, tips for readers, interesting dates. */
export const CONTENT_KINDS = [
  opt('newBooks', 'Жаңа кітаптар', 'Новые книги'),
  opt('exhibitions', 'Кітап көрмелері', 'Книжные выставки'),
  opt('events', 'Іс-шаралар', 'Мероприятия'),
  opt('tips', 'Оқырмандарға кеңес', 'Советы читателям'),
  opt('interestingDates', 'Қызықты даталар', 'Интересные даты'),
  opt('other', 'Басқа', 'Другое'),
] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number]['code'];

export const CONTENT_STATUSES = [
  opt('planned', 'Жоспарланды', 'Запланирован'),
  opt('ready', 'Дайын', 'Готов'),
  opt('published', 'Жарияланды', 'Опубликован'),
  opt('cancelled', 'Болдырылмады', 'Отменён'),
] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number]['code'];

export const WORKBOOK_LANGUAGES = [opt('kk', 'Қазақ тілі', 'Казахский'), opt('ru', 'Орыс тілі', 'Русский')] as const;

// ---- summary book (КСУ) columns: which column a catalogue value is counted in ----

/** Summary-book column key for each document type. */
export const SUMMARY_TYPE_KEY = {
  book: 'typeBooks',
  brochure: 'typeBrochures',
  audiovisual: 'typeAudiovisual',
  periodical: 'typePeriodicals',
} as const satisfies Readonly<Record<DocType, string>>;

/** Summary-book column key for each content section. */
export const SUMMARY_SECTION_KEY = {
  natural: 'sectionNatural',
  applied: 'sectionApplied',
  social: 'sectionSocial',
  pedagogy: 'sectionPedagogy',
  philology: 'sectionPhilology',
  fiction: 'sectionFiction',
  children: 'sectionChildren',
  textbooks: 'sectionTextbooks',
} as const satisfies Readonly<Record<SectionCode, string>>;

/** Summary-book column key for each publication language: the standard form has kk, ru and "other". */
export const SUMMARY_LANGUAGE_KEY = {
  kk: 'langKazakh',
  ru: 'langRussian',
  en: 'langOther',
  other: 'langOther',
} as const satisfies Readonly<Record<PublicationLanguage, string>>;
