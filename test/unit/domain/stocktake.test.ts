import {
  appendYear,
  classifyScan,
  foundKey,
  nextStocktakeId,
  numbersText,
  parseScans,
  rowBlocks,
  stocktakeOutcome,
  validateFinish,
  validateScan,
  validateStart,
} from '../../../src/domain/stocktake';
import { parseInventoryList } from '../../../src/domain/writeoff';

const copy = (inventoryNo: number, writeOffActNo = '') => ({ inventoryNo, writeOffActNo });

describe('what is missing', () => {
  it('missing = in the fund − found − on loan', () => {
    const book = [copy(1), copy(2), copy(3), copy(4), copy(5), copy(6, '1/2026'), copy(7)];
    const out = stocktakeOutcome(book, new Set([1, 3, 6, 99]), new Set([2, 3, 8]));
    expect(out.inFund.map((c) => c.inventoryNo)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(out.found.map((c) => c.inventoryNo)).toEqual([1, 3]); // 3 is on loan by the journal, yet on the shelf: found
    expect(out.onLoan.map((c) => c.inventoryNo)).toEqual([2]); // 8 is on loan but not in the book: not counted
    expect(out.missing.map((c) => c.inventoryNo)).toEqual([4, 5, 7]);
    expect(out.notInFund).toEqual([6, 99]); // written off, or unknown to the book
  });

  it('every copy of the fund is found, on loan or missing, exactly once', () => {
    const book = Array.from({ length: 200 }, (_, i) => copy(i + 1, i % 17 === 0 ? `${i}/2025` : ''));
    const found = new Set(book.filter((_, i) => i % 3 === 0).map((c) => c.inventoryNo));
    const onLoan = new Set(book.filter((_, i) => i % 5 === 0).map((c) => c.inventoryNo));
    const out = stocktakeOutcome(book, found, onLoan);
    expect(out.found.length + out.onLoan.length + out.missing.length).toBe(out.inFund.length);
    const all = [...out.found, ...out.onLoan, ...out.missing].map((c) => c.inventoryNo);
    expect(new Set(all).size).toBe(all.length);
    expect(out.missing.every((c) => !found.has(c.inventoryNo) && !onLoan.has(c.inventoryNo) && !c.writeOffActNo)).toBe(true);
  });

  it('an empty shelf: everything not on loan is missing; a full one: nothing is', () => {
    const book = [copy(1), copy(2), copy(3)];
    expect(stocktakeOutcome(book, new Set(), new Set([2])).missing.map((c) => c.inventoryNo)).toEqual([1, 3]);
    expect(stocktakeOutcome(book, new Set([1, 2, 3]), new Set()).missing).toEqual([]);
  });
});

describe('scans', () => {
  it('keeps repeats, reads labels and ranges like the write-off form, names what is not a number', () => {
    expect(parseScans('INV:000012\n13\n12\n15-17, 20;21')).toEqual({ numbers: [12, 13, 12, 15, 16, 17, 20, 21], bad: [] });
    expect(parseScans('12 x5 0 7')).toEqual({ numbers: [12, 7], bad: ['x5', '0'] });
    expect(parseScans('')).toEqual({ numbers: [], bad: [] });
  });

  it('records the copies of the fund once; names duplicates, unknown and written-off copies once each', () => {
    const fund = new Map([
      [1, { writeOffActNo: '' }],
      [2, { writeOffActNo: '' }],
      [3, { writeOffActNo: '' }],
      [4, { writeOffActNo: '1/2026' }],
    ]);
    const out = classifyScan([1, 2, 2, 9, 3, 4, 9, 2, 4], fund, new Set([3]));
    expect(out).toEqual({
      recorded: [1, 2],
      duplicates: [2, 3],
      unknown: [9],
      writtenOff: [{ inventoryNo: 4, actNo: '1/2026' }],
    });
  });

  it('a second scan of the same copies records nothing', () => {
    const fund = new Map([[5, { writeOffActNo: '' }]]);
    const first = classifyScan([5], fund, new Set());
    const second = classifyScan([5], fund, new Set(first.recorded));
    expect([first.recorded, second.recorded, second.duplicates]).toEqual([[5], [], [5]]);
  });

  it('validates a scan: stock-taking id, bad tokens, at most 1000 numbers; an empty scan is a question', () => {
    expect(validateScan({ stocktakeId: 3, inventoryNos: '1\n1' })).toEqual({ ok: true, value: { stocktakeId: 3, numbers: [1, 1] } });
    expect(validateScan({ stocktakeId: 0, inventoryNos: '' })).toEqual({ ok: true, value: { stocktakeId: 0, numbers: [] } });
    const bad = validateScan({ stocktakeId: 1, inventoryNos: '1 2б' });
    expect(!bad.ok && bad.errors.map((e) => [e.field, e.key, e.params])).toEqual([['inventoryNos', 'error.inventoryList', { items: '2б' }]]);
    const many = validateScan({ stocktakeId: 1, inventoryNos: '1-500 501-1000 1001' });
    expect(!many.ok && many.errors[0].key).toBe('error.tooManyCopies');
    expect(validateScan({ stocktakeId: 1, inventoryNos: '1-500 501-1000' }).ok).toBe(true);
    const id = validateScan({ stocktakeId: -1, inventoryNos: '1' });
    expect(!id.ok && id.errors[0].key).toBe('stocktake.error.unknown');
  });

  it('the found key tells a stock-taking and a copy apart', () => {
    expect(foundKey(3, 125)).toBe('3:125');
    expect(foundKey(31, 25)).not.toBe(foundKey(3, 125));
  });
});

describe('the check mark column', () => {
  it('appends this year to the years already there, never overwriting', () => {
    expect(appendYear('', 2026)).toBe('2026');
    expect(appendYear(null, 2026)).toBe('2026');
    expect(appendYear('2024', 2026)).toBe('2024, 2026');
    expect(appendYear('2024, 2025', 2026)).toBe('2024, 2025, 2026');
    expect(appendYear('2024, 2025,', 2026)).toBe('2024, 2025, 2026');
    expect(appendYear('тексерілді 2019', 2026)).toBe('тексерілді 2019, 2026');
  });

  it('does not repeat a year (two stock-takings in one year)', () => {
    expect(appendYear('2024, 2026', 2026)).toBe('2024, 2026');
    expect(appendYear(appendYear('2025', 2026), 2026)).toBe('2025, 2026');
  });

  it('groups rows into blocks: adjacent and near rows together, far ones apart', () => {
    expect(rowBlocks([5, 2, 3, 4, 9, 200, 201], 3)).toEqual([
      { first: 2, last: 9 },
      { first: 200, last: 201 },
    ]);
    expect(rowBlocks([2, 3, 4], 0)).toEqual([{ first: 2, last: 4 }]);
    expect(rowBlocks([2, 4], 0)).toEqual([
      { first: 2, last: 2 },
      { first: 4, last: 4 },
    ]);
    expect(rowBlocks([], 10)).toEqual([]);
    // 18,000 rows found out of 20,000, the rest scattered: a handful of writes, not thousands.
    const rows = Array.from({ length: 20000 }, (_, i) => i + 2).filter((r) => r % 10 !== 0);
    expect(rowBlocks(rows, 100)).toHaveLength(1);
  });
});

describe('the missing numbers for the write-off form', () => {
  it('reads as ranges the write-off form accepts', () => {
    expect(numbersText([20, 15, 16, 17, 18, 12, 13])).toBe('12, 13, 15-18, 20');
    expect(numbersText([])).toBe('');
    const nos = [3, 4, 5, 9, ...Array.from({ length: 1200 }, (_, i) => 1000 + i)];
    const text = numbersText(nos);
    const parsed = parseInventoryList(text);
    expect(parsed.bad).toEqual([]);
    expect(parsed.numbers).toEqual(nos);
  });
});

describe('start and finish forms', () => {
  it('start: scope and note are optional, bounded', () => {
    expect(validateStart({ scope: '  бүкіл   қор ', note: '' })).toEqual({ ok: true, value: { scope: 'бүкіл қор', note: '' } });
    const long = validateStart({ scope: 'x'.repeat(201) });
    expect(!long.ok && long.errors.map((e) => e.field)).toEqual(['scope']);
  });

  it('finish: the preview needs no commission; closing does', () => {
    expect(validateFinish({ stocktakeId: 2, confirm: false })).toEqual({ ok: true, value: { stocktakeId: 2, confirm: false, commission: [], approvedBy: '' } });
    const refused = validateFinish({ stocktakeId: 2, confirm: true, commission: ' \n ' });
    expect(!refused.ok && refused.errors.map((e) => [e.field, e.key])).toEqual([['commission', 'error.commission']]);
    const ok = validateFinish({ stocktakeId: 2, confirm: true, commission: 'Сапарова А. Б.\n\nБекова Г. Н.', approvedBy: 'Омарова Ж. Қ.' });
    expect(ok.ok && ok.value).toEqual({ stocktakeId: 2, confirm: true, commission: ['Сапарова А. Б.', 'Бекова Г. Н.'], approvedBy: 'Омарова Ж. Қ.' });
  });

  it('numbers stock-takings 1, 2, 3 over the life of the library', () => {
    expect(nextStocktakeId([])).toBe(1);
    expect(nextStocktakeId([1, 3, '2', null, 'x'])).toBe(4);
  });
});
