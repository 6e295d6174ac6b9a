/**
 * The workbook as the fakes use it: current state, lazy grids, dirty tracking, ids, and the structural
 * changes (insert/delete/move/sort of rows and columns) that must move cells, formats, validations,
 * developer metadata, protections and column widths together.
 */
import * as crypto from 'crypto';
import { gasError } from './errors';
import {
  DEFAULT_WIDTH,
  extent,
  invert,
  remapGridCols,
  remapGridRows,
  remapSpan,
} from './model';
import type { BookState, Grid, MetaRec, ProtRec, SheetRec } from './model';
import { Store, randomSheetId } from './store';
import type { BookDefaults } from './store';

export type Dim = 'ROWS' | 'COLUMNS';

export class Book {
  private st: BookState | undefined;
  private metaDirty = false;
  private removedSheets = new Set<number>();
  readonly store: Store;

  constructor(dir: string, private readonly defaults: BookDefaults) {
    this.store = new Store(dir);
  }

  /** The current state; read from disk (or created) on first use. */
  get state(): BookState {
    if (!this.st) this.load();
    return this.st!;
  }

  load(): void {
    if (!this.store.exists()) {
      if (!this.st) {
        this.st = this.store.fresh(this.defaults);
        this.metaDirty = true;
      }
      return;
    }
    if (this.st && !this.store.bookChanged()) {
      for (const rec of this.st.sheets) if (rec.grid && !rec.gridDirty && this.store.gridChanged(rec)) this.dropGrid(rec);
      return;
    }
    this.st = this.store.readBook(this.st);
    this.metaDirty = false;
    this.removedSheets.clear();
    for (const rec of this.st.sheets) if (rec.grid && this.store.gridChanged(rec)) this.dropGrid(rec);
  }

  private dropGrid(rec: SheetRec): void {
    rec.grid = undefined;
    rec.gridDirty = false;
    rec.version++;
  }

  save(): void {
    if (!this.st) return;
    for (const rec of this.st.sheets) if (rec.grid && rec.gridDirty) this.store.writeGrid(rec, rec.grid);
    if (this.metaDirty || !this.store.exists()) {
      this.store.writeBook(this.st);
      this.metaDirty = false;
    }
    for (const id of this.removedSheets) if (!this.st.sheets.some((s) => s.props.sheetId === id)) this.store.removeGrid(id);
    this.removedSheets.clear();
  }

  touchMeta(): void {
    this.metaDirty = true;
  }

  touchGrid(rec: SheetRec): void {
    rec.version++;
    rec.gridDirty = true;
  }

  sheetOrNull(sheetId: number): SheetRec | undefined {
    return this.state.sheets.find((s) => s.props.sheetId === sheetId);
  }

  sheet(sheetId: number): SheetRec {
    const rec = this.sheetOrNull(sheetId);
    if (!rec) throw gasError('The sheet you are trying to access has been deleted.'); // not verified wording
    return rec;
  }

  grid(rec: SheetRec): Grid {
    if (!rec.grid) {
      rec.grid = this.store.readGrid(rec);
      rec.version++;
    }
    return rec.grid;
  }

  extent(rec: SheetRec): { lastRow: number; lastCol: number } {
    return extent(rec, this.grid(rec));
  }

  addSheet(rec: SheetRec, index: number): void {
    this.state.sheets.splice(index, 0, rec);
    this.removedSheets.delete(rec.props.sheetId);
    this.touchMeta();
  }

  removeSheet(sheetId: number): void {
    const s = this.state;
    s.sheets = s.sheets.filter((x) => x.props.sheetId !== sheetId);
    s.metadata = s.metadata.filter((m) => m.loc.type === 'SPREADSHEET' || m.loc.sheetId !== sheetId);
    s.protections = s.protections.filter((p) => p.sheetId !== sheetId);
    this.removedSheets.add(sheetId);
    this.touchMeta();
  }

  newSheetId(): number {
    return randomSheetId((id) => this.state.sheets.some((s) => s.props.sheetId === id));
  }

  newMetadataId(): number {
    for (;;) {
      const id = crypto.randomInt(1, 2 ** 31 - 1);
      if (!this.state.metadata.some((m) => m.id === id)) return id;
    }
  }

  newProtectionId(): number {
    return this.state.protections.reduce((m, p) => Math.max(m, p.id), 0) + 1;
  }

  metadata(id: number): MetaRec | undefined {
    return this.state.metadata.find((m) => m.id === id);
  }

  protection(id: number): ProtRec | undefined {
    return this.state.protections.find((p) => p.id === id);
  }

  // ---------- structural changes ----------

  /**
   * Applies a remap of rows or columns of a sheet. `moveAnchors`: developer metadata, protections and
   * column widths follow (insert/delete/move); false for sort, which moves cell contents only.
   */
  remap(rec: SheetRec, dim: Dim, newToOld: Int32Array, inherit: Int32Array | null, moveAnchors = true): void {
    const grid = this.grid(rec);
    const oldSize = dim === 'ROWS' ? rec.props.maxRows : rec.props.maxColumns;
    if (dim === 'ROWS') remapGridRows(grid, newToOld, inherit);
    else remapGridCols(grid, newToOld, inherit);
    this.touchGrid(rec);
    if (!moveAnchors) return;
    const oldToNew = invert(newToOld, oldSize);
    const sheetId = rec.props.sheetId;
    const st = this.state;
    const locType = dim === 'ROWS' ? 'ROW' : 'COLUMN';
    st.metadata = st.metadata.filter((m) => {
      if (m.loc.type !== locType || m.loc.sheetId !== sheetId) return true;
      const n = oldToNew[m.loc.index - 1];
      if (n === undefined || n < 0) return false; // deleted with its row/column
      m.loc.index = n + 1;
      return true;
    });
    const remapBox = (b: { row: number; col: number; numRows: number; numCols: number }): boolean => {
      const start = dim === 'ROWS' ? b.row : b.col;
      const size = dim === 'ROWS' ? b.numRows : b.numCols;
      const span = remapSpan(oldToNew, start - 1, start + size - 2);
      if (!span) return false;
      if (dim === 'ROWS') {
        b.row = span[0] + 1;
        b.numRows = span[1] - span[0] + 1;
      } else {
        b.col = span[0] + 1;
        b.numCols = span[1] - span[0] + 1;
      }
      return true;
    };
    st.protections = st.protections.filter((p) => {
      if (p.sheetId !== sheetId) return true;
      p.unprotected = p.unprotected.filter(remapBox);
      return p.range === null || remapBox(p.range);
    });
    if (dim === 'ROWS') rec.props.maxRows = newToOld.length;
    else {
      const widths = rec.props.columnWidths;
      rec.props.columnWidths = Array.from(newToOld, (o, i) => (o >= 0 ? widths[o] ?? DEFAULT_WIDTH : inherit && inherit[i] >= 0 ? widths[inherit[i]] ?? DEFAULT_WIDTH : DEFAULT_WIDTH));
      rec.props.hiddenColumns = rec.props.hiddenColumns
        .map((c) => oldToNew[c - 1])
        .filter((n) => n !== undefined && n >= 0)
        .map((n) => n + 1)
        .sort((a, b) => a - b);
      rec.props.maxColumns = newToOld.length;
    }
    this.touchMeta();
  }

  insert(rec: SheetRec, dim: Dim, at0: number, count: number, inheritFrom0: number): void {
    const size = dim === 'ROWS' ? rec.props.maxRows : rec.props.maxColumns;
    const n2o = new Int32Array(size + count);
    const inh = new Int32Array(size + count).fill(-1);
    for (let i = 0; i < size + count; i++) {
      if (i < at0) n2o[i] = i;
      else if (i < at0 + count) {
        n2o[i] = -1;
        inh[i] = inheritFrom0 >= 0 && inheritFrom0 < size ? inheritFrom0 : -1;
      } else n2o[i] = i - count;
    }
    this.remap(rec, dim, n2o, inh);
  }

  delete(rec: SheetRec, dim: Dim, at0: number, count: number): void {
    const size = dim === 'ROWS' ? rec.props.maxRows : rec.props.maxColumns;
    const n2o = new Int32Array(size - count);
    for (let i = 0; i < n2o.length; i++) n2o[i] = i < at0 ? i : i + count;
    this.remap(rec, dim, n2o, null);
  }

  /** Moves [start0, start0+count) so that it lands before old index dest0 (Sheet.moveColumns/moveRows). */
  move(rec: SheetRec, dim: Dim, start0: number, count: number, dest0: number): void {
    const size = dim === 'ROWS' ? rec.props.maxRows : rec.props.maxColumns;
    const rest: number[] = [];
    for (let i = 0; i < size; i++) if (i < start0 || i >= start0 + count) rest.push(i);
    let insertAt = 0;
    while (insertAt < rest.length && rest[insertAt] < dest0) insertAt++;
    const moved = Array.from({ length: count }, (_, i) => start0 + i);
    const order = [...rest.slice(0, insertAt), ...moved, ...rest.slice(insertAt)];
    this.remap(rec, dim, Int32Array.from(order), null);
  }
}
