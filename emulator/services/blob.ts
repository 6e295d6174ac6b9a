/**
 * Blob: bytes with a content type and a name, as Utilities.newBlob, HtmlOutput.getBlob, Drive files and
 * Docs exports hand them to a script. https://developers.google.com/apps-script/reference/base/blob
 * Apps Script bytes are Java bytes: signed, -128..127 (Utilities.computeDigest's example relies on it).
 */
import type { Meter } from '../core/meter';
import { CountedObject, gasError, unsupported } from './small-support';

/** Java byte[] → script array of signed numbers. */
export function toSignedBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] > 127 ? bytes[i] - 256 : bytes[i];
  return out;
}

/** Script array of numbers (signed or unsigned) → bytes; anything else is refused. */
export function fromByteArray(data: unknown, what = 'data'): Uint8Array {
  if (!Array.isArray(data)) throw gasError(`Invalid argument: ${what}`);
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const n = data[i];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < -128 || n > 255) throw gasError(`Invalid argument: ${what}`);
    out[i] = n & 0xff;
  }
  return out;
}

export function encodeString(s: string, charset?: string): Uint8Array {
  const cs = (charset ?? 'UTF_8').toUpperCase().replace(/-/g, '_');
  if (cs === 'US_ASCII') return Uint8Array.from(Buffer.from(s, 'ascii'));
  if (cs === 'UTF_8') return Uint8Array.from(Buffer.from(s, 'utf8'));
  if (cs === 'ISO_8859_1' || cs === 'LATIN1') return Uint8Array.from(Buffer.from(s, 'latin1'));
  throw gasError(`Invalid argument: charset`);
}

export function decodeBytes(bytes: Uint8Array, charset?: string): string {
  const cs = (charset ?? 'UTF_8').toUpperCase().replace(/-/g, '_');
  if (cs === 'US_ASCII') return Buffer.from(bytes).toString('ascii');
  if (cs === 'UTF_8') return Buffer.from(bytes).toString('utf8');
  if (cs === 'ISO_8859_1' || cs === 'LATIN1') return Buffer.from(bytes).toString('latin1');
  throw gasError(`Invalid argument: charset`);
}

const EXTENSION_TYPES: Record<string, string> = {
  txt: 'text/plain',
  html: 'text/html',
  htm: 'text/html',
  csv: 'text/csv',
  css: 'text/css',
  js: 'application/javascript',
  json: 'application/json',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The Blob fake. Construct it through `createBlob(meter, …)` so the script gets a counted object;
 * emulator code may read `_bytes()` / `_meta()` without counting.
 */
export class BlobImpl extends CountedObject implements GoogleAppsScript.Base.Blob {
  private data: Uint8Array;
  private contentType: string | null;
  private name: string | null;

  constructor(
    private readonly meter: Meter,
    data: Uint8Array,
    contentType: string | null = null,
    name: string | null = null,
  ) {
    super();
    this.data = Uint8Array.from(data);
    this.contentType = contentType;
    this.name = name;
  }

  /** Emulator-internal: the raw bytes (a copy). */
  _bytes(): Uint8Array {
    return Uint8Array.from(this.data);
  }
  _meta(): { contentType: string | null; name: string | null; size: number } {
    return { contentType: this.contentType, name: this.name, size: this.data.length };
  }

  copyBlob(): GoogleAppsScript.Base.Blob {
    return createBlob(this.meter, this.data, this.contentType, this.name);
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType === this.contentType) return this.copyBlob();
    return unsupported(`Converting a blob from ${this.contentType ?? 'an unknown type'} to ${contentType}`);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return this._self;
  }
  /** Deprecated in Apps Script. */
  getAllBlobs(): GoogleAppsScript.Base.Blob[] {
    return unsupported('Blob.getAllBlobs');
  }
  getBytes(): number[] {
    return toSignedBytes(this.data);
  }
  getContentType(): string | null {
    return this.contentType;
  }
  getDataAsString(charset?: string): string {
    return decodeBytes(this.data, charset);
  }
  getName(): string | null {
    return this.name;
  }
  isGoogleType(): boolean {
    return false;
  }
  setBytes(data: number[]): GoogleAppsScript.Base.Blob {
    this.data = fromByteArray(data);
    return this._self;
  }
  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.contentType = contentType;
    return this._self;
  }
  setContentTypeFromExtension(): GoogleAppsScript.Base.Blob {
    const ext = /\.([A-Za-z0-9]+)$/.exec(this.name ?? '')?.[1]?.toLowerCase();
    const type = ext ? EXTENSION_TYPES[ext] : undefined;
    if (!type) throw gasError(`Could not determine the content type of the blob from its name "${this.name ?? ''}".`);
    this.contentType = type;
    return this._self;
  }
  setDataFromString(s: string, charset?: string): GoogleAppsScript.Base.Blob {
    this.data = encodeString(s, charset);
    return this._self;
  }
  setName(name: string): GoogleAppsScript.Base.Blob {
    this.name = name;
    return this._self;
  }

  /** Counted proxy, made once by createBlob. */
  _init(): GoogleAppsScript.Base.Blob {
    return this._wrap('Blob', this.meter);
  }
}

/** A counted Blob for the script. `data` is bytes (Uint8Array, or a script's signed number[]) or a string (UTF-8). */
export function createBlob(
  meter: Meter,
  data: Uint8Array | number[] | string,
  contentType: string | null = null,
  name: string | null = null,
): GoogleAppsScript.Base.Blob {
  const bytes = typeof data === 'string' ? encodeString(data) : data instanceof Uint8Array ? data : fromByteArray(data);
  return new BlobImpl(meter, bytes, contentType, name)._init();
}

/** The emulator's own view of a Blob the script passed back (counted proxy or not). */
export function blobInternals(blob: unknown): BlobImpl | undefined {
  if (blob && typeof (blob as BlobImpl)._bytes === 'function' && typeof (blob as BlobImpl)._meta === 'function') {
    return blob as BlobImpl;
  }
  return undefined;
}
