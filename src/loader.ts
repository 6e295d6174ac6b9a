/**
 * The loader at the top of dist/Code.js. Apps Script parses a project's whole code on every execution,
 * and the add-on's is several hundred kilobytes of minified JavaScript (Kazakh and Russian texts, two bytes a
 * letter); the project keeps under its 300 KB budget (issue 7) by shipping the minified bundle deflated and
 * base64-encoded: scripts/build.mjs puts it in KITAPHANA_BUNDLE, and this loader inflates it and evaluates
 * it in the global scope (indirect eval) when the script loads, before Apps Script calls a trigger, a menu
 * item or a google.script.run target. The top-level functions Apps Script looks for are plain stubs above
 * the loader (esbuild-gas-plugin), replaced by the bundle's `global.name = name` lines as it runs.
 *
 * Cost: about 20 ms of cold V8 per execution (inflate and UTF-8 decoding, no service call; the bench's CPU
 * column includes it). Apps Script has no atob and no TextDecoder, so both are done here. The readable
 * bundle, the same code unpacked, is build/Code.readable.js (for reading and auditing; never deployed).
 */
import { inflateSync } from 'fflate';

declare const KITAPHANA_BUNDLE: string | undefined;

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
    buffer = ((buffer << 6) | v) & 0xffffff;
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
  // A typed array is a valid arguments list: no copy into an Array (that copy was half the decoding time).
  for (let i = 0; i < o; i += 8192) text += String.fromCharCode.apply(null, units.subarray(i, Math.min(o, i + 8192)) as unknown as number[]);
  return text;
}

/** The source text packed by scripts/build.mjs (raw deflate of UTF-8, base64). */
export function unpackSource(packed: string): string {
  return utf8Text(inflateSync(base64Bytes(packed)));
}

// In dist/Code.js the build defines the bundle; anywhere else (tests) this module only lends its functions.
if (typeof KITAPHANA_BUNDLE === 'string') (0, eval)(unpackSource(KITAPHANA_BUNDLE));
