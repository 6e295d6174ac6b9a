import {
  alreadyDone,
  compareGrades,
  isSchoolYear,
  leaverNote,
  nextGrade,
  planReRegistration,
  schoolYearOf,
  startRefusal,
  schoolYearStart,
  type ReaderRecord,
} from '../../../src/domain/school-year';

describe('the school year that starts', () => {
  it.each([
    ['2026-06-01', '2026-2027'], // the day after the end of a school year: the coming one
    ['2026-07-15', '2026-2027'], // summer
    ['2026-09-01', '2026-2027'],
    ['2026-11-27', '2026-2027'], // late: the year under way
    ['2026-12-31', '2026-2027'],
    ['2027-01-10', '2026-2027'],
    ['2027-05-31', '2026-2027'], // the last day of the school year still belongs to it
    ['2027-06-01', '2027-2028'],
    ['2026-05-31', '2025-2026'],
  ])('on %s with the end 05-31 it is %s', (today, year) => {
    expect(schoolYearOf(today, '05-31')).toBe(year);
  });

  it('follows the setting: a school year ending on 25 June', () => {
    expect(schoolYearOf('2026-06-25', '06-25')).toBe('2025-2026');
    expect(schoolYearOf('2026-06-26', '06-25')).toBe('2026-2027');
  });

  it('a setting that is not a day: none', () => {
    expect(schoolYearOf('2026-11-27', '')).toBeNull();
    expect(schoolYearOf('2026-11-27', '31.05')).toBeNull();
    expect(schoolYearOf('2026-11-27', '13-01')).toBeNull();
  });

  it('reads "2026-2027" as a school year, nothing else', () => {
    expect(isSchoolYear('2026-2027')).toBe(true);
    expect(isSchoolYear('2026-2028')).toBe(false);
    expect(isSchoolYear('2026/2027')).toBe(false);
    expect(isSchoolYear('2026')).toBe(false);
  });
});

describe('a class next year', () => {
  it.each([
    ['5А', '5А', '6А'],
    ['5 а', '5А', '6А'],
    ['9Б', '9Б', '10Б'],
    ['10-б', '10Б', '11Б'],
    ['0', '0', '1'],
    ['0ә', '0Ә', '1Ә'],
    ['4', '4', '5'],
  ])('%s moves up from %s to %s', (grade, from, to) => {
    expect(nextGrade(grade)).toEqual({ kind: 'moveUp', from, to });
  });

  it('the 11th class leaves', () => {
    expect(nextGrade('11А')).toEqual({ kind: 'leaves', from: '11А' });
    expect(nextGrade('11')).toEqual({ kind: 'leaves', from: '11' });
  });

  it.each(['', '12А', '5А класс', 'бес', '5АБ', '-1'])('"%s" cannot be read', (grade) => {
    expect(nextGrade(grade)).toEqual({ kind: 'unreadable' });
  });

  it('orders classes as a school does: by number, then letter', () => {
    expect(['10А', '5Б', '0', '5А', '11Ә', '11А', '1'].sort(compareGrades)).toEqual(['0', '1', '5А', '5Б', '10А', '11А', '11Ә']);
  });
});

describe('the leaver\'s note', () => {
  it('is appended to what the librarian wrote, never instead of it', () => {
    expect(leaverNote('', '2026-2027')).toBe('2026-2027: бітірді / выпускник');
    expect(leaverNote('Анасы: 8 701 000 00 00', '2026-2027')).toBe('Анасы: 8 701 000 00 00; 2026-2027: бітірді / выпускник');
    expect(leaverNote('бірінші жол\nекінші жол ', '2026-2027')).toBe('бірінші жол\nекінші жол; 2026-2027: бітірді / выпускник');
  });

  it('is not appended twice', () => {
    expect(leaverNote('x; 2026-2027: бітірді / выпускник', '2026-2027')).toBe('x; 2026-2027: бітірді / выпускник');
  });
});

let row = 1;
const reader = (over: Partial<ReaderRecord>): ReaderRecord => {
  row++;
  return { rowNumber: row, ticketNo: row - 1, fullName: `Оқырман ${row - 1}`, category: 'pupil', grade: '5А', status: 'active', note: '', registeredOn: '2025-09-02', ...over };
};

describe('the plan', () => {
  const TODAY = '2026-09-10';
  const START = schoolYearStart('2026-2027', '05-31');

  it('the school year 2026-2027 (ending on 05-31) begins on 1 June 2026', () => {
    expect(START).toBe('2026-06-01');
    expect(schoolYearStart('2026-2027', '06-30')).toBe('2026-07-01');
  });

  it('a pupil registered since the school year began (a first-grader in September) keeps the class and is only re-registered', () => {
    row = 1;
    const plan = planReRegistration([reader({ grade: '1А', registeredOn: '2026-09-02' }), reader({ grade: '1А', registeredOn: '2026-05-31' }), reader({ grade: '11А', registeredOn: '2026-06-01' })], '2026-2027', TODAY, START);
    expect(plan.changes).toEqual([
      { rowNumber: 2, values: { reRegisteredOn: TODAY } },
      { rowNumber: 3, values: { grade: '2А', reRegisteredOn: TODAY } },
      { rowNumber: 4, values: { reRegisteredOn: TODAY } },
    ]);
    expect([plan.joined, plan.movedUp, plan.leavers.length, plan.reRegistered]).toEqual([2, 1, 0, 3]);
  });

  it('moves pupils up class by class, marks the 11th class, re-registers the rest, leaves who has left alone', () => {
    row = 1;
    const readers = [
      reader({ grade: '5А' }), // row 2
      reader({ grade: '5 а' }), // row 3
      reader({ grade: '0' }), // row 4
      reader({ grade: '9Б' }), // row 5
      reader({ grade: '11А', note: 'Анасы: 8 701 000 00 00' }), // row 6
      reader({ grade: '11Б' }), // row 7
      reader({ category: 'teacher', grade: '' }), // row 8
      reader({ category: 'staff', grade: '' }), // row 9
      reader({ grade: '11А', status: 'left', note: '2025-2026: бітірді / выпускник' }), // row 10: left last year
      reader({ grade: '5А класс' }), // row 11: unreadable
      reader({ grade: '' }), // row 12: a pupil without a class
      reader({ ticketNo: 0, fullName: '', category: '', grade: '', status: '' }), // row 13: not a reader
    ];
    const plan = planReRegistration(readers, '2026-2027', TODAY, START);
    expect(plan.moveUp).toEqual([
      { from: '0', to: '1', readers: 1 },
      { from: '5А', to: '6А', readers: 2 },
      { from: '9Б', to: '10Б', readers: 1 },
    ]);
    expect(plan.leaverClasses).toEqual([
      { from: '11А', readers: 1 },
      { from: '11Б', readers: 1 },
    ]);
    expect(plan.leavers.map((r) => r.rowNumber)).toEqual([6, 7]);
    expect(plan.unreadable.map((r) => [r.rowNumber, r.grade])).toEqual([
      [11, '5А класс'],
      [12, ''],
    ]);
    expect([plan.movedUp, plan.others, plan.joined, plan.reRegistered]).toEqual([4, 2, 0, 6]);
    expect(plan.changes).toEqual([
      { rowNumber: 2, values: { grade: '6А', reRegisteredOn: TODAY } },
      { rowNumber: 3, values: { grade: '6А', reRegisteredOn: TODAY } },
      { rowNumber: 4, values: { grade: '1', reRegisteredOn: TODAY } },
      { rowNumber: 5, values: { grade: '10Б', reRegisteredOn: TODAY } },
      { rowNumber: 6, values: { status: 'left', note: 'Анасы: 8 701 000 00 00; 2026-2027: бітірді / выпускник' } },
      { rowNumber: 7, values: { status: 'left', note: '2026-2027: бітірді / выпускник' } },
      { rowNumber: 8, values: { reRegisteredOn: TODAY } },
      { rowNumber: 9, values: { reRegisteredOn: TODAY } },
    ]);
  });

  it('writes the leaver\'s class as it was: the class is kept', () => {
    row = 1;
    const plan = planReRegistration([reader({ grade: '11 а' })], '2026-2027', TODAY, START);
    expect(plan.changes[0].values.grade).toBeUndefined();
    expect(plan.leaverClasses).toEqual([{ from: '11А', readers: 1 }]);
  });

  it('an empty journal: nothing to do', () => {
    const plan = planReRegistration([], '2026-2027', TODAY, START);
    expect([plan.moveUp, plan.leavers, plan.changes, plan.reRegistered]).toEqual([[], [], [], 0]);
  });
});

describe('when starting is refused', () => {
  it('the year already started (or a later one) is refused', () => {
    expect(alreadyDone('2026-2027', '')).toBe(false);
    expect(alreadyDone('2026-2027', '2025-2026')).toBe(false);
    expect(alreadyDone('2026-2027', '2026-2027')).toBe(true);
    expect(alreadyDone('2026-2027', '2027-2028')).toBe(true);
    expect(startRefusal('2026-2027', '2026-2027', '2026-2027')).toEqual({ field: '', key: 'schoolYear.error.alreadyDone', params: { year: '2026-2027', last: '2026-2027' } });
  });

  it('a preview of another year (it was stale) is refused', () => {
    expect(startRefusal('2027-2028', '2026-2027', '2026-2027')).toEqual({ field: '', key: 'schoolYear.error.stale', params: { seen: '2026-2027', year: '2027-2028' } });
    expect(startRefusal('2026-2027', '', '')).toMatchObject({ key: 'schoolYear.error.stale' });
    expect(startRefusal('2026-2027', '', ' 2026-2027 ')).toBeNull();
    expect(startRefusal('2026-2027', '2025-2026', '2026-2027')).toBeNull();
  });

  it('the preview itself is refused only when the year was started', () => {
    expect(startRefusal('2026-2027', '')).toBeNull();
    expect(startRefusal('2026-2027', '2026-2027')).toMatchObject({ key: 'schoolYear.error.alreadyDone' });
  });
});
