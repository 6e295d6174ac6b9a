/**
 * Session. https://developers.google.com/apps-script/reference/base/session
 * - getActiveUserLocale(): "Gets the language setting of the current user as a string—for example, en for
 *   English." The emulator returns host.userLocale ('kk', 'ru'); a region is written Java-style
 *   ('en-US' → 'en_US'; not verified, common understanding).
 * - getScriptTimeZone(): host.scriptTimeZone.
 * - getTemporaryActiveUserKey(): a key unique to the user that does not reveal the identity; "The
 *   temporary key rotates every 30 days and is unique to the script." Stored in `session.json`.
 * - getActiveUser()/getEffectiveUser().getEmail(): "the user's email address is not available in any
 *   context that allows a script to run without that user's authorization, like a simple onOpen(e) …
 *   trigger" → '' under AuthMode NONE and LIMITED. Under FULL the emulator returns the email given to
 *   createSessionModule (default ''; the add-on must not depend on it).
 * Session is reachable in every AuthMode.
 */
import * as crypto from 'crypto';
import type { Host } from '../core/host';
import { allows } from '../core/auth';
import { counted } from '../core/meter';
import type { ServiceModule } from '../core/service';
import { StateFile } from './small-support';

export const TEMP_KEY_ROTATION_MS = 30 * 24 * 60 * 60 * 1000;

interface SessionState {
  temporaryActiveUserKey?: string;
  temporaryKeyCreated?: string; // ISO
}

export interface SessionOptions {
  /** The email Session reports under AuthMode.FULL. */
  email?: string;
}

export interface SessionModule extends ServiceModule {
  readonly Session: GoogleAppsScript.Base.Session;
}

export function createSessionModule(host: Host, options: SessionOptions = {}): SessionModule {
  const file = StateFile.in<SessionState>(host.dir, 'session.json', () => ({}));
  const user = (): GoogleAppsScript.Base.User => {
    const email = allows(host.authMode(), 'FULL') ? (options.email ?? '') : '';
    return counted(
      {
        getEmail: () => email,
        /** Deprecated in Apps Script. */
        getUserLoginId: () => email,
      },
      'User',
      host.meter,
    );
  };
  const impl: GoogleAppsScript.Base.Session = {
    getActiveUser: user,
    getEffectiveUser: user,
    getActiveUserLocale: () => host.userLocale.replace(/-/g, '_'),
    getScriptTimeZone: () => host.scriptTimeZone,
    getTemporaryActiveUserKey: () => {
      const now = host.now().getTime();
      const s = file.refresh();
      const created = s.temporaryKeyCreated ? Date.parse(s.temporaryKeyCreated) : NaN;
      if (s.temporaryActiveUserKey && now - created < TEMP_KEY_ROTATION_MS && now >= created) return s.temporaryActiveUserKey;
      return file.update((st) => {
        st.temporaryActiveUserKey = crypto.randomBytes(24).toString('base64url');
        st.temporaryKeyCreated = new Date(now).toISOString();
        return st.temporaryActiveUserKey;
      });
    },
    /** Deprecated in Apps Script. */
    getTimeZone: () => host.scriptTimeZone,
    /** Deprecated in Apps Script. */
    getUser: () => user(),
  };
  const Session = counted(impl, 'Session', host.meter);
  return {
    name: 'session',
    globals: { Session },
    Session,
    load: () => void file.refresh(),
    save: () => file.saveIfDirty(),
  };
}
