/**
 * Register a reader: validate the formular, allocate the reader-ticket number, write the readers journal,
 * the settings counter and the audit log in one batch under the document lock. Bad input writes nothing.
 */
import { validateReaderForm, type ReaderForm } from '../domain/reader';
import { allocate } from '../domain/sequence';
import { UserError } from '../domain/errors';
import { Settings } from '../journals/settings';
import { auditRow, writeAudit } from './audit';
import { type Env, setUpWorkbook, today } from './context';

export interface RegisteredReader {
  ticketNo: number;
  fullName: string;
  row: number;
}

export function registerReader(env: Env, form: ReaderForm): RegisteredReader {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const checked = validateReaderForm(form, today(env, wb));
    if (!checked.ok) throw UserError.of(checked.errors);
    const reader = checked.value;

    // Everything that can refuse is read and checked before the first write.
    const settings = Settings.read(wb);
    const { numbers, next } = allocate(settings.counter('nextReaderTicket'), 1);
    const ticketNo = numbers[0];
    const readers = wb.journal('readers').prepare();
    // A counter lowered by hand must not hand out a ticket another reader has.
    if (readers.findBy('ticketNo', [ticketNo]).length) throw new UserError('error.counterBehind', { setting: settings.title('nextReaderTicket'), no: ticketNo });
    wb.journal('auditLog').prepare();

    settings.write({ nextReaderTicket: next });
    const [row] = readers.append([
      {
        ticketNo,
        fullName: reader.fullName,
        category: reader.category,
        grade: reader.grade,
        school: reader.school,
        address: reader.address,
        phone: reader.phone,
        registeredOn: reader.registeredOn,
        status: 'active',
      },
    ]);
    writeAudit(wb, [auditRow(env, 'registerReader', 'reader', String(ticketNo), { ticketNo, category: reader.category, grade: reader.grade })]);
    return { ticketNo, fullName: reader.fullName, row };
  });
}
