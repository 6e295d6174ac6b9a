import * as esbuild from 'esbuild';
import * as path from 'path';
import * as vm from 'vm';
import { decodeBase64, qrGif, qrMatrix } from '../../../src/docs/qr';

/** A minimal GIF decoder (header, colour table, one image, LZW): enough to read back a QR's pixels. */
function decodeGif(bytes: number[]): { width: number; height: number; pixels: number[]; palette: number[][] } {
  let pos = 6;
  const u16 = (): number => bytes[pos++] | (bytes[pos++] << 8);
  const width = u16();
  const height = u16();
  const packed = bytes[pos++];
  pos += 2;
  let palette: number[][] = [];
  const readTable = (flags: number): void => {
    const n = 1 << ((flags & 7) + 1);
    palette = Array.from({ length: n }, (_, k) => bytes.slice(pos + 3 * k, pos + 3 * k + 3));
    pos += 3 * n;
  };
  if (packed & 0x80) readTable(packed);
  for (;;) {
    const tag = bytes[pos++];
    if (tag === 0x21) {
      pos++;
      while (bytes[pos]) pos += bytes[pos] + 1;
      pos++;
    } else if (tag === 0x2c) {
      pos += 8;
      const flags = bytes[pos++];
      if (flags & 0x80) readTable(flags);
      const minCode = bytes[pos++];
      const data: number[] = [];
      while (bytes[pos]) {
        const n = bytes[pos++];
        data.push(...bytes.slice(pos, pos + n));
        pos += n;
      }
      const clear = 1 << minCode;
      const eoi = clear + 1;
      let size = minCode + 1;
      let dict: number[][] = [];
      const reset = (): void => {
        dict = Array.from({ length: clear + 2 }, (_, k) => [k]);
        size = minCode + 1;
      };
      reset();
      const out: number[] = [];
      let prev: number[] | null = null;
      let bit = 0;
      for (;;) {
        let code = 0;
        for (let k = 0; k < size; k++, bit++) code |= ((data[bit >> 3] >> (bit & 7)) & 1) << k;
        if (code === clear) {
          reset();
          prev = null;
          continue;
        }
        if (code === eoi) break;
        let entry: number[];
        if (code < dict.length) entry = dict[code];
        else if (prev) entry = [...prev, prev[0]];
        else throw new Error('bad LZW');
        out.push(...entry);
        if (prev && dict.length < 4096) dict.push([...prev, entry[0]]);
        if (dict.length === 1 << size && size < 12) size++;
        prev = entry;
      }
      return { width, height, pixels: out.slice(0, width * height), palette };
    } else {
      throw new Error(`unexpected GIF block ${tag}`);
    }
  }
}

describe('qrGif', () => {
  it('makes a GIF of a version-1 symbol for an inventory number', () => {
    const g = qrGif('INV:000123');
    expect(String.fromCharCode(...g.bytes.slice(0, 6))).toMatch(/^GIF8[79]a$/);
    expect(g.modules).toBe(21);
    expect(g.width).toBe(21 * 4 + 2 * 4 * 4);
    expect(g.bytes[6] | (g.bytes[7] << 8)).toBe(g.width);
    expect(g.bytes[8] | (g.bytes[9] << 8)).toBe(g.height);
    expect(g.bytes.every((x) => Number.isInteger(x) && x >= 0 && x <= 255)).toBe(true);
    expect(g.bytes[g.bytes.length - 1]).toBe(0x3b);
  });

  it('grows the version with the text (automatic type number)', () => {
    expect(qrGif('https://kitaphana.kz/b/000123?s=12').modules).toBe(29); // 35 bytes at M: version 3
    expect(qrMatrix('INV:000123').length).toBe(21);
  });

  it('is deterministic', () => {
    expect(qrGif('INV:000123').bytes).toEqual(qrGif('INV:000123').bytes);
    expect(qrGif('INV:000124').bytes).not.toEqual(qrGif('INV:000123').bytes);
  });

  it('draws exactly the symbol: dark modules black, the quiet zone white', () => {
    const cellSize = 3;
    const g = qrGif('INV:000123', { cellSize });
    const m = qrMatrix('INV:000123');
    const gif = decodeGif(g.bytes);
    expect([gif.width, gif.height]).toEqual([g.width, g.height]);
    const isBlack = (x: number, y: number): boolean => {
      const rgb = gif.palette[gif.pixels[y * gif.width + x]];
      return rgb[0] + rgb[1] + rgb[2] === 0;
    };
    const q = 4 * cellSize;
    for (let r = 0; r < m.length; r++) for (let c = 0; c < m.length; c++) expect(isBlack(q + c * cellSize + 1, q + r * cellSize + 1)).toBe(m[r][c]);
    for (let x = 0; x < g.width; x++) expect(isBlack(x, 0) || isBlack(x, g.height - 1) || isBlack(0, x)).toBe(false);
    // the finder pattern's corner module is dark
    expect(m[0][0] && m[0][6] && m[6][0] && !m[1][1]).toBe(true);
  });

  it('encodes non-ASCII text as UTF-8 bytes', () => {
    // "Абай" is 8 UTF-8 bytes: still version 1 at M (capacity 14); a Latin-1 truncation would lose the letters
    expect(qrGif('Абай').modules).toBe(21);
    expect(qrMatrix('Абай')).not.toEqual(qrMatrix('0690'));
  });

  it('refuses empty text', () => {
    expect(() => qrGif('')).toThrow('empty');
  });
});

describe('decodeBase64', () => {
  it('matches Node for every padding', () => {
    for (const s of ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar', '\u00ff\u0000\u0080']) {
      const b64 = Buffer.from(s, 'latin1').toString('base64');
      expect(decodeBase64(b64)).toEqual([...Buffer.from(s, 'latin1')]);
    }
  });
});

describe('in an Apps Script-like runtime', () => {
  it('bundles for es2019 and runs in a vm context without window, document or Buffer', async () => {
    const out = await esbuild.build({
      stdin: {
        contents: "import { qrGif } from './src/docs/qr'; var g = qrGif('INV:000123'); result = { modules: g.modules, head: String.fromCharCode.apply(null, g.bytes.slice(0, 6)), n: g.bytes.length };",
        resolveDir: path.resolve(__dirname, '../../..'),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2019',
      logLevel: 'silent',
    });
    const ctx = vm.createContext({ result: null });
    expect(vm.runInContext('typeof Buffer + typeof window + typeof document', ctx)).toBe('undefinedundefinedundefined');
    vm.runInContext(out.outputFiles[0].text, ctx);
    expect(ctx.result).toEqual({ modules: 21, head: 'GIF87a', n: qrGif('INV:000123').bytes.length });
  });
});
