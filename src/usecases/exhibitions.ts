/**
 * Book exhibitions. The `exhibitions` row keeps the theme, title, dates, place, the books (their title
 * ids, comma-separated, as the column's note says) and the links of the Doc and the photo; each book's
 * annotation and QR link live in `exhibitionBooks`, one row per book in the exhibition's order (a cell of
 * a hundred annotations would be unreadable in the sheet, and the Doc is rebuilt from these rows).
 *
 * Under the document lock, every check before the first write, as everywhere. The photo and the Doc go to
 * <archive>/<year of the opening>/Exhibitions; the Doc is replaced when built again, a new photo replaces
 * the old one (which goes to the trash).
 */
import { decodeCopies, inFund } from '../domain/copies';
import { UserError } from '../domain/errors';
import type { FieldError } from '../domain/errors';
import { validateExhibition, type ExhibitionForm } from '../domain/exhibitions';
import { checkUpload, imagePixels, PHOTO_KINDS, safeFileName, UPLOAD_LIMITS, type UploadForm } from '../domain/uploads';
import { exhibitionDoc, type ExhibitionDocData } from '../docs/exhibition';
import { saveToArchive } from '../docs/port';
import { Settings } from '../journals/settings';
import type { StoredRow } from '../journals/table';
import type { Workbook } from '../journals/workbook';
import { t } from '../i18n';
import { libraryArchive } from './archive';
import { auditRow, writeAudit } from './audit';
import { type Env, setUpWorkbook, today } from './context';
import { fileIdOf, type FilesPort } from './scans';

export interface ExhibitionSummary {
  id: number;
  title: string;
  theme: string;
  dateFrom: string;
  dateTo: string;
  place: string;
  books: number;
  docLink: string;
  photoLink: string;
}

function summaryOf(v: Record<string, unknown>): ExhibitionSummary {
  const books = String(v.books ?? '')
    .split(/[,;\s]+/)
    .filter((s) => s !== '');
  return {
    id: Number(v.id) || 0,
    title: String(v.title ?? ''),
    theme: String(v.theme ?? ''),
    dateFrom: String(v.dateFrom ?? ''),
    dateTo: String(v.dateTo ?? ''),
    place: String(v.place ?? ''),
    books: books.length,
    docLink: String(v.docLink ?? ''),
    photoLink: String(v.photoLink ?? ''),
  };
}

/** The exhibitions, newest first (at most 50): the sidebar's list. */
export function listExhibitions(env: Env): ExhibitionSummary[] {
  const wb = setUpWorkbook(env);
  return wb
    .journal('exhibitions')
    .readAll()
    .map((r) => summaryOf(r.values))
    .filter((x) => x.id > 0)
    .sort((a, b) => b.id - a.id)
    .slice(0, 50);
}

export function createExhibition(env: Env, form: ExhibitionForm): ExhibitionSummary {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const checked = validateExhibition(form);
    if (!checked.ok) throw UserError.of(checked.errors);
    const x = checked.value;

    // ---- the books: copies to their titles, every title in the catalogue ----------------------------
    const invNos = x.books.flatMap((b) => ('inventoryNo' in b.ref ? [b.ref.inventoryNo] : []));
    const titleOfCopy = new Map<number, number>();
    if (invNos.length) for (const r of wb.journal('inventoryBook').findBy('inventoryNo', invNos)) titleOfCopy.set(Number(r.values.inventoryNo), Number(r.values.titleId));
    const errors: FieldError[] = [];
    const ids = x.books.map((b, i) => {
      if ('titleId' in b.ref) return b.ref.titleId;
      const id = titleOfCopy.get(b.ref.inventoryNo) ?? 0;
      if (!id) errors.push({ field: `books.${i}.book`, key: 'error.copyUnknown', params: { nos: b.ref.inventoryNo } });
      return id;
    });
    const index = new Map<number, StoredRow>();
    for (const r of wb.journal('catalogIndex').findBy('titleId', ids.filter((id) => id > 0))) index.set(Number(r.values.titleId), r);
    const seen = new Set<number>();
    ids.forEach((id, i) => {
      if (id > 0 && !index.has(id)) errors.push({ field: `books.${i}.book`, key: 'exhibitions.error.titleUnknown', params: { id } });
      else if (id > 0 && seen.has(id)) errors.push({ field: `books.${i}.book`, key: 'exhibitions.error.bookTwice', params: { book: id } });
      seen.add(id);
    });
    if (errors.length) throw UserError.of(errors);

    const settings = Settings.read(wb);
    const id = settings.counter('nextExhibitionId');
    const exhibitions = wb.journal('exhibitions').prepare();
    if (exhibitions.findBy('id', [id]).length) throw new UserError('error.counterBehind', { setting: settings.title('nextExhibitionId'), no: id });
    const books = wb.journal('exhibitionBooks').prepare();
    wb.journal('auditLog').prepare();

    settings.write({ nextExhibitionId: id + 1 });
    const row = { id, theme: x.theme, title: x.title, dateFrom: x.dateFrom, dateTo: x.dateTo, place: x.place, books: ids.join(', ') };
    exhibitions.append([row]);
    books.append(
      x.books.map((b, i) => ({
        exhibitionId: id,
        position: i + 1,
        titleId: ids[i],
        description: String(index.get(ids[i])!.values.description ?? ''),
        annotation: b.annotation,
        link: b.link,
      })),
    );
    writeAudit(wb, [auditRow(env, 'createExhibition', 'exhibition', String(id), { title: x.title, books: ids.length })]);
    return summaryOf({ ...row, docLink: '', photoLink: '' });
  });
}

function exhibitionRow(wb: Workbook, id: unknown): StoredRow {
  const n = Number(id);
  const row = Number.isInteger(n) && n > 0 ? wb.journal('exhibitions').findBy('id', [n])[0] : undefined;
  if (!row) throw new UserError('exhibitions.error.unknown', { id: String(id ?? '') }, 'exhibitionId');
  return row;
}

const yearOf = (row: StoredRow, day: string): number => Number(String(row.values.dateFrom ?? day).slice(0, 4)) || Number(day.slice(0, 4));

/** A JPG or PNG photo of the exhibition into the archive, linked from the row; an older photo goes to the trash. */
export function uploadExhibitionPhoto(env: Env, files: FilesPort, form: UploadForm & { exhibitionId?: number | string }): ExhibitionSummary {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const file = checkUpload(form, PHOTO_KINDS, UPLOAD_LIMITS.photoBytes);
    if (!file.ok) throw UserError.of(file.errors);
    const row = exhibitionRow(wb, form.exhibitionId);
    const exhibitions = wb.journal('exhibitions');
    wb.journal('auditLog').prepare();
    const settings = Settings.read(wb);
    const id = Number(row.values.id);
    const name = safeFileName(t(wb.lang, 'exhibitions.photo.name', { id, title: String(row.values.title ?? '') }), file.value.ext, 100);
    const folder = libraryArchive(env, wb, settings).folder(yearOf(row, today(env, wb)), 'Exhibitions');
    const created = files.create(folder, name, file.value.mime, file.value.base64);
    let linked = false;
    try {
      exhibitions.update([{ rowNumber: row.rowNumber, values: { photoLink: created.url } }]);
      linked = true;
      writeAudit(wb, [auditRow(env, 'uploadExhibitionPhoto', 'exhibition', String(id), { fileName: name, size: file.value.size })]);
    } catch (error) {
      // The photo is trashed again when the row could not link it; once linked, it stays.
      if (!linked) {
        try {
          files.trash(created.id);
        } catch {
          // the original error says what went wrong
        }
      }
      throw error;
    }
    const old = fileIdOf(row.values.photoLink);
    if (old && old !== created.id) {
      try {
        // Only an earlier photo in the exhibitions' folder: the cell may have been edited to name another file.
        files.trash(old, folder);
      } catch {
        // the old photo is gone already, or not ours: nothing to tidy
      }
    }
    return summaryOf({ ...row.values, photoLink: created.url });
  });
}

/** The exhibition's Doc (title, theme, dates, place, photo, every book with its description, annotation and QR code). */
export function buildExhibitionDoc(env: Env, files: FilesPort, exhibitionId: number): ExhibitionSummary & { docName: string } {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const row = exhibitionRow(wb, exhibitionId);
    const id = Number(row.values.id);
    const books = wb
      .journal('exhibitionBooks')
      .findBy('exhibitionId', [id])
      .sort((a, b) => Number(a.values.position) - Number(b.values.position) || a.rowNumber - b.rowNumber);
    if (!books.length) throw new UserError('exhibitions.error.noBooks', {}, 'exhibitionId');
    const titleIds = books.map((b) => Number(b.values.titleId)).filter((n) => n > 0);
    const index = new Map<number, StoredRow>();
    for (const r of wb.journal('catalogIndex').findBy('titleId', titleIds)) index.set(Number(r.values.titleId), r);
    const annotations = new Map<number, string>();
    for (const r of wb.journal('catalog').findBy('titleId', titleIds)) annotations.set(Number(r.values.titleId), String(r.values.annotation ?? '').trim());
    const settings = Settings.read(wb);

    let photo: ExhibitionDocData['photo'] = null;
    const photoId = fileIdOf(row.values.photoLink);
    const read = photoId ? files.read(photoId) : null;
    if (read && (read.mimeType === 'image/jpeg' || read.mimeType === 'image/png')) {
      const px = imagePixels(read.bytes);
      if (px) photo = { mime: read.mimeType, bytes: read.bytes, width: px.width, height: px.height };
    }

    const data: ExhibitionDocData = {
      id,
      libraryName: settings.text('libraryName') || settings.text('schoolName'),
      theme: String(row.values.theme ?? ''),
      title: String(row.values.title ?? ''),
      dateFrom: String(row.values.dateFrom ?? ''),
      dateTo: String(row.values.dateTo ?? ''),
      place: String(row.values.place ?? ''),
      photo,
      books: books.map((b) => {
        const titleId = Number(b.values.titleId);
        const ix = index.get(titleId);
        const copies = ix ? inFund(decodeCopies(ix.values.copies)).map((c) => c.inventoryNo).sort((p, q) => p - q) : [];
        const link = String(b.values.link ?? '').trim();
        return {
          description: String(ix?.values.description ?? b.values.description ?? ''),
          annotation: String(b.values.annotation ?? '').trim() || annotations.get(titleId) || '',
          qr: link || (copies.length ? `INV:${copies[0]}` : ''),
        };
      }),
    };
    const model = exhibitionDoc(data, wb.lang);
    const saved = saveToArchive(env.docs(), libraryArchive(env, wb, settings), yearOf(row, today(env, wb)), 'Exhibitions', model);
    if (String(row.values.docLink ?? '') !== saved.url) wb.journal('exhibitions').update([{ rowNumber: row.rowNumber, values: { docLink: saved.url } }]);
    return { ...summaryOf({ ...row.values, docLink: saved.url }), docName: model.name };
  });
}
