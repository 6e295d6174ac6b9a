/**
 * Files the librarian uploads from a sidebar (a scan for the electronic archive, an exhibition photo).
 *
 * How a file crosses: the sidebar reads it with FileReader and sends its bytes as a base64 string inside the
 * JSON form (google.script.run carries strings; a `<form>` with a file input is legal only as the call's
 * sole argument, and files sent that way are community-reported to arrive broken under V8: tanaikech's
 * "values of HTML form with files" gist). The server decodes it with Utilities.base64Decode into a Blob.
 *
 * Limits (ours, documented): a scan at most 10 MB, a photo at most 5 MB. Apps Script handles blobs up to
 * 50 MB (community-observed, not in the quotas page); a 10 MB file is ~13.4 MB of base64 in one
 * google.script.run call and ~10 M numbers once decoded, well inside the 6-minute execution and its memory.
 *
 * The type is decided by the content, never by the name: PDF "%PDF-", JPEG FF D8 FF, PNG 89 50 4E 47 0D 0A
 * 1A 0A, DOC the OLE2 compound file D0 CF 11 E0 A1 B1 1A E1, DOCX a ZIP (PK 03 04) that names a "word/"
 * entry in its first or last 64 KB (the central directory at the end lists every entry). A name whose
 * extension says another type is refused (a PDF renamed .jpg). Pure: no Apps Script.
 */
import type { FieldError, Validation } from './errors';
import { cleanText } from './text';

export type UploadKind = 'pdf' | 'jpeg' | 'png' | 'doc' | 'docx';

export const UPLOAD_TYPES: Readonly<Record<UploadKind, { mime: string; ext: string; names: readonly string[] }>> = {
  pdf: { mime: 'application/pdf', ext: 'pdf', names: ['pdf'] },
  jpeg: { mime: 'image/jpeg', ext: 'jpg', names: ['jpg', 'jpeg', 'jpe'] },
  png: { mime: 'image/png', ext: 'png', names: ['png'] },
  doc: { mime: 'application/msword', ext: 'doc', names: ['doc'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ext: 'docx', names: ['docx'] },
};

export const SCAN_KINDS: readonly UploadKind[] = ['pdf', 'jpeg', 'png', 'doc', 'docx'];
export const PHOTO_KINDS: readonly UploadKind[] = ['jpeg', 'png'];

export const UPLOAD_LIMITS = {
  scanBytes: 10 * 1024 * 1024,
  photoBytes: 5 * 1024 * 1024,
  /** a stored file name, extension included */
  fileName: 120,
  /** how much of each end of a ZIP is searched for "word/" */
  zipProbe: 64 * 1024,
} as const;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX: Record<string, number> = {};
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charAt(i)] = i;

/** The byte count of a standard base64 string, or null when it is not one (no data: prefix, no spaces). */
export function base64Size(b64: string): number | null {
  if (typeof b64 !== 'string' || b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return null;
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return (b64.length / 4) * 3 - pad;
}

/** Decodes a slice of whole 4-character groups of base64 to bytes (0..255). */
function decodeGroups(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + 3 < s.length; i += 4) {
    const a = B64_INDEX[s.charAt(i)];
    const b = B64_INDEX[s.charAt(i + 1)];
    const c = s.charAt(i + 2) === '=' ? -1 : B64_INDEX[s.charAt(i + 2)];
    const d = s.charAt(i + 3) === '=' ? -1 : B64_INDEX[s.charAt(i + 3)];
    out.push((a << 2) | (b >> 4));
    if (c >= 0) out.push(((b & 15) << 4) | (c >> 2));
    if (c >= 0 && d >= 0) out.push(((c & 3) << 6) | d);
  }
  return out;
}

/** The first `n` bytes (at least) of a base64 string, decoded. */
export function headBytes(b64: string, n: number): number[] {
  return decodeGroups(b64.slice(0, Math.ceil(n / 3) * 4));
}

/** The last `n` bytes (about) of a base64 string, decoded. */
export function tailBytes(b64: string, n: number): number[] {
  const groups = Math.ceil(n / 3);
  return decodeGroups(b64.slice(Math.max(0, b64.length - groups * 4)));
}

function startsWith(bytes: ArrayLike<number>, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

function contains(bytes: ArrayLike<number>, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < text.length; k++) if (bytes[i + k] !== text.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}

const MAGIC = {
  pdf: [0x25, 0x50, 0x44, 0x46, 0x2d],
  jpeg: [0xff, 0xd8, 0xff],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  doc: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  zip: [0x50, 0x4b, 0x03, 0x04],
} as const;

/**
 * The kind of a file from its bytes: `head` its first bytes (16 are enough but for DOCX), `tail` its last
 * ones (for a ZIP's central directory). A ZIP that names no "word/" entry is not a Word document: null.
 */
export function sniffKind(head: ArrayLike<number>, tail: ArrayLike<number> = []): UploadKind | null {
  if (startsWith(head, MAGIC.pdf)) return 'pdf';
  if (startsWith(head, MAGIC.jpeg)) return 'jpeg';
  if (startsWith(head, MAGIC.png)) return 'png';
  if (startsWith(head, MAGIC.doc)) return 'doc';
  if (startsWith(head, MAGIC.zip) && (contains(head, 'word/') || contains(tail, 'word/'))) return 'docx';
  return null;
}

/** The kind a file name's extension claims, '' when it has none we know. */
export function kindOfName(name: string): UploadKind | '' {
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(String(name ?? '').trim())?.[1]?.toLowerCase() ?? '';
  for (const k of Object.keys(UPLOAD_TYPES) as UploadKind[]) if (UPLOAD_TYPES[k].names.indexOf(ext) >= 0) return k;
  return '';
}

export interface UploadForm {
  /** the name on her computer (only its extension is compared with the content) */
  fileName?: string;
  /** the bytes, standard base64 without a data: prefix */
  base64?: string;
}

export interface CheckedUpload {
  kind: UploadKind;
  mime: string;
  ext: string;
  size: number;
  base64: string;
}

/** Megabytes for messages: 10485760 → "10". */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (bytes > 0 && mb < 0.1) return '0,1';
  return mb >= 10 || Number.isInteger(mb) ? String(Math.round(mb)) : mb.toFixed(1).replace('.', ',');
}

/** Checks an uploaded file: present, base64, not too big, of an allowed kind by its content, named as what it is. */
export function checkUpload(form: UploadForm | null | undefined, allowed: readonly UploadKind[], maxBytes: number, field = 'file'): Validation<CheckedUpload> {
  const b64 = typeof form?.base64 === 'string' ? form.base64 : '';
  const fail = (e: FieldError): Validation<CheckedUpload> => ({ ok: false, errors: [e] });
  if (!b64) return fail({ field, key: 'error.required' });
  const size = base64Size(b64);
  if (size === null) return fail({ field, key: 'upload.error.unreadable' });
  if (size === 0) return fail({ field, key: 'upload.error.empty' });
  if (size > maxBytes) return fail({ field, key: 'upload.error.tooBig', params: { size: megabytes(size), max: megabytes(maxBytes) } });
  const types = allowed.map((k) => UPLOAD_TYPES[k].ext.toUpperCase()).join(', ');
  const head = headBytes(b64, UPLOAD_LIMITS.zipProbe);
  const kind = sniffKind(head, startsWith(head, MAGIC.zip) ? tailBytes(b64, UPLOAD_LIMITS.zipProbe) : []);
  if (!kind || allowed.indexOf(kind) < 0) return fail({ field, key: 'upload.error.type', params: { types } });
  const named = kindOfName(cleanText(form?.fileName));
  if (named && named !== kind) {
    return fail({ field, key: 'upload.error.mismatch', params: { kind: UPLOAD_TYPES[kind].ext.toUpperCase(), ext: UPLOAD_TYPES[named].ext.toUpperCase() } });
  }
  const t = UPLOAD_TYPES[kind];
  return { ok: true, value: { kind, mime: t.mime, ext: t.ext, size, base64: b64 } };
}

/**
 * A Drive file name from a description: characters Windows and Drive clients stumble on (/ \ : * ? " < > |)
 * out, spaces collapsed, cut at a word to `max` characters with the extension: "2026-007 Әбенов Ш.
 * Қозы-Көрпеш – Баянсұлу. поэма, 1965.pdf".
 */
export function safeFileName(base: string, ext: string, max: number = UPLOAD_LIMITS.fileName): string {
  const suffix = ext ? `.${ext}` : '';
  let s = cleanText(base)
    .replace(/\s*:\s*/g, '. ')
    .replace(/[/\\*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const room = max - suffix.length;
  if (s.length > room) {
    const cut = s.slice(0, room);
    const space = cut.lastIndexOf(' ');
    s = (space > room / 2 ? cut.slice(0, space) : cut).trim();
  }
  s = s.replace(/[\s.,;–-]+$/, '');
  return (s || 'file') + suffix;
}

/**
 * The stored name of a scan: the upload year and the scan's number first (so the folder sorts by them and
 * two scans of one book never share a name), then the description's head (author and title: before " / " or the first ". – ") and the year.
 */
export function scanFileName(year: number, id: number, description: string, pubYear: string | number | undefined, ext: string): string {
  const head = description.split(/ \/ |\. – /)[0].trim();
  const y = pubYear ? `, ${pubYear}` : '';
  return safeFileName(`${year}-${String(id).padStart(3, '0')} ${head}${y}`, ext);
}

/** The pixel size of a PNG (IHDR) or JPEG (first SOFn marker), or null. */
export function imagePixels(bytes: ArrayLike<number>): { width: number; height: number } | null {
  if (startsWith(bytes, MAGIC.png) && bytes.length >= 24) {
    const u32 = (i: number) => ((bytes[i] << 24) >>> 0) + (bytes[i + 1] << 16) + (bytes[i + 2] << 8) + bytes[i + 3];
    return { width: u32(16), height: u32(20) };
  }
  if (startsWith(bytes, MAGIC.jpeg)) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1];
      const len = (bytes[i + 2] << 8) + bytes[i + 3];
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: (bytes[i + 5] << 8) + bytes[i + 6], width: (bytes[i + 7] << 8) + bytes[i + 8] };
      }
      i += 2 + len;
    }
  }
  return null;
}
