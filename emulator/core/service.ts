import type { Host } from './host';

/**
 * One faked Apps Script service (or a family of them that share state, like DriveApp + DocumentApp).
 * The runtime builds every module with the same Host, puts `globals` into the script's context,
 * calls `load()` before each execution and after a document lock is acquired, and `save()` after each
 * execution and when a document lock is released.
 */
export interface ServiceModule {
  readonly name: string;
  /** Globals this module puts in the script's context, e.g. { SpreadsheetApp }. Each is a counted object. */
  readonly globals: Record<string, unknown>;
  /** Re-read the state files if another process changed them since this process last read or wrote them. */
  load(): void;
  /** Write the state files if this process changed the state since the last save. */
  save(): void;
}

export type ServiceFactory = (host: Host) => ServiceModule;
