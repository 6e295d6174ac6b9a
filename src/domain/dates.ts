/**
 * Calendar days as ISO strings ("2026-11-27"): the only date type the domain and the DTOs know.
 * Converting an instant to a day needs a time zone (the workbook's, Asia/Almaty by default);
 * nothing here reads the process's local time zone.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The calendar day of an instant in a time zone. */
export function isoDateInZone(instant: Date, timeZone: string): IsoDate {
  const parts = zonedParts(instant, timeZone);
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}

/** The instant of midnight starting the given day in a time zone (what a date cell holds). */
export function midnightInZone(day: IsoDate, timeZone: string): Date {
  const m = ISO_DATE.exec(day);
  if (!m) throw new Error(`not an ISO date: ${day}`);
  const guess = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // The zone's offset at that moment; applied twice to settle across an offset change.
  let t = guess - offsetMs(new Date(guess), timeZone);
  t = guess - offsetMs(new Date(t), timeZone);
  return new Date(t);
}

/** "2026-11-27" → "27.11.2026", as the journals and Docs show days (anything else as it is). */
export function dayText(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : day;
}

/** Days from a to b (b - a), both ISO days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

export function addDays(day: IsoDate, days: number): IsoDate {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters: Record<string, Intl.DateTimeFormat> = {};

function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const f =
    formatters[timeZone] ??
    (formatters[timeZone] = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hour12: false,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }));
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(instant)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return {
    year: out.year,
    month: out.month,
    day: out.day,
    hour: out.hour === 24 ? 0 : out.hour,
    minute: out.minute,
    second: out.second,
  };
}

function offsetMs(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (instant.getTime() - instant.getUTCMilliseconds());
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
