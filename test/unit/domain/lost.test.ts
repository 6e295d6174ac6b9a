import { yearOfPlaceYear } from '../../../src/domain/fund';
import { latestCommission, lostBook, lostRefusals, validateLostCopy, type LostCopyForm } from '../../../src/domain/lost';
import { BLANK, KOZY } from '../../fixtures/titles';

const TODAY = '2026-12-20';
const errors = (form: LostCopyForm) => {
  const r = validateLostCopy(form, TODAY);
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.key}`);
};

describe('validateLostCopy', () => {
  it('takes a loss without a replacement: the number (typed or scanned), departments and note cleaned', () => {
    const r = validateLostCopy({ inventoryNo: 'INV:000123', replacement: null, lostDepartment: '  Оқу   залы ', readerSigned: true, note: ' жоқ ' }, TODAY);
    expect(r.ok && r.value).toEqual({ inventoryNo: 123, replacement: null, lostDepartment: 'Оқу залы', readerSigned: true, note: 'жоқ', commission: [], approvedBy: '' });
  });

  it('takes a replacement as a title of a receipt: its record, price in tiyn, one copy (or none said)', () => {
    const r = validateLostCopy({ inventoryNo: 7, replacement: { title: { ...KOZY, copies: '', price: '1 300,50' }, department: 'Абонемент' } }, TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.replacement).toMatchObject({ price: 130050, department: 'Абонемент', title: { section: 'fiction', docType: 'book', record: { title: 'Қозы-Көрпеш – Баянсұлу', year: 1965 } } });
    expect(errors({ inventoryNo: 7, replacement: { title: { ...KOZY, copies: '1' }, department: '' } })).toEqual([]);
  });

  it('refuses a replacement without a price, with more than one copy, or without a title, field by field', () => {
    expect(errors({ inventoryNo: 7, replacement: { title: { ...BLANK, price: '', copies: '3' }, department: '' } })).toEqual([
      'replacement.title.title:error.required',
      'replacement.title.price:error.required',
      'replacement.title.copies:error.replacementCopies',
    ]);
    expect(errors({ inventoryNo: 7, replacement: { title: { ...KOZY, copies: '1', price: '-5', section: 'poems' }, department: '' } })).toEqual([
      'replacement.title.section:error.choice',
      'replacement.title.price:error.price',
    ]);
  });

  it('refuses a missing or bad inventory number and over-long departments, note and commission', () => {
    expect(errors({})).toEqual(['inventoryNo:error.required']);
    expect(errors({ inventoryNo: '12a' })).toEqual(['inventoryNo:error.inventoryList']);
    expect(errors({ inventoryNo: 0 })).toEqual(['inventoryNo:error.inventoryList']);
    expect(
      errors({ inventoryNo: 1, lostDepartment: 'а'.repeat(61), note: 'б'.repeat(501), commission: 'в'.repeat(121), replacement: { title: { ...KOZY, copies: '1' }, department: 'г'.repeat(61) } }),
    ).toEqual(['lostDepartment:error.tooLong', 'note:error.tooLong', 'replacement.department:error.tooLong', 'commission:error.tooLong']);
  });

  it('splits the commission by lines and counts only a real true as signed', () => {
    const r = validateLostCopy({ inventoryNo: 1, commission: 'Сапарова А. Б.\n\n Бекова Г. Н. ', readerSigned: 'yes' }, TODAY);
    expect(r.ok && [r.value.commission, r.value.readerSigned]).toEqual([['Сапарова А. Б.', 'Бекова Г. Н.'], false]);
  });
});

describe('which lost copies may not be written off', () => {
  it('a copy not on loan first, then one the inventory book lacks, then one already written off', () => {
    expect(lostRefusals(5, { ticketNo: null, inInventory: true, writeOffActNo: '' }).map((e) => [e.field, e.key, e.params])).toEqual([['inventoryNo', 'error.lostNotOnLoan', { no: 5 }]]);
    expect(lostRefusals(5, { ticketNo: 2, inInventory: false, writeOffActNo: '' }).map((e) => e.key)).toEqual(['error.copyUnknown']);
    expect(lostRefusals(5, { ticketNo: 2, inInventory: true, writeOffActNo: '3/2026' }).map((e) => [e.key, e.params])).toEqual([['error.copyWrittenOff', { no: 5, act: '3/2026' }]]);
    expect(lostRefusals(5, { ticketNo: 2, inInventory: true, writeOffActNo: '' })).toEqual([]);
  });
});

describe('the lost book as the replacements journal names it', () => {
  it('from the catalogue record, else from the inventory book as written by hand', () => {
    expect(lostBook({ authors: 'Әбенов Ш.', title: 'Қозы-Көрпеш', year: 1965 }, { authorTitle: 'x', placeYear: '' })).toEqual({ author: 'Әбенов Ш.', title: 'Қозы-Көрпеш', year: 1965 });
    expect(lostBook(null, { authorTitle: 'Әуезов М. Абай жолы', placeYear: 'Алматы, 1997' })).toEqual({ author: '', title: 'Әуезов М. Абай жолы', year: 1997 });
    expect(lostBook({ title: '' }, { authorTitle: 'Сөздік', placeYear: 'Алматы' })).toEqual({ author: '', title: 'Сөздік', year: null });
  });

  it('reads the year at the end of "place, year"', () => {
    expect([yearOfPlaceYear('Алматы, 1965'), yearOfPlaceYear('2001'), yearOfPlaceYear('Алматы'), yearOfPlaceYear(null)]).toEqual([1965, 2001, null, null]);
  });
});

describe('the commission of the latest act', () => {
  it('is the last act that names one', () => {
    const acts = [
      { commission: 'Сапарова А. Б.; Бекова Г. Н.', approvedBy: 'Омарова Ж. Қ.' },
      { commission: 'Нұрланова М. Т.', approvedBy: '' },
      { commission: '', approvedBy: 'Ешкім' },
    ];
    expect(latestCommission(acts)).toEqual({ commission: ['Нұрланова М. Т.'], approvedBy: '' });
    expect(latestCommission(acts.slice(0, 1))).toEqual({ commission: ['Сапарова А. Б.', 'Бекова Г. Н.'], approvedBy: 'Омарова Ж. Қ.' });
    expect(latestCommission([])).toEqual({ commission: [], approvedBy: '' });
  });
});
