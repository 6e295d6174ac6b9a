/**
 * What the desk's use cases share: open loans as rows of the `loans` journal (open loans only: a
 * return moves the row to `loanHistory`), the loan as the desk sees it, readers as hits, and the
 * catalogue index's copies cell brought up to date.
 */
import type { IsoDate } from '../../domain/dates';
import { daysOverdue } from '../../domain/loans';
import type { JournalRow } from '../../journals/codec';
import type { StoredRow } from '../../journals/table';

export interface OpenLoan {
  rowNumber: number;
  loanId: number;
  ticketNo: number;
  inventoryNo: number;
  titleId: number;
  issuedOn: IsoDate;
  dueOn: IsoDate;
  renewals: number;
  /** The reader's group and the book's section on the day of issue ('' on a loan recorded before they were kept). */
  readerGroup: string;
  section: string;
}

export function openLoan(row: StoredRow): OpenLoan {
  const v = row.values;
  return {
    rowNumber: row.rowNumber,
    loanId: Number(v.loanId) || 0,
    ticketNo: Number(v.ticketNo) || 0,
    inventoryNo: Number(v.inventoryNo) || 0,
    titleId: Number(v.titleId) || 0,
    issuedOn: String(v.issuedOn ?? ''),
    dueOn: String(v.dueOn ?? ''),
    renewals: Number(v.renewals) || 0,
    readerGroup: String(v.readerGroup ?? ''),
    section: String(v.section ?? ''),
  };
}

/**
 * The loan history's row of a loan closed today: returned (its condition and note) or lost. The one place
 * that copies an open loan's columns over, so a column added to the loans is carried by every way out.
 */
export function closedLoanRow(loan: OpenLoan, day: IsoDate, condition: string, conditionNote: string): JournalRow {
  return {
    loanId: loan.loanId,
    ticketNo: loan.ticketNo,
    inventoryNo: loan.inventoryNo,
    titleId: loan.titleId || null,
    issuedOn: loan.issuedOn || null,
    dueOn: loan.dueOn || null,
    returnedOn: day,
    condition,
    conditionNote,
    renewals: loan.renewals,
    readerGroup: loan.readerGroup || null,
    section: loan.section || null,
  };
}

/** A loan as the desk shows it (LoanDto). */
export interface LoanView {
  loanId: number;
  inventoryNo: number;
  titleId: number;
  description: string;
  issuedOn: string;
  dueOn: string;
  renewals: number;
  daysOverdue: number;
}

export function loanView(loan: Omit<OpenLoan, 'rowNumber' | 'ticketNo' | 'readerGroup' | 'section'>, description: string, today: IsoDate): LoanView {
  return {
    loanId: loan.loanId,
    inventoryNo: loan.inventoryNo,
    titleId: loan.titleId,
    description,
    issuedOn: loan.issuedOn,
    dueOn: loan.dueOn,
    renewals: loan.renewals,
    daysOverdue: daysOverdue(loan.dueOn, today),
  };
}

/** A reader found at the desk (ReaderHitDto). */
export interface ReaderHit {
  ticketNo: number;
  fullName: string;
  category: string;
  grade: string;
  status: string;
  onLoan: number;
  overdue: number;
}

export function readerHit(row: StoredRow, loans: readonly OpenLoan[], today: IsoDate): ReaderHit {
  const v = row.values;
  const ticketNo = Number(v.ticketNo);
  const mine = loans.filter((l) => l.ticketNo === ticketNo);
  return {
    ticketNo,
    fullName: String(v.fullName ?? ''),
    category: String(v.category ?? ''),
    grade: String(v.grade ?? ''),
    status: String(v.status ?? '') || 'active',
    onLoan: mine.length,
    overdue: mine.filter((l) => daysOverdue(l.dueOn, today) > 0).length,
  };
}

/** Title id → GOST description, from catalogue index rows. */
export function descriptions(indexRows: readonly StoredRow[]): Map<number, string> {
  return new Map(indexRows.map((r) => [Number(r.values.titleId), String(r.values.description ?? '')]));
}


