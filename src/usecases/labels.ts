/**
 * Labels for copies. Under the document lock (the archive may be created on first use, and a Doc of the
 * same name is replaced, not duplicated): find the copies with a text finder over the inventory book's
 * numbers (never a read of the whole book), refuse unknown and written-off copies before anything is
 * written, take each title's shelf mark from its catalogue-index row, then write the labels Doc into
 * <archive>/<year>/Labels. The journals are not changed, so nothing goes to the audit log.
 */
import { UserError } from '../domain/errors';
import type { FieldError, Validation } from '../domain/errors';
import { parseInventoryList } from '../domain/writeoff';
import { labelsDoc, type LabelData } from '../docs/labels';
import { saveToArchive } from '../docs/port';
import { Settings } from '../journals/settings';
import type { StoredRow } from '../journals/table';
import { libraryArchive } from './archive';
import { type Env, setUpWorkbook, today } from './context';

export const LABEL_LIMITS = { copies: 300 } as const;

export interface LabelsForm {
  inventoryNos?: string;
}

export interface LabelsResult {
  docName: string;
  docUrl: string;
  labels: number;
}

/** The numbers to label, in the order given (duplicates once), or what is wrong with them. */
export function validateLabels(form: LabelsForm | null | undefined): Validation<number[]> {
  const { numbers, bad } = parseInventoryList(form?.inventoryNos);
  const field = 'inventoryNos';
  if (bad.length) return { ok: false, errors: [{ field, key: 'error.inventoryList', params: { items: bad.slice(0, 5).join(', ') } }] };
  if (numbers.length === 0) return { ok: false, errors: [{ field, key: 'error.required' }] };
  if (numbers.length > LABEL_LIMITS.copies) return { ok: false, errors: [{ field, key: 'error.tooManyCopies', params: { max: LABEL_LIMITS.copies } }] };
  return { ok: true, value: numbers };
}

/** Unknown copies (one message naming up to ten) and written-off ones (one message each). */
export function labelRefusals(numbers: readonly number[], found: ReadonlyMap<number, { writeOffActNo: string }>): FieldError[] {
  const unknown = numbers.filter((n) => !found.has(n));
  const errors: FieldError[] = [];
  if (unknown.length) errors.push({ field: 'inventoryNos', key: 'error.copyUnknown', params: { nos: unknown.slice(0, 10).join(', ') + (unknown.length > 10 ? ', …' : '') } });
  for (const n of numbers) {
    const act = found.get(n)?.writeOffActNo;
    if (act) errors.push({ field: 'inventoryNos', key: 'labels.error.writtenOff', params: { no: n, act } });
  }
  return errors;
}

export function makeLabels(env: Env, form: LabelsForm): LabelsResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const checked = validateLabels(form);
    if (!checked.ok) throw UserError.of(checked.errors);
    const numbers = checked.value;
    const day = today(env, wb);

    // ---- read: the copies, their titles' shelf marks, the library's name ----------------------------
    const copies = new Map<number, StoredRow>();
    for (const row of wb.journal('inventoryBook').findBy('inventoryNo', numbers)) copies.set(Number(row.values.inventoryNo), row);
    const found = new Map<number, { writeOffActNo: string }>();
    for (const [no, row] of copies) found.set(no, { writeOffActNo: String(row.values.writeOffActNo ?? '').trim() });
    const refused = labelRefusals(numbers, found);
    if (refused.length) throw UserError.of(refused);

    const titleIds = [...new Set([...copies.values()].map((r) => Number(r.values.titleId)).filter((id) => id > 0))];
    const shelfMarks = new Map<number, string>();
    for (const row of wb.journal('catalogIndex').findBy('titleId', titleIds)) shelfMarks.set(Number(row.values.titleId), String(row.values.shelfMark ?? '').trim());
    const settings = Settings.read(wb);

    // ---- the Doc ----------------------------------------------------------------------------------------
    const labels: LabelData[] = numbers.map((no) => ({ inventoryNo: no, shelfMark: shelfMarks.get(Number(copies.get(no)!.values.titleId)) ?? '' }));
    const model = labelsDoc({ libraryName: settings.text('libraryName') || settings.text('schoolName'), date: day, labels }, wb.lang);
    const saved = saveToArchive(env.docs(), libraryArchive(env, wb, settings), Number(day.slice(0, 4)), 'Labels', model);
    return { docName: model.name, docUrl: saved.url, labels: labels.length };
  });
}
