/**
 * Labels and export sidebar.
 * - Labels: inventory numbers typed, pasted or scanned ("1-24", "INV:31"), counted as she types with the
 *   server's own parser; a title found by search adds its copies in the fund. "Make labels" asks the
 *   server for the Doc and shows a link to it; refusals (unknown, written-off copies) show under the numbers.
 * - Export: the server returns the catalogue as CSV text (with its BOM); the sidebar makes it a file
 *   (a Blob and a link with the download attribute, clicked for her, and left visible in case the
 *   browser did not start the download).
 */
import type { CatalogHitDto, FieldErrorDto, LabelsDto, SidebarContext } from '../../api';
import { parseInventoryList } from '../../domain/writeoff';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, showStatus, translatePage } from '../shared/client';

/** As the server's LABEL_LIMITS.copies (src/usecases/labels.ts) and LABELS_PER_PAGE (src/docs/labels.ts). */
const MAX_LABELS = 300;
const LABELS_PER_PAGE = 21;
const FIND_LIMIT = 10;

let lang: Lang = 'kk';
let ctx: SidebarContext | null = null;
let making = false;
let exporting = false;
let downloadUrl: string | null = null;

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = el<HTMLElement>('status');
const form = el<HTMLFormElement>('labels-form');
const numbers = el<HTMLTextAreaElement>('inventoryNos');
const numbersBox = document.querySelector('.field[data-field="inventoryNos"]') as HTMLElement;
const numbersError = el<HTMLElement>('inventoryNos-error');
const parsedCount = document.querySelector('#parsed .count') as HTMLElement;
const parsedBad = document.querySelector('#parsed .bad') as HTMLElement;
const labelsStatus = el<HTMLElement>('labels-status');
const labelsResult = el<HTMLElement>('labels-result');
const make = el<HTMLButtonElement>('make');
const findQuery = el<HTMLInputElement>('find-query');
const findButton = el<HTMLButtonElement>('find-button');
const findSummary = el<HTMLElement>('find-summary');
const findHits = el<HTMLOListElement>('find-hits');
const exportButton = el<HTMLButtonElement>('export');
const exportStatus = el<HTMLElement>('export-status');
const exportResult = el<HTMLElement>('export-result');

const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** "1–3, 5": consecutive numbers as ranges, at most `max` parts. */
function ranges(list: readonly number[], max = 8, dash = '–'): string[] {
  const sorted = [...list].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    if (j === i + 1) parts.push(String(sorted[i]), String(sorted[j]));
    else parts.push(j === i ? String(sorted[i]) : `${sorted[i]}${dash}${sorted[j]}`);
    i = j + 1;
  }
  return parts.length > max ? [...parts.slice(0, max), '…'] : parts;
}

// ---- labels ---------------------------------------------------------------------------------------

/** The live count under the numbers: "Жапсырмалар: 24 · 2 бет · № 1–24", and what is not a number. */
function updateParsed(): void {
  const { numbers: list, bad } = parseInventoryList(numbers.value);
  if (list.length) {
    const pages = Math.ceil(list.length / LABELS_PER_PAGE);
    parsedCount.textContent = `${tr('labels.parsed', { count: list.length })} · ${tr('labels.parsed.pages', { pages })} · № ${ranges(list).join(', ')}`;
    parsedCount.className = list.length > MAX_LABELS ? 'count over' : 'count';
  } else {
    parsedCount.textContent = tr('labels.parsed.none');
    parsedCount.className = 'count none';
  }
  parsedBad.textContent = bad.length ? tr('labels.bad', { items: bad.slice(0, 10).join(', ') + (bad.length > 10 ? ', …' : '') }) : '';
  parsedBad.hidden = bad.length === 0;
}

function showNumbersError(text: string): void {
  numbersBox.classList.toggle('invalid', text !== '');
  numbersError.textContent = text;
  numbers.setAttribute('aria-invalid', text ? 'true' : 'false');
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

function setMaking(on: boolean): void {
  making = on;
  make.disabled = on;
  make.textContent = tr(on ? 'labels.making' : 'labels.make');
  form.setAttribute('aria-busy', on ? 'true' : 'false');
}

async function onMake(event: Event): Promise<void> {
  event.preventDefault();
  if (making) return;
  labelsResult.hidden = true;
  const local = checkLocally(numbers.value);
  if (local) {
    showNumbersError(local);
    showStatus(labelsStatus, 'error', tr('form.fixErrors'));
    numbers.focus();
    return;
  }
  showNumbersError('');
  showStatus(labelsStatus, 'none');
  setMaking(true);
  try {
    const result = await call('makeLabels', { inventoryNos: numbers.value });
    if (result.ok) {
      showLabelsDone(result.value, result.message);
    } else {
      const mine = result.errors.filter((e: FieldErrorDto) => e.field === 'inventoryNos').map((e) => e.message);
      const other = result.errors.filter((e: FieldErrorDto) => e.field !== 'inventoryNos').map((e) => e.message);
      showNumbersError([...new Set(mine)].join('\n'));
      showStatus(labelsStatus, 'error', [result.message, ...other.filter((m) => m !== result.message)].join('\n'));
      if (mine.length) numbers.focus();
    }
  } catch (error) {
    showStatus(labelsStatus, 'error', errorText(error));
  } finally {
    setMaking(false);
  }
}

/** Adds numbers to the box (ranges as "1-3", one part a line), keeping what is there. */
function addNumbers(list: readonly number[]): void {
  const present = new Set(parseInventoryList(numbers.value).numbers);
  const fresh = list.filter((n) => !present.has(n));
  if (!fresh.length) return;
  const lines = ranges(fresh, Infinity, '-');
  const current = numbers.value.replace(/\s+$/, '');
  numbers.value = (current ? current + '\n' : '') + lines.join('\n');
  showNumbersError('');
  updateParsed();
}

function hitItem(hit: CatalogHitDto): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'find-hit';
  const desc = document.createElement('span');
  desc.className = 'desc';
  desc.textContent = hit.description;
  li.appendChild(desc);
  if (hit.shelfMark) {
    const shelf = document.createElement('span');
    shelf.className = 'shelf';
    shelf.textContent = hit.shelfMark;
    li.appendChild(shelf);
  }
  const inFund = hit.copies.filter((c) => c.state !== 'writtenOff').map((c) => c.inventoryNo);
  if (inFund.length) {
    const add = document.createElement('button');
    add.type = 'button';
    add.className = 'add';
    add.textContent = tr('labels.find.add', { count: inFund.length });
    add.title = `№ ${ranges(inFund).join(', ')}`;
    add.addEventListener('click', () => addNumbers(inFund));
    li.appendChild(add);
  } else {
    const none = document.createElement('span');
    none.className = 'muted';
    none.textContent = tr('labels.find.noCopies');
    li.appendChild(none);
  }
  return li;
}

async function onFind(): Promise<void> {
  const query = findQuery.value.trim();
  findHits.textContent = '';
  findSummary.textContent = '';
  if (!query) return;
  findButton.disabled = true;
  try {
    const result = await call('searchCatalog', { query, limit: FIND_LIMIT });
    if (!result.ok) {
      findSummary.textContent = result.message;
      return;
    }
    if (!result.value.hits.length) findSummary.textContent = tr('labels.find.none', { query });
    for (const hit of result.value.hits) findHits.appendChild(hitItem(hit));
  } catch (error) {
    findSummary.textContent = errorText(error);
  } finally {
    findButton.disabled = false;
  }
}

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
  if (exporting) return;
  exporting = true;
  exportButton.disabled = true;
  exportButton.textContent = tr('export.working');
  exportResult.hidden = true;
  showStatus(exportStatus, 'none');
  try {
    const result = await call('exportCatalogCsv');
    if (!result.ok) {
      showStatus(exportStatus, 'error', result.message);
      return;
    }
    const { fileName, csv, titles } = result.value;
    const link = download(fileName, csv);
    showStatus(exportStatus, 'ok', tr('export.done', { titles, name: fileName }));
    exportResult.textContent = '';
    const [before, after] = tr('export.again', { name: '\u0000' }).split('\u0000');
    exportResult.append(before ?? '', link, after ?? '');
    exportResult.hidden = false;
    link.click();
  } catch (error) {
    showStatus(exportStatus, 'error', errorText(error));
  } finally {
    exporting = false;
    exportButton.disabled = false;
    exportButton.textContent = tr('export.button');
  }
}

// ---- start ------------------------------------------------------------------------------------------

function translate(): void {
  translatePage(lang);
  findQuery.setAttribute('aria-label', tr('labels.find'));
  setMaking(making);
  if (!exporting) exportButton.textContent = tr('export.button');
  updateParsed();
}

async function start(): Promise<void> {
  translate();
  showStatus(status, 'info', tr('form.loading'));
  try {
    ctx = await call('getSidebarContext');
    lang = ctx.lang;
    translate();
    showStatus(status, ctx.setUp ? 'none' : 'error', ctx.setUp ? '' : tr('error.notSetUp'));
    numbers.focus();
    document.body.dataset.ready = 'true'; // the context has answered: the sidebar speaks her language
  } catch (error) {
    showStatus(status, 'error', tr('error.network', { message: errorText(error) }));
  }
}

form.addEventListener('submit', (e) => void onMake(e));
form.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    form.requestSubmit(make);
  } else if (e.key === 'Enter' && e.target === findQuery) {
    e.preventDefault(); // Enter in the search box searches; it must not make labels
    void onFind();
  }
});
numbers.addEventListener('input', () => {
  showNumbersError('');
  updateParsed();
});
findButton.addEventListener('click', () => void onFind());
exportButton.addEventListener('click', () => void onExport());
void start();
