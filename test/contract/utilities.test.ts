import { createUtilitiesModule, DigestAlgorithm, MAX_SLEEP_MS } from '../../emulator/services/utilities';
import { BlobImpl, createBlob } from '../../emulator/services/blob';
import { createFakeHost } from './helpers/fakeHost';

function setup() {
  const host = createFakeHost();
  return { host, Utilities: createUtilitiesModule(host).Utilities };
}

// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// formatDate(date, timeZone, format): "Formats date according to specification described in Java SE
// SimpleDateFormat class." Kazakhstan moved to a single zone, UTC+5, on 2024-03-01 (Asia/Almaty in tzdata
// 2024a and later; Node here carries ICU tzdata 2025c): these instants pin both sides of that change.
describe('Utilities.formatDate', () => {
  const { Utilities } = setup();
  const f = (iso: string, tz: string, p: string) => Utilities.formatDate(new Date(iso), tz, p);

  it('formats in Asia/Almaty at UTC+5 from 2024-03-01 and at UTC+6 before', () => {
    expect(f('2024-06-01T00:00:00Z', 'Asia/Almaty', 'yyyy-MM-dd HH:mm:ss Z')).toBe('2024-06-01 05:00:00 +0500');
    expect(f('2024-01-15T00:00:00Z', 'Asia/Almaty', 'yyyy-MM-dd HH:mm:ss Z')).toBe('2024-01-15 06:00:00 +0600');
    // The switch: 2024-03-01 00:00 at +6 became 2024-02-29 23:00 at +5.
    expect(f('2024-02-29T17:59:59Z', 'Asia/Almaty', 'yyyy-MM-dd HH:mm:ss XXX')).toBe('2024-02-29 23:59:59 +06:00');
    expect(f('2024-02-29T18:00:00Z', 'Asia/Almaty', 'yyyy-MM-dd HH:mm:ss XXX')).toBe('2024-02-29 23:00:00 +05:00');
  });

  it('crosses the date line of the zone: 20:30 UTC is the next day in Almaty', () => {
    expect(f('2025-08-31T20:30:00Z', 'Asia/Almaty', 'dd.MM.yyyy')).toBe('01.09.2025');
    expect(f('2025-08-31T20:30:00Z', 'UTC', 'dd.MM.yyyy')).toBe('31.08.2025');
  });

  it('formats the common pattern letters in UTC', () => {
    const iso = '2025-09-01T04:05:06.007Z'; // a Monday
    expect(f(iso, 'UTC', "EEE, d MMM yyyy HH:mm:ss.SSS XXX")).toBe('Mon, 1 Sep 2025 04:05:06.007 Z');
    expect(f(iso, 'GMT', 'EEEE d MMMM yy')).toBe('Monday 1 September 25');
    expect(f(iso, 'UTC', 'h:mm a, H k K')).toBe('4:05 AM, 4 4 4');
    expect(f(iso, 'UTC', 'D u M/d')).toBe('244 1 9/1');
    expect(f(iso, 'GMT+05:00', 'HH:mm Z z')).toBe('09:05 +0500 GMT+05:00');
  });

  it("keeps quoted text and '' as a quote", () => {
    expect(f('2025-09-01T04:05:06Z', 'UTC', "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe('2025-09-01T04:05:06Z');
    expect(f('2025-09-01T04:05:06Z', 'UTC', "HH 'o''clock'")).toBe("04 o'clock");
  });

  // Java: IllegalArgumentException "Illegal pattern character 'q'".
  it('refuses letters SimpleDateFormat does not know, and unknown time zones (not verified: Java would fall back to GMT)', () => {
    expect(() => f('2025-09-01T00:00:00Z', 'UTC', 'qq')).toThrow("Illegal pattern character 'q'");
    expect(() => f('2025-09-01T00:00:00Z', 'Mars/Olympus', 'yyyy')).toThrow('Invalid argument: timeZone');
  });
});

// https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
// Returns Byte[]: Java bytes, signed (the reference's example converts them with `(byte < 0) ? byte + 256`).
describe('Utilities.computeDigest', () => {
  const { Utilities } = setup();
  it('returns the MD5 and SHA-256 digests as signed bytes', () => {
    // MD5("abc") = 900150983cd24fb0d6963f7d28e17f72
    expect(Utilities.computeDigest(DigestAlgorithm.MD5, 'abc')).toEqual([-112, 1, 80, -104, 60, -46, 79, -80, -42, -106, 63, 125, 40, -31, 127, 114]);
    // SHA-256("abc") = ba7816bf 8f01cfea …
    const sha = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(sha).toHaveLength(32);
    expect(sha.slice(0, 4)).toEqual([0xba - 256, 0x78, 0x16, 0xbf - 256]);
  });
  it('digests bytes and UTF-8 text alike', () => {
    expect(Utilities.computeDigest(DigestAlgorithm.SHA_1, [97, 98, 99])).toEqual(Utilities.computeDigest(DigestAlgorithm.SHA_1, 'abc'));
  });
  it('refuses an unknown algorithm', () => {
    expect(() => Utilities.computeDigest('CRC32' as unknown as GoogleAppsScript.Utilities.DigestAlgorithm, 'x')).toThrow('Invalid argument: algorithm');
  });
});

// https://developers.google.com/apps-script/reference/utilities/utilities#base64Encode(Byte)
describe('Utilities.base64', () => {
  const { Utilities } = setup();
  it('encodes strings as UTF-8 and byte arrays, decodes to signed bytes', () => {
    expect(Utilities.base64Encode('Hi')).toBe('SGk=');
    expect(Utilities.base64Encode([72, 105])).toBe('SGk=');
    expect(Utilities.base64Encode('Сә')).toBe(Buffer.from('Сә', 'utf8').toString('base64'));
    expect(Utilities.base64Decode('SGk=')).toEqual([72, 105]);
    expect(Utilities.base64Decode('/w==')).toEqual([-1]);
    expect(Utilities.newBlob(Utilities.base64Decode(Utilities.base64Encode('Кітап'))).getDataAsString()).toBe('Кітап');
  });
  it('has web-safe variants', () => {
    expect(Utilities.base64Encode([251, 255])).toBe('+/8=');
    expect(Utilities.base64EncodeWebSafe([251, 255])).toBe('-_8=');
    expect(Utilities.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
  });
});

// https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(String,String,String)
// https://developers.google.com/apps-script/reference/base/blob
describe('Utilities.newBlob and Blob', () => {
  it('holds bytes, content type and name', () => {
    const { Utilities } = setup();
    const b = Utilities.newBlob('abc', 'text/plain', 'a.txt');
    expect([b.getBytes(), b.getContentType(), b.getName(), b.getDataAsString()]).toEqual([[97, 98, 99], 'text/plain', 'a.txt', 'abc']);
    expect(b.setName('b.txt').setContentType('text/csv').getName()).toBe('b.txt');
    expect(b.getContentType()).toBe('text/csv');
  });

  // Not verified: the content type of a blob made without one; the emulator leaves it null.
  it('leaves the content type and name null when not given', () => {
    const { Utilities } = setup();
    const b = Utilities.newBlob([1, 2, 255]);
    expect([b.getContentType(), b.getName(), b.getBytes()]).toEqual([null, null, [1, 2, -1]]);
  });

  it('copyBlob is independent of the original', () => {
    const { Utilities } = setup();
    const a = Utilities.newBlob('x', 'text/plain', 'x.txt');
    const c = a.copyBlob().setDataFromString('y').setName('y.txt');
    expect([a.getDataAsString(), a.getName(), c.getDataAsString(), c.getName()]).toEqual(['x', 'x.txt', 'y', 'y.txt']);
  });

  it('sets the content type from the name extension', () => {
    const { Utilities } = setup();
    expect(Utilities.newBlob('x', null as unknown as string, 'report.pdf').setContentTypeFromExtension().getContentType()).toBe('application/pdf');
  });

  it('is counted as "Blob.*" and exported for the other fakes (createBlob, BlobImpl)', () => {
    const { host, Utilities } = setup();
    Utilities.newBlob('x').setName('n').getName();
    expect(host.meter.snapshot().calls).toEqual({ 'Utilities.newBlob': 1, 'Blob.setName': 1, 'Blob.getName': 1 });
    const own = createBlob(host.meter, new Uint8Array([1]), 'application/octet-stream', 'f.bin') as unknown as BlobImpl;
    expect(own._meta()).toEqual({ contentType: 'application/octet-stream', name: 'f.bin', size: 1 });
  });
});

// https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
// "milliseconds — The number of milliseconds to sleep. The maximum allowed value is 300000 (or 5 minutes)."
describe('Utilities.sleep, getUuid', () => {
  it('sleeps synchronously and refuses more than 5 minutes', () => {
    const { Utilities } = setup();
    const t0 = Date.now();
    Utilities.sleep(60);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(55);
    expect(() => Utilities.sleep(MAX_SLEEP_MS + 1)).toThrow();
  });
  it('gives a random UUID string', () => {
    const { Utilities } = setup();
    const a = Utilities.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Utilities.getUuid()).not.toBe(a);
  });
});
