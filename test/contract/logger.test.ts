import { createLoggerModule } from '../../emulator/services/logger';
import { createFakeHost } from './helpers/fakeHost';

function setup() {
  const host = createFakeHost();
  const m = createLoggerModule(host);
  return {
    host,
    m,
    Logger: m.globals.Logger as GoogleAppsScript.Base.Logger,
    console: m.globals.console as Console,
  };
}

// https://developers.google.com/apps-script/reference/base/logger#log(String,Object...)
describe('Logger', () => {
  it('logs data and formatted strings ("%s placeholders … replaced with corresponding values")', () => {
    const { Logger, m } = setup();
    Logger.log('plain');
    Logger.log("The user's name is %s.", 'Айгүл');
    Logger.log('%s of %s copies, %d%%', 3, 10, 30);
    Logger.log({ a: 1 });
    expect(m._drain()).toEqual(['plain', "The user's name is Айгүл.", '3 of 10 copies, 30%', '{"a":1}']);
    expect(m._drain()).toEqual([]);
  });

  it('returns the Logger for chaining, getLog joins lines, clear empties', () => {
    const { Logger } = setup();
    Logger.log('a').log('b');
    expect(Logger.getLog()).toBe('a\nb');
    Logger.clear();
    expect(Logger.getLog()).toBe('');
  });
});

// https://developers.google.com/apps-script/guides/logging (console.log/info/warn/error in the V8 runtime)
describe('console', () => {
  it('collects log/info/warn/error lines, marking warnings and errors', () => {
    const { console: c, m, host } = setup();
    c.log('issued', 2, 'copies');
    c.info('ok');
    c.warn('slow');
    c.error('failed: %s', 'E42');
    expect(m._drain()).toEqual(['issued 2 copies', 'ok', 'WARN: slow', 'ERROR: failed: E42']);
    expect(host.meter.snapshot().calls).toEqual({ 'console.log': 1, 'console.info': 1, 'console.warn': 1, 'console.error': 1 });
  });
});
