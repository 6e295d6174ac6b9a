import type { MessageKey, Params } from '../i18n';

/** Something the librarian must fix: a message key with parameters, and the form field it belongs to. */
export interface FieldError {
  readonly field: string;
  readonly key: MessageKey;
  readonly params?: Params;
}

/**
 * The one error type for what the librarian must fix (bad input, a journal missing, a copy already on
 * loan). Anything else thrown is a bug. Thrown only before the first write.
 */
export class UserError extends Error {
  readonly errors: readonly FieldError[];
  constructor(key: MessageKey, params?: Params, field = '') {
    super(key);
    this.name = 'UserError';
    this.errors = [{ field, key, params }];
  }
  static of(errors: readonly FieldError[]): UserError {
    const e = new UserError(errors[0].key, errors[0].params, errors[0].field);
    (e as { errors: readonly FieldError[] }).errors = errors;
    return e;
  }
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
