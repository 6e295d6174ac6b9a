/**
 * The library's Drive archive, found through the settings journal (archiveFolderId) and created on first
 * use, named after the school: "Кітапхана архиві — №12 мектеп-гимназия".
 */
import type { ArchiveKind, ArchivePort } from '../docs/port';
import { t } from '../i18n';
import { Settings } from '../journals/settings';
import type { Workbook } from '../journals/workbook';
import { type Env, setUpWorkbook, today } from './context';

export function libraryArchive(env: Env, wb: Workbook, settings: Settings): ArchivePort {
  const school = settings.text('schoolName');
  const name = school ? t(wb.lang, 'archive.rootName', { school }) : t(wb.lang, 'archive.rootNamePlain');
  const opened = env.archive(settings.text('archiveFolderId') || null, name);
  if (opened.created) settings.write({ archiveFolderId: opened.rootId });
  return opened.archive;
}

/** The folders of a year the archive menu item prepares (issue 5): <archive>/<year>/{Reports, ..., Scans}. */
export const ARCHIVE_TREE: readonly ArchiveKind[] = ['Reports', 'Plans', 'Acts', 'Protocols', 'Exhibitions', 'Scans'];

/** Menu "Archive in Drive": this year's folders, created when missing (under the lock), and the root's URL. */
export function prepareArchive(env: Env): { url: string; year: number; folders: ArchiveKind[] } {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const archive = libraryArchive(env, wb, Settings.read(wb));
    const year = Number(today(env, wb).slice(0, 4));
    for (const kind of ARCHIVE_TREE) archive.folder(year, kind);
    return { url: archive.rootUrl(), year, folders: [...ARCHIVE_TREE] };
  });
}
