/**
 * ArchivePort over DriveApp with the non-sensitive drive.file scope: the add-on sees only what it created,
 * so it creates the archive root itself and the caller keeps the root's id (settings: archiveFolderId).
 *
 * <root>/<year>/<kind>: year and kind folders are found by name inside their parent (searchFolders with
 * `trashed = false`, one call) and created when missing; the handles are cached for the execution, so a
 * batch of Docs costs the look-ups once. Not safe against two executions creating the same folder at the
 * same moment: callers hold the document lock.
 */
import type { ArchiveKind, ArchivePort, FileRef, FolderRef } from '../docs/port';
import type { FilesPort } from '../usecases/scans';

type Folder = GoogleAppsScript.Drive.Folder;

/** A FolderRef that carries its Folder handle, so moving a new Doc into it costs no look-up. */
class GasFolderRef implements FolderRef {
  constructor(
    readonly id: string,
    readonly folder: Folder,
  ) {}
}

/** The Drive folder behind a ref (one DriveApp call for a ref made elsewhere). */
export function driveFolder(ref: FolderRef): Folder {
  return ref instanceof GasFolderRef ? ref.folder : DriveApp.getFolderById(ref.id);
}

/** A string literal for a Drive search query (v2 syntax, which DriveApp.search* takes). */
export function queryString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function childFolder(parent: Folder, name: string): Folder {
  const found = parent.searchFolders(`title = ${queryString(name)} and trashed = false`);
  return found.hasNext() ? found.next() : parent.createFolder(name);
}

/** Folder names of the kinds; the default names are the kinds themselves. */
export type KindNames = Readonly<Record<ArchiveKind, string>>;

class GasArchive implements ArchivePort {
  private readonly years = new Map<number, Folder>();
  private readonly kinds = new Map<string, GasFolderRef>();
  private url: string | null = null;

  constructor(
    private readonly root: Folder,
    private readonly names: Partial<KindNames>,
  ) {}

  folder(year: number, kind: ArchiveKind): FolderRef {
    if (!Number.isInteger(year) || year < 1900 || year > 2999) throw new RangeError(`archive year: ${String(year)}`);
    const key = `${year}/${kind}`;
    const cached = this.kinds.get(key);
    if (cached) return cached;
    let yearFolder = this.years.get(year);
    if (!yearFolder) {
      yearFolder = childFolder(this.root, String(year));
      this.years.set(year, yearFolder);
    }
    const f = childFolder(yearFolder, this.names[kind] ?? kind);
    const ref = new GasFolderRef(f.getId(), f);
    this.kinds.set(key, ref);
    return ref;
  }

  findFile(folder: FolderRef, name: string): FileRef | null {
    const files = driveFolder(folder).searchFiles(`title = ${queryString(name)} and trashed = false`);
    if (!files.hasNext()) return null;
    const file = files.next();
    return { id: file.getId(), url: file.getUrl() };
  }

  rootUrl(): string {
    return this.url ?? (this.url = this.root.getUrl());
  }
}

export interface OpenedArchive {
  archive: ArchivePort;
  /** keep it (settings: archiveFolderId); it changes when the old root was deleted or trashed */
  rootId: string;
  /** true when a new root folder was made (first use, or the old one is gone) */
  created: boolean;
}

/** The root folder by id, or null when it no longer resolves (deleted, trashed, not visible to drive.file). */
function resolveRoot(rootId: string): Folder | null {
  let folder: Folder;
  try {
    folder = DriveApp.getFolderById(rootId);
  } catch {
    return null; // "No item with the given ID could be found..."
  }
  return folder.isTrashed() ? null : folder;
}

/**
 * Opens the archive whose root has this id, or creates a root named `rootName` in My Drive
 * (e.g. "Кітапхана архиві — №12 мектеп-гимназия") when there is none or it is gone.
 */
export function openArchive(rootId: string | null, rootName: string, kindNames: Partial<KindNames> = {}): OpenedArchive {
  const existing = rootId ? resolveRoot(rootId) : null;
  if (existing && rootId) return { archive: new GasArchive(existing, kindNames), rootId, created: false };
  const name = rootName.trim();
  if (!name) throw new Error('openArchive: empty root folder name');
  const root = DriveApp.createFolder(name);
  return { archive: new GasArchive(root, kindNames), rootId: root.getId(), created: true };
}

/**
 * Files other than Docs (scans, exhibition photos): made from the base64 a sidebar sent (Utilities.base64Decode
 * gives Java bytes, Utilities.newBlob a Blob, Folder.createFile(blob) the file, named and typed as the blob is).
 */
export function gasFiles(): FilesPort {
  return {
    create(folder: FolderRef, name: string, mimeType: string, base64: string): FileRef {
      const file = driveFolder(folder).createFile(Utilities.newBlob(Utilities.base64Decode(base64), mimeType, name));
      return { id: file.getId(), url: file.getUrl() };
    },
    trash(fileId: string, onlyIn?: FolderRef): void {
      const file = DriveApp.getFileById(fileId);
      if (onlyIn) {
        const wanted = driveFolder(onlyIn).getId();
        const parents = file.getParents();
        let inside = false;
        while (parents.hasNext()) if (parents.next().getId() === wanted) inside = true;
        if (!inside) return;
      }
      file.setTrashed(true);
    },
    read(fileId: string): { mimeType: string; bytes: number[] } | null {
      let file: GoogleAppsScript.Drive.File;
      try {
        file = DriveApp.getFileById(fileId);
      } catch {
        return null; // deleted, or not visible to drive.file
      }
      if (file.isTrashed()) return null;
      const blob = file.getBlob();
      return { mimeType: blob.getContentType() ?? '', bytes: blob.getBytes().map((x) => x & 0xff) };
    },
  };
}
