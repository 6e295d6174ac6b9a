/**
 * Labels and export sidebar.
 * - Labels: inventory numbers typed, pasted or scanned ("1-24", "INV:31"), counted as she types with the
 *   server's own parser; a title found by search adds its copies in the fund. "Make labels" asks the
 *   server for the Doc and shows a link to it; refusals (unknown, written-off copies) show under the numbers.
 * - Export: the server returns the catalogue as CSV text (with its BOM); the sidebar makes it a file
 *   (a Blob and a link with the download attribute, clicked for her, and left visible in case the
 *   browser did not start the download).
 */
import type { LabelsDto } from '../../api';
import { parseInventoryList } from '../../domain/writeoff';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, showStatus, startSidebar, translatePage } from '../shared/client';
import { copyPicker } from '../shared/copy-picker';
import { enterKeys, fieldErrors, runSubmit, submitting } from '../shared/form';
import { rangeText } from '../shared/format';

/** As the server's LABEL_LIMITS.copies (src/usecases/labels.ts) and LABELS_PER_PAGE (src/docs/labels.ts). */
const MAX_LABELS = 300;
const LABELS_PER_PAGE = 21;
const FIND_LIMIT = 10;

let lang: Lang = 'kk';
let downloadUrl: string | null = null;

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = el<HTMLElement>('status');
const form = el<HTMLFormElement>('labels-form');
const numbers = el<HTMLTextAreaElement>('inventoryNos');
const parsedCount = document.querySelector('#parsed .count') as HTMLElement;
const parsedBad = document.querySelector('#parsed .bad') as HTMLElement;
const labelsStatus = el<HTMLElement>('labels-status');
const labelsResult = el<HTMLElement>('labels-result');
const make = el<HTMLButtonElement>('make');
const exportButton = el<HTMLButtonElement>('export');
const exportStatus = el<HTMLElement>('export-status');
const exportResult = el<HTMLElement>('export-result');

const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const errors = fieldErrors(form);
const making = submitting(make, { idle: () => tr('labels.make'), busy: () => tr('labels.making') }, { form });
const exporting = submitting(exportButton, { idle: () => tr('export.button'), busy: () => tr('export.working') });

// ---- labels ---------------------------------------------------------------------------------------

/** The live count under the numbers: "Жапсырмалар: 24 · 2 бет · № 1–24", and what is not a number. */
function updateParsed(): void {
  const { numbers: list, bad } = parseInventoryList(numbers.value);
  if (list.length) {
    const pages = Math.ceil(list.length / LABELS_PER_PAGE);
    parsedCount.textContent = `${tr('labels.parsed', { count: list.length })} · ${tr('labels.parsed.pages', { pages })} · № ${rangeText(list, 8)}`;
    parsedCount.className = list.length > MAX_LABELS ? 'count over' : 'count';
  } else {
    parsedCount.textContent = tr('labels.parsed.none');
    parsedCount.className = 'count none';
  }
  parsedBad.textContent = bad.length ? tr('labels.bad', { items: bad.slice(0, 10).join(', ') + (bad.length > 10 ? ', …' : '') }) : '';
  parsedBad.hidden = bad.length === 0;
}

/** What the sidebar can tell without the server: no numbers, something that is not a number, too many. */
function checkLocally(text: string): string {
  const { numbers: list, bad } = parseInventoryList(text);
  if (bad.length) return tr('error.inventoryList', { items: bad.slice(0, 5).join(', ') });
  if (!list.length) return tr('error.required');
  if (list.length > MAX_LABELS) return tr('error.tooManyCopies', { max: MAX_LABELS });
  return '';
}

function showLabelsDone(value: LabelsDto, message: string): void {
  showStatus(labelsStatus, 'ok', message || tr('labels.done', { count: value.labels }));
  labelsResult.textContent = '';
  const link = document.createElement('a');
  link.id = 'labels-link';
  link.href = value.docUrl;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = tr('labels.open', { name: value.docName });
  labelsResult.appendChild(link);
  labelsResult.hidden = false;
}

async function onMake(event: Event): Promise<void> {
  event.preventDefault();
  if (making.busy) return;
  labelsResult.hidden = true;
  const local = checkLocally(numbers.value);
  if (!local) showStatus(labelsStatus, 'none');
  await runSubmit({
    button: making,
    status: labelsStatus,
    errors,
    fixErrors: () => tr('form.fixErrors'),
    check: () => (local ? [{ field: 'inventoryNos', message: local }] : []),
    send: () => call('makeLabels', { inventoryNos: numbers.value }),
    done: (value, message) => showLabelsDone(value, message),
    showErrors: (shown) => {
      if (shown.length) numbers.focus();
    },
  });
}

/** Labels are for every copy in the fund: only written-off copies are left out. */
const picker = copyPicker({
  root: el<HTMLDetailsElement>('find'),
  numbers,
  tr,
  copiesOf: (hit) => hit.copies.filter((c) => c.state !== 'writtenOff').map((c) => c.inventoryNo),
  noneText: () => tr('labels.find.noCopies'),
  added: () => {
    errors.set('inventoryNos', '');
    updateParsed();
  },
  limit: FIND_LIMIT,
});

// ---- export -----------------------------------------------------------------------------------------

/** The CSV text as a file: a Blob link with the download attribute, clicked. */
function download(fileName: string, csv: string): HTMLAnchorElement {
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.id = 'export-link';
  link.href = downloadUrl;
  link.download = fileName;
  link.target = '_self'; // not the page's <base target="_top">: the file is saved, nothing navigates
  link.textContent = fileName;
  return link;
}

async function onExport(): Promise<void> {
  if (exporting.busy) return;
  exportResult.hidden = true;
  showStatus(exportStatus, 'none');
  await runSubmit({
    button: exporting,
    status: exportStatus,
    send: () => call('exportCatalogCsv'),
    done: ({ fileName, csv, titles }) => {
      const link = download(fileName, csv);
      showStatus(exportStatus, 'ok', tr('export.done', { titles, name: fileName }));
      exportResult.textContent = '';
      const [before, after] = tr('export.again', { name: '\u0000' }).split('\u0000');
      exportResult.append(before ?? '', link, after ?? '');
      exportResult.hidden = false;
      link.click();
    },
    refusedText: (answer) => answer.message,
  });
}

// ---- start ------------------------------------------------------------------------------------------

function translate(): void {
  translatePage(lang);
  picker.translate();
  making.set(making.busy);
  exporting.set(exporting.busy);
  updateParsed();
}

function start(): Promise<void> {
  return startSidebar({
    status,
    apply: (l) => {
      lang = l;
      translate();
    },
    ready: () => {
      numbers.focus();
    },
  });
}

form.addEventListener('submit', (e) => void onMake(e));
enterKeys(form, make);
numbers.addEventListener('input', () => {
  errors.set('inventoryNos', '');
  updateParsed();
});
exportButton.addEventListener('click', () => void onExport());
void start();
