/**
 * The circulation desk (issue 4): find a reader, issue, return, renew, reserve a title and cancel a reservation. JSON values only;
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

/** A reservation still open: waiting (position 1 = next) or holding a copy for the reader until expiresOn. */
export type CardReservationDto = {
  id: number;
  titleId: number;
  description: string;
  status: 'waiting' | 'held';
  position: number;
  inventoryNo: number;
  expiresOn: string;
};

/** The reader at the desk: who, what they have, what they wait for. */
export type ReaderCardDto = { reader: ReaderHitDto; loans: LoanDto[]; reservations: CardReservationDto[]; loanLimit: number; loanPeriodDays: number };

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
  returned: Array<{
    inventoryNo: number;
    ticketNo: number;
    fullName: string;
    description: string;
    daysLate: number;
    condition: string;
    /** The reader this copy is now held for (a waiting reservation of its title), or null: back on the shelf. */
    heldFor: { ticketNo: number; fullName: string } | null;
  }>;
};

export type RenewFormDto = { inventoryNo: number; dueOn: string };
export type RenewedDto = { loan: LoanDto };

export type ReserveFormDto = { ticketNo: number; titleId: number };
/** position: the place in the title's queue (1 = next), 0 when no longer waiting. status: RESERVATION_STATUSES code. */
export type ReservationDto = { id: number; titleId: number; ticketNo: number; reservedOn: string; status: string; position: number };
export type ReservedDto = { reservation: ReservationDto };
export type CancelReservationFormDto = { id: number };
/** heldFor: the copy the cancelled reservation held, now held for the next reader in the queue; null when none. */
export type CancelledReservationDto = { reservation: ReservationDto; heldFor: { inventoryNo: number; ticketNo: number; fullName: string } | null };

/**
 * A visit without a loan (reading room, consultation, reference request). kind: VISIT_KINDS code.
 * ticketNo 0: nobody named, a group of `people` (a class came: `grade` "5А", or '').
 */
export type VisitFormDto = { ticketNo: number; kind: string; people: number; grade: string; note: string };
export type VisitDto = { date: string; ticketNo: number; kind: string; people: number; fullName: string };

export interface DeskApi {
  findReaders(query: FindReadersDto): Result<ReaderHitDto[]>;
  getReaderCard(ticketNo: number): Result<ReaderCardDto>;
  issueCopies(form: IssueFormDto): Result<IssuedDto>;
  returnCopies(form: ReturnFormDto): Result<ReturnedDto>;
  renewLoan(form: RenewFormDto): Result<RenewedDto>;
  reserveTitle(form: ReserveFormDto): Result<ReservedDto>;
  cancelReservation(form: CancelReservationFormDto): Result<CancelledReservationDto>;
  recordVisit(form: VisitFormDto): Result<VisitDto>;
}
