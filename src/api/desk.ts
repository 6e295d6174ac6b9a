/**
 * The circulation desk (issue 4, first slice): find a reader, issue, return, renew. JSON values only;
 * days are ISO strings. src/server/desk.ts implements DeskApi.
 */
import type { Result } from '../api';

export type ReaderHitDto = {
  ticketNo: number;
  fullName: string;
  category: string; // READER_CATEGORIES code
  grade: string;
  status: string; // READER_STATUSES code
  /** Copies the reader has now, and how many of them are overdue today. */
  onLoan: number;
  overdue: number;
};

export type FindReadersDto = { query: string; limit: number };

export type LoanDto = {
  loanId: number;
  inventoryNo: number;
  titleId: number;
  description: string; // GOST 7.1 (from the catalogue index)
  issuedOn: string;
  dueOn: string;
  renewals: number;
  daysOverdue: number; // 0 when not overdue
};

/** The reader at the desk: who, and what they have. */
export type ReaderCardDto = { reader: ReaderHitDto; loans: LoanDto[]; loanLimit: number; loanPeriodDays: number };

export type IssueFormDto = {
  ticketNo: number;
  inventoryNos: string; // typed or scanned, "12 15-18", "INV:000123"
  /** '' = by the rules (loan period; textbooks until the end of the school year) */
  dueOn: string;
  /** Issue although the reader has overdue books (the librarian saw the warning). */
  overrideOverdue: boolean;
};

export type IssuedDto = { ticketNo: number; loans: LoanDto[] };

export type ReturnItemDto = { inventoryNo: number; condition: string; conditionNote: string }; // COPY_CONDITIONS code
export type ReturnFormDto = { items: ReturnItemDto[] };

export type ReturnedDto = {
  returned: Array<{ inventoryNo: number; ticketNo: number; fullName: string; description: string; daysLate: number; condition: string }>;
};

export type RenewFormDto = { inventoryNo: number; dueOn: string };
export type RenewedDto = { loan: LoanDto };

export interface DeskApi {
  findReaders(query: FindReadersDto): Result<ReaderHitDto[]>;
  getReaderCard(ticketNo: number): Result<ReaderCardDto>;
  issueCopies(form: IssueFormDto): Result<IssuedDto>;
  returnCopies(form: ReturnFormDto): Result<ReturnedDto>;
  renewLoan(form: RenewFormDto): Result<RenewedDto>;
}
