/**
 * Every journal of the library, in the tab order the librarian sees. Pure data (see schema.ts).
 *
 * Legal journals keep the columns, order and meaning of the standard forms (shared/JOURNALS.md); a
 * column of ours that the paper form does not have is added after the standard ones.
 */
import { choice, code, col, count, defJournal, money, opt, t } from './build';
import type { JournalDef } from './schema';
import {
  ACQUISITION_SOURCES,
  CONTENT_KINDS,
  CONTENT_STATUSES,
  COPY_CONDITIONS,
  DOC_TYPES,
  EVENT_KINDS,
  MOVEMENT_LINES,
  PERIODICAL_KINDS,
  PLAN_INDICATORS,
  PLAN_KINDS,
  PUBLICATION_LANGUAGES,
  READER_CATEGORIES,
  READER_GROUPS,
  READER_STATUSES,
  RESERVATION_STATUSES,
  SECTIONS,
  SOCIAL_CHANNELS,
  VISIT_KINDS,
  WRITE_OFF_REASONS,
} from './options';

/**
 * Raised whenever a journal, column or option is added: a workbook set up by an older version must run
 * setup again (the add-on asks for it) before the journals are used. 2: visits, loans' reader group and
 * section, the copy condition "lost", the daily log's issues by section.
 */
export const TEMPLATE_VERSION = 2;

// ---- columns used in several journals ----

const note = () => col('note', 'text', 'Ескертпе', 'Примечание');
const inventoryNo = () =>
  code('inventoryNo', 'Инв. нөмірі', 'Инв. номер', {
    required: true,
    note: ['Дананың инвентар нөмірі', 'Инвентарный номер экземпляра'],
  });
const ticketNo = () =>
  code('ticketNo', 'Билет №', '№ билета', {
    required: true,
    note: ['Оқырман билетінің нөмірі', 'Номер читательского билета'],
  });
const titleId = (required = false) =>
  code('titleId', 'Каталог жазбасы', 'Запись каталога', {
    required,
    width: 100,
    note: ['Электронды каталогтағы жазба нөмірі', 'Номер записи в электронном каталоге'],
  });
const year = (required = false) => code('year', 'Жылы', 'Год', { required, width: 70 });
const actNo = <K extends string>(key: K, kk: string, ru: string, required = false) =>
  col(key, 'text', kk, ru, {
    required,
    width: 100,
    note: ['Мәтін ретінде сақталады (мысалы, 5/2025)', 'Хранится как текст (напр., 5/2025)'],
  });
const url = <K extends string>(key: K, kk: string, ru: string) => col(key, 'url', kk, ru);

/** Summary book: "of which by type" (books, brochures, audiovisual, periodicals). */
const byType = () =>
  [
    count('typeBooks', 'Кітаптар', 'Книги'),
    count('typeBrochures', 'Брошюралар', 'Брошюры', { width: 100 }),
    count('typeAudiovisual', 'Аудиовизуалды', 'Аудиовизуальные', { width: 120 }),
    count('typePeriodicals', 'Мерзімді басылымдар', 'Периодика', { width: 120 }),
  ] as const;

/** Summary book: copies by content section, one column per section (options.ts SECTIONS). */
const bySection = () =>
  [
    count('sectionNatural', 'Жаратылыстану', 'Естественные науки', { width: 120, note: ['ББК 2', 'ББК 2'] }),
    count('sectionApplied', 'Қолданбалы ғылымдар', 'Прикладные науки', {
      width: 120,
      note: ['ББК 3, 4, 5: техника, ауыл шаруашылығы, медицина', 'ББК 3, 4, 5: техника, сельское хозяйство, медицина'],
    }),
    count('sectionSocial', 'Қоғамдық-гуманитарлық', 'Общественно-гуманитарные', {
      width: 130,
      note: [
        'ББК 6/8 (74, 75/85, 84-тен басқа) және 9 – әмбебап мазмұнды әдебиет',
        'ББК 6/8 (кроме 74, 75/85, 84) и 9 – литература универсального содержания',
      ],
    }),
    count('sectionPedagogy', 'Педагогика', 'Педагогика', { width: 100, note: ['ББК 74', 'ББК 74'] }),
    count('sectionPhilology', 'Тіл білімі, әдебиеттану', 'Языкознание, литературоведение', {
      width: 130,
      note: ['ББК 75/85 (84-тен басқа)', 'ББК 75/85 (кроме 84)'],
    }),
    count('sectionFiction', 'Көркем әдебиет', 'Художественная литература', {
      width: 120,
      note: ['ББК 84 (балалар әдебиетінен басқа)', 'ББК 84 (кроме детской литературы)'],
    }),
    count('sectionChildren', 'Балалар әдебиеті', 'Детская литература', {
      width: 120,
      note: ['Балаларға арналған әдебиет, бөлек есептеледі', 'Литература для детей, учитывается отдельно'],
    }),
    count('sectionTextbooks', 'Оқулықтар', 'Учебники', {
      width: 100,
      note: ['Оқулықтар мен оқу құралдары, қай салаға жатса да', 'Учебники и учебные пособия любой отрасли'],
    }),
  ] as const;

/** Summary book: copies by language (kazakh, russian, other). */
const byLanguage = () =>
  [
    count('langKazakh', 'Қазақ тілінде', 'На казахском', { width: 100 }),
    count('langRussian', 'Орыс тілінде', 'На русском', { width: 100 }),
    count('langOther', 'Басқа тілдерде', 'На других языках', { width: 110 }),
  ] as const;

/** Columns of the monthly and the annual plan. */
const planColumns = (periodNoteKk: string, periodNoteRu: string) =>
  [
    col('period', 'text', 'Кезең', 'Период', { required: true, width: 90, note: [periodNoteKk, periodNoteRu] }),
    col('activity', 'text', 'Жұмыс мазмұны', 'Содержание работы', { required: true, width: 320 }),
    choice('kind', 'Түрі', 'Вид работы', PLAN_KINDS, { required: true, width: 160 }),
    col('term', 'text', 'Мерзімі', 'Срок', {
      width: 110,
      note: ['Күні немесе мерзімі: 15.09, қыркүйек, жыл бойы', 'Дата или срок: 15.09, сентябрь, в течение года'],
    }),
    col('responsible', 'text', 'Жауапты', 'Ответственный', { width: 160 }),
    choice('indicator', 'Көрсеткіш', 'Показатель', PLAN_INDICATORS, {
      width: 150,
      note: ['«Сандық көрсеткіш» жолдары үшін ғана', 'Только для строк «Контрольный показатель»'],
    }),
    count('planned', 'Жоспар', 'План'),
    count('actual', 'Орындалды', 'Выполнено', { width: 100 }),
    note(),
  ] as const;

/** Columns of the current loans and of the loan history. */
const loanColumns = () =>
  [
    code('loanId', 'Беру №', '№ выдачи', { required: true }),
    ticketNo(),
    inventoryNo(),
    titleId(),
    col('issuedOn', 'date', 'Берілген күні', 'Дата выдачи', { required: true }),
    col('dueOn', 'date', 'Қайтару мерзімі', 'Срок возврата', { required: true, width: 110 }),
    col('returnedOn', 'date', 'Қайтарылған күні', 'Дата возврата', { width: 110 }),
    choice('condition', 'Күйі', 'Состояние', COPY_CONDITIONS, {
      width: 110,
      note: ['Қайтарғанда тексерілген күйі', 'Состояние, проверенное при возврате'],
    }),
    col('conditionNote', 'text', 'Күйі туралы ескертпе', 'Замечание о состоянии'),
    count('renewals', 'Ұзартулар', 'Продлений'),
    choice('readerGroup', 'Оқырман тобы', 'Группа читателей', READER_GROUPS, {
      width: 120,
      note: ['Берген кездегі тобы (есептер үшін)', 'Группа на день выдачи (для отчётов)'],
    }),
    choice('section', 'Бөлім', 'Отдел', SECTIONS, {
      width: 160,
      note: ['Кітаптың бөлімі, берген кезде (есептер үшін)', 'Отдел книги на день выдачи (для отчётов)'],
    }),
  ] as const;

// ---- the journals ----

const inventoryBook = defJournal(
  'inventoryBook',
  {
    title: t('Инвентарлық кітап', 'Инвентарная книга'),
    description: t(
      'Әр данаға бір жол; мәліметтер титул бетінен алынады; инвентар нөмірі қайта қолданылмайды.',
      'Одна строка на экземпляр; данные с титульного листа; инвентарный номер не используется повторно.',
    ),
    kind: 'legal',
    source: 'JOURNALS.md "Inventory book" (standard form, columns 1-8); seed guide "Fund documents" 1; titleId is ours',
    protection: 'warning',
    frozenRows: 1,
    frozenColumns: 2,
  },
  [
    col('entryDate', 'date', 'Жазылған күні', 'Дата записи', { required: true }),
    inventoryNo(),
    col('authorTitle', 'text', 'Автор және атауы', 'Автор и заглавие', {
      required: true,
      width: 320,
      note: ['Титул бетінен: автор, атауы, том/бөлім/шығарылым', 'С титульного листа: автор, заглавие, том/часть/выпуск'],
    }),
    col('placeYear', 'text', 'Шыққан жері, жылы', 'Место и год издания', {
      width: 140,
      note: ['Мысалы: Алматы, 1965', 'Например: Алматы, 1965'],
    }),
    money('price', 'Бағасы', 'Цена', { required: true }),
    code('summaryRecordNo', 'Жиынтық есеп №', '№ записи КСУ', {
      width: 100,
      note: [
        'Жиынтық есеп кітабының 1-бөліміндегі түсім жазбасының нөмірі',
        'Номер записи о поступлении в части 1 книги суммарного учёта',
      ],
    }),
    col('checkMark', 'text', 'Тексеру белгісі', 'Отметка о проверке', {
      width: 110,
      note: ['Дана табылған түгендеу жылдары, мысалы: 2024, 2025', 'Годы инвентаризаций, когда экземпляр найден: 2024, 2025'],
    }),
    actNo('writeOffActNo', 'Шығару актісі №', '№ акта выбытия'),
    col('writeOffDate', 'date', 'Шығарылған күні', 'Дата выбытия', { width: 110 }),
    note(),
    titleId(),
  ],
);

const acquisitions = defJournal(
  'acquisitions',
  {
    title: t('Қорды толықтыру журналы', 'Журнал комплектования'),
    description: t(
      'Жаңадан түскен әдебиет: автор, атауы, жылы, бағасы, инвентар нөмірлері.',
      'Новые поступления: автор, заглавие, год, цена, инвентарные номера.',
    ),
    kind: 'legal',
    source: 'seed guide "Fund documents" 2 (author, title, year, price, inventory number); date, copies, sum, links are ours',
    protection: 'warning',
    frozenRows: 1,
  },
  [
    col('date', 'date', 'Түскен күні', 'Дата поступления', { required: true, width: 110 }),
    col('authors', 'text', 'Автор', 'Автор', { width: 180 }),
    col('title', 'text', 'Атауы', 'Заглавие', { required: true, width: 280 }),
    year(),
    money('price', 'Бағасы', 'Цена', { required: true, note: ['Бір дананың бағасы', 'Цена одного экземпляра'] }),
    code('inventoryFrom', 'Инв. № (бастап)', 'Инв. № (с)', { required: true, width: 100 }),
    code('inventoryTo', 'Инв. № (дейін)', 'Инв. № (по)', { required: true, width: 100 }),
    count('copies', 'Дана саны', 'Экз.', { required: true, min: 1 }),
    money('sum', 'Сомасы', 'Сумма'),
    choice('source', 'Түскен көзі', 'Источник поступления', ACQUISITION_SOURCES, { width: 160 }),
    code('summaryRecordNo', 'Жиынтық есеп №', '№ записи КСУ', { width: 100 }),
    titleId(),
  ],
);

const summaryBookReceipts = defJournal(
  'summaryBookReceipts',
  {
    title: t('Жиынтық есеп 1 – Түскені', 'КСУ ч. 1 – Поступление'),
    description: t(
      'Қордың жиынтық есеп кітабы, 1-бөлім: әр партияға және ілеспе құжатқа бір жол.',
      'Книга суммарного учёта, часть 1: одна строка на партию и сопроводительный документ.',
    ),
    kind: 'legal',
    source: 'JOURNALS.md "Summary accounting book", part 1 (receipts); note column is ours',
    protection: 'warning',
    frozenRows: 1,
    frozenColumns: 2,
  },
  [
    col('date', 'date', 'Жазылған күні', 'Дата записи', { required: true }),
    code('recordNo', 'Жазба №', '№ записи', { required: true, width: 80 }),
    choice('source', 'Түскен көзі', 'Источник поступления', ACQUISITION_SOURCES, {
      required: true,
      width: 180,
      note: ['Сатып алу, сыйға, жоғалғанның орнына, т.б.', 'Покупка, дар, взамен утерянных и т. п.'],
    }),
    col('documentNo', 'text', 'Ілеспе құжат №', '№ сопр. документа', {
      width: 120,
      note: [
        'Жүкқұжат немесе шот; құжат болмаса – қабылдау актісі',
        'Накладная или счёт; если документа нет, составляется акт приёма',
      ],
    }),
    col('documentDate', 'date', 'Құжат күні', 'Дата документа', { width: 110 }),
    count('copiesTotal', 'Барлығы, дана', 'Всего, экз.', { required: true, width: 100 }),
    ...byType(),
    money('sum', 'Сомасы', 'Сумма', { required: true, width: 110 }),
    ...bySection(),
    ...byLanguage(),
    note(),
    col('supplier', 'text', 'Жеткізуші / сыйлаушы', 'Поставщик / даритель', { width: 180 }),
  ],
);

const summaryBookWithdrawals = defJournal(
  'summaryBookWithdrawals',
  {
    title: t('Жиынтық есеп 2 – Шығарылғаны', 'КСУ ч. 2 – Выбытие'),
    description: t(
      'Қордың жиынтық есеп кітабы, 2-бөлім: әр есептен шығару актісіне бір жол.',
      'Книга суммарного учёта, часть 2: одна строка на акт списания.',
    ),
    kind: 'legal',
    source:
      'JOURNALS.md "Summary accounting book", part 2 (withdrawals); recordNo as in part 1; by language and note are ours (part 3 needs the language split)',
    protection: 'warning',
    frozenRows: 1,
    frozenColumns: 2,
  },
  [
    col('date', 'date', 'Жазылған күні', 'Дата записи', { required: true }),
    code('recordNo', 'Жазба №', '№ записи', { required: true, width: 80 }),
    actNo('actNo', 'Акт №', '№ акта', true),
    count('copiesTotal', 'Барлығы, дана', 'Всего выбыло, экз.', { required: true, width: 110 }),
    money('sum', 'Сомасы', 'На сумму', { required: true, width: 110 }),
    ...byType(),
    ...bySection(),
    choice('reason', 'Шығару себебі', 'Причина выбытия', WRITE_OFF_REASONS, { required: true, width: 170 }),
    ...byLanguage(),
    note(),
  ],
);

const summaryBookTotals = defJournal(
  'summaryBookTotals',
  {
    title: t('Жиынтық есеп 3 – Қор қозғалысы', 'КСУ ч. 3 – Итоги движения'),
    description: t(
      'Қордың жиынтық есеп кітабы, 3-бөлім: жыл сайын төрт жол – жыл басында, түскені, шығарылғаны, жыл соңында.',
      'Книга суммарного учёта, часть 3: за каждый год четыре строки – на начало, поступило, выбыло, на конец.',
    ),
    kind: 'legal',
    source: 'JOURNALS.md "Summary accounting book", part 3 (movement of the fund); must agree with parts 1 and 2',
    protection: 'warning',
    frozenRows: 1,
    frozenColumns: 2,
  },
  [
    code('year', 'Жыл', 'Год', { required: true, width: 70, note: ['Есеп жылы', 'Отчётный год'] }),
    choice('line', 'Көрсеткіш', 'Показатель', MOVEMENT_LINES, { required: true, width: 190 }),
    count('copies', 'Дана', 'Экз.', { required: true }),
    money('sum', 'Сомасы', 'Сумма', { required: true, width: 120 }),
    ...byType(),
    ...bySection(),
    ...byLanguage(),
    note(),
  ],
);

const writeOffActs = defJournal(
  'writeOffActs',
  {
    title: t('Есептен шығару актілері', 'Акты списания'),
    description: t(
      'Әр актіге бір жол; актінің тізімі – инвентарлық кітаптағы осы акт нөмірі бар даналар.',
      'Одна строка на акт; список акта – экземпляры инвентарной книги с этим номером акта.',
    ),
    kind: 'legal',
    source: 'JOURNALS.md "Write-off act" (header: act no., date, reason, copies, sum, commission, approved by); doc link is ours',
    protection: 'warning',
    frozenRows: 1,
    frozenColumns: 1,
  },
  [
    actNo('actNo', 'Акт №', '№ акта', true),
    col('date', 'date', 'Акт күні', 'Дата акта', { required: true }),
    choice('reason', 'Себебі', 'Причина', WRITE_OFF_REASONS, { required: true, width: 170 }),
    count('copies', 'Дана саны', 'Экз.', { required: true }),
    money('sum', 'Сомасы', 'Сумма', { required: true, width: 110 }),
    col('commission', 'text', 'Комиссия мүшелері', 'Члены комиссии', { width: 240 }),
    col('approvedBy', 'text', 'Бекіткен', 'Утвердил', { width: 180 }),
    url('docLink', 'Акт құжаты', 'Документ акта'),
    note(),
  ],
);

const catalog = defJournal(
  'catalog',
  {
    title: t('Электронды каталог', 'Электронный каталог'),
    description: t(
      'Әр басылымға (атауға) бір библиографиялық жазба; даналары – инвентарлық кітапта.',
      'Одна библиографическая запись на издание (заглавие); экземпляры – в инвентарной книге.',
    ),
    kind: 'register',
    source: 'seed guide sections 2 and 4, "Fund documents" 5; JOURNALS.md "Bibliographic description (GOST 7.1)"; fields are ours',
    protection: 'none',
    frozenRows: 1,
    frozenColumns: 1,
  },
  [
    code('titleId', 'Жазба №', '№ записи', { required: true, width: 80 }),
    col('authors', 'text', 'Авторлар', 'Авторы', {
      width: 200,
      note: ['Тегі А. Ә.; бірнеше автор – нүктелі үтір арқылы', 'Фамилия И. О.; несколько авторов – через точку с запятой'],
    }),
    col('title', 'text', 'Атауы', 'Заглавие', { required: true, width: 280 }),
    col('otherTitleInfo', 'text', 'Атауға қатысты мәлімет', 'Сведения к заглавию', {
      width: 150,
      note: ['Мысалы: поэма', 'Например: поэма'],
    }),
    col('volume', 'text', 'Том, бөлім', 'Том, часть', { width: 90 }),
    col('responsibility', 'text', 'Жауапкершілік мәліметі', 'Сведения об ответственности', {
      width: 180,
      note: ['«/» белгісінен кейінгі бөлік, мысалы: Ш. Әбенов', 'Часть после «/», напр.: Ш. Әбенов'],
    }),
    col('place', 'text', 'Шыққан жері', 'Место издания', { width: 120 }),
    col('publisher', 'text', 'Баспа', 'Издательство', { width: 150 }),
    year(),
    count('pages', 'Бет саны', 'Страниц'),
    col('isbn', 'text', 'ISBN', 'ISBN', { width: 140 }),
    col('bbk', 'text', 'КБЖ (ББК)', 'ББК', { width: 100 }),
    col('udc', 'text', 'ӘОЖ (УДК)', 'УДК', { width: 100 }),
    col('authorSign', 'text', 'Авторлық белгі', 'Авторский знак', { width: 90, note: ['Мысалы: Ә 16', 'Например: Ә 16'] }),
    choice('language', 'Тілі', 'Язык', PUBLICATION_LANGUAGES, { required: true, width: 110 }),
    choice('section', 'Қор бөлімі', 'Раздел фонда', SECTIONS, {
      required: true,
      width: 180,
      note: ['Жиынтық есеп кітабындағы мазмұн бөлімі', 'Раздел по содержанию для книги суммарного учёта'],
    }),
    choice('docType', 'Басылым түрі', 'Вид издания', DOC_TYPES, {
      required: true,
      width: 150,
      note: ['Брошюра – 5–48 бет', 'Брошюра – от 5 до 48 страниц'],
    }),
    col('annotation', 'text', 'Аннотация', 'Аннотация', { width: 300 }),
    col('keywords', 'text', 'Кілт сөздер', 'Ключевые слова', { width: 200 }),
    count('copiesTotal', 'Дана саны', 'Экземпляров', {
      note: ['Қордағы даналар; қосымша жаңартады', 'Экземпляров в фонде; обновляет дополнение'],
    }),
    col('createdOn', 'date', 'Енгізілген күні', 'Дата ввода', { width: 110 }),
  ],
);

const readers = defJournal(
  'readers',
  {
    title: t('Оқырман формулярлары', 'Читательские формуляры'),
    description: t(
      'Әр оқырманға бір жол; оның кітаптары «Кітап беру» парағында.',
      'Одна строка на читателя; его книги – на листе «Выдача книг».',
    ),
    kind: 'register',
    source: 'seed guide "Reader-service documents" 1; JOURNALS.md "Reader formular" (mature system fields)',
    protection: 'none',
    frozenRows: 1,
    frozenColumns: 2,
  },
  [
    ticketNo(),
    col('fullName', 'text', 'Аты-жөні', 'ФИО', { required: true, width: 220 }),
    choice('category', 'Санаты', 'Категория', READER_CATEGORIES, { required: true, width: 120 }),
    col('grade', 'text', 'Сыныбы', 'Класс', { width: 70, note: ['Мысалы: 5А', 'Например: 5А'] }),
    col('school', 'text', 'Мектеп / мекеме', 'Школа / учреждение', { width: 180 }),
    col('address', 'text', 'Мекенжайы', 'Адрес', { width: 220 }),
    col('phone', 'phone', 'Телефоны', 'Телефон'),
    col('email', 'email', 'Эл. поштасы', 'Эл. почта'),
    col('birthDate', 'date', 'Туған күні', 'Дата рождения', { width: 110 }),
    col('registeredOn', 'date', 'Тіркелген күні', 'Дата записи', { required: true, width: 110 }),
    col('reRegisteredOn', 'date', 'Қайта тіркелген күні', 'Дата перерегистрации', { width: 130 }),
    choice('status', 'Мәртебесі', 'Статус', READER_STATUSES, { required: true, width: 160 }),
    note(),
  ],
);

const loans = defJournal(
  'loans',
  {
    title: t('Кітап беру', 'Выдача книг'),
    description: t(
      'Оқырмандардағы кітаптар: әр берілген данаға бір жол; қайтарылғаны мұрағатқа көшеді.',
      'Книги на руках: одна строка на выданный экземпляр; возвращённые переносятся в архив.',
    ),
    kind: 'register',
    source: 'seed guide section 3 (issue and return); JOURNALS.md "Reader formular" (loans below the reader data)',
    protection: 'warning',
    frozenRows: 1,
  },
  loanColumns(),
);

const loanHistory = defJournal(
  'loanHistory',
  {
    title: t('Кітап беру мұрағаты', 'Архив выдачи'),
    description: t(
      'Қайтарылған кітаптар: есептер үшін ғана оқылады, күнделікті жұмысты баяулатпайды.',
      'Возвращённые книги: читаются только отчётами, не замедляют ежедневную работу.',
    ),
    kind: 'log',
    source: 'our design (DESIGN.md "Journals": hot data kept apart from history); same columns as loans',
    protection: 'warning',
    frozenRows: 1,
  },
  loanColumns(),
);

const reservations = defJournal(
  'reservations',
  {
    title: t('Брондау', 'Бронирование'),
    description: t('Оқырмандар брондаған кітаптар.', 'Книги, забронированные читателями.'),
    kind: 'register',
    source: 'seed guide section 3 (reserve a book); fields are ours',
    protection: 'warning',
    frozenRows: 1,
  },
  [
    code('id', 'Бронь №', '№ брони', { required: true }),
    titleId(true),
    ticketNo(),
    col('reservedOn', 'date', 'Брондалған күні', 'Дата брони', { required: true, width: 110 }),
    col('expiresOn', 'date', 'Мерзімі бітеді', 'Действует до', { width: 110 }),
    choice('status', 'Мәртебесі', 'Статус', RESERVATION_STATUSES, { required: true, width: 120 }),
    code('inventoryNo', 'Сақталған дана', 'Отложенный экз.', {
      width: 110,
      note: ['Оқырманға сақталған дананың инв. нөмірі', 'Инв. номер экземпляра, отложенного для читателя'],
    }),
    note(),
  ],
);

const visits = defJournal(
  'visits',
  {
    title: t('Келушілер', 'Посещения'),
    description: t(
      'Кітап алмай келгендер: оқу залы, кеңес, анықтама сұранысы; күнделікті жұмыс журналына түседі.',
      'Посещения без выдачи книг: читальный зал, консультация, справочный запрос; идут в дневник работы.',
    ),
    kind: 'log',
    source: 'issue 4 "Visits" (feed the daily work log); seed guide "Organisational documents" 1; fields are ours',
    protection: 'warning',
    frozenRows: 1,
  },
  [
    col('date', 'date', 'Күні', 'Дата', { required: true }),
    code('ticketNo', 'Билет №', '№ билета', { note: ['Бос: оқырман белгісіз (мысалы, сынып келді)', 'Пусто: читатель не указан (например, пришёл класс)'] }),
    choice('readerGroup', 'Оқырман тобы', 'Группа читателей', READER_GROUPS, { width: 120 }),
    choice('kind', 'Түрі', 'Вид', VISIT_KINDS, { required: true, width: 150 }),
    count('people', 'Адам саны', 'Человек', { required: true, width: 90 }),
    note(),
  ],
);

const replacements = defJournal(
  'replacements',
  {
    title: t('Жоғалғанның орнына алынғандар', 'Замена утерянных изданий'),
    description: t(
      'Оқырмандар жоғалтқан басылымдардың орнына алынған басылымдар.',
      'Издания, принятые от читателей взамен утерянных.',
    ),
    kind: 'register',
    source: 'JOURNALS.md "Replacements for lost books" (Russian instruction, appendix 4); ticketNo, newInventoryNo, note are ours',
    protection: 'none',
    frozenRows: 1,
  },
  [
    col('date', 'date', 'Күні', 'Дата', { required: true }),
    col('readerName', 'text', 'Оқырманның аты-жөні', 'ФИО читателя', { required: true, width: 200 }),
    code('lostInventoryNo', 'Жоғалған: инв. №', 'Утеряно: инв. №', { required: true, width: 110 }),
    col('lostAuthor', 'text', 'Жоғалған: автор', 'Утеряно: автор', { width: 160 }),
    col('lostTitle', 'text', 'Жоғалған: атауы', 'Утеряно: заглавие', { required: true, width: 220 }),
    code('lostYear', 'Жоғалған: жылы', 'Утеряно: год', { width: 90 }),
    money('lostPrice', 'Жоғалған: бағасы', 'Утеряно: цена', { width: 110 }),
    col('lostDepartment', 'text', 'Жоғалған: бөлім', 'Утеряно: отдел', {
      width: 120,
      note: ['Абонемент, оқу залы, т.б.', 'Абонемент, читальный зал и т. п.'],
    }),
    col('newAuthor', 'text', 'Орнына: автор', 'Взамен: автор', { width: 160 }),
    col('newTitle', 'text', 'Орнына: атауы', 'Взамен: заглавие', { required: true, width: 220 }),
    code('newYear', 'Орнына: жылы', 'Взамен: год', { width: 90 }),
    money('newPrice', 'Орнына: бағасы', 'Взамен: цена', { width: 110 }),
    col('newDepartment', 'text', 'Орнына: бөлім', 'Взамен: отдел', { width: 120 }),
    col('readerSigned', 'bool', 'Оқырман қол қойды', 'Подпись читателя', {
      width: 110,
      note: ['Қағаз журналда қол қойылды', 'Читатель расписался в бумажном журнале'],
    }),
    code('ticketNo', 'Билет №', '№ билета'),
    code('newInventoryNo', 'Орнына: инв. №', 'Взамен: инв. №', { width: 110 }),
    note(),
  ],
);

const gifts = defJournal(
  'gifts',
  {
    title: t('Сыйға берілген кітаптар', 'Книги, полученные в дар'),
    description: t(
      'Оқырмандар кітапханаға сыйға берген кітаптар; әр сыйға қабылдау актісі жасалады.',
      'Книги, подаренные библиотеке читателями; на каждый дар составляется акт приёма.',
    ),
    kind: 'register',
    source: 'JOURNALS.md "Gifts from readers" (date, giver, books, copies, sum, act number); note is ours',
    protection: 'none',
    frozenRows: 1,
  },
  [
    col('date', 'date', 'Күні', 'Дата', { required: true }),
    col('giver', 'text', 'Сыйлаушы', 'Даритель', { required: true, width: 200 }),
    col('books', 'text', 'Кітаптар', 'Издания', {
      width: 300,
      note: ['Автор, атауы; толық тізім актіге қоса беріледі', 'Автор, заглавие; полный список прилагается к акту'],
    }),
    count('copies', 'Дана саны', 'Экз.', { required: true }),
    money('sum', 'Сомасы', 'Сумма'),
    actNo('actNo', 'Қабылдау актісі №', '№ акта приёма'),
    note(),
  ],
);

const debtors = defJournal(
  'debtors',
  {
    title: t('Кітап қайтармағандар', 'Задолжники'),
    description: t(
      'Кітапты мерзімінде қайтармаған оқырмандар; қосымша жаңартып отырады.',
      'Читатели, не вернувшие книги в срок; список обновляет дополнение.',
    ),
    kind: 'register',
    source: 'seed guide "Reader-service documents" 4; fields are ours',
    protection: 'warning',
    frozenRows: 1,
    frozenColumns: 2,
  },
  [
    ticketNo(),
    col('fullName', 'text', 'Аты-жөні', 'ФИО', { required: true, width: 220 }),
    col('grade', 'text', 'Сыныбы', 'Класс', { width: 70 }),
    inventoryNo(),
    col('title', 'text', 'Кітап', 'Книга', { width: 260, note: ['Автор және атауы', 'Автор и заглавие'] }),
    col('dueOn', 'date', 'Қайтару мерзімі', 'Срок возврата', { required: true, width: 110 }),
    count('daysOverdue', 'Кешіктірілген күн', 'Дней просрочки', { width: 110 }),
    col('updatedOn', 'date', 'Жаңартылған күні', 'Обновлено', { width: 110 }),
  ],
);

const periodicals = defJournal(
  'periodicals',
  {
    title: t('Мерзімді басылымдар', 'Периодические издания'),
    description: t(
      'Газет-журналдарға жазылым: әр басылымға және жазылым кезеңіне бір жол.',
      'Подписка на газеты и журналы: одна строка на издание и период подписки.',
    ),
    kind: 'register',
    source: 'seed guide "Periodicals"; fields are ours',
    protection: 'none',
    frozenRows: 1,
    frozenColumns: 1,
  },
  [
    col('title', 'text', 'Басылым атауы', 'Название издания', { required: true, width: 220 }),
    choice('kind', 'Түрі', 'Вид', PERIODICAL_KINDS, { required: true, width: 100 }),
    choice('language', 'Тілі', 'Язык', PUBLICATION_LANGUAGES, { width: 110 }),
    count('issuesPerYear', 'Жылына нөмір', 'Номеров в год', { width: 100 }),
    col('periodFrom', 'date', 'Жазылым басы', 'Подписка с', { width: 110 }),
    col('periodTo', 'date', 'Жазылым соңы', 'Подписка по', { width: 110 }),
    money('price', 'Жазылым бағасы', 'Стоимость подписки', { width: 120 }),
    col('index', 'text', 'Жазылым индексі', 'Подписной индекс', { width: 110 }),
    note(),
  ],
);

const periodicalIssues = defJournal(
  'periodicalIssues',
  {
    title: t('Газет-журналдарды тіркеу', 'Регистрация периодики'),
    description: t('Түскен газет-журнал нөмірлерін тіркеу журналы.', 'Журнал регистрации поступивших номеров газет и журналов.'),
    kind: 'register',
    source: 'seed guide "Periodicals" (newspapers and magazines registration journal); fields are ours',
    protection: 'none',
    frozenRows: 1,
  },
  [
    col('periodical', 'text', 'Басылым', 'Издание', {
      required: true,
      width: 220,
      note: ['«Мерзімді басылымдар» парағындағы атауы', 'Название с листа «Периодические издания»'],
    }),
    year(true),
    col('number', 'text', 'Нөмірі', 'Номер', { required: true, width: 80, note: ['Мысалы: 12 немесе 12–13', 'Например: 12 или 12–13'] }),
    col('receivedOn', 'date', 'Түскен күні', 'Дата получения', { required: true, width: 110 }),
    note(),
    code('boundInventoryNo', 'Тігінді инв. №', 'Инв. № подшивки', {
      width: 100,
      note: ['Жылдық тігінді қорға алынғанда: оның инвентар нөмірі', 'Когда годовая подшивка принята в фонд: её инвентарный номер'],
    }),
  ],
);

const articleIndex = defJournal(
  'articleIndex',
  {
    title: t('Мақалалар картотекасы', 'Картотека статей'),
    description: t('Газет-журналдардағы мақалалардың картотекасы.', 'Картотека статей из газет и журналов.'),
    kind: 'register',
    source: 'seed guide "Periodicals" (article card index); JOURNALS.md "Bibliographic description (GOST 7.1)"',
    protection: 'none',
    frozenRows: 1,
  },
  [
    col('authors', 'text', 'Авторлар', 'Авторы', { width: 180 }),
    col('title', 'text', 'Мақала атауы', 'Заглавие статьи', { required: true, width: 280 }),
    col('periodical', 'text', 'Басылым', 'Издание', { required: true, width: 180 }),
    year(),
    col('number', 'text', 'Нөмірі', 'Номер', { width: 70 }),
    col('pages', 'text', 'Беттері', 'Страницы', { width: 80, note: ['Мысалы: 12–15', 'Например: 12–15'] }),
    col('subjects', 'text', 'Тақырыптар', 'Рубрики', { width: 180 }),
    col('bbk', 'text', 'КБЖ (ББК)', 'ББК', { width: 100 }),
    col('description', 'text', 'Библиографиялық сипаттама', 'Библиографическое описание', {
      width: 360,
      note: ['ГОСТ 7.1 бойынша аналитикалық сипаттама', 'Аналитическое описание по ГОСТ 7.1'],
    }),
    choice('language', 'Тілі', 'Язык', PUBLICATION_LANGUAGES, { width: 110 }),
    col('search', 'text', 'Іздеу мәтіні', 'Текст поиска', {
      width: 120,
      note: ['Каталогтан іздеуге арналған, қосымша толтырады', 'Для поиска из каталога, заполняет дополнение'],
    }),
  ],
);

const dailyLog = defJournal(
  'dailyLog',
  {
    title: t('Күнделікті жұмыс журналы', 'Дневник работы библиотеки'),
    description: t(
      'Әр жұмыс күніне бір жол: оқырмандар, келушілер, кітап берілімі, сұраныстар, іс-шаралар. 3 жыл сақталады.',
      'Одна строка на рабочий день: читатели, посещения, выдача, запросы, мероприятия. Хранится 3 года.',
    ),
    kind: 'register',
    source: 'seed guide "Organisational documents" 1; JOURNALS.md "Daily work log" (issue by group); group split is ours',
    protection: 'none',
    frozenRows: 1,
    frozenColumns: 1,
  },
  [
    col('date', 'date', 'Күні', 'Дата', { required: true }),
    count('readersServed', 'Оқырмандар', 'Читателей', { width: 100, note: ['Қызмет көрсетілген оқырмандар', 'Обслужено читателей'] }),
    count('newReaders', 'Жаңа оқырмандар', 'Новых читателей', { width: 110 }),
    count('visits', 'Келушілер', 'Посещений', { width: 100 }),
    count('booksIssued', 'Берілген кітап', 'Выдано книг', { width: 100 }),
    count('issuedGrades1to4', 'Берілді: 1–4 сынып', 'Выдано: 1–4 кл.', { width: 110 }),
    count('issuedGrades5to9', 'Берілді: 5–9 сынып', 'Выдано: 5–9 кл.', { width: 110 }),
    count('issuedGrades10to11', 'Берілді: 10–11 сынып', 'Выдано: 10–11 кл.', { width: 120 }),
    count('issuedTeachers', 'Берілді: мұғалімдер', 'Выдано: учителям', { width: 120 }),
    count('issuedOthers', 'Берілді: басқалар', 'Выдано: прочим', { width: 110 }),
    // Books issued by section (the same keys and sections as the summary book, SUMMARY_SECTION_KEY).
    ...bySection(),
    count('requestsFulfilled', 'Орындалған сұраныс', 'Выполнено запросов', { width: 120 }),
    count('consultations', 'Кеңестер', 'Консультаций', { width: 100 }),
    count('eventsHeld', 'Іс-шаралар', 'Мероприятий', { width: 100 }),
    note(),
  ],
);

const monthlyPlan = defJournal(
  'monthlyPlan',
  {
    title: t('Айлық жоспар', 'План на месяц'),
    description: t(
      'Айдың семинарлары, іс-шаралары, көрмелері және сандық жоспары.',
      'Семинары, мероприятия, выставки и контрольные показатели месяца.',
    ),
    kind: 'plan',
    source: 'seed guide "Organisational documents" 2 (seminars, events, exhibitions, numeric plan); fields are ours',
    protection: 'none',
    frozenRows: 1,
  },
  planColumns('Мысалы: 2025-09', 'Например: 2025-09'),
);

const annualPlan = defJournal(
  'annualPlan',
  {
    title: t('Жылдық жоспар', 'Годовой план'),
    description: t('Кітапхананың бір жылғы барлық жұмысының жоспары.', 'План всей работы библиотеки на год.'),
    kind: 'plan',
    source: 'seed guide "Organisational documents" 3; same columns as the monthly plan (our design)',
    protection: 'none',
    frozenRows: 1,
  },
  planColumns('Оқу жылы, мысалы: 2025-2026', 'Учебный год, например: 2025-2026'),
);

const events = defJournal(
  'events',
  {
    title: t('Іс-шаралар', 'Мероприятия'),
    description: t(
      'Өткізілген іс-шаралар: сценарий мен хаттама құжаттарына сілтеме.',
      'Проведённые мероприятия со ссылками на сценарий и протокол.',
    ),
    kind: 'register',
    source: 'seed guide "Event and exhibition documents" 1-2 (scenario kinds; protocol: agenda, participants, heard, conclusion)',
    protection: 'none',
    frozenRows: 1,
  },
  [
    code('id', 'Іс-шара №', '№ мероприятия', { required: true, width: 90 }),
    col('title', 'text', 'Атауы', 'Название', { required: true, width: 260 }),
    choice('kind', 'Түрі', 'Вид', EVENT_KINDS, { required: true, width: 150 }),
    col('date', 'date', 'Күні', 'Дата', { required: true }),
    col('audience', 'text', 'Аудитория', 'Аудитория', { width: 140, note: ['Мысалы: 5–7 сыныптар', 'Например: 5–7 классы'] }),
    col('responsible', 'text', 'Жауапты', 'Ответственный', { width: 160 }),
    col('partners', 'text', 'Серіктестер', 'Партнёры', { width: 160 }),
    count('participants', 'Қатысушылар саны', 'Участников', { width: 110 }),
    url('protocolLink', 'Хаттама', 'Протокол'),
    url('scenarioLink', 'Сценарий', 'Сценарий'),
    note(),
  ],
);

const exhibitions = defJournal(
  'exhibitions',
  {
    title: t('Кітап көрмелері', 'Книжные выставки'),
    description: t(
      'Кітап көрмелері: тақырыбы, қойылған кітаптар, құжаты мен фотосы.',
      'Книжные выставки: тема, представленные книги, документ и фото.',
    ),
    kind: 'register',
    source: 'seed guide section 6 and "Event and exhibition documents" 3 (full list of books, their information, a photo)',
    protection: 'none',
    frozenRows: 1,
  },
  [
    code('id', 'Көрме №', '№ выставки', { required: true, width: 90 }),
    col('theme', 'text', 'Тақырыбы', 'Тема', { required: true, width: 200 }),
    col('title', 'text', 'Атауы', 'Название', { required: true, width: 240 }),
    col('dateFrom', 'date', 'Басталуы', 'Открыта с', { required: true }),
    col('dateTo', 'date', 'Аяқталуы', 'Открыта по'),
    col('place', 'text', 'Орны', 'Место', { width: 140 }),
    col('books', 'text', 'Кітаптар', 'Книги', {
      width: 260,
      note: ['Инвентар нөмірлері немесе каталог жазбалары, үтір арқылы', 'Инвентарные номера или записи каталога через запятую'],
    }),
    url('docLink', 'Көрме құжаты', 'Документ выставки'),
    url('photoLink', 'Фото', 'Фото'),
  ],
);

const exhibitionBooks = defJournal(
  'exhibitionBooks',
  {
    title: t('Көрмедегі кітаптар', 'Книги на выставках'),
    description: t(
      'Әр көрмеге қойылған кітаптар ретімен: қысқа аннотациясы және QR-кодтың сілтемесі (бос болса – кітаптың инв. нөмірі).',
      'Книги каждой выставки по порядку: краткая аннотация и ссылка для QR-кода (если пусто – инв. номер книги).',
    ),
    kind: 'register',
    source: 'seed guide section 6 (a short annotation, the list of books, QR codes); our design: one row per book of an exhibition',
    protection: 'none',
    frozenRows: 1,
  },
  [
    code('exhibitionId', 'Көрме №', '№ выставки', { required: true, width: 90 }),
    count('position', 'Реті', 'Порядок', { width: 70 }),
    titleId(true),
    col('description', 'text', 'Библиографиялық сипаттама', 'Библиографическое описание', { width: 360 }),
    col('annotation', 'text', 'Аннотация', 'Аннотация', { width: 300, note: ['Ең көбі 300 таңба', 'Не более 300 знаков'] }),
    url('link', 'QR-код сілтемесі', 'Ссылка для QR-кода'),
  ],
);

const scans = defJournal(
  'scans',
  {
    title: t('Сканерленген құжаттар', 'Оцифрованные документы'),
    description: t(
      'Сканерленген құжаттардың тізімі, толық библиографиялық сипаттамасымен; файлдар – Google Drive мұрағатында.',
      'Список оцифрованных документов с полным библиографическим описанием; файлы – в архиве Google Drive.',
    ),
    kind: 'register',
    source: 'seed guide "Digitisation documents" 1-2 (author, title, place, publisher, year, pages); JOURNALS.md GOST 7.1',
    protection: 'none',
    frozenRows: 1,
  },
  [
    code('id', '№', '№', { required: true, width: 60 }),
    col('description', 'text', 'Библиографиялық сипаттама', 'Библиографическое описание', {
      required: true,
      width: 360,
      note: [
        'ГОСТ 7.1: Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.',
        'ГОСТ 7.1: Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.',
      ],
    }),
    col('authors', 'text', 'Авторлар', 'Авторы', { width: 180 }),
    col('title', 'text', 'Атауы', 'Заглавие', { required: true, width: 240 }),
    col('place', 'text', 'Шыққан жері', 'Место издания', { width: 120 }),
    col('publisher', 'text', 'Баспа', 'Издательство', { width: 150 }),
    year(),
    count('pages', 'Бет саны', 'Страниц'),
    col('fileName', 'text', 'Файл атауы', 'Имя файла', { width: 200 }),
    url('fileLink', 'Файл сілтемесі', 'Ссылка на файл'),
    col('mimeType', 'text', 'Файл түрі', 'Тип файла', { width: 130, note: ['Мысалы: application/pdf', 'Например: application/pdf'] }),
    col('uploadedOn', 'date', 'Жүктелген күні', 'Дата загрузки', { width: 110 }),
  ],
);

const contentPlan = defJournal(
  'contentPlan',
  {
    title: t('Контент жоспар', 'Контент-план'),
    description: t(
      'Әлеуметтік желідегі жазбалардың айлық немесе апталық жоспары.',
      'Месячный или недельный план публикаций в социальных сетях.',
    ),
    kind: 'plan',
    source: 'seed guide section 10 (content planning, promotion, announcements); fields are ours',
    protection: 'none',
    frozenRows: 1,
  },
  [
    col('date', 'date', 'Күні', 'Дата', { required: true }),
    choice('channel', 'Желі', 'Соцсеть', SOCIAL_CHANNELS, { required: true, width: 120 }),
    choice('kind', 'Контент түрі', 'Тип контента', CONTENT_KINDS, { required: true, width: 160 }),
    col('topic', 'text', 'Тақырыбы', 'Тема', { required: true, width: 220 }),
    col('text', 'text', 'Жазба мәтіні', 'Текст публикации', { width: 300 }),
    col('responsible', 'text', 'Жауапты', 'Ответственный', { width: 160 }),
    choice('status', 'Мәртебесі', 'Статус', CONTENT_STATUSES, { width: 130 }),
    url('link', 'Сілтеме', 'Ссылка'),
  ],
);

const socialStats = defJournal(
  'socialStats',
  {
    title: t('Әлеуметтік желі статистикасы', 'Статистика соцсетей'),
    description: t(
      'Әр кезеңге және желіге бір жол: жазылушылар, лайк, пікір, қаралым.',
      'Одна строка на период и соцсеть: подписчики, лайки, комментарии, просмотры.',
    ),
    kind: 'register',
    source: 'seed guide section 10.8 (followers, likes, comments, views); fields are ours',
    protection: 'none',
    frozenRows: 1,
  },
  [
    col('period', 'text', 'Кезең', 'Период', { required: true, width: 90, note: ['Мысалы: 2025-09', 'Например: 2025-09'] }),
    choice('channel', 'Желі', 'Соцсеть', SOCIAL_CHANNELS, { required: true, width: 120 }),
    count('followers', 'Жазылушылар', 'Подписчики', { width: 100 }),
    count('posts', 'Жазбалар', 'Публикации', { width: 100 }),
    count('likes', 'Лайктар', 'Лайки'),
    count('comments', 'Пікірлер', 'Комментарии', { width: 100 }),
    count('views', 'Қаралым', 'Просмотры', { width: 100 }),
    note(),
  ],
);

const STOCKTAKE_STATUSES = [opt('open', 'Жүріп жатыр', 'Идёт'), opt('finished', 'Аяқталды', 'Завершена')] as const;

const stocktakes = defJournal(
  'stocktakes',
  {
    title: t('Қорды түгендеу', 'Инвентаризации фонда'),
    description: t(
      'Әр түгендеуге бір жол: басталған және аяқталған күні, нәтижесі (қорда, табылды, оқырманда, жоқ) және нәтиже құжаты.',
      'Одна строка на инвентаризацию: даты начала и окончания, итоги (в фонде, найдено, на руках, недостача) и документ с итогами.',
    ),
    kind: 'register',
    source:
      'JOURNALS.md "Inventory book" column 6 (check mark: stock-taking); the stock-taking result act (counts, missing list, commission); fields are ours',
    protection: 'warning',
    frozenRows: 1,
    frozenColumns: 1,
  },
  [
    code('id', 'Түгендеу №', '№ инвентаризации', { required: true, width: 90 }),
    col('startedOn', 'date', 'Басталған күні', 'Дата начала', { required: true, width: 110 }),
    col('finishedOn', 'date', 'Аяқталған күні', 'Дата окончания', { width: 110 }),
    choice('status', 'Күйі', 'Состояние', STOCKTAKE_STATUSES, {
      required: true,
      width: 110,
      note: ['Бір уақытта тек бір түгендеу жүреді', 'Одновременно идёт только одна инвентаризация'],
    }),
    col('scope', 'text', 'Қамтитыны', 'Охват', {
      width: 200,
      note: [
        'Ескертпе ғана: жоқ даналар бүкіл қор бойынша есептеледі',
        'Только пометка: недостача считается по всему фонду',
      ],
    }),
    count('fundCount', 'Қорда, дана', 'В фонде, экз.', { width: 100, note: ['Аяқталған күні инвентарлық кітап бойынша', 'По инвентарной книге на дату окончания'] }),
    count('foundCount', 'Табылды, дана', 'Найдено, экз.', {
      width: 100,
      note: ['Сөреден табылған қордағы даналар; сканерлеген сайын жаңарады', 'Найденные на полках экземпляры фонда; растёт при каждом сканировании'],
    }),
    count('onLoanCount', 'Оқырманда, дана', 'На руках, экз.', { width: 100 }),
    count('missingCount', 'Жоқ, дана', 'Недостача, экз.', { width: 100 }),
    money('missingSum', 'Жоқтың сомасы', 'Сумма недостачи', { width: 120 }),
    url('docLink', 'Нәтиже құжаты', 'Документ итогов'),
    note(),
  ],
);

const stocktakeFound = defJournal(
  'stocktakeFound',
  {
    title: t('Түгендеуде табылғандар', 'Найдено при инвентаризации'),
    description: t(
      'Түгендеу кезінде сөреден табылған даналар: әр сканерленген инвентар нөміріне бір жол; қосымша жазады.',
      'Экземпляры, найденные на полках при инвентаризации: одна строка на отсканированный инвентарный номер; пишет дополнение.',
    ),
    kind: 'log',
    source: 'our design: the found list of a stock-taking, appended as the librarians scan (issue 3)',
    protection: 'warning',
    frozenRows: 1,
  },
  [
    code('stocktakeId', 'Түгендеу №', '№ инвентаризации', { required: true, width: 90 }),
    inventoryNo(),
    col('foundAt', 'datetime', 'Табылған уақыты', 'Время', { required: true }),
    col('userKey', 'text', 'Пайдаланушы', 'Пользователь', {
      width: 160,
      note: ['Пайдаланушының уақытша кілті (эл. пошта емес)', 'Временный ключ пользователя (не эл. почта)'],
    }),
    col('key', 'text', 'Іздеу кілті', 'Ключ поиска', {
      width: 110,
      note: [
        'Түгендеу № : инв. №; қайта сканерлегенді табу үшін, қолмен өзгертпеңіз',
        '№ инвентаризации : инв. №; чтобы узнать повторное сканирование, не правьте вручную',
      ],
    }),
  ],
);

const catalogIndex = defJournal(
  'catalogIndex',
  {
    title: t('Каталог индексі', 'Индекс каталога'),
    description: t(
      'Іздеуге арналған көмекші парақ: әр атауға бір жол, даналары мен күйі; қосымша өзі жаңартады, қолмен өзгертпеңіз.',
      'Служебный лист для поиска: одна строка на заглавие, его экземпляры и их состояние; ведёт дополнение, не правьте вручную.',
    ),
    kind: 'index',
    source:
      'our design (DESIGN.md "hot data stays small"): catalogue search reads the rows a text finder returns here, not the whole catalogue and inventory book',
    protection: 'warning',
    frozenRows: 1,
    hidden: true,
  },
  [
    code('titleId', 'Жазба №', '№ записи', { required: true, width: 80 }),
    col('isbnKey', 'text', 'ISBN кілті', 'Ключ ISBN', { width: 130, note: ['ISBN-13 цифрлары', 'Цифры ISBN-13'] }),
    col('matchKey', 'text', 'Сәйкестік кілті', 'Ключ совпадения', {
      width: 220,
      note: ['Автор | атауы | жылы, кіші әріппен', 'Автор | заглавие | год, строчными'],
    }),
    col('search', 'text', 'Іздеу мәтіні', 'Текст поиска', { width: 300 }),
    col('description', 'text', 'Библиографиялық сипаттама', 'Библиографическое описание', { width: 360 }),
    col('shelfMark', 'text', 'Шифр', 'Шифр', { width: 140 }),
    col('copies', 'text', 'Даналар', 'Экземпляры', {
      width: 260,
      note: [
        'Инв. нөмірлері және күйі: 123 – сөреде, 124:w – шығарылған, 125:l2026-12-10 – оқырманда',
        'Инв. номера и состояние: 123 – на полке, 124:w – списан, 125:l2026-12-10 – на руках',
      ],
    }),
    col('updatedAt', 'datetime', 'Жаңартылған', 'Обновлено'),
  ],
);

const auditLog = defJournal(
  'auditLog',
  {
    title: t('Әрекеттер журналы', 'Журнал операций'),
    description: t(
      'Қосымша жасаған әрбір операция; тек қосымша жазады.',
      'Каждая операция, выполненная дополнением; пишет только дополнение.',
    ),
    kind: 'log',
    source: 'our design',
    protection: 'warning',
    frozenRows: 1,
    hidden: true,
  },
  [
    col('at', 'datetime', 'Уақыты', 'Время', { required: true }),
    col('operation', 'text', 'Операция', 'Операция', { required: true, width: 160 }),
    col('entity', 'text', 'Нысан', 'Объект', { width: 130 }),
    col('entityId', 'text', 'Нысан коды', 'ID объекта', { width: 110 }),
    col('details', 'text', 'Мәліметтер (JSON)', 'Подробности (JSON)', { width: 400 }),
    col('userKey', 'text', 'Пайдаланушы', 'Пользователь', {
      width: 160,
      note: ['Пайдаланушының уақытша кілті (эл. пошта емес)', 'Временный ключ пользователя (не эл. почта)'],
    }),
  ],
);

const settings = defJournal(
  'settings',
  {
    title: t('Баптаулар', 'Настройки'),
    description: t(
      'Кітапхана баптаулары: әр баптауға бір жол; «Мәні» бағанын өзгертуге болады.',
      'Настройки библиотеки: одна строка на настройку; менять можно столбец «Значение».',
    ),
    kind: 'settings',
    source: 'our design',
    protection: 'none',
    frozenRows: 1,
  },
  [
    col('key', 'text', 'Кілт', 'Ключ', { required: true, width: 160 }),
    col('title', 'text', 'Атауы', 'Название', { width: 260 }),
    col('value', 'text', 'Мәні', 'Значение', { width: 200 }),
    col('note', 'text', 'Түсініктеме', 'Пояснение', { width: 320 }),
  ],
);

/** Every journal, in the tab order the librarian sees. */
export const JOURNALS = [
  inventoryBook,
  acquisitions,
  summaryBookReceipts,
  summaryBookWithdrawals,
  summaryBookTotals,
  writeOffActs,
  catalog,
  readers,
  loans,
  loanHistory,
  visits,
  reservations,
  replacements,
  gifts,
  debtors,
  periodicals,
  periodicalIssues,
  articleIndex,
  dailyLog,
  monthlyPlan,
  annualPlan,
  events,
  exhibitions,
  exhibitionBooks,
  scans,
  contentPlan,
  socialStats,
  stocktakes,
  stocktakeFound,
  catalogIndex,
  auditLog,
  settings,
] as const satisfies readonly JournalDef[];

type AnyJournal = (typeof JOURNALS)[number];
export type JournalId = AnyJournal['id'];
/** The exact definition of one journal, with its literal column keys. */
export type JournalOf<J extends JournalId> = Extract<AnyJournal, { readonly id: J }>;
/** The column keys of one journal, e.g. ColumnKey<'readers'> = 'ticketNo' | 'fullName' | ... */
export type ColumnKey<J extends JournalId> = JournalOf<J>['columns'][number]['key'];
