/**
 * Logger and console for the script. Lines are collected, not printed: the runtime prints them after an
 * execution (`_drain()`), the preview shows them.
 * https://developers.google.com/apps-script/reference/base/logger
 * https://developers.google.com/apps-script/guides/logging
 */
import type { Host } from '../core/host';
import { counted } from '../core/meter';
import type { ServiceModule } from '../core/service';

export type LogLevel = 'log' | 'info' | 'warn' | 'error';
export interface LogEntry {
  level: LogLevel;
  source: 'Logger' | 'console';
  text: string;
}

/** Kept in memory per execution; beyond this the oldest lines are dropped (a runaway loop must not eat RAM). */
export const MAX_LOG_LINES = 10_000;

/** Renders one value as the log shows it: strings as they are, objects as JSON, Dates as ISO. */
export function logText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (value && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/**
 * Java-style format as Logger.log(format, ...values) uses: %s, %d, %f (with %.Nf), %%.
 * Documented: "Writes a formatted string to the logging console, using the format and values provided.
 * The string can include multiple %s placeholders, which are replaced with corresponding values."
 */
export function formatJava(format: string, values: unknown[]): string {
  let i = 0;
  return format.replace(/%(\.(\d+))?([sdf%])/g, (whole, _p, precision: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    if (i >= values.length) return whole;
    const v = values[i++];
    if (conv === 'd') return String(Math.trunc(Number(v)));
    if (conv === 'f') return Number(v).toFixed(precision === undefined ? 6 : Number(precision));
    return logText(v);
  });
}

export interface LoggerModule extends ServiceModule {
  /** Returns the collected lines ("WARN: …"/"ERROR: …" prefixed for console.warn/error) and clears them. */
  _drain(): string[];
  /** The collected entries with their level, without clearing. */
  _entries(): LogEntry[];
}

export function createLoggerModule(host: Host): LoggerModule {
  let entries: LogEntry[] = [];
  const push = (e: LogEntry) => {
    entries.push(e);
    if (entries.length > MAX_LOG_LINES) entries = entries.slice(entries.length - MAX_LOG_LINES);
  };

  const loggerImpl = {
    log(data?: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
      const text = values.length > 0 && typeof data === 'string' ? formatJava(data, values) : logText(data);
      push({ level: 'log', source: 'Logger', text });
      return Logger;
    },
    getLog(): string {
      return entries
        .filter((e) => e.source === 'Logger')
        .map((e) => e.text)
        .join('\n');
    },
    clear(): void {
      entries = entries.filter((e) => e.source !== 'Logger');
    },
  };
  const Logger = counted(loggerImpl, 'Logger', host.meter) as GoogleAppsScript.Base.Logger;

  const timers = new Map<string, number>();
  const consoleLine = (level: LogLevel) => (first?: unknown, ...rest: unknown[]) => {
    const text =
      typeof first === 'string' && rest.length > 0 && /%[sdfoOi%]/.test(first)
        ? formatJava(first.replace(/%[oOi]/g, (m) => (m === '%i' ? '%d' : '%s')), rest)
        : [first, ...rest].map(logText).join(' ');
    push({ level, source: 'console', text });
  };
  const consoleImpl = {
    log: consoleLine('log'),
    info: consoleLine('info'),
    warn: consoleLine('warn'),
    error: consoleLine('error'),
    time(label: string) {
      timers.set(label, Date.now());
    },
    timeEnd(label: string) {
      const start = timers.get(label);
      if (start === undefined) return;
      timers.delete(label);
      push({ level: 'log', source: 'console', text: `${label}: ${Date.now() - start}ms` });
    },
  };
  const scriptConsole = counted(consoleImpl, 'console', host.meter) as Console;

  return {
    name: 'logger',
    globals: { Logger, console: scriptConsole },
    load() {},
    save() {},
    _drain() {
      const lines = entries.map((e) =>
        e.level === 'warn' ? `WARN: ${e.text}` : e.level === 'error' ? `ERROR: ${e.text}` : e.text,
      );
      entries = [];
      return lines;
    },
    _entries() {
      return entries.slice();
    },
  };
}
