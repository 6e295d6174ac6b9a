/**
 * Errors as Apps Script throws them: an Error whose name is "Exception" and whose message is the
 * text Apps Script shows after "Exception: ".
 */
export function gasError(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

/** The message Apps Script gives when arguments do not fit any overload of a method. */
export function signatureError(method: string, args: unknown[]): Error {
  const types = args.map(describe).join(',');
  return gasError(`The parameters (${types}) don't match the method signature for SpreadsheetApp.${method}.`);
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return v.length > 0 && Array.isArray(v[0]) ? 'Object[][]' : 'Object[]';
  if (Object.prototype.toString.call(v) === '[object Date]') return 'Date';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'object') return 'Object';
  return typeof v;
}
