// `npm run bench`: builds the add-on (scripts/build.mjs), bundles bench/run.ts to build/bench.cjs with
// esbuild (platform node, like the emulator's CLI), and runs it. Arguments are passed on, e.g.
//   node bench/bench.mjs --sizes small        only the small library
//   node bench/bench.mjs --no-write           print, do not write bench/RESULTS.md
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run([path.join(root, 'scripts/build.mjs')]);
await esbuild.build({
  entryPoints: [path.join(root, 'bench/run.ts')],
  outfile: path.join(root, 'build/bench.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
});
run([path.join(root, 'build/bench.cjs'), ...process.argv.slice(2)]);
