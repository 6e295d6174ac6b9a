/**
 * The library's Drive archive, found through the settings journal (archiveFolderId) and created on first
 * use, named after the school: "Кітапхана архиві — №12 мектеп-гимназия".
 */
import type { ArchivePort } from '../docs/port';
import { t } from '../i18n';
import type { Settings } from '../journals/settings';
import type { Workbook } from '../journals/workbook';
import type { Env } from './context';

export function libraryArchive(env: Env, wb: Workbook, settings: Settings): ArchivePort {
  const school = settings.text('schoolName');
  const name = school ? t(wb.lang, 'archive.rootName', { school }) : t(wb.lang, 'archive.rootNamePlain');
  const opened = env.archive(settings.text('archiveFolderId') || null, name);
  if (opened.created) settings.write({ archiveFolderId: opened.rootId });
  return opened.archive;
}
