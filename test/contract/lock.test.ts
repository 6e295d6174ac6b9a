import { spawn, spawnSync } from 'child_process';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createLockModule, LOCK_TIMEOUT_MESSAGE, lockFile, MAX_EXECUTION_MS } from '../../emulator/services/lock';
import { createFakeHost } from './helpers/fakeHost';

function setup(dir?: string) {
  const host = createFakeHost({ dir });
  const m = createLockModule(host);
  return { host, m, LockService: m.LockService };
}

// https://developers.google.com/apps-script/reference/lock/lock
describe('Lock in one process', () => {
  // hasLock(): "Returns true if the lock was acquired. This method will return false if tryLock or waitLock
  // were never called, timed out before the lock could be retrieved, or if releaseLock was called."
  it('tryLock acquires a free lock; hasLock follows acquire and release', () => {
    const { LockService } = setup();
    const lock = LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  // releaseLock(): "This method has no effect if the lock has not been acquired."
  it('releaseLock without the lock has no effect', () => {
    const { LockService, host } = setup();
    LockService.getScriptLock().releaseLock();
    expect(host.saves).toBe(0);
  });

  // Emulator contract: the script sees what another process wrote once it holds the lock, and what it
  // wrote is saved before anyone else can take the lock (the reference: flush before releaseLock).
  it('reloads the state on acquiring and saves it before releasing', () => {
    const { LockService, host } = setup();
    const lock = LockService.getDocumentLock();
    lock.waitLock(1000);
    expect([host.reloads, host.saves]).toEqual([1, 0]);
    expect(fs.existsSync(lockFile(host.dir, 'document'))).toBe(true);
    lock.releaseLock();
    expect([host.reloads, host.saves]).toEqual([1, 1]);
    expect(fs.existsSync(lockFile(host.dir, 'document'))).toBe(false);
  });

  // Not verified, common understanding: within one execution a second lock object of the same kind is
  // granted at once (the execution already holds it).
  it('is re-entrant within one execution', () => {
    const { LockService, host } = setup();
    const a = LockService.getDocumentLock();
    const b = LockService.getDocumentLock();
    expect(a.tryLock(0)).toBe(true);
    expect(b.tryLock(0)).toBe(true);
    expect(host.reloads).toBe(1);
    b.releaseLock();
    expect([a.hasLock(), b.hasLock()]).toEqual([false, false]);
  });

  it('keeps document, script and user locks apart', () => {
    const { LockService, m } = setup();
    m._holdFromAnotherExecution('document', 5_000);
    expect(LockService.getDocumentLock().tryLock(0)).toBe(false);
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(LockService.getUserLock().tryLock(0)).toBe(true);
  });

  // tryLock(timeoutInMillis): "Attempts to acquire the lock, timing out after the provided number of
  // milliseconds. This method has no effect if the lock has already been acquired." Returns false on timeout.
  it('tryLock returns false after its timeout while another execution holds the lock', () => {
    const { LockService, m } = setup();
    // Held far longer than the test: a false can only come from tryLock's own timeout.
    expect(m._holdFromAnotherExecution('document', 60_000)).toBe(true);
    const t0 = Date.now();
    expect(LockService.getDocumentLock().tryLock(150)).toBe(false);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  });

  // waitLock(timeoutInMillis): "Attempts to acquire the lock, timing out with an exception after the
  // provided number of milliseconds." Text: community-observed.
  it('waitLock throws "Lock timeout: …" after its timeout', () => {
    const { LockService, m } = setup();
    m._holdFromAnotherExecution('document', 2_000);
    const lock = LockService.getDocumentLock();
    let err: Error | undefined;
    try {
      lock.waitLock(100);
    } catch (e) {
      err = e as Error;
    }
    expect(err?.message).toBe(LOCK_TIMEOUT_MESSAGE);
    expect(err?.message).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(err?.name).toBe('Exception');
    expect(lock.hasLock()).toBe(false);
  });

  it('waitLock acquires once the other execution lets go within the timeout', () => {
    const { LockService, m } = setup();
    m._holdFromAnotherExecution('document', 300);
    const t0 = Date.now();
    const lock = LockService.getDocumentLock();
    lock.waitLock(5_000);
    expect(lock.hasLock()).toBe(true);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
  });

  // releaseLock: "Locks are released automatically when the script terminates" (the runtime calls
  // releaseAllLocks at the end of every execution); the next execution can take the lock.
  it('releaseAllLocks ends the execution: locks are released and the next execution is another owner', () => {
    const { LockService, m, host } = setup();
    const first = m._executionId();
    const lock = LockService.getDocumentLock();
    lock.waitLock(100);
    m.releaseAllLocks();
    expect(lock.hasLock()).toBe(false);
    expect(host.saves).toBe(1);
    expect(m._executionId()).not.toBe(first);
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('two modules on one folder (two executions) exclude each other', () => {
    const a = setup();
    const b = setup(a.host.dir);
    expect(a.LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(b.LockService.getDocumentLock().tryLock(50)).toBe(false);
    a.m.releaseAllLocks();
    expect(b.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('counts "LockService.*" and "Lock.*"', () => {
    const { LockService, host } = setup();
    const l = LockService.getDocumentLock();
    l.waitLock(10);
    l.releaseLock();
    expect(host.meter.snapshot().calls).toEqual({ 'LockService.getDocumentLock': 1, 'Lock.waitLock': 1, 'Lock.releaseLock': 1 });
  });
});

describe('stale locks (emulator)', () => {
  function writeOwner(dir: string, owner: object) {
    fs.mkdirSync(path.join(dir, 'locks'), { recursive: true });
    fs.writeFileSync(lockFile(dir, 'document'), JSON.stringify(owner));
  }

  it('takes a lock whose owner process is gone', () => {
    const { LockService, host } = setup();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const pid = Number(dead.stdout.toString());
    writeOwner(host.dir, { pid, host: os.hostname(), executionId: 'dead', acquiredAt: Date.now() });
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('takes a lock older than the 6-minute execution limit', () => {
    const { LockService, host } = setup();
    writeOwner(host.dir, { pid: process.pid, host: os.hostname(), executionId: 'old', acquiredAt: Date.now() - MAX_EXECUTION_MS - 1 });
    expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('does not take a live, recent lock', () => {
    const { LockService, host } = setup();
    writeOwner(host.dir, { pid: process.pid, host: os.hostname(), executionId: 'live', acquiredAt: Date.now() });
    expect(LockService.getDocumentLock().tryLock(0)).toBe(false);
  });
});

// Two real Node processes on one workbook folder (the preview server and a CLI command).
describe('Lock across processes', () => {
  let child: string;
  beforeAll(() => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kitaphana-lockchild-'));
    child = path.join(out, 'lockChild.cjs');
    esbuild.buildSync({
      entryPoints: [path.join(__dirname, 'helpers', 'lockChild.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: child,
      logLevel: 'silent',
    });
  });

  interface ChildResult {
    pid: number;
    acquired: boolean;
    acquiredAt?: number;
    releasedAt?: number;
    error?: string;
    errorName?: string;
    reloadsAfterAcquire?: number;
    savesAfterRelease?: number;
  }
  function run(dir: string, startAt: number, timeout: number, hold: number): Promise<ChildResult> {
    return new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [child, dir, 'document', String(startAt), String(timeout), String(hold)]);
      let out = '';
      let err = '';
      p.stdout.on('data', (d) => (out += d));
      p.stderr.on('data', (d) => (err += d));
      p.on('error', reject);
      p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim())) : reject(new Error(`child exited ${code}: ${err}`))));
    });
  }

  it('exactly one process wins; the other times out with the waitLock error', async () => {
    const dir = createFakeHost().dir;
    const startAt = Date.now() + 1_500;
    const results = await Promise.all([run(dir, startAt, 300, 1_500), run(dir, startAt, 300, 1_500)]);
    const winners = results.filter((r) => r.acquired);
    const losers = results.filter((r) => !r.acquired);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].error).toBe(LOCK_TIMEOUT_MESSAGE);
    expect(losers[0].errorName).toBe('Exception');
    expect(winners[0].reloadsAfterAcquire).toBe(1);
    expect(winners[0].savesAfterRelease).toBe(1);
    expect(fs.existsSync(lockFile(dir, 'document'))).toBe(false);
  });

  it('the waiting process gets the lock after the holder releases it: the holds never overlap', async () => {
    const dir = createFakeHost().dir;
    const startAt = Date.now() + 1_500;
    const results = await Promise.all([run(dir, startAt, 10_000, 600), run(dir, startAt, 10_000, 600)]);
    expect(results.every((r) => r.acquired)).toBe(true);
    const [first, second] = results.sort((x, y) => x.acquiredAt! - y.acquiredAt!);
    expect(second.acquiredAt!).toBeGreaterThanOrEqual(first.releasedAt!);
  });
});
