/**
 * Import-a-catalogue sidebar, in three steps on one page:
 * 1. the table: a .csv file (UTF-8 with or without BOM; Windows-1251 when UTF-8 does not fit, as Excel
 *    saves "CSV" on a Russian or Kazakh Windows) or cells pasted from Excel (tab-separated). .xlsx is
 *    not read: she is told to save as "CSV UTF-8".
 * 2. the columns: each column of her header with its first value and the field it feeds, guessed from
 *    the header in kk/ru/en; defaults for language, section and document type.
 * 3. the dry run: the server parses the same text again and reports every line (new, duplicate,
 *    error), with a summary; "Import all" is offered only when nothing is wrong and the file, the
 *    columns and the defaults are still the ones checked.
 * The parse here is for the preview only: the server never trusts it.
 */
import type { ImportLineDto, ImportReportDto, ImportRequestDto } from '../../api';
import { decodeBytes, lostKazakhLetters, readCsv, type CsvTable, type Encoding } from '../../domain/csv-read';
import { COMBINED_FIELDS, COPY_FIELDS, guessMapping, IMPORT_LIMITS, looksLikeHeader, REPEATABLE_FIELDS, TITLE_FIELDS, type ImportField } from '../../domain/import';
import { DOC_TYPES, PUBLICATION_LANGUAGES, SECTIONS } from '../../../sheets-template/options';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, showStatus, startSidebar, translatePage } from '../shared/client';
import { errorText, fieldErrors, fillOptions, runSubmit, submitting, type SelectOptions } from '../shared/form';
import { sumText } from '../shared/format';

type Filter = 'all' | 'error' | 'duplicate' | 'new';

let lang: Lang = 'kk';
let text = '';
let encoding: Encoding = 'utf-8';
let table: CsvTable | null = null;
let mapping: Array<ImportField | ''> = [];
let report: ImportReportDto | null = null;
/** The request the report answers: "Import all" only for exactly that request. */
let checkedRequest = '';
let filter: Filter = 'all';
/** What the last answer said (shown again when a change is undone). */
let lastAnswer: { kind: 'ok' | 'error'; text: string } = { kind: 'ok', text: '' };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $<HTMLElement>('status');
const fileInput = $<HTMLInputElement>('file');
const paste = $<HTMLTextAreaElement>('paste');
const readInfo = $<HTMLElement>('read-info');
const readWarning = $<HTMLElement>('read-warning');
const stepMapping = $<HTMLElement>('step-mapping');
const stepResult = $<HTMLElement>('step-result');
const headerBox = $<HTMLInputElement>('header');
const columnsList = $<HTMLOListElement>('columns');
const mappingError = $<HTMLElement>('mapping-error');
const dryRunButton = $<HTMLButtonElement>('dry-run');
const commitButton = $<HTMLButtonElement>('commit');
const againButton = $<HTMLButtonElement>('again');
const commitBlocked = $<HTMLElement>('commit-blocked');
const summaryList = $<HTMLUListElement>('summary');
const fileProblems = $<HTMLElement>('file-problems');
const filters = $<HTMLElement>('filters');
const linesBody = document.querySelector('#lines tbody') as HTMLTableSectionElement;
const linesEmpty = $<HTMLElement>('lines-empty');
const defaultSelect = (f: 'language' | 'section' | 'docType') => $<HTMLSelectElement>(`d-${f}`);
const errors = fieldErrors(document, { lines: { mapping: mappingError } });

const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const fieldCaption = (f: ImportField) => tr(`import.field.${f}` as MessageKey);

/** "A", "B", ... "AA": the column letter Excel shows. */
function letter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const money = (tenge: number) => tr('import.money', { sum: sumText(tenge) });
const fillSelect = (select: HTMLSelectElement, options: SelectOptions, placeholder: boolean) => fillOptions(select, options, lang, placeholder ? tr('import.choose') : undefined);

// ---- 1. the table --------------------------------------------------------------------------------------

function width(): number {
  return table ? Math.max(0, ...table.records.map((r) => r.cells.length)) : 0;
}

function hasHeader(): boolean {
  return headerBox.checked;
}

/** Reads `text` (the preview parse), guesses the header and the mapping, shows step 2. */
function useText(newText: string, newEncoding: Encoding): void {
  text = newText;
  encoding = newEncoding;
  report = null;
  stepResult.hidden = true;
  showStatus(status, 'none');
  errors.set('text', '');
  readWarning.hidden = true;
  if (!text.trim()) {
    table = null;
    readInfo.hidden = true;
    stepMapping.hidden = true;
    return;
  }
  table = readCsv(text);
  if (table.records.length === 0) {
    readInfo.hidden = true;
    stepMapping.hidden = true;
    errors.set('text', tr('import.file.empty'));
    return;
  }
  const sep = table.separator === '\t' ? tr('import.separator.tab') : `«${table.separator}»`;
  readInfo.textContent = tr('import.file.read', { rows: table.rowCount, columns: width(), separator: sep, encoding: encoding === 'utf-8' ? 'UTF-8' : 'Windows-1251' });
  readInfo.hidden = false;
  if (encoding === 'windows-1251' && lostKazakhLetters(text)) {
    readWarning.textContent = tr('import.file.lostKazakh');
    readWarning.hidden = false;
  }
  headerBox.checked = looksLikeHeader(table.records[0].cells);
  const guessed = headerBox.checked ? guessMapping(table.records[0].cells) : [];
  mapping = Array.from({ length: width() }, (_, i) => guessed[i] ?? '');
  renderColumns();
  stepMapping.hidden = false;
}

async function onFile(): Promise<void> {
  const file = fileInput.files && fileInput.files[0];
  if (!file) return;
  paste.value = '';
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // An .xlsx (or .xls) file is a zip (or an OLE container): not read here.
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf;
    if (zip || ole || /\.xlsx?$/i.test(file.name)) {
      useText('', 'utf-8');
      errors.set('text', tr('import.file.xlsx'));
      return;
    }
    const decoded = decodeBytes(bytes, (b, enc) => new TextDecoder(enc).decode(b));
    useText(decoded.text, decoded.encoding);
  } catch (error) {
    useText('', 'utf-8');
    errors.set('text', tr('import.file.unreadable', { message: errorText(error) }));
  }
}

// ---- 2. the columns ---------------------------------------------------------------------------------------

function fieldSelect(column: number): HTMLSelectElement {
  const select = document.createElement('select');
  select.dataset.mapping = String(column);
  select.add(new Option(tr('import.field.none'), ''));
  const group = (key: MessageKey, fields: readonly ImportField[]) => {
    const g = document.createElement('optgroup');
    g.label = tr(key);
    for (const f of fields) g.appendChild(new Option(fieldCaption(f), f));
    select.appendChild(g);
  };
  group('import.group.title', TITLE_FIELDS);
  group('import.group.copy', COPY_FIELDS);
  group('import.group.combined', COMBINED_FIELDS);
  select.value = mapping[column] ?? '';
  return select;
}

function renderColumns(): void {
  columnsList.textContent = '';
  if (!table) return;
  const header = hasHeader() ? table.records[0].cells : [];
  const first = table.records[hasHeader() ? 1 : 0];
  for (let i = 0; i < width(); i++) {
    const li = document.createElement('li');
    li.dataset.column = String(i);
    li.classList.toggle('mapped', !!mapping[i]);
    const head = document.createElement('div');
    head.className = 'col-head';
    const l = document.createElement('span');
    l.className = 'col-letter';
    l.textContent = letter(i);
    const name = document.createElement('strong');
    name.className = 'col-name';
    name.textContent = (header[i] ?? '').trim() || tr('import.mapping.columnLetter', { letter: letter(i) });
    head.append(l, name);
    const sample = document.createElement('div');
    sample.className = 'col-sample';
    sample.textContent = first ? (first.cells[i] ?? '').replace(/\s+/g, ' ').trim() || '—' : '—';
    const select = fieldSelect(i);
    const id = `map-${i}`;
    select.id = id;
    select.setAttribute('aria-label', `${letter(i)}: ${name.textContent}`);
    li.append(head, sample, select);
    columnsList.appendChild(li);
  }
  updateLimits();
}

function onMappingChange(select: HTMLSelectElement): void {
  const column = Number(select.dataset.mapping);
  const field = select.value as ImportField | '';
  // A field fed by one column only: choosing it here takes it from the column that had it.
  if (field && REPEATABLE_FIELDS.indexOf(field) < 0) {
    mapping.forEach((f, i) => {
      if (i !== column && f === field) {
        mapping[i] = '';
        const other = columnsList.querySelector<HTMLSelectElement>(`select[data-mapping="${i}"]`);
        if (other) other.value = '';
        other?.closest('li')?.classList.remove('mapped');
      }
    });
  }
  mapping[column] = field;
  select.closest('li')?.classList.toggle('mapped', !!field);
  errors.set('mapping', '');
  markStale();
}

function updateLimits(): void {
  $<HTMLElement>('limits').textContent = tr('import.limits', { lines: IMPORT_LIMITS.lines.toLocaleString('ru-RU'), copies: IMPORT_LIMITS.copies.toLocaleString('ru-RU') });
}

// ---- 3. the check and the import --------------------------------------------------------------------------------

function request(mode: ImportRequestDto['mode']): ImportRequestDto {
  return {
    text,
    mapping: mapping.map((f) => f || ''),
    header: hasHeader(),
    defaults: { language: defaultSelect('language').value, section: defaultSelect('section').value, docType: defaultSelect('docType').value },
    mode,
  };
}

const requestKey = (r: ImportRequestDto) => JSON.stringify({ ...r, mode: '' });

/**
 * The file, the columns or the defaults changed since the check: "Import all" waits for a new check
 * (and comes back if she puts them back as they were checked).
 */
function markStale(): void {
  if (!report || report.committed) return;
  const same = requestKey(request('commit')) === checkedRequest;
  commitButton.disabled = !canCommit();
  commitBlocked.hidden = !same || canCommit();
  if (same) showStatus(status, lastAnswer.kind, lastAnswer.text);
  else showStatus(status, 'info', tr('import.stale'));
}

/** While a call is on its way neither button works; "Import all" only for the request the check answered. */
function holdButtons(on: boolean): void {
  dryRunButton.disabled = on;
  commitButton.disabled = on || !canCommit();
  document.body.setAttribute('aria-busy', on ? 'true' : 'false');
}
const checking = submitting(dryRunButton, { idle: () => tr('import.dryRun'), busy: () => tr('import.checking') }, { also: holdButtons });
const committing = submitting(commitButton, { idle: () => tr('import.commit'), busy: () => tr('import.committing') }, { also: holdButtons });

function canCommit(): boolean {
  return !!report && !report.committed && report.mode === 'dryRun' && report.summary.errorLines === 0 && report.fileProblems.length === 0 && requestKey(request('commit')) === checkedRequest;
}

async function run(mode: ImportRequestDto['mode']): Promise<void> {
  if (checking.busy || committing.busy || !text) return;
  const req = request(mode);
  await runSubmit({
    button: mode === 'commit' ? committing : checking,
    status,
    errors,
    send: () => call('importCatalog', req),
    done: (value, message) => {
      report = value;
      checkedRequest = mode === 'dryRun' ? requestKey(req) : checkedRequest;
      const ok = value.committed || (value.summary.errorLines === 0 && value.fileProblems.length === 0);
      lastAnswer = { kind: ok ? 'ok' : 'error', text: message };
      showStatus(status, lastAnswer.kind, lastAnswer.text);
      filter = value.summary.errorLines > 0 ? 'error' : 'all';
      renderReport();
      if (value.committed) status.scrollIntoView({ block: 'start' });
      else stepResult.scrollIntoView({ block: 'start' });
    },
    // Field errors of the request (not of lines): next to the mapping, the defaults or the text.
    showErrors: () => document.querySelector<HTMLElement>('.field.invalid, #mapping-error:not(:empty)')?.scrollIntoView({ block: 'center' }),
    refused: () => {
      report = null;
      stepResult.hidden = true;
    },
  });
  document.body.dataset.done = report ? (report.committed ? 'commit' : report.mode) : 'error';
}

function renderSummary(r: ImportReportDto): void {
  summaryList.textContent = '';
  const s = r.summary;
  const item = (text: string, bad = false) => {
    const li = document.createElement('li');
    li.textContent = text;
    if (bad) li.className = 'bad';
    summaryList.appendChild(li);
  };
  item(tr('import.summary.lines', { count: s.lines }));
  item(tr('import.summary.newTitles', { count: s.newTitles }));
  if (s.toExisting) item(tr('import.summary.toExisting', { count: s.toExisting }));
  if (s.sameAsEarlier) item(tr('import.summary.sameAsEarlier', { count: s.sameAsEarlier }));
  item(tr('import.summary.copies', { count: s.copies, sum: money(s.sum) }));
  if (s.toNumber && !r.committed) item(tr('import.summary.toNumber', { count: s.toNumber, from: s.numberFrom }));
  if (s.errorLines) item(tr('import.summary.errors', { count: s.errorLines }), true);
}

function renderFilters(r: ImportReportDto): void {
  filters.textContent = '';
  const count = (f: Filter) => (f === 'all' ? r.lines.length : r.lines.filter((l) => l.kind === f).length);
  for (const f of ['all', 'error', 'duplicate', 'new'] as const) {
    const n = count(f);
    if (f !== 'all' && n === 0) continue;
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.filter = f;
    b.textContent = tr(`import.filter.${f}` as MessageKey, { count: n });
    b.setAttribute('aria-pressed', String(filter === f));
    b.addEventListener('click', () => {
      filter = f;
      renderReport();
    });
    filters.appendChild(b);
  }
}

function lineRow(line: ImportLineDto): HTMLTableRowElement {
  const tr_ = document.createElement('tr');
  tr_.className = `kind-${line.kind}`;
  tr_.dataset.row = String(line.row);
  const row = document.createElement('td');
  row.className = 'row';
  row.textContent = String(line.row);
  const main = document.createElement('td');
  const tag = document.createElement('span');
  tag.className = `tag ${line.kind}`;
  tag.textContent = tr(`import.kind.${line.kind}` as MessageKey);
  const label = document.createElement('span');
  label.className = 'label';
  label.textContent = line.label;
  main.append(tag, label);
  if (line.kind === 'error') {
    for (const p of line.problems) {
      const div = document.createElement('div');
      div.className = 'problem';
      div.textContent = p.column ? tr('import.problem', { column: p.column, message: p.message }) : p.message;
      main.appendChild(div);
    }
  } else {
    const note = document.createElement('div');
    note.className = 'note';
    note.textContent = line.note;
    main.appendChild(note);
  }
  const copies = document.createElement('td');
  copies.className = 'copies';
  copies.textContent = line.copies ? String(line.copies) : '';
  if (line.inventory) {
    const inv = document.createElement('span');
    inv.className = 'inv';
    inv.textContent = tr('import.inventory.given', { nos: line.inventory });
    copies.appendChild(inv);
  }
  tr_.append(row, main, copies);
  return tr_;
}

function renderReport(): void {
  if (!report) return;
  const r = report;
  const title = $<HTMLElement>('result-title');
  title.dataset.i18n = r.committed ? 'import.step.done' : 'import.step.result';
  title.textContent = tr(r.committed ? 'import.step.done' : 'import.step.result');
  renderSummary(r);
  fileProblems.textContent = r.fileProblems.join('\n');
  fileProblems.hidden = r.fileProblems.length === 0;
  renderFilters(r);
  linesBody.textContent = '';
  const shown = r.lines.filter((l) => filter === 'all' || l.kind === filter);
  const fragment = document.createDocumentFragment();
  for (const line of shown) fragment.appendChild(lineRow(line));
  linesBody.appendChild(fragment);
  linesEmpty.hidden = shown.length > 0;
  commitButton.hidden = r.committed;
  commitButton.disabled = !canCommit();
  commitBlocked.hidden = r.committed || canCommit();
  againButton.hidden = !r.committed;
  stepMapping.hidden = r.committed;
  stepResult.hidden = false;
}

function reset(): void {
  fileInput.value = '';
  paste.value = '';
  report = null;
  checkedRequest = '';
  useText('', 'utf-8');
  (document.getElementById('step-source') as HTMLElement).scrollIntoView({ block: 'start' });
}

// ---- start ---------------------------------------------------------------------------------------------

function relabel(): void {
  translatePage(lang);
  fillSelect(defaultSelect('language'), PUBLICATION_LANGUAGES, false);
  fillSelect(defaultSelect('section'), SECTIONS, true);
  fillSelect(defaultSelect('docType'), DOC_TYPES, false);
  updateLimits();
  if (table) renderColumns();
  if (report) renderReport();
}

function start(): Promise<void> {
  relabel();
  defaultSelect('docType').value = 'book';
  return startSidebar({
    status,
    apply: (l) => {
      lang = l;
      relabel();
    },
    ready: () => {
      defaultSelect('language').value = lang;
    },
  });
}

let pasteTimer: ReturnType<typeof setTimeout> | undefined;
fileInput.addEventListener('change', () => void onFile());
paste.addEventListener('input', () => {
  if (pasteTimer) clearTimeout(pasteTimer);
  pasteTimer = setTimeout(() => {
    fileInput.value = '';
    useText(paste.value, 'utf-8');
  }, 250);
});
headerBox.addEventListener('change', () => {
  if (table && hasHeader() && mapping.every((f) => !f)) {
    const guessed = guessMapping(table.records[0].cells);
    mapping = mapping.map((_, i) => guessed[i] ?? '');
  }
  renderColumns();
  markStale();
});
columnsList.addEventListener('change', (e) => {
  const target = e.target as HTMLElement;
  if (target instanceof HTMLSelectElement) onMappingChange(target);
});
for (const f of ['language', 'section', 'docType'] as const) {
  defaultSelect(f).addEventListener('change', () => {
    errors.set(`defaults.${f}`, '');
    markStale();
  });
}
dryRunButton.addEventListener('click', () => void run('dryRun'));
commitButton.addEventListener('click', () => void run('commit'));
againButton.addEventListener('click', reset);
void start();
