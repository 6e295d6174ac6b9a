/**
 * The fund through the built bundle: a receipt batch writes the catalogue, the inventory book, the
 * acquisitions journal, the summary book (parts 1 and 3), the gifts journal and the index at once;
 * search finds it with or without Kazakh letters; a write-off marks the inventory book, writes part 2,
 * brings part 3 along and files the act as a Doc in the archive. Bad input writes nothing.
 */
import type { Emulator } from '../../emulator/runtime';
import { writeLibrary, type GeneratedLibrary } from '../../bench/generate';
import { journalRows } from '../../emulator/workbook-view';
import { BLANK, batch, KOZY, MATH } from '../fixtures/titles';
import { docPng, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; message: string }>; message: string };
type Acq = { recordNo: number; copies: number; sum: number; titles: Array<{ titleId: number; inventoryFrom: number; inventoryTo: number; isNew: boolean; description: string }> };
type Hits = { hits: Array<{ titleId: number; description: string; shelfMark: string; copies: Array<{ inventoryNo: number; state: string }>; onShelf: number; inFund: number }>; more: boolean };
type Act = { actNo: string; copies: number; sum: number; docName: string; docUrl: string };

function setUp(emu: Emulator) {
  ok(emu.run('setupWorkbook'));
}

function acquire(emu: Emulator, form: unknown): Result<Acq> {
  return ok(emu.runFromClient<Result<Acq>>('registerAcquisition', [form]));
}

const rows = (emu: Emulator, id: string) => journalRows(emu.spreadsheet.inspect, id);

describe('describeBook', () => {
  it('gives the seed example by GOST 7.1, and the Russian abbreviations for a Russian book', () => {
    const emu = emulator();
    expect(ok(emu.runFromClient('describeBook', [KOZY]))).toBe('Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.');
    expect(ok(emu.runFromClient('describeBook', [{ ...KOZY, language: 'ru', place: '' }]))).toBe(
      'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – [Б. м.] : Жазушы, 1965. – 114 с.',
    );
    expect(ok(emu.runFromClient('describeBook', [{ ...KOZY, title: '' }]))).toBe('');
  });
});

describe('Register an acquisition', () => {
  it('writes every journal of a receipt batch at once, numbering copies from the counter', () => {
    const emu = emulator();
    setUp(emu);
    const result = acquire(emu, batch([KOZY, MATH]));
    expect(result.ok).toBe(true);
    expect(result.value).toMatchObject({ recordNo: 1, copies: 5, sum: 8751.5 });
    expect(result.value!.titles.map((t) => [t.titleId, t.inventoryFrom, t.inventoryTo, t.isNew])).toEqual([
      [1, 1, 3, true],
      [2, 4, 5, true],
    ]);
    expect(result.message).toBe('Түсім жазылды: жиынтық есеп № 1, 5 дана, инв. № 1–5.');

    const inventory = rows(emu, 'inventoryBook');
    expect(inventory.map((r) => [r.inventoryNo, r.authorTitle, r.placeYear, r.price, r.summaryRecordNo, r.titleId, r.entryDate])).toEqual([
      [1, 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма', 'Алматы, 1965', 1250.5, 1, 1, '2026-11-20'],
      [2, 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма', 'Алматы, 1965', 1250.5, 1, 1, '2026-11-20'],
      [3, 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма', 'Алматы, 1965', 1250.5, 1, 1, '2026-11-20'],
      [4, 'Абылкасымова А. Е. Математика : учебник для 5 класса', 'Алматы, 2017', 2500, 1, 2, '2026-11-20'],
      [5, 'Абылкасымова А. Е. Математика : учебник для 5 класса', 'Алматы, 2017', 2500, 1, 2, '2026-11-20'],
    ]);
    const catalog = rows(emu, 'catalog');
    expect(catalog.map((r) => [r.titleId, r.title, r.copiesTotal, r.language, r.section, r.isbn])).toEqual([
      [1, 'Қозы-Көрпеш – Баянсұлу', 3, 'Қазақ тілі', 'Көркем әдебиет', ''],
      [2, 'Математика', 2, 'Орыс тілі', 'Оқулықтар', '978-601-07-0817-4'],
    ]);
    expect(rows(emu, 'acquisitions').map((r) => [r.title, r.inventoryFrom, r.inventoryTo, r.copies, r.sum, r.source])).toEqual([
      ['Қозы-Көрпеш – Баянсұлу', 1, 3, 3, 3751.5, 'Сатып алу'],
      ['Математика', 4, 5, 2, 5000, 'Сатып алу'],
    ]);
    const [part1] = rows(emu, 'summaryBookReceipts');
    expect(part1).toMatchObject({
      recordNo: 1,
      source: 'Сатып алу',
      documentNo: 'ЖҚ-118',
      documentDate: '2026-11-18',
      copiesTotal: 5,
      sum: 8751.5,
      typeBooks: 5,
      sectionFiction: 3,
      sectionTextbooks: 2,
      langKazakh: 3,
      langRussian: 2,
      langOther: 0,
    });
    const part3 = rows(emu, 'summaryBookTotals');
    expect(part3.map((r) => [r.year, r.line, r.copies, r.sum])).toEqual([
      [2026, 'Жыл басында болғаны', 0, 0],
      [2026, 'Жыл ішінде түскені', 5, 8751.5],
      [2026, 'Жыл ішінде шығарылғаны', 0, 0],
      [2026, 'Жыл соңында болғаны', 5, 8751.5],
    ]);
    const counters = Object.fromEntries(rows(emu, 'settings').map((r) => [r.key, r.value]));
    expect([counters.nextInventoryNo, counters.nextTitleId]).toEqual(['6', '3']);
    expect(rows(emu, 'gifts')).toEqual([]);
  });

  it('adds copies to a title already in the catalogue (by ISBN, or by author, title and year), never reusing numbers', () => {
    const emu = emulator();
    setUp(emu);
    acquire(emu, batch([KOZY, MATH]));
    const again = acquire(emu, batch([{ ...MATH, isbn: '9786010708174', copies: '1' }, { ...KOZY, copies: '2', price: '1300' }], { date: '2026-11-25' }));
    expect(again.value!.titles.map((t) => [t.titleId, t.inventoryFrom, t.inventoryTo, t.isNew])).toEqual([
      [2, 6, 6, false],
      [1, 7, 8, false],
    ]);
    expect(rows(emu, 'catalog').map((r) => [r.titleId, r.copiesTotal])).toEqual([
      [1, 5],
      [2, 3],
    ]);
    expect(rows(emu, 'summaryBookReceipts').map((r) => r.recordNo)).toEqual([1, 2]);
    const part3 = rows(emu, 'summaryBookTotals');
    expect(part3.find((r) => r.line === 'Жыл соңында болғаны')).toMatchObject({ copies: 8, sum: 8751.5 + 2500 + 2600 });
  });

  it('records a gift from a reader in the gifts journal too', () => {
    const emu = emulator();
    setUp(emu);
    acquire(emu, batch([{ ...KOZY, copies: '1', price: '900' }], { source: 'gift', supplier: 'Серікова Айгерім (7Б)', documentNo: '3' }));
    expect(rows(emu, 'gifts')).toEqual([expect.objectContaining({ giver: 'Серікова Айгерім (7Б)', copies: 1, sum: 900, actNo: '3' })]);
  });

  it('refuses a bad batch line by line, in Kazakh, and writes nothing', () => {
    const emu = emulator();
    setUp(emu);
    const before = snapshot(emu);
    const result = acquire(emu, batch([KOZY, { ...MATH, title: '', price: '-5', copies: '0', isbn: '978-601-07-0817-3' }]));
    expect(result.ok).toBe(false);
    expect(result.errors!.map((e) => [e.field, e.message])).toEqual([
      ['items.1.title', 'Бұл өрісті толтырыңыз.'],
      ['items.1.isbn', 'ISBN дұрыс емес: 10 немесе 13 цифрды тексеріңіз (сызықша рұқсат).'],
      ['items.1.price', 'Бағаны теңгемен жазыңыз, мысалы 1250 немесе 1250,50.'],
      ['items.1.copies', 'Дана саны 1 мен 500 аралығындағы бүтін сан болуы керек.'],
    ]);
    expect(snapshot(emu)).toBe(before);
  });

  it('stores formula-like text as text', () => {
    const emu = emulator();
    setUp(emu);
    acquire(emu, batch([{ ...KOZY, title: '=HYPERLINK("http://x","y")', annotation: '+7 701 000 00 00', keywords: '@everyone' }]));
    const [title] = rows(emu, 'catalog');
    expect([title.title, title.annotation, title.keywords]).toEqual(['=HYPERLINK("http://x","y")', '+7 701 000 00 00', '@everyone']);
  });

  it('gives two batches registered at once distinct inventory numbers (the document lock)', () => {
    // Two executions in a row stand for two sidebars: the second sees the first's counter.
    const emu = emulator();
    setUp(emu);
    const a = acquire(emu, batch([{ ...KOZY, copies: '30' }]));
    const b = acquire(emu, batch([{ ...MATH, copies: '30' }]));
    expect([a.value!.titles[0].inventoryFrom, a.value!.titles[0].inventoryTo, b.value!.titles[0].inventoryFrom, b.value!.titles[0].inventoryTo]).toEqual([1, 30, 31, 60]);
    const numbers = rows(emu, 'inventoryBook').map((r) => r.inventoryNo);
    expect(new Set(numbers).size).toBe(60);
  });
});

describe('Catalogue search', () => {
  function library(): Emulator {
    const emu = emulator();
    setUp(emu);
    acquire(emu, batch([KOZY, MATH, { ...BLANK, authors: 'Әуезов М.', title: 'Абай жолы', otherTitleInfo: 'роман-эпопея', volume: 'Т. 1', year: '1997', price: '1850', copies: '2' }]));
    return emu;
  }
  const search = (emu: Emulator, query: string) => ok(emu.runFromClient<Result<Hits>>('searchCatalog', [{ query, limit: 20 }])).value!;

  it('finds a Kazakh title typed without Kazakh letters, by word beginnings', () => {
    const emu = library();
    const found = search(emu, 'абен коз');
    expect(found.hits.map((h) => h.titleId)).toEqual([1]);
    expect(found.hits[0]).toMatchObject({
      description: 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.',
      onShelf: 3,
      inFund: 3,
    });
    expect(found.hits[0].copies.map((c) => [c.inventoryNo, c.state])).toEqual([
      [1, 'shelf'],
      [2, 'shelf'],
      [3, 'shelf'],
    ]);
    expect(search(emu, 'ӘУЕЗОВ').hits.map((h) => h.titleId)).toEqual([3]);
    expect(search(emu, 'эпос').hits.map((h) => h.titleId)).toEqual([1]);
    expect(search(emu, 'коз абай').hits).toEqual([]);
  });

  it('finds by ISBN (either form), BBK and inventory number, scanned or typed', () => {
    const emu = library();
    expect(search(emu, '978-601-07-0817-4').hits.map((h) => h.titleId)).toEqual([2]);
    expect(search(emu, '84(5Каз)').hits.map((h) => h.titleId)).toEqual([1]);
    expect(search(emu, 'INV:5').hits.map((h) => h.titleId)).toEqual([2]);
    expect(search(emu, '6').hits.map((h) => h.titleId)).toEqual([3]);
  });

  it('does not read the catalogue to search it', () => {
    const emu = library();
    const exec = emu.runFromClient('searchCatalog', [{ query: 'абай', limit: 20 }]);
    ok(exec);
    expect(exec.calls.calls['TextFinder.findAll']).toBe(2); // the catalogue index, then the article card index
    expect(exec.calls.cellsRead).toBeLessThan(40); // the index header and the one row found
  });
});

describe('Write-off', () => {
  const commission = 'Сапарова А. Б. (директордың орынбасары)\nБекова Г. Н. (бухгалтер)\nНұрланова М. Т. (кітапханашы)';
  const form = (inventoryNos: string) => ({ inventoryNos, reason: 'wornOut', date: '2026-11-27', commission, approvedBy: 'Омарова Ж. Қ.', note: '' });

  function library(): Emulator {
    const emu = emulator();
    setUp(emu);
    acquire(emu, batch([KOZY, MATH]));
    return emu;
  }

  it('marks the inventory book, writes the act, part 2 and part 3, the index, and files the act Doc', async () => {
    const emu = library();
    const result = ok(emu.runFromClient<Result<Act>>('writeOffCopies', [form('2, 4')]));
    expect(result.ok).toBe(true);
    expect(result.value).toMatchObject({ actNo: '1/2026', copies: 2, sum: 3750.5 });
    expect(rows(emu, 'inventoryBook').map((r) => [r.inventoryNo, r.writeOffActNo, r.writeOffDate])).toEqual([
      [1, '', ''],
      [2, '1/2026', '2026-11-27'],
      [3, '', ''],
      [4, '1/2026', '2026-11-27'],
      [5, '', ''],
    ]);
    expect(rows(emu, 'writeOffActs')).toEqual([
      expect.objectContaining({ actNo: '1/2026', date: '2026-11-27', reason: 'Тозған', copies: 2, sum: 3750.5, docLink: result.value!.docUrl }),
    ]);
    expect(rows(emu, 'summaryBookWithdrawals')).toEqual([
      expect.objectContaining({ recordNo: 1, actNo: '1/2026', copiesTotal: 2, sum: 3750.5, sectionFiction: 1, sectionTextbooks: 1, langKazakh: 1, langRussian: 1 }),
    ]);
    const part3 = rows(emu, 'summaryBookTotals').map((r) => [r.line, r.copies, r.sum]);
    expect(part3).toEqual([
      ['Жыл басында болғаны', 0, 0],
      ['Жыл ішінде түскені', 5, 8751.5],
      ['Жыл ішінде шығарылғаны', 2, 3750.5],
      ['Жыл соңында болғаны', 3, 5001],
    ]);
    expect(rows(emu, 'catalog').map((r) => r.copiesTotal)).toEqual([2, 1]);
    const found = ok(emu.runFromClient<Result<Hits>>('searchCatalog', [{ query: 'қозы', limit: 5 }])).value!.hits[0];
    expect(found).toMatchObject({ onShelf: 2, inFund: 2 });
    expect(found.copies.find((c) => c.inventoryNo === 2)!.state).toBe('writtenOff');

    const doc = emu.drive.inspect.findByPath(`My Drive/Кітапхана архиві/2026/Acts/Есептен шығару актісі № 1-2026 (2026-11-27)`);
    expect(doc).not.toBeNull();
    const text = emu.drive.inspect.docText(doc!.id);
    expect(text).toContain('ЕСЕПТЕН ШЫҒАРУ АКТІСІ № 1/2026');
    expect(text).toContain('Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма');
    expect(text).toContain('3\u00A0750,50');
    expect(text).toContain('Үш мың жеті жүз елу теңге 50 тиын');
    expect(text).toContain('Сапарова А. Б. (директордың орынбасары)');
    await docPng(emu.drive.inspect.docHtml(doc!.id), 'write-off-act-kk.png');
  });

  it('refuses unknown, already written-off copies and bad numbers, writing nothing', () => {
    const emu = library();
    ok(emu.runFromClient('writeOffCopies', [form('1')]));
    const before = snapshot(emu);
    const refused = ok(emu.runFromClient<Result<Act>>('writeOffCopies', [form('1 3 99')]));
    expect(refused.ok).toBe(false);
    expect(refused.errors!.map((e) => e.message)).toEqual(['Мұндай инвентар нөмірі жоқ: 99.', '№ 1 дана бұрын шығарылған (акт 1/2026).']);
    expect(snapshot(emu)).toBe(before);
    const bad = ok(emu.runFromClient<Result<Act>>('writeOffCopies', [{ ...form('3, x12'), commission: '' }]));
    expect(bad.errors!.map((e) => e.field)).toEqual(['inventoryNos', 'commission']);
    expect(snapshot(emu)).toBe(before);
  });

  it('refuses an act dated before the copy entered the fund (part 3 of closed years stays as it was)', () => {
    const emu = library();
    const before = snapshot(emu);
    const refused = ok(emu.runFromClient<Result<Act>>('writeOffCopies', [{ ...form('1'), date: '1999-03-01' }]));
    expect(refused.errors!.map((e) => [e.field, e.message])).toEqual([['date', '№ 1 дана қорға 20.11.2026 түскен: акт күні одан ерте бола алмайды.']]);
    expect(snapshot(emu)).toBe(before);
  });

  it('refuses a copy that is on loan, naming it, and writes nothing', () => {
    const emu = library();
    // An open loan of copy 3, as the circulation desk would have written it.
    const loan = { loanId: 1, ticketNo: 1, inventoryNo: 3, titleId: 1, issuedOn: '2026-11-21', dueOn: '2026-12-05', returnedOn: null, condition: null, conditionNote: '', renewals: 0 };
    writeLibrary(emu, { journals: { loans: [loan] }, settings: {} } as unknown as GeneratedLibrary);
    const before = snapshot(emu);
    const refused = ok(emu.runFromClient<Result<Act>>('writeOffCopies', [form('1 3')]));
    expect(refused.errors!.map((e) => e.message)).toEqual(['№ 3 дана оқырманда: алдымен қайтарылуы керек.']);
    expect(snapshot(emu)).toBe(before);
  });

  it('numbers acts within the year and keeps part 3 in agreement with parts 1 and 2', () => {
    const emu = library();
    ok(emu.runFromClient('writeOffCopies', [form('1')]));
    const second = ok(emu.runFromClient<Result<Act>>('writeOffCopies', [{ ...form('5'), reason: 'lost' }]));
    expect(second.value!.actNo).toBe('2/2026');
    const received = rows(emu, 'summaryBookReceipts').reduce((n, r) => n + Number(r.copiesTotal), 0);
    const withdrawn = rows(emu, 'summaryBookWithdrawals').reduce((n, r) => n + Number(r.copiesTotal), 0);
    const atEnd = rows(emu, 'summaryBookTotals').find((r) => r.line === 'Жыл соңында болғаны')!;
    expect(atEnd.copies).toBe(received - withdrawn);
    expect(rows(emu, 'inventoryBook')).toHaveLength(5); // rows are never deleted
  });
});
