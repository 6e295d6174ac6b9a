/**
 * Printed paper for the reader file and the class teachers (issue 4): the reader's formular Doc, and the
 * debtors journal brought up to date with a Doc of reminder slips, one per reader, grouped by class.
 * src/server/formular.ts implements FormularApi.
 */
import type { Result } from '../api';

/** A Doc the add-on made: its Drive name and its URL. */
export type DocLinkDto = { name: string; url: string };

/**
 * The slips Doc (name and url '' when nobody is overdue: no Doc is made), the readers and copies on it,
 * its groups (classes, then teachers, staff, others), and where it is kept: the archive's root folder
 * and the path inside it ("2026 / Readers").
 */
export type DebtorSlipsDto = DocLinkDto & { readers: number; copies: number; classes: number; archiveUrl: string; folder: string };

export interface FormularApi {
  printFormular(ticketNo: number): Result<DocLinkDto>;
  printDebtorSlips(): Result<DebtorSlipsDto>;
}
