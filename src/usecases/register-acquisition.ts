/**
 * Register an acquisition (a receipt batch): one or more titles, each with its price and number of
 * copies. Under the document lock it reads what it needs (settings counters, the index rows of titles
 * already in the catalogue, the small summary-book parts), decides, and then writes in one batch: new
 * catalogue records (or more copies of a known title), one inventory-book row per copy with a new
 * inventory number, one acquisitions-journal row per title, one summary-book part 1 row for the batch,
 * part 3 brought up to date, a gifts-journal row for a gift, the catalogue index, the counters, the
 * audit log. Bad input writes nothing.
 */
import { isbnKey } from '../domain/search';
import { encodeCopies, decodeCopies, withStatus, type CopyStatus } from '../domain/copies';
import { UserError } from '../domain/errors';
import {
  acquisitionBreakdown,
  authorTitle,
  breakdownCells,
  matchKey,
  nextRecordNo,
  placeYear,
  searchText,
  tenge,
  titleDescription,
  titleShelfMark,
  validateAcquisition,
  type AcquisitionForm,
  type AcquisitionLine,
  type TitleData,
  type Tiyn,
} from '../domain/fund';
import type { BookRecord } from '../domain/bibliographic';
import type { AcquisitionSource } from '../../sheets-template/options';
import { allocate } from '../domain/sequence';
import { numberPatterns } from '../domain/import';
import type { JournalRow } from '../journals/codec';
import { Settings } from '../journals/settings';
import type { JournalTable, StoredRow } from '../journals/table';
import { auditRow, writeAudit } from './audit';
import { type Env, setUpWorkbook, today } from './context';
import { prepareMovement } from './fund-movement';

export interface AcquisitionResult {
  recordNo: number;
  copies: number;
  sum: number;
  titles: Array<{ titleId: number; description: string; inventoryFrom: number; inventoryTo: number; copies: number; isNew: boolean }>;
}

export function registerAcquisition(env: Env, form: AcquisitionForm): AcquisitionResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const checked = validateAcquisition(form, day);
    if (!checked.ok) throw UserError.of(checked.errors);
    const batch = checked.value;

    // ---- read everything first ------------------------------------------------------------------
    const settings = Settings.read(wb);
    const index = wb.journal('catalogIndex');
    const knownTitle = knownTitles(index, batch.lines.map((l) => l.title));
    const known = (line: AcquisitionLine): StoredRow | undefined => knownTitle(line.title);

    const knownIds = batch.lines.map(known).filter((r): r is StoredRow => !!r).map((r) => Number(r.values.titleId));
    const catalog = wb.journal('catalog').prepare();
    const catalogRows = new Map(catalog.findBy('titleId', knownIds).map((r) => [Number(r.values.titleId), r]));
    const inventory = wb.journal('inventoryBook').prepare();
    const acquisitions = wb.journal('acquisitions').prepare();
    const receipts = wb.journal('summaryBookReceipts');
    const receiptRows = receipts.readAll();
    const gifts = batch.source === 'gift' ? wb.journal('gifts').prepare() : null;
    const movement = prepareMovement(wb, { receipts: receiptRows });
    wb.journal('auditLog').prepare();

    // ---- decide ---------------------------------------------------------------------------------
    const recordNo = nextRecordNo(receiptRows.map((r) => r.values.recordNo));
    let nextTitleId = settings.counter('nextTitleId');
    const totalCopies = batch.lines.reduce((n, l) => n + l.copies, 0);
    const { numbers, next: nextInventoryNo } = allocate(settings.counter('nextInventoryNo'), totalCopies);
    const figures = acquisitionBreakdown(batch);
    guardInventoryNumbers(inventory, settings, numbers);

    const newCatalogRows: JournalRow[] = [];
    const catalogUpdates: Array<{ rowNumber: number; values: JournalRow }> = [];
    const inventoryRows: JournalRow[] = [];
    const acquisitionRows: JournalRow[] = [];
    const newIndexRows: JournalRow[] = [];
    const indexUpdates: Array<{ rowNumber: number; values: JournalRow }> = [];
    const result: AcquisitionResult = { recordNo, copies: totalCopies, sum: tenge(figures.sum), titles: [] };
    const addedTo = new Map<number, { row: StoredRow; numbers: number[] }>();
    const createdHere = new Map<string, { titleId: number; numbers: number[]; title: TitleData }>();
    const lineKey = (line: AcquisitionLine) => (line.title.record.isbn ? `isbn:${isbnKey(line.title.record.isbn)}` : `key:${matchKey(line.title.record)}`);
    let cursor = 0;
    const now = env.clock.now().toISOString();

    for (const line of batch.lines) {
      const mine = numbers.slice(cursor, cursor + line.copies);
      cursor += line.copies;
      const existing = known(line);
      const sameAsEarlierLine = !existing ? createdHere.get(lineKey(line)) : undefined;
      let titleId: number;
      let isNew = false;
      if (existing) {
        titleId = Number(existing.values.titleId);
        const entry = addedTo.get(titleId) ?? { row: existing, numbers: [] };
        entry.numbers.push(...mine);
        addedTo.set(titleId, entry);
      } else if (sameAsEarlierLine) {
        titleId = sameAsEarlierLine.titleId;
        sameAsEarlierLine.numbers.push(...mine);
      } else {
        titleId = nextTitleId++;
        isNew = true;
        createdHere.set(lineKey(line), { titleId, numbers: [...mine], title: line.title });
      }
      const record = line.title.record;
      for (const inventoryNo of mine) inventoryRows.push(inventoryRow(batch.date, inventoryNo, record, line.price, recordNo, titleId));
      acquisitionRows.push(acquisitionRow(batch.date, record, line.price, mine, batch.source, recordNo, titleId));
      result.titles.push({ titleId, description: titleDescription(line.title), inventoryFrom: mine[0], inventoryTo: mine[mine.length - 1], copies: line.copies, isNew });
    }

    for (const { titleId, numbers: mine, title } of createdHere.values()) {
      newCatalogRows.push(catalogRow(titleId, title, mine.length, batch.date));
      newIndexRows.push(indexRow(titleId, title, encodeCopies(mine.map((n) => ({ inventoryNo: n, state: 'shelf' }))), now));
    }
    for (const [titleId, { row, numbers: mine }] of addedTo) {
      indexUpdates.push({ rowNumber: row.rowNumber, values: copiesAdded(row, mine, now) });
      const catalogRow = catalogRows.get(titleId);
      if (catalogRow) {
        const before = Number(catalogRow.values.copiesTotal) || 0;
        catalogUpdates.push({ rowNumber: catalogRow.rowNumber, values: { copiesTotal: before + mine.length } });
      }
    }

    const receiptRow: JournalRow = {
      date: batch.date,
      recordNo,
      source: batch.source,
      documentNo: batch.documentNo,
      documentDate: batch.documentDate || null,
      supplier: batch.supplier,
      ...breakdownCells(figures, 'copiesTotal'),
    };

    // ---- write: the counters first, so that no number can be handed out twice ----------------------
    settings.write({ nextInventoryNo, nextTitleId });
    catalog.append(newCatalogRows);
    catalog.update(catalogUpdates);
    inventory.append(inventoryRows);
    acquisitions.append(acquisitionRows);
    receipts.append([receiptRow]);
    if (gifts) {
      gifts.append([
        {
          date: batch.date,
          giver: batch.supplier,
          books: batch.lines.map((l) => authorTitle(l.title.record)).join('; '),
          copies: totalCopies,
          sum: tenge(figures.sum),
          actNo: batch.documentNo,
        },
      ]);
    }
    movement.write({ date: batch.date, figures }, null, Number(day.slice(0, 4)));
    index.append(newIndexRows);
    index.update(indexUpdates);
    writeAudit(wb, [
      auditRow(env, 'registerAcquisition', 'receipt', String(recordNo), {
        copies: totalCopies,
        sum: tenge(figures.sum),
        inventoryFrom: numbers[0],
        inventoryTo: numbers[numbers.length - 1],
        titles: result.titles.map((t) => t.titleId).join(','),
      }),
    ]);
    return result;
  });
}

export function catalogRow(titleId: number, title: TitleData, copies: number, createdOn: string): JournalRow {
  const r = title.record;
  return {
    titleId,
    authors: r.authors.join('; '),
    title: r.title,
    otherTitleInfo: r.otherTitleInfo ?? '',
    volume: r.volume ?? '',
    responsibility: r.responsibility ?? '',
    place: r.place ?? '',
    publisher: r.publisher ?? '',
    year: r.year ? Number(r.year) : null,
    pages: r.pages ? Number(r.pages) : null,
    isbn: r.isbn ?? '',
    bbk: title.bbk,
    udc: title.udc,
    authorSign: title.authorSign,
    language: r.language,
    section: title.section,
    docType: title.docType,
    annotation: title.annotation,
    keywords: title.keywords,
    copiesTotal: copies,
    createdOn,
  };
}

export function indexRow(titleId: number, title: TitleData, copies: string, updatedAt: string): JournalRow {
  const numbers = decodeCopies(copies).map((c) => c.inventoryNo);
  return {
    titleId,
    isbnKey: title.record.isbn ? isbnKey(title.record.isbn) : '',
    matchKey: matchKey(title.record),
    search: searchText(title, numbers),
    description: titleDescription(title),
    shelfMark: titleShelfMark(title),
    copies,
    updatedAt,
  };
}

/**
 * The catalogue index rows of titles the catalogue has already, found by ISBN, else by first author,
 * title and year (two text finders, no read of the catalogue); returns the lookup for each title.
 */
export function knownTitles(index: JournalTable, titles: readonly TitleData[]): (title: TitleData) => StoredRow | undefined {
  const byIsbn = new Map<string, StoredRow>();
  const byKey = new Map<string, StoredRow>();
  const isbns = titles.map((t) => (t.record.isbn ? isbnKey(t.record.isbn) : '')).filter((k) => k);
  for (const row of index.findBy('isbnKey', isbns)) byIsbn.set(String(row.values.isbnKey), row);
  const keys = titles.filter((t) => !t.record.isbn || !byIsbn.has(isbnKey(t.record.isbn))).map((t) => matchKey(t.record));
  for (const row of index.findBy('matchKey', keys)) byKey.set(String(row.values.matchKey), row);
  return (title) => (title.record.isbn ? byIsbn.get(isbnKey(title.record.isbn)) : undefined) ?? byKey.get(matchKey(title.record));
}

/** A counter lowered by hand must not hand out a number the inventory book already has: refuses before any write. */
export function guardInventoryNumbers(inventory: JournalTable, settings: Settings, numbers: readonly number[]): void {
  for (const pattern of numberPatterns(numbers)) {
    const taken = inventory.findMatching('inventoryNo', pattern, 1).rows[0];
    if (taken) throw new UserError('error.counterBehind', { setting: settings.title('nextInventoryNo'), no: Number(taken.values.inventoryNo) });
  }
}

/** A new copy's inventory-book row. */
export function inventoryRow(entryDate: string, inventoryNo: number, record: BookRecord, price: Tiyn, recordNo: number, titleId: number, note = ''): JournalRow {
  return {
    entryDate,
    inventoryNo,
    authorTitle: authorTitle(record),
    placeYear: placeYear(record),
    price: tenge(price),
    summaryRecordNo: recordNo,
    titleId,
    ...(note ? { note } : {}),
  };
}

/** A title's acquisitions-journal row: its copies (numbers in a run), price each, sum, source. */
export function acquisitionRow(date: string, record: BookRecord, price: Tiyn, numbers: readonly number[], source: AcquisitionSource, recordNo: number, titleId: number): JournalRow {
  return {
    date,
    authors: record.authors.join('; '),
    title: record.title,
    year: record.year ? Number(record.year) : null,
    price: tenge(price),
    inventoryFrom: numbers[0],
    inventoryTo: numbers[numbers.length - 1],
    copies: numbers.length,
    sum: tenge(price * numbers.length),
    source,
    summaryRecordNo: recordNo,
    titleId,
  };
}

/** A known title's index row with new copies on the shelf (and other copies' states changed, if any). */
export function copiesAdded(row: StoredRow, numbers: readonly number[], now: string, changes: readonly CopyStatus[] = []): JournalRow {
  const copies = withStatus(decodeCopies(row.values.copies), [...changes, ...numbers.map((n) => ({ inventoryNo: n, state: 'shelf' as const }))]);
  const search = String(row.values.search ?? '').replace(/\s*$/, ` ${numbers.join(' ')} `);
  return { copies: encodeCopies(copies), search, updatedAt: now };
}
