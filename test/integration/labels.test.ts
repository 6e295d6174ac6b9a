/**
 * Labels and the catalogue export through the built bundle in the emulator: labels for a range of copies
 * become a Doc in <archive>/<year>/Labels with every number, shelf mark and a QR code of INV:<number>;
 * made again, the Doc is replaced; unknown and written-off copies are refused with nothing written. The
 * catalogue comes back from its CSV with Kazakh text intact, headers in Kazakh and formulas disarmed.
 */
import type { Emulator } from '../../emulator/runtime';
import { journalColumns, journalRows, journalSheetId } from '../../emulator/workbook-view';
import { qrGif } from '../../src/docs/qr';
import { LABELS_LAYOUT } from '../../src/docs/labels';
import { readCsv } from '../../src/domain/csv-read';
import { decodeBase64 } from '../../src/docs/qr';
import { BLANK, batch, KOZY as KOZY_FIXTURE, MATH as MATH_FIXTURE } from '../fixtures/titles';
import { docPng, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; message: string }>; message: string };
type Labels = { docName: string; docUrl: string; labels: number };
type Csv = { fileName: string; csv: string; titles: number };

/** The fixtures, with an annotation and a BBK index for the export's columns. */
const KOZY = { ...KOZY_FIXTURE, annotation: 'Ғашықтық жыры; «Қозы мен Баян»' };
const MATH = { ...MATH_FIXTURE, bbk: '22.1я72' };
const ABAI = { ...BLANK, authors: 'Әуезов М.', title: 'Абай жолы', otherTitleInfo: 'роман-эпопея', volume: 'Т. 1', place: 'Алматы', year: '1997', bbk: '84(5Каз)-44', authorSign: 'Ә 90', price: '1850', copies: '19' };
const FORMULA = { ...BLANK, title: '=HYPERLINK("http://evil.example","Басыңыз")', annotation: '+7 701 000 00 00', keywords: '@everyone', price: '100', copies: '1' };

const LIBRARY = '№12 мектеп-гимназия кітапханасы';
const ARCHIVE = 'My Drive/Кітапхана архиві';
const rows = (emu: Emulator, id: string) => journalRows(emu.spreadsheet.inspect, id);
const total = (calls: Record<string, number>): number => Object.values(calls).reduce((a, b) => a + b, 0);

/** What the librarian types into the settings journal's value column, outside any add-on execution. */
function typeSetting(emu: Emulator, key: string, value: string): void {
  emu.refresh();
  const inspect = emu.spreadsheet.inspect;
  const id = journalSheetId(inspect, 'settings')!;
  const cols = journalColumns(inspect, id);
  const r = inspect.values(id).findIndex((row) => row[cols.key - 1] === key);
  const ss = (emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  ss.getSheetById(id)!.getRange(r + 1, cols.value).setValue(value);
  emu.spreadsheet.save();
}

/** 25 copies: Қозы-Көрпеш 1–3, Математика 4–5, Абай жолы 6–24, a formula-like title 25. */
function library(): Emulator {
  const emu = emulator();
  ok(emu.run('setupWorkbook'));
  const acq = ok(emu.runFromClient<Result<unknown>>('registerAcquisition', [batch([KOZY, MATH, ABAI, FORMULA], { supplier: 'ЖШС «Кітап әлемі»' })]));
  if (!acq.ok) throw new Error(JSON.stringify(acq.errors));
  typeSetting(emu, 'libraryName', LIBRARY);
  return emu;
}

const makeLabels = (emu: Emulator, inventoryNos: string) => emu.runFromClient<Result<Labels>>('makeLabels', [{ inventoryNos }]);

function writeOff(emu: Emulator, inventoryNos: string): void {
  const form = { inventoryNos, reason: 'wornOut', date: '2026-11-27', commission: 'Сапарова А. Б.', approvedBy: '', note: '' };
  expect(ok(emu.runFromClient<Result<unknown>>('writeOffCopies', [form])).ok).toBe(true);
}

describe('Labels', () => {
  let emu: Emulator;
  let first: Labels;
  let calls: Record<string, number>;
  let cellsWritten: number;

  beforeAll(() => {
    emu = library();
    const exec = makeLabels(emu, '1-24');
    const result = ok(exec);
    expect(result).toMatchObject({ ok: true, message: '24 жапсырма жасалды.' });
    first = result.value!;
    calls = exec.calls.calls;
    cellsWritten = exec.calls.cellsWritten;
  });

  it('files a Doc named after the day and the numbers in <archive>/<year>/Labels', () => {
    expect(first).toMatchObject({ docName: 'Жапсырмалар 2026-11-27 (1–24)', labels: 24 });
    const node = emu.drive.inspect.findByPath(`${ARCHIVE}/2026/Labels/Жапсырмалар 2026-11-27 (1–24)`);
    expect(node).toMatchObject({ mimeType: 'application/vnd.google-apps.document' });
    expect(first.docUrl).toContain(node!.id);
  });

  it('prints every number with its title\'s shelf mark and the library on each label', () => {
    const id = emu.drive.inspect.findByPath(`${ARCHIVE}/2026/Labels/${first.docName}`)!.id;
    const text = emu.drive.inspect.docText(id);
    for (let n = 1; n <= 24; n++) expect([n, text.includes(`Инв. № ${n}\n`)]).toEqual([n, true]);
    expect(text).not.toContain('Инв. № 25');
    expect(text.match(/84\(5Каз\)-5 \/ Ә 14/g)).toHaveLength(3); // Қозы-Көрпеш, copies 1–3
    expect(text.match(/22\.1я72 \/ А/g)).toHaveLength(2); // Математика: no author sign typed, the surname's letter
    expect(text.match(/84\(5Каз\)-44 \/ Ә 90/g)).toHaveLength(19);
    expect(text.split(LIBRARY).length - 1).toBe(24);
  });

  it('draws one QR image a label, each the code of INV:<number>, in a grid of 3 columns, 7 rows a page', () => {
    const id = emu.drive.inspect.findByPath(`${ARCHIVE}/2026/Labels/${first.docName}`)!.id;
    const html = emu.drive.inspect.docHtml(id);
    const images = [...html.matchAll(/<img src="data:image\/gif;base64,([^"]+)"/g)].map((m) => m[1]);
    expect(images).toHaveLength(24);
    images.forEach((b64, k) => expect([k + 1, decodeBase64(b64).join(',') === qrGif(`INV:${k + 1}`, { cellSize: LABELS_LAYOUT.qrCellSize }).bytes.join(',')]).toEqual([k + 1, true]));
    expect(html.match(/<table/g)).toHaveLength(2); // 21 labels on page 1, 3 on page 2
    expect(html.match(/<tr/g)).toHaveLength(7 + 1);
    expect(html).toContain('class="page-break"');
  });

  it('writes no journal row (only the archive folder\'s id, on first use) and costs about 13 calls a label', () => {
    expect(cellsWritten).toBe(1); // the archive folder's id, remembered in the settings on first use
    expect(calls['DocumentApp.create']).toBe(1);
    expect(calls['Paragraph.appendInlineImage']).toBe(24);
    expect(calls['TextFinder.findAll']).toBe(2); // the copies in the inventory book, their titles in the index
    // Docs: 13 a label (see src/docs/labels.ts) and ~34 a Doc of two tables; the rest is the archive, the two text finders
    // (one Range.getRow a copy found) and the settings
    const docs = Object.entries(calls).filter(([k]) => /^(Body|Document|DocumentApp|Paragraph|InlineImage|Table|TableCell|Text|Utilities)\./.test(k));
    expect(docs.reduce((n, [, v]) => n + v, 0)).toBeLessThanOrEqual(24 * 13 + 40); // 346 today
    expect(calls['Range.getRow']).toBe(24 + 3);
    expect(total(calls)).toBeLessThan(24 * 14 + 90);
  });

  it('replaces the Doc when the same labels are made again', () => {
    const before = snapshot(emu);
    const exec = makeLabels(emu, '1-24');
    const again = ok(exec).value!;
    expect(again.docUrl).toBe(first.docUrl);
    expect(exec.calls.cellsWritten).toBe(0);
    expect(snapshot(emu)).toBe(before);
    expect(exec.calls.calls['DocumentApp.openById']).toBe(1);
    const folder = emu.drive.inspect.findByPath(`${ARCHIVE}/2026/Labels`)!;
    expect(folder.children!.filter((c) => !c.trashed).map((c) => c.name)).toEqual([first.docName]);
  });

  it('renders to a PNG for a person to look at', async () => {
    const id = emu.drive.inspect.findByPath(`${ARCHIVE}/2026/Labels/${first.docName}`)!.id;
    await docPng(emu.drive.inspect.docHtml(id), 'labels-copies-kk.png');
  });
});

describe('Labels refused', () => {
  it('refuses unknown and written-off copies by number, writing nothing and making no Doc', () => {
    const emu = library();
    writeOff(emu, '2');
    const before = snapshot(emu);
    const result = ok(makeLabels(emu, '1 2 3 99 100'));
    expect(result.ok).toBe(false);
    expect(result.errors!.map((e) => [e.field, e.message])).toEqual([
      ['inventoryNos', 'Мұндай инвентар нөмірі жоқ: 99, 100.'],
      ['inventoryNos', '№ 2 дана есептен шығарылған (акт 1/2026): оған жапсырма жасалмайды.'],
    ]);
    expect(snapshot(emu)).toBe(before);
    expect(emu.drive.inspect.findByPath(`${ARCHIVE}/2026/Labels`)).toBeNull();
  });

  it('refuses what is not a number, an empty list and more than 300 copies before reading anything', () => {
    const emu = library();
    const bad = ok(makeLabels(emu, '1 2б'));
    expect(bad.errors!.map((e) => e.message)).toEqual([
      'Инвентар нөмірі емес: 2б. Нөмірлерді бос орын немесе үтір арқылы жазыңыз, аралық – 15-18.',
    ]);
    expect(ok(makeLabels(emu, '  ')).errors!.map((e) => e.message)).toEqual(['Бұл өрісті толтырыңыз.']);
    const many = makeLabels(emu, '1-300 400');
    expect(ok(many).errors!.map((e) => e.message)).toEqual(['Бір әрекетте ең көбі 300 дана.']);
    expect(many.calls.calls['TextFinder.findAll'] ?? 0).toBe(0);
  });

  it('labels a written-off title\'s other copies, and reads scanned INV: numbers', () => {
    const emu = library();
    writeOff(emu, '2');
    const done = ok(makeLabels(emu, 'INV:3\nINV:1'));
    expect(done.value).toMatchObject({ docName: 'Жапсырмалар 2026-11-27 (1, 3)', labels: 2 });
  });
});

describe('Export of the catalogue as CSV', () => {
  let emu: Emulator;
  let csv: Csv;
  let table: string[][];
  let cellsWritten: number;

  beforeAll(() => {
    emu = library();
    writeOff(emu, '2');
    const exec = emu.runFromClient<Result<Csv>>('exportCatalogCsv', []);
    const result = ok(exec);
    expect(result.ok).toBe(true);
    csv = result.value!;
    cellsWritten = exec.calls.cellsWritten;
    table = readCsv(csv.csv, ';').records.map((r) => r.cells);
  });

  it('is UTF-8 text with a BOM, ";"-separated, CRLF line ends, named after the catalogue and the day', () => {
    expect(csv.fileName).toBe('Электронды каталог 2026-11-27.csv');
    expect(csv.csv.charAt(0)).toBe('\uFEFF');
    expect([...Buffer.from(csv.csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.csv.endsWith('\r\n')).toBe(true);
    expect(csv.csv.replace(/\r\n/g, '').includes('\n')).toBe(false); // no bare LF: no field holds one here
    expect(csv.titles).toBe(4);
    expect(table).toHaveLength(1 + 4);
  });

  it('has the catalogue\'s own column titles in Kazakh, then the shelf mark and the copies', () => {
    expect(table[0]).toEqual([
      'Жазба №',
      'Авторлар',
      'Атауы',
      'Атауға қатысты мәлімет',
      'Том, бөлім',
      'Жауапкершілік мәліметі',
      'Шыққан жері',
      'Баспа',
      'Жылы',
      'Бет саны',
      'ISBN',
      'КБЖ (ББК)',
      'ӘОЖ (УДК)',
      'Авторлық белгі',
      'Тілі',
      'Қор бөлімі',
      'Басылым түрі',
      'Аннотация',
      'Кілт сөздер',
      'Енгізілген күні',
      'Шифр',
      'Қордағы даналар',
      'Сөредегі даналар',
      'Инвентар нөмірлері (қорда)',
    ]);
  });

  it('keeps the Kazakh and Russian text intact and counts the copies left in the fund', () => {
    const col = (name: string) => table[0].indexOf(name);
    const kozy = table.find((r) => r[col('Атауы')] === 'Қозы-Көрпеш – Баянсұлу')!;
    expect(kozy[col('Авторлар')]).toBe('Әбенов Ш.');
    expect(kozy[col('Аннотация')]).toBe('Ғашықтық жыры; «Қозы мен Баян»'); // the ';' survived inside quotes
    expect(kozy[col('Кілт сөздер')]).toBe('эпос, жыр');
    expect(kozy[col('Тілі')]).toBe('Қазақ тілі');
    expect(kozy[col('Жылы')]).toBe('1965');
    expect(kozy[col('Шифр')]).toBe('84(5Каз)-5 / Ә 14');
    expect([kozy[col('Қордағы даналар')], kozy[col('Сөредегі даналар')], kozy[col('Инвентар нөмірлері (қорда)')]]).toEqual(['2', '2', '1, 3']);
    const math = table.find((r) => r[col('Атауы')] === 'Математика')!;
    expect(math[col('Авторлар')]).toBe('Абылкасымова А. Е.; Кучер Т. П.; Жумагулова З. А.');
    expect(math[col('Атауға қатысты мәлімет')]).toBe('учебник для 5 класса');
    const abai = table.find((r) => r[col('Атауы')] === 'Абай жолы')!;
    expect(abai[col('Инвентар нөмірлері (қорда)')]).toBe('6–24');
    expect(abai[col('Енгізілген күні')]).toBe('2026-11-20');
  });

  it('disarms formula-like text with an apostrophe, as Excel would otherwise run it', () => {
    const col = (name: string) => table[0].indexOf(name);
    const row = table[table.length - 1];
    expect(row[col('Атауы')]).toBe('\'=HYPERLINK("http://evil.example","Басыңыз")');
    expect(row[col('Аннотация')]).toBe("'+7 701 000 00 00");
    expect(row[col('Кілт сөздер')]).toBe("'@everyone");
    expect(csv.csv).toContain('"\'=HYPERLINK(""http://evil.example"",""Басыңыз"")"');
  });

  it('writes nothing', () => {
    expect(cellsWritten).toBe(0);
    expect(rows(emu, 'catalog')).toHaveLength(4);
  });
});
