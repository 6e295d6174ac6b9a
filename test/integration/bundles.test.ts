/**
 * What the build ships (scripts/build.mjs): each bundle carries only the messages its code names, so a
 * sidebar stays small. These checks make sure nothing a librarian sees was left behind: every text a
 * sidebar's page names (data-i18n) is in its bundle in Kazakh and Russian; the server bundle travels packed
 * (src/loader.ts) and, unpacked as the script loads, builds its menu in both languages.
 */
import * as fs from 'fs';
import * as path from 'path';
import { catalogues, isMessageKey } from '../../src/i18n';
import { DIST, ROOT, emulator, requireBuild } from './helpers';

const UI = path.join(ROOT, 'src', 'ui');
const fileName = (dir: string) => dir.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const sidebars = fs.readdirSync(UI).filter((d) => fs.existsSync(path.join(UI, d, 'index.html')));
const jsText = (s: string) => JSON.stringify(s).slice(1, -1);

describe.each(sidebars)('the %s sidebar bundle', (dir) => {
  it('holds every text its page names, in kk and ru, and stays under 150 KB', () => {
    requireBuild();
    const html = fs.readFileSync(path.join(DIST, `${fileName(dir)}.html`), 'utf8');
    const keys = [...fs.readFileSync(path.join(UI, dir, 'index.html'), 'utf8').matchAll(/data-i18n(?:-placeholder)?="([^"]+)"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect([key, isMessageKey(key)]).toEqual([key, true]);
      if (!isMessageKey(key)) continue;
      for (const lang of ['kk', 'ru'] as const) expect([key, lang, html.includes(jsText(catalogues[lang][key]))]).toEqual([key, lang, true]);
    }
    expect(Buffer.byteLength(html)).toBeLessThan(150 * 1024);
  });
});

it('the server bundle stays under 300 KB, unpacks as it loads and speaks kk and ru', () => {
  requireBuild();
  const code = fs.readFileSync(path.join(DIST, 'Code.js'), 'utf8');
  expect(Buffer.byteLength(code)).toBeLessThan(300 * 1024);
  // dist/Code.js is the stubs and the loader with the packed bundle: the menu shows the bundle ran.
  for (const lang of ['kk', 'ru'] as const) {
    const exec = emulator({ userLocale: lang }).openDocument('NONE');
    const menu = exec.effects.find((e) => e.kind === 'menu');
    const captions = menu && menu.kind === 'menu' ? menu.menu.items.flatMap((i) => (i.kind === 'item' ? [i.caption] : [])) : [];
    for (const key of ['menu.desk', 'menu.registerReader', 'menu.setup', 'menu.help'] as const) expect([lang, key, captions.includes(catalogues[lang][key])]).toEqual([lang, key, true]);
  }
});
