import * as fs from 'fs';
import * as path from 'path';
import { createSessionModule, TEMP_KEY_ROTATION_MS } from '../../emulator/services/session';
import { createFakeHost } from './helpers/fakeHost';

// https://developers.google.com/apps-script/reference/base/session
describe('Session', () => {
  // getActiveUserLocale: "Gets the language setting of the current user as a string—for example, en".
  it('reports the user locale and the script time zone', () => {
    const host = createFakeHost({ userLocale: 'kk' });
    const { Session } = createSessionModule(host);
    expect(Session.getActiveUserLocale()).toBe('kk');
    expect(Session.getScriptTimeZone()).toBe('Asia/Almaty');
  });

  // Not verified: the form of a locale with a region; the emulator writes it Java-style.
  it('writes a locale with a region Java-style', () => {
    const { Session } = createSessionModule(createFakeHost({ userLocale: 'ru-KZ' }));
    expect(Session.getActiveUserLocale()).toBe('ru_KZ');
  });

  // getActiveUser: "the user's email address is not available in any context that allows a script to run
  // without that user's authorization, like a simple onOpen(e) or onEdit(e) trigger".
  it('gives an empty email under NONE and LIMITED, the configured one under FULL', () => {
    const host = createFakeHost({ authMode: 'NONE' });
    const { Session } = createSessionModule(host, { email: 'librarian@school.kz' });
    expect(Session.getActiveUser().getEmail()).toBe('');
    host.setAuthMode('LIMITED');
    expect(Session.getEffectiveUser().getEmail()).toBe('');
    host.setAuthMode('FULL');
    expect(Session.getActiveUser().getEmail()).toBe('librarian@school.kz');
    expect(createSessionModule(createFakeHost()).Session.getActiveUser().getEmail()).toBe('');
  });

  // getTemporaryActiveUserKey: unique to the active user, does not reveal the identity; "The temporary key
  // rotates every 30 days and is unique to the script."
  it('keeps a stable temporary user key, stored in session.json, rotated after 30 days', () => {
    const host = createFakeHost();
    const { Session } = createSessionModule(host);
    const key = Session.getTemporaryActiveUserKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(Session.getTemporaryActiveUserKey()).toBe(key);
    expect(createSessionModule(createFakeHost({ dir: host.dir })).Session.getTemporaryActiveUserKey()).toBe(key);
    expect(JSON.parse(fs.readFileSync(path.join(host.dir, 'session.json'), 'utf8')).temporaryActiveUserKey).toBe(key);
    host.advance(TEMP_KEY_ROTATION_MS);
    expect(Session.getTemporaryActiveUserKey()).not.toBe(key);
  });

  it('is reachable in AuthMode.NONE and counts "Session.*"', () => {
    const host = createFakeHost({ authMode: 'NONE' });
    const { Session } = createSessionModule(host);
    Session.getActiveUserLocale();
    Session.getActiveUser().getEmail();
    expect(host.meter.snapshot().calls).toEqual({ 'Session.getActiveUserLocale': 1, 'Session.getActiveUser': 1, 'User.getEmail': 1 });
  });
});
