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
import type { FieldErrorDto, StocktakeDto, StocktakeProgressDto, StocktakeResultDto } from '../../api';
import { parseScans, STOCKTAKE_LIMITS } from '../../domain/stocktake';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, showStatus, startSidebar, translatePage } from '../shared/client';
import { errorText, fieldErrors, runSubmit, submitting } from '../shared/form';
import { dayText, sumText } from '../shared/format';

let lang: Lang = 'kk';
let open: StocktakeDto | null = null;
let busy = false;
const queue: string[] = [];

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const panels = { start: $('start-panel'), open: $('open-panel'), done: $('done-panel') };
const scanBox = $<HTMLTextAreaElement>('scan');
const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const money = (tenge: number) => tr('st.money', { sum: sumText(tenge) });
const startErrors = fieldErrors($('start-form'));
const finishErrors = fieldErrors($('finish-form'));
// Starting and finishing wait for the scans on their way (and the scans for them): one call at a time.
const starting = submitting($<HTMLButtonElement>('start'), { idle: () => tr('st.start'), busy: () => tr('st.starting') }, { also: (on) => (busy = on) });
const finishing = submitting($<HTMLButtonElement>('finish'), { idle: () => tr('st.finish'), busy: () => tr('st.finishing') }, { form: $('finish-form'), also: (on) => (busy = on) });
const previewing = submitting($<HTMLButtonElement>('preview'), { idle: () => tr('st.preview'), busy: () => tr('st.preview') });

function show(panel: keyof typeof panels): void {
  for (const [name, el] of Object.entries(panels)) el.hidden = name !== panel;
}

/** Refusals about the stock-taking itself (finished meanwhile, gone, none open): time to ask what is open. */
function aboutTheStocktake(errors: readonly FieldErrorDto[]): boolean {
  return errors.some((e) => e.key === 'stocktake.error.finished' || e.key === 'stocktake.error.unknown' || e.key === 'stocktake.error.noneOpen');
}

// ---- states ------------------------------------------------------------------------------------------

function showStart(last: StocktakeDto | null): void {
  open = null;
  show('start');
  const lastBox = $('last');
  lastBox.hidden = !last;
  if (last) {
    $('last-text').textContent = tr('st.last', { id: last.id, date: dayText(last.finishedOn) });
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
  $('open-title').textContent = tr('st.open', { id: st.id, date: dayText(st.startedOn) });
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

async function onStart(event: Event): Promise<void> {
  event.preventDefault();
  if (busy) return;
  await runSubmit({
    button: starting,
    status,
    errors: startErrors,
    send: () => call('startStocktake', { scope: $<HTMLInputElement>('scope').value, note: $<HTMLInputElement>('note').value }),
    done: (value, message) => {
      showStatus(status, 'ok', message);
      $<HTMLFormElement>('start-form').reset();
      showOpen(value);
    },
    refusedText: (answer, unplaced) => unplaced.join('\n') || answer.message,
    // Another librarian started one meanwhile: join it.
    refused: (answer) => (answer.errors.some((e) => e.key === 'stocktake.error.alreadyOpen') ? loadState() : undefined),
  });
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
  const id = open.id;
  showStatus(status, 'info', tr('st.previewing'));
  await runSubmit({
    button: previewing,
    status,
    send: () => call('finishStocktake', { stocktakeId: id, confirm: false, commission: '', approvedBy: '' }),
    done: (value) => {
      showStatus(status, 'none');
      showPreview(value);
      $('c-missing').scrollIntoView({ block: 'start' });
    },
    refusedText: (answer) => answer.message,
    refused: (answer) => (aboutTheStocktake(answer.errors) ? loadState() : undefined),
  });
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
  const id = open.id;
  const commission = $<HTMLTextAreaElement>('commission').value;
  if (!commission.trim()) {
    finishErrors.set('commission', tr('error.commission'));
    $('commission').focus();
    return;
  }
  await runSubmit({
    button: finishing,
    status,
    errors: finishErrors,
    send: () => call('finishStocktake', { stocktakeId: id, confirm: true, commission, approvedBy: $<HTMLInputElement>('approvedBy').value }),
    done: (value) => showDone(value),
    refusedText: (answer, unplaced) => unplaced.join('\n') || answer.message,
    refused: (answer) => (aboutTheStocktake(answer.errors) ? loadState() : undefined),
  });
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

function start(): Promise<void> {
  return startSidebar({
    status,
    loading: 'st.loading',
    apply: (l) => {
      lang = l;
      translatePage(lang);
    },
    ready: async (c) => {
      if (c.setUp) await loadState();
    },
  });
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
$('commission').addEventListener('input', () => finishErrors.set('commission', ''));
$('copy').addEventListener('click', () => void copyNumbers());
$('missing-numbers').addEventListener('focus', () => $<HTMLTextAreaElement>('missing-numbers').select());
$('new-stocktake').addEventListener('click', () => {
  showStatus(status, 'none');
  void loadState();
});
void start();
