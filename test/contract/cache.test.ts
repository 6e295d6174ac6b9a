import { CACHE_KEY_LIMIT, CACHE_VALUE_LIMIT, createCacheModule } from '../../emulator/services/cache';
import { createFakeHost } from './helpers/fakeHost';

function setup(mode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL', dir?: string) {
  const host = createFakeHost({ authMode: mode, dir });
  return { host, CacheService: createCacheModule(host).CacheService };
}

// https://developers.google.com/apps-script/reference/cache/cache
describe('Cache', () => {
  it('puts and gets; a missing key reads null', () => {
    const { CacheService } = setup();
    const c = CacheService.getScriptCache();
    expect(c.get('rss-feed-contents')).toBeNull();
    c.put('rss-feed-contents', '<rss/>', 1500);
    expect(c.get('rss-feed-contents')).toBe('<rss/>');
  });

  // put(key, value): "The value will expire from the cache after 600 seconds (10 minutes)."
  it('expires a value after 600 seconds by default', () => {
    const { host, CacheService } = setup();
    const c = CacheService.getDocumentCache()!;
    c.put('k', 'v');
    host.advance(599_000);
    expect(c.get('k')).toBe('v');
    host.advance(1_000);
    expect(c.get('k')).toBeNull();
  });

  it('expires a value after the given number of seconds', () => {
    const { host, CacheService } = setup();
    const c = CacheService.getUserCache();
    c.put('k', 'v', 1500);
    host.advance(1_499_000);
    expect(c.get('k')).toBe('v');
    host.advance(1_000);
    expect(c.get('k')).toBeNull();
  });

  // getAll: "If there were values in the cache for 'foo' and 'x' but not 'missing', then 'values' would be:
  // {'foo': 'somevalue', 'x': 'othervalue'}"
  it('getAll returns only the keys found; putAll, remove and removeAll', () => {
    const { CacheService } = setup();
    const c = CacheService.getScriptCache();
    c.putAll({ foo: 'somevalue', x: 'othervalue', y: 'third' }, 60);
    expect(c.getAll(['foo', 'x', 'missing'])).toEqual({ foo: 'somevalue', x: 'othervalue' });
    c.remove('foo');
    c.removeAll(['x', 'missing']);
    expect(c.getAll(['foo', 'x', 'y'])).toEqual({ y: 'third' });
  });

  it('keeps document, script and user caches apart', () => {
    const { CacheService } = setup();
    CacheService.getDocumentCache()!.put('k', 'doc');
    expect(CacheService.getScriptCache().get('k')).toBeNull();
    expect(CacheService.getUserCache().get('k')).toBeNull();
  });

  it('counts calls as "CacheService.*" and "Cache.*"', () => {
    const { host, CacheService } = setup();
    const c = CacheService.getScriptCache();
    c.put('a', '1');
    c.get('a');
    expect(host.meter.snapshot().calls).toEqual({ 'CacheService.getScriptCache': 1, 'Cache.put': 1, 'Cache.get': 1 });
  });
});

// Cache.put: "The maximum length of a key is 250 characters. The maximum amount of data that can be stored
// per key is 100KB." expirationInSeconds: "The minimum is 1 second and the maximum is 21600 seconds (6 hours)."
// Not verified: the behaviour and texts outside these ranges; the emulator throws.
describe('Cache limits', () => {
  it('refuses a key longer than 250 characters', () => {
    const { CacheService } = setup();
    const c = CacheService.getScriptCache();
    c.put('k'.repeat(CACHE_KEY_LIMIT), 'v');
    expect(() => c.put('k'.repeat(CACHE_KEY_LIMIT + 1), 'v')).toThrow('Argument too large: key');
  });

  it('refuses a value larger than 100 KB', () => {
    const { CacheService } = setup();
    const c = CacheService.getScriptCache();
    c.put('ok', 'x'.repeat(CACHE_VALUE_LIMIT));
    expect(() => c.put('big', 'x'.repeat(CACHE_VALUE_LIMIT + 1))).toThrow('Argument too large: value');
    expect(c.get('big')).toBeNull();
  });

  it('accepts 1..21600 seconds and refuses the rest', () => {
    const { host, CacheService } = setup();
    const c = CacheService.getScriptCache();
    c.put('six-hours', 'v', 21_600);
    host.advance(21_599_000);
    expect(c.get('six-hours')).toBe('v');
    expect(() => c.put('k', 'v', 21_601)).toThrow('Invalid argument: expirationInSeconds');
    expect(() => c.put('k', 'v', 0)).toThrow('Invalid argument: expirationInSeconds');
  });

  // "The cap for cached items is 1,000. If more than 1,000 items are written, the cache stores the 900 items
  // farthest from expiration."
  it('keeps the 900 items farthest from expiration when more than 1,000 are written', () => {
    const { CacheService } = setup();
    const c = CacheService.getScriptCache();
    const values: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) values[`near${i}`] = 'v';
    c.putAll(values, 100);
    c.put('far', 'v', 200);
    const near = c.getAll(Object.keys(values));
    expect(Object.keys(near)).toHaveLength(899);
    expect(c.get('far')).toBe('v');
  });
});

describe('Cache and AuthMode (not verified: treated like PropertiesService)', () => {
  it('is refused under NONE and allowed under LIMITED', () => {
    expect(() => setup('NONE').CacheService.getDocumentCache()).toThrow(/permission to call CacheService.getDocumentCache/);
    expect(setup('LIMITED').CacheService.getDocumentCache()).not.toBeNull();
  });
});

describe('Cache persistence (emulator)', () => {
  it('is shared through cache.json with another process on the folder', () => {
    const a = setup();
    const b = setup('FULL', a.host.dir);
    a.CacheService.getScriptCache().put('k', 'v', 60);
    expect(b.CacheService.getScriptCache().get('k')).toBe('v');
  });
});
