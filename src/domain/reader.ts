/**
 * The reader (formular) rules: what a registration form must hold, and how its values are cleaned.
 * Pure: the caller passes today's date in the library's time zone.
 */
import type { FieldError, Validation } from './errors';
import { isIsoDate, type IsoDate } from './dates';
import { cleanText, LETTER } from './text';

export const READER_CATEGORIES = ['pupil', 'teacher', 'staff', 'other'] as const;
export type ReaderCategory = (typeof READER_CATEGORIES)[number];

/** What the Register-a-reader sidebar sends (a DTO: strings only). */
export interface ReaderForm {
  fullName?: string;
  category?: string;
  grade?: string;
  school?: string;
  address?: string;
  phone?: string;
  registeredOn?: string;
}

/** A validated, cleaned registration. */
export interface NewReader {
  fullName: string;
  category: ReaderCategory;
  grade: string;
  school: string;
  address: string;
  phone: string;
  registeredOn: IsoDate;
}

export const LIMITS = {
  fullName: { min: 2, max: 150 },
  school: { max: 200 },
  address: { max: 300 },
  phone: { max: 30 },
  earliestDate: '2000-01-01',
} as const;

const GRADE = /^(0|[1-9]|1[01])\s*[-–]?\s*(\p{L})?$/u;

/** "5 а" → "5А", "10-б" → "10Б"; null when it is not a class. */
export function normalizeGrade(value: string): string | null {
  const m = GRADE.exec(value.trim());
  if (!m) return null;
  return m[1] + (m[2] ? m[2].toLocaleUpperCase('kk') : '');
}

/** Digits a phone number holds; Kazakhstan numbers have 10 (701 123 45 67) or 11 (+7 / 8 ...). */
export function phoneDigits(value: string): string {
  return value.replace(/\D/g, '');
}

export function validateReaderForm(form: ReaderForm | null | undefined, today: IsoDate): Validation<NewReader> {
  const f = form ?? {};
  const errors: FieldError[] = [];

  const fullName = cleanText(f.fullName);
  if (!fullName) errors.push({ field: 'fullName', key: 'error.required' });
  else if (fullName.length < LIMITS.fullName.min) errors.push({ field: 'fullName', key: 'error.tooShort', params: { min: LIMITS.fullName.min } });
  else if (fullName.length > LIMITS.fullName.max) errors.push({ field: 'fullName', key: 'error.tooLong', params: { max: LIMITS.fullName.max } });
  else if (!LETTER.test(fullName)) errors.push({ field: 'fullName', key: 'error.name' });

  const categoryText = cleanText(f.category);
  const category = (READER_CATEGORIES as readonly string[]).includes(categoryText) ? (categoryText as ReaderCategory) : null;
  if (!categoryText) errors.push({ field: 'category', key: 'error.required' });
  else if (!category) errors.push({ field: 'category', key: 'error.choice' });

  const gradeText = cleanText(f.grade);
  let grade = '';
  if (gradeText) {
    const g = normalizeGrade(gradeText);
    if (g === null) errors.push({ field: 'grade', key: 'error.grade' });
    else grade = g;
  } else if (category === 'pupil') {
    errors.push({ field: 'grade', key: 'error.required' });
  }

  const school = cleanText(f.school);
  if (school.length > LIMITS.school.max) errors.push({ field: 'school', key: 'error.tooLong', params: { max: LIMITS.school.max } });

  const address = cleanText(f.address);
  if (address.length > LIMITS.address.max) errors.push({ field: 'address', key: 'error.tooLong', params: { max: LIMITS.address.max } });

  const phone = cleanText(f.phone);
  if (phone) {
    const digits = phoneDigits(phone);
    if (phone.length > LIMITS.phone.max || !/^[+\d\s()\-–]+$/.test(phone) || digits.length < 10 || digits.length > 11) {
      errors.push({ field: 'phone', key: 'error.phone' });
    }
  }

  const registeredOn = cleanText(f.registeredOn) || today;
  if (!isIsoDate(registeredOn)) errors.push({ field: 'registeredOn', key: 'error.date' });
  else if (registeredOn > today) errors.push({ field: 'registeredOn', key: 'error.dateFuture' });
  else if (registeredOn < LIMITS.earliestDate) errors.push({ field: 'registeredOn', key: 'error.dateTooOld', params: { min: LIMITS.earliestDate } });

  if (errors.length > 0 || !category) return { ok: false, errors };
  return { ok: true, value: { fullName, category, grade, school, address, phone, registeredOn } };
}

/** The reader groups the daily log and the reports count by (sheets-template READER_GROUPS codes). */
export type ReaderGroup = 'grades1to4' | 'grades5to9' | 'grades10to11' | 'teachers' | 'others';

/**
 * A reader's group: pupils by the number of their class (0 and 1-4, 5-9, 10-11), teachers, and the
 * rest (staff, others, a pupil without a class on record).
 */
export function readerGroup(category: string, grade: string): ReaderGroup {
  if (category === 'teacher') return 'teachers';
  if (category !== 'pupil') return 'others';
  const m = /^\s*(\d{1,2})/.exec(grade);
  if (!m) return 'others';
  const n = Number(m[1]);
  if (n <= 4) return 'grades1to4';
  if (n <= 9) return 'grades5to9';
  if (n <= 11) return 'grades10to11';
  return 'others';
}
