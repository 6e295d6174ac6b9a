/**
 * The workbook as journals: one entry point per operation. Opening costs one read of the document
 * properties (cached layouts and the workbook language); each journal is opened on first use.
 */
import { journal as journalDef, type JournalId } from '../../sheets-template';
import type { Lang } from '../../sheets-template/schema';
import { isLang } from '../i18n';
import { JOURNAL_KEY, LayoutStore } from './layout';
import type { PropertyPort, SpreadsheetPort } from './port';
import { JournalTable } from './table';

export const LANG_PROPERTY = 'kitaphana.lang';
export const TEMPLATE_PROPERTY = 'kitaphana.templateVersion';

export class Workbook {
  readonly layouts: LayoutStore;
  readonly lang: Lang;
  readonly timeZone: string;
  readonly templateVersion: number;
  private readonly tables = new Map<string, JournalTable>();
  private located: Map<string, number> | null = null;

  constructor(readonly ss: SpreadsheetPort, readonly props: PropertyPort, fallbackLang: () => Lang) {
    const all = props.getAll();
    this.layouts = new LayoutStore(props, all);
    this.lang = isLang(all[LANG_PROPERTY]) ? all[LANG_PROPERTY] : fallbackLang();
    this.templateVersion = Number(all[TEMPLATE_PROPERTY] ?? 0);
    this.timeZone = ss.timeZone();
  }

  /** True once setup has run on this workbook. */
  isSetUp(): boolean {
    return this.templateVersion > 0;
  }

  journal(id: JournalId): JournalTable {
    let table = this.tables.get(id);
    if (!table) {
      table = new JournalTable(journalDef(id), this.ss, this.layouts, this.lang, this.timeZone, (j) => this.locate(j));
      this.tables.set(id, table);
    }
    return table;
  }

  /** Journal id → sheet id, from the sheets' developer metadata (one finder call, then memoized). */
  locate(journalId: string): number | null {
    if (!this.located) {
      this.located = new Map();
      for (const { value, sheetId } of this.ss.findSheetsByMetadata(JOURNAL_KEY)) this.located.set(value, sheetId);
    }
    return this.located.get(journalId) ?? null;
  }
}
