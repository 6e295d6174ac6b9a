import {
  MAX_RENEWALS,
  OVERDUE_WARNING,
  damagedNote,
  dayText,
  daysOverdue,
  dueDate,
  issueRefusals,
  nameMatches,
  oneYearAfter,
  overdueWarning,
  readerQuery,
  renewal,
  schoolYearEndFrom,
  typedDueError,
  validateIssue,
  validateRenew,
  validateReturn,
  type CopyAtDesk,
  type ReaderAtDesk,
} from '../../../src/domain/loans';

const TODAY = '2026-11-27';

describe('due dates', () => {
  const rules = { today: TODAY, loanPeriodDays: 14, schoolYearEnd: '2027-05-31' };

  it('is the loan period from today for a book', () => {
    expect(dueDate(rules, false, '')).toBe('2026-12-11');
    expect(dueDate({ ...rules, today: '2026-12-25' }, false, '')).toBe('2027-01-08'); // across the new year
  });

  it('is the end of the school year for a textbook', () => {
    expect(dueDate(rules, true, '')).toBe('2027-05-31');
  });

  it('is the date the librarian typed, for a textbook too', () => {
    expect(dueDate(rules, false, '2026-12-01')).toBe('2026-12-01');
    expect(dueDate(rules, true, '2026-12-20')).toBe('2026-12-20');
  });

  it('the end of the school year is the next such day on or after today', () => {
    expect(schoolYearEndFrom('2026-11-27', '05-31')).toBe('2027-05-31'); // autumn: next spring
    expect(schoolYearEndFrom('2027-03-10', '05-31')).toBe('2027-05-31'); // spring: this spring
    expect(schoolYearEndFrom('2027-05-31', '05-31')).toBe('2027-05-31'); // the last day itself
    expect(schoolYearEndFrom('2027-06-01', '05-31')).toBe('2028-05-31'); // summer: the year after
    expect(schoolYearEndFrom('2026-12-31', '12-31')).toBe('2026-12-31');
    expect(schoolYearEndFrom('2027-01-01', ' 06-15 ')).toBe('2027-06-15');
  });

  it('takes 02-29 as the last day of February in a common year, and refuses a setting that is not a day', () => {
    expect(schoolYearEndFrom('2026-11-27', '02-29')).toBe('2027-02-28');
    expect(schoolYearEndFrom('2027-11-27', '02-29')).toBe('2028-02-29');
    for (const bad of ['5-31', '13-01', '04-31', '00-10', 'май', '']) expect(schoolYearEndFrom(TODAY, bad)).toBeNull();
  });

  it('a typed due date must be today or later and at most a year away', () => {
    expect(typedDueError('2026-11-27', TODAY, 'dueOn')).toBeNull();
    expect(typedDueError('2027-11-27', TODAY, 'dueOn')).toBeNull();
    expect(typedDueError('2026-11-26', TODAY, 'dueOn')).toMatchObject({ field: 'dueOn', key: 'error.duePast' });
    expect(typedDueError('2027-11-28', TODAY, 'dueOn')).toMatchObject({ key: 'error.dueFar', params: { max: '27.11.2027' } });
    expect(typedDueError('2026-02-30', TODAY, 'dueOn')).toMatchObject({ key: 'error.date' });
    expect(oneYearAfter('2028-02-29')).toBe('2029-02-28');
    expect(dayText('2026-01-05')).toBe('05.01.2026');
  });
});

describe('days overdue', () => {
  it('counts the days after the due date, 0 on or before it', () => {
    expect(daysOverdue('2026-11-27', TODAY)).toBe(0);
    expect(daysOverdue('2026-12-01', TODAY)).toBe(0);
    expect(daysOverdue('2026-11-26', TODAY)).toBe(1);
    expect(daysOverdue('2026-10-28', TODAY)).toBe(30);
    expect(daysOverdue('2025-12-31', '2026-01-02')).toBe(2);
    expect(daysOverdue('', TODAY)).toBe(0);
    expect(daysOverdue(null, TODAY)).toBe(0);
  });
});

describe('renewals', () => {
  const loan = { inventoryNo: 7, dueOn: '2026-12-04', renewals: 0 };

  it('adds the loan period to the due date when it is still ahead', () => {
    expect(renewal(loan, TODAY, 14, '', false)).toEqual({ ok: true, value: '2026-12-18' });
  });

  it('adds the loan period to today when the loan is overdue', () => {
    expect(renewal({ ...loan, dueOn: '2026-11-20' }, TODAY, 14, '', false)).toEqual({ ok: true, value: '2026-12-11' });
  });

  it('takes a typed date that is later than the current due date', () => {
    expect(renewal(loan, TODAY, 14, '2026-12-25', false)).toEqual({ ok: true, value: '2026-12-25' });
    expect(renewal(loan, TODAY, 14, '2026-12-04', false)).toMatchObject({ ok: false, errors: [{ key: 'error.renewNotLater', params: { due: '04.12.2026' } }] });
  });

  it('allows two renewals, then refuses', () => {
    expect(MAX_RENEWALS).toBe(2);
    expect(renewal({ ...loan, renewals: 1 }, TODAY, 14, '', false).ok).toBe(true);
    expect(renewal({ ...loan, renewals: 2 }, TODAY, 14, '', false)).toMatchObject({ ok: false, errors: [{ key: 'error.renewLimit', params: { no: 7, max: 2 } }] });
  });

  it('refuses while another reader waits for the title', () => {
    expect(renewal(loan, TODAY, 14, '', true)).toMatchObject({ ok: false, errors: [{ key: 'error.renewWaiting', params: { no: 7 } }] });
  });

  it('validates the form: an inventory number (scanned too) and an optional due date', () => {
    expect(validateRenew({ inventoryNo: 'INV:000123', dueOn: '' }, TODAY)).toEqual({ ok: true, value: { inventoryNo: 123, dueOn: '' } });
    expect(validateRenew({ inventoryNo: 5, dueOn: '2026-11-01' }, TODAY)).toMatchObject({ ok: false, errors: [{ field: 'dueOn', key: 'error.duePast' }] });
    expect(validateRenew({ inventoryNo: '' }, TODAY)).toMatchObject({ ok: false, errors: [{ field: 'inventoryNo', key: 'error.required' }] });
  });
});

describe('issue', () => {
  const reader = (over: Partial<ReaderAtDesk> = {}): ReaderAtDesk => ({ ticketNo: 1, fullName: 'Әбенова Айгүл', status: 'active', dueDates: [], inventoryNos: [], textbooks: 0, ...over });
  const copy = (no: number, over: Partial<CopyAtDesk> = {}): [number, CopyAtDesk] => [no, { inventoryNo: no, writeOffActNo: '', onLoanTo: null, heldFor: null, textbook: false, ...over }];

  it('validates the form: a ticket, inventory numbers typed or scanned, an optional due date', () => {
    expect(validateIssue({ ticketNo: 3, inventoryNos: '12 INV:000015, 16-17', dueOn: '', overrideOverdue: false }, TODAY)).toEqual({
      ok: true,
      value: { ticketNo: 3, inventoryNos: [12, 15, 16, 17], dueOn: '', overrideOverdue: false },
    });
    const bad = validateIssue({ ticketNo: 0, inventoryNos: 'abc', dueOn: '2026-11-01', overrideOverdue: true }, TODAY);
    expect(bad.ok === false && bad.errors.map((e) => [e.field, e.key])).toEqual([
      ['ticketNo', 'error.ticketNo'],
      ['inventoryNos', 'error.inventoryList'],
      ['dueOn', 'error.duePast'],
    ]);
    expect(validateIssue({ ticketNo: 1, inventoryNos: '1-31' }, TODAY)).toMatchObject({ ok: false, errors: [{ key: 'error.tooManyCopies', params: { max: 30 } }] });
    expect(validateIssue({ ticketNo: 1, inventoryNos: ' ' }, TODAY)).toMatchObject({ ok: false, errors: [{ key: 'error.required' }] });
  });

  it('names every refusal, per copy: unknown, written off, on loan, held for another reader', () => {
    const copies = new Map([
      copy(2, { writeOffActNo: '3/2026' }),
      copy(3, { onLoanTo: 9 }),
      copy(4, { onLoanTo: 1 }),
      copy(5, { heldFor: 9 }),
      copy(6, { heldFor: 1 }), // held for this reader: may be issued
      copy(7),
    ]);
    const errors = issueRefusals(reader(), [1, 2, 3, 4, 5, 6, 7, 8], copies, 30);
    expect(errors.map((e) => [e.key, e.params])).toEqual([
      ['error.copyUnknown', { nos: '1, 8' }],
      ['error.copyWrittenOff', { no: 2, act: '3/2026' }],
      ['error.copyOnLoan', { no: 3 }],
      ['error.copyOnLoanToReader', { no: 4 }],
      ['error.copyReserved', { no: 5 }],
    ]);
    expect(issueRefusals(reader(), [6, 7], copies, 30)).toEqual([]);
  });

  it('refuses a reader who has left, and one over the loan limit (copies on hand count)', () => {
    const copies = new Map([copy(1), copy(2), copy(3)]);
    expect(issueRefusals(reader({ status: 'left' }), [1], copies, 5).map((e) => e.key)).toEqual(['error.readerLeft']);
    const four = reader({ dueDates: ['2026-12-01', '2026-12-01', '2026-12-02', '2026-12-03'], inventoryNos: [10, 11, 12, 13] });
    expect(issueRefusals(four, [1], copies, 5)).toEqual([]);
    expect(issueRefusals(four, [1, 2], copies, 5)).toEqual([{ field: 'inventoryNos', key: 'error.loanLimit', params: { onLoan: 4, limit: 5, allowed: 1 } }]);
    expect(issueRefusals(reader(), [1, 2, 3], copies, 2).map((e) => e.params)).toEqual([{ onLoan: 0, limit: 2, allowed: 2 }]);
  });

  it('leaves textbooks out of the loan limit: a pupil with a set of textbooks still borrows a book', () => {
    const books = new Map([copy(1), copy(2), copy(20, { textbook: true }), copy(21, { textbook: true })]);
    const withSet = reader({ dueDates: Array(8).fill('2027-05-31').concat(['2026-12-01']), inventoryNos: [30, 31, 32, 33, 34, 35, 36, 37, 40], textbooks: 8 });
    expect(issueRefusals(withSet, [1, 20, 21], books, 2)).toEqual([]);
    expect(issueRefusals(withSet, [1, 2], books, 2).map((e) => e.params)).toEqual([{ onLoan: 1, limit: 2, allowed: 1 }]);
  });

  it('warns of overdue books with the key the desk overrides', () => {
    expect(OVERDUE_WARNING).toBe('error.readerOverdue');
    expect(overdueWarning(reader({ dueDates: ['2026-11-27', '2026-12-01'], inventoryNos: [10, 11] }), TODAY)).toBeNull();
    expect(overdueWarning(reader({ dueDates: ['2026-11-26', '2026-12-01', '2026-10-01'], inventoryNos: [10, 11, 12] }), TODAY)).toEqual({
      field: '',
      key: 'error.readerOverdue',
      params: { name: 'Әбенова Айгүл', count: 2, nos: '10, 12' },
    });
  });
});

describe('return', () => {
  it('takes each copy once, with a condition; a damaged copy needs a note', () => {
    expect(
      validateReturn({
        items: [
          { inventoryNo: 'INV:000012', condition: 'fine', conditionNote: 'ignored' },
          { inventoryNo: 13, condition: 'damaged', conditionNote: ' Мұқабасы  жыртылған ' },
          { inventoryNo: 14 },
        ],
      }),
    ).toEqual({
      ok: true,
      value: [
        { inventoryNo: 12, condition: 'fine', conditionNote: '' },
        { inventoryNo: 13, condition: 'damaged', conditionNote: 'Мұқабасы жыртылған' },
        { inventoryNo: 14, condition: 'fine', conditionNote: '' },
      ],
    });
    const bad = validateReturn({ items: [{ inventoryNo: 12 }, { inventoryNo: 12 }, { inventoryNo: 'x' }, { inventoryNo: 13, condition: 'lost' }, { inventoryNo: 14, condition: 'damaged' }] });
    expect(bad.ok === false && bad.errors.map((e) => [e.field, e.key])).toEqual([
      ['items.1.inventoryNo', 'error.copyTwice'],
      ['items.2.inventoryNo', 'error.inventoryList'],
      ['items.3.condition', 'error.choice'],
      ['items.4.conditionNote', 'error.damageNote'],
    ]);
    expect(validateReturn({ items: [] })).toMatchObject({ ok: false, errors: [{ field: 'items', key: 'error.required' }] });
    expect(validateReturn(null)).toMatchObject({ ok: false });
  });

  it('appends the damage to the inventory book note, never overwriting it', () => {
    expect(damagedNote('', TODAY, 'Су тиген', 'kk')).toBe('27.11.2026: бүлінген: Су тиген');
    expect(damagedNote('Сыйға берілген', TODAY, 'Су тиген', 'ru')).toBe('Сыйға берілген; 27.11.2026: повреждён: Су тиген');
  });
});

describe('finding a reader', () => {
  it('reads a number as a ticket, a class as a class, anything else as name words', () => {
    expect(readerQuery('12')).toEqual({ kind: 'ticket', ticketNo: 12 });
    expect(readerQuery(' № 7 ')).toEqual({ kind: 'ticket', ticketNo: 7 });
    expect(readerQuery('5А')).toEqual({ kind: 'grade', grade: '5А' });
    expect(readerQuery('10 ә')).toEqual({ kind: 'grade', grade: '10Ә' });
    expect(readerQuery('Әбенова АЙГҮЛ')).toEqual({ kind: 'name', words: ['абенова', 'аигул'] });
    expect(readerQuery('  ')).toEqual({ kind: 'none' });
    expect(readerQuery('0')).toEqual({ kind: 'none' });
  });

  it('matches every word as the beginning of a name word, Kazakh letters and case folded', () => {
    expect(nameMatches(['абен', 'айг'], 'Әбенова Айгүл Серікқызы')).toBe(true);
    expect(nameMatches(['серикк'], 'Әбенова Айгүл Серікқызы')).toBe(true);
    expect(nameMatches(['бенова'], 'Әбенова Айгүл')).toBe(false);
    expect(nameMatches(['абен', 'мария'], 'Әбенова Айгүл')).toBe(false);
  });
});
