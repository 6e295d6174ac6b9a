/**
 * Digitisation through the built bundle in the emulator, as the sidebar calls it (google.script.run rules):
 * a scan lands in <archive>/<year>/Scans under a name built from its description, byte for byte, and the
 * scanned-documents list gets its row (full GOST 7.1 description, pages, file link, day); a PDF renamed
 * .jpg, a GIF, an oversized or broken file and a bad record are refused with nothing written in the sheets
 * nor in Drive; the year's list becomes a Doc (rendered in kk and ru); findScans finds the rows written.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Emulator } from '../../emulator/runtime';
import { journalRows } from '../../emulator/workbook-view';
import { UPLOAD_LIMITS } from '../../src/domain/uploads';
import type { Workbook } from '../../src/journals/workbook';
import { findScans } from '../../src/usecases/scans';
import { docPng, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; message: string }>; message: string };
type Scan = { id: number; description: string; pages: number; fileName: string; fileLink: string; uploadedOn: string };
type ListDoc = { year: number; scans: number; docName: string; docUrl: string };

const FIX = path.join(__dirname, '../fixtures/uploads');
const b64 = (name: string) => fs.readFileSync(path.join(FIX, name)).toString('base64');

const RECORD = {
  authors: 'Әбенов Ш.',
  title: 'Қозы-Көрпеш – Баянсұлу',
  otherTitleInfo: 'поэма',
  responsibility: '',
  place: 'Алматы',
  publisher: 'Жазушы',
  year: '1965',
  pages: '114',
  language: 'kk',
};
const KOZY = { ...RECORD, fileName: 'скан 001.pdf', base64: b64('scan.pdf') };
const GOST = 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.';

const upload = (emu: Emulator, form: Record<string, string>) => emu.runFromClient<Result<Scan>>('uploadArchiveFile', [form]);
const driveTree = (emu: Emulator) => JSON.stringify(emu.drive.inspect.tree());
const rows = (emu: Emulator) => journalRows(emu.spreadsheet.inspect, 'scans');
const ARCHIVE = 'My Drive/Кітапхана архиві';

function setUp(locale = 'kk'): Emulator {
  const emu = emulator({ userLocale: locale });
  ok(emu.run('setupWorkbook'));
  return emu;
}

describe('Uploading a scan', () => {
  let emu: Emulator;
  let first: Result<Scan>;

  beforeAll(() => {
    emu = setUp();
    first = ok(upload(emu, KOZY));
  });

  it('files the PDF in <archive>/2026/Scans under a name built from the description, byte for byte', () => {
    expect(first).toMatchObject({ ok: true, message: '№ 1 құжат архивке жүктелді: 2026-001 Әбенов Ш. Қозы-Көрпеш – Баянсұлу. поэма, 1965.pdf.' });
    const name = '2026-001 Әбенов Ш. Қозы-Көрпеш – Баянсұлу. поэма, 1965.pdf';
    const node = emu.drive.inspect.findByPath(`${ARCHIVE}/2026/Scans/${name}`);
    expect(node).toMatchObject({ name, mimeType: 'application/pdf', trashed: false });
    expect(Buffer.from(emu.drive.inspect.fileBytes(node!.id)!).equals(fs.readFileSync(path.join(FIX, 'scan.pdf')))).toBe(true);
    expect(first.value!.fileLink).toBe(`https://drive.google.com/file/d/${node!.id}/view?usp=drivesdk`);
  });

  it('adds the row: number, full GOST 7.1 description, record fields, pages, file name, link, type and day', () => {
    expect(rows(emu)).toEqual([
      {
        id: 1,
        description: GOST,
        authors: 'Әбенов Ш.',
        title: 'Қозы-Көрпеш – Баянсұлу',
        place: 'Алматы',
        publisher: 'Жазушы',
        year: 1965,
        pages: 114,
        fileName: '2026-001 Әбенов Ш. Қозы-Көрпеш – Баянсұлу. поэма, 1965.pdf',
        fileLink: first.value!.fileLink,
        mimeType: 'application/pdf',
        uploadedOn: '2026-11-27',
      },
    ]);
    const audit = journalRows(emu.spreadsheet.inspect, 'auditLog').filter((r) => r.operation === 'uploadArchiveFile');
    expect(audit).toHaveLength(1);
  });

  it('numbers the next scan 2: a PNG page, a DOCX, each in its own file', () => {
    const png = ok(upload(emu, { ...RECORD, title: 'Абай жолы', otherTitleInfo: 'роман-эпопея', authors: 'Әуезов М.', year: '1997', pages: '400', fileName: 'page.png', base64: b64('page.png') }));
    const docx = ok(upload(emu, { ...RECORD, fileName: 'scan.docx', base64: b64('scan.docx') }));
    expect([png.ok, docx.ok]).toEqual([true, true]);
    expect(png.value!.fileName).toBe('2026-002 Әуезов М. Абай жолы. роман-эпопея, 1997.png');
    expect(docx.value!.fileName).toBe('2026-003 Әбенов Ш. Қозы-Көрпеш – Баянсұлу. поэма, 1965.docx');
    const names = emu.drive.inspect.findByPath(`${ARCHIVE}/2026/Scans`)!.children!.map((c) => `${c.name} ${c.mimeType}`);
    expect(names).toEqual([
      '2026-001 Әбенов Ш. Қозы-Көрпеш – Баянсұлу. поэма, 1965.pdf application/pdf',
      '2026-002 Әуезов М. Абай жолы. роман-эпопея, 1997.png image/png',
      '2026-003 Әбенов Ш. Қозы-Көрпеш – Баянсұлу. поэма, 1965.docx application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    expect(rows(emu).map((r) => r.id)).toEqual([1, 2, 3]);
  });

  it('is found by findScans over the rows written (every word begins a word, Kazakh letters folded)', () => {
    const data = rows(emu);
    const wb = { journal: () => ({ readAll: () => data.map((values, i) => ({ rowNumber: i + 2, values })) }) } as unknown as Workbook;
    expect(findScans(wb, 'абай жол').hits.map((h) => h.id)).toEqual([2]);
    expect(findScans(wb, 'КОЗЫ').hits.map((h) => h.id)).toEqual([3, 1]);
    expect(findScans(wb, 'қозы', 1)).toMatchObject({ hits: [{ id: 3, pages: 114, uploadedOn: '2026-11-27' }], more: true });
    expect(findScans(wb, '   ').hits).toEqual([]);
  });

  it('is found by the catalogue search too, in its own section after the books, with the link to its file', () => {
    const found = ok(emu.runFromClient<Result<{ hits: unknown[]; scans: Array<{ id: number; fileLink: string; pages: number }>; moreScans: boolean }>>('searchCatalog', [{ query: 'абай жол', limit: 20 }]));
    expect(found.ok).toBe(true);
    expect(found.value!.scans.map((s) => s.id)).toEqual([2]);
    expect(found.value!.scans[0].fileLink).toMatch(/^https?:/);
    expect(found.value!.moreScans).toBe(false);
    // A copy picker, a reservation or an exhibition asks for books only: the archive is not read for it.
    expect(ok(emu.runFromClient<Result<{ scans: unknown[] }>>('searchCatalog', [{ query: 'абай жол', limit: 20, booksOnly: true }])).value!.scans).toEqual([]);
    // A number is an inventory number or an ISBN: the archive is not searched for it.
    expect(ok(emu.runFromClient<Result<{ scans: unknown[] }>>('searchCatalog', [{ query: '1965', limit: 20 }])).value!.scans).toEqual([]);
  });
});

describe('Refusals write nothing, in the sheets nor in Drive', () => {
  let emu: Emulator;
  beforeAll(() => {
    emu = setUp();
    expect(ok(upload(emu, KOZY)).ok).toBe(true); // the archive exists: nothing to create on a refusal
  });

  const cases: Array<[string, Record<string, string>, Array<[string, string]>]> = [
    ['a PDF renamed .jpg', { ...KOZY, fileName: 'photo.jpg' }, [['file', 'Файлдың іші PDF, ал аты .JPG деп аяқталады: файлдың дұрысын таңдаңыз.']]],
    ['a GIF called .png', { ...KOZY, fileName: 'x.png', base64: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1').toString('base64') }, [['file', 'Бұл файл түрі қабылданбайды: тек PDF, JPG, PNG, DOC, DOCX (түрі файлдың ішіндегісінен анықталады).']]],
    ['a spreadsheet called .docx', { ...KOZY, fileName: 'x.docx', base64: b64('sheet.xlsx') }, [['file', 'Бұл файл түрі қабылданбайды: тек PDF, JPG, PNG, DOC, DOCX (түрі файлдың ішіндегісінен анықталады).']]],
    ['no file', { ...KOZY, base64: '' }, [['file', 'Бұл өрісті толтырыңыз.']]],
    ['broken base64', { ...KOZY, base64: 'data:application/pdf;base64,JVBERi0=' }, [['file', 'Файл оқылмады: оны қайта таңдаңыз.']]],
    ['no title, no pages, a bad year', { ...KOZY, title: '', pages: '', year: '19651' }, [['title', 'Бұл өрісті толтырыңыз.'], ['year', expect.stringContaining('1500') as unknown as string], ['pages', 'Бұл өрісті толтырыңыз.']]],
  ];

  it.each(cases)('%s', (_what, form, errors) => {
    const sheets = snapshot(emu);
    const drive = driveTree(emu);
    const result = ok(upload(emu, form));
    expect(result.ok).toBe(false);
    expect(result.errors!.map((e) => [e.field, e.message])).toEqual(errors);
    expect(snapshot(emu)).toBe(sheets);
    expect(driveTree(emu)).toBe(drive);
  });

  it('a file over 10 MB, refused before anything is decoded or written', () => {
    const big = Buffer.alloc(UPLOAD_LIMITS.scanBytes + 1);
    big.write('%PDF-1.4');
    const sheets = snapshot(emu);
    const drive = driveTree(emu);
    const exec = upload(emu, { ...KOZY, base64: big.toString('base64') });
    expect(ok(exec).errors!.map((e) => e.message)).toEqual(['Файл тым үлкен: 10 МБ, ең көбі 10 МБ.']);
    expect(exec.calls.calls['DriveApp.getFolderById'] ?? 0).toBe(0);
    expect([snapshot(emu), driveTree(emu)]).toEqual([sheets, drive]);
  });
});

describe('The year\'s list as a Doc', () => {
  for (const L of ['kk', 'ru'] as const) {
    it(`lists every scan of the year with its description, pages, file and day (${L}), replaced when made again`, async () => {
      const emu = setUp(L);
      const none = ok(emu.runFromClient<Result<ListDoc>>('buildScansListDoc', [2026]));
      expect(none.ok).toBe(false);
      ok(upload(emu, KOZY));
      ok(upload(emu, { ...RECORD, authors: 'Толстой Л. Н.', title: 'Детство', otherTitleInfo: 'повесть', place: 'Москва', publisher: 'Эксмо', year: '2019', pages: '160', language: 'ru', fileName: 'detstvo.png', base64: b64('page.png') }));
      const made = ok(emu.runFromClient<Result<ListDoc>>('buildScansListDoc', [2026]));
      expect(made).toMatchObject({ ok: true, value: { year: 2026, scans: 2 } });
      const name = L === 'kk' ? 'Сканерленген құжаттар тізімі 2026' : 'Список оцифрованных документов 2026';
      expect(made.value!.docName).toBe(name);
      const root = L === 'kk' ? 'My Drive/Кітапхана архиві' : 'My Drive/Архив библиотеки';
      const node = emu.drive.inspect.findByPath(`${root}/2026/Scans/${name}`);
      expect(node).not.toBeNull();
      const text = emu.drive.inspect.docText(node!.id);
      expect(text).toContain(GOST);
      expect(text).toContain('Толстой Л. Н. Детство : повесть / Л. Н. Толстой. – Москва : Эксмо, 2019. – 160 с.');
      expect(text).toContain(L === 'kk' ? 'Сканерленген құжаттардың тізімі, 2026 жыл' : 'Список оцифрованных документов за 2026 год');
      for (const r of rows(emu)) expect(text).toContain(String(r.fileLink));
      expect(text).toContain('27.11.2026');
      const again = ok(emu.runFromClient<Result<ListDoc>>('buildScansListDoc', [2026]));
      expect(again.value!.docUrl).toBe(made.value!.docUrl);
      expect(emu.drive.inspect.findByPath(`${root}/2026/Scans`)!.children!.filter((c) => c.mimeType === 'application/vnd.google-apps.document')).toHaveLength(1);
      await docPng(emu.drive.inspect.docHtml(node!.id), `scans-list-${L}.png`);
    });
  }

  it('refuses a year to come, with nothing written', () => {
    const emu = setUp();
    ok(upload(emu, KOZY));
    const sheets = snapshot(emu);
    const drive = driveTree(emu);
    expect(ok(emu.runFromClient<Result<ListDoc>>('buildScansListDoc', [2027])).errors!.map((e) => e.key)).toEqual(['scans.error.year']);
    expect([snapshot(emu), driveTree(emu)]).toEqual([sheets, drive]);
  });
});
