/** The loader of dist/Code.js (src/loader.ts) gives back exactly the source the build packed. */
import * as zlib from 'zlib';
import { base64Bytes, unpackSource, utf8Text } from '../../src/loader';

/** As scripts/build.mjs packs: UTF-8, raw deflate, base64. */
const pack = (source: string) => zlib.deflateRawSync(Buffer.from(source, 'utf8'), { level: 9 }).toString('base64');

describe('the bundle loader', () => {
  it('decodes base64 as Buffer does, padding or not', () => {
    for (const bytes of [[], [0], [255, 1], [1, 2, 3], [0, 16, 131, 16, 81, 135, 32, 146, 139], Array.from({ length: 300 }, (_, i) => (i * 37) % 256)]) {
      const text = Buffer.from(bytes).toString('base64');
      expect([...base64Bytes(text)]).toEqual(bytes);
      expect([...base64Bytes(text.replace(/=+$/, ''))]).toEqual(bytes);
    }
    expect(() => base64Bytes('ab$d')).toThrow('not base64');
  });

  it('decodes UTF-8 as Buffer does: ASCII, Kazakh and Russian letters, ₸, an emoji', () => {
    const text = 'Әбенов Ш. Қозы-Көрпеш – Баянсұлу; цена 1 250 ₸ 📚 '.repeat(500);
    expect(utf8Text(new Uint8Array(Buffer.from(text, 'utf8')))).toBe(text);
  });

  it('unpacks a packed source to the same text, letter for letter', () => {
    const source = `var x = ${JSON.stringify({ kk: 'Кітап беру және қайтару', ru: 'Выдача и возврат книг' })};\n`.repeat(2000);
    expect(unpackSource(pack(source))).toBe(source);
  });
});
