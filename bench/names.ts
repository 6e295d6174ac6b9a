/**
 * The vocabulary of the generated library: Kazakh and Russian names, authors, works, textbook subjects,
 * publishers and BBK indexes. Pure data; the generator draws from it with a seeded PRNG.
 */
import type { PublicationLanguage, SectionCode } from '../sheets-template/options';

/** Kazakh surnames in the masculine form; the feminine adds "а" (Әбенов → Әбенова). */
export const KK_SURNAMES = [
  'Әбенов', 'Нұрланов', 'Серікбаев', 'Жұмабаев', 'Омаров', 'Қасымов', 'Ахметов', 'Сейітов', 'Байжанов', 'Тәжібаев',
  'Мұқанов', 'Есенов', 'Оспанов', 'Сәрсенбаев', 'Құдайбергенов', 'Бекмағамбетов', 'Төлегенов', 'Исаев', 'Жақсылықов',
  'Әлімжанов', 'Нұрпейісов', 'Байтұрсынов', 'Шәкенов', 'Қайратов', 'Ермеков', 'Дәулетов', 'Сағындықов', 'Мамыров',
  'Рахымов', 'Тұрсынов', 'Қалиев', 'Әбдірахманов', 'Жанұзақов', 'Мырзахметов', 'Ілиясов', 'Смағұлов',
];
export const KK_MALE = [
  'Нұрлан', 'Ерлан', 'Асқар', 'Дәулет', 'Арман', 'Әлихан', 'Темірлан', 'Ержан', 'Бауыржан', 'Данияр', 'Нұрсұлтан',
  'Айбек', 'Ерасыл', 'Санжар', 'Әділет', 'Ілияс', 'Мирас', 'Алмас', 'Серік', 'Қайрат', 'Жандос', 'Ақжол',
];
export const KK_FEMALE = [
  'Айгүл', 'Әсел', 'Дана', 'Жансая', 'Мадина', 'Аружан', 'Балжан', 'Гүлнар', 'Ақбота', 'Камила', 'Айару', 'Томирис',
  'Әйгерім', 'Інжу', 'Мөлдір', 'Назерке', 'Сәуле', 'Жанар', 'Ұлжан', 'Дариға', 'Перизат', 'Құралай',
];
export const RU_SURNAMES = [
  'Иванов', 'Петров', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев', 'Козлов', 'Новиков', 'Морозов',
  'Волков', 'Алексеев', 'Фёдоров', 'Михайлов', 'Павлов', 'Семёнов', 'Голубев', 'Виноградов', 'Богданов', 'Воробьёв',
];
export const RU_MALE = ['Александр', 'Дмитрий', 'Максим', 'Иван', 'Артём', 'Никита', 'Михаил', 'Кирилл', 'Егор', 'Андрей', 'Сергей', 'Владимир'];
export const RU_FEMALE = ['Анна', 'Мария', 'Екатерина', 'Дарья', 'Ольга', 'Анастасия', 'Полина', 'Виктория', 'Елена', 'Софья', 'Алина', 'Наталья'];
/** Russian patronymics from these fathers' names: "Сергеевич" / "Сергеевна". */
export const RU_FATHERS: Array<[string, string]> = [
  ['Сергеевич', 'Сергеевна'], ['Александрович', 'Александровна'], ['Владимирович', 'Владимировна'], ['Николаевич', 'Николаевна'],
  ['Андреевич', 'Андреевна'], ['Викторович', 'Викторовна'], ['Игоревич', 'Игоревна'], ['Олегович', 'Олеговна'],
];

export interface Work {
  author: string; // "Әуезов М."
  responsibility: string; // "М. Әуезов"
  title: string;
  otherTitleInfo?: string;
  lang: PublicationLanguage;
  section: SectionCode;
  pages: [number, number];
}

/** Works a Kazakh school library holds in several editions. */
export const WORKS: Work[] = [
  { author: 'Әуезов М.', responsibility: 'М. Әуезов', title: 'Абай жолы', otherTitleInfo: 'роман-эпопея', lang: 'kk', section: 'fiction', pages: [380, 520] },
  { author: 'Нұрпейісов Ә.', responsibility: 'Ә. Нұрпейісов', title: 'Қан мен тер', otherTitleInfo: 'трилогия', lang: 'kk', section: 'fiction', pages: [400, 600] },
  { author: 'Есенберлин І.', responsibility: 'І. Есенберлин', title: 'Көшпенділер', otherTitleInfo: 'тарихи трилогия', lang: 'kk', section: 'fiction', pages: [450, 700] },
  { author: 'Сөкенов Б.', responsibility: 'Б. Сөкенов', title: 'Менің атым Қожа', otherTitleInfo: 'повесть', lang: 'kk', section: 'children', pages: [120, 180] },
  { author: 'Құнанбайұлы А.', responsibility: 'Абай Құнанбайұлы', title: 'Қара сөздер', lang: 'kk', section: 'fiction', pages: [90, 160] },
  { author: 'Аймауытов Ж.', responsibility: 'Ж. Аймауытов', title: 'Ақбілек', otherTitleInfo: 'роман', lang: 'kk', section: 'fiction', pages: [220, 300] },
  { author: 'Дулатов М.', responsibility: 'М. Дулатов', title: 'Бақытсыз Жамал', otherTitleInfo: 'роман', lang: 'kk', section: 'fiction', pages: [100, 140] },
  { author: 'Әбенов Ш.', responsibility: 'Ш. Әбенов', title: 'Қозы-Көрпеш – Баянсұлу', otherTitleInfo: 'поэма', lang: 'kk', section: 'fiction', pages: [100, 130] },
  { author: 'Мүсірепов Ғ.', responsibility: 'Ғ. Мүсірепов', title: 'Ұлпан', otherTitleInfo: 'роман', lang: 'kk', section: 'fiction', pages: [200, 260] },
  { author: 'Майлин Б.', responsibility: 'Б. Майлин', title: 'Шұғаның белгісі', otherTitleInfo: 'повесть', lang: 'kk', section: 'fiction', pages: [80, 120] },
  { author: 'Мағауин М.', responsibility: 'М. Мағауин', title: 'Аласапыран', otherTitleInfo: 'роман', lang: 'kk', section: 'fiction', pages: [500, 640] },
  { author: 'Жұмабаев М.', responsibility: 'М. Жұмабаев', title: 'Шолпанның күнәсі', otherTitleInfo: 'әңгімелер', lang: 'kk', section: 'fiction', pages: [150, 220] },
  { author: 'Тоқмағамбетов А.', responsibility: 'А. Тоқмағамбетов', title: 'Балалар әлемі', otherTitleInfo: 'өлеңдер', lang: 'kk', section: 'children', pages: [40, 90] },
  { author: 'Бекхожин Қ.', responsibility: 'Қ. Бекхожин', title: 'Мұхтар жайлы сыр', lang: 'kk', section: 'philology', pages: [180, 240] },
  { author: 'Байтұрсынұлы А.', responsibility: 'А. Байтұрсынұлы', title: 'Әдебиет танытқыш', lang: 'kk', section: 'philology', pages: [200, 280] },
  { author: 'Толстой Л. Н.', responsibility: 'Л. Н. Толстой', title: 'Война и мир', otherTitleInfo: 'роман', lang: 'ru', section: 'fiction', pages: [700, 1300] },
  { author: 'Достоевский Ф. М.', responsibility: 'Ф. М. Достоевский', title: 'Преступление и наказание', otherTitleInfo: 'роман', lang: 'ru', section: 'fiction', pages: [480, 600] },
  { author: 'Пушкин А. С.', responsibility: 'А. С. Пушкин', title: 'Капитанская дочка', otherTitleInfo: 'повесть', lang: 'ru', section: 'fiction', pages: [140, 200] },
  { author: 'Гоголь Н. В.', responsibility: 'Н. В. Гоголь', title: 'Мёртвые души', otherTitleInfo: 'поэма', lang: 'ru', section: 'fiction', pages: [320, 420] },
  { author: 'Лермонтов М. Ю.', responsibility: 'М. Ю. Лермонтов', title: 'Герой нашего времени', otherTitleInfo: 'роман', lang: 'ru', section: 'fiction', pages: [180, 240] },
  { author: 'Тургенев И. С.', responsibility: 'И. С. Тургенев', title: 'Отцы и дети', otherTitleInfo: 'роман', lang: 'ru', section: 'fiction', pages: [220, 300] },
  { author: 'Чехов А. П.', responsibility: 'А. П. Чехов', title: 'Рассказы', lang: 'ru', section: 'fiction', pages: [250, 380] },
  { author: 'Носов Н. Н.', responsibility: 'Н. Н. Носов', title: 'Приключения Незнайки и его друзей', lang: 'ru', section: 'children', pages: [160, 240] },
  { author: 'Бианки В. В.', responsibility: 'В. В. Бианки', title: 'Лесная газета', lang: 'ru', section: 'children', pages: [120, 200] },
  { author: 'Драгунский В. Ю.', responsibility: 'В. Ю. Драгунский', title: 'Денискины рассказы', lang: 'ru', section: 'children', pages: [120, 180] },
  { author: 'Ахматова А. А.', responsibility: 'А. А. Ахматова', title: 'Стихотворения и поэмы', lang: 'ru', section: 'fiction', pages: [300, 420] },
  { author: 'Ушинский К. Д.', responsibility: 'К. Д. Ушинский', title: 'Человек как предмет воспитания', lang: 'ru', section: 'pedagogy', pages: [380, 460] },
  { author: 'Сухомлинский В. А.', responsibility: 'В. А. Сухомлинский', title: 'Сердце отдаю детям', lang: 'ru', section: 'pedagogy', pages: [260, 320] },
  { author: 'Rowling J. K.', responsibility: 'J. K. Rowling', title: 'Harry Potter and the Philosopher\'s Stone', lang: 'en', section: 'children', pages: [220, 330] },
  { author: 'Twain M.', responsibility: 'M. Twain', title: 'The Adventures of Tom Sawyer', lang: 'en', section: 'children', pages: [200, 280] },
];

/** Textbook subjects: [Kazakh, Russian, lowest grade, highest grade]. */
export const SUBJECTS: Array<[string, string, number, number]> = [
  ['Әліппе', 'Букварь', 1, 1],
  ['Ана тілі', 'Обучение грамоте', 1, 2],
  ['Әдебиеттік оқу', 'Литературное чтение', 2, 4],
  ['Қазақ тілі', 'Казахский язык', 1, 11],
  ['Қазақ әдебиеті', 'Казахская литература', 5, 11],
  ['Орыс тілі', 'Русский язык', 1, 11],
  ['Ағылшын тілі', 'Английский язык', 1, 11],
  ['Математика', 'Математика', 1, 6],
  ['Алгебра', 'Алгебра', 7, 11],
  ['Геометрия', 'Геометрия', 7, 11],
  ['Жаратылыстану', 'Естествознание', 1, 6],
  ['Физика', 'Физика', 7, 11],
  ['Химия', 'Химия', 7, 11],
  ['Биология', 'Биология', 7, 11],
  ['География', 'География', 7, 11],
  ['Қазақстан тарихы', 'История Казахстана', 5, 11],
  ['Дүниежүзі тарихы', 'Всемирная история', 5, 11],
  ['Информатика', 'Информатика', 5, 11],
  ['Көркем еңбек', 'Художественный труд', 1, 9],
  ['Музыка', 'Музыка', 1, 6],
];

/** Topics of popular science and reference books: [Kazakh, Russian, section]. */
export const TOPICS: Array<[string, string, SectionCode]> = [
  ['Ғарыш', 'Космос', 'natural'],
  ['Жануарлар', 'Животные', 'natural'],
  ['Өсімдіктер', 'Растения', 'natural'],
  ['Адам денесі', 'Тело человека', 'applied'],
  ['Техника', 'Техника', 'applied'],
  ['Компьютер', 'Компьютер', 'applied'],
  ['Ұлы дала тарихы', 'История Великой степи', 'social'],
  ['Қазақ халқының салт-дәстүрлері', 'Традиции казахского народа', 'social'],
  ['Құқық негіздері', 'Основы права', 'social'],
  ['Мектептегі тәрбие', 'Воспитание в школе', 'pedagogy'],
  ['Сабақ жоспарлау', 'Планирование урока', 'pedagogy'],
  ['Қазақ тілінің грамматикасы', 'Грамматика казахского языка', 'philology'],
  ['Шешендік өнер', 'Ораторское искусство', 'philology'],
  ['Ертегілер', 'Сказки', 'children'],
  ['Жұмбақтар', 'Загадки', 'children'],
];
export const TOPIC_FORMS_KK = ['{t} әлемі', '{t} туралы 100 сұрақ', '{t}: энциклопедия', 'Балаларға {t} туралы', '{t}: оқу құралы'];
export const TOPIC_FORMS_RU = ['Мир: {t}', '{t}: 100 вопросов и ответов', '{t}: энциклопедия', 'Детям о теме «{t}»', '{t}: учебное пособие'];

/** Place and publisher, as the title page gives them (GOST 7.1 area "Алматы : Жазушы"). */
export const PUBLISHERS: Record<'kk' | 'ru' | 'en' | 'textbook-kk' | 'textbook-ru', Array<[string, string]>> = {
  kk: [['Алматы', 'Жазушы'], ['Алматы', 'Өнер'], ['Астана', 'Фолиант'], ['Астана', 'Аударма'], ['Алматы', 'Балауса'], ['Алматы', 'Жібек жолы']],
  ru: [['Москва', 'Просвещение'], ['Москва', 'Эксмо'], ['Санкт-Петербург', 'Азбука'], ['Астана', 'Фолиант'], ['Алматы', 'Атамұра']],
  en: [['London', 'Bloomsbury'], ['New York', 'Penguin']],
  'textbook-kk': [['Алматы', 'Атамұра'], ['Алматы', 'Мектеп'], ['Алматы', 'Арман-ПВ'], ['Алматы', 'Алматыкітап баспасы']],
  'textbook-ru': [['Алматы', 'Атамұра'], ['Алматы', 'Мектеп'], ['Алматы', 'Алматыкітап баспасы'], ['Москва', 'Просвещение']],
};

/** BBK (ББК) indexes by section of the summary book. */
export const BBK: Record<SectionCode, string[]> = {
  natural: ['22.1', '26.8', '28.0', '28.6', '20.1'],
  applied: ['32.97', '30.1', '51.2', '40.0'],
  social: ['63.3(5Каз)', '63.5', '67.0', '60.5'],
  pedagogy: ['74.0', '74.2', '74.1'],
  philology: ['81.2Каз', '83.3(5Каз)', '81.2Рус'],
  fiction: ['84(5Каз)', '84(2Рос=Рус)', '84(4Вел)'],
  children: ['84(5Каз)-5', '84(2Рос=Рус)6', '84(4Вел)-5'],
  textbooks: ['74.262', '74.268', '74.261'],
};

export const ACQUISITION_SOURCES = ['Сатып алу', 'Облыстық білім басқармасы', 'Демеушілік', 'Сыйға'];
export const EVENT_TITLES = [
  'Абай оқулары', 'Кітап – білім бұлағы', 'Тіл мерекесі', 'Оқырмандар конференциясы', 'Жаңа кітаптармен танысу',
  'Мағжан поэзиясы кеші', 'Ертегілер әлеміне саяхат', 'Наурыз мерекесі', 'Ұлы Жеңіс күні', 'Кітапханаға алғашқы саяхат',
];
export const WRITE_OFF_COMMISSION = 'Сәрсенбаева Г. Қ.; Омаров Е. Т.; Иванова О. С.';
export const DIRECTOR = 'Жақсылықова А. Б.';
