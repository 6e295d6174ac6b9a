/**
 * A copy lost by its reader (issue 4 "Lost book"): written off with the act reason "lost by reader", and
 * either replaced by a book the reader brings (a receipt with source "replacement" and a new inventory
 * number, a replacements-journal row) or not. src/server/lost.ts implements LostApi.
 */
import type { Result, TitleFormDto } from '../api';

export type LostCopyFormDto = {
  /** The lost copy: on loan to the reader who lost it. */
  inventoryNo: number;
  /** The book the reader brings instead (its price in title.price, title.copies '1'); null: no replacement. */
  replacement: { title: TitleFormDto; department: string } | null;
  /** Where the lost copy belonged (subscription, reading room...), for the replacements journal. */
  lostDepartment: string;
  /** The reader signed the paper journal. */
  readerSigned: boolean;
  note: string;
  /**
   * The write-off act's commission, one member per line, the chair first, and who approves it. Optional:
   * left out or empty, the act names the commission (and approver) of the library's latest act.
   */
  commission?: string;
  approvedBy?: string;
};

export type LostCopyDto = {
  ticketNo: number;
  fullName: string;
  lostInventoryNo: number;
  description: string;
  actNo: string;
  actDocName: string;
  actDocUrl: string;
  /** The replacement's new inventory number and catalogue record; null without a replacement. */
  newInventoryNo: number | null;
  newTitleId: number | null;
};

export interface LostApi {
  replaceLostCopy(form: LostCopyFormDto): Result<LostCopyDto>;
}
