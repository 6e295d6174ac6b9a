/**
 * Write copies off the fund. Under the document lock: find the copies (a text finder over the inventory
 * book's inventory numbers, not a read of the whole book), refuse unknown ones, ones already written off
 * and ones on loan; then in one batch mark each inventory-book row with the act number and date (rows are
 * never deleted), write the act, a summary-book part 2 row, part 3, the catalogue index and counts, the
 * audit log; then generate the act as a Google Doc in <archive>/<year>/Acts and link it from the act row.
 */
import { UserError } from '../domain/errors';
import { addCopies, breakdownCells, emptyBreakdown, nextRecordNo, parseMoney, tenge, yearOfPlaceYear, type Classified, type Tiyn } from '../domain/fund';
import { nextActNo, refusals, validateWriteOff, type CopyOnRecord, type WriteOffForm } from '../domain/writeoff';
import { saveToArchive, type ArchivePort } from '../docs/port';
import { dayText } from '../domain/dates';
import { writeOffAct, type ActCopy, type WriteOffActData } from '../docs/write-off-act';
import { Settings } from '../journals/settings';
import type { StoredRow } from '../journals/table';
import type { Workbook } from '../journals/workbook';
import { libraryArchive } from './archive';
import { auditRow, writeAudit } from './audit';
import { type Env, setUpWorkbook, today } from './context';
import { prepareMovement } from './fund-movement';
import { indexUpdates } from './catalog-index';
import type { BookLanguage } from '../domain/bibliographic';
import type { DocType, SectionCode } from '../../sheets-template/options';

export interface WriteOffResult {
  actNo: string;
  copies: number;
  sum: number;
  docName: string;
  docUrl: string;
}

export function writeOffCopies(env: Env, form: WriteOffForm): WriteOffResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const checked = validateWriteOff(form, day);
    if (!checked.ok) throw UserError.of(checked.errors);
    const w = checked.value;

    // ---- read: the copies, whether they are on loan, their titles ------------------------------
    const inventory = wb.journal('inventoryBook');
    const copyRows = new Map<number, StoredRow>();
    for (const row of inventory.findBy('inventoryNo', w.inventoryNos)) copyRows.set(Number(row.values.inventoryNo), row);
    const onLoan = new Set<number>();
    for (const loan of wb.journal('loans').findBy('inventoryNo', w.inventoryNos)) {
      if (!loan.values.returnedOn) onLoan.add(Number(loan.values.inventoryNo));
    }
    const found = new Map<number, CopyOnRecord>();
    for (const [no, row] of copyRows) found.set(no, { inventoryNo: no, writeOffActNo: String(row.values.writeOffActNo ?? ''), onLoan: onLoan.has(no) });
    const refused = refusals(w.inventoryNos, found);
    // A copy cannot leave the fund before it entered it: a backdated act would rewrite closed years.
    for (const [no, row] of copyRows) {
      const entered = String(row.values.entryDate ?? '');
      if (entered && w.date < entered) refused.push({ field: 'date', key: 'error.writeOffBeforeEntry', params: { no, date: dayText(entered) } });
    }
    if (refused.length) throw UserError.of(refused);

    const titleIds = [...new Set([...copyRows.values()].map((r) => Number(r.values.titleId)).filter((id) => id > 0))];
    const catalog = wb.journal('catalog');
    const titles = new Map<number, StoredRow>();
    for (const row of catalog.findBy('titleId', titleIds)) titles.set(Number(row.values.titleId), row);
    const index = wb.journal('catalogIndex');
    const indexRows = index.findBy('titleId', titleIds);
    const acts = wb.journal('writeOffActs');
    const actRows = acts.readAll();
    const withdrawals = wb.journal('summaryBookWithdrawals');
    const withdrawalRows = withdrawals.readAll();
    const movement = prepareMovement(wb, { withdrawals: withdrawalRows });
    const settings = Settings.read(wb);
    wb.journal('auditLog').prepare();

    // ---- decide -----------------------------------------------------------------------------------
    const year = Number(w.date.slice(0, 4));
    const actNo = nextActNo(actRows.map((r) => r.values.actNo), year);
    const figures = emptyBreakdown();
    const actCopies: ActCopy[] = [];
    const removedPerTitle = new Map<number, number[]>();
    for (const no of w.inventoryNos) {
      const row = copyRows.get(no)!;
      const titleId = Number(row.values.titleId);
      addCopies(figures, classificationOf(titles.get(titleId)), 1, copyPrice(row));
      actCopies.push(actCopyOf(row));
      removedPerTitle.set(titleId, [...(removedPerTitle.get(titleId) ?? []), no]);
    }
    const total = tenge(figures.sum);
    const now = env.clock.now().toISOString();

    const writtenOff = new Map([...removedPerTitle].map(([titleId, gone]) => [titleId, gone.map((n) => ({ inventoryNo: n, state: 'writtenOff' as const }))]));
    const catalogUpdates = [...removedPerTitle].flatMap(([titleId, gone]) => {
      const row = titles.get(titleId);
      if (!row) return [];
      return [{ rowNumber: row.rowNumber, values: { copiesTotal: Math.max(0, (Number(row.values.copiesTotal) || 0) - gone.length) } }];
    });

    // The archive is opened before the first write: a settings journal without its archive row refuses here.
    const archive = libraryArchive(env, wb, settings);

    // ---- write --------------------------------------------------------------------------------------
    inventory.update(w.inventoryNos.map((no) => ({ rowNumber: copyRows.get(no)!.rowNumber, values: { writeOffActNo: actNo, writeOffDate: w.date } })));
    const [actRow] = acts.append([
      {
        actNo,
        date: w.date,
        reason: w.reason,
        copies: w.inventoryNos.length,
        sum: total,
        commission: w.commission.join('; '),
        approvedBy: w.approvedBy,
        note: w.note,
      },
    ]);
    withdrawals.append([
      {
        date: w.date,
        recordNo: nextRecordNo(withdrawalRows.map((r) => r.values.recordNo)),
        actNo,
        reason: w.reason,
        ...breakdownCells(figures, 'copiesTotal'),
      },
    ]);
    movement.write(null, { date: w.date, figures }, Math.max(year, Number(day.slice(0, 4))));
    index.update(indexUpdates(indexRows, writtenOff, now));
    catalog.update(catalogUpdates);
    writeAudit(wb, [auditRow(env, 'writeOffCopies', 'writeOffAct', actNo, { copies: w.inventoryNos.length, sum: total, reason: w.reason, inventoryNos: w.inventoryNos.join(' ') })]);
    wb.ss.flush();

    // ---- the act as a Doc, linked from its row ---------------------------------------------------------
    const saved = fileAct(env, wb, settings, archive, actRow, {
      actNo,
      date: w.date,
      reason: w.reason,
      approvedBy: w.approvedBy,
      commission: w.commission,
      copies: actCopies,
      total,
    });
    return { actNo, copies: w.inventoryNos.length, sum: total, docName: saved.docName, docUrl: saved.docUrl };
  });
}

/** The summary book's classification of a copy: its title's, or a book of social sciences in another language when the title is gone. */
export function classificationOf(title: StoredRow | undefined): Classified {
  return {
    docType: (title?.values.docType as DocType) || 'book',
    section: (title?.values.section as SectionCode) || 'social',
    language: (title?.values.language as BookLanguage) || 'other',
  };
}

/** A copy's price in tiyn, as its inventory-book row has it (0 when none). */
export function copyPrice(row: StoredRow): Tiyn {
  return parseMoney(row.values.price) ?? 0;
}

/** A copy as an act lists it, from its inventory-book row. */
export function actCopyOf(row: StoredRow): ActCopy {
  return {
    inventoryNo: Number(row.values.inventoryNo),
    authorTitle: String(row.values.authorTitle ?? ''),
    year: yearOfPlaceYear(row.values.placeYear),
    price: tenge(copyPrice(row)),
  };
}

/**
 * Writes the act as a Doc into <archive>/<year>/Acts (the year of the act) and links it from the act's
 * row: after the operation's batch, the journals flushed.
 */
export function fileAct(
  env: Env,
  wb: Workbook,
  settings: Settings,
  archive: ArchivePort,
  actRow: number,
  data: Omit<WriteOffActData, 'schoolName' | 'libraryName'>,
): { docName: string; docUrl: string } {
  const model = writeOffAct({ ...data, schoolName: settings.text('schoolName'), libraryName: settings.text('libraryName') }, wb.lang);
  const saved = saveToArchive(env.docs(), archive, Number(data.date.slice(0, 4)), 'Acts', model);
  wb.journal('writeOffActs').update([{ rowNumber: actRow, values: { docLink: saved.url } }]);
  return { docName: model.name, docUrl: saved.url };
}
