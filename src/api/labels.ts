/** DTOs and server functions of the labels feature (see src/server/labels.ts). JSON values only. */
import type { Json, Result } from '../api';

/** The copies to label, as typed, pasted or scanned: "1-24", "12 15 INV:31", one per line. */
export type LabelsFormDto = {
  inventoryNos: string;
};

export type LabelsDto = {
  /** the Doc's name in the archive, e.g. "Жапсырмалар 2026-11-27 (1–24)" */
  docName: string;
  docUrl: string;
  /** how many labels the Doc holds */
  labels: number;
};

export type CatalogCsvDto = {
  /** e.g. "Электронды каталог 2026-11-27.csv" */
  fileName: string;
  /** the file's text, starting with U+FEFF (the UTF-8 BOM once encoded), ';'-separated, CRLF line ends */
  csv: string;
  /** catalogue records exported (rows below the header) */
  titles: number;
};

export interface LabelsApi {
  /** A Doc of printable labels with QR codes in <archive>/<year>/Labels; unknown and written-off copies refused. */
  makeLabels(form: LabelsFormDto): Result<LabelsDto>;
  /** The whole catalogue as CSV text for the sidebar to download. */
  exportCatalogCsv(): Result<CatalogCsvDto>;
}

type AssertJson<T extends Json> = T;
// Compile-time proof that this feature's DTOs are plain JSON.
export type LabelsApiIsJson = [AssertJson<LabelsFormDto>, AssertJson<Result<LabelsDto>>, AssertJson<Result<CatalogCsvDto>>];
