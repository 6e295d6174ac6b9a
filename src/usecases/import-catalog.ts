/**
 * Import an existing catalogue: a dry run that reports every line and writes nothing, and a commit
 * that writes the whole file or nothing. Both parse the text and check every line again (the commit
 * does not trust an earlier dry run: the catalogue may have changed in between); the commit does it
 * under the document lock.
 *
 * What it reads, never whole: the catalogue index rows whose ISBN key or match key a line has (text
 * finders, in chunks), the inventory-book rows holding a number the file gives (a text finder whose
 * pattern is the file's numbers as ranges), the audit-log row of an earlier import of the same content
 * (a text finder on the fingerprint). Read whole, as a receipt does: the settings, summary-book parts 1
 * and 3 (small).
 *
 * What a commit writes, in one batch like one big receipt: catalogue rows for new titles (copy counts
 * of known titles updated), one inventory-book row per copy, summary-book part 1 (one row per date of
 * entry: source "other", note "Каталог импорты"), part 3 recomputed from parts 1 and 2, the catalogue
 * index, the counters (nextTitleId; nextInventoryNo past every number used), one audit-log row. The
 * acquisitions journal is left alone: it lists new receipts, and an imported catalogue is the fund the
 * library already had.
 */
import { decodeCopies, encodeCopies, withStatus, type CopyStatus } from '../domain/copies';
import { readCsv, type Separator } from '../domain/csv-read';
import { isoDateInZone, type IsoDate } from '../domain/dates';
import { UserError } from '../domain/errors';
import { addCopies, authorTitle, breakdownCells, emptyBreakdown, nextRecordNo, placeYear, tenge, type Breakdown } from '../domain/fund';
import {
  allocateInventory,
  checkLine,
  checkMapping,
  chunkByLength,
  contentHash,
  IMPORT_LIMITS,
  numberPatterns,
  resolveLines,
  summarize,
  type ImportDefaults,
  type ImportSummary,
  type ProblemOf,
  type ResolvedLine,
} from '../domain/import';
import { isMessageKey, t, type MessageKey } from '../i18n';
import type { JournalRow } from '../journals/codec';
import { Settings } from '../journals/settings';
import type { JournalTable, StoredRow } from '../journals/table';
import { auditRow, writeAudit } from './audit';
import { type Env, setUpWorkbook, today } from './context';
import { prepareMovement } from './fund-movement';
import { catalogRow, indexRow } from './register-acquisition';

export interface ImportInput {
  text?: unknown;
  mapping?: unknown;
  header?: unknown;
  defaults?: Partial<ImportDefaults> | null;
  mode?: unknown;
}

export interface ImportOutcome {
  mode: 'dryRun' | 'commit';
  committed: boolean;
  separator: Separator;
  /** The header cells (or [] when the file has none). */
  header: string[];
  mapping: string[];
  summary: ImportSummary & { numberFrom: number };
  /** Problems of the whole file: nothing can be imported while there is one. */
  fileProblems: ProblemOf[];
  lines: ResolvedLine[];
  recordNos: number[];
}

/** Most inventory-book rows read to report numbers already taken: past that, the file is refused as a whole. */
const MAX_TAKEN_READ = 500;

export function importCatalog(env: Env, input: ImportInput): ImportOutcome {
  const mode = input.mode === 'commit' ? 'commit' : 'dryRun';
  const run = () => analyseAndMaybeWrite(env, input, mode);
  return mode === 'commit' ? env.lock.withDocumentLock(run) : run();
}

function analyseAndMaybeWrite(env: Env, input: ImportInput, mode: 'dryRun' | 'commit'): ImportOutcome {
  const wb = setUpWorkbook(env);
  const day = today(env, wb);

  // ---- the request: text, mapping, defaults ---------------------------------------------------------
  const text = typeof input.text === 'string' ? input.text : '';
  if (!text.trim()) throw new UserError('import.error.empty', undefined, 'text');
  if (text.length > IMPORT_LIMITS.textChars) throw new UserError('import.error.tooLarge', { max: IMPORT_LIMITS.textChars }, 'text');
  const mapping = Array.isArray(input.mapping) ? input.mapping.map((m) => (typeof m === 'string' ? m : '')) : [];
  const defaults: ImportDefaults = {
    language: String(input.defaults?.language ?? ''),
    section: String(input.defaults?.section ?? ''),
    docType: String(input.defaults?.docType ?? ''),
  };
  const mappingProblems = checkMapping(mapping, defaults);
  if (mappingProblems.length) {
    // "{field}" in her language: the caption the sidebar shows for that field.
    const caption = (f: unknown) => (isMessageKey(`import.field.${String(f)}`) ? t(wb.lang, `import.field.${String(f)}` as MessageKey) : String(f));
    throw UserError.of(mappingProblems.map((p) => (p.params && 'field' in p.params ? { ...p, params: { ...p.params, field: caption(p.params.field) } } : p)));
  }
  const table = readCsv(text);
  const hasHeader = input.header !== false;
  const header = hasHeader && table.records.length ? table.records[0].cells : [];
  const records = hasHeader ? table.records.slice(1) : table.records;
  if (records.length === 0) throw new UserError('import.error.noLines', undefined, 'text');
  if (records.length > IMPORT_LIMITS.lines) throw new UserError('import.error.tooManyLines', { count: records.length, max: IMPORT_LIMITS.lines }, 'text');

  // ---- each line alone ---------------------------------------------------------------------------------
  const checked = records.map((r) => checkLine(r, mapping, defaults, day));
  const valid = checked.filter((l) => l.value);

  // ---- what the workbook already holds -------------------------------------------------------------------
  const index = wb.journal('catalogIndex');
  const indexByTitle = new Map<number, StoredRow>();
  const byIsbn = new Map<string, number>();
  const byKey = new Map<string, number>();
  const remember = (row: StoredRow) => {
    const id = Number(row.values.titleId);
    if (!(id > 0)) return;
    indexByTitle.set(id, row);
    const isbn = String(row.values.isbnKey ?? '');
    const key = String(row.values.matchKey ?? '');
    if (isbn && !byIsbn.has(isbn)) byIsbn.set(isbn, id);
    if (key && !byKey.has(key)) byKey.set(key, id);
  };
  for (const row of findInChunks(index, 'isbnKey', valid.map((l) => l.isbnKey))) remember(row);
  for (const row of findInChunks(index, 'matchKey', valid.map((l) => l.matchKey))) remember(row);

  const fileProblems: ProblemOf[] = [];
  const inventory = wb.journal('inventoryBook');
  const given = valid.flatMap((l) => l.value!.numbers);
  const taken = new Set<number>();
  let readTaken = 0;
  for (const pattern of numberPatterns(given)) {
    if (readTaken >= MAX_TAKEN_READ) break;
    const found = inventory.findMatching('inventoryNo', pattern, MAX_TAKEN_READ - readTaken);
    readTaken += found.rows.length;
    for (const row of found.rows) taken.add(Number(row.values.inventoryNo));
    if (found.more) readTaken = MAX_TAKEN_READ;
  }
  if (readTaken >= MAX_TAKEN_READ) fileProblems.push({ field: 'text', key: 'import.error.manyTaken', params: { count: MAX_TAKEN_READ } });

  const hash = contentHash(records);
  const earlier = wb.journal('auditLog').findContaining('details', hash, 1).rows[0];
  if (earlier) {
    const at = String(earlier.values.at ?? '');
    const date = at && !isNaN(Date.parse(at)) ? isoDateInZone(new Date(at), wb.timeZone) : at;
    fileProblems.push({ field: 'text', key: 'import.error.sameFile', params: { date } });
  }

  // ---- the lines together ------------------------------------------------------------------------------------
  const lines = resolveLines(checked, { byIsbn, byKey, taken });
  const summary = summarize(lines);
  if (summary.copies > IMPORT_LIMITS.copies) fileProblems.push({ field: 'text', key: 'import.error.tooManyCopies', params: { count: summary.copies, max: IMPORT_LIMITS.copies } });
  const settings = Settings.read(wb);
  const ok = lines.filter((l) => l.disposition.kind !== 'error' && l.value);
  const allocation = allocateInventory(ok.map((l) => l.value!), settings.counter('nextInventoryNo'));
  const outcome: ImportOutcome = {
    mode,
    committed: false,
    separator: table.separator,
    header,
    mapping,
    summary: { ...summary, numberFrom: summary.toNumber ? allocation.from : 0 },
    fileProblems,
    lines,
    recordNos: [],
  };
  if (mode === 'dryRun' || summary.errorLines > 0 || fileProblems.length > 0) return outcome;

  // ---- commit: read the rest, decide, write ------------------------------------------------------------------
  const existingIds = [...new Set(ok.map((l) => (l.disposition.kind === 'existing' ? l.disposition.titleId : 0)).filter((id) => id > 0))];
  const catalog = wb.journal('catalog').prepare();
  const catalogRows = new Map(findInChunks(catalog, 'titleId', existingIds.map(String)).map((r) => [Number(r.values.titleId), r]));
  inventory.prepare();
  index.prepare();
  const receipts = wb.journal('summaryBookReceipts');
  const receiptRows = receipts.readAll();
  wb.journal('auditLog').prepare();

  // Title ids: a new line makes a title; a later line of the same title and a known title add to it.
  let nextTitleId = settings.counter('nextTitleId');
  const titleOfRow = new Map<number, number>();
  const created = new Map<number, { line: ResolvedLine; numbers: number[] }>();
  const added = new Map<number, number[]>();
  // Part 1: one row per date of entry, numbered in date order after the records already there.
  const dates = [...new Set(ok.map((l) => l.value!.entryDate || day))].sort();
  const firstRecordNo = nextRecordNo(receiptRows.map((r) => r.values.recordNo));
  const recordNoOf = new Map(dates.map((d, i) => [d, firstRecordNo + i]));
  const figures = new Map<IsoDate, Breakdown>(dates.map((d) => [d, emptyBreakdown()]));
  const inventoryRows: JournalRow[] = [];

  ok.forEach((line, i) => {
    const v = line.value!;
    const mine = allocation.numbers[i];
    const d = line.disposition;
    let titleId: number;
    if (d.kind === 'existing') {
      titleId = d.titleId;
      added.set(titleId, [...(added.get(titleId) ?? []), ...mine]);
    } else if (d.kind === 'sameAs') {
      titleId = titleOfRow.get(d.row)!;
      const entry = created.get(titleId);
      if (entry) entry.numbers.push(...mine);
      else added.set(titleId, [...(added.get(titleId) ?? []), ...mine]);
    } else {
      titleId = nextTitleId++;
      created.set(titleId, { line, numbers: [...mine] });
    }
    titleOfRow.set(line.row, titleId);
    const date = v.entryDate || day;
    const record = v.title.record;
    addCopies(figures.get(date)!, { docType: v.title.docType, section: v.title.section, language: record.language }, v.copies, v.price);
    for (const inventoryNo of mine) {
      inventoryRows.push({
        entryDate: date,
        inventoryNo,
        authorTitle: authorTitle(record),
        placeYear: placeYear(record),
        price: tenge(v.price),
        summaryRecordNo: recordNoOf.get(date)!,
        titleId,
      });
    }
  });

  const now = env.clock.now().toISOString();
  const shelf = (numbers: readonly number[]): CopyStatus[] => numbers.map((n) => ({ inventoryNo: n, state: 'shelf' as const }));
  const newCatalogRows: JournalRow[] = [];
  const newIndexRows: JournalRow[] = [];
  for (const [titleId, { line, numbers }] of created) {
    newCatalogRows.push(catalogRow(titleId, line.value!.title, numbers.length, day));
    newIndexRows.push(indexRow(titleId, line.value!.title, encodeCopies(shelf(numbers)), now));
  }
  const catalogUpdates: Array<{ rowNumber: number; values: JournalRow }> = [];
  const indexUpdates: Array<{ rowNumber: number; values: JournalRow }> = [];
  for (const [titleId, numbers] of added) {
    const row = indexByTitle.get(titleId);
    if (row) {
      const copies = withStatus(decodeCopies(row.values.copies), shelf(numbers));
      const search = String(row.values.search ?? '').replace(/\s*$/, ` ${numbers.join(' ')} `);
      indexUpdates.push({ rowNumber: row.rowNumber, values: { copies: encodeCopies(copies), search, updatedAt: now } });
    }
    const catalogued = catalogRows.get(titleId);
    if (catalogued) catalogUpdates.push({ rowNumber: catalogued.rowNumber, values: { copiesTotal: (Number(catalogued.values.copiesTotal) || 0) + numbers.length } });
  }

  const note = t(wb.lang, 'import.part1Note');
  const newReceipts: JournalRow[] = dates.map((date) => ({
    date,
    recordNo: recordNoOf.get(date)!,
    source: 'other',
    documentNo: '',
    documentDate: null,
    supplier: '',
    note,
    ...breakdownCells(figures.get(date)!, 'copiesTotal'),
  }));
  // Part 3 from parts 1 and 2 as they will stand, the new part-1 rows included.
  const movement = prepareMovement(wb, { receipts: [...receiptRows, ...newReceipts.map((values) => ({ rowNumber: 0, values }))] });

  // ---- write ----------------------------------------------------------------------------------------------------
  catalog.append(newCatalogRows);
  catalog.update(catalogUpdates);
  // In number order, as a paper inventory book reads (the file's order is not the book's).
  inventory.append(inventoryRows.sort((a, b) => Number(a.inventoryNo) - Number(b.inventoryNo)));
  receipts.append(newReceipts);
  movement.write(null, null, Number(day.slice(0, 4)));
  index.append(newIndexRows);
  index.update(indexUpdates);
  settings.write({ nextInventoryNo: allocation.next, nextTitleId });
  const recordNos = dates.map((d) => recordNoOf.get(d)!);
  writeAudit(wb, [
    auditRow(env, 'importCatalog', 'import', hash, {
      fileHash: hash,
      lines: summary.lines,
      newTitles: summary.newTitles,
      copies: summary.copies,
      sum: tenge(summary.sum),
      recordNos: recordNos.join(','),
      numbered: summary.toNumber ? `${allocation.from}-${allocation.next - 1}` : '',
    }),
  ]);
  return { ...outcome, committed: true, recordNos };
}

/** findBy over many values: one text finder per chunk of values (a pattern stays a few KB long). */
function findInChunks(table: JournalTable, key: string, values: readonly string[]): StoredRow[] {
  const wanted = [...new Set(values.filter((v) => v !== ''))];
  const out: StoredRow[] = [];
  for (const chunk of chunkByLength(wanted)) out.push(...table.findBy(key, chunk));
  return out;
}
