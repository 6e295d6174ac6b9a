import {
  contains,
  lastCompletePeriod,
  monthsOf,
  parsePeriod,
  parseReportPeriod,
  periodDays,
  periodFileName,
  periodOf,
  previousMonth,
  previousPeriod,
  sameLastYear,
  schoolYearOf,
} from '../../../src/domain/periods';

const span = (text: string) => {
  const p = parsePeriod(text);
  return p ? [p.kind, p.key, p.from, p.to] : null;
};

describe('the period a report is for, as the librarian types it', () => {
  it.each([
    ['2026-11', ['monthly', '2026-11', '2026-11-01', '2026-11-30']],
    ['2026-1', ['monthly', '2026-01', '2026-01-01', '2026-01-31']],
    ['2026.02', ['monthly', '2026-02', '2026-02-01', '2026-02-28']],
    ['2028-02', ['monthly', '2028-02', '2028-02-01', '2028-02-29']], // leap year
    ['2026-Q4', ['quarterly', '2026-Q4', '2026-10-01', '2026-12-31']],
    ['2026 q1', ['quarterly', '2026-Q1', '2026-01-01', '2026-03-31']],
    ['2026', ['annual', '2026', '2026-01-01', '2026-12-31']],
    ['2025-2026', ['schoolYear', '2025-2026', '2025-09-01', '2026-08-31']],
    ['2025/2026', ['schoolYear', '2025-2026', '2025-09-01', '2026-08-31']],
    [' 2025–2026 ', ['schoolYear', '2025-2026', '2025-09-01', '2026-08-31']],
  ])('%p is %p', (text, expected) => expect(span(text)).toEqual(expected));

  it.each(['2026-13', '2026-00', '2026-Q5', '2025-2027', '26-11', '', 'қараша', '1800', '2026-11-05'])('refuses %p', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('refuses what is not text at all', () => {
    expect(parsePeriod(null)).toBeNull();
    expect(parsePeriod(undefined)).toBeNull();
    expect(parsePeriod({})).toBeNull();
  });

  it('takes for each kind of report only its own kind of period', () => {
    expect(parseReportPeriod('monthly', '2026-11')?.key).toBe('2026-11');
    expect(parseReportPeriod('monthly', '2026')).toBeNull();
    expect(parseReportPeriod('quarterly', '2026-Q4')?.key).toBe('2026-Q4');
    expect(parseReportPeriod('quarterly', '2026-11')).toBeNull();
    expect(parseReportPeriod('annual', '2026')?.kind).toBe('annual');
    expect(parseReportPeriod('annual', '2025-2026')?.kind).toBe('schoolYear');
    expect(parseReportPeriod('annual', '2026-Q4')).toBeNull();
    expect(['2026-11', '2026-Q4', '2026', '2025-2026'].map((t) => parseReportPeriod('written', t)?.kind)).toEqual(['monthly', 'quarterly', 'annual', 'schoolYear']);
  });
});

describe('periods around a day', () => {
  it('the monthly trigger on the 1st reports the month before, across the new year', () => {
    expect(previousMonth('2026-12-01').key).toBe('2026-11');
    expect(previousMonth('2027-01-01').key).toBe('2026-12');
    expect(previousMonth('2028-03-01')).toMatchObject({ key: '2028-02', to: '2028-02-29' });
  });

  it('the last whole quarter and year before a day', () => {
    expect(lastCompletePeriod('quarterly', '2027-01-01')).toMatchObject({ key: '2026-Q4', from: '2026-10-01', to: '2026-12-31' });
    expect(lastCompletePeriod('quarterly', '2026-11-15').key).toBe('2026-Q3');
    expect(lastCompletePeriod('annual', '2027-01-01').key).toBe('2026');
    expect(lastCompletePeriod('schoolYear', '2026-09-01').key).toBe('2025-2026');
    expect(previousPeriod(parsePeriod('2026-Q1')!).key).toBe('2025-Q4');
  });

  it('the period holding a day, and whether a day is in it (its last day is)', () => {
    expect(periodOf('quarterly', '2026-10-01').key).toBe('2026-Q4');
    expect(periodOf('schoolYear', '2026-08-31').key).toBe('2025-2026');
    expect(schoolYearOf('2026-09-01')).toBe('2026-2027');
    expect(schoolYearOf('2026-05-31')).toBe('2025-2026');
    const nov = parsePeriod('2026-11')!;
    expect([contains(nov, '2026-10-31'), contains(nov, '2026-11-01'), contains(nov, '2026-11-30'), contains(nov, '2026-12-01')]).toEqual([false, true, true, false]);
  });

  it('the same period last year, for the comparison column', () => {
    expect(sameLastYear(parsePeriod('2026-11')!).key).toBe('2025-11');
    expect(sameLastYear(parsePeriod('2028-02')!)).toMatchObject({ key: '2027-02', to: '2027-02-28' });
    expect(sameLastYear(parsePeriod('2027-02')!)).toMatchObject({ key: '2026-02', to: '2026-02-28' });
    expect(sameLastYear(parsePeriod('2026-Q4')!)).toMatchObject({ key: '2025-Q4', from: '2025-10-01', to: '2025-12-31' });
    expect(sameLastYear(parsePeriod('2026')!).key).toBe('2025');
    expect(sameLastYear(parsePeriod('2025-2026')!)).toMatchObject({ key: '2024-2025', from: '2024-09-01', to: '2025-08-31' });
  });

  it('counts days, leap years included', () => {
    expect(periodDays(parsePeriod('2028')!)).toBe(366);
    expect(periodDays(parsePeriod('2026')!)).toBe(365);
    expect(periodDays(parsePeriod('2028-02')!)).toBe(29);
    expect(periodDays(parsePeriod('2026-Q4')!)).toBe(31 + 30 + 31);
    expect(periodDays(parsePeriod('2027-2028')!)).toBe(366); // holds 29 February 2028
  });

  it('lists the months of a period, and names its report file', () => {
    expect(monthsOf(parsePeriod('2026-Q4')!).map((m) => m.key)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(monthsOf(parsePeriod('2025-2026')!).map((m) => m.key)).toEqual([
      '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08',
    ]);
    expect(['2026-11', '2026-Q4', '2026', '2025-2026'].map((t) => periodFileName(parsePeriod(t)!))).toEqual(['2026-11', '2026-Q4', '2026', '2025-2026']);
  });
});
