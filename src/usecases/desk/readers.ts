/**
 * Finding the reader at the desk, and the reader's card. No lock: they only read.
 * - A number is a ticket: that reader (even one who has left), found by a text finder.
 * - A class ("5А", "5 а") is every reader of that class, found by a text finder on the class column.
 * - Anything else is words of the name: every word must begin a word of the name, Kazakh letters,
 *   case and accents folded ("абен айг" finds "Әбенова Айгүл"). Sheets cannot fold, so the name search
 *   reads the ticket and name columns of the readers journal (one read of two columns; 1,500 readers
 *   are 3,000 cells), then the matching readers' rows by ticket.
 * Readers who have left are left out but by ticket. The hits' open loans come from one text finder
 * on the loans journal (open loans only).
 */
import type { IsoDate } from '../../domain/dates';
import { UserError } from '../../domain/errors';
import { DESK_LIMITS, nameMatches, readerQuery, ticketNumber } from '../../domain/loans';
import { fold } from '../../domain/search';
import { Settings } from '../../journals/settings';
import type { JournalTable, StoredRow } from '../../journals/table';
import type { Workbook } from '../../journals/workbook';
import { type Env, setUpWorkbook, today } from '../context';
import { active, queue } from '../../domain/reservations';
import { descriptions, loanView, openLoan, readerHit, type LoanView, type ReaderHit } from './loans';
import { reservationOf } from './reservations';

export function findReaders(env: Env, query: { query?: string; limit?: number }): ReaderHit[] {
  const wb = setUpWorkbook(env);
  const day = today(env, wb);
  const limit = Math.max(1, Math.min(Math.floor(Number(query?.limit)) || DESK_LIMITS.hitsDefault, DESK_LIMITS.hitsMax));
  const q = readerQuery(query?.query);
  const readers = wb.journal('readers');
  let rows: StoredRow[];
  switch (q.kind) {
    case 'none':
      return [];
    case 'ticket':
      rows = readers.findBy('ticketNo', [q.ticketNo]);
      break;
    case 'grade':
      rows = byName(readers.findMatching('grade', gradePattern(q.grade), Infinity).rows.filter(present)).slice(0, limit);
      break;
    case 'name':
      rows = byNameWords(readers, q.words, limit);
      break;
  }
  return hits(wb, rows, day);
}

/** A reservation on the reader's card: waiting (with its place in the title's queue) or holding a copy. */
export interface CardReservation {
  id: number;
  titleId: number;
  description: string;
  status: 'waiting' | 'held';
  /** 1 = next when a copy comes back; 0 when held. */
  position: number;
  /** The held copy and until when it is kept ('' and 0 while waiting). */
  inventoryNo: number;
  expiresOn: string;
}

/**
 * The reader at the desk: what the reader has, the reader's reservations still open (a text finder over
 * the reservations by ticket; the queues of the titles waited for by a second one), with the loan rules.
 */
export function readerCard(env: Env, ticket: unknown): { reader: ReaderHit; loans: LoanView[]; reservations: CardReservation[]; loanLimit: number; loanPeriodDays: number } {
  const wb = setUpWorkbook(env);
  const day = today(env, wb);
  const ticketNo = ticketNumber(ticket);
  if (ticketNo === null) throw new UserError('error.ticketNo', undefined, 'ticketNo');
  const settings = Settings.read(wb);
  const row = wb.journal('readers').findBy('ticketNo', [ticketNo])[0];
  if (!row) throw new UserError('error.readerUnknown', { ticketNo }, 'ticketNo');
  const loans = wb.journal('loans').findBy('ticketNo', [ticketNo]).map(openLoan);
  const reservationsJournal = wb.journal('reservations');
  const mine = reservationsJournal.findBy('ticketNo', [ticketNo]).map(reservationOf).filter((r) => active(r, day));
  const waitingTitles = [...new Set(mine.filter((r) => r.status === 'waiting').map((r) => r.titleId))];
  const queues = waitingTitles.length ? reservationsJournal.findBy('titleId', waitingTitles).map(reservationOf) : [];
  const titleIds = [...new Set([...loans.map((l) => l.titleId), ...mine.map((r) => r.titleId)].filter((id) => id > 0))];
  const described = descriptions(wb.journal('catalogIndex').findBy('titleId', titleIds));
  const reservations: CardReservation[] = mine
    .map((r) => ({
      id: r.id,
      titleId: r.titleId,
      description: described.get(r.titleId) ?? '',
      status: r.status === 'held' ? ('held' as const) : ('waiting' as const),
      position: r.status === 'waiting' ? queue(queues, r.titleId).findIndex((q) => q.id === r.id) + 1 : 0,
      inventoryNo: r.status === 'held' ? r.inventoryNo : 0,
      expiresOn: r.status === 'held' ? r.expiresOn : '',
    }))
    .sort((a, b) => (a.status === b.status ? a.id - b.id : a.status === 'held' ? -1 : 1));
  return {
    reader: readerHit(row, loans, day),
    loans: loans.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.loanId - b.loanId)).map((l) => loanView(l, described.get(l.titleId) ?? '', day)),
    reservations,
    loanLimit: settings.int('loanLimit'),
    loanPeriodDays: settings.int('loanPeriodDays'),
  };
}

function present(row: StoredRow): boolean {
  return row.values.status !== 'left';
}

function byName(rows: StoredRow[]): StoredRow[] {
  return rows
    .map((r) => ({ r, key: fold(r.values.fullName) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : Number(a.r.values.ticketNo) - Number(b.r.values.ticketNo)))
    .map((x) => x.r);
}

/** "5А" → a whole-cell pattern for 5А, 5а, 5 А, 5-а (both cases spelled out: Sheets' regex case folding of Cyrillic is not documented). */
function gradePattern(grade: string): string {
  const m = /^(\d+)(.*)$/.exec(grade)!;
  const letter = m[2];
  const cls = letter ? `[${letter.toLocaleUpperCase('kk')}${letter.toLocaleLowerCase('kk')}]` : '';
  return `\\s*${m[1]}\\s*[-–]?\\s*${cls}\\s*`;
}

/**
 * Readers whose name every word begins a word of: the ticket and name columns read once, the matches
 * sorted by name, then their whole rows by ticket, a batch at a time until `limit` present readers.
 */
function byNameWords(readers: JournalTable, words: readonly string[], limit: number): StoredRow[] {
  const matched = readers
    .readColumns(['ticketNo', 'fullName'])
    .filter((r) => Number(r.values.ticketNo) > 0 && nameMatches(words, r.values.fullName))
    .map((r) => ({ ticketNo: Number(r.values.ticketNo), key: fold(r.values.fullName) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.ticketNo - b.ticketNo));
  const out: StoredRow[] = [];
  for (let from = 0; from < matched.length && out.length < limit && from < 4 * limit; from += limit) {
    const batch = matched.slice(from, from + limit).map((m) => m.ticketNo);
    out.push(...byName(readers.findBy('ticketNo', batch)).filter(present));
  }
  return byName(out).slice(0, limit);
}

function hits(wb: Workbook, rows: readonly StoredRow[], day: IsoDate): ReaderHit[] {
  if (rows.length === 0) return [];
  const loans = wb.journal('loans').findBy('ticketNo', rows.map((r) => Number(r.values.ticketNo))).map(openLoan);
  return rows.map((r) => readerHit(r, loans, day));
}
