/**
 * `npm run bench`: what each server operation costs in Apps Script terms, on a small and on a big
 * library (issue #7). Runs each operation of bench/operations.ts through the built bundle
 * (dist/Code.js) in the emulator, on a fresh copy of the generated workbook of each size; prints a
 * table per operation (service calls by service, cells read and written, modelled Apps Script time,
 * local CPU time), the big/small ratios, the target checks and the bundle sizes; writes bench/RESULTS.md.
 *
 * Usage (after `node scripts/build.mjs`): node build/bench.cjs [--sizes small,big] [--no-write]
 * bench/bench.mjs does the build, the bundling and the run.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Emulator, type Execution } from '../emulator/runtime';
import { BENCH_NOW, SIZES, copyWorkbook, libraryWorkbook, repoRoot, type CachedLibrary, type SizeName } from './generate';
import { MEASURED, SERVICE_GROUPS, modelTable, modelTime, type CostCategory, type ModelledTime } from './latency-model';
import { OPERATIONS, type Operation, type Target } from './operations';

interface Measurement {
  size: SizeName;
  ok: boolean;
  error?: string;
  exec: Execution;
  model: ModelledTime;
  cpuMs: number;
  wallMs: number;
}

interface OperationResult {
  op: Operation;
  implemented: boolean;
  runs: Partial<Record<SizeName, Measurement>>;
}

const BUNDLE_LIMIT_KB = 300;
const SIDEBAR_LIMIT_KB = 150;
/** Cells per spreadsheet (support.google.com/drive/answer/37603). */
const CELL_LIMIT = 10_000_000;

function main(argv: string[]): number {
  const root = repoRoot();
  const projectDir = path.join(root, 'dist');
  if (!fs.existsSync(path.join(projectDir, 'Code.js'))) {
    console.error('dist/Code.js is missing: run `node scripts/build.mjs` first (npm run bench does it)');
    return 2;
  }
  const sizesArg = argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? (argv.includes('--sizes') ? argv[argv.indexOf('--sizes') + 1] : 'small,big');
  const sizes = sizesArg.split(',').filter((s): s is SizeName => s === 'small' || s === 'big');
  const write = !argv.includes('--no-write');
  const started = Date.now();
  const log = (s: string) => console.error(`[bench] ${s}`);

  // Which operations the bundle has today.
  const probeDir = copyWorkbook(null);
  const functions = new Set(new Emulator({ dir: probeDir, projectDir }).functions());
  fs.rmSync(probeDir, { recursive: true, force: true });

  const libs: Partial<Record<SizeName, CachedLibrary>> = {};
  for (const size of sizes) {
    const t = Date.now();
    libs[size] = libraryWorkbook(size, { root, projectDir, log });
    log(`${size} library: ${libs[size]!.generatedIn ? `generated in ${((Date.now() - t) / 1000).toFixed(1)} s` : 'from the cache'} (${libs[size]!.dir})`);
  }

  const results: OperationResult[] = [];
  for (const op of OPERATIONS) {
    const result: OperationResult = { op, implemented: functions.has(op.fn), runs: {} };
    results.push(result);
    if (!result.implemented) continue;
    for (const size of sizes) {
      const lib = libs[size]!;
      const dir = copyWorkbook(op.start === 'empty' ? null : lib.dir);
      try {
        const emu = new Emulator({ dir, projectDir, userLocale: 'kk', now: () => BENCH_NOW });
        op.before?.(emu, lib.facts);
        const args = op.args(lib.facts);
        const cpu0 = process.cpuUsage();
        const t0 = process.hrtime.bigint();
        const exec = op.via === 'menu' ? emu.run(op.fn, args) : emu.runFromClient(op.fn, args);
        const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
        const cpu = process.cpuUsage(cpu0);
        const refused = exec.ok && op.via === 'client' && (exec.result as { ok?: boolean } | null)?.ok === false;
        const error = !exec.ok ? `${exec.error?.name}: ${exec.error?.message}` : refused ? `refused: ${(exec.result as { message?: string }).message}` : undefined;
        result.runs[size] = { size, ok: !error, error, exec, model: modelTime(exec.calls), cpuMs: (cpu.user + cpu.system) / 1000, wallMs };
        log(`${op.id} @ ${size}: ${error ?? 'ok'}`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  }

  const markdown = report(results, sizes, libs, root, (Date.now() - started) / 1000);
  console.log(markdown);
  if (write) {
    fs.writeFileSync(path.join(root, 'bench', 'RESULTS.md'), markdown);
    log('wrote bench/RESULTS.md');
  }
  const failed = results.some((r) => Object.values(r.runs).some((m) => m && !m.ok));
  return failed ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------------
// The report

function report(results: OperationResult[], sizes: SizeName[], libs: Partial<Record<SizeName, CachedLibrary>>, root: string, seconds: number): string {
  const out: string[] = [];
  const m = machine(root);
  out.push('# Benchmark results');
  out.push('');
  out.push('What each server operation costs in Apps Script terms (issue #7). Generated by `npm run bench`; do not edit by hand.');
  out.push('');
  out.push(`- Date: ${new Date().toISOString()}`);
  out.push(`- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, ${m.platform}, Node ${process.version}`);
  out.push(`- Commit: ${m.commit}`);
  out.push(`- Whole run: ${seconds.toFixed(0)} s`);
  out.push('');
  out.push('Modelled time prices the counted calls with bench/latency-model.ts (constants and sources below). CPU time is this');
  out.push("machine's process time for the execution, the emulator's own work (loading and saving the sheets it touches) included.");
  out.push('');

  out.push('## Libraries');
  out.push('');
  const journals = new Set<string>();
  for (const s of sizes) for (const k of Object.keys(libs[s]?.rows ?? {})) journals.add(k);
  out.push(`| journal | ${sizes.join(' | ')} |`);
  out.push(`|---|${sizes.map(() => '---:').join('|')}|`);
  for (const j of journals) out.push(`| ${j} | ${sizes.map((s) => fmtInt(libs[s]?.rows[j as keyof CachedLibrary['rows']] ?? 0)).join(' | ')} |`);
  out.push('');
  for (const s of sizes) {
    const spec = SIZES[s];
    const lib = libs[s]!;
    out.push(
      `- ${s}: ${fmtInt(spec.copies)} copies of ${fmtInt(spec.titles)} titles, ${fmtInt(spec.readers)} readers, history ${spec.historyStart} to ${lib.facts.today}; ` +
        `the workbook's grids hold ${fmtInt(lib.gridCells)} cells, ${((lib.gridCells / CELL_LIMIT) * 100).toFixed(1)}% of the 10,000,000-cell limit ` +
        `(biggest: ${lib.biggestGrids.map((g) => `${g.sheet} ${fmtInt(g.rows)} × ${g.columns}`).join(', ')}).`,
    );
  }
  out.push('');

  out.push('## Operations');
  out.push('');
  for (const r of results) {
    out.push(`### ${r.op.title} (\`${r.op.fn}\`)`);
    out.push('');
    if (!r.implemented) {
      out.push(`Not implemented yet (${r.op.comesWith ?? 'a later issue'}).`);
      out.push('');
      continue;
    }
    if (r.op.note) out.push(`_${r.op.note}_`, '');
    out.push(`| size | calls | ${SERVICE_GROUPS.join(' | ')} | cells read | cells written | modelled ms | CPU ms | wall ms |`);
    out.push(`|---|---:|${SERVICE_GROUPS.map(() => '---:').join('|')}|---:|---:|---:|---:|---:|`);
    for (const s of sizes) {
      const x = r.runs[s];
      if (!x) continue;
      out.push(
        `| ${s}${x.ok ? '' : ' (FAILED)'} | ${fmtInt(x.model.calls)} | ${SERVICE_GROUPS.map((g) => fmtInt(x.model.callsByService[g])).join(' | ')} | ${fmtInt(x.exec.calls.cellsRead)} | ${fmtInt(x.exec.calls.cellsWritten)} | ${fmtInt(x.model.ms)} | ${fmtInt(x.cpuMs)} | ${fmtInt(x.wallMs)} |`,
      );
    }
    const small = r.runs.small;
    const big = r.runs.big;
    if (small && big) {
      out.push(
        `| big/small | ${ratio(big.model.calls, small.model.calls)} | ${SERVICE_GROUPS.map((g) => ratio(big.model.callsByService[g], small.model.callsByService[g])).join(' | ')} | ${ratio(big.exec.calls.cellsRead, small.exec.calls.cellsRead)} | ${ratio(big.exec.calls.cellsWritten, small.exec.calls.cellsWritten)} | ${ratio(big.model.ms, small.model.ms)} | ${ratio(big.cpuMs, small.cpuMs)} | ${ratio(big.wallMs, small.wallMs)} |`,
      );
    }
    out.push('');
    for (const s of sizes) {
      const x = r.runs[s];
      if (!x) continue;
      if (x.error) out.push(`- ${s}: **${x.error}**`);
      out.push(`- ${s}, modelled time by kind: ${breakdown(x.model)}`);
    }
    const last = r.runs[sizes[sizes.length - 1]];
    if (last) out.push(`- ${last.size}, calls: ${Object.entries(last.exec.calls.calls).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    out.push('');
  }

  out.push('## Targets');
  out.push('');
  out.push('| operation | target | measured | result |');
  out.push('|---|---|---:|---|');
  for (const r of results) {
    if (!r.implemented) {
      out.push(`| ${r.op.title} | ${r.op.targets.map(targetText).join('; ') || '–'} | – | not implemented yet (${r.op.comesWith ?? 'a later issue'}) |`);
      continue;
    }
    for (const t of r.op.targets) {
      const check = checkTarget(t, r, sizes);
      out.push(`| ${r.op.title} | ${targetText(t)} | ${check.measured} | ${check.result} |`);
    }
  }
  out.push('');

  out.push('## Bundle');
  out.push('');
  out.push('| file | size | limit | result |');
  out.push('|---|---:|---:|---|');
  const dist = path.join(root, 'dist');
  for (const f of fs.readdirSync(dist).sort()) {
    const limit = f === 'Code.js' ? BUNDLE_LIMIT_KB : f.endsWith('.html') ? SIDEBAR_LIMIT_KB : null;
    if (limit === null) continue;
    const kb = fs.statSync(path.join(dist, f)).size / 1024;
    out.push(`| dist/${f} | ${kb.toFixed(1)} KB | ${limit} KB | ${kb < limit ? 'PASS' : 'MISS'} |`);
  }
  out.push('');

  out.push('## Latency model');
  out.push('');
  out.push('| call kind | ms | from |');
  out.push('|---|---:|---|');
  for (const row of modelTable()) out.push(`| ${row.name} | ${row.ms < 1 ? row.ms.toFixed(3) : row.ms.toFixed(1)} | ${row.source} |`);
  out.push('');
  out.push(`- [B] bugbugnow.net, 2019: ${MEASURED.bugbugnow.url}`);
  out.push(`- [S] Stack Overflow answer "What is faster: ScriptDb or SpreadsheetApp?" (mirror): ${MEASURED.stackOverflow.url}`);
  out.push(`- [Z] ziritione.org, 100 runs: ${MEASURED.ziritione.url}`);
  out.push('- [G] Google, "Optimizing Spreadsheet Operations" (2010): http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html');
  out.push('- [D] DocumentApp reference, Document.saveAndClose(): https://developers.google.com/apps-script/reference/document/document');
  out.push('');
  out.push('Limits of the model: counts carry no order, so a read that follows pending writes (and commits them) is not priced');
  out.push('apart; each cell written is committed once, and an execution that wrote pays at least one flush. ASSUMED rows have');
  out.push('no public measurement behind them.');
  out.push('');
  return out.join('\n');
}

function checkTarget(t: Target, r: OperationResult, sizes: SizeName[]): { measured: string; result: string } {
  const small = r.runs.small;
  const big = r.runs.big;
  const failed = Object.values(r.runs).some((x) => x && !x.ok);
  const verdict = (pass: boolean) => (failed ? 'FAILED RUN' : pass ? 'PASS' : 'MISS');
  switch (t.kind) {
    case 'callsRatio':
    case 'cellsReadRatio': {
      if (!small || !big) return { measured: 'needs both sizes', result: '–' };
      const a = t.kind === 'callsRatio' ? big.model.calls : big.exec.calls.cellsRead;
      const b = t.kind === 'callsRatio' ? small.model.calls : small.exec.calls.cellsRead;
      const value = b === 0 ? (a === 0 ? 1 : Infinity) : a / b;
      return { measured: `${value.toFixed(2)} (${fmtInt(a)} / ${fmtInt(b)})`, result: verdict(value <= t.max + 1e-9) };
    }
    case 'modelledMs': {
      const x = big ?? r.runs[sizes[sizes.length - 1]];
      if (!x) return { measured: '–', result: '–' };
      return { measured: `${fmtInt(x.model.ms)} ms (${x.size})`, result: verdict(x.model.ms < t.ms) };
    }
  }
}

function targetText(t: Target): string {
  switch (t.kind) {
    case 'callsRatio':
      return `calls big/small ≤ ${t.max.toFixed(1)}`;
    case 'cellsReadRatio':
      return `cells read big/small ≤ ${t.max.toFixed(1)}`;
    case 'modelledMs':
      return `modelled < ${t.ms >= 60000 ? `${t.ms / 60000} min` : `${t.ms / 1000} s`} (big)`;
  }
}

function breakdown(model: ModelledTime): string {
  const parts = (Object.entries(model.byCategory) as Array<[CostCategory, number]>).filter(([, ms]) => ms >= 0.5).sort((a, b) => b[1] - a[1]);
  return parts.map(([k, ms]) => `${k} ${fmtInt(ms)}`).join(', ') + (model.implicitCommit ? ' (commit at the end included)' : '');
}

function ratio(a: number, b: number): string {
  if (b === 0) return a === 0 ? '–' : '∞';
  return (a / b).toFixed(2);
}

function fmtInt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function machine(root: string): { cpu: string; cores: number; memoryGb: string; platform: string; commit: string } {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGb: (os.totalmem() / 2 ** 30).toFixed(1),
    platform: `${os.platform()} ${os.release()}`,
    commit: commit(root),
  };
}

/** `git rev-parse --short HEAD`, "+dirty" when tracked files changed. BENCH_NO_GIT=1 reads .git/HEAD instead. */
function commit(root: string): string {
  if (!process.env.BENCH_NO_GIT) {
    try {
      const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      return dirty ? `${head}+dirty` : head;
    } catch {
      // fall through: no git on this machine
    }
  }
  try {
    const gitDir = path.join(root, '.git');
    let ref = fs.readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    if (ref.startsWith('ref: ')) {
      const name = ref.slice(5);
      const loose = path.join(gitDir, name);
      if (fs.existsSync(loose)) ref = fs.readFileSync(loose, 'utf8').trim();
      else {
        const packed = fs.readFileSync(path.join(gitDir, 'packed-refs'), 'utf8').split('\n').find((l) => l.endsWith(` ${name}`));
        ref = packed ? packed.split(' ')[0] : 'unknown';
      }
    }
    return `${ref.slice(0, 7)} (working tree state not checked)`;
  } catch {
    return 'unknown';
  }
}

process.exitCode = main(process.argv.slice(2));
