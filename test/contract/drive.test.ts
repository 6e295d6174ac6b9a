/**
 * Contract tests of the DriveApp fake (emulator/services/drive.ts). Each behaviour cites the reference page
 * it follows; where the reference is silent the test says "not verified".
 */
import * as fs from 'fs';
import * as path from 'path';
import { createDriveModule, ITERATOR_END, NOT_FOUND } from '../../emulator/services/drive';
import { fakeHost } from './helpers/fakeHost';
import type { FakeHost } from './helpers/fakeHost';

type Drive = GoogleAppsScript.Drive.DriveApp;
type Mime = GoogleAppsScript.Base.MimeType;

const SHEET_ID = '1SheetOfTheLibraryXXXXXXXXXXXXXXXXXXXXXXXXX';

function setup(h: FakeHost = fakeHost()) {
  const mod = createDriveModule(h, { spreadsheetId: SHEET_ID, spreadsheetName: 'Kitaphana (local)' });
  const DriveApp = mod.globals.DriveApp as Drive;
  const MimeType = mod.globals.MimeType as Mime;
  return { h, mod, DriveApp, MimeType };
}

function names(it: GoogleAppsScript.Drive.FileIterator | GoogleAppsScript.Drive.FolderIterator): string[] {
  const out: string[] = [];
  while (it.hasNext()) out.push(it.next().getName());
  return out;
}

describe('DriveApp: folders and files', () => {
  // https://developers.google.com/apps-script/reference/drive/drive-app#getRootFolder()
  // https://developers.google.com/apps-script/reference/drive/drive-app#createFolder(String)
  // https://developers.google.com/apps-script/reference/drive/folder#createFolder(String)
  test('createFolder makes a folder in the root; Folder.createFolder makes a subfolder', () => {
    const { DriveApp, mod } = setup();
    const root = DriveApp.getRootFolder();
    expect(root.getName()).toBe('My Drive');
    const archive = DriveApp.createFolder('Kitaphana archive');
    const year = archive.createFolder('2026');
    expect(names(archive.getParents())).toEqual(['My Drive']);
    expect(names(year.getParents())).toEqual(['Kitaphana archive']);
    expect(year.getUrl()).toBe(`https://drive.google.com/drive/folders/${year.getId()}`);
    expect(year.getId()).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(mod.inspect.findByPath('My Drive/Kitaphana archive/2026')?.id).toBe(year.getId());
  });

  // https://developers.google.com/apps-script/reference/drive/drive-app#createFile(String,String,String)
  // https://developers.google.com/apps-script/reference/drive/drive-app#createFile(BlobSource)
  // https://developers.google.com/apps-script/reference/drive/file#getBlob()
  test('createFile(name, content, mimeType) and createFile(blob) keep the bytes, type and size', () => {
    const { DriveApp, MimeType, mod } = setup();
    const f = DriveApp.createFile('notes.csv', 'a,b\nә,ү\n', MimeType.CSV);
    expect(f.getMimeType()).toBe('text/csv');
    expect(f.getSize()).toBe(Buffer.byteLength('a,b\nә,ү\n'));
    expect(f.getBlob().getDataAsString()).toBe('a,b\nә,ү\n');
    const plain = DriveApp.createFile('plain.txt', 'x');
    expect(plain.getMimeType()).toBe(MimeType.PLAIN_TEXT);

    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]);
    const blob = { getBytes: () => Array.from(png, (b) => (b > 127 ? b - 256 : b)), getContentType: () => 'image/png', getName: () => 'qr.png' };
    const img = DriveApp.createFile(blob as unknown as GoogleAppsScript.Base.BlobSource);
    expect(img.getName()).toBe('qr.png');
    expect(img.getMimeType()).toBe(MimeType.PNG);
    expect(Array.from(mod.inspect.fileBytes(img.getId())!)).toEqual(Array.from(png));
    expect(img.getBlob().getBytes()[0]).toBe(-119); // Apps Script bytes are signed
  });

  // https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
  // Error text: community report, chriskyfung/AutoFetcher-IG-Stories-to-GDrive issue #112 (2024). Not verified
  // for getFolderById (the emulator throws the same text).
  test('getFileById / getFolderById of an unknown id throw the not-found error', () => {
    const { DriveApp } = setup();
    expect(() => DriveApp.getFileById('1nope')).toThrow(NOT_FOUND);
    expect(() => DriveApp.getFolderById('1nope')).toThrow(NOT_FOUND);
    const folder = DriveApp.createFolder('F');
    expect(() => DriveApp.getFileById(folder.getId())).toThrow(NOT_FOUND);
    expect(DriveApp.getFolderById(folder.getId()).getName()).toBe('F');
  });

  // https://developers.google.com/apps-script/reference/drive/folder#getFilesByName(String)
  // https://developers.google.com/apps-script/reference/drive/drive-app#getFoldersByName(String)
  test('getFoldersByName / getFilesByName / getFolders / getFiles', () => {
    const { DriveApp } = setup();
    const a = DriveApp.createFolder('Acts');
    a.createFile('Act 1', 'one');
    a.createFile('Act 2', 'two');
    a.createFolder('Sub');
    DriveApp.createFolder('Acts');
    expect(names(DriveApp.getFoldersByName('Acts'))).toEqual(['Acts', 'Acts']);
    expect(names(a.getFilesByName('Act 2'))).toEqual(['Act 2']);
    expect(names(a.getFiles())).toEqual(['Act 1', 'Act 2']);
    expect(names(a.getFolders())).toEqual(['Sub']);
    expect(names(DriveApp.getFilesByName('Act 1'))).toEqual(['Act 1']);
  });

  // https://developers.google.com/apps-script/reference/drive/file-iterator#next()
  // "Throws an exception if no items remain." The message is not verified.
  test('FileIterator.next throws when exhausted; continuation tokens resume', () => {
    const { DriveApp } = setup();
    const f = DriveApp.createFolder('F');
    f.createFile('a', 'a');
    f.createFile('b', 'b');
    const it = f.getFiles();
    expect(it.next().getName()).toBe('a');
    const token = it.getContinuationToken();
    expect(it.next().getName()).toBe('b');
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow(ITERATOR_END);
    // https://developers.google.com/apps-script/reference/drive/drive-app#continueFileIterator(String)
    expect(names(DriveApp.continueFileIterator(token))).toEqual(['b']);
  });
});

describe('drive.file scope: the add-on sees only what it created (and the bound spreadsheet)', () => {
  // https://developers.google.com/workspace/add-ons/concepts/editor-scopes (drive.file: files the app
  // created or the user opened with it). Not verified: that the bound spreadsheet counts as "opened with".
  test('pre-existing user items are invisible to searches and by id', () => {
    const { DriveApp, mod } = setup();
    const personal = mod.inspect.findByPath('My Drive/Personal')!;
    expect(personal.createdByAddon).toBe(false);
    expect(() => DriveApp.getFolderById(personal.id)).toThrow(NOT_FOUND);
    expect(names(DriveApp.getFoldersByName('Personal'))).toEqual([]);
    expect(names(DriveApp.getRootFolder().getFolders())).toEqual([]);
    expect(names(DriveApp.getFolders())).toEqual([]);
    DriveApp.createFolder('Mine');
    expect(names(DriveApp.getRootFolder().getFolders())).toEqual(['Mine']);
    // the inspector sees everything
    expect(mod.inspect.tree().children!.map((c) => c.name)).toEqual(['Personal', 'Kitaphana (local)', 'Mine']);
  });

  test('the bound spreadsheet is reachable by id', () => {
    const { DriveApp, MimeType } = setup();
    const ss = DriveApp.getFileById(SHEET_ID);
    expect(ss.getName()).toBe('Kitaphana (local)');
    expect(ss.getMimeType()).toBe(MimeType.GOOGLE_SHEETS);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${SHEET_ID}/edit?usp=drivesdk`);
  });
});

describe('DriveApp.searchFiles / searchFolders', () => {
  // https://developers.google.com/apps-script/reference/drive/drive-app#searchFiles(String)
  // (query syntax of Drive API v2: https://developers.google.com/drive/api/v2/search-files)
  test("supports title =, 'id' in parents, trashed =, mimeType =, joined by and", () => {
    const { DriveApp, MimeType } = setup();
    const acts = DriveApp.createFolder('Acts');
    const f1 = acts.createFile("Act 'A'", 'x');
    acts.createFile('Act B', 'x', MimeType.HTML);
    DriveApp.createFile("Act 'A'", 'elsewhere');
    f1.setTrashed(true);
    const q = (s: string) => names(DriveApp.searchFiles(s));
    expect(q(`title = 'Act \\'A\\'' and '${acts.getId()}' in parents`)).toEqual(["Act 'A'"]);
    expect(q(`title = 'Act \\'A\\'' and '${acts.getId()}' in parents and trashed = false`)).toEqual([]);
    expect(q(`mimeType = 'text/html'`)).toEqual(['Act B']);
    expect(names(DriveApp.searchFolders(`title = 'Acts' and trashed = false`))).toEqual(['Acts']);
    expect(names(acts.searchFiles(`trashed = false`))).toEqual(['Act B']);
  });

  test('anything else throws, saying the emulator does not support it', () => {
    const { DriveApp } = setup();
    expect(() => DriveApp.searchFiles("title contains 'Act'")).toThrow(/emulator does not support this search query/);
    expect(() => DriveApp.searchFiles("title = 'a' or title = 'b'")).toThrow(/emulator does not support/);
    expect(() => DriveApp.searchFiles("fullText contains 'x'")).toThrow(/emulator does not support/);
  });
});

describe('Folder and File operations', () => {
  // https://developers.google.com/apps-script/reference/drive/file#moveTo(Folder)
  // https://developers.google.com/apps-script/reference/drive/folder#moveTo(Folder)
  test('moveTo changes the parent; a folder cannot move into its own subtree (message not verified)', () => {
    const { DriveApp } = setup();
    const a = DriveApp.createFolder('A');
    const b = a.createFolder('B');
    const f = DriveApp.createFile('f', 'x');
    f.moveTo(b);
    expect(names(f.getParents())).toEqual(['B']);
    expect(names(b.getFiles())).toEqual(['f']);
    expect(() => a.moveTo(b)).toThrow(/cannot be moved into itself/);
  });

  // https://developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder)
  // Not verified: default name "Copy of …" and that makeCopy() keeps the original's parent.
  test('makeCopy(name?, folder?) copies content into the given folder', () => {
    const { DriveApp, mod } = setup();
    const dest = DriveApp.createFolder('Dest');
    const f = DriveApp.createFile('orig.txt', 'hello');
    const c1 = f.makeCopy();
    const c2 = f.makeCopy('named', dest);
    const c3 = f.makeCopy(dest);
    expect(c1.getName()).toBe('Copy of orig.txt');
    expect(names(c1.getParents())).toEqual(['My Drive']);
    expect(c2.getName()).toBe('named');
    expect(names(c2.getParents())).toEqual(['Dest']);
    expect(names(c3.getParents())).toEqual(['Dest']);
    expect(Buffer.from(mod.inspect.fileBytes(c2.getId())!).toString()).toBe('hello');
  });

  // https://developers.google.com/apps-script/reference/drive/file#setTrashed(Boolean)
  // Not verified: DriveApp.getFilesByName and Folder.getFiles still list trashed items (community
  // reports; the emulator keeps them so code must check isTrashed() or search with trashed = false).
  test('setTrashed / isTrashed; children of a trashed folder read as trashed', () => {
    const { DriveApp } = setup();
    const folder = DriveApp.createFolder('Old');
    const f = folder.createFile('f', 'x');
    expect(f.isTrashed()).toBe(false);
    folder.setTrashed(true);
    expect(folder.isTrashed()).toBe(true);
    expect(f.isTrashed()).toBe(true);
    expect(names(folder.getFiles())).toEqual(['f']);
    expect(DriveApp.getFileById(f.getId()).getName()).toBe('f');
  });

  // https://developers.google.com/apps-script/reference/drive/folder#addViewer(String)
  // https://developers.google.com/apps-script/reference/drive/folder#addEditor(String)
  // https://developers.google.com/apps-script/reference/drive/folder#setSharing(Access,Permission)
  // Not verified: the invalid-e-mail message.
  test('viewers and editors are recorded; e-mails are validated; sharing is recorded', () => {
    const { DriveApp } = setup();
    const f = DriveApp.createFolder('Shared');
    f.addViewer('Director@School.kz').addEditor('deputy@school.kz');
    f.addViewers(['a@school.kz', 'b@school.kz']);
    f.addEditor('a@school.kz');
    expect(f.getViewers().map((u) => u.getEmail())).toEqual(['director@school.kz', 'b@school.kz']);
    expect(f.getEditors().map((u) => u.getEmail())).toEqual(['deputy@school.kz', 'a@school.kz']);
    expect(() => f.addViewer('not an email')).toThrow('Invalid email: not an email');
    f.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
    expect(f.getSharingAccess()).toBe(DriveApp.Access.ANYONE_WITH_LINK);
    expect(f.getSharingPermission()).toBe(DriveApp.Permission.VIEW);
  });

  // https://developers.google.com/apps-script/reference/drive/file#getDateCreated()
  // https://developers.google.com/apps-script/reference/drive/file#getLastUpdated()
  // https://developers.google.com/apps-script/reference/drive/file#setDescription(String)
  test('dates come from the clock; setName and setDescription update lastUpdated', () => {
    const { DriveApp, h } = setup();
    const f = DriveApp.createFile('a', 'x');
    expect(f.getDateCreated().toISOString()).toBe(h.now().toISOString());
    h.advance(60_000);
    f.setName('b').setDescription('about');
    expect(f.getName()).toBe('b');
    expect(f.getDescription()).toBe('about');
    expect(f.getLastUpdated().getTime()).toBe(h.now().getTime());
    expect(f.getDateCreated().getTime()).toBe(h.now().getTime() - 60_000);
  });

  // https://developers.google.com/apps-script/reference/drive/file#getBlob()
  // https://developers.google.com/apps-script/reference/document/document#getBlob()
  // ("Retrieves the current Document contents as a blob of type application/pdf") — not supported here.
  test('getBlob of a Google Doc is not supported by the emulator', () => {
    const { mod, DriveApp } = setup();
    const doc = (mod.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp).create('D');
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(file.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`);
    expect(() => file.getBlob()).toThrow(/emulator does not support File.getBlob/);
  });

  // https://developers.google.com/apps-script/reference/drive/drive-app#createFile(String,String)
  // "The parameters (...) don't match the method signature for ..." is the Apps Script wording for a
  // wrong argument type; the exact type names are not verified.
  test('wrong argument types throw a signature error', () => {
    const { DriveApp } = setup();
    expect(() => DriveApp.createFolder(5 as unknown as string)).toThrow(/don't match the method signature for DriveApp.createFolder/);
    expect(() => DriveApp.createFile('a', 'b').moveTo('x' as unknown as GoogleAppsScript.Drive.Folder)).toThrow(/don't match the method signature/);
  });
});

describe('authorization and counting', () => {
  // https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle: under NONE and LIMITED
  // an add-on may not reach other files; DriveApp needs FULL.
  test.each(['NONE', 'LIMITED'] as const)('DriveApp throws under %s', (mode) => {
    const { DriveApp, h } = setup();
    h.setAuthMode(mode);
    expect(() => DriveApp.getRootFolder()).toThrow('You do not have permission to call DriveApp.getRootFolder');
    expect(() => DriveApp.createFolder('x')).toThrow('You do not have permission to call DriveApp.createFolder');
  });

  test('every method call is counted as Class.method', () => {
    const { DriveApp, h } = setup();
    h.meter.reset();
    const f = DriveApp.createFolder('A');
    f.createFolder('B');
    const it = f.getFolders();
    while (it.hasNext()) it.next().getName();
    const calls = h.meter.snapshot().calls;
    expect(calls).toMatchObject({
      'DriveApp.createFolder': 1,
      'Folder.createFolder': 1,
      'Folder.getFolders': 1,
      'FolderIterator.hasNext': 2,
      'FolderIterator.next': 1,
      'Folder.getName': 1,
    });
  });
});

describe('persistence', () => {
  test('state round-trips through save() and load() of a second module on the same folder', () => {
    const { DriveApp, mod, h } = setup();
    const archive = DriveApp.createFolder('Kitaphana archive');
    const f = archive.createFile('list.csv', 'a;b', 'text/csv');
    f.addViewer('director@school.kz');
    f.setTrashed(true);
    mod.save();
    expect(fs.existsSync(path.join(h.dir, 'drive.json'))).toBe(true);
    expect(fs.readFileSync(path.join(h.dir, 'drive-files', f.getId()), 'utf8')).toBe('a;b');

    const two = setup(fakeHost({ dir: h.dir }));
    two.mod.load();
    const f2 = two.DriveApp.getFileById(f.getId());
    expect(f2.getName()).toBe('list.csv');
    expect(f2.isTrashed()).toBe(true);
    expect(f2.getViewers().map((u) => u.getEmail())).toEqual(['director@school.kz']);
    expect(f2.getDateCreated()).toBeInstanceOf(Date);
    expect(f2.getBlob().getDataAsString()).toBe('a;b');
    expect(names(f2.getParents())).toEqual(['Kitaphana archive']);

    // the second process writes; the first notices on load()
    two.DriveApp.getFolderById(archive.getId()).setName('Archive');
    two.mod.save();
    mod.load();
    expect(DriveApp.getFolderById(archive.getId()).getName()).toBe('Archive');
  });

  test("load() keeps this process's unsaved items and takes the other process's saved ones", () => {
    const one = setup();
    one.mod.save();
    const two = setup(fakeHost({ dir: one.h.dir }));
    two.mod.load();
    const mine = one.DriveApp.createFolder('created here, not saved yet');
    two.DriveApp.createFolder('saved by the other process');
    two.mod.save();
    one.mod.load();
    expect(one.DriveApp.getFolderById(mine.getId()).getName()).toBe('created here, not saved yet');
    expect(names(one.DriveApp.getFoldersByName('saved by the other process'))).toHaveLength(1);
    one.mod.save();
    two.mod.load();
    expect(names(two.DriveApp.getFolders()).sort()).toEqual(['created here, not saved yet', 'saved by the other process']);
  });

  test('save() writes nothing when nothing changed', () => {
    const { mod, h, DriveApp } = setup();
    DriveApp.createFolder('x');
    mod.save();
    const file = path.join(h.dir, 'drive.json');
    const before = fs.statSync(file).mtimeMs;
    fs.utimesSync(file, new Date(1000), new Date(1000));
    const s = fs.statSync(file).mtimeMs;
    mod.load(); // re-reads because the stamp changed, then nothing is dirty
    mod.save();
    expect(fs.statSync(file).mtimeMs).toBe(s);
    expect(before).not.toBe(s);
  });
});
