/**
 * What the build ships (scripts/build.mjs): each bundle carries only the messages its code names, so a
 * sidebar stays small. These checks make sure nothing a librarian sees was left behind: every text a
 * sidebar's page names (data-i18n) is in its bundle in Kazakh and Russian, and the server keeps its menu.
 */
import * as fs from 'fs';
import * as path from 'path';
import { catalogues, isMessageKey } from '../../src/i18n';
import { DIST, ROOT, requireBuild } from './helpers';

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

it('the server bundle keeps its menu texts and stays under 300 KB', () => {
  requireBuild();
  const code = fs.readFileSync(path.join(DIST, 'Code.js'), 'utf8');
  for (const key of ['menu.desk', 'menu.registerReader', 'menu.setup', 'error.unexpected', 'doc.act.title'] as const) {
    for (const lang of ['kk', 'ru'] as const) expect([key, code.includes(jsText(catalogues[lang][key]))]).toEqual([key, true]);
  }
  expect(Buffer.byteLength(code)).toBeLessThan(300 * 1024);
});
