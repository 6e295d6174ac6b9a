import { cellText, plainText, runsText, validateModel, type DocModel } from '../../../src/docs/model';
import { classKey, compareClasses, compareEntries, debtorSlipsDoc, groupSlips, slipGroupOf, type DebtorEntry } from '../../../src/docs/debtor-slips';

const entry = (e: Partial<DebtorEntry> & Pick<DebtorEntry, 'ticketNo' | 'fullName'>): DebtorEntry => ({
  category: 'pupil',
  grade: '',
  inventoryNo: 1,
  authorTitle: 'Әуезов М. Абай жолы : роман-эпопея',
  dueOn: '2026-12-11',
  daysOverdue: 3,
  ...e,
});

describe('the order of classes', () => {
  it('reads a class the way it is typed: spaces, dashes, lower case and Latin look-alikes', () => {
    expect(['5 а', '5-а', '5А', '5a', '5A', ' 05а '].map(classKey)).toEqual(['5А', '5А', '5А', '5А', '5А', '5А']);
    expect(classKey('')).toBe('');
    expect(classKey('11 ә')).toBe('11Ә');
  });

  it('sorts by number, then letter in the Kazakh alphabet; a class with no number after the rest', () => {
    const classes = ['10А', '2Б', '1Б', '11Б', '1Ә', '2А', '1А', '0А', 'ДО', '9В'];
    expect([...classes].sort(compareClasses)).toEqual(['0А', '1А', '1Ә', '1Б', '2А', '2Б', '9В', '10А', '11Б', 'ДО']);
  });

  it('puts pupils in their class, teachers and staff in groups of their own, a pupil without a class among the others', () => {
    expect(slipGroupOf('pupil', '5 а')).toEqual({ kind: 'class', grade: '5А' });
    expect(slipGroupOf('teacher', '5А')).toEqual({ kind: 'teachers', grade: '' });
    expect(slipGroupOf('staff', '')).toEqual({ kind: 'staff', grade: '' });
    expect(slipGroupOf('pupil', '')).toEqual({ kind: 'others', grade: '' });
    expect(slipGroupOf('other', '7Б')).toEqual({ kind: 'others', grade: '' });
  });
});

describe('grouping the slips', () => {
  const entries = [
    entry({ ticketNo: 4, fullName: 'Сапарова Әйгерім', category: 'teacher', inventoryNo: 30 }),
    entry({ ticketNo: 2, fullName: 'Ли Мария', grade: '10а', inventoryNo: 12 }),
    entry({ ticketNo: 1, fullName: 'Әбенова Айгүл', grade: '5А', inventoryNo: 6, dueOn: '2026-12-20', daysOverdue: 1 }),
    entry({ ticketNo: 3, fullName: 'Жұмабаев Асқар', grade: '5 а', inventoryNo: 7 }),
    entry({ ticketNo: 1, fullName: 'Әбенова Айгүл', grade: '5А', inventoryNo: 2, dueOn: '2026-12-11' }),
    entry({ ticketNo: 5, fullName: 'Бекова Гүлнар', category: 'staff', inventoryNo: 40 }),
    entry({ ticketNo: 6, fullName: 'Омаров Ерлан', grade: '2Б', inventoryNo: 50 }),
  ];

  it('makes one slip a reader, classes in natural order, then teachers and staff; names in order; books by due date', () => {
    const groups = groupSlips(entries);
    expect(groups.map((g) => [g.kind, g.grade, g.slips.map((s) => s.ticketNo)])).toEqual([
      ['class', '2Б', [6]],
      ['class', '5А', [1, 3]],
      ['class', '10А', [2]],
      ['teachers', '', [4]],
      ['staff', '', [5]],
    ]);
    expect(groups[1].slips[0].books.map((b) => b.inventoryNo)).toEqual([2, 6]);
  });

  it('orders the journal rows the same way', () => {
    expect([...entries].sort(compareEntries).map((e) => e.inventoryNo)).toEqual([50, 2, 6, 7, 12, 30, 40]);
  });
});

/** The Doc's text with what a slip's box holds (plainText gives a table cell's first line only). */
function fullText(model: DocModel): string {
  const boxes = model.blocks.flatMap((b) =>
    b.kind === 'table' ? b.rows.flat().flatMap((c) => [cellText(c), ...(typeof c === 'string' ? [] : (c.more ?? []).map((m) => (m.kind === 'paragraph' ? runsText(m.runs) : '')))]) : [],
  );
  return `${plainText(model)}\n${boxes.join('\n')}`;
}

describe('the slips Doc', () => {
  const data = {
    date: '2026-12-14',
    libraryName: '№12 мектеп-гимназия',
    groups: groupSlips([
      entry({ ticketNo: 1, fullName: 'Әбенова Айгүл', grade: '5А', inventoryNo: 1, authorTitle: 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма' }),
      entry({ ticketNo: 1, fullName: 'Әбенова Айгүл', grade: '5А', inventoryNo: 6 }),
      entry({ ticketNo: 4, fullName: 'Сапарова Әйгерім', category: 'teacher', inventoryNo: 30, daysOverdue: 12 }),
    ]),
  };

  it('in Kazakh: a heading a class, a page for each group, a slip a reader with the books, due dates and days overdue', () => {
    const model = debtorSlipsDoc(data, 'kk');
    expect(model.name).toBe('Еске салу қағаздары 2026-12-14');
    expect(validateModel(model)).toEqual([]);
    const text = fullText(model);
    for (const line of [
      'КІТАП ҚАЙТАРУ ТУРАЛЫ ЕСКЕ САЛУ',
      '14.12.2026 жағдайы бойынша: 2 оқырман, 3 кітап',
      '5А сынып',
      'Мұғалімдер',
      'Кімге: Әбенова Айгүл, 5А сынып (оқырман билеті № 1)',
      'Мына кітаптарды қайтару мерзімі өтіп кетті',
      '1. Инв. № 1. Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма. Қайтару мерзімі: 11.12.2026, 3 күн кешікті.',
      'Кімге: Сапарова Әйгерім (оқырман билеті № 4)',
      'Мына кітапты қайтару мерзімі',
      '12 күн кешікті.',
    ]) {
      expect([line, text.includes(line)]).toEqual([line, true]);
    }
    expect(model.blocks.filter((b) => b.kind === 'pageBreak')).toHaveLength(1);
    expect(text.indexOf('5А сынып')).toBeLessThan(text.indexOf('Мұғалімдер'));
  });

  it('in Russian', () => {
    const text = fullText(debtorSlipsDoc(data, 'ru'));
    for (const line of ['НАПОМИНАНИЕ О ВОЗВРАТЕ КНИГ', 'По состоянию на 14.12.2026: читателей — 2, книг — 3', '5А класс', 'Учителя', 'Кому: Әбенова Айгүл, 5А класс (читательский билет № 1)', 'Срок возврата: 11.12.2026, просрочено на 3 дн.', 'Срок возврата этих книг истёк', 'Уважаемый классный руководитель!']) {
      expect([line, text.includes(line)]).toEqual([line, true]);
    }
  });
});
