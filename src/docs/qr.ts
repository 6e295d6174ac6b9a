/**
 * QR codes for labels (an inventory number like "INV:000123", or a URL) as GIF bytes a Doc can hold.
 * Pure JS over `qrcode-generator`: its own GIF encoder (createDataURL), then our base64 decoder: no DOM,
 * no Buffer, no atob, so it runs in Apps Script's V8 and in a Node vm context alike.
 */
import qrcode from 'qrcode-generator';

export interface QrImage {
  /** GIF89a/GIF87a bytes, 0..255 */
  bytes: number[];
  mime: 'image/gif';
  /** pixels of the GIF, quiet zone included */
  width: number;
  height: number;
  /** modules per side (21 for version 1, +4 per version) */
  modules: number;
}

export interface QrOptions {
  /** pixels per module (default 4) */
  cellSize?: number;
  /** quiet zone in modules (default 4, what the standard asks for) */
  quietZone?: number;
  /** error correction level (default 'M', ~15% of the symbol may be damaged) */
  level?: 'L' | 'M' | 'Q' | 'H';
}

/** The text as the library's byte mode expects it: one char per byte. Non-ASCII text becomes its UTF-8 bytes. */
function utf8Binary(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return text;
  let out = '';
  for (const ch of Array.from(text)) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out += String.fromCharCode(c);
    else if (c < 0x800) out += String.fromCharCode(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out += String.fromCharCode(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out += String.fromCharCode(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (padding optional) to bytes. */
export function decodeBase64(s: string): number[] {
  const clean = s.replace(/[\s=]+/g, '');
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64.indexOf(clean.charAt(i));
    if (v < 0) throw new Error(`invalid base64 character at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return out;
}

/** The QR symbol's modules: true = dark. Useful to test and to draw elsewhere. */
export function qrMatrix(text: string, level: QrOptions['level'] = 'M'): boolean[][] {
  const qr = qrcode(0, level);
  qr.addData(utf8Binary(text), 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const rows: boolean[][] = [];
  for (let r = 0; r < n; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < n; c++) row.push(qr.isDark(r, c));
    rows.push(row);
  }
  return rows;
}

/** A black-on-white QR code of `text` as a GIF. Deterministic: the same text gives the same bytes. */
export function qrGif(text: string, options: QrOptions = {}): QrImage {
  if (!text) throw new Error('qrGif: empty text');
  const cellSize = options.cellSize ?? 4;
  const quiet = options.quietZone ?? 4;
  const qr = qrcode(0, options.level ?? 'M');
  qr.addData(utf8Binary(text), 'Byte');
  qr.make();
  const modules = qr.getModuleCount();
  const url = qr.createDataURL(cellSize, quiet * cellSize);
  const prefix = 'data:image/gif;base64,';
  if (url.indexOf(prefix) !== 0) throw new Error('qrGif: unexpected data URL from qrcode-generator');
  const bytes = decodeBase64(url.slice(prefix.length));
  const size = modules * cellSize + 2 * quiet * cellSize;
  return { bytes, mime: 'image/gif', width: size, height: size, modules };
}
