import { normalizeGrade, validateReaderForm, type ReaderForm } from '../../../src/domain/reader';
import { allocate } from '../../../src/domain/sequence';

const TODAY = '2026-11-27';
const good: ReaderForm = {
  fullName: '  Әбенова   Айгүл Серікқызы ',
  category: 'pupil',
  grade: '5 а',
  school: '№12 мектеп-гимназия',
  address: 'Хромтау қ., Абай к-сі 5',
  phone: '+7 (701) 123-45-67',
  registeredOn: '2026-11-27',
};

function errorsOf(form: ReaderForm) {
  const r = validateReaderForm(form, TODAY);
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.key}`);
}

describe('validateReaderForm', () => {
  it('accepts a Kazakh pupil and cleans her data', () => {
    const r = validateReaderForm(good, TODAY);
    expect(r).toEqual({
      ok: true,
      value: {
        fullName: 'Әбенова Айгүл Серікқызы',
        category: 'pupil',
        grade: '5А',
        school: '№12 мектеп-гимназия',
        address: 'Хромтау қ., Абай к-сі 5',
        phone: '+7 (701) 123-45-67',
        registeredOn: '2026-11-27',
      },
    });
  });

  it('requires a name, a category, and a class for a pupil', () => {
    expect(errorsOf({ category: '', grade: '' })).toEqual(['fullName:error.required', 'category:error.required']);
    expect(errorsOf({ ...good, grade: '' })).toEqual(['grade:error.required']);
  });

  it('does not require a class for a teacher', () => {
    expect(errorsOf({ ...good, category: 'teacher', grade: '' })).toEqual([]);
  });

  it('refuses an unknown category, a class that is not 0-11, a name without letters', () => {
    expect(errorsOf({ ...good, category: 'director' })).toEqual(['category:error.choice']);
    expect(errorsOf({ ...good, grade: '12Б' })).toEqual(['grade:error.grade']);
    expect(errorsOf({ ...good, grade: 'бесінші' })).toEqual(['grade:error.grade']);
    expect(errorsOf({ ...good, fullName: '12345' })).toEqual(['fullName:error.name']);
    expect(errorsOf({ ...good, fullName: 'А' })).toEqual(['fullName:error.tooShort']);
    expect(errorsOf({ ...good, fullName: 'А'.repeat(151) })).toEqual(['fullName:error.tooLong']);
  });

  it('takes a formula-looking name as text: storing it safely is the journals layer\'s job', () => {
    const r = validateReaderForm({ ...good, fullName: '=IMPORTXML("http://example.com","//a")' }, TODAY);
    expect(r.ok && r.value.fullName).toBe('=IMPORTXML("http://example.com","//a")');
  });

  it('checks phone numbers: 10 or 11 digits, phone characters only', () => {
    expect(errorsOf({ ...good, phone: '87011234567' })).toEqual([]);
    expect(errorsOf({ ...good, phone: '701 123 45 67' })).toEqual([]);
    expect(errorsOf({ ...good, phone: '12' })).toEqual(['phone:error.phone']);
    expect(errorsOf({ ...good, phone: '+7 701 123 45 67 89' })).toEqual(['phone:error.phone']);
    expect(errorsOf({ ...good, phone: '=1+1' })).toEqual(['phone:error.phone']);
  });

  it('defaults the registration date to today and refuses future, old or malformed dates', () => {
    const r = validateReaderForm({ ...good, registeredOn: '' }, TODAY);
    expect(r.ok && r.value.registeredOn).toBe(TODAY);
    expect(errorsOf({ ...good, registeredOn: '2026-11-28' })).toEqual(['registeredOn:error.dateFuture']);
    expect(errorsOf({ ...good, registeredOn: '1999-12-31' })).toEqual(['registeredOn:error.dateTooOld']);
    expect(errorsOf({ ...good, registeredOn: '2026-02-30' })).toEqual(['registeredOn:error.date']);
    expect(errorsOf({ ...good, registeredOn: '27.11.2026' })).toEqual(['registeredOn:error.date']);
  });

  it('reports every bad field at once', () => {
    expect(errorsOf({ fullName: '', category: 'pupil', grade: 'x', phone: '1', registeredOn: 'soon' })).toEqual([
      'fullName:error.required',
      'grade:error.grade',
      'phone:error.phone',
      'registeredOn:error.date',
    ]);
  });
});

describe('normalizeGrade', () => {
  it.each([
    ['5а', '5А'],
    ['10 - б', '10Б'],
    ['11', '11'],
    ['0', '0'],
    ['7ә', '7Ә'],
    ['1b', '1B'],
  ])('%s → %s', (input, expected) => expect(normalizeGrade(input)).toBe(expected));
  it.each(['12', '00', '5АБ', ''])('refuses %p', (input) => expect(normalizeGrade(input)).toBeNull());
});

describe('allocate (reader tickets, inventory numbers, catalogue records)', () => {
  it('hands out consecutive numbers from the counter and moves it on', () => {
    expect(allocate(41, 3)).toEqual({ numbers: [41, 42, 43], next: 44 });
  });
  it('starts at 1 when the counter is missing or broken', () => {
    expect(allocate(0, 1)).toEqual({ numbers: [1], next: 2 });
    expect(allocate(Number.NaN, 1)).toEqual({ numbers: [1], next: 2 });
  });
});
