/** The audit log: one row per operation that changed the journals (who, when, what). */
import type { FieldValue } from '../journals/codec';
import type { Workbook } from '../journals/workbook';
import type { Env } from './context';

export function auditRow(env: Env, operation: string, entity: string, entityId: string, details: Record<string, FieldValue>) {
  return {
    at: env.clock.now().toISOString(),
    operation,
    entity,
    entityId,
    details: JSON.stringify(details),
    userKey: env.userKey(),
  };
}

export function writeAudit(wb: Workbook, rows: ReturnType<typeof auditRow>[]): void {
  wb.journal('auditLog').append(rows);
}
