import { decodeCopies, encodeCopies, withStatus } from '../../../src/domain/copies';
import { nextActNo, parseInventoryList, refusals, validateWriteOff, type CopyOnRecord } from '../../../src/domain/writeoff';

describe('inventory numbers as the librarian types, pastes or scans them', () => {
  it('takes spaces, commas, semicolons, new lines, ranges and scanned labels; drops repeats', () => {
    expect(parseInventoryList('12, 15-18;20\nINV:000021 12')).toEqual({ numbers: [12, 15, 16, 17, 18, 20, 21], bad: [] });
  });
  it('names what is not a number or a sane range', () => {
    expect(parseInventoryList('12 x3 18-15 0 1-900')).toEqual({ numbers: [12], bad: ['x3', '18-15', '0', '1-900'] });
  });
});

describe('validateWriteOff', () => {
  const form = { inventoryNos: '2 4', reason: 'wornOut', date: '2026-11-27', commission: 'Сапарова А. Б.\n\nБекова Г. Н.', approvedBy: 'Омарова Ж. Қ.', note: '' };
  it('accepts and splits the commission by lines', () => {
    const r = validateWriteOff(form, '2026-11-27');
    expect(r.ok && r.value).toMatchObject({ inventoryNos: [2, 4], commission: ['Сапарова А. Б.', 'Бекова Г. Н.'] });
  });
  it('refuses a missing reason, an unknown reason, no commission, a future date', () => {
    const r = validateWriteOff({ ...form, reason: 'boring', commission: ' ', date: '2026-12-01' }, '2026-11-27');
    expect(r.ok ? [] : r.errors.map((e) => `${e.field}:${e.key}`)).toEqual(['reason:error.choice', 'date:error.dateFuture', 'commission:error.commission']);
  });
});

describe('which copies may not be written off', () => {
  const found = new Map<number, CopyOnRecord>([
    [1, { inventoryNo: 1, writeOffActNo: '', onLoan: false }],
    [2, { inventoryNo: 2, writeOffActNo: '3/2025', onLoan: false }],
    [3, { inventoryNo: 3, writeOffActNo: '', onLoan: true }],
  ]);
  it('unknown first, then each written-off or on-loan copy by number', () => {
    expect(refusals([1, 2, 3, 7, 9], found).map((e) => [e.key, e.params])).toEqual([
      ['error.copyUnknown', { nos: '7, 9' }],
      ['error.copyWrittenOff', { no: 2, act: '3/2025' }],
      ['error.copyOnLoan', { no: 3 }],
    ]);
    expect(refusals([1], found)).toEqual([]);
  });
});

describe('act numbers', () => {
  it('count within the year', () => {
    expect(nextActNo(['1/2025', '2/2025', '1/2026'], 2026)).toBe('2/2026');
    expect(nextActNo(['1/2025', '7/2025'], 2026)).toBe('1/2026');
    expect(nextActNo(['10/2026', '9/2026', 'акт'], 2026)).toBe('11/2026');
  });
});

describe('the copies cell of the catalogue index', () => {
  it('round-trips shelf, loan with due date, reserved, written off', () => {
    const copies = [
      { inventoryNo: 125, state: 'loan' as const, dueOn: '2026-12-10' },
      { inventoryNo: 123, state: 'shelf' as const },
      { inventoryNo: 124, state: 'writtenOff' as const },
      { inventoryNo: 126, state: 'reserved' as const },
    ];
    const text = encodeCopies(copies);
    expect(text).toBe('123 124:w 125:l2026-12-10 126:r');
    expect(decodeCopies(text)).toEqual([...copies].sort((a, b) => a.inventoryNo - b.inventoryNo));
  });
  it('changes the state of some copies and keeps the rest', () => {
    expect(encodeCopies(withStatus(decodeCopies('1 2 3'), [{ inventoryNo: 2, state: 'writtenOff' }, { inventoryNo: 4, state: 'shelf' }]))).toBe('1 2:w 3 4');
  });
});
