/**
 * Write-off sidebar: the copies (inventory numbers typed, pasted or scanned one per line; ranges
 * "15-18"), the reason, the date, the commission (the chair first), who approves. The parsed count
 * and any token that is not a number show as she types (parseInventoryList, the server's own parser).
 * The server refuses unknown copies, copies already written off and copies on loan: those messages
 * show next to the numbers. On success: the act's number, copies, sum and a link to the act document.
 */
import type { FieldErrorDto, SidebarContext, WriteOffDto, WriteOffFormDto } from '../../api';
import { parseInventoryList } from '../../domain/writeoff';
import { WRITE_OFF_REASONS } from '../../../sheets-template/options';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, showStatus, translatePage } from '../shared/client';

const FIELDS = ['inventoryNos', 'reason', 'date', 'commission', 'approvedBy', 'note'] as const;
type Field = (typeof FIELDS)[number];

let lang: Lang = 'kk';
let ctx: SidebarContext | null = null;
let saving = false;

const form = document.getElementById('wo-form') as HTMLFormElement;
const status = document.getElementById('status') as HTMLElement;
const resultBox = document.getElementById('result') as HTMLElement;
const submit = document.getElementById('submit') as HTMLButtonElement;
const parsedCount = document.querySelector('#parsed .count') as HTMLElement;
const parsedBad = document.querySelector('#parsed .bad') as HTMLElement;
const input = (f: Field) => document.getElementById(f) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const fieldBox = (f: string) => document.querySelector<HTMLElement>(`.field[data-field="${f}"]`);

const tr = (key: MessageKey, params?: Params) => t(lang, key, params);

function read(): WriteOffFormDto {
  const v = (f: Field) => input(f).value;
  return { inventoryNos: v('inventoryNos'), reason: v('reason'), date: v('date'), commission: v('commission'), approvedBy: v('approvedBy'), note: v('note') };
}

/** "1–3, 5": consecutive numbers as ranges, at most `max` parts. */
function ranges(numbers: readonly number[], max = 8): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? String(sorted[i]) : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.length > max ? parts.slice(0, max).join(', ') + ', …' : parts.join(', ');
}

/** The live count under the numbers: "Даналар: 2 · № 4, 5", and what is not a number. */
function updateParsed(): void {
  const { numbers, bad } = parseInventoryList(input('inventoryNos').value);
  parsedCount.textContent = numbers.length ? `${tr('wo.parsed', { count: numbers.length })} · № ${ranges(numbers)}` : tr('wo.parsed.none');
  parsedCount.className = numbers.length ? 'count' : 'count none';
  parsedBad.textContent = bad.length ? tr('wo.bad', { items: bad.slice(0, 10).join(', ') + (bad.length > 10 ? ', …' : '') }) : '';
  parsedBad.hidden = bad.length === 0;
}

function fillReasons(): void {
  const select = input('reason') as HTMLSelectElement;
  const current = select.value;
  select.textContent = '';
  select.add(new Option(tr('fund.choose'), ''));
  for (const o of WRITE_OFF_REASONS) select.add(new Option(o.title[lang], o.code));
  select.value = current;
  if (select.selectedIndex < 0) select.selectedIndex = 0;
}

function showFieldError(field: string, text: string): void {
  const box = fieldBox(field);
  const err = document.getElementById(`${field}-error`);
  if (!box || !err) return;
  box.classList.toggle('invalid', text !== '');
  err.textContent = text;
  input(field as Field).setAttribute('aria-invalid', text ? 'true' : 'false');
}

function clearErrors(): void {
  for (const f of FIELDS) showFieldError(f, '');
}

/** Every error next to its field (the refusals of several copies listed one under another); focus the first. */
function showErrors(errors: ReadonlyArray<Pick<FieldErrorDto, 'field' | 'message'>>): string[] {
  clearErrors();
  const byField = new Map<Field, string[]>();
  const unplaced: string[] = [];
  for (const e of errors) {
    if ((FIELDS as readonly string[]).indexOf(e.field) < 0) {
      unplaced.push(e.message);
      continue;
    }
    const list = byField.get(e.field as Field) ?? [];
    if (list.indexOf(e.message) < 0) list.push(e.message);
    byField.set(e.field as Field, list);
  }
  byField.forEach((messages, f) => showFieldError(f, messages.join('\n')));
  const first = FIELDS.find((f) => byField.has(f));
  if (first) {
    fieldBox(first)?.scrollIntoView({ block: 'center' });
    input(first).focus({ preventScroll: true });
  }
  return unplaced;
}

/** Required fields, and numbers that are not numbers (the same parser as the server's). */
function checkLocally(dto: WriteOffFormDto): Array<{ field: string; message: string }> {
  const errors: Array<{ field: string; message: string }> = [];
  const { numbers, bad } = parseInventoryList(dto.inventoryNos);
  if (bad.length) errors.push({ field: 'inventoryNos', message: tr('error.inventoryList', { items: bad.slice(0, 5).join(', ') }) });
  else if (!numbers.length) errors.push({ field: 'inventoryNos', message: tr('error.required') });
  if (!dto.reason) errors.push({ field: 'reason', message: tr('error.required') });
  if (!dto.date) errors.push({ field: 'date', message: tr('error.required') });
  if (!dto.commission.trim()) errors.push({ field: 'commission', message: tr('error.commission') });
  return errors;
}

function money(tenge: number): string {
  const [whole, frac] = Math.abs(tenge).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return tr('fund.money', { sum: (tenge < 0 ? '-' : '') + grouped + (frac === '00' ? '' : ',' + frac) });
}

function showResult(value: WriteOffDto): void {
  showStatus(status, 'ok', tr('wo.done', { actNo: value.actNo, copies: value.copies, sum: money(value.sum) }));
  resultBox.textContent = '';
  if (value.docUrl) {
    const link = document.createElement('a');
    link.id = 'act-link';
    link.href = value.docUrl;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = tr('wo.openAct', { name: value.docName || value.actNo });
    resultBox.appendChild(link);
    resultBox.hidden = false;
  } else {
    resultBox.hidden = true;
  }
}

function setSaving(on: boolean): void {
  saving = on;
  submit.disabled = on;
  submit.textContent = tr(on ? 'fund.saving' : 'wo.submit');
  form.setAttribute('aria-busy', on ? 'true' : 'false');
}

async function onSubmit(event: Event): Promise<void> {
  event.preventDefault();
  if (saving) return;
  resultBox.hidden = true;
  const dto = read();
  const local = checkLocally(dto);
  if (local.length) {
    showErrors(local);
    showStatus(status, 'error', tr('form.fixErrors'));
    return;
  }
  clearErrors();
  setSaving(true);
  try {
    const result = await call('writeOffCopies', dto);
    if (result.ok) {
      showResult(result.value);
      // The next act most likely has the same commission, approver and date: only the copies go.
      input('inventoryNos').value = '';
      input('note').value = '';
      updateParsed();
      status.scrollIntoView({ block: 'start' });
      input('inventoryNos').focus({ preventScroll: true });
    } else {
      const unplaced = showErrors(result.errors);
      showStatus(status, 'error', [result.message, ...unplaced.filter((m) => m !== result.message)].join('\n'));
    }
  } catch (error) {
    showStatus(status, 'error', error instanceof Error ? error.message : String(error));
    status.scrollIntoView({ block: 'start' });
  } finally {
    setSaving(false);
  }
}

async function start(): Promise<void> {
  translatePage(lang);
  fillReasons();
  updateParsed();
  showStatus(status, 'info', tr('form.loading'));
  try {
    ctx = await call('getSidebarContext');
    lang = ctx.lang;
    translatePage(lang);
    fillReasons();
    updateParsed();
    input('date').value = input('date').value || ctx.today;
    input('date').setAttribute('max', ctx.today);
    showStatus(status, ctx.setUp ? 'none' : 'error', ctx.setUp ? '' : tr('error.notSetUp'));
    input('inventoryNos').focus();
    document.body.dataset.ready = 'true'; // the context has answered: the form speaks her language
  } catch (error) {
    showStatus(status, 'error', tr('error.network', { message: error instanceof Error ? error.message : String(error) }));
  }
}

form.addEventListener('submit', (e) => void onSubmit(e));
form.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    form.requestSubmit(submit);
  } else if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') {
    e.preventDefault(); // a scanner's Enter in a one-line field must not draw up an act
  }
});
input('inventoryNos').addEventListener('input', updateParsed);
for (const f of FIELDS) input(f).addEventListener('input', () => showFieldError(f, ''));
input('reason').addEventListener('change', () => showFieldError('reason', ''));
void start();
