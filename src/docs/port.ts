/**
 * What the use cases need to write Docs and keep them in the archive. src/gas/docs.ts (DocumentApp) and
 * src/gas/archive.ts (DriveApp, drive.file scope) implement these; nothing above names an Apps Script service.
 *
 * The archive: <root>/<year>/{Reports, Plans, Acts, Protocols, Exhibitions, Scans, Labels}, folders made on demand.
 */
import type { DocModel } from './model';

/** An archive folder, opaque to callers. */
export interface FolderRef {
  readonly id: string;
}

export interface FileRef {
  id: string;
  url: string;
}

/**
 * The folders of a year in the archive. Readers holds the reader file (formulars, reminder slips):
 * children's personal data, never shared with the director, who is given Reports only.
 */
export const ARCHIVE_KINDS = ['Reports', 'Plans', 'Acts', 'Protocols', 'Exhibitions', 'Scans', 'Labels', 'Readers'] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

export interface DocsPort {
  /** A new Google Doc written from the model, placed in the folder. */
  create(model: DocModel, folder: FolderRef): FileRef;
  /** Rewrites an existing Doc's body (and name) from the model: building twice replaces, never duplicates. */
  replace(fileId: string, model: DocModel): FileRef;
}

export interface ArchivePort {
  /** <root>/<year>/<kind>, created when missing, never duplicated. */
  folder(year: number, kind: ArchiveKind): FolderRef;
  /** A file (not trashed) with exactly this name directly in the folder, or null. */
  findFile(folder: FolderRef, name: string): FileRef | null;
  rootUrl(): string;
}

export interface SavedDoc extends FileRef {
  /** true when an existing Doc of that name was rewritten */
  replaced: boolean;
}

/** Writes a model into <year>/<kind>: rewrites the Doc of the same name if there is one, else creates it. */
export function saveToArchive(docs: DocsPort, archive: ArchivePort, year: number, kind: ArchiveKind, model: DocModel): SavedDoc {
  const folder = archive.folder(year, kind);
  const existing = archive.findFile(folder, model.name);
  if (existing) return { ...docs.replace(existing.id, model), replaced: true };
  return { ...docs.create(model, folder), replaced: false };
}
