/**
 * Shared plumbing for the small service fakes (ui, html, properties, cache, lock, session, utilities,
 * script, logger): Apps Script-shaped errors, enum objects, counted self-references, a synchronous sleep
 * and a JSON state file that notices another process's writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { counted, type Meter } from '../core/meter';
import { readJson, writeJson } from '../core/persist';

/** An error as Apps Script throws it: the script sees `e.name === 'Exception'` and the message. */
export function gasError(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

/** Methods of the real API that the add-on does not use: loud, so an accidental use is noticed. */
export function unsupported(what: string): never {
  throw gasError(`${what} is not supported by the emulator.`);
}

/**
 * Apps Script enums are objects whose members print as their names (`String(Button.OK) === 'OK'`).
 * The emulator uses the names themselves; the cast gives them the @types enum type.
 */
export function makeEnum<E>(names: readonly string[]): E {
  const o: Record<string, string> = {};
  for (const n of names) o[n] = n;
  return Object.freeze(o) as unknown as E;
}

export function enumName(value: unknown, names: readonly string[], what: string): string {
  const s = typeof value === 'string' ? value : value == null ? '' : String(value);
  if (!names.includes(s)) throw gasError(`Invalid argument: ${what}`);
  return s;
}

/**
 * Base for fake classes whose methods return `this` for chaining: `counted()` calls methods on the raw
 * target, so returning `this` would hand the script an uncounted object. `_self` is the counted proxy.
 */
export abstract class CountedObject {
  protected _self!: this;
  protected _wrap(name: string, meter: Meter): this {
    this._self = counted(this, name, meter);
    return this._self;
  }
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
/** Blocks the thread (Apps Script code is synchronous; so is the emulator). */
export function sleepSync(ms: number): void {
  if (ms > 0) Atomics.wait(sleepCell, 0, 0, Math.ceil(ms));
}

export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Coerces a value the way the Java bridge turns a script's argument into a String; null/undefined are refused. */
export function stringArg(value: unknown, what: string): string {
  if (value === null || value === undefined) throw gasError(`Invalid argument: ${what}`);
  return typeof value === 'string' ? value : String(value);
}

/** File identity + mtime + size: changes whenever another process renames a new version into place. */
function fileStamp(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.ino}:${s.mtimeMs}:${s.size}`;
  } catch {
    return '';
  }
}

/**
 * One readable JSON state file in the workbook folder. `refresh()` re-reads it when another process
 * replaced it; `write()` saves atomically (persist.writeJson). The services refresh before every
 * operation and write through after every change, so two processes sharing a folder see each other's
 * keys without one overwriting the other's whole store (a change is read-modify-write of the latest file).
 */
export class StateFile<T> {
  private stampSeen = '';
  private value: T;
  dirty = false;

  constructor(readonly file: string, private readonly empty: () => T) {
    this.value = empty();
  }

  static in<T>(dir: string, name: string, empty: () => T): StateFile<T> {
    return new StateFile(path.join(dir, name), empty);
  }

  refresh(): T {
    const s = fileStamp(this.file);
    if (s !== this.stampSeen) {
      this.value = s === '' ? this.empty() : readJson<T>(this.file, this.empty());
      this.stampSeen = s;
      this.dirty = false;
    }
    return this.value;
  }

  /** Applies a change to the freshest state and writes it. */
  update<R>(change: (state: T) => R): R {
    const state = this.refresh();
    let result: R;
    try {
      result = change(state);
    } catch (e) {
      this.stampSeen = ''; // the change may have been half-applied in memory: re-read the file next time
      throw e;
    }
    this.write();
    return result;
  }

  write(): void {
    writeJson(this.file, this.value);
    this.stampSeen = fileStamp(this.file);
    this.dirty = false;
  }

  saveIfDirty(): void {
    if (this.dirty) this.write();
  }
}
