/**
 * Stock-taking sidebar. Opened afresh it asks the server for the state (an empty scan): with no
 * stock-taking open it offers to start one; with one open it shows the running count and the scan box.
 * Each scanned line (a scanner ends it with Enter) or a pasted list is sent as she goes; lines scanned
 * while a call is on its way wait in a queue and go together with the next call, in chunks the server
 * accepts. Duplicates, numbers the inventory book does not know and written-off copies are listed under
 * the box for her to deal with. "Show what is missing" asks for the preview (nothing written); with the
 * commission typed in, "Finish" closes the stock-taking and links the result act. The missing numbers
 * are offered as text to copy into the write-off sidebar (there is no way to open one sidebar from
 * another with its fields filled in: she pastes them there and picks the reason "lost").
 */
import type { FieldErrorDto, SidebarContext, StocktakeDto, StocktakeProgressDto, StocktakeResultDto } from '../../api';
import { parseScans, STOCKTAKE_LIMITS } from '../../domain/stocktake';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, showStatus, translatePage } from '../shared/client';

let lang: Lang = 'kk';
let ctx: SidebarContext | null = null;
let open: StocktakeDto | null = null;
let busy = false;
const queue: string[] = [];

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const panels = { start: $('start-panel'), open: $('open-panel'), done: $('done-panel') };
const scanBox = $<HTMLTextAreaElement>('scan');
const tr = (key: MessageKey, params?: Params) => t(lang, key, params);

function show(panel: keyof typeof panels): void {
  for (const [name, el] of Object.entries(panels)) el.hidden = name !== panel;
}

/** "27.11.2026" */
function day(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;
}

function money(tenge: number): string {
  const [whole, frac] = Math.abs(tenge).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return tr('st.money', { sum: (tenge < 0 ? '-' : '') + grouped + (frac === '00' ? '' : ',' + frac) });
}

/** Refusals about the stock-taking itself (finished meanwhile, gone, none open): time to ask what is open. */
function aboutTheStocktake(errors: readonly FieldErrorDto[]): boolean {
  return errors.some((e) => e.key === 'stocktake.error.finished' || e.key === 'stocktake.error.unknown' || e.key === 'stocktake.error.noneOpen');
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---- states ------------------------------------------------------------------------------------------

function showStart(last: StocktakeDto | null): void {
  open = null;
  show('start');
  const lastBox = $('last');
  lastBox.hidden = !last;
  if (last) {
    $('last-text').textContent = tr('st.last', { id: last.id, date: day(last.finishedOn) });
    const link = $<HTMLAnchorElement>('last-link');
    link.hidden = !last.docUrl;
    link.href = last.docUrl || '#';
    link.textContent = last.docUrl ? tr('st.openDoc', { name: tr('doc.st.fileName', { no: last.id, date: last.finishedOn }) }) : '';
  }
  $('scope').focus();
}

function showOpen(st: StocktakeDto): void {
  const switched = !open || open.id !== st.id;
  open = st;
  show('open');
  $('open-title').textContent = tr('st.open', { id: st.id, date: day(st.startedOn) });
  $('open-scope').textContent = st.scope ? tr('st.openScope', { scope: st.scope }) : '';
  $('open-scope').hidden = !st.scope;
  $('found-count').textContent = tr('st.foundSoFar', { count: st.foundCount });
  if (switched) {
    $('problems').textContent = '';
    $('problems-box').hidden = true;
    $('last-scan').hidden = true;
    $('preview-box').hidden = true;
  }
  scanBox.focus();
}

/** Asks the server what is open (an empty scan writes nothing). */
async function loadState(): Promise<void> {
  const answer = await call('recordStocktakeFound', { stocktakeId: 0, inventoryNos: '' });
  if (!answer.ok) {
    showStatus(status, 'error', answer.message);
    return;
  }
  if (answer.value.open) showOpen(answer.value.open);
  else showStart(answer.value.last);
}

// ---- start -------------------------------------------------------------------------------------------

function fieldError(field: string, text: string): void {
  const box = document.querySelector<HTMLElement>(`.field[data-field="${field}"]`);
  const err = document.getElementById(`${field}-error`);
  if (!box || !err) return;
  box.classList.toggle('invalid', text !== '');
  err.textContent = text;
}

function showErrors(errors: readonly FieldErrorDto[], fields: readonly string[]): string[] {
  for (const f of fields) fieldError(f, '');
  const unplaced: string[] = [];
  for (const e of errors) {
    if (fields.indexOf(e.field) >= 0) fieldError(e.field, e.message);
    else unplaced.push(e.message);
  }
  return unplaced;
}

async function onStart(event: Event): Promise<void> {
  event.preventDefault();
  if (busy) return;
  const button = $<HTMLButtonElement>('start');
  busy = true;
  button.disabled = true;
  button.textContent = tr('st.starting');
  try {
    const answer = await call('startStocktake', { scope: $<HTMLInputElement>('scope').value, note: $<HTMLInputElement>('note').value });
    if (answer.ok) {
      showStatus(status, 'ok', answer.message);
      $<HTMLFormElement>('start-form').reset();
      showOpen(answer.value);
    } else {
      const unplaced = showErrors(answer.errors, ['scope', 'note']);
      showStatus(status, 'error', unplaced.join('\n') || answer.message);
      // Another librarian started one meanwhile: join it.
      if (answer.errors.some((e) => e.key === 'stocktake.error.alreadyOpen')) await loadState();
    }
  } catch (error) {
    showStatus(status, 'error', errorText(error));
  } finally {
    busy = false;
    button.disabled = false;
    button.textContent = tr('st.start');
  }
}

// ---- scanning ------------------------------------------------------------------------------------------

function addProblem(kind: 'dup' | 'unknown' | 'writtenOff' | 'bad', text: string): void {
  const li = document.createElement('li');
  li.className = kind;
  li.textContent = text;
  const list = $('problems');
  list.insertBefore(li, list.firstChild);
  $('problems-box').hidden = false;
}

function showScan(value: StocktakeProgressDto): void {
  const line = $('last-scan');
  line.textContent = value.recorded.length ? tr('st.recorded', { count: value.recorded.length }) : tr('st.recorded.none');
  line.hidden = false;
  if (value.duplicates.length) addProblem('dup', tr('st.duplicates', { nos: value.duplicates.join(', ') }));
  if (value.unknown.length) addProblem('unknown', tr('st.unknown', { nos: value.unknown.join(', ') }));
  if (value.writtenOff.length) {
    addProblem('writtenOff', tr('st.writtenOff', { items: value.writtenOff.map((w) => tr('st.writtenOffItem', { no: w.inventoryNo, act: w.actNo })).join(', ') }));
  }
  if (value.open) {
    open = value.open;
    $('found-count').textContent = tr('st.foundSoFar', { count: value.open.foundCount });
  }
}

/** The next chunk of the queue: whole tokens, at most the server's limit of numbers. */
function takeChunk(): string {
  const tokens = queue.splice(0).join('\n').split(/[\s,;]+/).filter((s) => s);
  const chunk: string[] = [];
  let count = 0;
  while (tokens.length) {
    const n = parseScans(tokens[0]).numbers.length;
    if (chunk.length && count + n > STOCKTAKE_LIMITS.scan) break;
    chunk.push(tokens.shift()!);
    count += n;
  }
  if (tokens.length) queue.unshift(tokens.join('\n'));
  return chunk.join('\n');
}

function updateScanState(): void {
  document.body.dataset.busy = busy ? 'true' : 'false';
  const waiting = parseScans(queue.join('\n')).numbers.length;
  $('scan-state').textContent = busy ? (waiting ? `${tr('st.recording')} ${tr('st.queued', { count: waiting })}` : tr('st.recording')) : '';
}

/** Takes what is in the box, queues it and sends the queue, one call at a time. */
function enqueue(): void {
  const text = scanBox.value;
  scanBox.value = '';
  const { bad } = parseScans(text);
  if (bad.length) addProblem('bad', tr('error.inventoryList', { items: bad.slice(0, 10).join(', ') }));
  const good = text
    .split(/[\s,;]+/)
    .filter((tok) => tok && parseScans(tok).bad.length === 0)
    .join('\n');
  if (good) queue.push(good);
  void pump();
}

async function pump(): Promise<void> {
  if (busy || !open) return;
  busy = true;
  let chunk = '';
  try {
    while (queue.length && open) {
      chunk = takeChunk();
      updateScanState();
      const answer = await call('recordStocktakeFound', { stocktakeId: open.id, inventoryNos: chunk });
      if (answer.ok) {
        chunk = '';
        showScan(answer.value);
        showStatus(status, 'none');
      } else if (aboutTheStocktake(answer.errors)) {
        // Finished by someone else, or gone: nothing of it was written; what is open now?
        showStatus(status, 'error', answer.message);
        queue.length = 0;
        chunk = '';
        await loadState();
      } else {
        showStatus(status, 'error', answer.message);
        break;
      }
    }
  } catch (error) {
    showStatus(status, 'error', errorText(error));
  } finally {
    // What was not recorded goes back into the box, with what waited behind it, to send again.
    const unsent = [chunk, ...queue.splice(0)].filter((x) => x).join('\n');
    if (unsent) scanBox.value = [unsent, scanBox.value].filter((x) => x).join('\n');
    busy = false;
    updateScanState();
  }
}

// ---- finishing -------------------------------------------------------------------------------------------

function showPreview(value: StocktakeResultDto): void {
  $('c-fund').textContent = String(value.fundCount);
  $('c-found').textContent = String(value.foundCount);
  $('c-onLoan').textContent = String(value.onLoanCount);
  $('c-missing').textContent = String(value.missingCount);
  $('c-sum').textContent = money(value.missingSum);
  const list = $('missing-list');
  list.textContent = '';
  for (const c of value.missing) {
    const li = document.createElement('li');
    const no = document.createElement('span');
    no.className = 'no';
    no.textContent = `№ ${c.inventoryNo}`;
    li.append(no, ` ${c.authorTitle}${c.year ? `, ${c.year}` : ''} · ${money(c.price)}`);
    list.appendChild(li);
  }
  list.hidden = value.missing.length === 0;
  const more = value.missingCount - value.missing.length;
  $('missing-more').hidden = more <= 0;
  $('missing-more').textContent = more > 0 ? tr('st.missingMore', { count: more }) : '';
  $('none-missing').hidden = value.missingCount > 0;
  $('not-in-fund').hidden = value.notInFund.length === 0;
  $('not-in-fund').textContent = value.notInFund.length ? tr('st.notInFund', { count: value.notInFund.length }) : '';
  $('preview-box').hidden = false;
}

async function onPreview(): Promise<void> {
  if (!open) return;
  const button = $<HTMLButtonElement>('preview');
  button.disabled = true;
  showStatus(status, 'info', tr('st.previewing'));
  try {
    const answer = await call('finishStocktake', { stocktakeId: open.id, confirm: false, commission: '', approvedBy: '' });
    if (answer.ok) {
      showStatus(status, 'none');
      showPreview(answer.value);
      $('c-missing').scrollIntoView({ block: 'start' });
    } else {
      showStatus(status, 'error', answer.message);
      if (aboutTheStocktake(answer.errors)) await loadState();
    }
  } catch (error) {
    showStatus(status, 'error', errorText(error));
  } finally {
    button.disabled = false;
  }
}

function showDone(value: StocktakeResultDto): void {
  showStatus(status, 'ok', tr('st.finished', { id: value.stocktake.id, found: value.foundCount, onLoan: value.onLoanCount, missing: value.missingCount }));
  const link = $<HTMLAnchorElement>('doc-link');
  link.href = value.docUrl;
  link.textContent = tr('st.openDoc', { name: value.docName });
  $('numbers-field').hidden = value.missingCount === 0;
  $<HTMLTextAreaElement>('missing-numbers').value = value.missingNumbers;
  $('copied').textContent = '';
  open = null;
  show('done');
}

async function onFinish(event: Event): Promise<void> {
  event.preventDefault();
  if (!open || busy) return;
  const commission = $<HTMLTextAreaElement>('commission').value;
  if (!commission.trim()) {
    fieldError('commission', tr('error.commission'));
    $('commission').focus();
    return;
  }
  const button = $<HTMLButtonElement>('finish');
  busy = true;
  button.disabled = true;
  button.textContent = tr('st.finishing');
  $('finish-form').setAttribute('aria-busy', 'true');
  try {
    const answer = await call('finishStocktake', { stocktakeId: open.id, confirm: true, commission, approvedBy: $<HTMLInputElement>('approvedBy').value });
    if (answer.ok) showDone(answer.value);
    else {
      const unplaced = showErrors(answer.errors, ['commission', 'approvedBy']);
      showStatus(status, 'error', unplaced.join('\n') || answer.message);
      if (aboutTheStocktake(answer.errors)) await loadState();
    }
  } catch (error) {
    showStatus(status, 'error', errorText(error));
  } finally {
    busy = false;
    button.disabled = false;
    button.textContent = tr('st.finish');
    $('finish-form').setAttribute('aria-busy', 'false');
  }
}

async function copyNumbers(): Promise<void> {
  const box = $<HTMLTextAreaElement>('missing-numbers');
  box.focus();
  box.select();
  let copied = false;
  try {
    await navigator.clipboard.writeText(box.value);
    copied = true;
  } catch {
    copied = document.execCommand('copy');
  }
  $('copied').textContent = copied ? tr('st.copied') : '';
}

// ---- wiring --------------------------------------------------------------------------------------------

async function start(): Promise<void> {
  translatePage(lang);
  showStatus(status, 'info', tr('st.loading'));
  try {
    ctx = await call('getSidebarContext');
    lang = ctx.lang;
    translatePage(lang);
    if (!ctx.setUp) {
      showStatus(status, 'error', tr('error.notSetUp'));
    } else {
      showStatus(status, 'none');
      await loadState();
    }
    document.body.dataset.ready = 'true'; // the context has answered: the sidebar speaks her language
  } catch (error) {
    showStatus(status, 'error', tr('error.network', { message: errorText(error) }));
  }
}

$('start-form').addEventListener('submit', (e) => void onStart(e));
$('scan-form').addEventListener('submit', (e) => {
  e.preventDefault();
  enqueue();
});
scanBox.addEventListener('keydown', (e) => {
  // A scanner types the number and Enter: each line goes at once. Shift+Enter makes a new line by hand.
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    enqueue();
  }
});
$('preview').addEventListener('click', () => void onPreview());
$('finish-form').addEventListener('submit', (e) => void onFinish(e));
$('commission').addEventListener('input', () => fieldError('commission', ''));
$('copy').addEventListener('click', () => void copyNumbers());
$('missing-numbers').addEventListener('focus', () => $<HTMLTextAreaElement>('missing-numbers').select());
$('new-stocktake').addEventListener('click', () => {
  showStatus(status, 'none');
  void loadState();
});
void start();
