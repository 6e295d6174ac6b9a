/**
 * The latency model: what an execution's service calls would cost in Apps Script, in milliseconds.
 *
 * Input: the emulator's CallCounts ("Class.method" → calls, cells read, cells written). Every call is
 * put in one category; a category costs a fixed time per call; reads also cost per cell read; writes
 * are buffered by Apps Script and paid when they are committed (a flush, a structural change, or the
 * end of the execution), per cell written.
 *
 * Every constant is derived below, in code, from a published measurement, so that the derivation can
 * be checked and the test (test/unit/bench-model.test.ts) can replay the measurements through the model.
 * Where no public measurement exists the constant says ASSUMED and why.
 *
 * Sources (looked up again for this model):
 *  [B] bugbugnow.net, "GoogleAppsScriptのスプレッドシート処理を高速化する" (2019-03),
 *      https://www.bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html : on a 1,000-row sheet,
 *      `for (i < sheet.getLastRow())` with Logger.log inside: 160,377 ms; the same loop with getLastRow
 *      hoisted: 780 ms; `sheet.getRange(i+1,1).getValue()` + Logger.log per row: 3,064 ms; one getValues
 *      + one setValues of the 1,000 rows (and the Logger.log loop): 905 ms.
 *  [S] Stack Overflow answer to "What is faster: ScriptDb or SpreadsheetApp?" (mirrored at
 *      https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp):
 *      400 rows × 10 cells; one setValues of 4,000 cells < 50 ms, 610 ms with one flush(); one
 *      setValues per row: 164 ms, ≈ 12 s with a flush() after each row.
 *  [Z] Luis Peralta, "Google Apps Script APIs performance", https://ziritione.org/post/apps_script_performance
 *      (100 runs, averages): PropertiesService getProperty 30 ms, setProperty 62 ms; CacheService get
 *      3 ms, put 93 ms.
 *  [G] Google, "Optimizing Spreadsheet Operations" (Apps Script blog, 2010-06),
 *      http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html : writes are
 *      cached and committed before the next read ("every time you do a read, we must first empty
 *      (commit) the write cache"); batch calls.
 *  [D] DocumentApp reference, Document.saveAndClose(): "Causes pending updates to be flushed and applied"
 *      (https://developers.google.com/apps-script/reference/document/document#saveAndClose()).
 */
import type { CallCounts } from '../emulator/core/meter';

// ---------------------------------------------------------------------------------------------------
// The published figures, as published

export const MEASURED = {
  bugbugnow: {
    url: 'https://www.bugbugnow.net/2019/03/GoogleAppsScript-speed-up.html',
    rows: 1000,
    getLastRowInLoopConditionMs: 160377,
    hoistedLoopMs: 780,
    getValueLoopMs: 3064,
    getValuesSetValuesMs: 905,
  },
  stackOverflow: {
    url: 'https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp',
    rows: 400,
    cellsPerRow: 10,
    oneSetValuesMs: 50,
    oneSetValuesFlushMs: 610,
    setValuesPerRowMs: 164,
    setValuesFlushPerRowMs: 12000,
  },
  ziritione: {
    url: 'https://ziritione.org/post/apps_script_performance',
    propertiesGetMs: 30,
    propertiesSetMs: 62,
    cacheGetMs: 3,
    cachePutMs: 93,
  },
} as const;

const B = MEASURED.bugbugnow;
const S = MEASURED.stackOverflow;
const Z = MEASURED.ziritione;

// ---------------------------------------------------------------------------------------------------
// The constants, derived

/** [B] getLastRow() evaluated in the loop condition 1,000 times vs once: (160,377 − 780) / 1,000 = 159.6 ms a call. */
const EXTENT_MS = (B.getLastRowInLoopConditionMs - B.hoistedLoopMs) / B.rows;
/**
 * [B] The hoisted loop is 1,000 Logger.log calls and one getLastRow: (780 − 159.6) / 1,000 = 0.62 ms for
 * a call that stays in the script runtime (a getter on an object the script holds, a builder, a log line).
 */
const LOCAL_MS = (B.hoistedLoopMs - EXTENT_MS) / B.rows;
/** [S] One setValues of 4,000 cells < 50 ms (buffered): 50 / 4,000 = 0.0125 ms a cell buffered. */
const WRITE_CELL_BUFFER_MS = S.oneSetValuesMs / (S.rows * S.cellsPerRow);
/** [S] 400 setValues of 10 cells: 164 ms; less the cells' buffering: (164 − 50) / 400 = 0.285 ms a write call. */
const WRITE_CALL_MS = (S.setValuesPerRowMs - S.oneSetValuesMs) / S.rows;
/**
 * [S] Committing: 400 × (flush + 10 cells) = 12,000 − 164 ms and 1 × (flush + 4,000 cells) = 610 − 50 ms.
 * Two equations: flush = (11,836 − 560) / 399 = 28.3 ms a commit; (560 − 28.3) / 4,000 = 0.133 ms a cell committed.
 */
const FLUSH_MS = (S.setValuesFlushPerRowMs - S.setValuesPerRowMs - (S.oneSetValuesFlushMs - S.oneSetValuesMs)) / (S.rows - 1);
const COMMIT_CELL_MS = (S.oneSetValuesFlushMs - S.oneSetValuesMs - FLUSH_MS) / (S.rows * S.cellsPerRow);
/**
 * [B] The 1,000-row batched read and write (905 ms) is the hoisted loop (Logger.log, one getLastRow), two
 * getRange, one getValues and one buffered setValues of 1,000 cells: the rest is the read of 1,000 cells,
 * a read call included. (905 − 780 − 2 × 0.62 − 0.285 − 1,000 × 0.0125) / 1,000 = 0.111 ms a cell read
 * (the read call's own time, 1.8 ms, is inside it: the figure is a little high, on the safe side).
 */
const READ_CELL_MS = (B.getValuesSetValuesMs - B.hoistedLoopMs - 2 * LOCAL_MS - WRITE_CALL_MS - B.rows * WRITE_CELL_BUFFER_MS) / B.rows;
/**
 * [B] getRange(i+1, 1).getValue() + Logger.log, 1,000 times: 3,064 ms. Less the getRange and the log line
 * (local) and the cell: 3.064 − 2 × 0.62 − 0.111 = 1.71 ms for a read round trip.
 */
const READ_CALL_MS = B.getValueLoopMs / B.rows - 2 * LOCAL_MS - READ_CELL_MS;

export const COSTS = {
  /** Stays in the script: getters on held objects, builders, range geometry, Session, Utilities, Logger. [B] */
  local: LOCAL_MS,
  /** A spreadsheet read round trip (getValues, getSheets, find metadata...): per call, plus READ_CELL per cell. [B] */
  read: READ_CALL_MS,
  readCell: READ_CELL_MS,
  /** getLastRow / getLastColumn / getDataRange: the data extent, measured apart and much dearer. [B] */
  extent: EXTENT_MS,
  /** A buffered spreadsheet write (setValues, formats, validation, notes, metadata...): per call. [S] */
  write: WRITE_CALL_MS,
  writeCellBuffer: WRITE_CELL_BUFFER_MS,
  /** SpreadsheetApp.flush(), and the commit at the end of an execution that wrote. [S] */
  flush: FLUSH_MS,
  commitCell: COMMIT_CELL_MS,
  /**
   * ASSUMED = flush: a structural change (insertSheet, insert/delete rows or columns, protect, sort) is
   * applied on the server at once, so it commits the write cache like a flush [G]. No public measurement
   * of insertSheet or insertRowsAfter was found.
   */
  structure: FLUSH_MS,
  /** [Z] PropertiesService getProperty (getProperties ASSUMED the same: one round trip). */
  propertiesGet: Z.propertiesGetMs,
  /** [Z] setProperty (setProperties, deleteProperty ASSUMED the same). */
  propertiesSet: Z.propertiesSetMs,
  /** [Z] CacheService get (getAll ASSUMED the same). */
  cacheGet: Z.cacheGetMs,
  /** [Z] CacheService put (putAll, remove, removeAll ASSUMED the same). */
  cachePut: Z.cachePutMs,
  /**
   * ASSUMED = a property set: acquiring or releasing a document lock is one write to a server-side store.
   * No public latency measurement of LockService was found.
   */
  lock: Z.propertiesSetMs,
  /**
   * ASSUMED: creating a Drive file, folder or Google Doc (DocumentApp.create, createFile, createFolder,
   * makeCopy). No public measurement found; taken as 1 s, about 16 property sets, to be replaced by a
   * measurement when one is published or made on a real account.
   */
  driveCreate: 1000,
  /** ASSUMED = a property get: any other Drive or Docs round trip (open by id, find, move, share, iterate). */
  driveCall: Z.propertiesGetMs,
  /** ASSUMED = a buffered spreadsheet write: a Docs body edit, applied at saveAndClose [D]. */
  docsEdit: WRITE_CALL_MS,
  /** ASSUMED = a flush: Document.saveAndClose applies the pending edits [D]. */
  docsSave: FLUSH_MS,
  /**
   * ASSUMED = a property get: a round trip to the user's browser (alert, sidebar, dialog, toast, menu).
   * The time the librarian takes to click OK is not counted.
   */
  ui: Z.propertiesGetMs,
} as const;

export type CostCategory = keyof typeof COSTS;
/** The categories a call can fall in (the per-cell figures are applied from the cell counts). */
export type CallCategory = Exclude<CostCategory, 'readCell' | 'writeCellBuffer' | 'commitCell'>;

// ---------------------------------------------------------------------------------------------------
// Which call is which

const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
  'DeveloperMetadataLocation',
  'Protection',
  'DataValidation',
  'DataValidationBuilder',
  'TextFinder',
]);
const DRIVE_CLASSES = new Set(['DriveApp', 'Folder', 'File', 'FileIterator', 'FolderIterator', 'Permission']);
const DOCS_CLASSES = new Set([
  'DocumentApp',
  'Document',
  'Body',
  'HeaderSection',
  'FooterSection',
  'Paragraph',
  'ListItem',
  'Table',
  'TableRow',
  'TableCell',
  'Text',
  'PageBreak',
  'HorizontalRule',
  'InlineImage',
  'Position',
  'RangeElement',
  'ContainerElement',
]);

export type ServiceGroup = 'Spreadsheet' | 'Properties' | 'Cache' | 'Lock' | 'Drive' | 'Docs' | 'Ui/Html' | 'Other';
export const SERVICE_GROUPS: readonly ServiceGroup[] = ['Spreadsheet', 'Properties', 'Cache', 'Lock', 'Drive', 'Docs', 'Ui/Html', 'Other'];

/** The service a "Class.method" belongs to, for the report's columns. */
export function serviceOf(key: string): ServiceGroup {
  const cls = key.slice(0, key.indexOf('.'));
  if (SPREADSHEET_CLASSES.has(cls)) return 'Spreadsheet';
  if (cls === 'PropertiesService' || cls === 'Properties') return 'Properties';
  if (cls === 'CacheService' || cls === 'Cache') return 'Cache';
  if (cls === 'LockService' || cls === 'Lock') return 'Lock';
  if (DRIVE_CLASSES.has(cls)) return 'Drive';
  if (DOCS_CLASSES.has(cls)) return 'Docs';
  if (cls === 'Ui' || cls === 'Menu' || cls.startsWith('Html') || cls === 'PromptResponse') return 'Ui/Html';
  return 'Other';
}

/** Spreadsheet calls that stay in the script: objects are handles, geometry is known, builders are local. */
const SPREADSHEET_LOCAL = new Set([
  'SpreadsheetApp.getActiveSpreadsheet',
  'SpreadsheetApp.getActive',
  'SpreadsheetApp.getUi',
  'SpreadsheetApp.newDataValidation',
  'Spreadsheet.createDeveloperMetadataFinder',
  'Sheet.createDeveloperMetadataFinder',
  'Range.createDeveloperMetadataFinder',
  'Sheet.getRange',
  'Sheet.getSheetId',
  'Sheet.getName',
  'Sheet.getParent',
  'Spreadsheet.getId',
  'Spreadsheet.getRange',
  'Range.getRow',
  'Range.getColumn',
  'Range.getNumRows',
  'Range.getNumColumns',
  'Range.getLastRow',
  'Range.getLastColumn',
  'Range.getA1Notation',
  'Range.getSheet',
  'Range.offset',
  'Range.getCell',
  'DeveloperMetadata.getKey',
  'DeveloperMetadata.getValue',
  'DeveloperMetadata.getId',
  'DeveloperMetadata.getVisibility',
  'DeveloperMetadata.getLocation',
  'DeveloperMetadataLocation.getLocationType',
  'DeveloperMetadataLocation.getSheet',
  'DeveloperMetadataLocation.getRow',
  'DeveloperMetadataLocation.getColumn',
  'DeveloperMetadataLocation.getSpreadsheet',
]);
const SPREADSHEET_EXTENT = new Set(['Sheet.getLastRow', 'Sheet.getLastColumn', 'Sheet.getDataRange', 'Range.getDataRegion', 'Range.getNextDataCell']);
const SPREADSHEET_STRUCTURE =
  /^(Spreadsheet\.(insertSheet|deleteSheet|duplicateActiveSheet|moveActiveSheet)|Sheet\.(insert|delete|sort|protect|moveRows|moveColumns|copyTo|clear$)|Range\.(sort|protect|insertCells|deleteCells|moveTo|copyTo|removeDuplicates|trimWhitespace))/;

export function categoryOf(key: string): CallCategory {
  const dot = key.indexOf('.');
  const cls = key.slice(0, dot);
  const method = key.slice(dot + 1);
  switch (serviceOf(key)) {
    case 'Spreadsheet':
      if (key === 'SpreadsheetApp.flush') return 'flush';
      if (key === 'Spreadsheet.toast') return 'ui';
      if (cls === 'DataValidationBuilder' || cls === 'DataValidation' || SPREADSHEET_LOCAL.has(key)) return 'local';
      // ASSUMED (no public measurement of TextFinder found): creating a finder and setting its options
      // stay in the script like other builders; findAll/findNext/findPrevious is one read round trip
      // whose searched cells do not travel (so no per-cell read cost); a replace is a buffered write.
      if (method === 'createTextFinder' || (cls === 'TextFinder' && !/^(find|replace)/.test(method))) return 'local';
      if (SPREADSHEET_EXTENT.has(key)) return 'extent';
      if (SPREADSHEET_STRUCTURE.test(key)) return 'structure';
      if (/^(get|find|is|has|can)/.test(method)) return 'read';
      return 'write';
    case 'Properties':
      if (cls === 'PropertiesService') return 'local';
      return /^(get|find)/.test(method) ? 'propertiesGet' : 'propertiesSet';
    case 'Cache':
      if (cls === 'CacheService') return 'local';
      return /^get/.test(method) ? 'cacheGet' : 'cachePut';
    case 'Lock':
      if (cls === 'LockService' || method === 'hasLock') return 'local';
      return 'lock';
    case 'Drive':
      if (/^(create|makeCopy)/.test(method)) return 'driveCreate';
      if (/^(getId|getName|getUrl|getMimeType|getSize|getDateCreated|getLastUpdated|getContinuationToken)$/.test(method)) return 'local';
      return 'driveCall';
    case 'Docs':
      if (key === 'DocumentApp.create') return 'driveCreate';
      if (cls === 'DocumentApp' && /^open/.test(method)) return 'driveCall';
      if (key === 'Document.saveAndClose') return 'docsSave';
      if (/^(get|is|find|has|copy)/.test(method)) return 'local';
      return 'docsEdit';
    case 'Ui/Html':
      if (/^(alert|prompt|showSidebar|showModalDialog|showModelessDialog|addToUi)$/.test(method)) return 'ui';
      if (cls === 'Ui' && method === 'toast') return 'ui';
      return 'local';
    default:
      if (/^ScriptApp\.(newTrigger|deleteTrigger|getProjectTriggers|getUserTriggers)$/.test(key) || /TriggerBuilder\.create$/.test(key)) return 'propertiesSet';
      return 'local';
  }
}

// ---------------------------------------------------------------------------------------------------
// Pricing an execution

export interface ModelledTime {
  /** Total modelled milliseconds. */
  ms: number;
  /** Milliseconds by category (per-cell parts under readCell, writeCellBuffer, commitCell). */
  byCategory: Partial<Record<CostCategory, number>>;
  /** Calls by service group. */
  callsByService: Record<ServiceGroup, number>;
  /** Every call counted. */
  calls: number;
  /** True when the execution wrote without an explicit flush, and the final commit was added. */
  implicitCommit: boolean;
}

/**
 * Prices one execution's counts. The calls' order is not known from counts, so a read after pending
 * writes (which commits them [G]) is not priced apart: each cell written is committed once, and an
 * execution that wrote pays at least one flush (its own, or the commit at its end).
 */
export function modelTime(counts: CallCounts): ModelledTime {
  const byCategory: Partial<Record<CostCategory, number>> = {};
  const callsByService = Object.fromEntries(SERVICE_GROUPS.map((g) => [g, 0])) as Record<ServiceGroup, number>;
  const add = (c: CostCategory, ms: number) => {
    if (ms) byCategory[c] = (byCategory[c] ?? 0) + ms;
  };
  let calls = 0;
  let writes = 0;
  let flushes = 0;
  for (const [key, n] of Object.entries(counts.calls)) {
    const category = categoryOf(key);
    callsByService[serviceOf(key)] += n;
    calls += n;
    add(category, n * COSTS[category]);
    if (category === 'write' || category === 'structure') writes += n;
    if (category === 'flush' || category === 'structure') flushes += n;
  }
  add('readCell', counts.cellsRead * COSTS.readCell);
  add('writeCellBuffer', counts.cellsWritten * COSTS.writeCellBuffer);
  add('commitCell', counts.cellsWritten * COSTS.commitCell);
  const implicitCommit = (writes > 0 || counts.cellsWritten > 0) && flushes === 0;
  if (implicitCommit) add('flush', COSTS.flush);
  const ms = Object.values(byCategory).reduce((s, v) => s + (v ?? 0), 0);
  return { ms, byCategory, callsByService, calls, implicitCommit };
}

/** The constants as a table for RESULTS.md: name, ms, how it was obtained. */
export function modelTable(): Array<{ name: string; ms: number; source: string }> {
  return [
    { name: 'local call (getter, builder, geometry, log)', ms: COSTS.local, source: '[B] (780 − 159.6) / 1,000' },
    { name: 'spreadsheet read call', ms: COSTS.read, source: '[B] 3,064 / 1,000 − 2 local − 1 cell' },
    { name: 'spreadsheet cell read', ms: COSTS.readCell, source: '[B] (905 − 780 − …) / 1,000' },
    { name: 'getLastRow / getLastColumn / getDataRange', ms: COSTS.extent, source: '[B] (160,377 − 780) / 1,000' },
    { name: 'spreadsheet write call (buffered)', ms: COSTS.write, source: '[S] (164 − 50) / 400' },
    { name: 'spreadsheet cell written (buffered)', ms: COSTS.writeCellBuffer, source: '[S] 50 / 4,000' },
    { name: 'flush / commit at the end', ms: COSTS.flush, source: '[S] (11,836 − 560) / 399' },
    { name: 'cell committed', ms: COSTS.commitCell, source: '[S] (560 − 28.3) / 4,000' },
    { name: 'structural change (insert sheet/rows, protect)', ms: COSTS.structure, source: 'ASSUMED = flush' },
    { name: 'PropertiesService get', ms: COSTS.propertiesGet, source: '[Z]' },
    { name: 'PropertiesService set', ms: COSTS.propertiesSet, source: '[Z]' },
    { name: 'CacheService get', ms: COSTS.cacheGet, source: '[Z]' },
    { name: 'CacheService put', ms: COSTS.cachePut, source: '[Z]' },
    { name: 'LockService acquire / release', ms: COSTS.lock, source: 'ASSUMED = property set' },
    { name: 'Drive / Docs create', ms: COSTS.driveCreate, source: 'ASSUMED (no measurement found)' },
    { name: 'Drive / Docs other round trip', ms: COSTS.driveCall, source: 'ASSUMED = property get' },
    { name: 'Docs body edit (buffered)', ms: COSTS.docsEdit, source: 'ASSUMED = spreadsheet write call' },
    { name: 'Document.saveAndClose', ms: COSTS.docsSave, source: 'ASSUMED = flush [D]' },
    { name: 'UI round trip (alert, sidebar, menu)', ms: COSTS.ui, source: 'ASSUMED = property get' },
  ];
}
