/**
 * Authorization modes of an Apps Script execution (ScriptApp.AuthMode).
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
 *  - onOpen runs in NONE when the add-on is installed but not enabled in the document, LIMITED once enabled;
 *  - onInstall, menu items and google.script.run calls run in FULL.
 * Under NONE only the UI (menus) is reachable; under LIMITED the bound document and the document's
 * properties/caches are reachable but not other files; FULL reaches everything the scopes allow.
 */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

export const AuthMode = Object.freeze({
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const);

const rank: Record<AuthModeName, number> = { NONE: 0, CUSTOM_FUNCTION: 1, LIMITED: 2, FULL: 3 };

export function allows(current: AuthModeName, needed: AuthModeName): boolean {
  return rank[current] >= rank[needed];
}
