// Builds everything from source with esbuild:
//   dist/Code.js          the add-on: one file, es2019, top-level functions for triggers, menus, google.script.run
//   dist/<Sidebar>.html   one self-contained HTML file per sidebar (CSS and JS inlined, no CDN)
//   dist/appsscript.json  the manifest
//   build/cli.cjs, build/preview.cjs   the local emulator's command line and preview server (Node)
// Usage: node scripts/build.mjs [--addon-only]
import * as esbuild from 'esbuild';
import { GasPlugin } from 'esbuild-gas-plugin';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const build = path.join(root, 'build');
const addonOnly = process.argv.includes('--addon-only');

fs.rmSync(dist, { recursive: true, force: true });
fs.mkdirSync(dist, { recursive: true });

// The add-on speaks Kazakh and Russian: the English catalogue (for developers and tests) is swapped out of
// every bundle (src/i18n/en-bundle.ts).
const noEnglish = {
  name: 'no-english',
  setup(b) {
    b.onResolve({ filter: /^\.\/en$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'i18n', 'index.ts')) ? { path: path.join(root, 'src/i18n/en-bundle.ts') } : undefined,
    );
  },
};


// Every bundle carries only the messages its code can name. The catalogue (src/i18n) holds every text of
// every feature in kk and ru; a sidebar needs its own labels, the server its messages and Docs. A first
// pass lists the bundle's source files; a key is kept when one of them (or the sidebar's index.html) names it
// in quotes, or builds it from a named prefix (`import.field.${f}`); the second pass drops the rest from the
// catalogue files. The browser and integration tests compare what is shown with the full catalogue, so a key
// dropped by mistake fails them.
const I18N_DIR = path.join(root, 'src', 'i18n');
const ENTRY = /\n  '([^'\n]+)':\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`),?/g;
function usedKeys(files, extraTexts) {
  const texts = files.filter((f) => !f.startsWith(I18N_DIR)).map((f) => fs.readFileSync(f, 'utf8')).concat(extraTexts);
  const all = texts.join('\n');
  const prefixes = [...all.matchAll(/`([A-Za-z][\w.]*\.)\$\{/g)].map((m) => m[1]);
  return (key) => all.includes(`'${key}'`) || all.includes(`"${key}"`) || prefixes.some((p) => key.startsWith(p));
}
function pruneMessages(keep) {
  return {
    name: 'prune-messages',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]i18n[\\/](kk|ru|en)(-[\w-]+)?\.ts$/ }, (args) => ({
        contents: fs.readFileSync(args.path, 'utf8').replace(ENTRY, (entry, key) => (keep(key) ? entry : '')),
        loader: 'ts',
      }));
    },
  };
}
async function inputsOf(options) {
  const r = await esbuild.build({ ...options, write: false, metafile: true, outfile: undefined, outdir: undefined, plugins: [noEnglish] });
  return Object.keys(r.metafile.inputs).map((f) => path.resolve(root, f));
}

// 1. The server bundle.
const serverOptions = {
  entryPoints: [path.join(root, 'src/server.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2019',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  // Minified: the 300 KB budget. The top-level functions keep their names (the stubs esbuild-gas-plugin
  // writes outside the bundle); inner names are shortened.
  minify: true,
};
const serverKeys = usedKeys(await inputsOf(serverOptions), []);

// The add-on is built readable-minified first (build/Code.readable.js: esbuild-gas-plugin's top-level stubs,
// then the bundle), then shipped packed: dist/Code.js is the same stubs, then src/loader.ts with the bundle
// deflated and base64-encoded in it, which inflates and evaluates it as the script loads. The size budget
// (300 KB) is on dist/Code.js; the readable file is for reading, auditing and debugging, never deployed.
fs.mkdirSync(build, { recursive: true });
const readableFile = path.join(build, 'Code.readable.js');
const serverPlugins = [noEnglish, pruneMessages(serverKeys)];
const body = (await esbuild.build({ ...serverOptions, write: false, plugins: serverPlugins })).outputFiles[0].text;
await esbuild.build({ ...serverOptions, outfile: readableFile, plugins: [...serverPlugins, GasPlugin] });
const readable = fs.readFileSync(readableFile, 'utf8');
if (/^\s*(import|export)\s/m.test(readable)) throw new Error('the server bundle still holds an import/export statement');
if (!readable.endsWith(body)) throw new Error('esbuild-gas-plugin changed the bundle it wraps: the loader cannot split stubs from code');
const stubs = readable.slice(0, readable.length - body.length);
const packedBundle = zlib.deflateRawSync(Buffer.from(body, 'utf8'), { level: 9 }).toString('base64');
const loader = await esbuild.build({
  entryPoints: [path.join(root, 'src/loader.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2019',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  minify: true,
  define: { KITAPHANA_BUNDLE: JSON.stringify(packedBundle) },
});
fs.writeFileSync(path.join(dist, 'Code.js'), `${stubs}${loader.outputFiles[0].text}`);

// 2. The manifest.
fs.copyFileSync(path.join(root, 'src/appsscript.json'), path.join(dist, 'appsscript.json'));

// 3. One HTML file per sidebar: src/ui/<name>/index.html with <!-- STYLE --> and <!-- SCRIPT --> placeholders.
const uiDir = path.join(root, 'src/ui');
const sharedCss = fs.readFileSync(path.join(uiDir, 'shared/style.css'), 'utf8');
for (const name of fs.readdirSync(uiDir)) {
  const dir = path.join(uiDir, name);
  const page = path.join(dir, 'index.html');
  if (!fs.existsSync(page) || !fs.existsSync(path.join(dir, 'main.ts'))) continue;
  const sidebarOptions = {
    entryPoints: [path.join(dir, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  };
  // Sidebars also keep every 'error.*' message: a sidebar may phrase a refusal the server named by key.
  const named = usedKeys(await inputsOf(sidebarOptions), [fs.readFileSync(page, 'utf8')]);
  const keep = (key) => key.startsWith('error.') || named(key);
  const js = await esbuild.build({ ...sidebarOptions, plugins: [noEnglish, pruneMessages(keep)] });
  const css = sharedCss + (fs.existsSync(path.join(dir, 'style.css')) ? fs.readFileSync(path.join(dir, 'style.css'), 'utf8') : '');
  const script = js.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = fs
    .readFileSync(page, 'utf8')
    .replace('<!-- STYLE -->', () => `<style>\n${css}</style>`)
    .replace('<!-- SCRIPT -->', () => `<script>\n${script}</script>`);
  // Apps Script file names: the sidebar "register-reader" becomes RegisterReader.html.
  const fileName = name.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  fs.writeFileSync(path.join(dist, `${fileName}.html`), html);
}

// 4. The emulator's Node entry points.
if (!addonOnly) {
  fs.mkdirSync(build, { recursive: true });
  await esbuild.build({
    entryPoints: {
      cli: path.join(root, 'emulator/cli.ts'),
      preview: path.join(root, 'emulator/preview/server.ts'),
    },
    outdir: build,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
    external: ['playwright-core'],
    loader: { '.html': 'text', '.css': 'text' },
  });
}

const sizes = fs.readdirSync(dist).map((f) => `${f} ${(fs.statSync(path.join(dist, f)).size / 1024).toFixed(1)} KB`);
console.error(`built: ${sizes.join(', ')}`);
