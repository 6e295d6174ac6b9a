/** The packed data of the server bundle (src/packed.ts) comes back exactly as it went in at build time. */
import * as zlib from 'zlib';
import { base64Bytes, unpackedFrom, utf8Text } from '../../src/packed';
import { kk } from '../../src/i18n/kk';
import { JOURNALS } from '../../sheets-template';

/** As scripts/build.mjs packs: UTF-8 JSON, deflated, base64. */
const pack = (table: unknown) => zlib.deflateRawSync(Buffer.from(JSON.stringify(table), 'utf8'), { level: 9 }).toString('base64');

describe('packed data', () => {
  it('decodes base64 as Buffer does, padding or not', () => {
    for (const bytes of [[], [0], [255, 1], [1, 2, 3], [0, 16, 131, 16, 81, 135, 32, 146, 139]]) {
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

  it('gives back the Kazakh catalogue and the journals template, every letter and every column', () => {
    const packed = pack({ 'src/i18n/kk.ts#kk': kk, 'sheets-template/journals.ts#JOURNALS': JOURNALS });
    expect(unpackedFrom(packed, 'src/i18n/kk.ts#kk')).toEqual(kk);
    expect(unpackedFrom(packed, 'sheets-template/journals.ts#JOURNALS')).toEqual(JSON.parse(JSON.stringify(JOURNALS)));
    expect(() => unpackedFrom(packed, 'src/i18n/ru.ts#ru')).toThrow('packed data has no src/i18n/ru.ts#ru');
  });
});
