/**
 * Return copies. Under the document lock: the copies' open loans (loans, by inventory number), their
 * readers (readers, by ticket), their titles (catalogue index), and for a damaged copy its inventory
 * book row, each found by a text finder; the loan history is never read, only appended to. A copy
 * that is not on loan refuses the whole return. Then in one batch: each closed loan (returnedOn,
 * condition, note) appended to `loanHistory` and its row deleted from `loans` (a move: the hot journal
 * keeps open loans only, so a return costs the same in year five as in week one), the copies' rows
 * of the debtors list removed (found by a text finder too), a damaged copy's
 * inventory-book note appended to (never overwritten), the index's copies back on the shelf, the
 * audit log. A copy whose title has a waiting reservation (the title's reservations are found by a
 * text finder too) is held instead: the oldest waiting reservation becomes held with this copy until
 * today + reservationDays, and the index shows the copy reserved.
 */
import type { CopyStatus } from '../../domain/copies';
import { UserError } from '../../domain/errors';
import type { FieldError } from '../../domain/errors';
import { damagedNote, daysOverdue, validateReturn, type ReturnItemForm } from '../../domain/loans';
import type { JournalRow } from '../../journals/codec';
import { Settings } from '../../journals/settings';
import { auditRow, writeAudit } from '../audit';
import { type Env, setUpWorkbook, today } from '../context';
import { indexUpdates } from '../catalog-index';
import { prepareDebtorsDrop } from '../debtors';
import { closedLoanRow, descriptions, openLoan, type OpenLoan } from './loans';
import { holdsFor, holdUpdate, reservationOf } from './reservations';

export interface ReturnResult {
  returned: Array<{
    inventoryNo: number;
    ticketNo: number;
    fullName: string;
    description: string;
    daysLate: number;
    condition: string;
    /** The reader the copy is now held for (the oldest waiting reservation of its title), or null. */
    heldFor: { ticketNo: number; fullName: string } | null;
  }>;
}

export function returnCopies(env: Env, form: { items?: ReturnItemForm[] }): ReturnResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const checked = validateReturn(form);
    if (!checked.ok) throw UserError.of(checked.errors);
    const items = checked.value;
    const nos = items.map((i) => i.inventoryNo);

    // ---- read ---------------------------------------------------------------------------------------
    const loans = wb.journal('loans');
    const open = new Map<number, OpenLoan>();
    for (const row of loans.findBy('inventoryNo', nos)) {
      const loan = openLoan(row);
      if (!open.has(loan.inventoryNo)) open.set(loan.inventoryNo, loan);
    }
    const missing: FieldError[] = items.flatMap((item, i) =>
      open.has(item.inventoryNo) ? [] : [{ field: `items.${i}.inventoryNo`, key: 'error.copyNotOnLoan' as const, params: { no: item.inventoryNo } }],
    );
    if (missing.length) throw UserError.of(missing);

    // The titles' reservations: each returned copy is held for the next waiting reader of its title.
    const titleIds = [...new Set([...open.values()].map((l) => l.titleId).filter((id) => id > 0))];
    const reservations = wb.journal('reservations');
    const reservationRows = reservations.findBy('titleId', titleIds).map(reservationOf);
    const waiting = reservationRows.some((r) => r.status === 'waiting');
    const reservationDays = waiting ? Settings.read(wb).int('reservationDays') : 0;
    const holds = waiting ? holdsFor(items.map((i) => ({ inventoryNo: i.inventoryNo, titleId: open.get(i.inventoryNo)!.titleId })).filter((c) => c.titleId > 0), reservationRows, day, reservationDays) : [];
    const holdOf = new Map(holds.map((h) => [h.inventoryNo, h]));
    // The readers who return and those the copies are held for, in one lookup.
    const tickets = [...new Set([...[...open.values()].map((l) => l.ticketNo), ...holds.map((h) => h.reservation.ticketNo)])];
    const names = new Map(wb.journal('readers').findBy('ticketNo', tickets).map((r) => [Number(r.values.ticketNo), String(r.values.fullName ?? '')]));
    const index = wb.journal('catalogIndex');
    const indexRows = index.findBy('titleId', titleIds);
    const damaged = items.filter((i) => i.condition === 'damaged');
    const inventory = wb.journal('inventoryBook');
    const inventoryRows = new Map(inventory.findBy('inventoryNo', damaged.map((i) => i.inventoryNo)).map((r) => [Number(r.values.inventoryNo), r]));
    const dropDebtors = prepareDebtorsDrop(wb, nos);
    const history = wb.journal('loanHistory').prepare();
    if (holds.length) reservations.prepare();
    wb.journal('auditLog').prepare();

    // ---- decide ---------------------------------------------------------------------------------------
    const described = descriptions(indexRows);
    const closed: JournalRow[] = [];
    const changes = new Map<number, CopyStatus[]>();
    const result: ReturnResult = { returned: [] };
    for (const item of items) {
      const loan = open.get(item.inventoryNo)!;
      closed.push(closedLoanRow(loan, day, item.condition, item.conditionNote));
      const hold = holdOf.get(loan.inventoryNo);
      changes.set(loan.titleId, [...(changes.get(loan.titleId) ?? []), { inventoryNo: loan.inventoryNo, state: hold ? 'reserved' : 'shelf' }]);
      result.returned.push({
        inventoryNo: loan.inventoryNo,
        ticketNo: loan.ticketNo,
        fullName: names.get(loan.ticketNo) ?? '',
        description: described.get(loan.titleId) ?? String(inventoryRows.get(loan.inventoryNo)?.values.authorTitle ?? ''),
        daysLate: daysOverdue(loan.dueOn, day),
        condition: item.condition,
        heldFor: hold ? { ticketNo: hold.reservation.ticketNo, fullName: names.get(hold.reservation.ticketNo) ?? '' } : null,
      });
    }
    const notes = damaged.flatMap((item) => {
      const row = inventoryRows.get(item.inventoryNo);
      return row ? [{ rowNumber: row.rowNumber, values: { note: damagedNote(row.values.note, day, item.conditionNote, wb.lang) } }] : [];
    });
    const now = env.clock.now().toISOString();

    // ---- write: history first, the open rows deleted last (bottom-up) ------------------------------
    history.append(closed);
    inventory.update(notes);
    index.update(indexUpdates(indexRows, changes, now));
    reservations.update(holds.map(holdUpdate));
    loans.deleteRows([...open.values()].map((l) => l.rowNumber));
    dropDebtors();
    writeAudit(
      wb,
      items.map((item) => {
        const loan = open.get(item.inventoryNo)!;
        return auditRow(env, 'returnCopies', 'loan', String(loan.loanId), {
          ticketNo: loan.ticketNo,
          inventoryNo: loan.inventoryNo,
          dueOn: loan.dueOn,
          condition: item.condition,
          daysLate: daysOverdue(loan.dueOn, day),
          ...(holdOf.has(item.inventoryNo) ? { heldFor: holdOf.get(item.inventoryNo)!.reservation.ticketNo, reservation: holdOf.get(item.inventoryNo)!.reservation.id } : {}),
        });
      }),
    );
    return result;
  });
}
