/**
 * A separate Node process contending for a lock on a workbook folder (bundled by lock.test.ts with esbuild).
 * argv: dir scope startAtMs timeoutMs holdMs. Waits until startAtMs (wall clock) so that the processes
 * start contending together, then waitLock(timeoutMs), holds holdMs, releases. Prints one JSON line.
 */
import { createLockModule, type LockScope } from '../../../emulator/services/lock';
import { sleepSync } from '../../../emulator/services/small-support';
import { createFakeHost } from './fakeHost';

const [dir, scope, startAt, timeout, hold] = process.argv.slice(2);
const host = createFakeHost({ dir });
const lockModule = createLockModule(host);
const LockService = lockModule.LockService;
const getLock: Record<string, () => GoogleAppsScript.Lock.Lock> = {
  document: () => LockService.getDocumentLock(),
  script: () => LockService.getScriptLock(),
  user: () => LockService.getUserLock(),
};
sleepSync(Number(startAt) - Date.now());
const lock = getLock[scope as LockScope]();
const started = Date.now();
const result: Record<string, unknown> = { pid: process.pid, started };
try {
  lock.waitLock(Number(timeout));
  result.acquired = true;
  result.acquiredAt = Date.now();
  result.reloadsAfterAcquire = host.reloads;
  sleepSync(Number(hold));
  result.releasedAt = Date.now();
  lock.releaseLock();
  result.savesAfterRelease = host.saves;
} catch (e) {
  result.acquired = false;
  result.error = (e as Error).message;
  result.errorName = (e as Error).name;
  result.gaveUpAt = Date.now();
}
process.stdout.write(JSON.stringify(result) + '\n');
