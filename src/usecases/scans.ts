/**
 * Digitisation: a scanned document goes to <archive>/<year>/Scans and gets a row in the scanned-documents
 * list (`scans`) with its full GOST 7.1 description, pages, the file's link and the day.
 *
 * Under the document lock: every check (the record, the file's size and type by its content, the counter,
 * the journals) runs before anything is written; the file is created only then, and the rows after it.
 * If writing the rows fails after the file was created (a Sheets error, a column deleted meanwhile), the
 * file is put in the Drive trash before the error goes on: no file stays in the archive without its row
 * (the librarian can still restore it from the trash; drive.file lets the add-on trash what it created).
 */
import { describeBook, validateBookRecord, type BookRecord } from '../domain/bibliographic';
import { UserError } from '../domain/errors';
import type { FieldError } from '../domain/errors';
import { fold, matches } from '../domain/search';
import { checkUpload, scanFileName, SCAN_KINDS, UPLOAD_LIMITS, type CheckedUpload } from '../domain/uploads';
import { cleanText } from '../domain/text';
import { scansListDoc } from '../docs/scans-list';
import { saveToArchive, type FileRef, type FolderRef } from '../docs/port';
import { Settings } from '../journals/settings';
import type { Workbook } from '../journals/workbook';
import { libraryArchive } from './archive';
import { auditRow, writeAudit } from './audit';
import { type Env, setUpWorkbook, today } from './context';

/** Files in Drive beyond Docs: src/gas/archive.ts implements it over DriveApp and Utilities (drive.file scope). */
export interface FilesPort {
  /** A new file in the folder from base64 bytes, with this name and MIME type. */
  create(folder: FolderRef, name: string, mimeType: string, base64: string): FileRef;
  /**
   * Puts a file the add-on created into the trash; with `onlyIn`, only when the file is in that folder (an id
   * read from a journal cell may name any file the add-on made: an act, a formular).
   */
  trash(fileId: string, onlyIn?: FolderRef): void;
  /** A file's bytes (0..255) and type, or null when it is gone, trashed or not visible. */
  read(fileId: string): { mimeType: string; bytes: number[] } | null;
}

/** The Drive id in a file link ("https://drive.google.com/file/d/<id>/view..."), '' when there is none. */
export function fileIdOf(link: unknown): string {
  return /\/d\/([\w-]{10,})/.exec(String(link ?? ''))?.[1] ?? '';
}

export interface ScanForm {
  authors?: string;
  title?: string;
  otherTitleInfo?: string;
  responsibility?: string;
  place?: string;
  publisher?: string;
  year?: string;
  pages?: string;
  language?: string;
  fileName?: string;
  base64?: string;
}

export interface ScanRow {
  id: number;
  description: string;
  pages: number;
  fileName: string;
  fileLink: string;
  uploadedOn: string;
}

/** The record and the file, every error at once. */
export function validateScan(form: ScanForm | null | undefined, currentYear: number): { record: BookRecord; file: CheckedUpload } {
  const f = form ?? {};
  const errors: FieldError[] = [];
  const record = validateBookRecord({ ...f, authors: f.authors ?? '' }, currentYear);
  if (!record.ok) errors.push(...record.errors);
  if (!cleanText(f.pages)) errors.push({ field: 'pages', key: 'error.required' });
  const file = checkUpload({ fileName: f.fileName, base64: f.base64 }, SCAN_KINDS, UPLOAD_LIMITS.scanBytes);
  if (!file.ok) errors.push(...file.errors);
  if (errors.length || !record.ok || !file.ok) throw UserError.of(errors);
  return { record: record.value, file: file.value };
}

export function uploadArchiveFile(env: Env, files: FilesPort, form: ScanForm): ScanRow {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const year = Number(day.slice(0, 4));
    const { record, file } = validateScan(form, year);

    const settings = Settings.read(wb);
    const id = settings.counter('nextScanId');
    const scans = wb.journal('scans').prepare();
    if (scans.findBy('id', [id]).length) throw new UserError('error.counterBehind', { setting: settings.title('nextScanId'), no: id });
    wb.journal('auditLog').prepare();

    const description = describeBook(record);
    const name = scanFileName(year, id, description, record.year, file.ext);
    const folder = libraryArchive(env, wb, settings).folder(year, 'Scans');
    const created = files.create(folder, name, file.mime, file.base64);
    // The file is trashed again when its row could not be written; once the row is there, the file stays.
    let rowWritten = false;
    try {
      settings.write({ nextScanId: id + 1 });
      scans.append([
        {
          id,
          description,
          authors: record.authors.join('; '),
          title: record.title,
          place: record.place ?? '',
          publisher: record.publisher ?? '',
          year: record.year ?? null,
          pages: Number(record.pages),
          fileName: name,
          fileLink: created.url,
          mimeType: file.mime,
          uploadedOn: day,
        },
      ]);
      rowWritten = true;
      writeAudit(wb, [auditRow(env, 'uploadArchiveFile', 'scan', String(id), { fileName: name, size: file.size, mimeType: file.mime })]);
    } catch (error) {
      if (!rowWritten) {
        try {
          files.trash(created.id);
        } catch {
          // the original error says what went wrong; a file left over is in the Scans folder, without a row
        }
      }
      throw error;
    }
    return { id, description, pages: Number(record.pages), fileName: name, fileLink: created.url, uploadedOn: day };
  });
}

function scanOf(v: Record<string, unknown>): ScanRow {
  return {
    id: Number(v.id) || 0,
    description: String(v.description ?? ''),
    pages: Number(v.pages) || 0,
    fileName: String(v.fileName ?? ''),
    fileLink: String(v.fileLink ?? ''),
    uploadedOn: String(v.uploadedOn ?? ''),
  };
}

/**
 * Scanned documents whose description or file name answers the query (every word begins a word of them,
 * Kazakh letters folded), newest first, at most `limit`. For the catalogue search: one read of the list,
 * which holds a school's scans (hundreds of rows, not thousands). No lock: it only reads.
 */
export function findScans(wb: Workbook, query: string, limit = 20): { hits: ScanRow[]; more: boolean } {
  const q = String(query ?? '').slice(0, 200);
  if (!fold(q).trim()) return { hits: [], more: false };
  const found = wb
    .journal('scans')
    .readAll()
    .map((r) => scanOf(r.values))
    .filter((s) => s.id > 0 && matches(q, [s.description, s.fileName]))
    .sort((a, b) => b.id - a.id);
  const max = Math.max(1, Math.min(Number(limit) || 20, 100));
  return { hits: found.slice(0, max), more: found.length > max };
}

/** The scans uploaded in a year, in the order of their numbers. */
export function scansOfYear(wb: Workbook, year: number): ScanRow[] {
  return wb
    .journal('scans')
    .readAll()
    .map((r) => scanOf(r.values))
    .filter((s) => s.id > 0 && s.uploadedOn.slice(0, 4) === String(year))
    .sort((a, b) => a.id - b.id);
}

export function listScans(env: Env, year: number): { year: number; scans: ScanRow[] } {
  const wb = setUpWorkbook(env);
  const y = Number.isInteger(year) && year >= 2000 && year <= 2999 ? year : Number(today(env, wb).slice(0, 4));
  return { year: y, scans: scansOfYear(wb, y) };
}

/** The year's list as a Doc in <archive>/<year>/Scans, replaced when made again. */
export function buildScansListDoc(env: Env, year: number): { year: number; scans: number; docName: string; docUrl: string } {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const y = Number(year);
    if (!Number.isInteger(y) || y < 2000 || y > Number(today(env, wb).slice(0, 4))) throw new UserError('scans.error.year', { year: String(year ?? '') }, 'year');
    const list = scansOfYear(wb, y);
    if (!list.length) throw new UserError('scans.error.none', { year: y }, 'year');
    const settings = Settings.read(wb);
    const model = scansListDoc({ libraryName: settings.text('libraryName') || settings.text('schoolName'), year: y, date: today(env, wb), scans: list }, wb.lang);
    const saved = saveToArchive(env.docs(), libraryArchive(env, wb, settings), y, 'Scans', model);
    return { year: y, scans: list.length, docName: model.name, docUrl: saved.url };
  });
}
