import type { ColumnDef } from '../../../sheets-template/schema';
import { asSheetText, fromCell, toCell } from '../../../src/journals/codec';

const text: ColumnDef = { key: 'fullName', title: { kk: 'Аты-жөні', ru: 'ФИО' }, type: 'text', width: 200 };
const date: ColumnDef = { key: 'registeredOn', title: { kk: 'Күні', ru: 'Дата' }, type: 'date', width: 90 };
const category: ColumnDef = {
  key: 'category',
  title: { kk: 'Санаты', ru: 'Категория' },
  type: 'enum',
  width: 90,
  options: [
    { code: 'pupil', title: { kk: 'Оқушы', ru: 'Ученик' } },
    { code: 'teacher', title: { kk: 'Мұғалім', ru: 'Учитель' } },
  ],
};

describe('text typed by people is stored as text', () => {
  it.each(['=IMPORTXML("http://x","//a")', '+77011234567', '-5', '@SUM(A1)', "'quoted", '\tTab', '10', '2026-11-27', '1,5', 'TRUE'])(
    '%p gets the apostrophe that keeps Sheets from interpreting it',
    (value) => expect(asSheetText(value)).toBe(`'${value}`),
  );
  it.each(['Әбенова Айгүл', '5А', 'Абай к-сі 5', '№12 мектеп', ''])('%p is stored as it is', (value) =>
    expect(asSheetText(value)).toBe(value),
  );
  it('a text column encodes through asSheetText', () => {
    expect(toCell(text, '=1+1', 'kk', 'Asia/Almaty')).toBe("'=1+1");
  });
});

describe('days and enums', () => {
  it('a day becomes a date cell at midnight in the workbook zone and reads back as the same day', () => {
    const cell = toCell(date, '2026-09-01', 'kk', 'Asia/Almaty');
    expect(cell).toEqual(new Date('2026-08-31T19:00:00.000Z'));
    expect(fromCell(date, cell, 'Asia/Almaty')).toBe('2026-09-01');
  });
  it('reads days typed by hand as 01.09.2026', () => {
    expect(fromCell(date, '01.09.2026', 'Asia/Almaty')).toBe('2026-09-01');
    expect(fromCell(date, 'ертең', 'Asia/Almaty')).toBeNull();
  });
  it('writes an enum as its label in the workbook language and reads either language back to the code', () => {
    expect(toCell(category, 'pupil', 'kk', 'UTC')).toBe('Оқушы');
    expect(toCell(category, 'pupil', 'ru', 'UTC')).toBe('Ученик');
    expect(fromCell(category, 'Учитель', 'UTC')).toBe('teacher');
    expect(fromCell(category, 'оқушы', 'UTC')).toBe('pupil');
  });
  it('refuses to write a malformed day rather than store garbage', () => {
    expect(() => toCell(date, '27.11.2026', 'kk', 'UTC')).toThrow(/not an ISO date/);
  });
});
