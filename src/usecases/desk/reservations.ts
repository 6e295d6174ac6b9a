/**
 * Reservations at the desk: reserve a title that is out, cancel a reservation. Under the document lock
 * each reads only its rows, found by a text finder (never the whole reservations journal): the reader
 * (readers, by ticket), the title's index row (catalogue index), the title's reservations and the
 * reader's open loans; a cancel reads the reservation by id, then the title's reservations and index
 * row. Rows are never deleted: a cancelled reservation keeps its row with status cancelled; the copy
 * it held goes to the next reader in the queue, else back to the shelf.
 */
import { decodeCopies, type CopyStatus } from '../../domain/copies';
import type { IsoDate } from '../../domain/dates';
import { UserError } from '../../domain/errors';
import { ticketNumber } from '../../domain/loans';
import { active, heldUntil, holding, queue, type Reservation, type ReservationState } from '../../domain/reservations';
import type { JournalRow } from '../../journals/codec';
import { Settings } from '../../journals/settings';
import type { StoredRow } from '../../journals/table';
import { auditRow, writeAudit } from '../audit';
import { type Env, setUpWorkbook, today } from '../context';
import { indexUpdates } from '../catalog-index';
import { openLoan } from './loans';

export function reservationOf(row: StoredRow): Reservation {
  const v = row.values;
  return {
    rowNumber: row.rowNumber,
    id: Number(v.id) || 0,
    titleId: Number(v.titleId) || 0,
    ticketNo: Number(v.ticketNo) || 0,
    reservedOn: String(v.reservedOn ?? ''),
    expiresOn: String(v.expiresOn ?? ''),
    status: (String(v.status ?? '') || 'waiting') as ReservationState,
    inventoryNo: Number(v.inventoryNo) || 0,
  };
}

/** A reservation as the desk shows it (ReservationDto); position: place in the title's queue, 0 when not waiting. */
export interface ReservationView {
  id: number;
  titleId: number;
  ticketNo: number;
  reservedOn: string;
  status: string;
  position: number;
}

/** A copy coming free (returned, or released by a cancel): held for the next reader in the title's queue. */
export interface Hold {
  reservation: Reservation;
  inventoryNo: number;
  expiresOn: IsoDate;
}

/**
 * Gives each freed copy to the next waiting reservation of its title (each reservation once, in queue
 * order): two copies of a title back at once go to its first two readers.
 */
export function holdsFor(freed: ReadonlyArray<{ inventoryNo: number; titleId: number }>, rows: readonly Reservation[], day: IsoDate, reservationDays: number): Hold[] {
  const taken = new Set<number>();
  const out: Hold[] = [];
  for (const copy of freed) {
    const next = queue(rows, copy.titleId).find((r) => !taken.has(r.id));
    if (!next) continue;
    taken.add(next.id);
    out.push({ reservation: next, inventoryNo: copy.inventoryNo, expiresOn: heldUntil(day, reservationDays) });
  }
  return out;
}

export function holdUpdate(h: Hold): { rowNumber: number; values: JournalRow } {
  return { rowNumber: h.reservation.rowNumber, values: { expiresOn: h.expiresOn, status: 'held', inventoryNo: h.inventoryNo } };
}

export function reserveTitle(env: Env, form: { ticketNo?: unknown; titleId?: unknown } | null | undefined): { reservation: ReservationView; fullName: string; description: string } {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const ticketNo = ticketNumber(form?.ticketNo);
    const titleId = ticketNumber(form?.titleId); // the same rule: a positive whole number
    const bad = [
      ...(ticketNo === null ? [{ field: 'ticketNo', key: 'error.ticketNo' as const }] : []),
      ...(titleId === null ? [{ field: 'titleId', key: 'error.titleId' as const }] : []),
    ];
    if (bad.length) throw UserError.of(bad);

    // ---- read -----------------------------------------------------------------------------------------
    const settings = Settings.read(wb);
    const firstId = settings.counter('nextReservationId');
    const readerRow = wb.journal('readers').findBy('ticketNo', [ticketNo!])[0];
    if (!readerRow) throw new UserError('error.readerUnknown', { ticketNo: ticketNo! }, 'ticketNo');
    const fullName = String(readerRow.values.fullName ?? '');
    if (String(readerRow.values.status ?? '') === 'left') throw new UserError('error.readerLeft', { name: fullName, ticketNo: ticketNo! }, 'ticketNo');
    const indexRow = wb.journal('catalogIndex').findBy('titleId', [titleId!])[0];
    if (!indexRow) throw new UserError('error.titleUnknown', { titleId: titleId! }, 'titleId');
    const description = String(indexRow.values.description ?? '');
    const reservations = wb.journal('reservations');
    const rows = reservations.findBy('titleId', [titleId!]).map(reservationOf);

    // ---- decide: the reader has it or waits for it already; a copy is on the shelf ------------------------
    const mine = rows.find((r) => r.ticketNo === ticketNo && active(r, day));
    if (mine) throw new UserError('error.reservationDuplicate', { name: fullName, id: mine.id }, 'titleId');
    const hasIt = wb
      .journal('loans')
      .findBy('ticketNo', [ticketNo!])
      .map(openLoan)
      .find((l) => l.titleId === titleId);
    if (hasIt) throw new UserError('error.reservationHasCopy', { name: fullName, no: hasIt.inventoryNo }, 'titleId');
    const stillHeld = new Set(rows.filter((r) => holding(r, day)).map((r) => r.inventoryNo));
    const free = decodeCopies(indexRow.values.copies).filter((c) => c.state === 'shelf' || (c.state === 'reserved' && !stillHeld.has(c.inventoryNo)));
    if (free.length) throw new UserError('error.reservationOnShelf', { nos: free.slice(0, 10).map((c) => c.inventoryNo).join(', ') }, 'titleId');

    const position = rows.filter((r) => r.status === 'waiting').length + 1;
    reservations.prepare();
    wb.journal('auditLog').prepare();

    // ---- write: the counter first -------------------------------------------------------------------------
    settings.write({ nextReservationId: firstId + 1 });
    reservations.append([{ id: firstId, titleId: titleId!, ticketNo: ticketNo!, reservedOn: day, expiresOn: null, status: 'waiting', inventoryNo: null, note: '' }]);
    writeAudit(wb, [auditRow(env, 'reserveTitle', 'reservation', String(firstId), { ticketNo: ticketNo!, titleId: titleId!, position })]);
    return {
      reservation: { id: firstId, titleId: titleId!, ticketNo: ticketNo!, reservedOn: day, status: 'waiting', position },
      fullName,
      description,
    };
  });
}

export interface CancelResult {
  reservation: ReservationView;
  /** The copy the cancelled reservation held, now held for the next reader; null when none. */
  heldFor: { inventoryNo: number; ticketNo: number; fullName: string } | null;
}

export function cancelReservation(env: Env, form: { id?: unknown } | null | undefined): CancelResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const id = ticketNumber(form?.id);
    if (id === null) throw new UserError('error.reservationId', undefined, 'id');

    const reservations = wb.journal('reservations');
    const row = reservations.findBy('id', [id])[0];
    if (!row) throw new UserError('error.reservationUnknown', { id }, 'id');
    const r = reservationOf(row);
    // A held one past its expiry may still be cancelled: that releases its copy.
    if (r.status !== 'waiting' && r.status !== 'held') throw new UserError('error.reservationClosed', { id }, 'id');

    // The copy it held: to the next reader in the queue, else back to the shelf.
    const settings = Settings.read(wb);
    const reservationDays = settings.int('reservationDays');
    const rows = r.status === 'held' && r.inventoryNo > 0 ? reservations.findBy('titleId', [r.titleId]).map(reservationOf).filter((x) => x.id !== r.id) : [];
    const holds = rows.length ? holdsFor([{ inventoryNo: r.inventoryNo, titleId: r.titleId }], rows, day, reservationDays) : [];
    const index = wb.journal('catalogIndex');
    const indexRows = r.status === 'held' && r.inventoryNo > 0 ? index.findBy('titleId', [r.titleId]) : [];
    const heldCopy = indexRows.length ? decodeCopies(indexRows[0].values.copies).find((c) => c.inventoryNo === r.inventoryNo) : undefined;
    const holder = holds.length ? wb.journal('readers').findBy('ticketNo', [holds[0].reservation.ticketNo])[0] : undefined;
    wb.journal('auditLog').prepare();

    const changes = new Map<number, CopyStatus[]>();
    // Only a copy the index still shows reserved changes state (never one on loan or written off).
    if (heldCopy && heldCopy.state === 'reserved') changes.set(r.titleId, [{ inventoryNo: r.inventoryNo, state: holds.length ? 'reserved' : 'shelf' }]);
    reservations.update([{ rowNumber: r.rowNumber, values: { status: 'cancelled' } }, ...(heldCopy?.state === 'reserved' ? holds.map(holdUpdate) : [])]);
    index.update(indexUpdates(indexRows, changes, env.clock.now().toISOString()));
    writeAudit(wb, [auditRow(env, 'cancelReservation', 'reservation', String(r.id), { ticketNo: r.ticketNo, titleId: r.titleId, was: r.status, inventoryNo: r.inventoryNo || null })]);
    const passed = heldCopy?.state === 'reserved' && holds.length ? holds[0] : null;
    return {
      reservation: { id: r.id, titleId: r.titleId, ticketNo: r.ticketNo, reservedOn: r.reservedOn, status: 'cancelled', position: 0 },
      heldFor: passed ? { inventoryNo: passed.inventoryNo, ticketNo: passed.reservation.ticketNo, fullName: String(holder?.values.fullName ?? '') } : null,
    };
  });
}
