/**
 * Issue copies to a reader. Under the document lock it reads only what the issue is about, each found
 * by a text finder (never a whole journal but the small settings): the reader (readers, by ticket),
 * the reader's open loans and the copies' open loans (loans: open loans only), the copies (inventory
 * book), their titles (catalogue index, catalogue for the section, reservations). It refuses with
 * every reason named (unknown, written off, on loan, held for another reader, a reader who has left,
 * over the loan limit), then warns of overdue books unless the librarian overrides; then in one batch:
 * the loan counter, one `loans` row per copy, the index's copies cells (on loan until the due date),
 * the reservations it settles (the reader's own fulfilled: the copy held for them, or a waiting one for
 * the title; a hold past its expiry on an issued copy expired: such a copy is free for anyone), the
 * audit log. Bad input writes nothing.
 */
import { settingDef } from '../../../sheets-template';
import type { CopyStatus } from '../../domain/copies';
import { UserError } from '../../domain/errors';
import { dueDate, issueRefusals, overdueWarning, schoolYearEndFrom, validateIssue, type CopyAtDesk, type IssueForm } from '../../domain/loans';
import { holding, lapsed } from '../../domain/reservations';
import { allocate } from '../../domain/sequence';
import { readerGroup } from '../../domain/reader';
import type { JournalRow } from '../../journals/codec';
import { Settings } from '../../journals/settings';
import type { StoredRow } from '../../journals/table';
import { auditRow, writeAudit } from '../audit';
import { type Env, setUpWorkbook, today } from '../context';
import { indexUpdates } from '../catalog-index';
import { descriptions, loanView, openLoan, type LoanView } from './loans';
import { reservationOf } from './reservations';

export interface IssueResult {
  ticketNo: number;
  fullName: string;
  loans: LoanView[];
}

export function issueCopies(env: Env, form: IssueForm): IssueResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const checked = validateIssue(form, day);
    if (!checked.ok) throw UserError.of(checked.errors);
    const issue = checked.value;
    const nos = issue.inventoryNos;

    // ---- read: settings, the reader, open loans, the copies and their titles ----------------------
    const settings = Settings.read(wb);
    const loanLimit = settings.int('loanLimit');
    const loanPeriodDays = settings.int('loanPeriodDays');
    const yearEndText = settings.text('schoolYearEnd');
    const schoolYearEnd = schoolYearEndFrom(day, yearEndText);
    if (!schoolYearEnd) throw new UserError('error.settingInvalid', { setting: settingDef('schoolYearEnd').title[wb.lang], value: yearEndText });
    const firstLoanId = settings.counter('nextLoanId');

    const readerRow = wb.journal('readers').findBy('ticketNo', [issue.ticketNo])[0];
    if (!readerRow) throw new UserError('error.readerUnknown', { ticketNo: issue.ticketNo }, 'ticketNo');
    const fullName = String(readerRow.values.fullName ?? '');

    const loans = wb.journal('loans');
    const readerLoans = loans.findBy('ticketNo', [issue.ticketNo]).map(openLoan);
    const loanedTo = new Map(loans.findBy('inventoryNo', nos).map((r) => [Number(r.values.inventoryNo), Number(r.values.ticketNo)]));

    const copyRows = new Map<number, StoredRow>();
    for (const row of wb.journal('inventoryBook').findBy('inventoryNo', nos)) copyRows.set(Number(row.values.inventoryNo), row);
    const titleOf = (no: number) => Number(copyRows.get(no)?.values.titleId) || 0;
    const titleIds = [...new Set(nos.map(titleOf).filter((id) => id > 0))];
    const index = wb.journal('catalogIndex');
    const indexRows = index.findBy('titleId', titleIds);
    // Sections tell textbooks apart (due at the end of the school year, outside the loan limit): the new
    // copies' titles and the titles the reader has now, in one lookup.
    const sectionIds = [...new Set([...titleIds, ...readerLoans.map((l) => l.titleId).filter((id) => id > 0)])];
    const sections = new Map(wb.journal('catalog').findBy('titleId', sectionIds).map((r) => [Number(r.values.titleId), String(r.values.section ?? '')]));
    const isTextbook = (titleId: number) => sections.get(titleId) === 'textbooks';
    // Held copies: kept for their reader until the reservation's expiry; past it, the copy is free
    // (and the reservation is marked expired when the copy is issued).
    const reservations = wb.journal('reservations');
    const reservationRows = reservations.findBy('titleId', titleIds).map(reservationOf);
    const heldFor = new Map<number, number>();
    for (const r of reservationRows) if (holding(r, day)) heldFor.set(r.inventoryNo, r.ticketNo);

    // ---- decide: refusals, then the overdue warning --------------------------------------------------
    const copies = new Map<number, CopyAtDesk>();
    for (const [no, row] of copyRows) {
      copies.set(no, {
        inventoryNo: no,
        writeOffActNo: String(row.values.writeOffActNo ?? ''),
        onLoanTo: loanedTo.get(no) ?? null,
        heldFor: heldFor.get(no) ?? null,
        textbook: isTextbook(titleOf(no)),
      });
    }
    const reader = {
      ticketNo: issue.ticketNo,
      fullName,
      status: String(readerRow.values.status ?? '') || 'active',
      dueDates: readerLoans.map((l) => l.dueOn),
      inventoryNos: readerLoans.map((l) => l.inventoryNo),
      textbooks: readerLoans.filter((l) => isTextbook(l.titleId)).length,
    };
    const refused = issueRefusals(reader, nos, copies, loanLimit);
    if (refused.length) throw UserError.of(refused);
    const warning = overdueWarning(reader, day);
    if (warning && !issue.overrideOverdue) throw UserError.of([warning]);

    const { numbers: loanIds, next: nextLoanId } = allocate(firstLoanId, nos.length);
    const group = readerGroup(String(readerRow.values.category ?? ''), String(readerRow.values.grade ?? ''));
    const described = descriptions(indexRows);
    const rules = { today: day, loanPeriodDays, schoolYearEnd };
    const newRows: JournalRow[] = [];
    const views: LoanView[] = [];
    const changes = new Map<number, CopyStatus[]>();
    nos.forEach((no, i) => {
      const titleId = titleOf(no);
      const dueOn = dueDate(rules, isTextbook(titleId), issue.dueOn);
      const loan = { loanId: loanIds[i], ticketNo: issue.ticketNo, inventoryNo: no, titleId, issuedOn: day, dueOn, renewals: 0 };
      // The reader's group and the book's section as they are today: the daily log and the reports count by them.
      newRows.push({ ...loan, titleId: titleId || null, returnedOn: null, condition: null, conditionNote: '', readerGroup: group, section: sections.get(titleId) || null });
      views.push(loanView(loan, described.get(titleId) ?? String(copyRows.get(no)!.values.authorTitle ?? ''), day));
      changes.set(titleId, [...(changes.get(titleId) ?? []), { inventoryNo: no, state: 'loan', dueOn }]);
    });
    // Reservations settled by this issue: the reader's own (held for this copy, or waiting for one of
    // these titles) fulfilled; a lapsed hold on an issued copy expired.
    const issuedTitles = new Set(nos.map(titleOf));
    const settled: Array<{ rowNumber: number; values: JournalRow }> = [];
    const fulfilledTitles = new Set<number>();
    for (const r of reservationRows) {
      if (r.status === 'held' && nos.includes(r.inventoryNo)) {
        if (lapsed(r, day)) settled.push({ rowNumber: r.rowNumber, values: { status: 'expired' } });
        else if (r.ticketNo === issue.ticketNo) {
          settled.push({ rowNumber: r.rowNumber, values: { status: 'fulfilled' } });
          fulfilledTitles.add(r.titleId);
        }
      }
    }
    for (const r of reservationRows) {
      if (r.status === 'waiting' && r.ticketNo === issue.ticketNo && issuedTitles.has(r.titleId) && !fulfilledTitles.has(r.titleId)) {
        settled.push({ rowNumber: r.rowNumber, values: { status: 'fulfilled' } });
        fulfilledTitles.add(r.titleId);
      }
    }
    const now = env.clock.now().toISOString();
    if (settled.length) reservations.prepare();
    loans.prepare();
    wb.journal('auditLog').prepare();

    // ---- write: the counter first (a settings row missing refuses before anything else is written) ----
    settings.write({ nextLoanId });
    loans.append(newRows);
    index.update(indexUpdates(indexRows, changes, now));
    reservations.update(settled);
    writeAudit(
      wb,
      views.map((l) =>
        auditRow(env, 'issueCopies', 'loan', String(l.loanId), {
          ticketNo: issue.ticketNo,
          inventoryNo: l.inventoryNo,
          dueOn: l.dueOn,
          ...(warning ? { overrideOverdue: true } : {}),
        }),
      ),
    );
    return { ticketNo: issue.ticketNo, fullName, loans: views };
  });
}
