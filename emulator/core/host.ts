import type { AuthModeName } from './auth';
import { allows } from './auth';
import type { Meter } from './meter';

/** What the Apps Script UI did during an execution: the preview page and the CLI replay these. */
export type UiEffect =
  | { kind: 'menu'; menu: MenuSpec }
  | { kind: 'sidebar'; title: string; html: string; file?: string }
  | { kind: 'dialog'; title: string; html: string; modal: boolean }
  | { kind: 'alert'; title: string; prompt: string; buttons: string }
  | { kind: 'toast'; title: string; message: string };

export interface MenuSpec {
  /** Add-on menus live under Extensions and are named by the add-on; createMenu menus have a caption. */
  addon: boolean;
  caption: string;
  items: MenuItemSpec[];
}
export type MenuItemSpec =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuSpec };

/**
 * The services' view of the running emulator. Every fake receives one; it is the only shared state.
 */
export interface Host extends StateSync {
  readonly meter: Meter;
  /** The workbook folder, where each service keeps its readable state files. */
  readonly dir: string;
  /** Current execution's authorization mode. */
  authMode(): AuthModeName;
  /** Throws the error Apps Script throws when a service is used in a mode that does not allow it. */
  requireAuth(what: string, needed: AuthModeName): void;
  /** Records a UI effect of the current execution (sidebar shown, alert, menu). */
  effect(e: UiEffect): void;
  /** Text of a file of the script project (dist/NAME.html), as HtmlService.createHtmlOutputFromFile reads it. */
  projectFile(name: string): string | undefined;
  /** The user's locale and the script's time zone, as Session reports them. */
  readonly userLocale: string;
  readonly scriptTimeZone: string;
  /** Now, as the execution sees it (tests may freeze it). */
  now(): Date;
}

export class AuthorizationError extends Error {
  constructor(what: string) {
    super(`You do not have permission to call ${what}. Required permissions are not available in this authorization mode.`);
    this.name = 'Exception';
  }
}

export function checkAuth(host: Pick<Host, 'authMode'>, what: string, needed: AuthModeName): void {
  if (!allows(host.authMode(), needed)) throw new AuthorizationError(what);
}

export interface StateSync {
  /** Reload every service's state from the workbook folder (after acquiring the document lock). */
  reloadState(): void;
  /** Save every service's state to the workbook folder (before releasing the document lock). */
  saveState(): void;
}
