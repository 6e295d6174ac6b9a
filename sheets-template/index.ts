/** The journals template: schema types, the journals, the settings and the shared enum options. */
export type {
  ColumnDef,
  ColumnType,
  EnumOption,
  JournalDef,
  JournalKind,
  Lang,
  Protection,
  SettingDef,
  Text,
} from './schema';
export { JOURNALS, TEMPLATE_VERSION } from './journals';
export { column, isJournalId, journal } from './lookup';
export type { ColumnKey, JournalId, JournalOf } from './journals';
export { SETTINGS, isSettingKey, settingDef } from './settings';
export type { SettingKey } from './settings';
export * from './options';
