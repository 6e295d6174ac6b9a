/**
 * Book exhibitions through the built bundle in the emulator, as the sidebar calls them: an exhibition of
 * catalogue titles (one named by a copy, INV:5) is a row in `exhibitions` (its books' title ids) and a row
 * per book in `exhibitionBooks`; bad forms and unknown books write nothing in the sheets nor in Drive; the
 * photo (a JPG, by content) lands in <archive>/<year>/Exhibitions and is linked; the Doc holds the title,
 * theme, dates, place, the photo, each book's GOST description, annotation (the catalogue's when none was
 * typed) and a QR code of her link or of INV:<first copy in the fund>; made again, it is replaced.
 * Rendered in kk and ru: test-output/docs/exhibition-{kk,ru}.png.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Emulator } from '../../emulator/runtime';
import { journalRows } from '../../emulator/workbook-view';
import { EXHIBITION_LAYOUT } from '../../src/docs/exhibition';
import { decodeBase64, qrGif } from '../../src/docs/qr';
import { BLANK, batch, KOZY, MATH } from '../fixtures/titles';
import { docPng, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; message: string }>; message: string };
type Exhibition = { id: number; title: string; books: number; docLink: string; photoLink: string; docName?: string };

const FIX = path.join(__dirname, '../fixtures/uploads');
const b64 = (name: string) => fs.readFileSync(path.join(FIX, name)).toString('base64');
const ABAI = { ...BLANK, authors: 'Әуезов М.', title: 'Абай жолы', otherTitleInfo: 'роман-эпопея', place: 'Алматы', publisher: 'Жазушы', year: '1997', annotation: 'Ұлы ақынның өмірі мен заманы туралы роман-эпопея.', price: '1850', copies: '3' };

/** Titles 1 Қозы-Көрпеш (copies 1–3), 2 Математика (4–5), 3 Абай жолы (6–8); copy 1 written off. */
function library(locale: 'kk' | 'ru'): Emulator {
  const emu = emulator({ userLocale: locale });
  ok(emu.run('setupWorkbook'));
  const acq = ok(emu.runFromClient<Result<unknown>>('registerAcquisition', [batch([KOZY, MATH, ABAI], { supplier: 'ЖШС «Атамұра»' })]));
  if (!acq.ok) throw new Error(JSON.stringify(acq.errors));
  const off = ok(emu.runFromClient<Result<unknown>>('writeOffCopies', [{ inventoryNos: '1', reason: 'wornOut', date: '2026-11-27', commission: 'Сапарова А. Б.', approvedBy: '', note: '' }]));
  if (!off.ok) throw new Error(JSON.stringify(off.errors));
  return emu;
}

const FORM = {
  theme: 'Абай – 180 жыл',
  title: '«Ақылдың көзі – кітап»',
  dateFrom: '2026-11-27',
  dateTo: '2026-12-15',
  place: 'Кітапхананың оқу залы',
  books: [
    { book: '3', annotation: '', link: '' },
    { book: '1', annotation: 'Қазақтың ғашықтық жыры: Қозы мен Баянның махаббаты.', link: 'https://kitap.kz/kozy-korpesh' },
    { book: 'INV:5', annotation: 'Оқушыларға арналған оқулық.', link: '' },
  ],
};

const create = (emu: Emulator, form: unknown) => emu.runFromClient<Result<Exhibition>>('createExhibition', [form]);
const rows = (emu: Emulator, id: string) => journalRows(emu.spreadsheet.inspect, id);
const driveTree = (emu: Emulator) => JSON.stringify(emu.drive.inspect.tree());

describe('Creating an exhibition', () => {
  let emu: Emulator;
  let made: Result<Exhibition>;
  beforeAll(() => {
    emu = library('kk');
    made = ok(create(emu, FORM));
  });

  it('writes the exhibition row with its books\' title ids, and a row per book in order', () => {
    expect(made).toMatchObject({ ok: true, value: { id: 1, books: 3, docLink: '', photoLink: '' }, message: '№ 1 көрме сақталды: 3 кітап. Енді фотосын жүктеп, құжатын жасауға болады.' });
    expect(rows(emu, 'exhibitions')).toEqual([
      { id: 1, theme: 'Абай – 180 жыл', title: '«Ақылдың көзі – кітап»', dateFrom: '2026-11-27', dateTo: '2026-12-15', place: 'Кітапхананың оқу залы', books: '3, 1, 2', docLink: '', photoLink: '' },
    ]);
    const books = rows(emu, 'exhibitionBooks');
    expect(books.map((b) => [b.exhibitionId, b.position, b.titleId, b.annotation, b.link])).toEqual([
      [1, 1, 3, '', ''],
      [1, 2, 1, 'Қазақтың ғашықтық жыры: Қозы мен Баянның махаббаты.', 'https://kitap.kz/kozy-korpesh'],
      [1, 3, 2, 'Оқушыларға арналған оқулық.', ''],
    ]);
    expect(books[0].description).toBe('Әуезов М. Абай жолы : роман-эпопея / М. Әуезов. – Алматы : Жазушы, 1997.');
  });

  const refusals: Array<[string, unknown, string[]]> = [
    ['an empty form', {}, ['theme', 'title', 'dateFrom', 'dateTo', 'place', 'books']],
    ['dates the wrong way round and a ftp link', { ...FORM, dateTo: '2026-11-01', books: [{ book: '3', annotation: '', link: 'ftp://kitap.kz' }] }, ['dateTo', 'books.0.link']],
    ['an unknown record and an unknown copy', { ...FORM, books: [{ book: '99', annotation: '', link: '' }, { book: 'INV:77', annotation: '', link: '' }] }, ['books.1.book', 'books.0.book']],
    ['the same title twice, once by its copy', { ...FORM, books: [{ book: '1', annotation: '', link: '' }, { book: 'INV:2', annotation: '', link: '' }] }, ['books.1.book']],
    ['an annotation over 300 characters', { ...FORM, books: [{ book: '1', annotation: 'ә'.repeat(301), link: '' }] }, ['books.0.annotation']],
  ];
  it.each(refusals)('refuses %s with nothing written in the sheets nor in Drive', (_what, form, fields) => {
    const sheets = snapshot(emu);
    const drive = driveTree(emu);
    const result = ok(create(emu, form));
    expect(result.ok).toBe(false);
    expect(result.errors!.map((e) => e.field)).toEqual(fields);
    expect([snapshot(emu), driveTree(emu)]).toEqual([sheets, drive]);
  });
});

for (const L of ['kk', 'ru'] as const) {
  describe(`The exhibition's photo and Doc (${L})`, () => {
    let emu: Emulator;
    let docId: string;
    const root = L === 'kk' ? 'My Drive/Кітапхана архиві' : 'My Drive/Архив библиотеки';

    beforeAll(() => {
      emu = library(L);
      expect(ok(create(emu, FORM)).ok).toBe(true);
    });

    it('refuses a photo that is a PDF, or is missing, or names an unknown exhibition, with nothing written', () => {
      const sheets = snapshot(emu);
      const drive = driveTree(emu);
      const tries = [
        { exhibitionId: 1, fileName: 'photo.jpg', base64: b64('scan.pdf') },
        { exhibitionId: 1, fileName: 'photo.pdf', base64: b64('scan.pdf') },
        { exhibitionId: 1, fileName: 'photo.jpg', base64: '' },
        { exhibitionId: 9, fileName: 'photo.jpg', base64: b64('exhibition.jpg') },
      ];
      const keys = tries.map((form) => ok(emu.runFromClient<Result<Exhibition>>('uploadExhibitionPhoto', [form])).errors!.map((e) => e.key));
      expect(keys).toEqual([['upload.error.type'], ['upload.error.type'], ['error.required'], ['exhibitions.error.unknown']]);
      expect([snapshot(emu), driveTree(emu)]).toEqual([sheets, drive]);
    });

    it('keeps the photo in <archive>/2026/Exhibitions and links it from the row', () => {
      const done = ok(emu.runFromClient<Result<Exhibition>>('uploadExhibitionPhoto', [{ exhibitionId: 1, fileName: 'IMG_2041.JPG', base64: b64('exhibition.jpg') }]));
      expect(done.ok).toBe(true);
      const name = L === 'kk' ? '№ 1 көрме фотосы – «Ақылдың көзі – кітап».jpg' : 'Фото выставки № 1 – «Ақылдың көзі – кітап».jpg';
      const node = emu.drive.inspect.findByPath(`${root}/2026/Exhibitions/${name}`);
      expect(node).toMatchObject({ mimeType: 'image/jpeg' });
      expect(Buffer.from(emu.drive.inspect.fileBytes(node!.id)!).equals(fs.readFileSync(path.join(FIX, 'exhibition.jpg')))).toBe(true);
      expect(rows(emu, 'exhibitions')[0].photoLink).toBe(done.value!.photoLink);
      expect(done.value!.photoLink).toContain(node!.id);
    });

    it('builds the Doc: title, theme, dates, place, the photo, every book with its description, annotation and QR code', async () => {
      const built = ok(emu.runFromClient<Result<Exhibition>>('buildExhibitionDoc', [1]));
      expect(built.ok).toBe(true);
      const name = L === 'kk' ? '№ 1 көрме – «Ақылдың көзі – кітап»' : 'Выставка № 1 – «Ақылдың көзі – кітап»';
      expect(built.value!.docName).toBe(name);
      const node = emu.drive.inspect.findByPath(`${root}/2026/Exhibitions/${name}`)!;
      docId = node.id;
      expect(rows(emu, 'exhibitions')[0].docLink).toBe(built.value!.docLink);
      const text = emu.drive.inspect.docText(node.id);
      for (const s of ['«Ақылдың көзі – кітап»', 'Абай – 180 жыл', '27.11.2026 – 15.12.2026', 'Кітапхананың оқу залы']) expect(text).toContain(s);
      expect(text).toContain('Әуезов М. Абай жолы : роман-эпопея / М. Әуезов. – Алматы : Жазушы, 1997.');
      expect(text).toContain('Ұлы ақынның өмірі мен заманы туралы роман-эпопея.'); // none typed: the catalogue's
      expect(text).toContain('Қазақтың ғашықтық жыры: Қозы мен Баянның махаббаты.');
      const html = emu.drive.inspect.docHtml(node.id);
      expect(html.match(/<img src="data:image\/jpeg;base64,/g)).toHaveLength(1); // the photo
      const qrs = [...html.matchAll(/<img src="data:image\/gif;base64,([^"]+)"/g)].map((m) => decodeBase64(m[1]).join(','));
      // Абай жолы: no link, copies 6–8: INV:6; Қозы-Көрпеш: her link; Математика: no link, copies 4–5 (1 written off is not Математика's)
      const expected = ['INV:6', 'https://kitap.kz/kozy-korpesh', 'INV:4'].map((s) => qrGif(s, { cellSize: EXHIBITION_LAYOUT.qrCellSize }).bytes.join(','));
      expect(qrs).toEqual(expected);
      await docPng(html, `exhibition-${L}.png`);
    });

    it('replaces the Doc when built again, never a second one', () => {
      const again = ok(emu.runFromClient<Result<Exhibition>>('buildExhibitionDoc', [1]));
      expect(again.ok).toBe(true);
      const docs = emu.drive.inspect.findByPath(`${root}/2026/Exhibitions`)!.children!.filter((c) => c.mimeType === 'application/vnd.google-apps.document');
      expect(docs.map((d) => d.id)).toEqual([docId]);
    });

    it('a new photo replaces the old one, which goes to the trash', () => {
      const before = rows(emu, 'exhibitions')[0].photoLink as string;
      const done = ok(emu.runFromClient<Result<Exhibition>>('uploadExhibitionPhoto', [{ exhibitionId: 1, fileName: 'page.png', base64: b64('page.png') }]));
      expect(done.ok).toBe(true);
      const kids = emu.drive.inspect.findByPath(`${root}/2026/Exhibitions`)!.children!.filter((c) => c.mimeType !== 'application/vnd.google-apps.document');
      expect(kids.map((k) => [k.mimeType, k.trashed])).toEqual([
        ['image/jpeg', true],
        ['image/png', false],
      ]);
      expect(before).toContain(kids[0].id);
    });
  });
}
