/**
 * PropertiesService: document, script and user stores, persisted in `properties.json` of the workbook
 * folder (readable JSON: {"document": {…}, "script": {…}, "user": {…}}).
 * https://developers.google.com/apps-script/reference/properties/properties-service
 * https://developers.google.com/apps-script/reference/properties/properties
 * Limits (https://developers.google.com/apps-script/guides/services/quotas): "Properties value size
 * 9 KB / val", "Properties total storage 500 KB / property store". The store size counts keys and values
 * in UTF-8 bytes (tanaikech's 2023 measurements show keys count too).
 * Error texts are the ones scripts report (community-observed, not in the reference):
 *   "Argument too large: value" and
 *   "You have exceeded the property storage quota. Please remove some properties and try again."
 * Authorization: not in AuthMode.NONE ("Do not attempt to take any action that requires authorization
 * (such as checking the script Properties) while the add-on is in ScriptApp.AuthMode.NONE", add-on menus
 * guide); LIMITED and FULL may use them.
 *
 * Every read first notices another process's writes (file stamp); every change is written through at once,
 * as a read-modify-write of the newest file, so two processes do not lose each other's keys.
 */
import type { Host } from '../core/host';
import { counted, type Meter } from '../core/meter';
import type { ServiceModule } from '../core/service';
import { CountedObject, gasError, StateFile, stringArg, utf8Length } from './small-support';

export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
export const VALUE_TOO_LARGE = 'Argument too large: value';
export const STORE_QUOTA_EXCEEDED = 'You have exceeded the property storage quota. Please remove some properties and try again.';

export type StoreName = 'document' | 'script' | 'user';
type Stores = Record<StoreName, Record<string, string>>;
const emptyStores = (): Stores => ({ document: {}, script: {}, user: {} });

function storeSize(store: Record<string, string>): number {
  let n = 0;
  for (const [k, v] of Object.entries(store)) n += utf8Length(k) + utf8Length(v);
  return n;
}

class PropertiesImpl extends CountedObject implements GoogleAppsScript.Properties.Properties {
  constructor(
    private readonly file: StateFile<Stores>,
    private readonly which: StoreName,
  ) {
    super();
  }
  private read(): Record<string, string> {
    const all = this.file.refresh();
    return (all[this.which] ??= {});
  }
  /** Applies changes to a copy, checks the limits, then commits: a refused change leaves the store as it was. */
  private change(apply: (next: Record<string, string>) => void): GoogleAppsScript.Properties.Properties {
    this.file.update((all) => {
      const before = all[this.which] ?? {};
      const next = { ...before };
      apply(next);
      const size = storeSize(next);
      if (size > PROPERTY_STORE_LIMIT && size > storeSize(before)) throw gasError(STORE_QUOTA_EXCEEDED);
      all[this.which] = next;
    });
    return this._self;
  }
  private static value(key: unknown, value: unknown): [string, string] {
    const k = stringArg(key, 'key');
    const v = stringArg(value, 'value');
    if (utf8Length(v) > PROPERTY_VALUE_LIMIT) throw gasError(VALUE_TOO_LARGE);
    return [k, v];
  }

  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    return this.change((next) => {
      for (const k of Object.keys(next)) delete next[k];
    });
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    const k = stringArg(key, 'key');
    return this.change((next) => {
      delete next[k];
    });
  }
  getKeys(): string[] {
    return Object.keys(this.read());
  }
  getProperties(): { [key: string]: string } {
    return { ...this.read() };
  }
  getProperty(key: string): string | null {
    const v = this.read()[stringArg(key, 'key')];
    return v === undefined ? null : v;
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): GoogleAppsScript.Properties.Properties {
    if (!properties || typeof properties !== 'object') throw gasError('Invalid argument: properties');
    const pairs = Object.entries(properties).map(([k, v]) => PropertiesImpl.value(k, v));
    return this.change((next) => {
      if (deleteAllOthers) for (const k of Object.keys(next)) delete next[k];
      for (const [k, v] of pairs) next[k] = v;
    });
  }
  /** Values are stored as strings: a number is stringified (the reference's own example stores one). */
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    const [k, v] = PropertiesImpl.value(key, value);
    return this.change((next) => {
      next[k] = v;
    });
  }
  _init(meter: Meter): GoogleAppsScript.Properties.Properties {
    return this._wrap('Properties', meter);
  }
}

export interface PropertiesModule extends ServiceModule {
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  /** Emulator-internal: the stores as they are on disk now (for the preview and tests). */
  _stores(): Stores;
}

export function createPropertiesModule(host: Host): PropertiesModule {
  const file = StateFile.in<Stores>(host.dir, 'properties.json', emptyStores);
  const open = (which: StoreName, method: string) => {
    host.requireAuth(`PropertiesService.${method}`, 'LIMITED');
    return new PropertiesImpl(file, which)._init(host.meter);
  };
  const impl: GoogleAppsScript.Properties.PropertiesService = {
    getDocumentProperties: () => open('document', 'getDocumentProperties'),
    getScriptProperties: () => open('script', 'getScriptProperties'),
    getUserProperties: () => open('user', 'getUserProperties'),
  };
  const PropertiesService = counted(impl, 'PropertiesService', host.meter);
  return {
    name: 'properties',
    globals: { PropertiesService },
    PropertiesService,
    load: () => void file.refresh(),
    save: () => file.saveIfDirty(),
    _stores: () => JSON.parse(JSON.stringify(file.refresh())) as Stores,
  };
}
