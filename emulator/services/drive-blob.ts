/**
 * Blobs in and out of the Drive/Docs fakes. Outgoing blobs (File.getBlob, InlineImage.getBlob) are the
 * shared Blob fake of blob.ts; incoming ones may be any Blob or BlobSource a script holds.
 * https://developers.google.com/apps-script/reference/base/blob
 */
import { blobInternals, fromByteArray } from './blob';
import { gasError } from './small-support';

export { createBlob } from './blob';

interface BlobLike {
  getBytes(): number[];
  getContentType(): string | null;
  getName(): string | null;
}

function isBlobLike(x: unknown): x is BlobLike {
  return !!x && typeof (x as BlobLike).getBytes === 'function' && typeof (x as BlobLike).getContentType === 'function';
}

/** Reads a Blob or BlobSource handed in by a script; anything else is a signature mismatch. */
export function readBlob(src: unknown, method: string): { bytes: Uint8Array; contentType: string | null; name: string | null } {
  let blob: unknown = src;
  if (!isBlobLike(blob) && blob && typeof (blob as { getBlob?: unknown }).getBlob === 'function') {
    blob = (blob as { getBlob(): unknown }).getBlob();
  }
  const inner = blobInternals(blob);
  if (inner) {
    const meta = inner._meta();
    return { bytes: inner._bytes(), contentType: meta.contentType, name: meta.name };
  }
  if (!isBlobLike(blob)) throw gasError(`The parameters (${typeName(src)}) don't match the method signature for ${method}.`);
  return { bytes: fromByteArray(blob.getBytes()), contentType: blob.getContentType(), name: blob.getName() };
}

/** How Apps Script names an argument's type in "The parameters (...) don't match the method signature". */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return Array.isArray(v[0]) ? 'Object[][]' : 'Object[]';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'object') return 'Object';
  return typeof v;
}
