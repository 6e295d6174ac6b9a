/**
 * Write-off sidebar: the copies (inventory numbers typed, pasted or scanned one per line; ranges
 * "15-18"), the reason, the date, the commission (the chair first), who approves. The parsed count
 * and any token that is not a number show as she types (parseInventoryList, the server's own parser).
 * The server refuses unknown copies, copies already written off and copies on loan: those messages
 * show next to the numbers. Copies can also be added from a search: a title's copies on the shelf (not
 * on loan, not written off already). On success: the act's number, copies, sum and a link to the act document.
 */
import type { WriteOffDto, WriteOffFormDto } from '../../api';
import { parseInventoryList } from '../../domain/writeoff';
import { WRITE_OFF_REASONS } from '../../../sheets-template/options';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, showStatus, startSidebar, translatePage } from '../shared/client';
import { copyPicker } from '../shared/copy-picker';
import { enterKeys, fieldErrors, fillOptions, readFields, reveal, runSubmit, submitting, type FieldError } from '../shared/form';
import { rangeText, sumText } from '../shared/format';

const FIELDS = ['inventoryNos', 'reason', 'date', 'commission', 'approvedBy', 'note'] as const;
type Field = (typeof FIELDS)[number];

let lang: Lang = 'kk';

const form = document.getElementById('wo-form') as HTMLFormElement;
const status = document.getElementById('status') as HTMLElement;
const resultBox = document.getElementById('result') as HTMLElement;
const submit = document.getElementById('submit') as HTMLButtonElement;
const parsedCount = document.querySelector('#parsed .count') as HTMLElement;
const parsedBad = document.querySelector('#parsed .bad') as HTMLElement;
const input = (f: Field) => document.getElementById(f) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const errors = fieldErrors(form);
const saving = submitting(submit, { idle: () => tr('wo.submit'), busy: () => tr('fund.saving') }, { form });
const read = (): WriteOffFormDto => readFields(FIELDS, input);

/** The live count under the numbers: "Даналар: 2 · № 4, 5", and what is not a number. */
function updateParsed(): void {
  const { numbers, bad } = parseInventoryList(input('inventoryNos').value);
  parsedCount.textContent = numbers.length ? `${tr('wo.parsed', { count: numbers.length })} · № ${rangeText(numbers, 8)}` : tr('wo.parsed.none');
  parsedCount.className = numbers.length ? 'count' : 'count none';
  parsedBad.textContent = bad.length ? tr('wo.bad', { items: bad.slice(0, 10).join(', ') + (bad.length > 10 ? ', …' : '') }) : '';
  parsedBad.hidden = bad.length === 0;
}

function fillReasons(): void {
  fillOptions(input('reason') as HTMLSelectElement, WRITE_OFF_REASONS, lang, tr('fund.choose'));
}

/** Required fields, and numbers that are not numbers (the same parser as the server's). */
function checkLocally(dto: WriteOffFormDto): FieldError[] {
  const errors: FieldError[] = [];
  const { numbers, bad } = parseInventoryList(dto.inventoryNos);
  if (bad.length) errors.push({ field: 'inventoryNos', message: tr('error.inventoryList', { items: bad.slice(0, 5).join(', ') }) });
  else if (!numbers.length) errors.push({ field: 'inventoryNos', message: tr('error.required') });
  if (!dto.reason) errors.push({ field: 'reason', message: tr('error.required') });
  if (!dto.date) errors.push({ field: 'date', message: tr('error.required') });
  if (!dto.commission.trim()) errors.push({ field: 'commission', message: tr('error.commission') });
  return errors;
}

function showResult(value: WriteOffDto): void {
  showStatus(status, 'ok', tr('wo.done', { actNo: value.actNo, copies: value.copies, sum: tr('fund.money', { sum: sumText(value.sum) }) }));
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

async function onSubmit(event: Event): Promise<void> {
  event.preventDefault();
  if (saving.busy) return;
  resultBox.hidden = true;
  const dto = read();
  await runSubmit({
    button: saving,
    status,
    errors,
    check: () => checkLocally(dto),
    fixErrors: () => tr('form.fixErrors'),
    send: () => call('writeOffCopies', dto),
    done: (value) => {
      showResult(value);
      // The next act most likely has the same commission, approver and date: only the copies go.
      input('inventoryNos').value = '';
      input('note').value = '';
      updateParsed();
      status.scrollIntoView({ block: 'start' });
      input('inventoryNos').focus({ preventScroll: true });
    },
    // Every error next to its field (the refusals of several copies one under another); the first field in view.
    showErrors: (shown) => {
      const first = FIELDS.map((f) => errors.box(f)).find((box) => box && shown.indexOf(box) >= 0);
      if (first) reveal(first);
    },
    failed: () => status.scrollIntoView({ block: 'start' }),
  });
}

/** A title found by search adds its copies on the shelf: not those on loan, reserved or written off. */
const picker = copyPicker({
  root: document.getElementById('find') as HTMLDetailsElement,
  numbers: input('inventoryNos') as HTMLTextAreaElement,
  tr,
  copiesOf: (hit) => hit.copies.filter((c) => c.state === 'shelf').map((c) => c.inventoryNo),
  noneText: (hit) => (hit.inFund ? tr('search.onShelf', { onShelf: 0, inFund: hit.inFund }) : tr('labels.find.noCopies')),
  added: () => {
    errors.set('inventoryNos', '');
    updateParsed();
  },
});

function translate(): void {
  translatePage(lang);
  picker.translate();
  fillReasons();
  updateParsed();
}

function start(): Promise<void> {
  return startSidebar({
    status,
    apply: (l) => {
      lang = l;
      translate();
    },
    ready: (c) => {
      input('date').value = input('date').value || c.today;
      input('date').setAttribute('max', c.today);
      input('inventoryNos').focus();
    },
  });
}

form.addEventListener('submit', (e) => void onSubmit(e));
enterKeys(form, submit); // a scanner's Enter in a one-line field must not draw up an act
input('inventoryNos').addEventListener('input', updateParsed);
for (const f of FIELDS) input(f).addEventListener('input', () => errors.set(f, ''));
input('reason').addEventListener('change', () => errors.set('reason', ''));
void start();
