/**
 * Where a journal is: its sheet and the column of each key. The truth is the developer metadata that
 * setup puts on the sheet (JOURNAL_KEY) and on each column (COLUMN_KEY): the librarian may rename the
 * sheet, move, insert or sort columns and rows. Reading metadata costs several calls a column, so the
 * resolved layout is kept in the document properties, with the header row it was resolved against; an
 * operation trusts it while the sheet's header row is unchanged, and resolves again when it is not.
 */
import type { JournalDef } from '../../sheets-template/schema';
import type { CellValue, PropertyPort, SheetPort } from './port';

export const JOURNAL_KEY = 'kitaphana.journal';
export const COLUMN_KEY = 'kitaphana.column';
export const LAYOUT_PREFIX = 'kitaphana.layout.';

export interface Layout {
  sheetId: number;
  /** The header row (row 1) as it was when the columns were resolved, up to the last column. */
  header: string[];
  /** Column key → 1-based column number. */
  columns: Record<string, number>;
}

export function headerKey(row: readonly CellValue[]): string[] {
  return row.map((v) => (v instanceof Date ? v.toISOString() : String(v)));
}

export function sameHeader(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export function resolveColumns(sheet: SheetPort): Record<string, number> {
  const columns: Record<string, number> = {};
  for (const { value, column } of sheet.columnMetadata(COLUMN_KEY)) columns[value] = column;
  return columns;
}

export function missingColumns(def: JournalDef, columns: Record<string, number>): string[] {
  return def.columns.filter((c) => !columns[c.key]).map((c) => c.key);
}

export class LayoutStore {
  private readonly layouts = new Map<string, Layout>();

  constructor(private readonly props: PropertyPort, all: Record<string, string>) {
    for (const [k, v] of Object.entries(all)) {
      if (!k.startsWith(LAYOUT_PREFIX)) continue;
      try {
        this.layouts.set(k.slice(LAYOUT_PREFIX.length), JSON.parse(v) as Layout);
      } catch {
        // A damaged cache entry is resolved again from the metadata.
      }
    }
  }

  get(journalId: string): Layout | undefined {
    return this.layouts.get(journalId);
  }

  put(journalId: string, layout: Layout): void {
    this.layouts.set(journalId, layout);
    this.props.set(LAYOUT_PREFIX + journalId, JSON.stringify(layout));
  }

  putMany(entries: Array<[string, Layout]>): void {
    const values: Record<string, string> = {};
    for (const [id, layout] of entries) {
      this.layouts.set(id, layout);
      values[LAYOUT_PREFIX + id] = JSON.stringify(layout);
    }
    if (entries.length) this.props.setMany(values);
  }
}
