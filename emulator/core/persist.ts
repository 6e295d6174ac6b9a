import * as fs from 'fs';
import * as path from 'path';

/**
 * Readable JSON state files in the workbook folder. Dates are kept as {"$date": ISO} so that a cell that
 * held a Date reads back as a Date. Writes are atomic (temp file + rename): a crash or Ctrl-C never leaves
 * a half-written file, and what was saved before stays.
 */
export function encode(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encode(v);
    return out;
  }
  return value;
}

export function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const rec = value as Record<string, unknown>;
    if (typeof rec.$date === 'string' && Object.keys(rec).length === 1) return new Date(rec.$date);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(rec)) out[k] = decode(v);
    return out;
  }
  return value;
}

export function readJson<T>(file: string, fallback: T): T {
  if (!fs.existsSync(file)) return fallback;
  return decode(JSON.parse(fs.readFileSync(file, 'utf8'))) as T;
}

export function writeJson(file: string, value: unknown, pretty = true): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(encode(value), null, pretty ? 1 : undefined));
  fs.renameSync(tmp, file);
}

/** Modification stamp of a file, to notice that another process (CLI, preview) changed it. */
export function stamp(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return '';
  }
}
