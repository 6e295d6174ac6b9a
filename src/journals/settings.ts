/**
 * The settings journal: one row per setting (key, title, value, note). Read once per operation; a
 * changed value (a counter) is written back to its own cell.
 */
import { SETTINGS } from '../../sheets-template';
import type { SettingDef } from '../../sheets-template/schema';
import { UserError } from '../domain/errors';
import type { StoredRow } from './table';
import type { Workbook } from './workbook';

export class Settings {
  private constructor(
    private readonly wb: Workbook,
    private readonly rows: Map<string, StoredRow>,
  ) {}

  static read(wb: Workbook): Settings {
    const rows = new Map<string, StoredRow>();
    for (const row of wb.journal('settings').readAll()) {
      const key = row.values.key;
      if (typeof key === 'string' && key) rows.set(key, row);
    }
    return new Settings(wb, rows);
  }

  private def(key: string): SettingDef {
    const def = SETTINGS.find((s) => s.key === key);
    if (!def) throw new Error(`unknown setting ${key}`);
    return def;
  }

  private raw(key: string): string {
    const row = this.rows.get(key);
    const v = row ? row.values.value : null;
    return v === null || v === undefined ? '' : String(v).trim();
  }

  text(key: string): string {
    const raw = this.raw(key);
    return raw === '' ? String(this.def(key).defaultValue) : raw;
  }

  int(key: string): number {
    const def = this.def(key);
    const raw = this.raw(key);
    const n = raw === '' ? Number(def.defaultValue) : Number(raw);
    if (!Number.isInteger(n) || (def.min !== undefined && n < def.min) || (def.max !== undefined && n > def.max)) {
      throw new UserError('error.settingInvalid', { setting: def.title[this.wb.lang], value: raw });
    }
    return n;
  }

  /**
   * A counter (next inventory number, reader ticket, record...): it must be there and filled in. A blank or
   * missing counter refuses the operation instead of starting again from 1 (numbers are never reused).
   */
  counter(key: string): number {
    const def = this.def(key);
    if (!this.rows.has(key)) throw new UserError('error.notSetUp');
    if (this.raw(key) === '') throw new UserError('error.settingInvalid', { setting: def.title[this.wb.lang], value: '' });
    return this.int(key);
  }

  title(key: string): string {
    return this.def(key).title[this.wb.lang];
  }

  /** Writes new values of existing settings (one write per setting row). */
  write(values: Record<string, string | number>): void {
    const updates = Object.entries(values).map(([key, value]) => {
      const row = this.rows.get(key);
      if (!row) throw new UserError('error.notSetUp');
      return { rowNumber: row.rowNumber, values: { value: String(value) } };
    });
    this.wb.journal('settings').update(updates);
  }
}
