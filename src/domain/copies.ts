/**
 * The state of each copy of a title, as the catalogue index keeps it in one cell:
 * "123 124:w 125:l2026-12-10 126:r" = 123 on the shelf, 124 written off, 125 on loan until
 * 10 December 2026, 126 reserved. Search shows it; write-off and circulation update it.
 */
import { isIsoDate, type IsoDate } from './dates';

export type CopyState = 'shelf' | 'loan' | 'reserved' | 'writtenOff';

export interface CopyStatus {
  inventoryNo: number;
  state: CopyState;
  /** For a copy on loan: the due date. */
  dueOn?: IsoDate;
}

export function encodeCopies(copies: readonly CopyStatus[]): string {
  return [...copies]
    .sort((a, b) => a.inventoryNo - b.inventoryNo)
    .map((c) => {
      switch (c.state) {
        case 'writtenOff':
          return `${c.inventoryNo}:w`;
        case 'loan':
          return `${c.inventoryNo}:l${c.dueOn ?? ''}`;
        case 'reserved':
          return `${c.inventoryNo}:r`;
        default:
          return String(c.inventoryNo);
      }
    })
    .join(' ');
}

export function decodeCopies(text: unknown): CopyStatus[] {
  const out: CopyStatus[] = [];
  for (const part of String(text ?? '').split(/\s+/)) {
    const m = /^(\d+)(?::(w|r|l)(\d{4}-\d{2}-\d{2})?)?$/.exec(part);
    if (!m) continue;
    const inventoryNo = Number(m[1]);
    if (m[2] === 'w') out.push({ inventoryNo, state: 'writtenOff' });
    else if (m[2] === 'r') out.push({ inventoryNo, state: 'reserved' });
    else if (m[2] === 'l') out.push(m[3] && isIsoDate(m[3]) ? { inventoryNo, state: 'loan', dueOn: m[3] } : { inventoryNo, state: 'loan' });
    else out.push({ inventoryNo, state: 'shelf' });
  }
  return out;
}

/** Replaces (or adds) the status of the given copies. */
export function withStatus(copies: readonly CopyStatus[], changes: readonly CopyStatus[]): CopyStatus[] {
  const byNo = new Map(copies.map((c) => [c.inventoryNo, c]));
  for (const c of changes) byNo.set(c.inventoryNo, c);
  return [...byNo.values()].sort((a, b) => a.inventoryNo - b.inventoryNo);
}

/** Copies that count in the fund (not written off). */
export function inFund(copies: readonly CopyStatus[]): CopyStatus[] {
  return copies.filter((c) => c.state !== 'writtenOff');
}
