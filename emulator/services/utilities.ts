/**
 * Utilities: formatDate (Java SimpleDateFormat patterns in a time zone), getUuid, sleep, base64,
 * computeDigest / HMAC (signed Java bytes), newBlob.
 * https://developers.google.com/apps-script/reference/utilities/utilities
 */
import * as crypto from 'crypto';
import type { Host } from '../core/host';
import { counted } from '../core/meter';
import type { ServiceModule } from '../core/service';
import { createBlob, decodeBytes, encodeString, fromByteArray, toSignedBytes, blobInternals } from './blob';
import { formatJava } from './logger';
import { enumName, gasError, makeEnum, sleepSync, unsupported } from './small-support';

const CHARSETS = ['US_ASCII', 'UTF_8'] as const;
const DIGESTS = ['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'] as const;
const MACS = ['HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512'] as const;
const RSAS = ['RSA_SHA_1', 'RSA_SHA_256'] as const;

export const Charset = makeEnum<typeof GoogleAppsScript.Utilities.Charset>(CHARSETS);
export const DigestAlgorithm = makeEnum<typeof GoogleAppsScript.Utilities.DigestAlgorithm>(DIGESTS);
export const MacAlgorithm = makeEnum<typeof GoogleAppsScript.Utilities.MacAlgorithm>(MACS);
export const RsaAlgorithm = makeEnum<typeof GoogleAppsScript.Utilities.RsaAlgorithm>(RSAS);

/** Utilities.sleep: "The maximum allowed value is 300000 (or 5 minutes)." */
export const MAX_SLEEP_MS = 300_000;

const NODE_DIGEST: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };
const NODE_HMAC: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

function charsetName(c: unknown): string | undefined {
  return c === undefined ? undefined : enumName(c, CHARSETS, 'charset');
}

function dataBytes(data: unknown, charset?: unknown): Uint8Array {
  if (typeof data === 'string') return encodeString(data, charsetName(charset));
  return fromByteArray(data, 'data');
}

// ---------------------------------------------------------------------------------------------------
// formatDate

interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number; // local - UTC
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "GMT", "UTC", "GMT+5", "GMT+05:00", "UTC-03:30" → fixed offset in minutes; undefined for IANA names. */
function fixedOffset(tz: string): number | undefined {
  if (tz === 'GMT' || tz === 'UTC' || tz === 'Z') return 0;
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(tz);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (Number(m[2]) > 23 || Number(m[3] ?? 0) > 59) return undefined;
  return m[1] === '-' ? -minutes : minutes;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function zoneFormatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
        era: 'short',
      });
    } catch {
      throw gasError(`Invalid argument: timeZone`);
    }
    formatters.set(tz, f);
  }
  return f;
}

export function zonedParts(date: Date, tz: string): ZonedParts {
  const t = date.getTime();
  const ms = ((t % 1000) + 1000) % 1000;
  const fixed = fixedOffset(tz);
  if (fixed !== undefined) {
    const d = new Date(t + fixed * 60_000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      ms,
      weekday: d.getUTCDay(),
      offsetMinutes: fixed,
    };
  }
  const parts: Record<string, string> = {};
  for (const p of zoneFormatter(tz).formatToParts(date)) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const month = Number(parts.month);
  const day = Number(parts.day);
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  const second = Number(parts.second);
  const localAsUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const wd = WEEKDAYS.findIndex((w) => w.startsWith(parts.weekday));
  return { year, month, day, hour, minute, second, ms, weekday: wd, offsetMinutes: Math.round((localAsUtc - t) / 60_000) };
}

const pad = (n: number, width: number) => {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
};

function offsetText(minutes: number, style: 'Z' | 'X' | 'XX' | 'XXX' | 'z'): string {
  if (minutes === 0 && style.startsWith('X')) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const m = pad(Math.abs(minutes) % 60, 2);
  if (style === 'X') return `${sign}${h}`;
  if (style === 'XXX') return `${sign}${h}:${m}`;
  if (style === 'z') return `GMT${sign}${h}:${m}`;
  return `${sign}${h}${m}`; // Z, XX
}

function dayOfYear(p: ZonedParts): number {
  return Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86_400_000) + 1;
}

/**
 * Java SimpleDateFormat, the subset a school library needs: G y Y M L d D E u a H k K h m s S z Z X and
 * quoted text ('' is a literal quote). Other letters throw as Java does ("Illegal pattern character").
 * Names are English (the Apps Script server formats with the US locale: not verified, common understanding).
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw gasError('Invalid argument: date');
  if (typeof timeZone !== 'string' || timeZone === '') throw gasError('Invalid argument: timeZone');
  if (typeof pattern !== 'string') throw gasError('Invalid argument: format');
  const p = zonedParts(date, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw gasError(`Unterminated quote in date format "${pattern}"`);
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            out += "'";
            j += 2;
            continue;
          }
          break;
        }
        out += pattern[j++];
      }
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    i += n;
    switch (c) {
      case 'G':
        out += p.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y': {
        const y = p.year > 0 ? p.year : 1 - p.year;
        out += n === 2 ? pad(y % 100, 2) : pad(y, n);
        break;
      }
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'D':
        out += pad(dayOfYear(p), n);
        break;
      case 'E':
        out += n >= 4 ? WEEKDAYS[p.weekday] : WEEKDAYS[p.weekday].slice(0, 3);
        break;
      case 'u':
        out += pad(p.weekday === 0 ? 7 : p.weekday, n);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'k':
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case 'K':
        out += pad(p.hour % 12, n);
        break;
      case 'h':
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(p.ms, n);
        break;
      case 'z':
        out += offsetText(p.offsetMinutes, 'z');
        break;
      case 'Z':
        out += offsetText(p.offsetMinutes, 'Z');
        break;
      case 'X':
        if (n > 3) throw gasError(`Invalid ISO 8601 format: length=${n}`);
        out += offsetText(p.offsetMinutes, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
        break;
      default:
        throw gasError(`Illegal pattern character '${c}'`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

class UtilitiesImpl implements GoogleAppsScript.Utilities.Utilities {
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;
  readonly MacAlgorithm = MacAlgorithm;
  readonly RsaAlgorithm = RsaAlgorithm;

  constructor(private readonly host: Host) {}

  base64Decode(encoded: string, charset?: GoogleAppsScript.Utilities.Charset): number[] {
    charsetName(charset);
    return toSignedBytes(decodeBase64(encoded, false));
  }
  base64DecodeWebSafe(encoded: string, charset?: GoogleAppsScript.Utilities.Charset): number[] {
    charsetName(charset);
    return toSignedBytes(decodeBase64(encoded, true));
  }
  base64Encode(data: number[] | string, charset?: GoogleAppsScript.Utilities.Charset): string {
    return Buffer.from(dataBytes(data, charset)).toString('base64');
  }
  base64EncodeWebSafe(data: number[] | string, charset?: GoogleAppsScript.Utilities.Charset): string {
    // Java's URL-safe encoder keeps the '=' padding.
    return Buffer.from(dataBytes(data, charset)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: number[] | string,
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    const alg = enumName(algorithm, DIGESTS, 'algorithm');
    const nodeAlg = NODE_DIGEST[alg];
    if (!nodeAlg) return unsupported(`Utilities.computeDigest(${alg})`);
    return toSignedBytes(crypto.createHash(nodeAlg).update(dataBytes(value, charset)).digest());
  }
  computeHmacSha256Signature(value: number[] | string, key: number[] | string, charset?: GoogleAppsScript.Utilities.Charset): number[] {
    return this.computeHmacSignature(MacAlgorithm.HMAC_SHA_256, value as string, key as string, charset as GoogleAppsScript.Utilities.Charset);
  }
  computeHmacSignature(
    algorithm: GoogleAppsScript.Utilities.MacAlgorithm,
    value: number[] | string,
    key: number[] | string,
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    const alg = NODE_HMAC[enumName(algorithm, MACS, 'algorithm')];
    const mac = crypto.createHmac(alg, dataBytes(key, charset)).update(dataBytes(value, charset)).digest();
    return toSignedBytes(mac);
  }
  computeRsaSha1Signature(): number[] {
    return unsupported('Utilities.computeRsaSha1Signature');
  }
  computeRsaSha256Signature(): number[] {
    return unsupported('Utilities.computeRsaSha256Signature');
  }
  computeRsaSignature(): number[] {
    return unsupported('Utilities.computeRsaSignature');
  }
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatDate(date as unknown as Date, timeZone, format);
  }
  formatString(template: string, ...args: unknown[]): string {
    return formatJava(template, args);
  }
  getUuid(): string {
    return crypto.randomUUID();
  }
  gzip(): GoogleAppsScript.Base.Blob {
    return unsupported('Utilities.gzip');
  }
  newBlob(data: number[] | string, contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    if (typeof data !== 'string' && !Array.isArray(data)) {
      const b = blobInternals(data);
      if (!b) throw gasError('Invalid argument: data');
      return createBlob(this.host.meter, b._bytes(), contentType ?? null, name ?? null);
    }
    // Not verified: the content type of a blob made without one. The emulator leaves it null.
    return createBlob(this.host.meter, data, contentType ?? null, name ?? null);
  }
  /** Deprecated in Apps Script; JSON.parse/JSON.stringify are the documented replacements. */
  jsonParse(jsonString: string): unknown {
    return JSON.parse(jsonString);
  }
  jsonStringify(obj: unknown): string {
    return JSON.stringify(obj);
  }
  parseCsv(): string[][] {
    return unsupported('Utilities.parseCsv');
  }
  parseDate(): Date {
    return unsupported('Utilities.parseDate');
  }
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || Number.isNaN(milliseconds) || milliseconds < 0) {
      throw gasError('Invalid argument: milliseconds');
    }
    if (milliseconds > MAX_SLEEP_MS) throw gasError('Argument too large: milliseconds');
    sleepSync(milliseconds);
  }
  ungzip(): GoogleAppsScript.Base.Blob {
    return unsupported('Utilities.ungzip');
  }
  unzip(): GoogleAppsScript.Base.Blob[] {
    return unsupported('Utilities.unzip');
  }
  zip(): GoogleAppsScript.Base.Blob {
    return unsupported('Utilities.zip');
  }
}

function decodeBase64(encoded: string, webSafe: boolean): Uint8Array {
  if (typeof encoded !== 'string') throw gasError('Invalid argument: encoded');
  const s = webSafe ? encoded.replace(/-/g, '+').replace(/_/g, '/') : encoded;
  const compact = s.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw gasError('Could not decode string.');
  return Uint8Array.from(Buffer.from(compact, 'base64'));
}

export interface UtilitiesModule extends ServiceModule {
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
}

export function createUtilitiesModule(host: Host): UtilitiesModule {
  const Utilities = counted(new UtilitiesImpl(host), 'Utilities', host.meter) as GoogleAppsScript.Utilities.Utilities;
  return { name: 'utilities', globals: { Utilities }, Utilities, load() {}, save() {} };
}

export { decodeBytes };
