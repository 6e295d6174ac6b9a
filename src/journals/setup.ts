/**
 * Creates and upgrades the journals from the template. Idempotent: a journal that exists (found by its
 * developer metadata, whatever its title or position) only gets the columns it lacks, appended after
 * its last column; rows and the librarian's own columns are never touched. Settings rows missing from
 * the settings journal are appended with their defaults.
 */
import { JOURNALS, SETTINGS, TEMPLATE_VERSION } from '../../sheets-template';
import type { ColumnDef, JournalDef, Lang } from '../../sheets-template/schema';
import { defaultFormat, type JournalRow } from './codec';
import { COLUMN_KEY, JOURNAL_KEY, headerKey, resolveColumns, type Layout } from './layout';
import type { SheetPort, ValidationRule } from './port';
import { LANG_PROPERTY, TEMPLATE_PROPERTY, Workbook } from './workbook';

export interface SetupReport {
  created: string[];
  upgraded: Array<{ journal: string; columns: string[] }>;
  settingsAdded: string[];
  lang: Lang;
}

const INVALID_TITLE_CHARS = /[[\]*?/\\:]/g;

export function setupWorkbook(wb: Workbook, lang: Lang): SetupReport {
  const report: SetupReport = { created: [], upgraded: [], settingsAdded: [], lang };
  const existing = new Map(wb.ss.findSheetsByMetadata(JOURNAL_KEY).map((m) => [m.value, m.sheetId]));
  const names = new Set(wb.ss.sheetNames());
  // A workbook set up by an older template: its list columns get the options added since (e.g. a new condition).
  const olderTemplate = wb.isSetUp() && wb.templateVersion < TEMPLATE_VERSION;
  const layouts: Array<[string, Layout]> = [];

  JOURNALS.forEach((def, index) => {
    const sheetId = existing.get(def.id);
    const sheet = sheetId === undefined ? null : wb.ss.sheetById(sheetId);
    if (!sheet) {
      const created = createJournal(wb, def, index, lang, names);
      layouts.push([def.id, created]);
      report.created.push(def.id);
      return;
    }
    const columns = resolveColumns(sheet);
    const missing = def.columns.filter((c) => !columns[c.key]);
    if (olderTemplate) {
      for (const c of def.columns) {
        const rule = c.type === 'enum' && columns[c.key] ? validationRule(c, lang) : null;
        if (rule) sheet.setColumnValidation(columns[c.key], rule);
      }
    }
    if (missing.length) {
      addColumns(sheet, missing, lang, columns);
      report.upgraded.push({ journal: def.id, columns: missing.map((c) => c.key) });
    }
    const lastColumn = sheet.lastColumn();
    const header = headerKey(sheet.read(1, 1, 1, Math.max(lastColumn, 1))[0]);
    layouts.push([def.id, { sheetId: sheet.sheetId, header, columns }]);
  });

  wb.layouts.putMany(layouts);
  if (report.created.length) wb.ss.activate(layouts[0][1].sheetId);
  wb.props.setMany({ [LANG_PROPERTY]: lang, [TEMPLATE_PROPERTY]: String(TEMPLATE_VERSION) });
  report.settingsAdded = addMissingSettings(wb, lang);
  return report;
}

function uniqueTitle(title: string, names: Set<string>): string {
  const base = title.replace(INVALID_TITLE_CHARS, ' ').slice(0, 95).trim();
  let name = base;
  for (let i = 2; names.has(name); i++) name = `${base} (${i})`;
  names.add(name);
  return name;
}

function createJournal(wb: Workbook, def: JournalDef, index: number, lang: Lang, names: Set<string>): Layout {
  const sheet = wb.ss.insertSheet(uniqueTitle(def.title[lang], names), index);
  const n = def.columns.length;
  // Exactly the journal's columns: every cell of a grid counts against the workbook's 10 million.
  if (sheet.maxColumns() < n) sheet.insertColumnsAfter(sheet.maxColumns(), n - sheet.maxColumns());
  else sheet.trimColumnsAfter(n);
  const header = def.columns.map((c) => c.title[lang]);
  sheet.write(1, 1, [header]);
  sheet.addSheetMetadata(JOURNAL_KEY, def.id);
  const columns: Record<string, number> = {};
  def.columns.forEach((c, i) => {
    columns[c.key] = i + 1;
    decorateColumn(sheet, c, i + 1, lang);
  });
  sheet.setColumnFormats(1, def.columns.map(defaultFormat));
  sheet.styleHeader(n, def.columns.map((c, i) => headerNote(def, c, i, lang)));
  sheet.setFrozen(def.frozenRows, def.frozenColumns ?? 0);
  if (def.protection === 'warning') sheet.protectWarningOnly(def.title[lang]);
  if (def.hidden) sheet.hide();
  return { sheetId: sheet.sheetId, header, columns };
}

function addColumns(sheet: SheetPort, missing: readonly ColumnDef[], lang: Lang, columns: Record<string, number>): void {
  const after = Math.max(sheet.lastColumn(), ...Object.values(columns), 0);
  const need = after + missing.length - sheet.maxColumns();
  if (need > 0) sheet.insertColumnsAfter(sheet.maxColumns(), need);
  sheet.write(1, after + 1, [missing.map((c) => c.title[lang])]);
  sheet.setColumnFormats(after + 1, missing.map(defaultFormat));
  missing.forEach((c, i) => {
    columns[c.key] = after + 1 + i;
    decorateColumn(sheet, c, after + 1 + i, lang);
  });
}

function decorateColumn(sheet: SheetPort, c: ColumnDef, column: number, lang: Lang): void {
  sheet.addColumnMetadata(column, COLUMN_KEY, c.key);
  sheet.setColumnWidth(column, c.width);
  const rule = validationRule(c, lang);
  if (rule) sheet.setColumnValidation(column, rule);
}

function headerNote(def: JournalDef, c: ColumnDef, index: number, lang: Lang): string {
  const parts: string[] = [];
  if (index === 0) parts.push(def.description[lang]);
  if (c.note) parts.push(c.note[lang]);
  return parts.join('\n');
}

export function validationRule(c: ColumnDef, lang: Lang): ValidationRule | null {
  const help = c.note ? c.note[lang] : undefined;
  switch (c.type) {
    case 'enum':
      return { kind: 'list', values: (c.options ?? []).map((o) => o.title[lang]), allowInvalid: false, helpText: help };
    case 'int':
    case 'number':
    case 'money':
      return c.min === undefined ? null : { kind: 'numberMin', min: c.min, allowInvalid: false, helpText: help };
    case 'date':
    case 'datetime':
      return { kind: 'date', allowInvalid: false, helpText: help };
    case 'email':
      return { kind: 'email', allowInvalid: true, helpText: help };
    case 'bool':
      return { kind: 'checkbox', allowInvalid: false };
    default:
      return null;
  }
}

function addMissingSettings(wb: Workbook, lang: Lang): string[] {
  const table = wb.journal('settings');
  const present = new Set(table.readAll().map((r) => r.values.key));
  const rows: JournalRow[] = SETTINGS.filter((s) => !present.has(s.key)).map((s) => ({
    key: s.key,
    title: s.title[lang],
    value: s.key === 'language' ? lang : String(s.defaultValue),
    note: s.note ? s.note[lang] : '',
  }));
  table.append(rows);
  return rows.map((r) => String(r.key));
}
