/**
 * DriveApp + DocumentApp fakes: one ServiceModule, because a Doc is a Drive file.
 * Reference: https://developers.google.com/apps-script/reference/drive
 *
 * Scope model (least privilege): the add-on holds drive.file, so DriveApp sees only the items it created
 * (and the bound spreadsheet, which the user opened with it). Everything else in the user's Drive exists
 * but is invisible: searches skip it, getFileById/getFolderById throw the not-found error.
 *
 * State: drive.json (the tree), docs/<id>.json (each Doc's element tree), drive-files/<id> (uploaded bytes).
 */
import type { Host } from '../core/host';
import { checkAuth } from '../core/host';
import { counted } from '../core/meter';
import type { ServiceModule } from '../core/service';
import { createBlob, readBlob, typeName } from './drive-blob';
import { gasError } from './small-support';
import { DriveStore, MimeType, OWNER_EMAIL } from './drive-store';
import type { DriveItem } from './drive-store';
import { createDocumentApp, docUrl } from './docs/document-app';
import { renderDocHtml } from './docs/html';
import { sectionText } from './docs/model';

export { MimeType } from './drive-store';

/** The bound spreadsheet's id when the runtime gives none. */
export const DEFAULT_SPREADSHEET_ID = '1KitaphanaLocalSpreadsheetXXXXXXXXXXXXXXXXXX';

// ---------------------------------------------------------------------------------------------
// Enums (https://developers.google.com/apps-script/reference/drive/access, .../permission)

export const Access = Object.freeze({
  ANYONE: 'ANYONE',
  ANYONE_WITH_LINK: 'ANYONE_WITH_LINK',
  DOMAIN: 'DOMAIN',
  DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK',
  PRIVATE: 'PRIVATE',
});
export const Permission = Object.freeze({
  VIEW: 'VIEW',
  EDIT: 'EDIT',
  COMMENT: 'COMMENT',
  OWNER: 'OWNER',
  ORGANIZER: 'ORGANIZER',
  FILE_ORGANIZER: 'FILE_ORGANIZER',
  NONE: 'NONE',
});

// ---------------------------------------------------------------------------------------------
// Errors. Sources in test/contract/drive.test.ts.

export const NOT_FOUND = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
export const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';
export const invalidEmail = (e: string): string => `Invalid email: ${e}`;
const signature = (args: unknown[], method: string): string => `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`;

// ---------------------------------------------------------------------------------------------

export interface DriveNode {
  id: string;
  name: string;
  mimeType: string;
  trashed: boolean;
  createdByAddon: boolean;
  /** who may view or edit it besides the owner (lower-case e-mails; inherited access not listed) */
  viewers: string[];
  editors: string[];
  children?: DriveNode[];
}

/**
 * The sharing e-mail Drive sends when a person is added to an item: DriveApp's addViewer/addEditor
 * notify the new person (community-observed: DriveApp has no way to turn it off; the Drive API's
 * permissions.create has sendNotificationEmail, default true). Not sent to someone already listed.
 */
export interface SharingNotice {
  to: string;
  itemId: string;
  itemName: string;
  role: 'viewer' | 'editor';
}

export interface DriveInspector {
  tree(): DriveNode;
  findByPath(path: string): DriveNode | null;
  docText(docId: string): string;
  docHtml(docId: string): string;
  fileBytes(fileId: string): Uint8Array | null;
  /** The sharing e-mails Drive sent during this Emulator's life (not persisted), oldest first. */
  sharingNotices(): SharingNotice[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handle = any;

const EMAIL = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>()]+$/;

interface Ctx {
  host: Host;
  store: DriveStore;
  notices: SharingNotice[];
}

function strArg(v: unknown, args: unknown[], method: string): string {
  if (typeof v === 'string') return v;
  throw gasError(signature(args, method));
}

function folderUrl(id: string): string {
  return `https://drive.google.com/drive/folders/${id}`;
}

function fileUrl(it: DriveItem): string {
  switch (it.mimeType) {
    case MimeType.GOOGLE_DOCS:
      return `${docUrl(it.id)}?usp=drivesdk`;
    case MimeType.GOOGLE_SHEETS:
      return `https://docs.google.com/spreadsheets/d/${it.id}/edit?usp=drivesdk`;
    default:
      return `https://drive.google.com/file/d/${it.id}/view?usp=drivesdk`;
  }
}

function user(c: Ctx, email: string): Handle {
  const u = {
    getEmail: (): string => email,
    getName: (): string => email.split('@')[0],
    getDomain: (): string => email.split('@')[1] ?? '',
    getPhotoUrl: (): string => '',
  };
  return counted(u, 'User', c.host.meter);
}

/** The item id behind a Folder handle a script passes back in (a counted proxy of FolderFake). */
function folderIdOf(v: unknown): string | null {
  if (v && typeof v === 'object' && (v as { _kind?: string })._kind === 'folder') return (v as { _id: string })._id;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Iterators

class IteratorFake {
  private _i = 0;
  constructor(
    private _c: Ctx,
    private _ids: string[],
    private _make: (it: DriveItem) => Handle,
    readonly _kind: 'file' | 'folder',
  ) {}
  hasNext(): boolean {
    return this._i < this._ids.length;
  }
  next(): Handle {
    if (this._i >= this._ids.length) throw gasError(ITERATOR_END);
    const it = this._c.store.get(this._ids[this._i++]);
    if (!it) throw gasError(NOT_FOUND);
    return this._make(it);
  }
  getContinuationToken(): string {
    return Buffer.from(JSON.stringify({ k: this._kind, ids: this._ids.slice(this._i) }), 'utf8').toString('base64url');
  }
}

function fileIterator(c: Ctx, items: DriveItem[]): Handle {
  return counted(new IteratorFake(c, items.map((i) => i.id), (it) => fileHandle(c, it), 'file'), 'FileIterator', c.host.meter);
}
function folderIterator(c: Ctx, items: DriveItem[]): Handle {
  return counted(new IteratorFake(c, items.map((i) => i.id), (it) => folderHandle(c, it), 'folder'), 'FolderIterator', c.host.meter);
}

function fromToken(c: Ctx, token: unknown, kind: 'file' | 'folder', method: string): Handle {
  const t = strArg(token, [token], method);
  let parsed: { k?: string; ids?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(t, 'base64url').toString('utf8')) as { k?: string; ids?: unknown };
  } catch {
    throw gasError('Invalid continuation token.');
  }
  if (parsed.k !== kind || !Array.isArray(parsed.ids)) throw gasError('Invalid continuation token.');
  const items = (parsed.ids as string[]).map((id) => c.store.get(id)).filter((x): x is DriveItem => !!x && c.store.visible(x));
  return kind === 'file' ? fileIterator(c, items) : folderIterator(c, items);
}

// ---------------------------------------------------------------------------------------------
// Search queries: Drive API v2 syntax, as DriveApp.searchFiles documents; only a small subset.

type Pred = (it: DriveItem) => boolean;

export function parseQuery(c: Ctx, q: string): Pred {
  const unsupported = (): Error =>
    gasError(
      `The emulator does not support this search query: ${q} ` +
        "(supported: title = '...', '<id>' in parents, trashed = true|false, mimeType = '...', joined by and).",
    );
  const str = "'((?:[^'\\\\]|\\\\.)*)'";
  const unq = (s: string): string => s.replace(/\\(.)/g, '$1');
  const terms = q.trim().split(/\s+and\s+/i);
  const preds: Pred[] = [];
  for (const raw of terms) {
    const t = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`^title\\s*=\\s*${str}$`).exec(t))) {
      const v = unq(m[1]);
      preds.push((it) => it.name === v);
    } else if ((m = new RegExp(`^${str}\\s+in\\s+parents$`).exec(t))) {
      const v = unq(m[1]);
      preds.push((it) => it.parents.includes(v));
    } else if ((m = /^trashed\s*=\s*(true|false)$/.exec(t))) {
      const v = m[1] === 'true';
      preds.push((it) => c.store.isTrashed(it) === v);
    } else if ((m = new RegExp(`^mimeType\\s*=\\s*${str}$`).exec(t))) {
      const v = unq(m[1]);
      preds.push((it) => it.mimeType === v);
    } else {
      throw unsupported();
    }
  }
  if (!preds.length) throw unsupported();
  return (it) => preds.every((p) => p(it));
}

// ---------------------------------------------------------------------------------------------
// Folder and File

abstract class ItemFake {
  constructor(
    protected _c: Ctx,
    readonly _id: string,
  ) {}
  protected abstract _cls(): string;
  protected _it(): DriveItem {
    const it = this._c.store.get(this._id);
    if (!it) throw gasError(NOT_FOUND);
    return it;
  }
  protected _self(): Handle {
    return counted(this, this._cls(), this._c.host.meter);
  }
  protected _m(name: string): string {
    return `DriveApp.${this._cls()}.${name}`;
  }
  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._it().name;
  }
  setName(name: unknown): Handle {
    const it = this._it();
    it.name = strArg(name, [name], this._m('setName'));
    this._c.store.touch(it);
    return this._self();
  }
  getDescription(): string | null {
    return this._it().description ?? null;
  }
  setDescription(description: unknown): Handle {
    const it = this._it();
    it.description = strArg(description, [description], this._m('setDescription'));
    this._c.store.touch(it);
    return this._self();
  }
  getDateCreated(): Date {
    return new Date(this._it().dateCreated.getTime());
  }
  getLastUpdated(): Date {
    return new Date(this._it().lastUpdated.getTime());
  }
  /** Parents the add-on may see (drive.file hides the others). */
  getParents(): Handle {
    const it = this._it();
    const parents = it.parents.map((id) => this._c.store.get(id)).filter((p): p is DriveItem => !!p && this._c.store.visible(p));
    return folderIterator(this._c, parents);
  }
  isTrashed(): boolean {
    return this._c.store.isTrashed(this._it());
  }
  setTrashed(trashed: unknown): Handle {
    if (typeof trashed !== 'boolean') throw gasError(signature([trashed], this._m('setTrashed')));
    const it = this._it();
    it.trashed = trashed;
    this._c.store.touch(it);
    return this._self();
  }
  getOwner(): Handle {
    return user(this._c, this._it().owner);
  }
  private _emails(v: unknown, method: string): string[] {
    const list = Array.isArray(v) ? v : [v];
    const out: string[] = [];
    for (const e of list) {
      const s = typeof e === 'string' ? e : e && typeof e === 'object' && typeof (e as { getEmail?: unknown }).getEmail === 'function' ? String((e as { getEmail(): string }).getEmail()) : null;
      if (s === null) throw gasError(signature([v], this._m(method)));
      if (!EMAIL.test(s)) throw gasError(invalidEmail(s));
      out.push(s.toLowerCase());
    }
    return out;
  }
  private _add(role: 'viewers' | 'editors', v: unknown, method: string): Handle {
    const emails = this._emails(v, method);
    const it = this._it();
    for (const e of emails) {
      if (e === it.owner) continue;
      if (role === 'viewers' && it.editors.includes(e)) continue; // an editor already can view
      if (role === 'editors') it.viewers = it.viewers.filter((x) => x !== e);
      if (!it[role].includes(e)) {
        const known = it.viewers.includes(e) || it.editors.includes(e);
        it[role].push(e);
        if (!known) this._c.notices.push({ to: e, itemId: it.id, itemName: it.name, role: role === 'viewers' ? 'viewer' : 'editor' });
      }
    }
    this._c.store.touch(it, false);
    return this._self();
  }
  addViewer(emailAddress: unknown): Handle {
    return this._add('viewers', emailAddress, 'addViewer');
  }
  addViewers(emailAddresses: unknown): Handle {
    if (!Array.isArray(emailAddresses)) throw gasError(signature([emailAddresses], this._m('addViewers')));
    return this._add('viewers', emailAddresses, 'addViewers');
  }
  addEditor(emailAddress: unknown): Handle {
    return this._add('editors', emailAddress, 'addEditor');
  }
  addEditors(emailAddresses: unknown): Handle {
    if (!Array.isArray(emailAddresses)) throw gasError(signature([emailAddresses], this._m('addEditors')));
    return this._add('editors', emailAddresses, 'addEditors');
  }
  removeViewer(emailAddress: unknown): Handle {
    const [e] = this._emails(emailAddress, 'removeViewer');
    const it = this._it();
    it.viewers = it.viewers.filter((x) => x !== e);
    this._c.store.touch(it, false);
    return this._self();
  }
  removeEditor(emailAddress: unknown): Handle {
    const [e] = this._emails(emailAddress, 'removeEditor');
    const it = this._it();
    it.editors = it.editors.filter((x) => x !== e);
    this._c.store.touch(it, false);
    return this._self();
  }
  getViewers(): Handle[] {
    return this._it().viewers.map((e) => user(this._c, e));
  }
  getEditors(): Handle[] {
    return this._it().editors.map((e) => user(this._c, e));
  }
  setSharing(accessType: unknown, permissionType: unknown): Handle {
    const a = String(accessType);
    const p = String(permissionType);
    if (!(a in Access) || !(p in Permission)) throw gasError(signature([accessType, permissionType], this._m('setSharing')));
    const it = this._it();
    it.sharing = { access: a, permission: p };
    this._c.store.touch(it, false);
    return this._self();
  }
  /** Not verified: the default for a new private item (PRIVATE / NONE). */
  getSharingAccess(): string {
    return this._it().sharing?.access ?? 'PRIVATE';
  }
  getSharingPermission(): string {
    return this._it().sharing?.permission ?? 'NONE';
  }
  moveTo(destination: unknown): Handle {
    const dest = folderIdOf(destination);
    if (!dest) throw gasError(signature([destination], this._m('moveTo')));
    const target = this._c.store.get(dest);
    if (!target || !this._c.store.visible(target)) throw gasError(NOT_FOUND);
    // a folder cannot move into itself or its own subtree
    let cur: DriveItem | undefined = target;
    const seen = new Set<string>();
    while (cur && !seen.has(cur.id)) {
      if (cur.id === this._id) throw gasError('Invalid argument: destination (a folder cannot be moved into itself or its subfolders).');
      seen.add(cur.id);
      cur = cur.parents.length ? this._c.store.get(cur.parents[0]) : undefined;
    }
    const it = this._it();
    it.parents = [dest];
    this._c.store.touch(it);
    return this._self();
  }
}

function newName(v: unknown, args: unknown[], method: string): string {
  return strArg(v, args, method);
}

class FolderFake extends ItemFake {
  readonly _kind = 'folder';
  protected _cls(): string {
    return 'Folder';
  }
  getUrl(): string {
    return folderUrl(this._id);
  }
  getSize(): number {
    return 0;
  }
  private _kids(pred: (it: DriveItem) => boolean): DriveItem[] {
    return this._c.store.children(this._id).filter((k) => this._c.store.visible(k) && pred(k));
  }
  createFolder(name: unknown): Handle {
    const n = newName(name, [name], 'DriveApp.Folder.createFolder');
    this._it();
    return folderHandle(this._c, this._c.store.create({ name: n, mimeType: MimeType.FOLDER, parents: [this._id] }));
  }
  createFile(...args: unknown[]): Handle {
    return fileHandle(this._c, createFileIn(this._c, this._id, args, 'DriveApp.Folder.createFile'));
  }
  getFolders(): Handle {
    return folderIterator(this._c, this._kids((k) => this._c.store.isFolder(k)));
  }
  getFiles(): Handle {
    return fileIterator(this._c, this._kids((k) => !this._c.store.isFolder(k)));
  }
  getFoldersByName(name: unknown): Handle {
    const n = strArg(name, [name], 'DriveApp.Folder.getFoldersByName');
    return folderIterator(this._c, this._kids((k) => this._c.store.isFolder(k) && k.name === n));
  }
  getFilesByName(name: unknown): Handle {
    const n = strArg(name, [name], 'DriveApp.Folder.getFilesByName');
    return fileIterator(this._c, this._kids((k) => !this._c.store.isFolder(k) && k.name === n));
  }
  getFilesByType(mimeType: unknown): Handle {
    const t = strArg(mimeType, [mimeType], 'DriveApp.Folder.getFilesByType');
    return fileIterator(this._c, this._kids((k) => k.mimeType === t && !this._c.store.isFolder(k)));
  }
  searchFiles(params: unknown): Handle {
    const p = parseQuery(this._c, strArg(params, [params], 'DriveApp.Folder.searchFiles'));
    return fileIterator(this._c, this._kids((k) => !this._c.store.isFolder(k) && p(k)));
  }
  searchFolders(params: unknown): Handle {
    const p = parseQuery(this._c, strArg(params, [params], 'DriveApp.Folder.searchFolders'));
    return folderIterator(this._c, this._kids((k) => this._c.store.isFolder(k) && p(k)));
  }
}

class FileFake extends ItemFake {
  readonly _kind = 'file';
  protected _cls(): string {
    return 'File';
  }
  getUrl(): string {
    return fileUrl(this._it());
  }
  getMimeType(): string {
    return this._it().mimeType;
  }
  /** Not verified: Google-type files (Docs, Sheets) report 0 bytes here. */
  getSize(): number {
    return this._it().size ?? 0;
  }
  getBlob(): Handle {
    const it = this._it();
    if (it.mimeType.startsWith('application/vnd.google-apps.')) {
      throw gasError(`The emulator does not support File.getBlob() for ${it.mimeType} (Apps Script converts Google files, e.g. a Doc to PDF).`);
    }
    const bytes = this._c.store.bytes(it.id) ?? new Uint8Array(0);
    return createBlob(this._c.host.meter, new Uint8Array(bytes), it.mimeType, it.name);
  }
  getAs(contentType: unknown): Handle {
    return this.getBlob().getAs(contentType);
  }
  /** Replaces the content of a non-Google file with text. */
  setContent(content: unknown): Handle {
    const it = this._it();
    if (it.mimeType.startsWith('application/vnd.google-apps.')) throw gasError(`The emulator does not support File.setContent() for ${it.mimeType}.`);
    this._c.store.setBytes(it.id, new Uint8Array(Buffer.from(strArg(content, [content], 'DriveApp.File.setContent'), 'utf8')));
    return this._self();
  }
  /**
   * makeCopy(), makeCopy(name), makeCopy(destination), makeCopy(name, destination).
   * Not verified: the default name ("Copy of NAME") and that a copy without destination stays beside the original.
   */
  makeCopy(...args: unknown[]): Handle {
    const it = this._it();
    let name = `Copy of ${it.name}`;
    let parents = it.parents.slice();
    const [a, b] = args;
    if (args.length > 2) throw gasError(signature(args, 'DriveApp.File.makeCopy'));
    if (typeof a === 'string') name = a;
    else if (a !== undefined) {
      const f = folderIdOf(a);
      if (!f || args.length > 1) throw gasError(signature(args, 'DriveApp.File.makeCopy'));
      parents = [f];
    }
    if (b !== undefined) {
      const f = folderIdOf(b);
      if (!f) throw gasError(signature(args, 'DriveApp.File.makeCopy'));
      parents = [f];
    }
    for (const p of parents) {
      const pi = this._c.store.get(p);
      if (!pi) throw gasError(NOT_FOUND);
    }
    const bytes = this._c.store.bytes(it.id);
    const copy = this._c.store.create({ name, mimeType: it.mimeType, parents, ...(bytes ? { bytes: new Uint8Array(bytes) } : {}) });
    if (it.mimeType === MimeType.GOOGLE_DOCS) this._c.store.copyDoc(it.id, copy.id);
    if (it.description) copy.description = it.description;
    return fileHandle(this._c, copy);
  }
}

function folderHandle(c: Ctx, it: DriveItem): Handle {
  return counted(new FolderFake(c, it.id), 'Folder', c.host.meter);
}
function fileHandle(c: Ctx, it: DriveItem): Handle {
  return counted(new FileFake(c, it.id), 'File', c.host.meter);
}

/** createFile(blob) | createFile(name, content) | createFile(name, content, mimeType). */
function createFileIn(c: Ctx, parentId: string, args: unknown[], method: string): DriveItem {
  let name: string;
  let bytes: Uint8Array;
  let mimeType: string;
  if (args.length === 1) {
    let b;
    try {
      b = readBlob(args[0], method);
    } catch {
      throw gasError(signature(args, method));
    }
    name = b.name ?? 'Untitled';
    bytes = b.bytes;
    mimeType = b.contentType ?? 'application/octet-stream';
  } else if (args.length === 2 || args.length === 3) {
    name = strArg(args[0], args, method);
    const content = strArg(args[1], args, method);
    mimeType = args.length === 3 ? strArg(args[2], args, method) : MimeType.PLAIN_TEXT;
    bytes = new Uint8Array(Buffer.from(content, 'utf8'));
  } else {
    throw gasError(signature(args, method));
  }
  if (mimeType.startsWith('application/vnd.google-apps.')) {
    throw gasError(`The emulator does not support creating ${mimeType} with createFile (use DocumentApp.create for Docs).`);
  }
  return c.store.create({ name, mimeType, parents: [parentId], bytes });
}

// ---------------------------------------------------------------------------------------------
// DriveApp

function createDriveApp(c: Ctx): Handle {
  const { host, store } = c;
  const auth = (m: string): void => {
    checkAuth(host, `DriveApp.${m}`, 'FULL');
    store.ensure();
  };
  const visibleAll = (pred: (it: DriveItem) => boolean): DriveItem[] => store.all().filter((it) => it.id !== store.rootId && store.visible(it) && pred(it));
  const root = (): DriveItem => store.get(store.rootId)!;
  const app = {
    Access,
    Permission,
    getRootFolder(): Handle {
      auth('getRootFolder');
      return folderHandle(c, root());
    },
    createFolder(name: unknown): Handle {
      auth('createFolder');
      const n = newName(name, [name], 'DriveApp.createFolder');
      return folderHandle(c, store.create({ name: n, mimeType: MimeType.FOLDER, parents: [store.rootId] }));
    },
    createFile(...args: unknown[]): Handle {
      auth('createFile');
      return fileHandle(c, createFileIn(c, store.rootId, args, 'DriveApp.createFile'));
    },
    getFolderById(id: unknown): Handle {
      auth('getFolderById');
      const it = store.get(strArg(id, [id], 'DriveApp.getFolderById'));
      if (!it || !store.visible(it) || !store.isFolder(it)) throw gasError(NOT_FOUND);
      return folderHandle(c, it);
    },
    getFileById(id: unknown): Handle {
      auth('getFileById');
      const it = store.get(strArg(id, [id], 'DriveApp.getFileById'));
      if (!it || !store.visible(it) || store.isFolder(it)) throw gasError(NOT_FOUND);
      return fileHandle(c, it);
    },
    getFolders(): Handle {
      auth('getFolders');
      return folderIterator(c, visibleAll((it) => store.isFolder(it)));
    },
    getFiles(): Handle {
      auth('getFiles');
      return fileIterator(c, visibleAll((it) => !store.isFolder(it)));
    },
    getFoldersByName(name: unknown): Handle {
      auth('getFoldersByName');
      const n = strArg(name, [name], 'DriveApp.getFoldersByName');
      return folderIterator(c, visibleAll((it) => store.isFolder(it) && it.name === n));
    },
    getFilesByName(name: unknown): Handle {
      auth('getFilesByName');
      const n = strArg(name, [name], 'DriveApp.getFilesByName');
      return fileIterator(c, visibleAll((it) => !store.isFolder(it) && it.name === n));
    },
    getFilesByType(mimeType: unknown): Handle {
      auth('getFilesByType');
      const t = strArg(mimeType, [mimeType], 'DriveApp.getFilesByType');
      return fileIterator(c, visibleAll((it) => !store.isFolder(it) && it.mimeType === t));
    },
    searchFiles(params: unknown): Handle {
      auth('searchFiles');
      const p = parseQuery(c, strArg(params, [params], 'DriveApp.searchFiles'));
      return fileIterator(c, visibleAll((it) => !store.isFolder(it) && p(it)));
    },
    searchFolders(params: unknown): Handle {
      auth('searchFolders');
      const p = parseQuery(c, strArg(params, [params], 'DriveApp.searchFolders'));
      return folderIterator(c, visibleAll((it) => store.isFolder(it) && p(it)));
    },
    continueFileIterator(continuationToken: unknown): Handle {
      auth('continueFileIterator');
      return fromToken(c, continuationToken, 'file', 'DriveApp.continueFileIterator');
    },
    continueFolderIterator(continuationToken: unknown): Handle {
      auth('continueFolderIterator');
      return fromToken(c, continuationToken, 'folder', 'DriveApp.continueFolderIterator');
    },
  } satisfies Partial<Record<keyof GoogleAppsScript.Drive.DriveApp, unknown>>;
  return counted(app, 'DriveApp', host.meter);
}

// ---------------------------------------------------------------------------------------------
// Module and inspector

export function createDriveModule(
  host: Host,
  opts: { spreadsheetId?: string; spreadsheetName?: string } = {},
): ServiceModule & { inspect: DriveInspector } {
  const store = new DriveStore(host, opts.spreadsheetId ?? DEFAULT_SPREADSHEET_ID, opts.spreadsheetName ?? 'Kitaphana (local)');
  const c: Ctx = { host, store, notices: [] };
  const DriveApp = createDriveApp(c);
  const DocumentApp = createDocumentApp({ host, store });

  const node = (it: DriveItem): DriveNode => {
    const n: DriveNode = {
      id: it.id,
      name: it.name,
      mimeType: it.mimeType,
      trashed: store.isTrashed(it),
      createdByAddon: it.createdByAddon,
      viewers: [...(it.viewers ?? [])],
      editors: [...(it.editors ?? [])],
    };
    if (store.isFolder(it)) n.children = store.children(it.id).map(node);
    return n;
  };
  const docTree = (id: string) => {
    const it = store.get(id);
    if (!it || it.mimeType !== MimeType.GOOGLE_DOCS) throw gasError(`No Google Doc with id ${id} in the emulator's Drive.`);
    return { it, tree: store.doc(id).tree };
  };

  const inspect: DriveInspector = {
    tree: () => {
      store.ensure();
      return node(store.get(store.rootId)!);
    },
    findByPath: (p: string) => {
      store.ensure();
      const parts = p.split('/').filter((s) => s !== '');
      let cur: DriveNode | null = node(store.get(store.rootId)!);
      if (parts[0] === cur.name) parts.shift();
      for (const part of parts) {
        const next: DriveNode | undefined = cur?.children?.find((k) => k.name === part && !k.trashed) ?? cur?.children?.find((k) => k.name === part);
        if (!next) return null;
        cur = next;
      }
      return cur;
    },
    docText: (id: string) => sectionText(docTree(id).tree.body),
    docHtml: (id: string) => {
      const { it, tree } = docTree(id);
      return renderDocHtml(it.name, tree);
    },
    fileBytes: (id: string) => {
      store.ensure();
      return store.bytes(id);
    },
    sharingNotices: () => c.notices.map((n) => ({ ...n })),
  };

  return {
    name: 'drive',
    globals: { DriveApp, DocumentApp, MimeType },
    load: () => store.load(),
    save: () => store.save(),
    inspect,
  };
}

// ---------------------------------------------------------------------------------------------
// Compile-time check: every public method of a fake exists on the real interface (no invented API).

type Public<T> = { [K in keyof T]: K extends `_${string}` ? never : K }[keyof T];
type Subset<A extends B, B> = A;
export type _DriveApiChecks = [
  Subset<Public<FolderFake>, keyof GoogleAppsScript.Drive.Folder>,
  Subset<Public<FileFake>, keyof GoogleAppsScript.Drive.File>,
  Subset<Public<IteratorFake>, keyof GoogleAppsScript.Drive.FileIterator>,
];
export { OWNER_EMAIL };
