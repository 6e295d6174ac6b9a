/**
 * The benchmark's latency model replays the published measurements it is built from, and the library
 * generator is deterministic and of the specified size (the small size only: jest stays fast).
 */
import type { CallCounts } from '../../emulator/core/meter';
import { COSTS, categoryOf, modelTime, serviceOf } from '../../bench/latency-model';
import { SIZES, generateLibrary } from '../../bench/generate';

const counts = (calls: Record<string, number>, cellsRead = 0, cellsWritten = 0): CallCounts => ({ calls, cellsRead, cellsWritten });
const near = (actual: number, expected: number, tolerance = 0.01) => expect(Math.abs(actual - expected) / expected).toBeLessThanOrEqual(tolerance);

describe('latency model: the published measurements come back out', () => {
  it('bugbugnow: 1,000 getRange(i, 1).getValue() with a log line cost ≈ 3,064 ms', () => {
    const m = modelTime(counts({ 'Sheet.getRange': 1000, 'Range.getValue': 1000, 'Logger.log': 1000 }, 1000));
    near(m.ms, 3064);
    expect(m.implicitCommit).toBe(false);
  });

  it('bugbugnow: getLastRow() in the loop condition ≈ 160,377 ms; hoisted ≈ 780 ms', () => {
    near(modelTime(counts({ 'Sheet.getLastRow': 1000, 'Logger.log': 1000 })).ms, 160377);
    near(modelTime(counts({ 'Sheet.getLastRow': 1, 'Logger.log': 1000 })).ms, 780);
  });

  it('bugbugnow: one getValues and one setValues of 1,000 rows ≈ 905 ms before the final commit', () => {
    const m = modelTime(counts({ 'Sheet.getLastRow': 1, 'Sheet.getRange': 2, 'Range.getValues': 1, 'Range.setValues': 1, 'Logger.log': 1000 }, 1000, 1000));
    expect(m.implicitCommit).toBe(true);
    near(m.ms - (m.byCategory.commitCell ?? 0) - (m.byCategory.flush ?? 0), 905);
  });

  it('Stack Overflow: 400 rows of 10 cells with a flush after each ≈ 12 s; one 4,000-cell write and one flush ≈ 610 ms', () => {
    near(modelTime(counts({ 'Range.setValues': 400, 'SpreadsheetApp.flush': 400 }, 0, 4000)).ms, 12000);
    near(modelTime(counts({ 'Range.setValues': 1, 'SpreadsheetApp.flush': 1 }, 0, 4000)).ms, 610);
    // Without the flush the script sees only the buffered write (< 50 ms); the commit is paid at the end.
    const buffered = modelTime(counts({ 'Range.setValues': 1 }, 0, 4000));
    expect((buffered.byCategory.write ?? 0) + (buffered.byCategory.writeCellBuffer ?? 0)).toBeLessThan(51);
  });

  it('ziritione: properties get 30 ms, set 62 ms; cache get 3 ms, put 93 ms', () => {
    expect(modelTime(counts({ 'Properties.getProperty': 1 })).ms).toBe(30);
    expect(modelTime(counts({ 'Properties.setProperty': 1 })).ms).toBe(62);
    expect(modelTime(counts({ 'Cache.get': 1 })).ms).toBe(3);
    expect(modelTime(counts({ 'Cache.put': 1 })).ms).toBe(93);
  });

  it('an execution that wrote pays one commit at its end unless it flushed itself', () => {
    const implicit = modelTime(counts({ 'Range.setValues': 1 }, 0, 10));
    const explicit = modelTime(counts({ 'Range.setValues': 1, 'SpreadsheetApp.flush': 1 }, 0, 10));
    expect(implicit.byCategory.flush).toBeCloseTo(COSTS.flush);
    expect(explicit.byCategory.flush).toBeCloseTo(COSTS.flush);
    expect(implicit.ms).toBeCloseTo(explicit.ms);
    expect(modelTime(counts({ 'Range.getValues': 1 }, 5)).implicitCommit).toBe(false);
  });

  it('groups calls by service and prices each kind of call', () => {
    expect(serviceOf('Range.getValues')).toBe('Spreadsheet');
    expect(serviceOf('DeveloperMetadataFinder.find')).toBe('Spreadsheet');
    expect(serviceOf('Properties.getProperties')).toBe('Properties');
    expect(serviceOf('Cache.put')).toBe('Cache');
    expect(serviceOf('Lock.tryLock')).toBe('Lock');
    expect(serviceOf('Folder.createFile')).toBe('Drive');
    expect(serviceOf('Body.appendParagraph')).toBe('Docs');
    expect(serviceOf('Ui.alert')).toBe('Ui/Html');
    expect(serviceOf('Session.getActiveUserLocale')).toBe('Other');
    expect(categoryOf('Sheet.getLastRow')).toBe('extent');
    expect(categoryOf('Spreadsheet.insertSheet')).toBe('structure');
    expect(categoryOf('Sheet.insertRowsAfter')).toBe('structure');
    expect(categoryOf('Range.setValues')).toBe('write');
    expect(categoryOf('Range.getValues')).toBe('read');
    expect(categoryOf('Sheet.getRange')).toBe('local');
    expect(categoryOf('DataValidationBuilder.build')).toBe('local');
    expect(categoryOf('DocumentApp.create')).toBe('driveCreate');
    expect(categoryOf('Document.saveAndClose')).toBe('docsSave');
    const m = modelTime(counts({ 'Range.getValues': 2, 'Properties.getProperties': 1, 'Lock.tryLock': 1, 'Ui.alert': 1 }, 10));
    expect(m.callsByService).toMatchObject({ Spreadsheet: 2, Properties: 1, Lock: 1, 'Ui/Html': 1 });
    expect(m.calls).toBe(5);
  });
});

describe('library generator', () => {
  const a = generateLibrary('small', 42);
  const b = generateLibrary('small', 42);

  it('gives the same rows for the same seed, and other rows for another', () => {
    for (const id of Object.keys(a.journals) as Array<keyof typeof a.journals>) {
      expect([id, JSON.stringify(a.journals[id]!.slice(0, 3))]).toEqual([id, JSON.stringify(b.journals[id]!.slice(0, 3))]);
    }
    expect(a.facts).toEqual(b.facts);
    const c = generateLibrary('small', 43);
    expect(JSON.stringify(c.journals.readers!.slice(0, 3))).not.toBe(JSON.stringify(a.journals.readers!.slice(0, 3)));
  });

  it('is of the small size: 200 copies of 80 titles, 50 readers, one term of loans, a write-off act', () => {
    const j = a.journals;
    expect(j.inventoryBook).toHaveLength(200);
    expect(j.catalog).toHaveLength(80);
    expect(j.readers).toHaveLength(50);
    expect(j.loanHistory).toHaveLength(SIZES.small.closedLoans);
    expect(j.loans).toHaveLength(SIZES.small.openLoans);
    expect(j.writeOffActs).toEqual([expect.objectContaining({ copies: 5 })]);
    expect(j.inventoryBook!.filter((r) => r.writeOffActNo)).toHaveLength(5);
    expect(j.inventoryBook!.map((r) => r.inventoryNo)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(a.settings).toMatchObject({ nextInventoryNo: '201', nextReaderTicket: '51' });
    for (const l of [...j.loans!, ...j.loanHistory!]) {
      expect(String(l.issuedOn) >= SIZES.small.historyStart && String(l.issuedOn) < a.facts.today).toBe(true);
    }
  });

  it('keeps the journals consistent: loans name real readers and copies, no copy is lent twice or after its write-off', () => {
    const j = a.journals;
    const tickets = new Set(j.readers!.map((r) => r.ticketNo));
    const writtenOff = new Map(j.inventoryBook!.filter((r) => r.writeOffDate).map((r) => [r.inventoryNo, String(r.writeOffDate)]));
    const open = j.loans!.map((l) => l.inventoryNo);
    expect(new Set(open).size).toBe(open.length);
    for (const l of [...j.loans!, ...j.loanHistory!]) {
      expect(tickets.has(l.ticketNo)).toBe(true);
      const off = writtenOff.get(l.inventoryNo);
      if (off) expect(l.returnedOn !== null && String(l.returnedOn) < off).toBe(true);
    }
    expect(a.facts.onShelf.some((n) => open.includes(n) || writtenOff.has(n))).toBe(false);
    const catalogTitles = new Map(j.catalog!.map((t) => [t.titleId, t.copiesTotal]));
    const inFund = j.inventoryBook!.filter((r) => !r.writeOffDate).length;
    expect([...catalogTitles.values()].reduce((s: number, n) => s + Number(n), 0)).toBe(inFund);
  });

  it('writes Kazakh and Russian names and titles', () => {
    const names = a.journals.readers!.map((r) => String(r.fullName));
    expect(names.some((n) => /(ұлы|қызы)$/.test(n))).toBe(true);
    expect(names.some((n) => /(вич|вна)$/.test(n))).toBe(true);
    const langs = new Set(a.journals.catalog!.map((t) => t.language));
    expect(langs.has('kk') && langs.has('ru')).toBe(true);
  });

  it('the big size is as the issue specifies (not generated here)', () => {
    expect(SIZES.big).toMatchObject({ copies: 20000, titles: 8000, readers: 1500, closedLoans: 60000, openLoans: 600 });
  });
});
