/**
 * The shape of the house (DESIGN.md): only src/gas names Apps Script services; the domain is pure;
 * imports point down. A file that breaks these rules fails here, naming itself.
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');
const SERVICES = /\b(SpreadsheetApp|DocumentApp|DriveApp|HtmlService|PropertiesService|CacheService|LockService|ScriptApp|Session|Utilities|UrlFetchApp|MailApp|GmailApp|Logger)\s*\./;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return files(p);
    return /\.ts$/.test(e.name) ? [p] : [];
  });
}

const src = files(path.join(root, 'src'));
const rel = (p: string) => path.relative(root, p);
const code = (p: string) => fs.readFileSync(p, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('architecture', () => {
  it('only src/gas names Apps Script services', () => {
    const offenders = src.filter((f) => !rel(f).startsWith(path.join('src', 'gas')) && SERVICES.test(code(f))).map(rel);
    expect(offenders).toEqual([]);
  });

  it('the domain imports nothing but the domain, the message keys and the template\'s option codes', () => {
    const offenders = src
      .filter((f) => rel(f).startsWith(path.join('src', 'domain')))
      .flatMap((f) => [...code(f).matchAll(/from '([^']+)'/g)].map((m) => `${rel(f)} → ${m[1]}`))
      .filter((s) => !/→ \.\/|→ \.\.\/i18n$|→ \.\.\/\.\.\/sheets-template\/options$/.test(s));
    expect(offenders).toEqual([]);
  });

  it('the add-on never imports the emulator or Node', () => {
    const offenders = src.filter((f) => /from '(\.\.\/)+emulator|from '(fs|path|vm|os|child_process|node:[a-z]+)'/.test(code(f))).map(rel);
    expect(offenders).toEqual([]);
  });

  it('use cases and journals do not reach up into the server or the sidebars', () => {
    const lower = src.filter((f) => /src\/(usecases|journals|domain|docs)\//.test(rel(f)));
    const offenders = lower.filter((f) => /from '\.\.\/(server|ui)\b/.test(code(f))).map(rel);
    expect(offenders).toEqual([]);
  });
});
