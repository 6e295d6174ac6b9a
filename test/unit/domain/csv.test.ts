import { CSV_BOM, csvField, toCsv } from '../../../src/domain/csv';
import { readCsv } from '../../../src/domain/csv-read';

/** The bytes a Blob (or any UTF-8 writer) makes of the text. */
const utf8 = (s: string) => Buffer.from(s, 'utf8');
/** The file read back as the import reads a ';'-separated file: each record's cells. */
const readBack = (text: string) => readCsv(text, ';').records.map((r) => r.cells);

describe('the CSV writer', () => {
  it('starts with the UTF-8 byte order mark Excel needs to read Cyrillic (EF BB BF once encoded)', () => {
    const csv = toCsv([['Атауы'], ['Абай жолы']]);
    expect(csv.charAt(0)).toBe(CSV_BOM);
    expect([...utf8(csv).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1, 6)).toBe('Атауы'); // no "sep=" line before the header
    expect(toCsv([['a']], { bom: false })).toBe('a\r\n');
  });

  it('separates by ";" and ends every record with CRLF, the last one too', () => {
    expect(toCsv([['№', 'Атауы'], [1, 'Қозы-Көрпеш']], { bom: false })).toBe('№;Атауы\r\n1;Қозы-Көрпеш\r\n');
    expect(toCsv([['a', 'b']], { bom: false, separator: ',' })).toBe('a,b\r\n');
  });

  it('quotes fields holding the separator, a comma, quotes or line breaks, doubling the quotes (RFC 4180)', () => {
    expect(csvField('Алматы; Астана')).toBe('"Алматы; Астана"');
    expect(csvField('Әбенов Ш., Петров А.')).toBe('"Әбенов Ш., Петров А."');
    expect(csvField('«Жазушы» "баспасы"')).toBe('"«Жазушы» ""баспасы"""');
    expect(csvField('бірінші жол\nекінші жол')).toBe('"бірінші жол\nекінші жол"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('84(5Каз)-5 / Ә 14')).toBe('84(5Каз)-5 / Ә 14');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(1965)).toBe('1965');
  });

  it('keeps Excel from running a cell as a formula: = + - @ tab CR get an apostrophe (OWASP)', () => {
    expect(csvField('=HYPERLINK("http://evil","жүктеу")')).toBe('"\'=HYPERLINK(""http://evil"",""жүктеу"")"');
    expect(csvField('+7 701 000 00 00')).toBe('"\'+7 701 000 00 00"');
    expect(csvField('-2+3')).toBe('"\'-2+3"');
    expect(csvField('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvField('\t=1')).toBe('"\'\t=1"');
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    // text that merely contains them, and numbers, are left alone
    expect(csvField('Абай = ақын')).toBe('Абай = ақын');
    expect(csvField(-5)).toBe('-5');
    expect(toCsv([['=1+1']], { bom: false, guardFormulas: false })).toBe('=1+1\r\n');
  });

  it('round-trips Kazakh and Russian text, quotes, separators and line breaks through the import\'s reader', () => {
    const rows = [
      ['Жазба №', 'Авторлар', 'Атауы', 'Аннотация'],
      ['1', 'Әбенов Ш.', 'Қозы-Көрпеш – Баянсұлу', 'Ғашықтық жыры; «эпос»'],
      ['2', 'Толстой Л. Н.', 'Детство', 'Повесть о "детстве",\r\nв двух строках'],
      ['3', '', 'Ұлы дала: өңі, үні, ғұмыры', ''],
    ];
    const csv = toCsv(rows);
    // The line break inside a field is written as it is (CRLF) ...
    expect(csv).toContain('"Повесть о ""детстве"",\r\nв двух строках"\r\n');
    // ... and read back as the import keeps any line break in a cell: LF.
    const read = rows.map((row) => row.map((cell) => cell.replace(/\r\n/g, '\n')));
    expect(readBack(csv)).toEqual(read);
    // and through real UTF-8 bytes, as the file is saved
    expect(readBack(utf8(csv).toString('utf8'))).toEqual(read);
    expect(utf8(csv).toString('latin1')).not.toContain('Әбенов'); // (what Excel shows without the BOM: mojibake)
  });

  it('parses LF-only files and empty trailing fields', () => {
    expect(readBack('a;b;\n;c;d\n')).toEqual([
      ['a', 'b', ''],
      ['', 'c', 'd'],
    ]);
  });
});
