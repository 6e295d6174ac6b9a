/**
 * A copy lost by its reader (issue 4 "Lost book"), replaced by a book the reader brings or not. Under the
 * document lock, everything is checked and read before the first write: the form (the replacement as any
 * title of a receipt, with its price and one copy); the copy's open loan (loans, by inventory number: a
 * copy not on loan refuses), its inventory-book row, its reader, its title's catalogue and index rows;
 * for a replacement the title it adds a copy to (by ISBN, else author, title and year) and the counters
 * (a counter lowered by hand refuses); the acts, the summary book's parts, the debtors rows of the copy.
 *
 * Then in one batch: the loan closed into `loanHistory` with the condition "lost" and its `loans` row
 * deleted; the lost copy's inventory-book row marked with a new act (reason "lost by reader", one copy at
 * its price), the act's row and a summary-book part 2 row; with a replacement, a receipt with the source
 * "replacement" on the same day: the counters, an inventory-book row with a new number, an acquisitions
 * row, a part 1 row, the catalogue (a new record or one more copy) and the index, and the replacements
 * journal's row; part 3 once with the receipt and the withdrawal; the copy's debtors rows dropped; the
 * audit log. Then the act as a Doc in <archive>/<year>/Acts, linked from its row.
 *
 * A waiting reservation of the lost title stays waiting: there is no copy to hold (a replacement of the
 * same title goes to the shelf; the next return holds a copy as usual).
 */
import type { CopyStatus } from '../../domain/copies';
import { encodeCopies, decodeCopies, withStatus } from '../../domain/copies';
import { UserError } from '../../domain/errors';
import { addCopies, breakdownCells, emptyBreakdown, nextRecordNo, tenge } from '../../domain/fund';
import { latestCommission, lostBook, lostRefusals, validateLostCopy, type LostCopyForm } from '../../domain/lost';
import { allocate } from '../../domain/sequence';
import { nextActNo } from '../../domain/writeoff';
import { t } from '../../i18n';
import type { JournalRow } from '../../journals/codec';
import { Settings } from '../../journals/settings';
import type { StoredRow } from '../../journals/table';
import { libraryArchive } from '../archive';
import { auditRow, writeAudit } from '../audit';
import { type Env, setUpWorkbook, today } from '../context';
import { prepareDebtorsDrop } from '../debtors';
import { prepareMovement, type Entry } from '../fund-movement';
import { acquisitionRow, catalogRow, copiesAdded, guardInventoryNumbers, indexRow, inventoryRow, knownTitles } from '../register-acquisition';
import { actCopyOf, classificationOf, copyPrice, fileAct } from '../write-off';
import { closedLoanRow, descriptions, openLoan } from './loans';

export interface LostCopyResult {
  ticketNo: number;
  fullName: string;
  lostInventoryNo: number;
  description: string;
  actNo: string;
  actDocName: string;
  actDocUrl: string;
  newInventoryNo: number | null;
  newTitleId: number | null;
}

export function replaceLostCopy(env: Env, form: LostCopyForm): LostCopyResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const checked = validateLostCopy(form, day);
    if (!checked.ok) throw UserError.of(checked.errors);
    const lost = checked.value;
    const no = lost.inventoryNo;
    const replacement = lost.replacement;

    // ---- read: the loan, the copy, the reader ---------------------------------------------------------
    const loans = wb.journal('loans');
    const loanRow = loans.findBy('inventoryNo', [no])[0];
    const loan = loanRow ? openLoan(loanRow) : null;
    const inventory = wb.journal('inventoryBook');
    const copyRow: StoredRow | undefined = loan ? inventory.findBy('inventoryNo', [no])[0] : undefined;
    const refused = lostRefusals(no, { ticketNo: loan ? loan.ticketNo : null, inInventory: !!copyRow, writeOffActNo: String(copyRow?.values.writeOffActNo ?? '') });
    if (refused.length || !loan || !copyRow) throw UserError.of(refused);
    const reader = wb.journal('readers').findBy('ticketNo', [loan.ticketNo])[0];
    const fullName = String(reader?.values.fullName ?? '');

    // ---- read: the titles (the lost copy's, the one the replacement joins), the fund's books ------------
    const lostTitleId = Number(copyRow.values.titleId) || loan.titleId;
    const index = wb.journal('catalogIndex').prepare();
    const lostIndexRows = lostTitleId > 0 ? index.findBy('titleId', [lostTitleId]) : [];
    const known = replacement ? knownTitles(index, [replacement.title])(replacement.title) : undefined;
    const knownId = known ? Number(known.values.titleId) : 0;
    const catalog = wb.journal('catalog').prepare();
    const catalogRows = new Map(catalog.findBy('titleId', [lostTitleId, knownId].filter((id) => id > 0)).map((r) => [Number(r.values.titleId), r]));
    const acts = wb.journal('writeOffActs');
    const actRows = acts.readAll();
    const withdrawals = wb.journal('summaryBookWithdrawals');
    const withdrawalRows = withdrawals.readAll();
    const receipts = wb.journal('summaryBookReceipts');
    const receiptRows = receipts.readAll();
    const movement = prepareMovement(wb, { receipts: receiptRows, withdrawals: withdrawalRows });
    const settings = Settings.read(wb);
    const counters = replacement ? allocate(settings.counter('nextInventoryNo'), 1) : null;
    if (counters) guardInventoryNumbers(inventory, settings, counters.numbers);
    inventory.prepare();
    const history = wb.journal('loanHistory').prepare();
    const acquisitions = replacement ? wb.journal('acquisitions').prepare() : null;
    const replacementsJournal = replacement ? wb.journal('replacements').prepare() : null;
    const dropDebtors = prepareDebtorsDrop(wb, [no]);
    wb.journal('auditLog').prepare();

    // ---- decide ---------------------------------------------------------------------------------------
    const lang = wb.lang;
    const year = Number(day.slice(0, 4));
    const now = env.clock.now().toISOString();
    const actNo = nextActNo(actRows.map((r) => r.values.actNo), year);
    const price = copyPrice(copyRow);
    const withdrawn = addCopies(emptyBreakdown(), classificationOf(catalogRows.get(lostTitleId)), 1, price);
    const latest = latestCommission(actRows.map((r) => r.values));
    const commission = lost.commission.length ? lost.commission : latest.commission;
    const approvedBy = lost.approvedBy || latest.approvedBy;
    // A legal act names its commission: the library's first act needs it typed (later ones repeat the last).
    if (!commission.length) throw new UserError('error.commission', undefined, 'commission');
    const readerName = fullName || t(lang, 'lost.readerUnknown', { ticketNo: loan.ticketNo });

    // Per title: copies in the catalogue (−1 lost, +1 replacement); per index row: copies changed, copies added.
    const delta = new Map<number, number>();
    const touched = new Map<number, { row: StoredRow; changes: CopyStatus[]; added: number[] }>();
    const touch = (row: StoredRow) => {
      const entry = touched.get(row.rowNumber) ?? { row, changes: [], added: [] };
      touched.set(row.rowNumber, entry);
      return entry;
    };
    if (lostTitleId > 0) delta.set(lostTitleId, -1);
    for (const row of lostIndexRows) touch(row).changes.push({ inventoryNo: no, state: 'writtenOff' });
    const newCatalogRows: JournalRow[] = [];
    const newIndexRows: JournalRow[] = [];

    let received: Entry | null = null;
    let newInventoryNo: number | null = null;
    let newTitleId: number | null = null;
    let recordNo = 0;
    let nextTitleId = settings.counter('nextTitleId');
    if (replacement && counters) {
      newInventoryNo = counters.numbers[0];
      recordNo = nextRecordNo(receiptRows.map((r) => r.values.recordNo));
      const title = replacement.title;
      received = {
        date: day,
        figures: addCopies(emptyBreakdown(), { docType: title.docType, section: title.section, language: title.record.language }, 1, replacement.price),
      };
      if (known) {
        newTitleId = knownId;
        touch(known).added.push(newInventoryNo);
      } else {
        newTitleId = nextTitleId++;
        newCatalogRows.push(catalogRow(newTitleId, title, 1, day));
        newIndexRows.push(indexRow(newTitleId, title, encodeCopies([{ inventoryNo: newInventoryNo, state: 'shelf' }]), now));
      }
      delta.set(newTitleId, (delta.get(newTitleId) ?? 0) + 1);
    }
    const catalogUpdates = [...delta].flatMap(([titleId, change]) => {
      const row = catalogRows.get(titleId);
      if (!row || change === 0) return [];
      return [{ rowNumber: row.rowNumber, values: { copiesTotal: Math.max(0, (Number(row.values.copiesTotal) || 0) + change) } as JournalRow }];
    });
    const indexChanges = [...touched.values()].map(({ row, changes, added }) => ({
      rowNumber: row.rowNumber,
      values: added.length ? copiesAdded(row, added, now, changes) : ({ copies: encodeCopies(withStatus(decodeCopies(row.values.copies), changes)), updatedAt: now } as JournalRow),
    }));
    const lostOne = lostBook(catalogRows.get(lostTitleId)?.values ?? null, copyRow.values);
    const description = descriptions(lostIndexRows).get(lostTitleId) || String(copyRow.values.authorTitle ?? '');
    const actNote = [t(lang, 'lost.actNote', { name: readerName, ticketNo: loan.ticketNo }), newInventoryNo ? t(lang, 'lost.actNoteReplaced', { newNo: newInventoryNo }) : '', replacement ? '' : lost.note]
      .filter((s) => s)
      .join('; ');

    // The archive is opened before the first write: a settings journal without its archive row refuses here.
    const archive = libraryArchive(env, wb, settings);

    // ---- write: the counters first, so that no number can be handed out twice --------------------------
    if (counters) settings.write({ nextInventoryNo: counters.next, nextTitleId });
    history.append([closedLoanRow(loan, day, 'lost', lost.note)]);
    inventory.update([{ rowNumber: copyRow.rowNumber, values: { writeOffActNo: actNo, writeOffDate: day } }]);
    if (replacement && newInventoryNo && newTitleId) {
      inventory.append([inventoryRow(day, newInventoryNo, replacement.title.record, replacement.price, recordNo, newTitleId, t(lang, 'lost.inventoryNote', { no }))]);
    }
    const [actRow] = acts.append([
      { actNo, date: day, reason: 'lostByReader', copies: 1, sum: tenge(price), commission: commission.join('; '), approvedBy, note: actNote },
    ]);
    withdrawals.append([
      { date: day, recordNo: nextRecordNo(withdrawalRows.map((r) => r.values.recordNo)), actNo, reason: 'lostByReader', ...breakdownCells(withdrawn, 'copiesTotal') },
    ]);
    if (replacement && received && newInventoryNo && newTitleId) {
      receipts.append([
        {
          date: day,
          recordNo,
          source: 'replacement',
          documentNo: '',
          documentDate: null,
          supplier: readerName,
          note: t(lang, 'lost.receiptNote', { no, actNo }),
          ...breakdownCells(received.figures, 'copiesTotal'),
        },
      ]);
      acquisitions!.append([acquisitionRow(day, replacement.title.record, replacement.price, [newInventoryNo], 'replacement', recordNo, newTitleId)]);
    }
    movement.write(received, { date: day, figures: withdrawn }, year);
    catalog.append(newCatalogRows);
    catalog.update(catalogUpdates);
    index.append(newIndexRows);
    index.update(indexChanges);
    if (replacement && replacementsJournal && newInventoryNo) {
      const record = replacement.title.record;
      replacementsJournal.append([
        {
          date: day,
          readerName,
          lostInventoryNo: no,
          lostAuthor: lostOne.author,
          lostTitle: lostOne.title,
          lostYear: lostOne.year,
          lostPrice: tenge(price),
          lostDepartment: lost.lostDepartment,
          newAuthor: record.authors.join('; '),
          newTitle: record.title,
          newYear: record.year ? Number(record.year) : null,
          newPrice: tenge(replacement.price),
          newDepartment: replacement.department,
          readerSigned: lost.readerSigned,
          ticketNo: loan.ticketNo,
          newInventoryNo,
          note: lost.note,
        },
      ]);
    }
    loans.deleteRows([loan.rowNumber]);
    dropDebtors();
    writeAudit(wb, [
      auditRow(env, 'replaceLostCopy', 'writeOffAct', actNo, { inventoryNo: no, ticketNo: loan.ticketNo, loanId: loan.loanId, sum: tenge(price), reason: 'lostByReader' }),
      ...(received && newInventoryNo
        ? [auditRow(env, 'replaceLostCopy', 'receipt', String(recordNo), { copies: 1, sum: tenge(received.figures.sum), inventoryNo: newInventoryNo, titleId: newTitleId, replaces: no })]
        : []),
    ]);
    wb.ss.flush();

    // ---- the act as a Doc, linked from its row -------------------------------------------------------------
    const saved = fileAct(env, wb, settings, archive, actRow, {
      actNo,
      date: day,
      reason: 'lostByReader',
      approvedBy,
      commission,
      copies: [actCopyOf(copyRow)],
      total: tenge(price),
    });
    return {
      ticketNo: loan.ticketNo,
      fullName,
      lostInventoryNo: no,
      description,
      actNo,
      actDocName: saved.docName,
      actDocUrl: saved.docUrl,
      newInventoryNo,
      newTitleId,
    };
  });
}
