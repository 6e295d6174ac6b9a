import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { Host } from '../core/host';
import { readJson, stamp, writeJson } from '../core/persist';
import { clone, newDocTree } from './docs/model';
import type { DocTree } from './docs/model';

/**
 * The shared state of the Drive and Docs fakes: the Drive tree (drive.json), the Docs' element trees
 * (docs/<id>.json) and the bytes of uploaded files (drive-files/<id>), all in the workbook folder.
 */

export const MimeType = Object.freeze({
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: 'application/pdf',
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
} satisfies GoogleAppsScript.Base.MimeType);

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  /** explicitly trashed (an item is also trashed when an ancestor folder is) */
  trashed: boolean;
  /** created by the add-on: visible to it under the drive.file scope */
  createdByAddon: boolean;
  /** the user opened it with the add-on (the bound spreadsheet): visible under drive.file too */
  openedByAddon?: boolean;
  viewers: string[];
  editors: string[];
  owner: string;
  sharing?: { access: string; permission: string };
  description?: string;
  dateCreated: Date;
  lastUpdated: Date;
  /** bytes of an uploaded file */
  size?: number;
}

interface DriveJson {
  version: 1;
  rootId: string;
  items: DriveItem[];
}

interface DocJson {
  id: string;
  tree: DocTree;
}

/** One Doc's content in memory. Element handles hold nodes of `tree`; `dirty` means save() must write it. */
export class DocState {
  dirty = false;
  constructor(
    readonly id: string,
    public tree: DocTree,
  ) {}
}

export const OWNER_EMAIL = 'librarian@school.kz';

export class DriveStore {
  readonly items = new Map<string, DriveItem>();
  rootId = '';
  private loaded = false;
  private driveDirty = false;
  private driveStamp = '';
  private docs = new Map<string, DocState>();
  private docStamps = new Map<string, string>();
  private pendingBytes = new Map<string, Uint8Array>();
  /** Items this process changed since its last save: a reload keeps them over the file's version. */
  private changed = new Set<string>();

  constructor(
    readonly host: Host,
    readonly spreadsheetId: string,
    readonly spreadsheetName: string,
  ) {}

  get driveFile(): string {
    return path.join(this.host.dir, 'drive.json');
  }
  docFile(id: string): string {
    return path.join(this.host.dir, 'docs', `${id}.json`);
  }
  bytesFile(id: string): string {
    return path.join(this.host.dir, 'drive-files', id);
  }

  // -------------------------------------------------------------------------------------------
  // Persistence

  ensure(): void {
    if (!this.loaded) this.load();
  }

  load(): void {
    const s = stamp(this.driveFile);
    if (!this.loaded || s !== this.driveStamp) {
      const mine = [...this.changed].map((id) => this.items.get(id)).filter((it): it is DriveItem => !!it);
      this.items.clear();
      if (s === '') {
        this.seed();
      } else {
        const json = readJson<DriveJson>(this.driveFile, { version: 1, rootId: '', items: [] });
        this.rootId = json.rootId;
        for (const it of json.items) this.items.set(it.id, it);
        this.driveDirty = false;
        this.ensureSeedEntries();
      }
      // unsaved changes of this process win over the other process's version of the same item
      for (const it of mine) this.items.set(it.id, it);
      if (mine.length) this.driveDirty = true;
      this.driveStamp = s;
      this.loaded = true;
    }
    for (const [id, doc] of this.docs) {
      const ds = stamp(this.docFile(id));
      if (ds !== '' && ds !== this.docStamps.get(id) && !doc.dirty) {
        doc.tree = readJson<DocJson>(this.docFile(id), { id, tree: newDocTree() }).tree;
        doc.dirty = false;
        this.docStamps.set(id, ds);
      }
    }
  }

  save(): void {
    if (!this.loaded) return;
    const now = this.host.now();
    for (const doc of this.docs.values()) {
      if (!doc.dirty) continue;
      writeJson(this.docFile(doc.id), { id: doc.id, tree: doc.tree } satisfies DocJson);
      this.docStamps.set(doc.id, stamp(this.docFile(doc.id)));
      doc.dirty = false;
      const it = this.items.get(doc.id);
      if (it) {
        it.lastUpdated = now;
        this.changed.add(it.id);
        this.driveDirty = true;
      }
    }
    for (const [id, bytes] of this.pendingBytes) {
      const file = this.bytesFile(id);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, bytes);
      fs.renameSync(tmp, file);
    }
    this.pendingBytes.clear();
    if (this.driveDirty) {
      writeJson(this.driveFile, { version: 1, rootId: this.rootId, items: [...this.items.values()] } satisfies DriveJson);
      this.driveStamp = stamp(this.driveFile);
      this.driveDirty = false;
    }
    this.changed.clear();
  }

  /** The starting Drive: My Drive, a user folder the add-on did not create, the bound spreadsheet's entry. */
  private seed(): void {
    const now = this.host.now();
    this.rootId = this.newId();
    this.items.set(this.rootId, this.item({ id: this.rootId, name: 'My Drive', mimeType: MimeType.FOLDER, parents: [], createdByAddon: false }, now));
    const personal = this.newId();
    this.items.set(personal, this.item({ id: personal, name: 'Personal', mimeType: MimeType.FOLDER, parents: [this.rootId], createdByAddon: false }, now));
    this.ensureSeedEntries();
    this.driveDirty = true;
  }

  private ensureSeedEntries(): void {
    if (!this.items.has(this.spreadsheetId)) {
      const it = this.item(
        { id: this.spreadsheetId, name: this.spreadsheetName, mimeType: MimeType.GOOGLE_SHEETS, parents: [this.rootId], createdByAddon: false },
        this.host.now(),
      );
      it.openedByAddon = true;
      this.items.set(it.id, it);
      this.driveDirty = true;
    }
  }

  private item(p: Pick<DriveItem, 'id' | 'name' | 'mimeType' | 'parents' | 'createdByAddon'>, now: Date): DriveItem {
    return { ...p, trashed: false, viewers: [], editors: [], owner: OWNER_EMAIL, dateCreated: now, lastUpdated: now };
  }

  // -------------------------------------------------------------------------------------------
  // Items

  /** Random-looking ids in the shape of Drive's (44 characters of [A-Za-z0-9_-] starting with 1). */
  newId(): string {
    for (;;) {
      const id = '1' + crypto.randomBytes(33).toString('base64url').slice(0, 43);
      if (!this.items.has(id)) return id;
    }
  }

  get(id: string): DriveItem | undefined {
    this.ensure();
    return this.items.get(id);
  }

  /** What the add-on may see under the drive.file scope: items it created or the user opened with it. */
  visible(it: DriveItem): boolean {
    return it.id === this.rootId || it.createdByAddon || it.openedByAddon === true;
  }

  isFolder(it: DriveItem): boolean {
    return it.mimeType === MimeType.FOLDER;
  }

  /** Trashed explicitly or because an ancestor folder is trashed. */
  isTrashed(it: DriveItem): boolean {
    const seen = new Set<string>();
    let cur: DriveItem | undefined = it;
    while (cur && !seen.has(cur.id)) {
      if (cur.trashed) return true;
      seen.add(cur.id);
      cur = cur.parents.length ? this.items.get(cur.parents[0]) : undefined;
    }
    return false;
  }

  create(p: Pick<DriveItem, 'name' | 'mimeType' | 'parents'> & { bytes?: Uint8Array }): DriveItem {
    this.ensure();
    const it = this.item({ id: this.newId(), name: p.name, mimeType: p.mimeType, parents: p.parents, createdByAddon: true }, this.host.now());
    if (p.bytes) {
      it.size = p.bytes.length;
      this.pendingBytes.set(it.id, p.bytes);
    }
    this.items.set(it.id, it);
    this.changed.add(it.id);
    if (p.mimeType === MimeType.GOOGLE_DOCS) {
      const doc = new DocState(it.id, newDocTree());
      doc.dirty = true;
      this.docs.set(it.id, doc);
    }
    this.driveDirty = true;
    return it;
  }

  /** Marks an item changed (name, parents, sharing...): lastUpdated moves, drive.json is written at save(). */
  touch(it: DriveItem, updated = true): void {
    if (updated) it.lastUpdated = this.host.now();
    this.changed.add(it.id);
    this.driveDirty = true;
  }

  /** Children of a folder, in creation order. */
  children(folderId: string): DriveItem[] {
    this.ensure();
    const out: DriveItem[] = [];
    for (const it of this.items.values()) if (it.parents.includes(folderId)) out.push(it);
    return out;
  }

  all(): DriveItem[] {
    this.ensure();
    return [...this.items.values()];
  }

  // -------------------------------------------------------------------------------------------
  // Content

  doc(id: string): DocState {
    this.ensure();
    let d = this.docs.get(id);
    if (!d) {
      const file = this.docFile(id);
      const json = readJson<DocJson | null>(file, null);
      d = new DocState(id, json ? json.tree : newDocTree());
      if (!json) d.dirty = true;
      this.docStamps.set(id, stamp(file));
      this.docs.set(id, d);
    }
    return d;
  }

  copyDoc(fromId: string, toId: string): void {
    const src = this.doc(fromId);
    const d = new DocState(toId, clone(src.tree));
    d.dirty = true;
    this.docs.set(toId, d);
  }

  bytes(id: string): Uint8Array | null {
    const pending = this.pendingBytes.get(id);
    if (pending) return pending;
    try {
      return new Uint8Array(fs.readFileSync(this.bytesFile(id)));
    } catch {
      return null;
    }
  }

  setBytes(id: string, bytes: Uint8Array): void {
    this.pendingBytes.set(id, bytes);
    const it = this.items.get(id);
    if (it) {
      it.size = bytes.length;
      this.touch(it);
    }
  }
}
