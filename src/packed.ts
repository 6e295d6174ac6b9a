/**
 * The server bundle's static data, packed. The journals template and the kk and ru message catalogues are
 * most of what the add-on ships (Kazakh and Russian text is two bytes a letter in UTF-8): scripts/build.mjs
 * evaluates those modules at build time, deflates their data into one base64 string (KITAPHANA_PACKED) and
 * replaces each module in dist/Code.js by `export const X = unpacked("file#X")`. The table is inflated
 * once per execution, on first use (about 15 ms of cold V8, no service call). Pure JavaScript: Apps
 * Script has no atob or TextDecoder, so base64 and UTF-8 are decoded here (UTF-8 into a code-unit array
 * turned into a string in chunks: letter-by-letter concatenation was the slow part). Tests and sidebars
 * import the modules themselves and never come here.
 */
import { inflateSync } from 'fflate';

declare const KITAPHANA_PACKED: string;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (no line breaks) to bytes. */
export function base64Bytes(text: string): Uint8Array {
  const value = new Int16Array(128).fill(-1);
  for (let i = 0; i < BASE64.length; i++) value[BASE64.charCodeAt(i)] = i;
  const body = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let o = 0;
  for (let i = 0; i < body.length; i++) {
    const v = value[body.charCodeAt(i)];
    if (v < 0) throw new Error(`not base64 at ${i}`);
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

/** UTF-8 bytes to a string (well-formed input: what Buffer wrote at build time). */
export function utf8Text(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  let o = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i++];
    if (b < 0x80) units[o++] = b;
    else if (b < 0xe0) units[o++] = ((b & 0x1f) << 6) | (bytes[i++] & 0x3f);
    else if (b < 0xf0) units[o++] = ((b & 0x0f) << 12) | ((bytes[i++] & 0x3f) << 6) | (bytes[i++] & 0x3f);
    else {
      const cp = (((b & 0x07) << 18) | ((bytes[i++] & 0x3f) << 12) | ((bytes[i++] & 0x3f) << 6) | (bytes[i++] & 0x3f)) - 0x10000;
      units[o++] = 0xd800 + (cp >> 10);
      units[o++] = 0xdc00 + (cp & 0x3ff);
    }
  }
  let text = '';
  for (let i = 0; i < o; i += 8192) text += String.fromCharCode.apply(null, Array.from(units.subarray(i, Math.min(o, i + 8192))));
  return text;
}

/** The data of a packed module's export, e.g. unpacked('src/i18n/kk.ts#kk'). */
export function unpackedFrom(packed: string, key: string): unknown {
  let table = tables.get(packed);
  if (!table) {
    table = JSON.parse(utf8Text(inflateSync(base64Bytes(packed)))) as Record<string, unknown>;
    tables.set(packed, table);
  }
  if (!Object.prototype.hasOwnProperty.call(table, key)) throw new Error(`packed data has no ${key}`);
  return table[key];
}
const tables = new Map<string, Record<string, unknown>>();

export function unpacked(key: string): unknown {
  return unpackedFrom(KITAPHANA_PACKED, key);
}
