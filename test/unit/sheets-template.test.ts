import {
  ACQUISITION_SOURCES,
  JOURNALS,
  SECTIONS,
  SETTINGS,
  SUMMARY_LANGUAGE_KEY,
  SUMMARY_SECTION_KEY,
  SUMMARY_TYPE_KEY,
  TEMPLATE_VERSION,
  WRITE_OFF_REASONS,
  column,
  isJournalId,
  isSettingKey,
  journal,
  settingDef,
} from '../../sheets-template';
import type { ColumnDef, ColumnKey, JournalDef, JournalId, SettingKey, Text } from '../../sheets-template';

// ---- compile-time checks: ids and keys are literal unions (ts-jest type-checks this file) ----
const okId: JournalId = 'inventoryBook';
// @ts-expect-error not a journal id
const badId: JournalId = 'inventory';
const okKey: ColumnKey<'readers'> = 'ticketNo';
// @ts-expect-error a key of another journal
const badKey: ColumnKey<'readers'> = 'inventoryNo';
const okSetting: SettingKey = 'loanPeriodDays';
// @ts-expect-error not a setting
const badSetting: SettingKey = 'loanPeriod';
void [okId, badId, okKey, badKey, okSetting, badSetting];

const all: readonly JournalDef[] = JOURNALS;
const ids = all.map((j) => j.id);
const keysOf = (id: JournalId): string[] => (journal(id) as JournalDef).columns.map((c) => c.key);
const colOf = (id: JournalId, key: string): ColumnDef => {
  const c = (journal(id) as JournalDef).columns.find((x) => x.key === key);
  if (!c) throw new Error(`no column ${key} in ${id}`);
  return c;
};
const everyColumn: Array<[string, ColumnDef]> = all.flatMap((j) => j.columns.map((c): [string, ColumnDef] => [j.id, c]));

const CAMEL = /^[a-z][a-zA-Z0-9]*$/;
const KAZAKH_ONLY_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

/** Sheet title rules from schema.ts: non-empty, at most 100 characters, none of [ ] * ? / \ : */
function sheetTitleProblem(s: string): string | null {
  if (s.trim() === '') return 'empty';
  if (s !== s.trim()) return 'leading or trailing space';
  if (s.length > 100) return 'longer than 100';
  if (/[[\]*?/\\:]/.test(s)) return 'forbidden character';
  if (s.startsWith("'") || s.endsWith("'")) return 'apostrophe at an end';
  return null;
}

function textProblem(t: Text | undefined, what: string): string[] {
  if (!t) return [`${what}: missing`];
  const out: string[] = [];
  if (typeof t.kk !== 'string' || t.kk.trim() === '') out.push(`${what}: empty kk`);
  if (typeof t.ru !== 'string' || t.ru.trim() === '') out.push(`${what}: empty ru`);
  return out;
}

/** The journals the brief lists, with the glossary code names. */
const BRIEF_IDS = [
  'inventoryBook',
  'acquisitions',
  'summaryBookReceipts',
  'summaryBookWithdrawals',
  'summaryBookTotals',
  'writeOffActs',
  'catalog',
  'readers',
  'loans',
  'reservations',
  'replacements',
  'gifts',
  'debtors',
  'periodicals',
  'periodicalIssues',
  'articleIndex',
  'dailyLog',
  'monthlyPlan',
  'annualPlan',
  'events',
  'exhibitions',
  'scans',
  'contentPlan',
  'socialStats',
  'auditLog',
  'settings',
];

describe('journal ids', () => {
  test('the tab order is the documents order of the guide, plus the loan history after loans, the stock-taking journals and the catalogue index before the audit log', () => {
    const expected = [...BRIEF_IDS];
    expected.splice(expected.indexOf('loans') + 1, 0, 'loanHistory', 'visits');
    expected.splice(expected.indexOf('auditLog'), 0, 'stocktakes', 'stocktakeFound', 'catalogIndex');
    expected.splice(expected.indexOf('exhibitions') + 1, 0, 'exhibitionBooks');
    expect(ids).toEqual(expected);
  });

  test('every journal the brief lists exists', () => {
    const missing = BRIEF_IDS.filter((id) => !ids.includes(id));
    expect(missing).toEqual([]);
  });

  test('ids are unique and camelCase', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !CAMEL.test(id))).toEqual([]);
  });

  test('journal() finds each journal and throws on an unknown id', () => {
    for (const j of all) expect(journal(j.id as JournalId)).toBe(j);
    expect(() => journal('inventory' as JournalId)).toThrow(/inventory/);
    expect(isJournalId('loans')).toBe(true);
    expect(isJournalId('loan')).toBe(false);
  });

  test('column() finds a column by key and throws on an unknown key', () => {
    expect(column('readers', 'phone').type).toBe('phone');
    expect(() => column('readers', 'nope' as ColumnKey<'readers'>)).toThrow(/nope/);
  });

  test('TEMPLATE_VERSION is 2 (visits, the loans\' reader group and section, the condition "lost")', () => {
    expect(TEMPLATE_VERSION).toBe(2);
  });
});

describe('journal titles and properties', () => {
  test('titles are valid sheet titles in kk and ru, different per language and unique', () => {
    const problems: string[] = [];
    for (const j of all) {
      problems.push(...textProblem(j.title, `${j.id} title`), ...textProblem(j.description, `${j.id} description`));
      for (const lang of ['kk', 'ru'] as const) {
        const p = sheetTitleProblem(j.title[lang]);
        if (p) problems.push(`${j.id} ${lang} title: ${p}`);
      }
      if (j.title.kk === j.title.ru) problems.push(`${j.id}: kk title equals ru title`);
      if (KAZAKH_ONLY_LETTERS.test(j.title.ru)) problems.push(`${j.id}: ru title has Kazakh letters`);
      if (j.source.trim() === '') problems.push(`${j.id}: no source`);
    }
    expect(problems).toEqual([]);
    for (const lang of ['kk', 'ru'] as const) {
      const titles = all.map((j) => j.title[lang].toLowerCase());
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  test('tab titles stay short enough to read', () => {
    const long = all.flatMap((j) => [j.title.kk, j.title.ru]).filter((s) => s.length > 32);
    expect(long).toEqual([]);
  });

  test('one frozen header row everywhere; frozen columns within the sheet', () => {
    for (const j of all) {
      expect(j.frozenRows).toBe(1);
      if (j.frozenColumns !== undefined) {
        expect(j.frozenColumns).toBeGreaterThan(0);
        expect(j.frozenColumns).toBeLessThanOrEqual(3);
      }
    }
    expect(journal('inventoryBook').frozenColumns).toBe(2);
  });

  test('legal journals are the fund records, protected with a warning', () => {
    const legal = all.filter((j) => j.kind === 'legal').map((j) => j.id);
    expect(legal).toEqual([
      'inventoryBook',
      'acquisitions',
      'summaryBookReceipts',
      'summaryBookWithdrawals',
      'summaryBookTotals',
      'writeOffActs',
    ]);
    for (const j of all) {
      if (j.kind === 'legal' || j.kind === 'log') expect([j.id, j.protection]).toEqual([j.id, 'warning']);
    }
  });

  test('the audit log is a hidden log; settings are the settings journal; nothing else is hidden', () => {
    const audit = journal('auditLog');
    expect(audit.kind).toBe('log');
    expect(audit.hidden).toBe(true);
    expect(all.filter((j) => j.hidden).map((j) => j.id)).toEqual(['catalogIndex', 'auditLog']);
    expect(journal('catalogIndex').kind).toBe('index');
    expect(journal('settings').kind).toBe('settings');
    expect(keysOf('settings')).toEqual(['key', 'title', 'value', 'note']);
  });
});

describe('columns', () => {
  test('keys are unique per journal and camelCase', () => {
    for (const j of all) {
      const keys = j.columns.map((c) => c.key);
      expect([j.id, keys.length]).toEqual([j.id, new Set(keys).size]);
      expect(keys.filter((k) => !CAMEL.test(k))).toEqual([]);
    }
  });

  test('column titles are non-empty in kk and ru, unique per journal and language; notes complete', () => {
    const problems: string[] = [];
    for (const j of all) {
      for (const lang of ['kk', 'ru'] as const) {
        const titles = j.columns.map((c) => c.title[lang]);
        const dup = titles.filter((s, i) => titles.indexOf(s) !== i);
        if (dup.length) problems.push(`${j.id} ${lang}: duplicate column titles ${dup.join(', ')}`);
      }
      for (const c of j.columns) {
        problems.push(...textProblem(c.title, `${j.id}.${c.key} title`));
        if (c.note) problems.push(...textProblem(c.note, `${j.id}.${c.key} note`));
        if (KAZAKH_ONLY_LETTERS.test(c.title.ru)) problems.push(`${j.id}.${c.key}: ru title has Kazakh letters`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('widths are sensible pixel counts', () => {
    const bad = everyColumn.filter(([, c]) => !Number.isInteger(c.width) || c.width < 50 || c.width > 500);
    expect(bad.map(([id, c]) => `${id}.${c.key}`)).toEqual([]);
  });

  test('enum columns have options with unique codes and labels and both titles; others have none', () => {
    const problems: string[] = [];
    for (const [id, c] of everyColumn) {
      const where = `${id}.${c.key}`;
      if (c.type !== 'enum') {
        if (c.options !== undefined) problems.push(`${where}: options on a ${c.type} column`);
        continue;
      }
      const opts = c.options ?? [];
      if (opts.length < 2) problems.push(`${where}: fewer than 2 options`);
      const codes = opts.map((o) => o.code);
      if (new Set(codes).size !== codes.length) problems.push(`${where}: duplicate codes`);
      for (const o of opts) {
        if (!CAMEL.test(o.code)) problems.push(`${where}: code ${o.code} not camelCase`);
        problems.push(...textProblem(o.title, `${where}.${o.code}`));
        if (KAZAKH_ONLY_LETTERS.test(o.title.ru)) problems.push(`${where}.${o.code}: ru label has Kazakh letters`);
      }
      // the sheet stores the label in the workbook language: labels must map back to one code
      for (const lang of ['kk', 'ru'] as const) {
        const labels = opts.map((o) => o.title[lang]);
        if (new Set(labels).size !== labels.length) problems.push(`${where}: duplicate ${lang} labels`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('counts, sums and codes have a lower bound; money is never negative', () => {
    const noMin = everyColumn.filter(([, c]) => (c.type === 'int' || c.type === 'money') && c.min === undefined);
    expect(noMin.map(([id, c]) => `${id}.${c.key}`)).toEqual([]);
    const negative = everyColumn.filter(([, c]) => c.min !== undefined && c.min < 0);
    expect(negative.map(([id, c]) => `${id}.${c.key}`)).toEqual([]);
    const minOnOther = everyColumn.filter(([, c]) => c.min !== undefined && !['int', 'number', 'money'].includes(c.type));
    expect(minOnOther.map(([id, c]) => `${id}.${c.key}`)).toEqual([]);
  });

  test('types follow the data: inventory numbers int, ISBN and class text, phone phone, money money', () => {
    const wrong: string[] = [];
    const expectType = (pred: (key: string) => boolean, type: string) => {
      for (const [id, c] of everyColumn) if (pred(c.key) && c.type !== type) wrong.push(`${id}.${c.key} is ${c.type}, want ${type}`);
    };
    expectType((k) => /^(inventoryNo|inventoryFrom|inventoryTo|lostInventoryNo|newInventoryNo)$/.test(k), 'int');
    expectType((k) => k === 'ticketNo' || k === 'titleId' || k === 'loanId' || k === 'recordNo', 'int');
    expectType((k) => k === 'isbn' || k === 'bbk' || k === 'udc' || k === 'grade' || k === 'index', 'text');
    expectType((k) => k === 'actNo' || k === 'writeOffActNo', 'text'); // "5/2025" must not become a date
    expectType((k) => k === 'phone', 'phone');
    expectType((k) => k === 'email', 'email');
    expectType((k) => /^(price|sum|lostPrice|newPrice)$/.test(k), 'money');
    expectType((k) => /Link$/.test(k), 'url');
    expectType((k) => /(On|Date)$/.test(k) || k === 'date' || k === 'dateFrom' || k === 'dateTo', 'date');
    expect(wrong).toEqual([]);
    expect(colOf('periodicalIssues', 'number').type).toBe('text'); // "12-13" must not become a date
    expect(colOf('auditLog', 'at').type).toBe('datetime');
  });

  test('an inventory number or reader ticket, where it identifies the row, is required', () => {
    expect(colOf('inventoryBook', 'inventoryNo').required).toBe(true);
    expect(colOf('readers', 'ticketNo').required).toBe(true);
    expect(colOf('loans', 'inventoryNo').required).toBe(true);
    expect(colOf('catalog', 'titleId').required).toBe(true);
  });
});

describe('legal journals keep the standard forms', () => {
  const TYPES = ['typeBooks', 'typeBrochures', 'typeAudiovisual', 'typePeriodicals'];
  const SECTION_KEYS = [
    'sectionNatural',
    'sectionApplied',
    'sectionSocial',
    'sectionPedagogy',
    'sectionPhilology',
    'sectionFiction',
    'sectionChildren',
    'sectionTextbooks',
  ];
  const LANGS = ['langKazakh', 'langRussian', 'langOther'];

  test('inventory book: the standard column order, the title-record id only at the end', () => {
    expect(keysOf('inventoryBook')).toEqual([
      'entryDate', // date of entry
      'inventoryNo', // inventory number
      'authorTitle', // author and title (one column, as on paper)
      'placeYear', // place and year of publication
      'price', // price
      'summaryRecordNo', // summary-book record number
      'checkMark', // check mark (stock-taking)
      'writeOffActNo', // write-off act number
      'writeOffDate', // write-off date
      'note', // note
      'titleId', // ours: the catalogue record
    ]);
    expect(colOf('inventoryBook', 'price').required).toBe(true);
    expect(colOf('inventoryBook', 'authorTitle').required).toBe(true);
  });

  test('summary book part 1: date, record, source, document, total, by type, sum, by section, by language', () => {
    expect(keysOf('summaryBookReceipts')).toEqual([
      'date',
      'recordNo',
      'source',
      'documentNo',
      'documentDate',
      'copiesTotal',
      ...TYPES,
      'sum',
      ...SECTION_KEYS,
      ...LANGS,
      'note',
      'supplier', // ours: who supplied or gave the batch, after the standard columns
    ]);
    expect(colOf('summaryBookReceipts', 'source').options).toBe(ACQUISITION_SOURCES);
  });

  test('summary book part 2: date, act, copies, sum, by type, by section, reason (then our columns)', () => {
    expect(keysOf('summaryBookWithdrawals')).toEqual([
      'date',
      'recordNo',
      'actNo',
      'copiesTotal',
      'sum',
      ...TYPES,
      ...SECTION_KEYS,
      'reason',
      ...LANGS,
      'note',
    ]);
    expect(colOf('summaryBookWithdrawals', 'reason').options).toBe(WRITE_OFF_REASONS);
  });

  test('summary book part 3: year and line (start, received, withdrawn, end), copies, sum, breakdowns', () => {
    expect(keysOf('summaryBookTotals')).toEqual(['year', 'line', 'copies', 'sum', ...TYPES, ...SECTION_KEYS, ...LANGS, 'note']);
    expect((colOf('summaryBookTotals', 'line').options ?? []).map((o) => o.code)).toEqual([
      'atStart',
      'received',
      'withdrawn',
      'atEnd',
    ]);
  });

  test('one copies column per content section, and the catalogue maps onto the summary book columns', () => {
    expect(SECTIONS.map((s) => SUMMARY_SECTION_KEY[s.code])).toEqual(SECTION_KEYS);
    expect(colOf('catalog', 'section').options).toBe(SECTIONS);
    const catalogTypes = (colOf('catalog', 'docType').options ?? []).map((o) => o.code);
    expect(catalogTypes.map((c) => (SUMMARY_TYPE_KEY as Record<string, string>)[c])).toEqual(TYPES);
    const catalogLangs = (colOf('catalog', 'language').options ?? []).map((o) => o.code);
    const langKeys = catalogLangs.map((c) => (SUMMARY_LANGUAGE_KEY as Record<string, string>)[c]);
    expect(langKeys.every((k) => LANGS.includes(k))).toBe(true);
    expect(new Set(langKeys)).toEqual(new Set(LANGS));
    // the section and language columns are counts of copies
    for (const key of [...TYPES, ...SECTION_KEYS, ...LANGS]) expect(colOf('summaryBookReceipts', key).type).toBe('int');
  });

  test('write-off acts: the header of the act, reasons as the standard lists them', () => {
    expect(keysOf('writeOffActs')).toEqual([
      'actNo',
      'date',
      'reason',
      'copies',
      'sum',
      'commission',
      'approvedBy',
      'docLink',
      'note',
    ]);
    expect(WRITE_OFF_REASONS.map((r) => r.code)).toEqual([
      'wornOut',
      'lost',
      'lostByReader',
      'outdated',
      'notRelevant',
      'defective',
    ]);
    expect(colOf('writeOffActs', 'reason').options).toBe(WRITE_OFF_REASONS);
  });

  test('replacements keep the standard order: date, reader, lost book, the book in its place, signature', () => {
    const keys = keysOf('replacements');
    const standard = [
      'date',
      'readerName',
      'lostInventoryNo',
      'lostAuthor',
      'lostTitle',
      'lostYear',
      'lostPrice',
      'lostDepartment',
      'newAuthor',
      'newTitle',
      'newYear',
      'newPrice',
      'newDepartment',
      'readerSigned',
    ];
    expect(keys.slice(0, standard.length)).toEqual(standard);
  });

  test('gifts: date, giver, books, copies, sum, act number', () => {
    expect(keysOf('gifts').slice(0, 6)).toEqual(['date', 'giver', 'books', 'copies', 'sum', 'actNo']);
  });
});

describe('registers', () => {
  test('readers: the formular fields, and every field the register form writes', () => {
    expect(keysOf('readers')).toEqual([
      'ticketNo',
      'fullName',
      'category',
      'grade',
      'school',
      'address',
      'phone',
      'email',
      'birthDate',
      'registeredOn',
      'reRegisteredOn',
      'status',
      'note',
    ]);
    const codes = (key: string) => (colOf('readers', key).options ?? []).map((o) => o.code);
    expect(codes('category')).toEqual(['pupil', 'teacher', 'staff', 'other']);
    expect(codes('status')).toEqual(['active', 'left']);
    for (const k of ['ticketNo', 'fullName', 'category', 'registeredOn', 'status']) expect(colOf('readers', k).required).toBe(true);
    for (const k of ['email', 'birthDate']) expect(colOf('readers', k).required).toBeUndefined();
  });

  test('loans and the loan history have the same columns', () => {
    expect(keysOf('loans')).toEqual([
      'loanId',
      'ticketNo',
      'inventoryNo',
      'titleId',
      'issuedOn',
      'dueOn',
      'returnedOn',
      'condition',
      'conditionNote',
      'renewals',
      'readerGroup',
      'section',
    ]);
    expect(keysOf('loanHistory')).toEqual(keysOf('loans'));
  });

  test('reservations, debtors, periodicals, the daily log and the catalogue hold the fields asked for', () => {
    const has = (id: JournalId, keys: string[]) => expect(keys.filter((k) => !keysOf(id).includes(k))).toEqual([]);
    has('reservations', ['id', 'titleId', 'ticketNo', 'reservedOn', 'expiresOn', 'status', 'inventoryNo']);
    expect((colOf('reservations', 'status').options ?? []).map((o) => o.code)).toEqual([
      'waiting',
      'held',
      'fulfilled',
      'cancelled',
      'expired',
    ]);
    has('debtors', ['ticketNo', 'fullName', 'grade', 'inventoryNo', 'title', 'dueOn', 'daysOverdue', 'updatedOn']);
    has('periodicals', ['title', 'kind', 'language', 'issuesPerYear', 'periodFrom', 'periodTo', 'price', 'index']);
    has('periodicalIssues', ['periodical', 'year', 'number', 'receivedOn', 'note', 'boundInventoryNo']);
    has('articleIndex', ['authors', 'title', 'periodical', 'year', 'number', 'pages', 'subjects', 'bbk', 'description', 'language', 'search']);
    // The article's language decides "Б." or "С." in its description; the search text is folded for the catalogue search.
    expect((colOf('articleIndex', 'language').options ?? []).map((o) => o.code)).toEqual(['kk', 'ru', 'en', 'other']);
    expect(colOf('articleIndex', 'search').type).toBe('text');
    has('dailyLog', [
      'date',
      'readersServed',
      'newReaders',
      'visits',
      'booksIssued',
      'issuedGrades1to4',
      'issuedGrades5to9',
      'issuedGrades10to11',
      'issuedTeachers',
      'issuedOthers',
      'requestsFulfilled',
      'consultations',
      'eventsHeld',
    ]);
    has('catalog', [
      'titleId',
      'authors',
      'title',
      'otherTitleInfo',
      'responsibility',
      'place',
      'publisher',
      'year',
      'pages',
      'isbn',
      'bbk',
      'udc',
      'authorSign',
      'language',
      'section',
      'docType',
      'annotation',
      'keywords',
      'createdOn',
    ]);
    has('scans', ['id', 'description', 'authors', 'title', 'place', 'publisher', 'year', 'pages', 'fileName', 'fileLink', 'mimeType', 'uploadedOn']);
    has('auditLog', ['at', 'operation', 'entity', 'entityId', 'details', 'userKey']);
    expect(keysOf('monthlyPlan')).toEqual(keysOf('annualPlan'));
  });

  test('stock-taking: one row per stock-taking (open or finished, its counts and Doc) and its found list', () => {
    expect(keysOf('stocktakes')).toEqual([
      'id',
      'startedOn',
      'finishedOn',
      'status',
      'scope',
      'fundCount',
      'foundCount',
      'onLoanCount',
      'missingCount',
      'missingSum',
      'docLink',
      'note',
    ]);
    expect((colOf('stocktakes', 'status').options ?? []).map((o) => o.code)).toEqual(['open', 'finished']);
    // The found list: one row per copy found; "key" (stock-taking:inventory no.) lets a text finder tell a
    // second scan of the same copy in the same stock-taking without reading the found lists of earlier years.
    expect(keysOf('stocktakeFound')).toEqual(['stocktakeId', 'inventoryNo', 'foundAt', 'userKey', 'key']);
    expect(colOf('stocktakeFound', 'inventoryNo').required).toBe(true);
    expect(colOf('stocktakeFound', 'foundAt').type).toBe('datetime');
    expect(colOf('stocktakeFound', 'key').type).toBe('text'); // "3:125" must not become a time of day
    expect(journal('stocktakeFound').kind).toBe('log');
  });
});

describe('settings', () => {
  const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  test('the settings asked for, keys unique and camelCase, titles in kk and ru', () => {
    const keys = SETTINGS.map((s) => s.key);
    expect(keys).toEqual([
      'libraryName',
      'schoolName',
      'language',
      'loanPeriodDays',
      'loanLimit',
      'directorEmail',
      'reservationDays',
      'nextReaderTicket',
      'nextTitleId',
      'nextInventoryNo',
      'nextLoanId',
      'nextReservationId',
      'nextEventId',
      'nextExhibitionId',
      'nextScanId',
      'schoolYearEnd',
      'lastReRegistration',
      'archiveFolderId',
    ]);
    expect(new Set<string>(keys).size).toBe(keys.length);
    expect(keys.filter((k) => !CAMEL.test(k))).toEqual([]);
    expect(SETTINGS.flatMap((s) => textProblem(s.title, s.key))).toEqual([]);
    expect(isSettingKey('loanLimit')).toBe(true);
    expect(isSettingKey('limit')).toBe(false);
    expect(() => settingDef('nope' as SettingKey)).toThrow(/nope/);
  });

  test('defaults are valid for their type and bounds', () => {
    const problems: string[] = [];
    for (const s of SETTINGS as readonly import('../../sheets-template').SettingDef[]) {
      const v = s.defaultValue;
      if (s.type === 'int') {
        if (typeof v !== 'number' || !Number.isInteger(v)) problems.push(`${s.key}: not an int`);
        else {
          if (s.min !== undefined && v < s.min) problems.push(`${s.key}: below min`);
          if (s.max !== undefined && v > s.max) problems.push(`${s.key}: above max`);
        }
        if (s.min !== undefined && s.max !== undefined && s.min > s.max) problems.push(`${s.key}: min > max`);
      } else {
        if (typeof v !== 'string') problems.push(`${s.key}: not a string`);
        if (s.min !== undefined || s.max !== undefined) problems.push(`${s.key}: bounds on a ${s.type}`);
      }
      if (s.type === 'enum') {
        const codes = (s.options ?? []).map((o) => o.code);
        if (codes.length < 2) problems.push(`${s.key}: no options`);
        if (!codes.includes(String(v))) problems.push(`${s.key}: default not an option`);
      } else if (s.options !== undefined) problems.push(`${s.key}: options on a ${s.type}`);
      if (s.type === 'email' && v !== '' && !EMAIL.test(String(v))) problems.push(`${s.key}: bad email`);
      if (s.pattern !== undefined) {
        if (s.type !== 'text') problems.push(`${s.key}: pattern on a ${s.type}`);
        else if (!new RegExp(s.pattern).test(String(v))) problems.push(`${s.key}: default does not match its pattern`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the defaults the brief fixes', () => {
    const d = (k: SettingKey) => settingDef(k);
    expect([d('language').defaultValue, d('loanPeriodDays').defaultValue, d('loanLimit').defaultValue]).toEqual(['kk', 14, 5]);
    expect([d('loanPeriodDays').min, d('loanPeriodDays').max, d('loanLimit').min, d('loanLimit').max]).toEqual([1, 90, 1, 30]);
    expect([d('reservationDays').defaultValue, d('nextReaderTicket').defaultValue, d('nextInventoryNo').defaultValue]).toEqual([3, 1, 1]);
    // The desk numbers loans from 1; setup adds the counter to a workbook set up before the desk existed.
    expect([d('nextLoanId').type, d('nextLoanId').defaultValue, d('nextLoanId').min]).toEqual(['int', 1, 1]);
    // Reservation ids are unique across titles: their own counter, from 1.
    expect([d('nextReservationId').type, d('nextReservationId').defaultValue, d('nextReservationId').min]).toEqual(['int', 1, 1]);
    // Event ids: their own counter, from 1, never reused.
    expect([d('nextEventId').type, d('nextEventId').defaultValue, d('nextEventId').min]).toEqual(['int', 1, 1]);
    expect([d('directorEmail').defaultValue, d('schoolYearEnd').defaultValue, d('archiveFolderId').defaultValue]).toEqual(['', '05-31', '']);
    const yearEnd = new RegExp(d('schoolYearEnd').pattern ?? '(?!)');
    expect(['05-31', '12-01'].every((s) => yearEnd.test(s))).toBe(true);
    expect(['5-31', '13-01', '05-32', '05-31x', '2025-05-31'].some((s) => yearEnd.test(s))).toBe(false);
  });
});
