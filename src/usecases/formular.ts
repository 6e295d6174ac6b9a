/**
 * Print a reader's formular for the paper file. Under the document lock (the archive may be created on
 * first use, and a Doc of the same name is replaced, not duplicated): the reader's row (readers, by
 * ticket), the open loans (`loans`, by ticket) and the closed ones (`loanHistory`, by ticket), each
 * found by a text finder, never a read of the whole journal; the titles' descriptions from the
 * catalogue index (by title id), and for a loan whose title the index lacks, the inventory book's
 * "author, title" (by inventory number). An unknown ticket refuses before anything is written.
 *
 * The Doc goes to <archive>/<year>/Readers, named by ticket number and name ("Оқырман формуляры № 12 —
 * Әбенова Айгүл"): one Doc a reader and year, printed again it is rewritten. The formular holds a
 * child's personal data: it is not put among the Reports the director is given. The journals are not
 * changed, so nothing goes to the audit log.
 */
import { formularDoc, authorAndTitle, type FormularLoan } from '../docs/formular';
import { saveToArchive } from '../docs/port';
import { UserError } from '../domain/errors';
import { daysOverdue, ticketNumber } from '../domain/loans';
import { Settings } from '../journals/settings';
import type { StoredRow } from '../journals/table';
import { libraryArchive } from './archive';
import { type Env, setUpWorkbook, today } from './context';
import { READERS_FOLDER } from './debtors';

export interface FormularResult {
  /** the Doc's name and URL */
  name: string;
  url: string;
  fullName: string;
  /** loans on the formular: all, still with the reader, of those overdue */
  loans: number;
  open: number;
  overdue: number;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

function loanOf(row: StoredRow, day: string): Omit<FormularLoan, 'authorTitle'> & { titleId: number } {
  const v = row.values;
  const dueOn = text(v.dueOn);
  const returnedOn = text(v.returnedOn);
  return {
    loanId: Number(v.loanId) || 0,
    titleId: Number(v.titleId) || 0,
    issuedOn: text(v.issuedOn),
    inventoryNo: Number(v.inventoryNo) || 0,
    dueOn,
    returnedOn,
    condition: returnedOn ? text(v.condition) : '',
    conditionNote: returnedOn ? text(v.conditionNote) : '',
    daysOverdue: daysOverdue(dueOn, returnedOn || day),
  };
}

export function printFormular(env: Env, ticket: unknown): FormularResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const ticketNo = ticketNumber(ticket);
    if (ticketNo === null) throw new UserError('error.ticketNo', undefined, 'ticketNo');

    // ---- read: the reader, the open and the closed loans, their titles -----------------------------
    const readerRow = wb.journal('readers').findBy('ticketNo', [ticketNo])[0];
    if (!readerRow) throw new UserError('error.readerUnknown', { ticketNo }, 'ticketNo');
    const rows = [...wb.journal('loans').findBy('ticketNo', [ticketNo]), ...wb.journal('loanHistory').findBy('ticketNo', [ticketNo])];
    const loans = rows.map((r) => loanOf(r, day));
    const titleIds = [...new Set(loans.map((l) => l.titleId).filter((id) => id > 0))];
    const titles = new Map(wb.journal('catalogIndex').findBy('titleId', titleIds).map((r) => [Number(r.values.titleId), authorAndTitle(text(r.values.description))]));
    const untitled = loans.filter((l) => !titles.get(l.titleId)).map((l) => l.inventoryNo);
    const byCopy = new Map(untitled.length ? wb.journal('inventoryBook').findBy('inventoryNo', untitled).map((r) => [Number(r.values.inventoryNo), text(r.values.authorTitle)]) : []);
    const settings = Settings.read(wb);

    // ---- the Doc ----------------------------------------------------------------------------------------
    const v = readerRow.values;
    const model = formularDoc(
      {
        date: day,
        libraryName: settings.text('libraryName') || settings.text('schoolName'),
        reader: {
          ticketNo,
          fullName: text(v.fullName),
          category: text(v.category),
          grade: text(v.grade),
          school: text(v.school),
          address: text(v.address),
          phone: text(v.phone),
          birthDate: text(v.birthDate),
          registeredOn: text(v.registeredOn),
          reRegisteredOn: text(v.reRegisteredOn),
          status: text(v.status),
        },
        loans: loans.map(({ titleId, ...l }) => ({ ...l, authorTitle: titles.get(titleId) || byCopy.get(l.inventoryNo) || '' })),
      },
      wb.lang,
    );
    const saved = saveToArchive(env.docs(), libraryArchive(env, wb, settings), Number(day.slice(0, 4)), READERS_FOLDER, model);
    const open = loans.filter((l) => !l.returnedOn);
    return { name: model.name, url: saved.url, fullName: text(v.fullName), loans: loans.length, open: open.length, overdue: open.filter((l) => l.daysOverdue > 0).length };
  });
}
