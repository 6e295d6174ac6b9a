/**
 * The report Docs as models: what the director reads is the period's figures with last year's beside
 * them, named so she finds it, with a chart, and no reader's name anywhere. The fixture is a small
 * November 2026 (and November 2025) of a library, counted by hand below.
 */
import { contentWidth, plainText, validateModel, type ChartBlock, type DocModel, type TableBlock, cellText } from '../../../src/docs/model';
import { changeText, countText, moneyText, percentText, ratioText, reportDocName, statisticalReport, type ReportData } from '../../../src/docs/report';
import { writtenReport } from '../../../src/docs/written-report';
import { emptyBreakdown, addCopies } from '../../../src/domain/fund';
import { parseReportPeriod, type Period } from '../../../src/domain/periods';
import { dailyFigures, loggedDay, periodReport, type StatisticsInputs } from '../../../src/domain/statistics';
import { monthIssues } from '../../../src/usecases/reports';

const NAMES = ['Әбенова Айгүл Серікқызы', 'Ли Мария', 'Жұмабаев Асқар'];

function entry(date: string, copies: Array<[docType: 'book' | 'brochure', section: 'fiction' | 'textbooks' | 'pedagogy', language: 'kk' | 'ru', n: number, priceTiyn: number]>) {
  const figures = emptyBreakdown();
  for (const [docType, section, language, n, price] of copies) addCopies(figures, { docType, section, language }, n, price);
  return { date, figures };
}

/** Readers carry a name here (as the readers journal does) to prove the Doc never shows it. */
const INPUTS: StatisticsInputs = {
  readers: [
    { ticketNo: 1, category: 'pupil', grade: '5А', registeredOn: '2025-09-01', reRegisteredOn: '', status: 'active', fullName: NAMES[0] },
    { ticketNo: 2, category: 'pupil', grade: '10Б', registeredOn: '2026-11-05', reRegisteredOn: '', status: 'active', fullName: NAMES[1] },
    { ticketNo: 3, category: 'teacher', grade: '', registeredOn: '2024-01-10', reRegisteredOn: '', status: 'active', fullName: NAMES[2] },
  ] as unknown as StatisticsInputs['readers'],
  loans: [
    { loanId: 1, ticketNo: 1, issuedOn: '2026-11-03', returnedOn: '2026-11-20', readerGroup: 'grades5to9', section: 'fiction' },
    { loanId: 2, ticketNo: 1, issuedOn: '2026-11-20', returnedOn: '', readerGroup: 'grades5to9', section: 'textbooks' },
    { loanId: 3, ticketNo: 2, issuedOn: '2026-11-10', returnedOn: '', readerGroup: 'grades10to11', section: 'fiction' },
    { loanId: 4, ticketNo: 3, issuedOn: '2026-11-10', returnedOn: '', readerGroup: 'teachers', section: 'pedagogy' },
    { loanId: 5, ticketNo: 1, issuedOn: '2025-11-12', returnedOn: '2025-11-30', readerGroup: 'grades5to9', section: 'fiction' },
    { loanId: 6, ticketNo: 3, issuedOn: '2025-11-02', returnedOn: '2025-11-15', readerGroup: 'teachers', section: 'pedagogy' },
  ],
  visits: [
    { date: '2026-11-03', ticketNo: 1, readerGroup: 'grades5to9', kind: 'readingRoom', people: 1 },
    { date: '2026-11-15', ticketNo: null, readerGroup: 'grades1to4', kind: 'readingRoom', people: 20 },
    { date: '2026-11-16', ticketNo: 3, readerGroup: 'teachers', kind: 'reference', people: 1 },
  ],
  events: [
    { date: '2026-11-18', kind: 'quiz', participants: 25 },
    { date: '2025-11-20', kind: 'meeting', participants: 30 },
  ],
  exhibitions: [
    { dateFrom: '2026-11-01', dateTo: '2026-11-30' },
    { dateFrom: '2026-10-01', dateTo: '2026-11-10' },
  ],
  receipts: [
    entry('2025-03-01', [['book', 'fiction', 'kk', 80, 100000]]),
    entry('2026-09-01', [['book', 'fiction', 'kk', 60, 150000], ['book', 'textbooks', 'ru', 40, 250000]]),
    entry('2026-11-20', [['brochure', 'pedagogy', 'ru', 10, 50000]]),
  ],
  withdrawals: [entry('2026-11-25', [['book', 'fiction', 'kk', 5, 100000]])],
  plans: [
    { period: '2026-11', kind: 'indicator', indicator: 'booksIssued', planned: 5 },
    { period: '2026-11', kind: 'indicator', indicator: 'visits', planned: 40 },
  ],
};

const HEADER = { schoolName: '№12 мектеп-гимназия', libraryName: 'Мектеп кітапханасы' };
const period = (kind: 'monthly' | 'quarterly' | 'annual' | 'written', text: string): Period => parseReportPeriod(kind, text)!;

function data(p: Period, today = '2026-12-01'): ReportData {
  return { report: periodReport(p, INPUTS), header: HEADER, today, months: p.kind === 'monthly' ? undefined : monthIssues(p, INPUTS) };
}

const lines = (m: DocModel) => plainText(m).split('\n');
const row = (m: DocModel, label: string) => lines(m).find((l) => l.startsWith(`${label}\t`));
const charts = (m: DocModel) => m.blocks.filter((b): b is ChartBlock => b.kind === 'chart');

describe('number formats', () => {
  it('prints counts, money, ratios, percents and changes as documents do', () => {
    expect(countText(20000)).toBe('20\u00A0000');
    expect(moneyText(125050)).toBe('1\u00A0250,50');
    expect(ratioText(1.333)).toBe('1,33');
    expect(ratioText(null)).toBe('–');
    expect(percentText(62.5)).toBe('62,5');
    expect(changeText(4, 2)).toBe('+2');
    expect(changeText(2, 4)).toBe('−2');
    expect(changeText(1.33, 1, 2)).toBe('+0,33');
    expect(changeText(null, 1)).toBe('–');
  });
});

describe('the monthly statistical report', () => {
  const kk = statisticalReport('monthly', data(period('monthly', '2026-11')), 'kk');
  const ru = statisticalReport('monthly', data(period('monthly', '2026-11')), 'ru');

  it('is a valid landscape Doc named so the director finds it, in the workbook language', () => {
    expect(validateModel(kk)).toEqual([]);
    expect(kk.landscape).toBe(true);
    expect(kk.name).toBe('2026-11 — Ай сайынғы есеп');
    expect(ru.name).toBe('2026-11 — Ежемесячный отчёт');
    expect(lines(kk)[0]).toBe('КІТАПХАНАНЫҢ АЙ САЙЫНҒЫ СТАТИСТИКАЛЫҚ ЕСЕБІ');
    expect(lines(kk)).toContain('Мектеп кітапханасы — №12 мектеп-гимназия');
    expect(plainText(kk)).toContain('Есепті кезең: 2026 жылғы қараша (01.11.2026 – 30.11.2026). Салыстыру: өткен жылдың сол кезеңі (01.11.2025 – 30.11.2025).');
    expect(plainText(ru)).toContain('Отчётный период: ноябрь 2026 г. (01.11.2026 – 30.11.2026).');
  });

  it('gives each figure beside last year’s, with the change (counted by hand)', () => {
    // Issues: 4 this November (2 by 5–9, 1 by 10–11, 1 teacher), 2 last November.
    expect(row(kk, 'Берілген кітаптар (дана)')).toBe('Берілген кітаптар (дана)\t4\t2\t+2');
    expect(row(kk, '5–9 сынып')).toBe('5–9 сынып\t1\t1\t0'); // the readers' table comes first: 1 pupil of 5–9 both years
    // Readers on the register: 3 (the new 10Б pupil), 2 last year.
    expect(row(kk, 'Оқырмандар саны (кезеңде тізімде болғандар)')).toBe('Оқырмандар саны (кезеңде тізімде болғандар)\t3\t2\t+1');
    expect(row(ru, 'Записано за период')).toBe('Записано за период\t1\t0\t+1');
    // Visits: 1 + 20 (a class) + 1 reference + 3 who came for a book = 25; last year 4 who came for a book.
    expect(row(kk, 'Келушілер саны')).toBe('Келушілер саны\t25\t4\t+21');
    expect(row(kk, 'Кітап алуға немесе қайтаруға')).toBe('Кітап алуға немесе қайтаруға\t3\t4\t−1');
    // Events and exhibitions.
    expect(row(kk, 'Өткізілген іс-шаралар')).toBe('Өткізілген іс-шаралар\t1\t1\t0');
    expect(row(kk, 'Іс-шараларға қатысушылар')).toBe('Іс-шараларға қатысушылар\t25\t30\t−5');
    expect(row(kk, 'Ашылған кітап көрмелері')).toBe('Ашылған кітап көрмелері\t1\t0\t+1');
    expect(row(kk, 'Кезеңде қойылған көрмелер')).toBe('Кезеңде қойылған көрмелер\t2\t0\t+2');
    expect(row(kk, 'Орындалған анықтамалар')).toBe('Орындалған анықтамалар\t1\t0\t+1');
  });

  it('gives the fund as the summary book counts it: start, received, withdrawn, end, in copies and tenge', () => {
    // Start of November 2026: 80 (2025) + 100 (September 2026) = 180 copies, 80 000 + 90 000 + 100 000 tenge.
    expect(row(kk, 'Кезең басында болғаны')).toBe('Кезең басында болғаны\t180\t270\u00A0000,00\t80\t80\u00A0000,00');
    expect(row(kk, 'Кезеңде түскені')).toBe('Кезеңде түскені\t10\t5\u00A0000,00\t0\t0,00');
    expect(row(kk, 'Кезеңде шығарылғаны')).toBe('Кезеңде шығарылғаны\t5\t5\u00A0000,00\t0\t0,00');
    expect(row(kk, 'Кезең соңында болғаны')).toBe('Кезең соңында болғаны\t185\t270\u00A0000,00\t80\t80\u00A0000,00');
    // The make-up: fiction 140 at the start (80 + 60), 5 withdrawn, 135 at the end; last year 80 throughout.
    expect(row(kk, 'Көркем әдебиет')).toBe('Көркем әдебиет\t140\t80\t0\t0\t5\t0\t135\t80');
    expect(row(kk, 'Брошюра')).toBe('Брошюра\t0\t0\t10\t0\t0\t0\t10\t0');
    expect(row(ru, 'На русском языке')).toBe('На русском языке\t40\t0\t10\t0\t0\t0\t50\t0');
  });

  it('gives the four standard indicators beside last year’s', () => {
    expect(row(kk, 'Оқу белсенділігі (кітап берілімі ÷ оқырмандар)')).toBe('Оқу белсенділігі (кітап берілімі ÷ оқырмандар)\t1,33\t1,00\t+0,33');
    expect(row(kk, 'Келу жиілігі (келушілер ÷ оқырмандар)')).toBe('Келу жиілігі (келушілер ÷ оқырмандар)\t8,33\t2,00\t+6,33');
    expect(row(kk, 'Қордың айналымы (кітап берілімі ÷ қордағы дана)')).toBe('Қордың айналымы (кітап берілімі ÷ қордағы дана)\t0,02\t0,03\t−0,01');
    expect(row(ru, 'Книгообеспеченность (экз. в фонде ÷ читатели)')).toBe('Книгообеспеченность (экз. в фонде ÷ читатели)\t61,67\t40,00\t+21,67');
  });

  it('gives plan vs actual in percent, with last year’s actual', () => {
    expect(row(kk, 'Кітап берілімі')).toBe('Кітап берілімі\t5\t4\t80,0\t2');
    expect(lines(kk)).toContain('Келушілер саны\t40\t25\t62,5\t4');
    expect(row(ru, 'Число мероприятий')).toBe('Число мероприятий\t–\t1\t–\t1');
  });

  it('draws one chart: books issued by reader group, this November beside last', () => {
    const [c] = charts(kk);
    expect(charts(kk)).toHaveLength(1);
    expect(c.categories).toEqual(['1–4 сынып', '5–9 сынып', '10–11 сынып', 'Мұғалімдер', 'Басқалар']);
    expect(c.series).toEqual([
      { label: '2026-11', values: [0, 2, 1, 1, 0] },
      { label: '2025-11', values: [0, 1, 0, 1, 0] },
    ]);
    expect(c.width).toBeLessThanOrEqual(contentWidth(kk));
  });

  it('names no reader, anywhere in the Doc', () => {
    for (const m of [kk, ru]) {
      const all = JSON.stringify(m);
      for (const name of NAMES) {
        expect(plainText(m)).not.toContain(name);
        expect(all).not.toContain(name);
        expect(all).not.toContain(name.split(' ')[0].length > 3 ? name.split(' ')[0] : name);
      }
    }
  });

  it('keeps every table within the landscape page', () => {
    for (const tb of kk.blocks.filter((b): b is TableBlock => b.kind === 'table' && !!b.widths)) {
      expect(tb.widths!.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(contentWidth(kk) + 1);
    }
  });

  it('says when the period is not over yet', () => {
    const partial = statisticalReport('monthly', data(period('monthly', '2026-11'), '2026-11-27'), 'kk');
    expect(plainText(partial)).toContain('Кезең әлі аяқталған жоқ: сандар 27.11.2026 күнгі жағдай бойынша.');
    expect(plainText(kk)).not.toContain('Кезең әлі аяқталған жоқ');
  });
});

describe('the quarterly and annual reports', () => {
  it('add a chart of the months, and name the period', () => {
    const q = statisticalReport('quarterly', data(period('quarterly', '2026-Q4'), '2027-01-05'), 'kk');
    expect(q.name).toBe('2026-Q4 — Тоқсандық есеп');
    expect(plainText(q)).toContain('2026 жылғы 4-тоқсан');
    const [, months] = charts(q);
    expect(months.categories).toEqual(['қазан', 'қараша', 'желтоқсан']);
    expect(months.series.map((s) => s.values)).toEqual([
      [0, 4, 0],
      [0, 2, 0],
    ]);
    const y = statisticalReport('annual', data(period('annual', '2026'), '2027-01-05'), 'ru');
    expect(y.name).toBe('2026 — Годовой отчёт');
    expect(charts(y)[1].categories).toHaveLength(12);
    expect(row(y, 'Поступило за период')).toBe('Поступило за период\t110\t195\u00A0000,00\t80\t80\u00A0000,00');
    const sy = statisticalReport('annual', data(period('annual', '2025-2026'), '2027-01-05'), 'kk');
    expect(sy.name).toBe('2025-2026 — Оқу жылының есебі');
  });

  it('chart the same months from the daily log as from the loans', () => {
    const q4 = period('quarterly', '2026-Q4');
    const days = [...dailyFigures('2025-10-01', '2025-12-31', INPUTS), ...dailyFigures('2026-10-01', '2026-12-31', INPUTS)].map(loggedDay);
    const fromLog = { ...INPUTS, loans: [], days };
    expect(monthIssues(q4, fromLog)).toEqual(monthIssues(q4, INPUTS));
    expect(monthIssues(q4, fromLog).map((m) => [m.current, m.lastYear])).toEqual([[0, 0], [4, 2], [0, 0]]);
    const doc = plainText(statisticalReport('quarterly', { report: periodReport(q4, fromLog), header: HEADER, today: '2027-01-05', months: monthIssues(q4, fromLog) }, 'kk'));
    expect(doc).toContain('Берілген кітаптар (дана)\t4\t2\t+2');
  });

  it('name the Doc with the period key for each kind', () => {
    expect(reportDocName('kk', 'written', period('written', '2026'))).toBe('2026 — Жылдық есеп (мәтіндік)');
    expect(reportDocName('ru', 'written', period('written', '2026-11'))).toBe('2026-11 — Ежемесячный отчёт (текстовый)');
    expect(reportDocName('ru', 'quarterly', period('quarterly', '2026-Q4'))).toBe('2026-Q4 — Квартальный отчёт');
  });
});

describe('the written report', () => {
  const kk = writtenReport(data(period('written', '2026-11')), 'kk');
  const ru = writtenReport(data(period('written', '2026-11')), 'ru');

  it('has the standard sections, the figures written in, and the narrative left in [brackets]', () => {
    expect(validateModel(kk)).toEqual([]);
    expect(kk.name).toBe('2026-11 — Ай сайынғы есеп (мәтіндік)');
    const headings = kk.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual([
      '1. Жалпы мәліметтер',
      '2. Кітапхана қоры және оны пайдалану',
      '3. Оқырмандарға қызмет көрсету',
      '4. Іс-шаралар мен кітап көрмелері',
      '5. Анықтама-библиографиялық жұмыс',
      '6. Әдістемелік жұмыс және біліктілікті арттыру',
      '7. Жоспардың орындалуы',
      '8. Қорытынды және келесі кезеңге міндеттер',
    ]);
    const text = plainText(kk);
    expect(text).toContain('Кезеңде тізімде 3 оқырман болды (өткен жылы — 2), оның ішінде оқушылар — 2, мұғалімдер — 1.');
    expect(text).toContain('Кезеңде кітапханаға 25 рет келді (өткен жылы — 4), 4 дана кітап берілді (өткен жылы — 2).');
    expect(text).toContain('Кезең соңында — 185 дана');
    expect(text).toContain('• Кітап берілімі: жоспар — 5, орындалды — 4 (80,0%).');
    const placeholders = lines(kk).filter((l) => /^\[.+\]$/.test(l));
    expect(placeholders).toHaveLength(8);
    expect(plainText(ru)).toContain('В периоде на учёте состояло 3 читателей');
    expect(charts(kk)).toHaveLength(1);
  });

  it('names no reader', () => {
    for (const name of NAMES) expect(JSON.stringify([kk, ru])).not.toContain(name);
    for (const surname of ['Әбенова', 'Жұмабаев']) expect(JSON.stringify([kk, ru])).not.toContain(surname);
  });

  it('is in Kazakh or in Russian, not a copy', () => {
    expect(cellText(plainText(kk))).not.toBe(plainText(ru));
  });
});
