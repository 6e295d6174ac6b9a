/**
 * CacheService: document, script and user caches, persisted in `cache.json` of the workbook folder
 * ({"document": {"key": {"value": "…", "expires": epoch-ms}}, …}); expiry is judged by host.now().
 * https://developers.google.com/apps-script/reference/cache/cache-service
 * https://developers.google.com/apps-script/reference/cache/cache
 * Documented on Cache.put: "The maximum length of a key is 250 characters. The maximum amount of data that
 * can be stored per key is 100KB. The value will expire from the cache after 600 seconds (10 minutes).
 * The cap for cached items is 1,000. If more than 1,000 items are written, the cache stores the 900 items
 * farthest from expiration." expirationInSeconds: "The minimum is 1 second and the maximum is 21600 seconds
 * (6 hours)." Not verified: what Apps Script does outside these ranges and its error texts; the emulator
 * throws ("Argument too large: key" / "Argument too large: value", the texts scripts report, and
 * "Invalid argument: expirationInSeconds") so the add-on stays inside them.
 * Authorization: treated like PropertiesService (not in AuthMode.NONE): not verified.
 */
import type { Host } from '../core/host';
import { counted, type Meter } from '../core/meter';
import type { ServiceModule } from '../core/service';
import { gasError, StateFile, stringArg, utf8Length } from './small-support';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_DEFAULT_EXPIRATION_S = 600;
export const CACHE_MAX_EXPIRATION_S = 21_600;
export const CACHE_ITEM_CAP = 1000;
export const CACHE_ITEMS_KEPT = 900;

export type CacheName = 'document' | 'script' | 'user';
interface Entry {
  value: string;
  expires: number;
}
type Caches = Record<CacheName, Record<string, Entry>>;
const emptyCaches = (): Caches => ({ document: {}, script: {}, user: {} });

function checkKey(key: unknown): string {
  const k = stringArg(key, 'key');
  if (k.length > CACHE_KEY_LIMIT) throw gasError('Argument too large: key');
  return k;
}
function checkValue(value: unknown): string {
  const v = stringArg(value, 'value');
  if (utf8Length(v) > CACHE_VALUE_LIMIT) throw gasError('Argument too large: value');
  return v;
}
function checkExpiration(seconds: unknown): number {
  if (seconds === undefined) return CACHE_DEFAULT_EXPIRATION_S;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 1 || seconds > CACHE_MAX_EXPIRATION_S) {
    throw gasError('Invalid argument: expirationInSeconds');
  }
  return Math.trunc(seconds);
}

class CacheImpl implements GoogleAppsScript.Cache.Cache {
  constructor(
    private readonly host: Host,
    private readonly file: StateFile<Caches>,
    private readonly which: CacheName,
  ) {}

  private live(): Record<string, Entry> {
    const c = (this.file.refresh()[this.which] ??= {});
    return c;
  }
  private found(key: string): string | null {
    const e = this.live()[key];
    return e && e.expires > this.host.now().getTime() ? e.value : null;
  }
  private write(pairs: [string, string][], seconds: number): void {
    const now = this.host.now().getTime();
    const expires = now + seconds * 1000;
    this.file.update((all) => {
      const c = (all[this.which] ??= {});
      for (const k of Object.keys(c)) if (c[k].expires <= now) delete c[k];
      for (const [k, v] of pairs) c[k] = { value: v, expires };
      const keys = Object.keys(c);
      if (keys.length > CACHE_ITEM_CAP) {
        keys.sort((a, b) => c[b].expires - c[a].expires);
        for (const k of keys.slice(CACHE_ITEMS_KEPT)) delete c[k];
      }
    });
  }

  get(key: string): string | null {
    return this.found(checkKey(key));
  }
  getAll(keys: string[]): { [key: string]: string } {
    if (!Array.isArray(keys)) throw gasError('Invalid argument: keys');
    const out: Record<string, string> = {};
    for (const key of keys) {
      const k = checkKey(key);
      const v = this.found(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this.write([[checkKey(key), checkValue(value)]], checkExpiration(expirationInSeconds));
  }
  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    if (!values || typeof values !== 'object') throw gasError('Invalid argument: values');
    const pairs = Object.entries(values).map(([k, v]) => [checkKey(k), checkValue(v)] as [string, string]);
    this.write(pairs, checkExpiration(expirationInSeconds));
  }
  remove(key: string): void {
    const k = checkKey(key);
    this.file.update((all) => {
      delete (all[this.which] ??= {})[k];
    });
  }
  removeAll(keys: string[]): void {
    if (!Array.isArray(keys)) throw gasError('Invalid argument: keys');
    const ks = keys.map(checkKey);
    this.file.update((all) => {
      const c = (all[this.which] ??= {});
      for (const k of ks) delete c[k];
    });
  }
}

export interface CacheModule extends ServiceModule {
  readonly CacheService: GoogleAppsScript.Cache.CacheService;
}

export function createCacheModule(host: Host): CacheModule {
  const file = StateFile.in<Caches>(host.dir, 'cache.json', emptyCaches);
  const open = (which: CacheName, method: string, meter: Meter): GoogleAppsScript.Cache.Cache => {
    host.requireAuth(`CacheService.${method}`, 'LIMITED');
    return counted(new CacheImpl(host, file, which), 'Cache', meter);
  };
  // getDocumentCache() returns null for a script without a container; the add-on always has one.
  const impl: GoogleAppsScript.Cache.CacheService = {
    getDocumentCache: () => open('document', 'getDocumentCache', host.meter),
    getScriptCache: () => open('script', 'getScriptCache', host.meter),
    getUserCache: () => open('user', 'getUserCache', host.meter),
  };
  const CacheService = counted(impl, 'CacheService', host.meter);
  return {
    name: 'cache',
    globals: { CacheService },
    CacheService,
    load: () => void file.refresh(),
    save: () => file.saveIfDirty(),
  };
}
