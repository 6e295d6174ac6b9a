import { plainText, validateModel } from '../../../src/docs/model';
import { stocktakeResult, type StocktakeResultData } from '../../../src/docs/stocktake-result';

const data: StocktakeResultData = {
  id: 2,
  startedOn: '2026-11-20',
  finishedOn: '2026-11-27',
  scope: 'бүкіл қор',
  schoolName: '№12 мектеп-гимназия',
  libraryName: '',
  approvedBy: 'Ж. Қ. Омарова',
  commission: ['А. Б. Сапарова', 'Г. Н. Бекова'],
  fund: { copies: 9, sum: 12000 },
  found: { copies: 6, sum: 7500 },
  onLoan: { copies: 1, sum: 1000 },
  missing: [
    { inventoryNo: 7, authorTitle: 'Әуезов М. Абай жолы. Т. 1', year: 1997, price: 1850 },
    { inventoryNo: 9, authorTitle: 'Толстой Л. Н. Детство', year: null, price: 1650 },
  ],
  missingSum: 3500,
  notInFund: [4],
};

describe('the stock-taking result act', () => {
  it('in Kazakh: approval, number, dates, counts in copies and tenge, the missing list and sum in words, signatures', () => {
    const model = stocktakeResult(data, 'kk');
    expect(model.name).toBe('Қорды түгендеу актісі № 2 (2026-11-27)');
    expect(validateModel(model)).toEqual([]);
    const text = plainText(model);
    for (const line of [
      'БЕКІТЕМІН',
      '«№12 мектеп-гимназия» директоры',
      'КІТАПХАНА ҚОРЫН ТЕКСЕРУ АКТІСІ № 2',
      'Түгендеу мерзімі: 20.11.2026 – 27.11.2026',
      'Қамтылғаны: бүкіл қор',
      'Инвентарлық кітап бойынша қорда\t9\t12\u00A0000,00',
      'Сөрелерден табылды\t6\t7\u00A0500,00',
      'Оқырмандарда (қайтарылмаған)\t1\t1\u00A0000,00',
      'Табылмады\t2\t3\u00A0500,00',
      '2 (екі) дана',
      'Үш мың бес жүз теңге 00 тиын',
      '1\t7\tӘуезов М. Абай жолы. Т. 1\t1997\t1\u00A0850,00',
      '2\t9\tТолстой Л. Н. Детство\t\t1\u00A0650,00',
      '№ 4',
      '2026 жылғы тексеру белгісі',
      'Комиссия төрағасы:',
      'Г. Н. Бекова',
    ]) {
      expect([line, text.includes(line)]).toEqual([line, true]);
    }
  });

  it('in Russian; with nothing missing, says so instead of an empty list', () => {
    const text = plainText(stocktakeResult({ ...data, missing: [], missingSum: 0, notInFund: [], scope: '' }, 'ru'));
    for (const line of ['УТВЕРЖДАЮ', 'АКТ ПРОВЕРКИ БИБЛИОТЕЧНОГО ФОНДА № 2', '(итоги инвентаризации)', 'Не найдено (недостача)\t0\t0,00', 'Недостачи нет', 'Председатель комиссии:']) {
      expect([line, text.includes(line)]).toEqual([line, true]);
    }
    expect(text).not.toContain('Охват');
    expect(text).not.toContain('Список недостающих');
  });
});
