/**
 * Stock-taking. Three operations, each under the document lock where it writes:
 * - start: refuses while another stock-taking is open; appends its row to the stocktakes journal.
 * - record (each scan, possibly two librarians at once on different shelves): finds the scanned numbers in
 *   the inventory book and in this stock-taking's found list with text finders (never a read of the whole
 *   book: the cost follows the numbers scanned, not the fund), appends the copies found for the first time
 *   and keeps the running count in the stock-taking's row; duplicates and copies not in the fund are
 *   reported back, not written. An empty scan writes nothing and answers the state (no lock).
 * - finish: the one heavy operation: reads the whole inventory book once, the open loans and the found
 *   list; missing = in the fund − found − on loan. The preview stops there (no lock, nothing written);
 *   the confirmation appends this year to the check-mark column of every copy found (in a few block
 *   writes), closes the row with its counts, logs, and files the result act as a Doc in <archive>/<year>/Acts.
 */
import type { MissingCopyDto, StocktakeDto, StocktakeProgressDto, StocktakeResultDto } from '../api';
import { UserError } from '../domain/errors';
import { parseMoney, tenge, type Tiyn } from '../domain/fund';
import {
  appendYear,
  classifyScan,
  foundKey,
  nextStocktakeId,
  numbersText,
  rowBlocks,
  STOCKTAKE_LIMITS,
  stocktakeOutcome,
  sumOf,
  validateFinish,
  validateScan,
  validateStart,
  type Finish,
  type FinishForm,
  type ScanForm,
  type StartForm,
} from '../domain/stocktake';
import { cleanText } from '../domain/text';
import { saveToArchive } from '../docs/port';
import { stocktakeResult } from '../docs/stocktake-result';
import { dayText } from '../docs/write-off-act';
import { toCell, type JournalRow } from '../journals/codec';
import { Settings } from '../journals/settings';
import type { StoredRow } from '../journals/table';
import type { Workbook } from '../journals/workbook';
import { journal } from '../../sheets-template';
import { libraryArchive } from './archive';
import { auditRow, writeAudit } from './audit';
import { type Env, setUpWorkbook, today } from './context';

/** Check marks of rows closer than this are written in one block (the rows between keep their own value). */
export const CHECK_MARK_GAP = 100;

function dtoOf(v: JournalRow): StocktakeDto {
  const n = (x: unknown) => Number(x) || 0;
  return {
    id: n(v.id),
    status: v.status === 'open' ? 'open' : 'finished',
    startedOn: String(v.startedOn ?? ''),
    finishedOn: String(v.finishedOn ?? ''),
    scope: String(v.scope ?? ''),
    foundCount: n(v.foundCount),
    fundCount: n(v.fundCount),
    onLoanCount: n(v.onLoanCount),
    missingCount: n(v.missingCount),
    missingSum: n(v.missingSum),
    docUrl: String(v.docLink ?? ''),
  };
}

const isOpen = (r: StoredRow) => r.values.status === 'open';
const byIdDesc = (a: StoredRow, b: StoredRow) => (Number(b.values.id) || 0) - (Number(a.values.id) || 0);

/** The stock-taking a call is about: the given one, which must be open, or (id 0) whichever is open. */
function target(rows: readonly StoredRow[], id: number): StoredRow {
  if (id === 0) {
    const open = rows.filter(isOpen).sort(byIdDesc)[0];
    if (!open) throw new UserError('stocktake.error.noneOpen');
    return open;
  }
  const row = rows.find((r) => Number(r.values.id) === id);
  if (!row) throw new UserError('stocktake.error.unknown', { id });
  if (!isOpen(row)) throw new UserError('stocktake.error.finished', { id });
  return row;
}

// ---- start ---------------------------------------------------------------------------------------

export function startStocktake(env: Env, form: StartForm): StocktakeDto {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const checked = validateStart(form);
    if (!checked.ok) throw UserError.of(checked.errors);
    const table = wb.journal('stocktakes');
    const rows = table.readAll();
    const open = rows.filter(isOpen).sort(byIdDesc)[0];
    if (open) throw new UserError('stocktake.error.alreadyOpen', { id: Number(open.values.id), date: dayText(String(open.values.startedOn ?? '')) });
    // Every journal the stock-taking will write must be there before it starts (an older workbook: setup first).
    wb.journal('stocktakeFound').prepare();
    wb.journal('auditLog').prepare();

    const id = nextStocktakeId(rows.map((r) => r.values.id));
    const values: JournalRow = { id, startedOn: today(env, wb), status: 'open', scope: checked.value.scope, foundCount: 0, note: checked.value.note };
    table.append([values]);
    writeAudit(wb, [auditRow(env, 'startStocktake', 'stocktake', String(id), { scope: checked.value.scope })]);
    return dtoOf(values);
  });
}

// ---- record what was found ------------------------------------------------------------------------

export function recordStocktakeFound(env: Env, form: ScanForm): StocktakeProgressDto {
  const checked = validateScan(form);
  if (!checked.ok) throw UserError.of(checked.errors);
  const scan = checked.value;
  if (scan.numbers.length === 0) return state(setUpWorkbook(env), scan.stocktakeId);

  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const stocktakes = wb.journal('stocktakes');
    const st = target(stocktakes.readAll(), scan.stocktakeId);
    const id = Number(st.values.id);
    const unique = [...new Set(scan.numbers)];

    // The scanned copies in the inventory book, and those of them this stock-taking found already.
    const fund = new Map<number, { writeOffActNo: string }>();
    for (const row of wb.journal('inventoryBook').findBy('inventoryNo', unique)) {
      fund.set(Number(row.values.inventoryNo), { writeOffActNo: cleanText(row.values.writeOffActNo) });
    }
    const found = wb.journal('stocktakeFound');
    const candidates = unique.filter((n) => fund.has(n) && !fund.get(n)!.writeOffActNo);
    const already = new Set<number>();
    for (const row of found.findBy('key', candidates.map((n) => foundKey(id, n)))) {
      if (Number(row.values.stocktakeId) === id) already.add(Number(row.values.inventoryNo));
    }
    const outcome = classifyScan(scan.numbers, fund, already);

    found.prepare();
    const foundCount = (Number(st.values.foundCount) || 0) + outcome.recorded.length;
    if (outcome.recorded.length) {
      const at = env.clock.now().toISOString();
      const user = env.userKey();
      found.append(outcome.recorded.map((n) => ({ stocktakeId: id, inventoryNo: n, foundAt: at, userKey: user, key: foundKey(id, n) })));
      stocktakes.update([{ rowNumber: st.rowNumber, values: { foundCount } }]);
    }
    return { open: dtoOf({ ...st.values, foundCount }), last: null, ...outcome };
  });
}

/** The open stock-taking (or the last finished one): one read of the small stocktakes journal. */
function state(wb: Workbook, id: number): StocktakeProgressDto {
  const rows = wb.journal('stocktakes').readAll();
  const empty = { recorded: [], duplicates: [], unknown: [], writtenOff: [] };
  if (id === 0 && !rows.some(isOpen)) {
    const last = rows.filter((r) => r.values.status === 'finished').sort(byIdDesc)[0];
    return { open: null, last: last ? dtoOf(last.values) : null, ...empty };
  }
  return { open: dtoOf(target(rows, id).values), last: null, ...empty };
}

// ---- finish -----------------------------------------------------------------------------------------

interface BookCopy {
  inventoryNo: number;
  writeOffActNo: string;
  rowNumber: number;
  authorTitle: string;
  placeYear: string;
  price: Tiyn;
  checkMark: string;
}

export function finishStocktake(env: Env, form: FinishForm): StocktakeResultDto {
  const checked = validateFinish(form);
  if (!checked.ok) throw UserError.of(checked.errors);
  const f = checked.value;
  // The preview only reads: it takes no lock, so scanning goes on while she looks at the list.
  if (!f.confirm) return finish(env, setUpWorkbook(env), f);
  return env.lock.withDocumentLock(() => finish(env, setUpWorkbook(env), f));
}

function finish(env: Env, wb: Workbook, f: Finish): StocktakeResultDto {
  const stocktakes = wb.journal('stocktakes');
  const st = target(stocktakes.readAll(), f.stocktakeId);
  const id = Number(st.values.id);

  // ---- read: the whole inventory book once, the open loans, the found list ---------------------------
  const inventory = wb.journal('inventoryBook');
  const copies: BookCopy[] = [];
  /** Every non-empty row's check mark: a block write puts back the marks of the rows it passes over. */
  const current = new Map<number, string>();
  for (const row of inventory.readAll()) {
    current.set(row.rowNumber, String(row.values.checkMark ?? ''));
    const no = Number(row.values.inventoryNo);
    if (!(no > 0)) continue;
    copies.push({
      inventoryNo: no,
      writeOffActNo: cleanText(row.values.writeOffActNo),
      rowNumber: row.rowNumber,
      authorTitle: String(row.values.authorTitle ?? ''),
      placeYear: String(row.values.placeYear ?? ''),
      price: parseMoney(row.values.price) ?? 0,
      checkMark: String(row.values.checkMark ?? ''),
    });
  }
  const onLoan = new Set<number>();
  for (const loan of wb.journal('loans').readAll()) if (!loan.values.returnedOn) onLoan.add(Number(loan.values.inventoryNo));
  const foundNos = new Set<number>();
  for (const row of wb.journal('stocktakeFound').findBy('stocktakeId', [id])) {
    if (Number(row.values.stocktakeId) === id) foundNos.add(Number(row.values.inventoryNo));
  }

  // ---- decide -------------------------------------------------------------------------------------------
  const outcome = stocktakeOutcome(copies, foundNos, onLoan);
  const missing: MissingCopyDto[] = outcome.missing.map((c) => {
    const y = /(\d{4})\s*$/.exec(c.placeYear);
    return { inventoryNo: c.inventoryNo, authorTitle: c.authorTitle, year: y ? Number(y[1]) : null, price: tenge(c.price) };
  });
  const missingSum = tenge(sumOf(outcome.missing));
  const result: StocktakeResultDto = {
    stocktake: dtoOf(st.values),
    finished: false,
    fundCount: outcome.inFund.length,
    fundSum: tenge(sumOf(outcome.inFund)),
    foundCount: outcome.found.length,
    onLoanCount: outcome.onLoan.length,
    missingCount: outcome.missing.length,
    missingSum,
    missing: missing.slice(0, STOCKTAKE_LIMITS.previewList),
    missingNumbers: numbersText(outcome.missing.map((c) => c.inventoryNo)),
    notInFund: outcome.notInFund,
    docName: '',
    docUrl: '',
  };
  if (!f.confirm) return result;

  const day = today(env, wb);
  const year = Number(day.slice(0, 4));
  const settings = Settings.read(wb);
  wb.journal('auditLog').prepare();

  // The archive is opened before the first write: a settings journal without its archive row refuses here.
  const archive = libraryArchive(env, wb, settings);

  // ---- write: check marks, the stock-taking's row, the log ------------------------------------------------
  const marks = new Map<number, string>();
  for (const c of outcome.found) {
    const next = appendYear(c.checkMark, year);
    if (next !== cleanText(c.checkMark)) marks.set(c.rowNumber, next);
  }
  writeColumnBlocks(wb, 'checkMark', marks, current);
  const closed: JournalRow = {
    finishedOn: day,
    status: 'finished',
    fundCount: result.fundCount,
    foundCount: result.foundCount,
    onLoanCount: result.onLoanCount,
    missingCount: result.missingCount,
    missingSum,
  };
  stocktakes.update([{ rowNumber: st.rowNumber, values: closed }]);
  writeAudit(wb, [
    auditRow(env, 'finishStocktake', 'stocktake', String(id), {
      fund: result.fundCount,
      found: result.foundCount,
      onLoan: result.onLoanCount,
      missing: result.missingCount,
      missingSum,
      checkMarks: marks.size,
    }),
  ]);
  wb.ss.flush();

  // ---- the result act as a Doc, linked from the row ---------------------------------------------------------
  const startedOn = String(st.values.startedOn ?? day);
  const model = stocktakeResult(
    {
      id,
      startedOn,
      finishedOn: day,
      scope: String(st.values.scope ?? ''),
      schoolName: settings.text('schoolName'),
      libraryName: settings.text('libraryName'),
      approvedBy: f.approvedBy,
      commission: f.commission,
      fund: { copies: result.fundCount, sum: result.fundSum },
      found: { copies: result.foundCount, sum: tenge(sumOf(outcome.found)) },
      onLoan: { copies: result.onLoanCount, sum: tenge(sumOf(outcome.onLoan)) },
      missing,
      missingSum,
      notInFund: outcome.notInFund,
    },
    wb.lang,
  );
  const saved = saveToArchive(env.docs(), archive, year, 'Acts', model);
  stocktakes.update([{ rowNumber: st.rowNumber, values: { docLink: saved.url } }]);
  const stocktake = dtoOf({ ...st.values, ...closed, docLink: saved.url });
  return { ...result, stocktake, finished: true, docName: model.name, docUrl: saved.url };
}

/**
 * Writes new values of one inventory-book column into many rows in a few block writes: rows closer than
 * CHECK_MARK_GAP are one block, the rows between written back with their current value. (JournalTable.update
 * writes row by row: 18,000 check marks would be 18,000 calls.) The layout was resolved by the readAll before.
 */
function writeColumnBlocks(wb: Workbook, key: 'checkMark', values: ReadonlyMap<number, string>, current: ReadonlyMap<number, string>): void {
  if (values.size === 0) return;
  const layout = wb.layouts.get('inventoryBook');
  const sheet = layout ? wb.ss.sheetById(layout.sheetId) : null;
  if (!layout || !sheet) throw new Error('inventory book layout not resolved before writing check marks');
  const column = journal('inventoryBook').columns.find((c) => c.key === key)!;
  for (const block of rowBlocks([...values.keys()], CHECK_MARK_GAP)) {
    const cells = [];
    for (let r = block.first; r <= block.last; r++) {
      const value = values.has(r) ? values.get(r)! : current.get(r) ?? '';
      cells.push([toCell(column, value, wb.lang, wb.timeZone)]);
    }
    sheet.write(block.first, layout.columns[key], cells);
  }
}
