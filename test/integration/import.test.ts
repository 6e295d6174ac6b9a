/**
 * Import of an existing catalogue through the built bundle: a dry run reports every line and writes
 * nothing; a commit writes the whole file like one big receipt (catalogue, inventory book, summary
 * book parts 1 and 3 in agreement, index, counters, audit log) or nothing; the same file twice is
 * refused; a file of titles already in the catalogue adds copies to them; inventory numbers already in
 * the inventory book are refused. The fixtures are in test/fixtures/import.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Emulator } from '../../emulator/runtime';
import { journalRows } from '../../emulator/workbook-view';
import type { FieldErrorDto, ImportReportDto, ImportRequestDto } from '../../src/api';
import { emulator, ok, ROOT, snapshot } from './helpers';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
const rows = (emu: Emulator, id: string) => journalRows(emu.spreadsheet.inspect, id);

/** The columns of the fixtures: № п/п; Автор; Заглавие; Издательство; Год; ISBN; ББК; Язык; Раздел; Цена; Экз.; Инв. №; Дата записи */
const MAPPING = ['', 'authors', 'title', 'publisher', 'year', 'isbn', 'bbk', 'language', 'section', 'price', 'copies', 'inventoryNos', 'entryDate'];
const DEFAULTS = { language: 'kk', section: '', docType: 'book' };

function request(text: string, mode: ImportRequestDto['mode'], extra: Partial<ImportRequestDto> = {}): ImportRequestDto {
  return { text, mapping: MAPPING, header: true, defaults: DEFAULTS, mode, ...extra };
}

/** The server's Result, loosely typed for assertions. */
type Answer<T> = { ok: boolean; value?: T; errors?: FieldErrorDto[]; message: string };

function importCatalog(emu: Emulator, req: ImportRequestDto): Answer<ImportReportDto> {
  return ok(emu.runFromClient<Answer<ImportReportDto>>('importCatalog', [req]));
}

function library(): Emulator {
  const emu = emulator();
  ok(emu.run('setupWorkbook'));
  return emu;
}

const counters = (emu: Emulator) => Object.fromEntries(rows(emu, 'settings').map((r) => [r.key, r.value]));

describe('Import a catalogue: the dry run', () => {
  it('reports exactly the two bad lines of a 12-line file, in Kazakh, by their column, and writes nothing', () => {
    const emu = library();
    const before = snapshot(emu);
    const result = importCatalog(emu, request(fixture('catalog-utf8-bom.csv'), 'dryRun'));
    expect(result.ok).toBe(true);
    const report = result.value!;
    expect(report).toMatchObject({ mode: 'dryRun', committed: false, separator: ';', fileProblems: [], recordNos: [] });
    expect(report.lines).toHaveLength(12);
    expect(report.lines.filter((l) => l.kind === 'error').map((l) => [l.row, l.problems.map((p) => [p.column, p.message])])).toEqual([
      [6, [['Год', 'Жылды 1500–2027 аралығында төрт цифрмен жазыңыз.']]],
      [
        9,
        [
          ['Язык', 'Тілі анықталмады: «татарский». Жазыңыз: қазақ, орыс, ағылшын немесе басқа.'],
          ['Цена', 'Бағаны теңгемен жазыңыз, мысалы 1250 немесе 1250,50.'],
        ],
      ],
    ]);
    expect(report.lines.map((l) => [l.row, l.kind, l.sameAsRow])).toEqual([
      [2, 'new', 0],
      [3, 'new', 0],
      [4, 'new', 0],
      [5, 'new', 0],
      [6, 'error', 0],
      [7, 'new', 0],
      [8, 'duplicate', 2],
      [9, 'error', 0],
      [10, 'new', 0],
      [11, 'new', 0],
      [12, 'new', 0],
      [13, 'duplicate', 3],
    ]);
    expect(report.lines[6].note).toBe('2-жолдағы атауға дана қосады');
    expect(report.summary).toMatchObject({ lines: 12, errorLines: 2, newTitles: 8 });
    expect(result.message).toBe('Қате жолдар: 2. Түзетіп, қайта тексеріңіз. Ештеңе жазылған жоқ.');
    expect(snapshot(emu)).toBe(before);
  });

  it('a clean file: a summary of what would be written, with the numbers the counter would give, and still nothing written', () => {
    const emu = library();
    const before = snapshot(emu);
    const exec = emu.runFromClient<Answer<ImportReportDto>>('importCatalog', [request(fixture('catalog-utf8-fixed.csv'), 'dryRun')]);
    const report = ok(exec).value!;
    expect(report.summary).toEqual({ lines: 12, errorLines: 0, newTitles: 10, toExisting: 0, sameAsEarlier: 2, copies: 30, sum: 53391.5, toNumber: 19, numberFrom: 12 });
    expect(ok(exec).message).toBe('Тексерілді: 12 жол, 10 жаңа атау, 30 дана. Қате жоқ: импорттауға болады.');
    expect(snapshot(emu)).toBe(before);
    expect(exec.calls.calls['Range.setValues'] ?? 0).toBe(0);
  });

  it('refuses a request it cannot read at all: no title column, no section, too many lines', () => {
    const emu = library();
    const noTitle = importCatalog(emu, request(fixture('catalog-utf8-fixed.csv'), 'dryRun', { mapping: MAPPING.map((f) => (f === 'title' ? '' : f)) }));
    expect(noTitle.ok).toBe(false);
    expect(noTitle.errors!.map((e) => [e.field, e.message])).toEqual([['mapping', 'Атауы бар бағанды таңдаңыз («Атауы» немесе «Автор және атауы»).']]);
    const twice = importCatalog(emu, request(fixture('catalog-utf8-fixed.csv'), 'dryRun', { mapping: MAPPING.map((f) => (f === 'publisher' ? 'year' : f)) }));
    expect(twice.errors!.map((e) => e.message)).toEqual(['«Шыққан жылы» өрісі екі бағанға таңдалған: біреуін қалдырыңыз.']);
    const noSection = importCatalog(emu, request(fixture('catalog-utf8-fixed.csv'), 'dryRun', { mapping: MAPPING.map((f) => (f === 'section' ? '' : f)) }));
    expect(noSection.errors!.map((e) => e.field)).toEqual(['defaults.section']);
    const big = ['Заглавие;Цена', ...Array.from({ length: 3001 }, (_, i) => `Кітап ${i};100`)].join('\n');
    const tooMany = importCatalog(emu, request(big, 'dryRun', { mapping: ['title', 'price'], defaults: { language: 'kk', section: 'fiction', docType: 'book' } }));
    expect(tooMany.errors!.map((e) => e.message)).toEqual(['Файлда 3001 жол, бір импортта ең көбі 3000. Файлды бөліп, кезекпен импорттаңыз.']);
  });
});

describe('Import a catalogue: the commit', () => {
  it('refuses a file with bad lines as a whole: nothing written', () => {
    const emu = library();
    const before = snapshot(emu);
    const result = importCatalog(emu, request(fixture('catalog-utf8-bom.csv'), 'commit'));
    expect(result.ok).toBe(true);
    expect(result.value!.committed).toBe(false);
    expect(result.message).toBe('Импорт тоқтатылды: қате жолдар – 2. Ештеңе жазылған жоқ.');
    expect(snapshot(emu)).toBe(before);
  });

  it('writes the fixed file like one big receipt: 10 titles, 30 copies, part 1 by date of entry, part 3 in agreement, counters moved', () => {
    const emu = library();
    const result = importCatalog(emu, request(fixture('catalog-utf8-fixed.csv'), 'commit'));
    expect(result.ok).toBe(true);
    expect(result.value!).toMatchObject({ committed: true, recordNos: [1, 2, 3] });
    expect(result.message).toBe('Импортталды: 10 жаңа атау, 30 дана. Жиынтық есеп, 1-бөлім: № 1, 2, 3.');

    const catalog = rows(emu, 'catalog');
    expect(catalog.map((r) => [r.titleId, r.title, r.copiesTotal])).toEqual([
      [1, 'Қозы-Көрпеш – Баянсұлу', 4],
      [2, 'Детство', 3],
      [3, 'Математика', 5],
      [4, 'Абай жолы', 2],
      [5, 'Шығармалары', 1],
      [6, 'Сказки', 1],
      [7, 'Қазақстан тарихы', 10],
      [8, 'Гарри Поттер и философский камень', 1],
      [9, 'Тар жол; тайғақ кешу', 1],
      [10, 'Қазақ хрестоматиясы', 2],
    ]);
    expect(catalog[2]).toMatchObject({ authors: 'Абылкасымова А. Е.; Кучер Т. П.', language: 'Орыс тілі', section: 'Оқулықтар', isbn: '978-601-07-0817-4', createdOn: '2026-11-27' });

    // One row per copy; the file's numbers kept, the others from the counter above the highest given (11).
    const inventory = rows(emu, 'inventoryBook');
    expect(inventory.map((r) => r.inventoryNo)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1)); // in number order, as the paper book
    const byTitle = (id: number) => inventory.filter((r) => r.titleId === id).map((r) => r.inventoryNo);
    expect(byTitle(1)).toEqual([1, 2, 3, 8]);
    expect(byTitle(2)).toEqual([4, 5, 30]);
    expect(byTitle(3)).toEqual([12, 13, 14, 15, 16]);
    expect(byTitle(7)).toEqual([19, 20, 21, 22, 23, 24, 25, 26, 27, 28]);
    expect(inventory.find((r) => r.inventoryNo === 8)).toMatchObject({ entryDate: '2024-08-30', price: 1300, summaryRecordNo: 2, authorTitle: 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу', placeYear: '1965' });
    expect(inventory.find((r) => r.inventoryNo === 18)).toMatchObject({ entryDate: '2026-11-27', price: 1500, summaryRecordNo: 3, titleId: 6 }); // Пушкин: no date of entry

    // Part 1: one row per date of entry, source "other", note "Каталог импорты".
    const part1 = rows(emu, 'summaryBookReceipts');
    expect(part1.map((r) => [r.recordNo, r.date, r.source, r.note, r.copiesTotal, r.sum])).toEqual([
      [1, '2019-09-12', 'Басқа', 'Каталог импорты', 10, 11811.5],
      [2, '2024-08-30', 'Басқа', 'Каталог импорты', 18, 36880],
      [3, '2026-11-27', 'Басқа', 'Каталог импорты', 2, 4700],
    ]);
    expect(part1[1]).toMatchObject({ typeBooks: 18, sectionTextbooks: 15, sectionFiction: 2, sectionChildren: 1, langKazakh: 12, langRussian: 6 });
    // Every inventory-book row points at the part-1 row of its date.
    const recordOfDate = new Map(part1.map((r) => [r.date, r.recordNo]));
    expect(inventory.every((r) => recordOfDate.get(r.entryDate) === r.summaryRecordNo)).toBe(true);

    // Part 3: every year from 2019; received = part 1 of that year; at the end = all of it.
    const part3 = rows(emu, 'summaryBookTotals');
    expect(part3).toHaveLength(8 * 4);
    for (const year of [2019, 2024, 2026]) {
      const received = part3.find((r) => r.year === year && r.line === 'Жыл ішінде түскені')!;
      const fromPart1 = part1.filter((r) => String(r.date).startsWith(String(year)));
      expect([year, received.copies, received.sum]).toEqual([year, fromPart1.reduce((n, r) => n + Number(r.copiesTotal), 0), fromPart1.reduce((n, r) => n + Number(r.sum), 0)]);
    }
    expect(part3.find((r) => r.year === 2026 && r.line === 'Жыл соңында болғаны')).toMatchObject({ copies: 30, sum: 53391.5 });
    expect(part3.find((r) => r.year === 2024 && r.line === 'Жыл басында болғаны')).toMatchObject({ copies: 10, sum: 11811.5 });

    // The index, the counters, the audit log; the acquisitions journal is for new receipts only.
    expect(rows(emu, 'catalogIndex').map((r) => [r.titleId, r.copies]).slice(0, 2)).toEqual([
      [1, '1 2 3 8'],
      [2, '4 5 30'],
    ]);
    expect([counters(emu).nextInventoryNo, counters(emu).nextTitleId]).toEqual(['31', '11']);
    const audit = rows(emu, 'auditLog').filter((r) => r.operation === 'importCatalog');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(String(audit[0].details))).toMatchObject({ lines: 12, newTitles: 10, copies: 30, sum: 53391.5, recordNos: '1,2,3', numbered: '12-30' });
    expect(rows(emu, 'acquisitions')).toEqual([]);

    // The catalogue search finds what was imported.
    const found = ok(emu.runFromClient<Answer<{ hits: Array<{ titleId: number; onShelf: number }> }>>('searchCatalog', [{ query: 'детство', limit: 5 }])).value!;
    expect(found.hits.map((h) => [h.titleId, h.onShelf])).toEqual([[2, 3]]);
  });

  it('refuses the same file a second time (it would double the copies), writing nothing', () => {
    const emu = library();
    importCatalog(emu, request(fixture('catalog-utf8-fixed.csv'), 'commit'));
    const before = snapshot(emu);
    const dry = importCatalog(emu, request(fixture('catalog-utf8-fixed.csv'), 'dryRun'));
    expect(dry.value!.fileProblems).toEqual(['Дәл осы файл 2026-11-27 күні импортталған. Екінші рет импорттау даналарды екі есе көбейтеді.']);
    // Its own inventory numbers are taken now, too: the lines that give them say so.
    expect(dry.value!.lines.find((l) => l.row === 2)!.problems.map((p) => p.message)).toEqual(['№ 1–3 инвентарлық кітапта бұрыннан бар.']);
    const again = importCatalog(emu, request(fixture('catalog-utf8-fixed.csv'), 'commit'));
    expect(again.value!.committed).toBe(false);
    expect(snapshot(emu)).toBe(before);
  });

  it('adds the copies of titles already in the catalogue to them (a second list of the same books, without numbers)', () => {
    const emu = library();
    importCatalog(emu, request(fixture('catalog-utf8-fixed.csv'), 'commit'));
    // The same books again, bought later: no inventory numbers (the counter gives them), one date.
    const second = fixture('catalog-utf8-fixed.csv')
      .split(/\r\n/)
      .map((line, i) => (i === 0 || !line ? line : line.replace(/;("[^"]*"|[^;]*);[^;]*$/, ';;01.11.2026')))
      .join('\r\n');
    const dry = importCatalog(emu, request(second, 'dryRun')).value!;
    expect(dry.summary).toMatchObject({ lines: 12, errorLines: 0, newTitles: 0, toExisting: 12, copies: 30, numberFrom: 31 });
    expect(dry.lines.map((l) => [l.row, l.kind, l.titleId])).toEqual([
      [2, 'duplicate', 1],
      [3, 'duplicate', 2],
      [4, 'duplicate', 3],
      [5, 'duplicate', 4],
      [6, 'duplicate', 5],
      [7, 'duplicate', 6],
      [8, 'duplicate', 1],
      [9, 'duplicate', 7],
      [10, 'duplicate', 8],
      [11, 'duplicate', 9],
      [12, 'duplicate', 10],
      [13, 'duplicate', 2],
    ]);
    expect(dry.lines[0].note).toBe('Каталогтағы № 1 атауға дана қосады');

    const exec = emu.runFromClient<Answer<ImportReportDto>>('importCatalog', [request(second, 'commit')]);
    expect(ok(exec).value!.committed).toBe(true);
    expect(rows(emu, 'catalog').map((r) => [r.titleId, r.copiesTotal])).toEqual([
      [1, 8],
      [2, 6],
      [3, 10],
      [4, 4],
      [5, 2],
      [6, 2],
      [7, 20],
      [8, 2],
      [9, 2],
      [10, 4],
    ]);
    expect(rows(emu, 'inventoryBook').map((r) => r.inventoryNo)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(rows(emu, 'catalogIndex').find((r) => r.titleId === 1)!.copies).toBe('1 2 3 8 31 32 33 45');
    expect(rows(emu, 'summaryBookReceipts').map((r) => [r.recordNo, r.date, r.copiesTotal])).toEqual([
      [1, '2019-09-12', 10],
      [2, '2024-08-30', 18],
      [3, '2026-11-27', 2],
      [4, '2026-11-01', 30],
    ]);
    expect(rows(emu, 'summaryBookTotals').find((r) => r.year === 2026 && r.line === 'Жыл соңында болғаны')).toMatchObject({ copies: 60, sum: 2 * 53391.5 });
    expect(counters(emu).nextInventoryNo).toBe('61');
    // It found the titles and the numbers with text finders, not by reading the catalogue or the inventory book.
    expect(exec.calls.calls['TextFinder.findAll']).toBeGreaterThanOrEqual(3);
  });

  it('refuses inventory numbers the inventory book holds already, or the file gives twice', () => {
    const emu = library();
    importCatalog(emu, request(fixture('catalog-utf8-fixed.csv'), 'commit'));
    const before = snapshot(emu);
    const text = ['Заглавие;Цена;Инв. №', 'Жаңа кітап;500;"5, 200-201"', 'Тағы кітап;600;201', 'Үшінші кітап;700;202'].join('\n');
    const req = request(text, 'commit', { mapping: ['title', 'price', 'inventoryNos'], defaults: { language: 'kk', section: 'fiction', docType: 'book' } });
    const refused = importCatalog(emu, req).value!;
    expect(refused.committed).toBe(false);
    expect(refused.lines.map((l) => [l.row, l.kind, l.problems.map((p) => p.message)])).toEqual([
      [2, 'error', ['№ 5 инвентарлық кітапта бұрыннан бар.']],
      [3, 'error', ['№ 201 2-жолда да бар.']],
      [4, 'new', []],
    ]);
    expect(snapshot(emu)).toBe(before);
    // Fixed: the counter moves past the highest number the file gives.
    const fixed = importCatalog(emu, { ...req, text: ['Заглавие;Цена;Инв. №', 'Жаңа кітап;500;199-201', 'Тағы кітап;600;', 'Үшінші кітап;700;202'].join('\n') }).value!;
    expect(fixed.committed).toBe(true);
    expect(rows(emu, 'inventoryBook').slice(30).map((r) => r.inventoryNo)).toEqual([199, 200, 201, 202, 203]); // in number order
    expect(counters(emu).nextInventoryNo).toBe('204');
  });

  it('reads the tab-separated cells pasted from Excel, with Kazakh headers', () => {
    const emu = library();
    const text = fixture('paste-tab.csv');
    const result = importCatalog(emu, { text, mapping: ['authors', 'title', 'year', 'price', 'copies', 'inventoryNos', 'annotation'], header: true, defaults: { language: 'kk', section: 'fiction', docType: 'book' }, mode: 'commit' });
    expect(result.value).toMatchObject({ separator: 'tab', committed: true });
    expect(rows(emu, 'catalog').map((r) => [r.authors, r.title, r.year, r.copiesTotal, r.annotation])).toEqual([
      ['Мұқанов С.', 'Ботагөз', 1985, 2, 'Роман. Мектеп кітапханасынан'],
      ['Майлин Б.', 'Шұғаның белгісі', 2005, 1, ''],
    ]);
  });
});
