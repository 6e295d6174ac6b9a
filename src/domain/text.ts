/** Cleaning of text typed by people: control characters out, runs of spaces collapsed, trimmed. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** Letters in any script (Kazakh Cyrillic included), for name checks. */
export const LETTER = /\p{L}/u;
