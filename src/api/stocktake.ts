/** DTOs and server functions of the stocktake feature (see src/server/stocktake.ts). JSON values only. */
import type { Json, Result } from '../api';

export type StocktakeStartDto = {
  /** A note of what is checked ("the whole fund", "textbooks"); the missing copies are counted over the whole fund. */
  scope: string;
  note: string;
};

export type StocktakeDto = {
  id: number;
  status: 'open' | 'finished';
  startedOn: string;
  /** '' while open */
  finishedOn: string;
  scope: string;
  /** Copies of the fund found so far (kept in the stock-taking's row as they are scanned). */
  foundCount: number;
  /** The counts of a finished stock-taking (0 while open). */
  fundCount: number;
  onLoanCount: number;
  missingCount: number;
  missingSum: number;
  /** The result Doc of a finished stock-taking ('' while open). */
  docUrl: string;
};

/**
 * What was scanned: one number per line (a scanner ends each with Enter), or pasted, or typed with spaces or
 * commas; "15-18" is a range; "INV:000123" a label. At most 1000 numbers a call.
 * stocktakeId 0 means whichever stock-taking is open. Empty inventoryNos records nothing and only answers
 * the state: that is how a sidebar opened afresh learns whether one is open.
 */
export type StocktakeScanDto = {
  stocktakeId: number;
  inventoryNos: string;
};

export type StocktakeProgressDto = {
  /** The open stock-taking after this call; null when none is open (only for an empty scan). */
  open: StocktakeDto | null;
  /** The latest finished stock-taking (its Doc), when none is open. */
  last: StocktakeDto | null;
  /** Copies of the fund found for the first time by this call: written to the found list. */
  recorded: number[];
  /** Found already in this stock-taking (earlier or twice in this call): not written again. */
  duplicates: number[];
  /** Not in the inventory book: not written. */
  unknown: number[];
  /** Written off: not written; the copy should come off the shelf. */
  writtenOff: Array<{ inventoryNo: number; actNo: string }>;
};

/** confirm false: the preview (nothing written, no commission needed); confirm true: close it and draw up the Doc. */
export type StocktakeFinishDto = {
  stocktakeId: number;
  confirm: boolean;
  /** One member per line, the chair first; required when confirm is true. */
  commission: string;
  approvedBy: string;
};

export type MissingCopyDto = { inventoryNo: number; authorTitle: string; year: number | null; price: number };

export type StocktakeResultDto = {
  stocktake: StocktakeDto;
  /** false for the preview */
  finished: boolean;
  fundCount: number;
  fundSum: number;
  foundCount: number;
  onLoanCount: number;
  missingCount: number;
  missingSum: number;
  /** The first missing copies, by inventory number (at most 300; the Doc lists all). */
  missing: MissingCopyDto[];
  /** The missing inventory numbers as the write-off form reads them: "12, 15-18, 20". */
  missingNumbers: string;
  /** Copies found that are no longer in the fund (written off since). */
  notInFund: number[];
  /** The result Doc ('' in the preview). */
  docName: string;
  docUrl: string;
};

export interface StocktakeApi {
  /** Opens a new stock-taking; refused while another is open. */
  startStocktake(form: StocktakeStartDto): Result<StocktakeDto>;
  /** Records the copies found on the shelves, reports duplicates and copies not in the fund; with no numbers, the state. */
  recordStocktakeFound(form: StocktakeScanDto): Result<StocktakeProgressDto>;
  /** The missing copies (preview), or closes the stock-taking: check marks, counts, the result Doc in <archive>/<year>/Acts. */
  finishStocktake(form: StocktakeFinishDto): Result<StocktakeResultDto>;
}

type AssertJson<T extends Json> = T;
// Compile-time proof that this feature's DTOs are plain JSON.
export type StocktakeApiIsJson = [
  AssertJson<StocktakeStartDto>,
  AssertJson<Result<StocktakeDto>>,
  AssertJson<StocktakeScanDto>,
  AssertJson<Result<StocktakeProgressDto>>,
  AssertJson<StocktakeFinishDto>,
  AssertJson<Result<StocktakeResultDto>>,
];
