import { cellText, plainText, validateModel, type TableBlock } from '../../../src/docs/model';
import { authorAndTitle, formularDoc, type FormularData, type FormularLoan } from '../../../src/docs/formular';

const loan = (l: Partial<FormularLoan> & Pick<FormularLoan, 'loanId' | 'issuedOn' | 'inventoryNo'>): FormularLoan => ({
  authorTitle: 'Әуезов М. Абай жолы : роман-эпопея',
  dueOn: '2026-12-11',
  returnedOn: '',
  condition: '',
  conditionNote: '',
  daysOverdue: 0,
  ...l,
});

const data: FormularData = {
  date: '2026-12-14',
  libraryName: '№12 мектеп-гимназия',
  reader: {
    ticketNo: 12,
    fullName: 'Әбенова Айгүл Серікқызы',
    category: 'pupil',
    grade: '5А',
    school: '№12 мектеп-гимназия',
    address: 'Хромтау қ., Абай к-сі 5, 12',
    phone: '+7 701 123 45 67',
    birthDate: '',
    registeredOn: '2026-09-01',
    reRegisteredOn: '',
    status: 'active',
  },
  loans: [
    loan({ loanId: 7, issuedOn: '2026-11-30', inventoryNo: 6, dueOn: '2026-12-11', daysOverdue: 3 }),
    loan({ loanId: 2, issuedOn: '2026-09-10', inventoryNo: 1, authorTitle: 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма', dueOn: '2026-09-24', returnedOn: '2026-09-29', condition: 'damaged', conditionNote: 'мұқабасы жыртылған', daysOverdue: 5 }),
    loan({ loanId: 5, issuedOn: '2026-11-27', inventoryNo: 4, authorTitle: 'Абылкасымова А. Е. Математика', dueOn: '2027-05-31' }),
    loan({ loanId: 3, issuedOn: '2026-10-01', inventoryNo: 2, dueOn: '2026-10-15', returnedOn: '2026-10-10', condition: 'fine' }),
  ],
};

const loansTable = (model: ReturnType<typeof formularDoc>) => model.blocks.find((b): b is TableBlock => b.kind === 'table' && !!b.header)!;

describe('the formular', () => {
  it('takes author and title from the GOST description', () => {
    expect(authorAndTitle('Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.')).toBe('Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма');
    expect(authorAndTitle('Абай жолы. Т. 1 : роман. – Алматы, 1997')).toBe('Абай жолы. Т. 1 : роман');
    expect(authorAndTitle('Әуезов М. Абай жолы')).toBe('Әуезов М. Абай жолы');
  });

  it('in Kazakh: the reader\'s data, every loan in the order issued with the overdue one marked, conditions, signatures', () => {
    const model = formularDoc(data, 'kk');
    expect(model.name).toBe('Оқырман формуляры № 12 — Әбенова Айгүл Серікқызы');
    expect(validateModel(model)).toEqual([]);
    const text = plainText(model);
    for (const line of [
      'ОҚЫРМАН ФОРМУЛЯРЫ № 12',
      'Оқырман билетінің нөмірі\t12',
      'Аты-жөні\tӘбенова Айгүл Серікқызы',
      'Санаты\tОқушы',
      'Сыныбы\t5А',
      'Мекенжайы\tХромтау қ., Абай к-сі 5, 12',
      'Телефоны\t+7 701 123 45 67',
      'Тіркелген күні\t01.09.2026',
      'Қайта тіркелген күні\t—',
      'Мәртебесі\tБелсенді',
      '№\tБерілген күні\tИнв. №\tАвтор және атауы\tҚайтару мерзімі\tҚайтарылған күні\tКүйі',
      '1\t10.09.2026\t1\tӘбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма\t24.09.2026\t29.09.2026 (5 күн кешігіп)\tБүлінген: мұқабасы жыртылған',
      '2\t01.10.2026\t2\tӘуезов М. Абай жолы : роман-эпопея\t15.10.2026\t10.10.2026\tБүтін',
      '3\t27.11.2026\t4\tАбылкасымова А. Е. Математика\t31.05.2027\tоқырманда\t',
      '4\t30.11.2026\t6\tӘуезов М. Абай жолы : роман-эпопея\t11.12.2026\tмерзімі өткен: 3 күн\t',
      'Барлығы берілген: 4; қазір оқырманда: 2. Мерзімі өткені: 1.',
      'Кітапхананы пайдалану ережесімен таныстым',
      'Оқырманның қолы:\t________________\t/ Әбенова Айгүл Серікқызы',
      'Басып шығарылған күні: 14.12.2026',
    ]) {
      expect([line, text.includes(line)]).toEqual([line, true]);
    }
    expect(text).not.toContain('Туған күні'); // not recorded: left out
    // the overdue loan stands out: its due date and its state in bold
    const overdueRow = loansTable(model).rows[3];
    expect(overdueRow.filter((c) => typeof c !== 'string' && c.bold).map(cellText)).toEqual(['11.12.2026', 'мерзімі өткен: 3 күн']);
  });

  it('in Russian; a reader without loans gets a line saying so instead of an empty table', () => {
    const text = plainText(formularDoc({ ...data, loans: [], reader: { ...data.reader, status: 'left', birthDate: '2015-03-08' } }, 'ru'));
    for (const line of ['ЧИТАТЕЛЬСКИЙ ФОРМУЛЯР № 12', 'Номер читательского билета\t12', 'Категория\tУчащийся', 'Дата рождения\t08.03.2015', 'Статус\tВыбыл / выпускник', 'Читатель ещё не брал книг.', 'Подпись читателя:']) {
      expect([line, text.includes(line)]).toEqual([line, true]);
    }
    expect(text).not.toContain('Автор и заглавие');
    const ru = plainText(formularDoc(data, 'ru'));
    expect(ru).toContain('4\t30.11.2026\t6\tӘуезов М. Абай жолы : роман-эпопея\t11.12.2026\tпросрочено на 3 дн.\t');
    expect(ru).toContain('29.09.2026 (с опозданием на 5 дн.)\tПовреждена: мұқабасы жыртылған');
  });
});
