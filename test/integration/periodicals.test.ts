/**
 * Periodicals and the article card index (issue 6) through the built bundle: subscriptions, a pile of
 * newspapers checked in (a double issue among them), the numbers missing per title, a year's issues
 * bound into one fund item (the inventory book, the summary book part 1 as a periodical), an article
 * described by GOST 7.1 and found by the catalogue search typed without Kazakh letters. Every refusal
 * writes nothing.
 */
import type { Emulator } from '../../emulator/runtime';
import { journalRows } from '../../emulator/workbook-view';
import { NOW, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; message: string }>; message: string };
const call = <T>(emu: Emulator, fn: string, arg: unknown) => ok(emu.runFromClient<Result<T>>(fn, [arg]));
const rows = (emu: Emulator, id: string) => journalRows(emu.spreadsheet.inspect, id);
const keys = (r: Result<unknown>) => (r.errors ?? []).map((e) => [e.field, e.key]);

const AQIQAT = { title: 'Ақиқат', kind: 'newspaper', language: 'kk', issuesPerYear: '52', periodFrom: '2026-01-01', periodTo: '2026-12-31', price: '12000', index: '65001', note: '' };
const ULAN = { title: 'Ұлан', kind: 'newspaper', language: 'kk', issuesPerYear: '52', periodFrom: '2026-07-01', periodTo: '2026-12-31', price: '5400', index: '', note: '' };
const SCHOOL_LIBRARY = { title: 'Школьная библиотека', kind: 'magazine', language: 'ru', issuesPerYear: '12', periodFrom: '2026-01-01', periodTo: '2026-12-31', price: '18000', index: '', note: '' };
const ABAI = { authors: 'Әбенов Шәріп', title: 'Абай мұрасы', periodical: 'Қазақ әдебиеті', year: '2024', number: '5', pages: '12-15', subjects: 'Абай; ақындар', bbk: '83.3(5Каз)', language: 'kk' };

type Year = { title: string; received: number[]; missing: number[]; unbound: number[]; subscribed: boolean; price: number };
type CheckedIn = { periodical: string; year: number; number: string; received: number[]; missing: number[] };

function library(): Emulator {
  const emu = emulator();
  ok(emu.run('setupWorkbook'));
  for (const s of [AQIQAT, ULAN, SCHOOL_LIBRARY]) expect(call(emu, 'addSubscription', s).ok).toBe(true);
  return emu;
}

const checkIn = (emu: Emulator, periodical: string, number: string, receivedOn = '') => call<CheckedIn>(emu, 'checkInIssue', { periodical, number, receivedOn, year: '', note: '' });

describe('subscriptions', () => {
  it('one row per title and period; the sidebar lists every title with this year\'s numbers', () => {
    const emu = library();
    expect(rows(emu, 'periodicals').map((r) => [r.title, r.kind, r.language, r.issuesPerYear, r.periodFrom, r.periodTo, r.price, r.index])).toEqual([
      ['Ақиқат', 'Газет', 'Қазақ тілі', 52, '2026-01-01', '2026-12-31', 12000, '65001'],
      ['Ұлан', 'Газет', 'Қазақ тілі', 52, '2026-07-01', '2026-12-31', 5400, ''],
      ['Школьная библиотека', 'Журнал', 'Орыс тілі', 12, '2026-01-01', '2026-12-31', 18000, ''],
    ]);
    const list = call<{ year: number; titles: Year[] }>(emu, 'getPeriodicals', { year: '' }).value!;
    expect(list.year).toBe(2026);
    // 27 November: the weekly's numbers 1–48 are due; Ұлан from July: 27–48; the monthly: 1–11.
    expect(list.titles.map((t) => [t.title, t.missing.length, t.missing[0], t.missing[t.missing.length - 1], t.price])).toEqual([
      ['Ақиқат', 48, 1, 48, 12000],
      ['Ұлан', 22, 27, 48, 5400], // the Kazakh alphabet: Ұ before Ш
      ['Школьная библиотека', 11, 1, 11, 18000],
    ]);
  });

  it('refuses a bad subscription and a second one for the same period, writing nothing', () => {
    const emu = library();
    const before = snapshot(emu);
    expect(keys(call(emu, 'addSubscription', { ...AQIQAT, title: '', issuesPerYear: '400', periodTo: '2025-12-31', price: 'тегін' }))).toEqual([
      ['title', 'error.required'],
      ['issuesPerYear', 'periodicals.error.issuesPerYear'],
      ['periodTo', 'periodicals.error.period'],
      ['price', 'error.price'],
    ]);
    const twice = call(emu, 'addSubscription', { ...AQIQAT, title: 'акикат', periodFrom: '2026-06-01' });
    expect(keys(twice)).toEqual([['periodFrom', 'periodicals.error.duplicate']]);
    expect(twice.errors![0].message).toBe('«Ақиқат» басылымына 2026-01-01–2026-12-31 кезеңіне жазылым бұрыннан бар.');
    expect(snapshot(emu)).toBe(before);
  });
});

describe('the registration journal', () => {
  it('a pile of newspapers checked in one after another; the answer names the numbers still missing', () => {
    const emu = library();
    const first = checkIn(emu, 'Ақиқат', '1', '2026-01-05');
    expect(first.message).toBe('«Ақиқат» № 1 (2026) тіркелді.');
    expect(first.value).toMatchObject({ periodical: 'Ақиқат', year: 2026, number: '1', received: [1] });
    for (const n of ['2', '3', '4', '6', '7', '8', '9', '10', '11', '12-13']) expect(checkIn(emu, 'акикат', n).ok).toBe(true);
    const last = checkIn(emu, 'Ақиқат', '14');
    expect(last.value!.missing.slice(0, 3)).toEqual([5, 15, 16]);
    expect(last.value!.received).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const journal = rows(emu, 'periodicalIssues');
    expect(journal).toHaveLength(12);
    expect(journal[0]).toMatchObject({ periodical: 'Ақиқат', year: 2026, number: '1', receivedOn: '2026-01-05' });
    expect(journal[10]).toMatchObject({ periodical: 'Ақиқат', number: '12–13', receivedOn: '2026-11-27' }); // typed "акикат": kept as subscribed
    expect(rows(emu, 'auditLog').filter((r) => r.operation === 'checkInIssue')).toHaveLength(12);
  });

  it('refuses an unknown title, a number checked in already (one of a double too), a number beyond the year, writing nothing', () => {
    const emu = library();
    expect(checkIn(emu, 'Ақиқат', '12-13').ok).toBe(true);
    const before = snapshot(emu);
    const unknown = checkIn(emu, 'Егемен Қазақстан', '1');
    expect(keys(unknown)).toEqual([['periodical', 'periodicals.error.unknown']]);
    expect(unknown.errors![0].message).toBe('«Егемен Қазақстан» жазылымдар тізімінде жоқ: алдымен жазылымды қосыңыз.');
    const again = checkIn(emu, 'Ақиқат', '13');
    expect(keys(again)).toEqual([['number', 'periodicals.error.already']]);
    expect(again.errors![0].message).toBe('№ 13 (2026) бұрын тіркелген: 27.11.2026.');
    expect(keys(checkIn(emu, 'Ақиқат', '11–12'))).toEqual([['number', 'periodicals.error.already']]);
    expect(keys(checkIn(emu, 'Школьная библиотека', '13'))).toEqual([['number', 'periodicals.error.beyond']]);
    expect(keys(call(emu, 'checkInIssue', { periodical: '', number: 'x', receivedOn: '2026-12-01', year: '', note: '' }))).toEqual([
      ['periodical', 'error.required'],
      ['number', 'periodicals.error.number'],
      ['receivedOn', 'error.dateFuture'],
    ]);
    expect(snapshot(emu)).toBe(before);
    // The same number of another year is another issue.
    expect(call(emu, 'checkInIssue', { periodical: 'Ақиқат', number: '13', receivedOn: '2026-01-08', year: '2025', note: '' }).ok).toBe(true);
  });
});

describe('a year bound into the fund', () => {
  it('one copy through the receipt path: the inventory book, the summary book part 1 as a periodical; the issues marked', () => {
    const emu = library();
    for (const n of ['1', '2', '3', '4', '6', '7-8']) expect(checkIn(emu, 'Ақиқат', n).ok).toBe(true);
    const bound = call<{ inventoryNo: number; numbers: string; recordNo: number; description: string; sum: number }>(emu, 'bindPeriodicalYear', {
      periodical: 'Ақиқат',
      year: '2026',
      section: 'social',
      price: '',
    });
    expect(bound.ok).toBe(true);
    expect(bound.value).toMatchObject({ inventoryNo: 1, numbers: '1–4, 6–8', recordNo: 1, sum: 12000 });
    expect(bound.message).toBe('«Ақиқат» 2026 жылғы тігіндісі (№ 1–4, 6–8) қорға алынды: инв. № 1, жиынтық есеп № 1.');
    expect(bound.value!.description).toBe('Ақиқат : газет. 2026, № 1–4, 6–8 (тігінді). – [Шыққан жері жоқ : баспасы жоқ], 2026.');

    expect(rows(emu, 'inventoryBook').map((r) => [r.inventoryNo, r.authorTitle, r.placeYear, r.price, r.summaryRecordNo, r.entryDate])).toEqual([
      [1, 'Ақиқат : газет. 2026, № 1–4, 6–8 (тігінді)', '2026', 12000, 1, NOW.toISOString().slice(0, 10)],
    ]);
    expect(rows(emu, 'summaryBookReceipts')[0]).toMatchObject({ recordNo: 1, source: 'Сатып алу', copiesTotal: 1, sum: 12000, typeBooks: 0, typePeriodicals: 1, sectionSocial: 1, langKazakh: 1 });
    expect(rows(emu, 'catalog').map((r) => [r.title, r.docType, r.copiesTotal])).toEqual([['Ақиқат', 'Мерзімді басылым', 1]]);
    expect(rows(emu, 'summaryBookTotals').find((r) => r.line === 'Жыл соңында болғаны')).toMatchObject({ year: 2026, copies: 1, typePeriodicals: 1 });
    expect(rows(emu, 'periodicalIssues').map((r) => r.boundInventoryNo)).toEqual([1, 1, 1, 1, 1, 1]);

    // Issues received later are bound on their own: the same catalogue title gets a second copy.
    const before = snapshot(emu);
    expect(keys(call(emu, 'bindPeriodicalYear', { periodical: 'Ақиқат', year: '2026', section: 'social', price: '' }))).toEqual([['year', 'periodicals.error.nothingToBind']]);
    expect(keys(call(emu, 'bindPeriodicalYear', { periodical: 'Ұлан', year: '2026', section: 'social', price: '' }))).toEqual([['year', 'periodicals.error.nothingToBind']]);
    expect(keys(call(emu, 'bindPeriodicalYear', { periodical: 'Жоқ', year: '2027', section: '', price: '-5' }))).toEqual([
      ['year', 'error.year'],
      ['section', 'error.required'],
      ['price', 'error.price'],
    ]);
    expect(snapshot(emu)).toBe(before);
    expect(checkIn(emu, 'Ақиқат', '9').ok).toBe(true);
    // A later part of a year already partly bound: its price is asked for (the year's price is counted once),
    // and it is a record of its own (its numbers are in its description).
    const partBefore = snapshot(emu);
    expect(keys(call(emu, 'bindPeriodicalYear', { periodical: 'Ақиқат', year: '2026', section: 'social', price: '' }))).toEqual([['price', 'periodicals.error.partPrice']]);
    expect(snapshot(emu)).toBe(partBefore);
    expect(call<{ inventoryNo: number; titleId: number }>(emu, 'bindPeriodicalYear', { periodical: 'Ақиқат', year: '2026', section: 'social', price: '500' }).value).toMatchObject({ inventoryNo: 2, titleId: 2 });
    expect(rows(emu, 'catalog').map((r) => r.copiesTotal)).toEqual([1, 1]);
    const year = call<{ titles: Year[] }>(emu, 'getPeriodicals', { year: '2026' }).value!.titles.find((t) => t.title === 'Ақиқат')!;
    expect(year.unbound).toEqual([]);
    expect(year.received).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
  });
});

describe('the article card index', () => {
  it('the GOST 7.1 analytic description, live and saved; found by the catalogue search typed without Kazakh letters', () => {
    const emu = library();
    expect(ok(emu.runFromClient<string>('describeArticle', [ABAI]))).toBe('Әбенов Ш. Абай мұрасы / Ш. Әбенов // Қазақ әдебиеті. – 2024. – № 5. – Б. 12–15.');
    const saved = call<{ row: number; description: string }>(emu, 'addArticle', ABAI);
    expect(saved.ok).toBe(true);
    expect(saved.message).toBe('Мақала картотекаға қосылды (жол 2).');
    const ru = { authors: 'Иванов И. И.; Петров П. П.', title: 'Школьная библиотека сегодня', periodical: 'Библиотековедение', year: '2023', number: '3', pages: '250–258', subjects: '', bbk: '', language: 'ru' };
    expect(call(emu, 'addArticle', ru).ok).toBe(true);
    expect(rows(emu, 'articleIndex').map((r) => [r.authors, r.title, r.periodical, r.year, r.number, r.pages, r.language, r.description])).toEqual([
      ['Әбенов Шәріп', 'Абай мұрасы', 'Қазақ әдебиеті', 2024, '5', '12–15', 'Қазақ тілі', 'Әбенов Ш. Абай мұрасы / Ш. Әбенов // Қазақ әдебиеті. – 2024. – № 5. – Б. 12–15.'],
      ['Иванов И. И.; Петров П. П.', 'Школьная библиотека сегодня', 'Библиотековедение', 2023, '3', '250–258', 'Орыс тілі', 'Иванов И. И. Школьная библиотека сегодня / И. И. Иванов, П. П. Петров // Библиотековедение. – 2023. – № 3. – С. 250–258.'],
    ]);

    type Found = { hits: unknown[]; articles: Array<{ description: string; subjects: string; bbk: string }>; moreArticles: boolean };
    const search = (query: string) => call<Found>(emu, 'searchCatalog', { query, limit: 30 }).value!;
    const folded = search('абаи мурасы');
    expect(folded.hits).toEqual([]);
    expect(folded.articles).toEqual([{ row: 2, description: saved.value!.description, subjects: 'Абай; ақындар', bbk: '83.3(5Каз)' }]);
    expect(search('казак адеб').articles).toHaveLength(1);
    expect(search('ақындар').articles).toHaveLength(1);
    expect(search('библиотека').articles.map((a) => a.description)).toEqual([expect.stringMatching(/^Иванов И\. И\. Школьная библиотека сегодня/)]);
    expect(search('абай роман').articles).toEqual([]);
  });

  it('refuses an article that cannot be described, writing nothing', () => {
    const emu = library();
    const before = snapshot(emu);
    expect(keys(call(emu, 'addArticle', { ...ABAI, title: '', periodical: '', year: '3024', pages: 'он екі', language: '' }))).toEqual([
      ['title', 'error.required'],
      ['periodical', 'error.required'],
      ['year', 'error.year'],
      ['pages', 'periodicals.error.pages'],
      ['language', 'error.required'],
    ]);
    expect(ok(emu.runFromClient<string>('describeArticle', [{ ...ABAI, year: '' }]))).toBe('');
    expect(snapshot(emu)).toBe(before);
  });
});
