/**
 * Uploaded files are typed by their bytes, not their names: real files (a PDF Chromium printed, a JPEG and
 * a PNG it drew, a DOCX and an XLSX Python zipped) and the OLE2 header of a .doc. A PDF renamed .jpg is
 * refused, so is a ZIP that is not a Word document, a GIF, an empty or broken or too big file; the stored
 * name is safe for Drive and built from the description.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  base64Size,
  checkUpload,
  headBytes,
  imagePixels,
  kindOfName,
  megabytes,
  PHOTO_KINDS,
  safeFileName,
  scanFileName,
  SCAN_KINDS,
  sniffKind,
  tailBytes,
  UPLOAD_LIMITS,
} from '../../../src/domain/uploads';

const FIX = path.join(__dirname, '../../fixtures/uploads');
const bytes = (name: string) => fs.readFileSync(path.join(FIX, name));
const b64 = (name: string) => bytes(name).toString('base64');
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');

const scan = (fileName: string, base64: string) => checkUpload({ fileName, base64 }, SCAN_KINDS, UPLOAD_LIMITS.scanBytes);

describe('the type of a file by its content', () => {
  test('real PDF, JPEG, PNG, DOCX files and an OLE2 .doc header are recognised', () => {
    expect(sniffKind(bytes('scan.pdf'))).toBe('pdf');
    expect(sniffKind(bytes('exhibition.jpg'))).toBe('jpeg');
    expect(sniffKind(bytes('page.png'))).toBe('png');
    expect(sniffKind(bytes('scan.docx'))).toBe('docx');
    expect(sniffKind(OLE2)).toBe('doc');
  });

  test('a ZIP without a word/ entry (a spreadsheet) is no Word document; a GIF and text are nothing we take', () => {
    expect(sniffKind(bytes('sheet.xlsx'), bytes('sheet.xlsx'))).toBeNull();
    expect(sniffKind(GIF)).toBeNull();
    expect(sniffKind(Buffer.from('%PDF'))).toBeNull(); // the magic is "%PDF-"
    expect(sniffKind(Buffer.from('hello'))).toBeNull();
  });

  test('a DOCX whose word/ entries are only in the central directory at the end is found through the tail', () => {
    const zip = bytes('scan.docx');
    const head = zip.subarray(0, 40); // the first entry is [Content_Types].xml
    expect(sniffKind(head)).toBeNull();
    expect(sniffKind(head, zip.subarray(zip.length - 300))).toBe('docx');
  });

  test('the head and tail of base64 decode to the same bytes as the file', () => {
    const pdf = bytes('scan.pdf');
    expect(headBytes(pdf.toString('base64'), 100).slice(0, 100)).toEqual([...pdf.subarray(0, 100)]);
    const tail = tailBytes(pdf.toString('base64'), 50);
    expect(tail.slice(-50)).toEqual([...pdf.subarray(pdf.length - 50)]);
    expect(base64Size(pdf.toString('base64'))).toBe(pdf.length);
    expect(base64Size('abc')).toBeNull();
    expect(base64Size('data:application/pdf;base64,JVBERi0=')).toBeNull();
  });

  test('the extension a name claims', () => {
    expect([kindOfName('Скан.PDF'), kindOfName('a.jpeg'), kindOfName('b.JPG'), kindOfName('c.docx'), kindOfName('d.doc'), kindOfName('e'), kindOfName('f.gif')]).toEqual(['pdf', 'jpeg', 'jpeg', 'docx', 'doc', '', '']);
  });
});

describe('checkUpload', () => {
  test('accepts each kind of scan named as what it is, with its MIME type and the stored extension', () => {
    expect(scan('scan.pdf', b64('scan.pdf'))).toMatchObject({ ok: true, value: { kind: 'pdf', mime: 'application/pdf', ext: 'pdf', size: bytes('scan.pdf').length } });
    expect(scan('photo.jpeg', b64('exhibition.jpg'))).toMatchObject({ ok: true, value: { kind: 'jpeg', mime: 'image/jpeg', ext: 'jpg' } });
    expect(scan('page.png', b64('page.png'))).toMatchObject({ ok: true, value: { kind: 'png', mime: 'image/png' } });
    expect(scan('scan.docx', b64('scan.docx'))).toMatchObject({ ok: true, value: { kind: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
    expect(scan('old.doc', OLE2.toString('base64'))).toMatchObject({ ok: true, value: { kind: 'doc', mime: 'application/msword' } });
    expect(scan('no extension', b64('scan.pdf'))).toMatchObject({ ok: true, value: { kind: 'pdf' } });
  });

  test('a PDF renamed .jpg is refused: the content decides, and the name must not lie', () => {
    expect(scan('photo.jpg', b64('scan.pdf'))).toEqual({ ok: false, errors: [{ field: 'file', key: 'upload.error.mismatch', params: { kind: 'PDF', ext: 'JPG' } }] });
  });

  test('a file of another type is refused whatever its name: a GIF called .png, a spreadsheet called .docx', () => {
    expect(scan('image.png', GIF.toString('base64'))).toMatchObject({ ok: false, errors: [{ key: 'upload.error.type', params: { types: 'PDF, JPG, PNG, DOC, DOCX' } }] });
    expect(scan('report.docx', b64('sheet.xlsx'))).toMatchObject({ ok: false, errors: [{ key: 'upload.error.type' }] });
  });

  test('a photo must be a JPG or PNG', () => {
    const photo = (name: string, base64: string) => checkUpload({ fileName: name, base64 }, PHOTO_KINDS, UPLOAD_LIMITS.photoBytes);
    expect(photo('x.jpg', b64('exhibition.jpg')).ok).toBe(true);
    expect(photo('x.pdf', b64('scan.pdf'))).toMatchObject({ ok: false, errors: [{ key: 'upload.error.type', params: { types: 'JPG, PNG' } }] });
  });

  test('no file, an empty one, broken base64, or one over the limit', () => {
    expect(scan('a.pdf', '')).toMatchObject({ ok: false, errors: [{ key: 'error.required' }] });
    expect(checkUpload(null, SCAN_KINDS, 10)).toMatchObject({ ok: false, errors: [{ key: 'error.required' }] });
    expect(scan('a.pdf', '====')).toMatchObject({ ok: false, errors: [{ key: 'upload.error.unreadable' }] });
    expect(scan('a.pdf', 'JVBE Ri0=')).toMatchObject({ ok: false, errors: [{ key: 'upload.error.unreadable' }] });
    const big = Buffer.alloc(UPLOAD_LIMITS.scanBytes + 3);
    big.write('%PDF-1.4');
    expect(scan('big.pdf', big.toString('base64'))).toMatchObject({ ok: false, errors: [{ key: 'upload.error.tooBig', params: { size: '10', max: '10' } }] });
    const limit = Buffer.alloc(UPLOAD_LIMITS.scanBytes);
    limit.write('%PDF-1.4');
    expect(scan('limit.pdf', limit.toString('base64')).ok).toBe(true);
  });

  test('megabytes for messages', () => {
    expect([megabytes(10 * 1024 * 1024), megabytes(5 * 1024 * 1024), megabytes(1.25 * 1024 * 1024), megabytes(2000)]).toEqual(['10', '5', '1,3', '0,1']);
  });
});

describe('stored names', () => {
  const gost = 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.';

  test('a scan: the year and its number, the description up to the statement of responsibility, the publication year', () => {
    expect(scanFileName(2026, 7, gost, 1965, 'pdf')).toBe('2026-007 Әбенов Ш. Қозы-Көрпеш – Баянсұлу. поэма, 1965.pdf');
    expect(scanFileName(2026, 12, 'Абай жолы. – Алматы, 1997. – 400 б.', undefined, 'jpg')).toBe('2026-012 Абай жолы.jpg');
  });

  test('no character Drive clients or Windows refuse, at most 120 characters cut at a word, the extension kept', () => {
    const name = safeFileName('A/B\\C:D*E?F"G<H>I|J ' + 'сөз '.repeat(60), 'docx');
    expect(name).not.toMatch(/[/\\:*?"<>|]/);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.endsWith(' сөз.docx')).toBe(true);
    expect(safeFileName('  ...  ', 'pdf')).toBe('file.pdf');
  });
});

describe('image size', () => {
  test('from a PNG header and a JPEG frame', () => {
    expect(imagePixels(bytes('page.png'))).toEqual({ width: 300, height: 420 });
    expect(imagePixels(bytes('exhibition.jpg'))).toEqual({ width: 640, height: 400 });
    expect(imagePixels(bytes('scan.pdf'))).toBeNull();
  });
});
