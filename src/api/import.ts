/** DTOs and server functions of the import feature (see src/server/import.ts). JSON values only. */
import type { Json, Result } from '../api';

/**
 * One call, two modes. The sidebar sends the file's text as it decoded it (UTF-8 or Windows-1251) and
 * her mapping; the server parses the text again (it never trusts the sidebar's parse), checks every
 * line and either reports (dryRun: writes nothing) or, when no line is wrong, writes it all (commit).
 */
export type ImportRequestDto = {
  text: string;
  /** Per column of the file, the field it feeds ('' = not imported): see domain/import IMPORT_FIELDS. */
  mapping: string[];
  /** The first record is the header (not imported). */
  header: boolean;
  /** Used where the file has no such column or the cell is empty: PUBLICATION_LANGUAGES, SECTIONS, DOC_TYPES codes. */
  defaults: { language: string; section: string; docType: string };
  mode: 'dryRun' | 'commit';
};

export type ImportProblemDto = {
  /** The field (domain/import ImportField) whose column holds the wrong value. */
  field: string;
  /** That column's header in her file ("Год"), or "C" when the file has no header. */
  column: string;
  message: string;
};

export type ImportLineDto = {
  /** The row as Excel numbers it (the header is row 1). */
  row: number;
  kind: 'new' | 'duplicate' | 'error';
  label: string;
  copies: number;
  /** The inventory numbers the file gives ("12–15, 18"), '' when they come from the counter. */
  inventory: string;
  /** For a duplicate: the title in the catalogue its copies go to (0 if none). */
  titleId: number;
  /** For a duplicate of an earlier line of the file: that line's row (0 if none). */
  sameAsRow: number;
  /** What happens to it, or what is wrong, in her language. */
  note: string;
  problems: ImportProblemDto[];
};

export type ImportReportDto = {
  mode: 'dryRun' | 'commit';
  /** True only when the journals were written. */
  committed: boolean;
  /** ',' ';' or 'tab'. */
  separator: string;
  summary: {
    lines: number;
    errorLines: number;
    newTitles: number;
    toExisting: number;
    sameAsEarlier: number;
    copies: number;
    /** Tenge. */
    sum: number;
    /** Copies numbered from the counter, and from which number (as of now; at commit, for real). */
    toNumber: number;
    numberFrom: number;
  };
  /** What refuses the whole file (the same file imported before, too many copies...), in her language. */
  fileProblems: string[];
  lines: ImportLineDto[];
  /** After a commit: the summary-book part 1 record numbers written (one per date of entry). */
  recordNos: number[];
};

export interface ImportApi {
  importCatalog(request: ImportRequestDto): Result<ImportReportDto>;
}

type AssertJson<T extends Json> = T;
export type ImportApiIsJson = [AssertJson<ImportRequestDto>, AssertJson<Result<ImportReportDto>>];
