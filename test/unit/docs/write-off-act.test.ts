import { plainText } from '../../../src/docs/model';
import { writeOffAct, type WriteOffActData } from '../../../src/docs/write-off-act';

const data: WriteOffActData = {
  actNo: '3/2026',
  date: '2026-11-27',
  reason: 'wornOut',
  schoolName: '№12 мектеп-гимназия',
  libraryName: '',
  approvedBy: 'Ж. Қ. Омарова',
  commission: ['А. Б. Сапарова', 'Г. Н. Бекова', 'М. Т. Нұрланова'],
  copies: [
    { inventoryNo: 123, authorTitle: 'Әуезов М. Абай жолы. Т. 1', year: 1997, price: 1850 },
    { inventoryNo: 124, authorTitle: 'Әуезов М. Абай жолы. Т. 2', year: null, price: 1200.5 },
  ],
  total: 3050.5,
};

describe('the write-off act', () => {
  it('in Kazakh: approval, number, reason, the list, totals in figures and words, signatures', () => {
    const model = writeOffAct(data, 'kk');
    expect(model.name).toBe('Есептен шығару актісі № 3-2026 (2026-11-27)');
    const text = plainText(model);
    for (const line of [
      'БЕКІТЕМІН',
      '«№12 мектеп-гимназия» директоры',
      'ЕСЕПТЕН ШЫҒАРУ АКТІСІ № 3/2026',
      'кітапхана қорынан әдебиетті шығару туралы (тозған)',
      '27.11.2026',
      '123\tӘуезов М. Абай жолы. Т. 1\t1997\t1\u00A0850,00',
      '124\tӘуезов М. Абай жолы. Т. 2\t\t1\u00A0200,50',
      '2 (екі) дана',
      '3\u00A0050,50 теңге',
      'Үш мың елу теңге 50 тиын',
      'Комиссия төрағасы:',
      'М. Т. Нұрланова',
    ]) {
      expect([line, text.includes(line)]).toEqual([line, true]);
    }
  });

  it('in Russian, with the Russian reason and words', () => {
    const text = plainText(writeOffAct({ ...data, reason: 'lostByReader' }, 'ru'));
    for (const line of ['УТВЕРЖДАЮ', 'АКТ О СПИСАНИИ № 3/2026', '(утеряно читателем)', '2 (два) экз.', 'Три тысячи пятьдесят тенге 50 тиын', 'Председатель комиссии:']) {
      expect([line, text.includes(line)]).toEqual([line, true]);
    }
  });
});
