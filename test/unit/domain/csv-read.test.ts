import * as fs from 'fs';
import * as path from 'path';
import { decodeBytes, detectSeparator, lostKazakhLetters, readCsv, stripBom } from '../../../src/domain/csv-read';

const FIXTURES = path.resolve(__dirname, '../../fixtures/import');
const cells = (text: string) => readCsv(text).records.map((r) => r.cells);
const nodeDecode = (bytes: Uint8Array, encoding: string) => new TextDecoder(encoding).decode(bytes);

describe('readCsv: RFC 4180 and what Excel writes', () => {
  it('splits on the separator, CRLF or LF or CR ending a record', () => {
    expect(cells('a,b,c\r\n1,2,3\n4,5,6\r7,8,9')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['7', '8', '9'],
    ]);
  });

  it('takes quoted fields with separators, doubled quotes and line breaks in them', () => {
    const text = 'Автор;Заглавие;Примечание\r\n"Әбенов Ш.";"Қозы-Көрпеш; поэма";"Дар ""Кітап әлемі""\r\nвторая строка"\r\n';
    expect(readCsv(text).records).toEqual([
      { row: 1, cells: ['Автор', 'Заглавие', 'Примечание'] },
      { row: 2, cells: ['Әбенов Ш.', 'Қозы-Көрпеш; поэма', 'Дар "Кітап әлемі"\nвторая строка'] },
    ]);
  });

  it('numbers records as Excel numbers rows: blank records keep their number but are left out', () => {
    const table = readCsv('h1,h2\n\n1,2\n,\n"multi\nline",3\n4,5\n');
    expect(table.records.map((r) => [r.row, r.cells[0]])).toEqual([
      [1, 'h1'],
      [3, '1'],
      [5, 'multi\nline'],
      [6, '4'],
    ]);
    expect(table.rowCount).toBe(6);
  });

  it('keeps empty fields, including a last empty one', () => {
    expect(cells('a,,c,\n,,,x')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', 'x'],
    ]);
    expect(cells('"",b')).toEqual([['', 'b']]);
  });

  it('is lenient where Excel is: a quote inside an unquoted field is a character, text after a closing quote is kept', () => {
    expect(cells('12" record,"a"b,c')).toEqual([['12" record', 'ab', 'c']]);
  });

  it('marks a record whose quote is never closed', () => {
    const table = readCsv('a,b\n"open,1\n2,3');
    expect(table.records[1]).toEqual({ row: 2, cells: ['open,1\n2,3'], unclosedQuote: true });
  });

  it('drops a byte-order mark', () => {
    expect(stripBom('\uFEFFАвтор')).toBe('Автор');
    expect(cells('\uFEFFАвтор;Год\nX;1965')).toEqual([
      ['Автор', 'Год'],
      ['X', '1965'],
    ]);
  });

  it('ignores the newline Excel leaves after the last record', () => {
    expect(readCsv('a\tb\r\n1\t2\r\n').records).toHaveLength(2);
  });
});

describe('detectSeparator', () => {
  it('finds ; (Excel in a Russian or Kazakh locale), , (RFC 4180) and tab (a paste)', () => {
    expect(detectSeparator('Автор;Заглавие;Год\nӘбенов Ш.;Қозы-Көрпеш, поэма;1965')).toBe(';');
    expect(detectSeparator('Author,Title,Year\n"Abenov, Sh.","Kozy, Korpesh",1965')).toBe(',');
    expect(detectSeparator('Автор\tЗаглавие\tЦена\nӘбенов Ш.\tҚозы; Көрпеш\t1 250,50')).toBe('\t');
  });

  it('prefers the separator that agrees across records over one that appears more in one line', () => {
    // Commas in the titles of a ;-file: splitting on , gives a different width on each line.
    const text = 'Автор;Заглавие;Место и год\nА;Б, В, Г;Алматы, 1965\nД;Е;Астана, 2001\nЖ;З, И;Алматы, 1999';
    expect(detectSeparator(text)).toBe(';');
  });

  it('does not split on a separator inside quotes', () => {
    expect(detectSeparator('"a;b;c",d\n"e;f;g",h')).toBe(',');
  });

  it('gives , for a single column', () => {
    expect(detectSeparator('Заглавие\nАбай жолы')).toBe(',');
  });
});

describe('decodeBytes: UTF-8, or Windows-1251 when the bytes are not UTF-8', () => {
  it('reads the UTF-8 fixture with its BOM', () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'catalog-utf8-bom.csv'));
    expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xef, 0xbb, 0xbf]);
    const { text, encoding } = decodeBytes(bytes, nodeDecode);
    expect(encoding).toBe('utf-8');
    expect(text.startsWith('№ п/п;Автор;Заглавие')).toBe(true);
  });

  it('reads the Windows-1251 fixture Excel would write, and sees the Kazakh letters it lost', () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'catalog-cp1251.csv'));
    const { text, encoding } = decodeBytes(bytes, nodeDecode);
    expect(encoding).toBe('windows-1251');
    const table = readCsv(text);
    expect(table.separator).toBe(',');
    expect(table.records[0].cells.slice(0, 3)).toEqual(['Автор', 'Заглавие', 'Год']);
    expect(table.records[1].cells[1]).toBe('Детство');
    expect(lostKazakhLetters(text)).toBe(true);
    expect(lostKazakhLetters(decodeBytes(fs.readFileSync(path.join(FIXTURES, 'catalog-utf8-bom.csv')), nodeDecode).text)).toBe(false);
  });
});
