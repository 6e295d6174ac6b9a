/**
 * LockService with locks that hold across processes sharing one workbook folder (the preview server and
 * a CLI command, or two test processes).
 * https://developers.google.com/apps-script/reference/lock/lock-service
 * https://developers.google.com/apps-script/reference/lock/lock
 *
 * A held lock is the file `<dir>/locks/<document|script|user>`, holding JSON {pid, host, executionId,
 * acquiredAt}. It is created atomically: the owner record is written to a temporary file first and then
 * hard-linked to the lock name (link fails if the name exists), so a lock file is never seen half-written.
 * A lock is stale, and may be taken, when its owner process is dead (same machine), when it is older than
 * the 6-minute execution limit (a script cannot run longer, so it cannot still hold it), or when a
 * test-helper hold has expired. Breaking a stale lock is serialised by a second, short-lived guard file.
 * Waiting polls every 20 ms with a synchronous sleep (Atomics.wait), against the wall clock (not host.now(),
 * which tests freeze).
 *
 * Semantics (Lock reference): tryLock(ms) returns false on timeout; waitLock(ms) throws; hasLock() is true
 * only after this Lock object acquired it and before releaseLock(); releaseLock() has no effect when the
 * lock was not acquired; "Locks are released automatically when the script terminates" (the runtime calls
 * `releaseAllLocks()` at the end of every execution). Not verified, common understanding: a second Lock
 * object of the same kind in the same execution acquires immediately (re-entrant per execution).
 * On acquiring, `host.reloadState()` (see what another process wrote); on releasing, `host.saveState()`
 * first (the reference asks for SpreadsheetApp.flush() before releaseLock for the same reason).
 * The waitLock error text is the one scripts report (community-observed, not in the reference):
 * "Lock timeout: another process was holding the lock for too long."
 * Script and user locks are per workbook folder in the emulator (one document, one user).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Host } from '../core/host';
import { counted } from '../core/meter';
import type { ServiceModule } from '../core/service';
import { gasError, sleepSync } from './small-support';

export type LockScope = 'document' | 'script' | 'user';
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';
/** Apps Script's maximum execution time: a lock older than this is left over from a dead execution. */
export const MAX_EXECUTION_MS = 6 * 60 * 1000;
export const LOCK_POLL_MS = 20;
const GUARD_STALE_MS = 10_000;

export interface LockOwner {
  pid: number;
  host: string;
  executionId: string;
  /** Wall-clock ms when acquired. */
  acquiredAt: number;
  /** Test helper holds only: the hold ends at this wall-clock ms. */
  holdUntil?: number;
}

export function lockFile(dir: string, scope: LockScope): string {
  return path.join(dir, 'locks', scope);
}

function readOwner(file: string): LockOwner | null | 'missing' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw e;
  }
  try {
    const o = JSON.parse(text) as LockOwner;
    return typeof o.pid === 'number' && typeof o.executionId === 'string' && typeof o.acquiredAt === 'number' ? o : null;
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why a lock may be taken from its owner, or null when the owner still holds it. */
export function staleReason(owner: LockOwner | null, now = Date.now()): string | null {
  if (owner === null) return 'unreadable lock file';
  if (owner.holdUntil !== undefined && now >= owner.holdUntil) return 'hold expired';
  if (now - owner.acquiredAt > MAX_EXECUTION_MS) return 'older than the 6-minute execution limit';
  if (owner.host === os.hostname() && !pidAlive(owner.pid)) return 'owner process is gone';
  return null;
}

function unlinkQuiet(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** Removes a stale lock file, unless someone else replaced it meanwhile. */
function breakStale(file: string, seen: LockOwner | null): void {
  const guard = `${file}.break`;
  let fd: number;
  try {
    fd = fs.openSync(guard, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    try {
      if (Date.now() - fs.statSync(guard).mtimeMs > GUARD_STALE_MS) unlinkQuiet(guard);
    } catch {
      /* gone meanwhile */
    }
    return;
  }
  try {
    const now = readOwner(file);
    if (now === 'missing') return;
    const same =
      now === null ? seen === null : seen !== null && now.executionId === seen.executionId && now.acquiredAt === seen.acquiredAt;
    if (same) unlinkQuiet(file);
  } finally {
    fs.closeSync(fd);
    unlinkQuiet(guard);
  }
}

/**
 * One attempt to create the lock file for `owner`. Returns 'acquired', 'mine' (this execution already
 * holds it) or 'busy'.
 */
export function attemptLock(dir: string, scope: LockScope, owner: LockOwner): 'acquired' | 'mine' | 'busy' {
  const file = lockFile(dir, scope);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(owner, null, 1));
  try {
    for (let round = 0; round < 3; round++) {
      try {
        fs.linkSync(tmp, file);
        return 'acquired';
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const current = readOwner(file);
      if (current === 'missing') continue; // released between link and read: try again
      if (current !== null && current.executionId === owner.executionId) return 'mine';
      if (staleReason(current) === null) return 'busy';
      breakStale(file, current);
    }
    return 'busy';
  } finally {
    unlinkQuiet(tmp);
  }
}

/** Removes the lock file if `executionId` owns it. */
export function removeLock(dir: string, scope: LockScope, executionId: string): void {
  const file = lockFile(dir, scope);
  const current = readOwner(file);
  if (current !== 'missing' && current !== null && current.executionId === executionId) unlinkQuiet(file);
}

/**
 * Test helper: makes the lock look held by another execution (this process's pid, another execution id)
 * for `ms` milliseconds of wall time. Returns false when the lock is not free.
 */
export function holdLockFromAnotherExecution(dir: string, scope: LockScope, ms: number): boolean {
  const now = Date.now();
  const owner: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    executionId: `other-${crypto.randomUUID()}`,
    acquiredAt: now,
    holdUntil: now + ms,
  };
  return attemptLock(dir, scope, owner) === 'acquired';
}

interface ModuleState {
  executionId: string;
  held: Map<LockScope, Set<LockImpl>>;
}

class LockImpl implements GoogleAppsScript.Lock.Lock {
  private held = false;
  constructor(
    private readonly host: Host,
    private readonly state: ModuleState,
    private readonly scope: LockScope,
  ) {}

  _drop(): void {
    this.held = false;
  }

  hasLock(): boolean {
    return this.held && this.state.held.has(this.scope);
  }

  releaseLock(): void {
    if (!this.hasLock()) return;
    releaseScope(this.host, this.state, this.scope);
  }

  tryLock(timeoutInMillis: number): boolean {
    if (typeof timeoutInMillis !== 'number' || Number.isNaN(timeoutInMillis)) throw gasError('Invalid argument: timeoutInMillis');
    const holders = this.state.held.get(this.scope);
    if (holders) {
      holders.add(this);
      this.held = true;
      return true;
    }
    const deadline = Date.now() + Math.max(0, timeoutInMillis);
    for (;;) {
      const owner: LockOwner = {
        pid: process.pid,
        host: os.hostname(),
        executionId: this.state.executionId,
        acquiredAt: Date.now(),
      };
      const r = attemptLock(this.host.dir, this.scope, owner);
      if (r === 'acquired' || r === 'mine') {
        this.state.held.set(this.scope, new Set([this]));
        this.held = true;
        if (r === 'acquired') this.host.reloadState();
        return true;
      }
      const left = deadline - Date.now();
      if (left <= 0) return false;
      sleepSync(Math.min(LOCK_POLL_MS, left));
    }
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw gasError(LOCK_TIMEOUT_MESSAGE);
  }
}

function releaseScope(host: Host, state: ModuleState, scope: LockScope): void {
  const holders = state.held.get(scope);
  if (!holders) return;
  try {
    host.saveState();
  } finally {
    state.held.delete(scope);
    for (const l of holders) l._drop();
    removeLock(host.dir, scope, state.executionId);
  }
}

export interface LockModule extends ServiceModule {
  readonly LockService: GoogleAppsScript.Lock.LockService;
  /** Called by the runtime at the end of every execution: releases what the script still holds, starts a new execution id. */
  releaseAllLocks(): void;
  /** Emulator-internal: the id this process's current execution owns locks under. */
  _executionId(): string;
  /** Test helper: see holdLockFromAnotherExecution. */
  _holdFromAnotherExecution(scope: LockScope, ms: number): boolean;
}

export function createLockModule(host: Host): LockModule {
  const state: ModuleState = { executionId: crypto.randomUUID(), held: new Map() };
  const make = (scope: LockScope) => counted(new LockImpl(host, state, scope), 'Lock', host.meter);
  const impl: GoogleAppsScript.Lock.LockService = {
    // Returns null for a script without a container document; the add-on always has one.
    getDocumentLock: () => make('document'),
    getScriptLock: () => make('script'),
    getUserLock: () => make('user'),
  };
  const LockService = counted(impl, 'LockService', host.meter);
  return {
    name: 'lock',
    globals: { LockService },
    LockService,
    load() {},
    save() {},
    releaseAllLocks() {
      try {
        for (const scope of [...state.held.keys()]) releaseScope(host, state, scope);
      } finally {
        state.executionId = crypto.randomUUID();
      }
    },
    _executionId: () => state.executionId,
    _holdFromAnotherExecution: (scope, ms) => holdLockFromAnotherExecution(host.dir, scope, ms),
  };
}
