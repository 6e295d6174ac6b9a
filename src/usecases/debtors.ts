/**
 * The debtors journal (Кітап қайтармағандар / Задолжники): readers with books past their due date, one
 * row per overdue copy. It is a list the add-on keeps, derived from the facts in `loans` (open loans
 * only): a copy that comes back or is written off as lost leaves it at once (prepareDebtorsDrop, run by
 * those operations), and a refresh rewrites it to exactly the loans overdue today.
 *
 * Being derived, the list belongs to the add-on: a refresh lays the current list over the rows there
 * are, in order (class in natural order, then teachers, staff, others; name; due date), updating a row
 * only where it differs, appending what is new and deleting the rows left over at the bottom. A note the
 * librarian types in a column of her own beside it does not follow a reader (keep such notes in the
 * readers journal): the rows are the list of the day, not records. For the same reason a refresh is not
 * written to the audit log (the loans it is derived from are).
 *
 * Then the reminder slips: a Doc of one slip a reader, grouped by class, for the class teachers to hand
 * out, in <archive>/<year>/Readers (with the formulars: the reader file, not a report for the director).
 */
import { saveToArchive, type ArchiveKind } from '../docs/port';
import { debtorSlipsDoc, compareEntries, groupSlips, type DebtorEntry } from '../docs/debtor-slips';
import { authorAndTitle } from '../docs/formular';
import type { IsoDate } from '../domain/dates';
import { daysOverdue } from '../domain/loans';
import { Settings } from '../journals/settings';
import type { JournalRow } from '../journals/codec';
import type { StoredRow } from '../journals/table';
import type { Workbook } from '../journals/workbook';
import { libraryArchive } from './archive';
import { type Env, setUpWorkbook, today } from './context';
import { openLoan } from './desk/loans';

/**
 * The archive folder of the reader file (formulars and reminder slips): children's personal data, kept
 * apart from the Reports the director is given.
 */
export const READERS_FOLDER: ArchiveKind = 'Readers';

/**
 * Reads the debtors rows of these copies now (a text finder, not the whole list) and returns the write
 * that removes them, to run with the operation's other writes.
 */
export function prepareDebtorsDrop(wb: Workbook, inventoryNos: readonly number[]): () => void {
  if (!inventoryNos.length) return () => undefined;
  const table = wb.journal('debtors');
  const rows = table.findBy('inventoryNo', inventoryNos);
  return () => table.deleteRows(rows.map((r) => r.rowNumber));
}

export interface DebtorsRefresh {
  /** the overdue copies, in the journal's order */
  entries: DebtorEntry[];
  /** what the rewrite will do to the journal's rows */
  updated: number;
  appended: number;
  deleted: number;
  /** the rewrite, to run with the operation's other writes */
  write(): void;
}

/** The journal row of an overdue copy. */
function debtorRow(e: DebtorEntry, day: IsoDate): JournalRow {
  return {
    ticketNo: e.ticketNo,
    fullName: e.fullName,
    grade: e.grade,
    inventoryNo: e.inventoryNo,
    title: e.authorTitle,
    dueOn: e.dueOn,
    daysOverdue: e.daysOverdue,
    updatedOn: day,
  };
}

const same = (a: unknown, b: unknown): boolean => String(a ?? '') === String(b ?? '');

/**
 * Reads what the refresh needs (the whole `loans` journal: open loans only, it stays small; the overdue
 * loans' readers and titles by text finder; the debtors journal) and returns the rewrite. For a use case
 * that holds the document lock; `refreshDebtors` is the one that takes it.
 */
export function prepareDebtorsRefresh(wb: Workbook, day: IsoDate): DebtorsRefresh {
  const overdue = wb
    .journal('loans')
    .readAll()
    .map(openLoan)
    .filter((l) => l.inventoryNo > 0 && daysOverdue(l.dueOn, day) > 0);
  const readers = new Map(wb.journal('readers').findBy('ticketNo', [...new Set(overdue.map((l) => l.ticketNo))]).map((r) => [Number(r.values.ticketNo), r.values]));
  const titleIds = [...new Set(overdue.map((l) => l.titleId).filter((id) => id > 0))];
  const titles = new Map(wb.journal('catalogIndex').findBy('titleId', titleIds).map((r) => [Number(r.values.titleId), authorAndTitle(String(r.values.description ?? ''))]));
  const table = wb.journal('debtors');
  const existing: StoredRow[] = table.readAll();

  const entries: DebtorEntry[] = overdue
    .map((l) => {
      const reader = readers.get(l.ticketNo);
      return {
        ticketNo: l.ticketNo,
        fullName: String(reader?.fullName ?? ''),
        category: String(reader?.category ?? ''),
        grade: String(reader?.grade ?? ''),
        inventoryNo: l.inventoryNo,
        authorTitle: titles.get(l.titleId) ?? '',
        dueOn: l.dueOn,
        daysOverdue: daysOverdue(l.dueOn, day),
      };
    })
    .sort(compareEntries);

  const wanted = entries.map((e) => debtorRow(e, day));
  const updates = wanted.slice(0, existing.length).flatMap((values, i) => {
    const row = existing[i];
    return Object.keys(values).every((k) => same(values[k], row.values[k])) ? [] : [{ rowNumber: row.rowNumber, values }];
  });
  const appended = wanted.slice(existing.length);
  const leftOver = existing.slice(wanted.length).map((r) => r.rowNumber);
  return {
    entries,
    updated: updates.length,
    appended: appended.length,
    deleted: leftOver.length,
    write() {
      table.update(updates);
      table.append(appended);
      table.deleteRows(leftOver);
    },
  };
}

/** Brings the debtors journal up to date, under the document lock. */
export function refreshDebtors(env: Env): { day: IsoDate; entries: DebtorEntry[]; updated: number; appended: number; deleted: number } {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const refresh = prepareDebtorsRefresh(wb, day);
    refresh.write();
    return { day, entries: refresh.entries, updated: refresh.updated, appended: refresh.appended, deleted: refresh.deleted };
  });
}

export interface DebtorSlipsResult {
  /** '' when nobody is overdue (no Doc is made) */
  name: string;
  url: string;
  readers: number;
  copies: number;
  /** groups of slips: classes, then teachers, staff, others */
  classes: number;
  /** where the Doc is: the archive's root folder, and the path inside it ("2026 / Readers") */
  archiveUrl: string;
  folder: string;
}

/**
 * Brings the debtors journal up to date, then writes the reminder slips Doc (replacing the one made the
 * same day). With nobody overdue, no Doc (and no archive folder): the result has no name.
 */
export function printDebtorSlips(env: Env): DebtorSlipsResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const refresh = prepareDebtorsRefresh(wb, day);
    const settings = Settings.read(wb);
    // The archive is opened before the journal is written: a settings journal without its archive row refuses here.
    const archive = refresh.entries.length ? libraryArchive(env, wb, settings) : null;
    refresh.write();
    if (!archive) return { name: '', url: '', readers: 0, copies: 0, classes: 0, archiveUrl: '', folder: '' };
    wb.ss.flush();

    const groups = groupSlips(refresh.entries);
    const model = debtorSlipsDoc({ date: day, libraryName: settings.text('libraryName') || settings.text('schoolName'), groups }, wb.lang);
    const year = Number(day.slice(0, 4));
    const saved = saveToArchive(env.docs(), archive, year, READERS_FOLDER, model);
    return {
      name: model.name,
      url: saved.url,
      readers: groups.reduce((n, g) => n + g.slips.length, 0),
      copies: refresh.entries.length,
      classes: groups.length,
      archiveUrl: archive.rootUrl(),
      folder: `${year} / ${READERS_FOLDER}`,
    };
  });
}
