/**
 * The rules google.script.run applies to what crosses between a sidebar and the server.
 * https://developers.google.com/apps-script/guides/html/communication (Parameters and return values):
 * "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as well as
 * JavaScript objects and arrays that are composed of primitives, objects and arrays. A form element
 * within the page is also legal as a parameter, but it must be the function's only parameter. Requests
 * fail if you attempt to pass a Date, Function, DOM element besides a form, or other prohibited type,
 * including prohibited types inside objects or arrays." Return values follow the same rules.
 * The server receives a copy. `undefined` in an array arrives as null (reference/run), an undefined
 * property is dropped.
 * Not documented, community-observed (enuchi/React-Google-Apps-Script issues 28, 84): a returned Date
 * makes the whole result arrive as null. The emulator follows the documented side: the call fails, loudly.
 */
export class IllegalValueError extends Error {
  constructor(where: 'parameter' | 'return value', path: string, kind: string) {
    super(`google.script.run: illegal ${where} at ${path || '(top)'}: ${kind}. Only numbers, booleans, strings, null, and objects and arrays of them cross google.script.run.`);
    this.name = 'IllegalValueError';
  }
}

function kindOf(value: unknown): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

/** Checks a value against the rules and returns the copy the other side receives. */
export function copyAcross(value: unknown, where: 'parameter' | 'return value', path = '', seen: object[] = []): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === undefined) return where === 'return value' && path === '' ? null : undefined;
  if (typeof value === 'function') throw new IllegalValueError(where, path, 'Function');
  if (typeof value !== 'object') throw new IllegalValueError(where, path, typeof value);
  // "circular references will also fail" (reference/run)
  if (seen.indexOf(value) >= 0) throw new IllegalValueError(where, path, 'circular reference');
  const inside = [...seen, value];
  if (Array.isArray(value)) {
    return value.map((v, i) => {
      const c = copyAcross(v, where, `${path}[${i}]`, inside);
      return c === undefined ? null : c;
    });
  }
  const kind = kindOf(value);
  if (kind !== 'Object') throw new IllegalValueError(where, path, kind);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const c = copyAcross(v, where, path ? `${path}.${k}` : k, inside);
    if (c !== undefined) out[k] = c;
  }
  return out;
}
