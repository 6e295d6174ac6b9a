/** DTOs and server functions of digitisation, the scanned-documents archive (see src/server/scans.ts). JSON values only. */
import type { Json, Result } from '../api';

/** The scan's bibliographic record as typed (strings) and the file read by the sidebar. */
export type ScanFormDto = {
  authors: string; // "Әбенов Ш.; Петров А. А."
  title: string;
  otherTitleInfo: string;
  responsibility: string;
  place: string;
  publisher: string;
  year: string;
  pages: string;
  language: string; // kk | ru | en | other
  /** the file's name on her computer: only its extension is compared with what the content is */
  fileName: string;
  /** the bytes as standard base64, no data: prefix; PDF, JPG, PNG, DOC or DOCX by content, at most 10 MB */
  base64: string;
};

export type ScanDto = {
  id: number;
  description: string;
  pages: number;
  fileName: string;
  fileLink: string;
  uploadedOn: string;
};

export type ScanListDto = { year: number; scans: ScanDto[] };
export type ScansListDocDto = { year: number; scans: number; docName: string; docUrl: string };

export interface ScansApi {
  /** The file to <archive>/<year>/Scans and its row in the scanned-documents list; nothing written on bad input. */
  uploadArchiveFile(form: ScanFormDto): Result<ScanDto>;
  /** The scans uploaded in a year (this year for 0). */
  listScans(year: number): Result<ScanListDto>;
  /** The year's list as a Doc in <archive>/<year>/Scans (replaced when made again). */
  buildScansListDoc(year: number): Result<ScansListDocDto>;
}

type AssertJson<T extends Json> = T;
export type ScansApiIsJson = [AssertJson<ScanFormDto>, AssertJson<Result<ScanDto>>, AssertJson<Result<ScanListDto>>, AssertJson<Result<ScansListDocDto>>];
