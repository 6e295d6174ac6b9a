/**
 * Renew a loan. Under the document lock: the settings (the loan period), the copy's open loan (loans,
 * by inventory number), the title's reservations and index row, each found by a text finder. Refused
 * at the renewal limit and while another reader waits for the title; then the loan's due date and
 * renewals, the index's copies cell and the audit log, in one batch.
 */
import { UserError } from '../../domain/errors';
import { renewal, validateRenew, type RenewForm } from '../../domain/loans';
import { Settings } from '../../journals/settings';
import { auditRow, writeAudit } from '../audit';
import { type Env, setUpWorkbook, today } from '../context';
import { indexUpdates } from '../catalog-index';
import { descriptions, loanView, openLoan, type LoanView } from './loans';

export function renewLoan(env: Env, form: RenewForm): { loan: LoanView } {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const checked = validateRenew(form, day);
    if (!checked.ok) throw UserError.of(checked.errors);
    const { inventoryNo, dueOn: typed } = checked.value;

    const settings = Settings.read(wb);
    const loanPeriodDays = settings.int('loanPeriodDays');
    const loans = wb.journal('loans');
    const row = loans.findBy('inventoryNo', [inventoryNo])[0];
    if (!row) throw new UserError('error.copyNotOnLoan', { no: inventoryNo }, 'inventoryNo');
    const loan = openLoan(row);
    const titleIds = loan.titleId > 0 ? [loan.titleId] : [];
    const othersWaiting = wb
      .journal('reservations')
      .findBy('titleId', titleIds)
      .some((r) => r.values.status === 'waiting' && Number(r.values.ticketNo) !== loan.ticketNo);
    const index = wb.journal('catalogIndex');
    const indexRows = index.findBy('titleId', titleIds);

    const decided = renewal(loan, day, loanPeriodDays, typed, othersWaiting);
    if (!decided.ok) throw UserError.of(decided.errors);
    const dueOn = decided.value;
    const renewed = { ...loan, dueOn, renewals: loan.renewals + 1 };
    wb.journal('auditLog').prepare();

    loans.update([{ rowNumber: loan.rowNumber, values: { dueOn, renewals: renewed.renewals } }]);
    index.update(indexUpdates(indexRows, new Map([[loan.titleId, [{ inventoryNo, state: 'loan' as const, dueOn }]]]), env.clock.now().toISOString()));
    writeAudit(wb, [auditRow(env, 'renewLoan', 'loan', String(loan.loanId), { ticketNo: loan.ticketNo, inventoryNo, from: loan.dueOn, dueOn, renewals: renewed.renewals })]);
    return { loan: loanView(renewed, descriptions(indexRows).get(loan.titleId) ?? '', day) };
  });
}
