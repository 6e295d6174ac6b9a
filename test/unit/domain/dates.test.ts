import { addDays, daysBetween, isIsoDate, isoDateInZone, midnightInZone } from '../../../src/domain/dates';

describe('calendar days in the library time zone', () => {
  it('knows real dates from impossible ones', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
  });

  it('gives the Almaty day of an instant: 20:00 UTC is already the next day in Kazakhstan', () => {
    // Kazakhstan has one zone, UTC+5, since 1 March 2024 (tz database 2024a).
    expect(isoDateInZone(new Date('2026-11-27T18:59:00Z'), 'Asia/Almaty')).toBe('2026-11-27');
    expect(isoDateInZone(new Date('2026-11-27T19:00:00Z'), 'Asia/Almaty')).toBe('2026-11-28');
    expect(isoDateInZone(new Date('2026-11-27T19:00:00Z'), 'UTC')).toBe('2026-11-27');
  });

  it('puts a date cell at midnight of its day in the zone, and reads it back as the same day', () => {
    const d = midnightInZone('2026-11-27', 'Asia/Almaty');
    expect(d.toISOString()).toBe('2026-11-26T19:00:00.000Z');
    expect(isoDateInZone(d, 'Asia/Almaty')).toBe('2026-11-27');
    expect(midnightInZone('2026-06-01', 'Europe/Moscow').toISOString()).toBe('2026-05-31T21:00:00.000Z');
  });

  it('counts and adds days across month and year ends', () => {
    expect(daysBetween('2026-12-25', '2027-01-08')).toBe(14);
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
