/**
 * The reservation rules of the desk (issue 4): a queue per title. A reader reserves a title none of
 * whose copies is on the shelf; the row waits (status waiting, no expiry) until a copy comes back: then
 * the oldest waiting reservation of the title is held (that copy, kept until today + reservationDays).
 * A held reservation past its expiry counts as expired wherever it is read (its copy is free again);
 * the operation that reads it marks it so in its own write. Pure: today is passed in.
 */
import { addDays, type IsoDate } from './dates';

export type ReservationState = 'waiting' | 'held' | 'fulfilled' | 'cancelled' | 'expired';

export interface Reservation {
  rowNumber: number;
  id: number;
  titleId: number;
  ticketNo: number;
  reservedOn: IsoDate;
  /** '' while waiting. */
  expiresOn: IsoDate | '';
  status: ReservationState;
  /** The held copy, 0 when none. */
  inventoryNo: number;
}

/** A held reservation whose expiry is past: it is expired, whatever the row still says. */
export function lapsed(r: Reservation, today: IsoDate): boolean {
  return r.status === 'held' && r.expiresOn !== '' && r.expiresOn < today;
}

/** The reservation still holding a copy for its reader today. */
export function holding(r: Reservation, today: IsoDate): boolean {
  return r.status === 'held' && r.inventoryNo > 0 && !lapsed(r, today);
}

/** Still in the queue or holding a copy: a reader with one of these may not reserve the title again. */
export function active(r: Reservation, today: IsoDate): boolean {
  return r.status === 'waiting' || (r.status === 'held' && !lapsed(r, today));
}

/** The queue of a title: its waiting reservations without an expiry, oldest first (by day, then id). */
export function queue(rows: readonly Reservation[], titleId: number): Reservation[] {
  return rows
    .filter((r) => r.titleId === titleId && r.status === 'waiting' && r.expiresOn === '')
    .sort((a, b) => (a.reservedOn < b.reservedOn ? -1 : a.reservedOn > b.reservedOn ? 1 : a.id - b.id));
}

/** Until when a copy held today is kept for its reader. */
export function heldUntil(today: IsoDate, reservationDays: number): IsoDate {
  return addDays(today, reservationDays);
}
