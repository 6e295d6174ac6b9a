/**
 * Record a visit without a loan. Under the document lock: the reader, when named (readers, by ticket,
 * a text finder); then one `visits` row (the reader's group as it is today, so that the daily log
 * counts it the same way whenever it is recomputed) and the audit log.
 */
import { UserError } from '../../domain/errors';
import { readerGroup } from '../../domain/reader';
import { validateVisit, type VisitForm } from '../../domain/visits';
import { auditRow, writeAudit } from '../audit';
import { type Env, setUpWorkbook, today } from '../context';

export interface VisitResult {
  date: string;
  ticketNo: number;
  kind: string;
  people: number;
  /** The named reader's full name ('' for a group). */
  fullName: string;
}

export function recordVisit(env: Env, form: VisitForm): VisitResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const checked = validateVisit(form);
    if (!checked.ok) throw UserError.of(checked.errors);
    const visit = checked.value;

    let group = visit.grade ? readerGroup('pupil', visit.grade) : readerGroup('other', '');
    let fullName = '';
    if (visit.ticketNo !== null) {
      const reader = wb.journal('readers').findBy('ticketNo', [visit.ticketNo])[0];
      if (!reader) throw new UserError('error.readerUnknown', { ticketNo: visit.ticketNo }, 'ticketNo');
      group = readerGroup(String(reader.values.category ?? ''), String(reader.values.grade ?? ''));
      fullName = String(reader.values.fullName ?? '');
    }
    const visits = wb.journal('visits').prepare();
    wb.journal('auditLog').prepare();

    const note = visit.grade ? [visit.grade, visit.note].filter((s) => s).join(': ') : visit.note;
    const [row] = visits.append([{ date: day, ticketNo: visit.ticketNo, readerGroup: group, kind: visit.kind, people: visit.people, note }]);
    writeAudit(wb, [auditRow(env, 'recordVisit', 'visit', String(row), { kind: visit.kind, people: visit.people, ...(visit.ticketNo ? { ticketNo: visit.ticketNo } : {}) })]);
    return { date: day, ticketNo: visit.ticketNo ?? 0, kind: visit.kind, people: visit.people, fullName };
  });
}
