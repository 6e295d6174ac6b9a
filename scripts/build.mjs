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


// 1. The server bundle.
await esbuild.build({
  entryPoints: [path.join(root, 'src/server.ts')],
  outfile: path.join(dist, 'Code.js'),
  bundle: true,
  format: 'iife',
  target: 'es2019',
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
  // Minified: the 300 KB budget. The top-level functions keep their names (the stubs esbuild-gas-plugin
  // writes outside the bundle); inner names are shortened.
  minify: true,
  plugins: [noEnglish, GasPlugin],
});
const code = fs.readFileSync(path.join(dist, 'Code.js'), 'utf8');
if (/^\s*(import|export)\s/m.test(code)) throw new Error('dist/Code.js still holds an import/export statement');

// 2. The manifest.
fs.copyFileSync(path.join(root, 'src/appsscript.json'), path.join(dist, 'appsscript.json'));

// 3. One HTML file per sidebar: src/ui/<name>/index.html with <!-- STYLE --> and <!-- SCRIPT --> placeholders.
const uiDir = path.join(root, 'src/ui');
const sharedCss = fs.readFileSync(path.join(uiDir, 'shared/style.css'), 'utf8');
for (const name of fs.readdirSync(uiDir)) {
  const dir = path.join(uiDir, name);
  const page = path.join(dir, 'index.html');
  if (!fs.existsSync(page) || !fs.existsSync(path.join(dir, 'main.ts'))) continue;
  const js = await esbuild.build({
    entryPoints: [path.join(dir, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    charset: 'utf8',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [noEnglish],
  });
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
