/**
 * Contract tests of the path an uploaded file takes in the emulator, as src/gas/archive.ts (gasFiles) walks
 * it: base64 from the sidebar → Utilities.base64Decode → Utilities.newBlob(bytes, type, name) →
 * Folder.createFile(blob) → File.getBlob() back (the exhibition photo into its Doc) → File.setTrashed(true)
 * (a file whose row could not be written, a replaced photo). Each step cites the reference it follows.
 */
import * as fs from 'fs';
import * as path from 'path';
import { createDriveModule } from '../../emulator/services/drive';
import { createUtilitiesModule } from '../../emulator/services/utilities';
import { fakeHost } from './helpers/fakeHost';

const FIX = path.join(__dirname, '../fixtures/uploads');

function setup() {
  const h = fakeHost();
  const drive = createDriveModule(h, { spreadsheetId: '1SheetOfTheLibraryXXXXXXXXXXXXXXXXXXXXXXXXX', spreadsheetName: 'Kitaphana (local)' });
  const DriveApp = drive.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;
  const DocumentApp = drive.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
  const Utilities = createUtilitiesModule(h).Utilities;
  return { h, drive, DriveApp, DocumentApp, Utilities };
}

describe('an uploaded file, from base64 to Drive and back', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String)  (Byte[]: Java bytes, signed)
  // https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(Byte[],String,String)
  // https://developers.google.com/apps-script/reference/drive/folder#createFile(BlobSource)  ("Creates a file in the current folder from a given Blob of arbitrary data")
  test('the file keeps the blob\'s name, content type and every byte', () => {
    const { DriveApp, Utilities, drive } = setup();
    const pdf = fs.readFileSync(path.join(FIX, 'scan.pdf'));
    const decoded = Utilities.base64Decode(pdf.toString('base64'));
    expect(decoded.some((b) => b < 0)).toBe(true); // Java bytes: -128..127
    const folder = DriveApp.createFolder('Архив').createFolder('2026').createFolder('Scans');
    const file = folder.createFile(Utilities.newBlob(decoded, 'application/pdf', '2026-001 Әбенов Ш. Қозы-Көрпеш.pdf'));
    expect([file.getName(), file.getMimeType(), file.getSize()]).toEqual(['2026-001 Әбенов Ш. Қозы-Көрпеш.pdf', 'application/pdf', pdf.length]);
    expect(Buffer.from(drive.inspect.fileBytes(file.getId())!).equals(pdf)).toBe(true);
    expect(file.getUrl()).toBe(`https://drive.google.com/file/d/${file.getId()}/view?usp=drivesdk`);
  });

  // https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String)  (a string that is not base64 throws)
  test('base64Decode refuses what is not base64, so a broken upload never becomes a file', () => {
    const { Utilities } = setup();
    expect(() => Utilities.base64Decode('data:application/pdf;base64,JVBERi0=')).toThrow();
  });

  // https://developers.google.com/apps-script/reference/drive/file#getBlob()
  // https://developers.google.com/apps-script/reference/base/blob#getBytes()
  test('File.getBlob() gives the bytes back (signed) with the file\'s type', () => {
    const { DriveApp, Utilities } = setup();
    const jpg = fs.readFileSync(path.join(FIX, 'exhibition.jpg'));
    const file = DriveApp.createFolder('Exhibitions').createFile(Utilities.newBlob(Utilities.base64Decode(jpg.toString('base64')), 'image/jpeg', 'photo.jpg'));
    const blob = DriveApp.getFileById(file.getId()).getBlob();
    expect(blob.getContentType()).toBe('image/jpeg');
    expect(Buffer.from(blob.getBytes().map((x) => x & 0xff)).equals(jpg)).toBe(true);
  });

  // https://developers.google.com/apps-script/reference/drive/file#setTrashed(Boolean)
  // https://developers.google.com/apps-script/reference/drive/folder#searchFiles(String)  (trashed = false leaves it out)
  test('a trashed file stays in Drive, marked trashed, and a search for live files leaves it out', () => {
    const { DriveApp, Utilities } = setup();
    const folder = DriveApp.createFolder('Scans');
    const file = folder.createFile(Utilities.newBlob([37, 80, 68, 70, 45], 'application/pdf', 'a.pdf'));
    DriveApp.getFileById(file.getId()).setTrashed(true);
    expect(DriveApp.getFileById(file.getId()).isTrashed()).toBe(true);
    expect(folder.searchFiles("title = 'a.pdf' and trashed = false").hasNext()).toBe(false);
  });

  // https://developers.google.com/apps-script/reference/document/paragraph#appendInlineImage(BlobSource)
  // (Docs takes PNG, JPEG and GIF images: https://support.google.com/docs/answer/97447)
  test('a JPEG photo goes into a Doc as an inline image of its natural size', () => {
    const { DocumentApp, Utilities } = setup();
    const jpg = fs.readFileSync(path.join(FIX, 'exhibition.jpg'));
    const doc = DocumentApp.create('Көрме');
    const img = doc.getBody().appendParagraph('').appendInlineImage(Utilities.newBlob(Utilities.base64Decode(jpg.toString('base64')), 'image/jpeg', 'photo.jpg'));
    expect([img.getWidth(), img.getHeight()]).toEqual([640, 400]);
    const pdf = Utilities.newBlob([37, 80, 68, 70, 45], 'application/pdf', 'a.pdf');
    expect(() => doc.getBody().appendParagraph('').appendInlineImage(pdf)).toThrow(/image/i);
  });
});
