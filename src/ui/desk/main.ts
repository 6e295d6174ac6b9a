/**
 * The circulation desk sidebar: two tabs, Issue and Return, keyboard first (a queue of pupils waits).
 *
 * Issue: the reader box (a ticket number, words of the name in any letters, or a class) is searched as
 * she types and on Enter; Enter chooses the highlighted reader (the first, ↑/↓ move). The reader's card
 * (getReaderCard) shows the books on hand, overdue ones in red with their days, each with "Renew". The
 * scan box takes what a keyboard-wedge scanner types (a number, or "INV:000123" from a label's QR) and
 * its Enter: each Enter adds the copy to the pending list, with no server call; Enter in the empty box
 * (or the button, or Ctrl+Enter) issues them all at once. Refusals come back per copy and show under
 * that copy; the overdue warning (error.readerOverdue) asks "Issue anyway" / "Cancel". On success the
 * card gets the new loans, the list empties and the cursor goes back to the reader box for the next pupil.
 *
 * Return: each Enter adds a copy with its condition (fine / damaged, a damaged one asks for a note);
 * Enter in the empty box returns them; the answer lists each copy with its reader and, when late, the
 * days late. Copies scanned while a call is on its way stay in the list for the next one.
 */
import type { FieldErrorDto, IssueFormDto, LoanDto, ReaderCardDto, ReaderHitDto, ReturnedDto } from '../../api';
import { COPY_CONDITIONS, READER_CATEGORIES, READER_STATUSES } from '../../../sheets-template/options';
import { parseInventoryList } from '../../domain/writeoff';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, errorText, showStatus, startSidebar, translatePage } from '../shared/client';
import { enterKeys, submitting } from '../shared/form';
import { dayText } from '../shared/format';
import type { Desk } from './context';
import { button, docLink, el } from './dom';
import { lostForm } from './lost';
import { reservations } from './reservations';
import { groupVisits, readerVisits } from './visits';

const HITS = 20;
const DEBOUNCE_MS = 250;
const OVERDUE_WARNING = 'error.readerOverdue';

type Mode = 'issue' | 'return' | 'visit';
const MODES: readonly Mode[] = ['issue', 'return', 'visit'];
const RETURN_CONDITIONS = COPY_CONDITIONS.filter((c): c is Extract<(typeof COPY_CONDITIONS)[number], { code: Condition }> => c.code !== 'lost');
type Condition = 'fine' | 'damaged';
interface ReturnItem {
  no: number;
  condition: Condition;
  note: string;
  error: string;
  noteError: string;
}

let lang: Lang = 'kk';
let mode: Mode = 'issue';

// the reader search
let hits: ReaderHitDto[] = [];
let active = 0;
let hitsQuery: string | null = null;
let searchSeq = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

// the reader at the desk
let card: ReaderCardDto | null = null;
let cardSeq = 0;
let fresh = new Set<number>(); // loan ids issued just now
const renewNotes = new Map<number, { ok: boolean; text: string }>(); // by loan id
const renewing = new Set<number>();

// the scans
let pending: number[] = [];
const pendingErrors = new Map<number, string[]>();
let returns: ReturnItem[] = [];
/** The form the overdue warning is about (sent again with overrideOverdue). */
let warned: IssueFormDto | null = null;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const tabs = { issue: $<HTMLButtonElement>('tab-issue'), return: $<HTMLButtonElement>('tab-return'), visit: $<HTMLButtonElement>('tab-visit') };
const panels = { issue: $('issue-panel'), return: $('return-panel'), visit: $('visit-panel') };
const readerBox = $<HTMLInputElement>('reader');
const hitsList = $<HTMLOListElement>('hits');
const hitsNote = $('hits-note');
const cardBox = $('card');
const cardNote = $('card-note');
const issueForm = $<HTMLFormElement>('issue-form');
const issueScan = $<HTMLInputElement>('issue-scan');
const issueErrors = $('issue-errors');
const dueBox = $<HTMLInputElement>('dueOn');
const warning = $('warning');
const returnForm = $<HTMLFormElement>('return-form');
const returnScan = $<HTMLInputElement>('return-scan');
const returnErrors = $('return-errors');

const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const issuing = submitting($<HTMLButtonElement>('issue'), { idle: () => tr('desk.issue', { count: pending.length }), busy: () => tr('desk.issuing') }, { form: issueForm });
const returning = submitting($<HTMLButtonElement>('return'), { idle: () => tr('desk.return', { count: returns.length }), busy: () => tr('desk.returning') }, { form: returnForm });

const desk: Desk = {
  lang: () => lang,
  tr,
  status,
  card: () => card,
  reloadCard: () => (card ? loadCard(card.reader.ticketNo, false) : Promise.resolve()),
  renderCard: () => renderCard(),
};
const visitButtons = readerVisits(desk, $('visit-buttons'));
const visitForm = groupVisits(desk);
const reserved = reservations(desk);
const lost = lostForm(desk);
let formularBusy = false;

function title(list: ReadonlyArray<{ code: string; title: Readonly<Record<Lang, string>> }>, code: string): string {
  return list.find((o) => o.code === code)?.title[lang] ?? code;
}

/** An error line under a field: its text, and the field marked invalid (or both cleared with ''). */
function setError(line: HTMLElement, text: string): void {
  line.textContent = text;
  line.closest('.field')?.classList.toggle('invalid', text !== '');
}

// ---- tabs ------------------------------------------------------------------------------------------

function setMode(next: Mode, focus = true): void {
  mode = next;
  for (const m of MODES) {
    tabs[m].setAttribute('aria-selected', String(m === next));
    tabs[m].tabIndex = m === next ? 0 : -1;
    panels[m].hidden = m !== next;
  }
  document.body.dataset.mode = next;
  if (focus) {
    showStatus(status, 'none'); // what the other tab said is about the other tab
    focusMode();
  }
}

/** The field she needs next in this mode. */
function focusMode(): void {
  if (mode === 'return') returnScan.focus();
  else if (mode === 'visit') visitForm.focus();
  else if (card) issueScan.focus();
  else readerBox.focus();
}

// ---- finding the reader ---------------------------------------------------------------------------

function normalise(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

function hitMeta(h: ReaderHitDto): HTMLElement {
  const meta = el('div', 'meta');
  const who = h.grade || title(READER_CATEGORIES, h.category);
  meta.append(el('span', 'grade', who), el('span', 'ticket', tr('desk.hit.ticket', { ticketNo: h.ticketNo })));
  if (h.onLoan) meta.append(el('span', 'on-loan', tr('desk.hit.onLoan', { count: h.onLoan })));
  if (h.overdue) meta.append(el('span', 'overdue', tr('desk.hit.overdue', { count: h.overdue })));
  if (h.status === 'left') meta.append(el('span', 'tag left', title(READER_STATUSES, 'left')));
  return meta;
}

function renderHits(open: boolean): void {
  hitsList.textContent = '';
  hits.forEach((h, i) => {
    const li = el('li', 'hit');
    li.id = `hit-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', String(i === active));
    li.dataset.ticket = String(h.ticketNo);
    li.append(el('div', 'name', h.fullName), hitMeta(h));
    li.addEventListener('mousedown', (e) => e.preventDefault()); // the cursor stays in the box
    li.addEventListener('click', () => void choose(h));
    hitsList.appendChild(li);
  });
  const shown = open && hits.length > 0;
  hitsList.hidden = !shown;
  readerBox.setAttribute('aria-expanded', String(shown));
  if (shown) readerBox.setAttribute('aria-activedescendant', `hit-${active}`);
  else readerBox.removeAttribute('aria-activedescendant');
}

function setActive(i: number): void {
  if (!hits.length) return;
  active = (i + hits.length) % hits.length;
  renderHits(true);
  $(`hit-${active}`).scrollIntoView({ block: 'nearest' });
}

async function searchReaders(raw: string): Promise<void> {
  clearTimeout(timer);
  const query = normalise(raw);
  if (!query) {
    searchSeq++;
    hits = [];
    hitsQuery = null;
    hitsNote.hidden = true;
    renderHits(false);
    return;
  }
  if (query === hitsQuery) {
    renderHits(true);
    return;
  }
  const mine = ++searchSeq;
  hitsNote.textContent = tr('desk.searching');
  hitsNote.hidden = false;
  try {
    const result = await call('findReaders', { query, limit: HITS });
    if (mine !== searchSeq) return; // she typed on meanwhile
    setError($('reader-error'), result.ok ? '' : result.message);
    hits = result.ok ? result.value : [];
    hitsQuery = result.ok ? query : null;
    active = 0;
    hitsNote.textContent = result.ok && !hits.length ? tr('desk.noReaders', { query }) : '';
    hitsNote.hidden = !hitsNote.textContent;
    renderHits(true);
  } catch (error) {
    if (mine !== searchSeq) return;
    hitsNote.hidden = true;
    showStatus(status, 'error', tr('error.network', { message: errorText(error) }));
  }
}

/** Enter in the reader box: the search brought up to date, then the highlighted reader chosen. */
async function enterReader(): Promise<void> {
  await searchReaders(readerBox.value);
  // Chosen only if the hits are of what the box says now (she may have typed on meanwhile).
  if (hits.length && normalise(readerBox.value) === hitsQuery) await choose(hits[Math.min(active, hits.length - 1)]);
}

async function choose(hit: ReaderHitDto): Promise<void> {
  renderHits(false);
  await loadCard(hit.ticketNo);
}

// ---- the reader's card ----------------------------------------------------------------------------

function byDue(a: LoanDto, b: LoanDto): number {
  return a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.loanId - b.loanId;
}

/** The card's counts after loans came or went here. */
function recount(c: ReaderCardDto): void {
  c.loans.sort(byDue);
  c.reader.onLoan = c.loans.length;
  c.reader.overdue = c.loans.filter((l) => l.daysOverdue > 0).length;
}

/** The card of this reader from the server; `focus`: the cursor to the scan box (not after a change made on the card). */
async function loadCard(ticketNo: number, focus = true): Promise<void> {
  const mine = ++cardSeq;
  if (card?.reader.ticketNo !== ticketNo) {
    cardBox.hidden = true;
    hideWarning();
    clearIssueErrors();
  }
  cardNote.textContent = tr('desk.card.loading');
  cardNote.hidden = false;
  try {
    const result = await call('getReaderCard', ticketNo);
    if (mine !== cardSeq) return;
    cardNote.hidden = true;
    if (!result.ok) {
      setError($('reader-error'), result.message);
      readerBox.focus();
      return;
    }
    const changed = card?.reader.ticketNo !== ticketNo;
    card = result.value;
    if (changed) {
      fresh = new Set();
      renewNotes.clear();
      dueBox.value = '';
      $('formular-note').hidden = true;
      reserved.reset();
      lost.close();
      showStatus(status, 'none');
    }
    renderCard();
    if (focus) issueScan.focus();
  } catch (error) {
    if (mine !== cardSeq) return;
    cardNote.hidden = true;
    showStatus(status, 'error', tr('error.network', { message: errorText(error) }));
  }
}

function renderCard(): void {
  if (!card) {
    cardBox.hidden = true;
    return;
  }
  const c = card;
  $('card-name').textContent = c.reader.fullName;
  const meta = $('card-meta');
  meta.textContent = '';
  meta.append(hitMeta({ ...c.reader, onLoan: 0, overdue: 0 }));
  const counts = $('card-counts');
  counts.textContent = tr('desk.card.counts', { onLoan: c.reader.onLoan, limit: c.loanLimit });
  if (c.reader.overdue) counts.append(' ', el('span', 'overdue', tr('desk.hit.overdue', { count: c.reader.overdue })));
  $('due-hint').textContent = tr('desk.due.hint', { days: c.loanPeriodDays });
  const list = $('loans');
  list.textContent = '';
  for (const loan of c.loans) list.appendChild(loanItem(loan));
  $('loans-none').hidden = c.loans.length > 0;
  visitButtons.render();
  $<HTMLButtonElement>('formular').disabled = formularBusy;
  reserved.render();
  cardBox.hidden = false;
  cardBox.dataset.ticket = String(c.reader.ticketNo);
}

function loanItem(loan: LoanDto): HTMLLIElement {
  const li = el('li', 'loan');
  li.dataset.inv = String(loan.inventoryNo);
  li.classList.toggle('overdue', loan.daysOverdue > 0);
  li.classList.toggle('fresh', fresh.has(loan.loanId));
  const head = el('div', 'loan-head');
  head.append(el('span', 'no', `№ ${loan.inventoryNo}`));
  if (fresh.has(loan.loanId)) head.append(el('span', 'tag new', tr('desk.loan.new')));
  li.append(head, el('div', 'desc', loan.description));
  const line = el('div', 'loan-line');
  const due = el('span', 'due', tr('desk.loan.due', { date: dayText(loan.dueOn) }));
  line.append(due);
  if (loan.daysOverdue > 0) line.append(el('span', 'days', tr('desk.loan.overdue', { days: loan.daysOverdue })));
  const renew = el('button', 'small renew', renewing.has(loan.loanId) ? tr('desk.loan.renewing') : tr('desk.loan.renew'));
  renew.type = 'button';
  renew.disabled = renewing.has(loan.loanId);
  renew.addEventListener('click', () => void renewLoan(loan));
  const lostButton = button(tr('desk.loan.lost'), 'small lost', () => (lost.isOpen(loan.inventoryNo) ? lost.close() : lost.open(loan)));
  lostButton.setAttribute('aria-expanded', String(lost.isOpen(loan.inventoryNo)));
  line.append(renew, lostButton);
  li.append(line);
  const note = renewNotes.get(loan.loanId);
  if (note) li.append(el('div', `renew-note ${note.ok ? 'ok' : 'error'}`, note.text));
  lost.attach(li, loan);
  return li;
}

async function renewLoan(loan: LoanDto): Promise<void> {
  if (renewing.has(loan.loanId)) return;
  renewing.add(loan.loanId);
  renewNotes.delete(loan.loanId);
  renderCard();
  try {
    const result = await call('renewLoan', { inventoryNo: loan.inventoryNo, dueOn: '' });
    if (result.ok) {
      if (card) {
        card.loans = card.loans.map((l) => (l.loanId === loan.loanId ? result.value.loan : l));
        recount(card);
      }
      renewNotes.set(loan.loanId, { ok: true, text: result.message });
    } else {
      renewNotes.set(loan.loanId, { ok: false, text: messages(result.errors, result.message) });
    }
  } catch (error) {
    renewNotes.set(loan.loanId, { ok: false, text: tr('error.network', { message: errorText(error) }) });
  } finally {
    renewing.delete(loan.loanId);
    renderCard();
  }
}

/** The reader's formular as a Doc for the paper file: made on the server, linked under the card's head. */
async function printFormular(): Promise<void> {
  if (!card || formularBusy) return;
  const ticketNo = card.reader.ticketNo;
  const note = $('formular-note');
  formularBusy = true;
  renderCard();
  note.hidden = false;
  note.className = 'doc-note';
  note.textContent = tr('desk.card.formularMaking');
  try {
    const result = await call('printFormular', ticketNo);
    if (card?.reader.ticketNo !== ticketNo) return;
    note.textContent = '';
    if (result.ok) note.append(tr('desk.card.formularReady'), ' ', docLink(result.value.name, result.value.url));
    else {
      note.className = 'doc-note error';
      note.textContent = result.message;
    }
  } catch (error) {
    note.className = 'doc-note error';
    note.textContent = tr('error.network', { message: errorText(error) });
  } finally {
    formularBusy = false;
    renderCard();
  }
}

function messages(errors: readonly FieldErrorDto[], message: string): string {
  const list = errors.map((e) => e.message).filter((m, i, all) => m && all.indexOf(m) === i);
  return (list.length ? list : [message]).join('\n');
}

// ---- scans --------------------------------------------------------------------------------------------

/** What one Enter in a scan box brought: the numbers, or what is not a number (the server's parser). */
function scanned(box: HTMLInputElement, line: HTMLElement): number[] | null {
  const { numbers, bad } = parseInventoryList(box.value);
  if (bad.length) {
    setError(line, tr('error.inventoryList', { items: bad.slice(0, 5).join(', ') }));
    box.select();
    return null;
  }
  box.value = '';
  return numbers;
}

function onIssueScan(): void {
  if (!issueScan.value.trim()) {
    void issue(false);
    return;
  }
  const numbers = scanned(issueScan, issueErrors);
  if (!numbers) return;
  const twice = numbers.filter((n) => pending.indexOf(n) >= 0);
  pending.push(...numbers.filter((n) => pending.indexOf(n) < 0));
  setError(issueErrors, twice.length ? tr('desk.scan.already', { no: twice.join(', ') }) : '');
  renderPending();
}

function removePending(no: number): void {
  pending = pending.filter((n) => n !== no);
  pendingErrors.delete(no);
  if (!pendingErrors.size) setError(issueErrors, '');
  renderPending();
  issueScan.focus();
}

function renderPending(): void {
  const list = $('pending');
  list.textContent = '';
  for (const no of pending) {
    const li = el('li', 'scan-item');
    li.dataset.inv = String(no);
    const errors = pendingErrors.get(no) ?? [];
    li.classList.toggle('refused', errors.length > 0);
    const row = el('div', 'scan-row');
    row.append(el('span', 'no', `№ ${no}`), removeButton(no, () => removePending(no)));
    li.append(row);
    if (errors.length) li.append(el('div', 'item-error', errors.join('\n')));
    list.appendChild(li);
  }
  $('pending-count').textContent = tr('desk.pending', { count: pending.length });
  $('pending-box').hidden = pending.length === 0;
  // The due date and the button come with the first copy (or stay while a refusal or the warning shows).
  $('issue-more').hidden = pending.length === 0 && warning.hidden && !$('dueOn-error').textContent;
  if (!issuing.busy) issuing.set(false); // the count on the button
}

function removeButton(no: number, remove: () => void): HTMLButtonElement {
  const b = el('button', 'remove', '×');
  b.type = 'button';
  b.title = tr('desk.remove', { no });
  b.setAttribute('aria-label', b.title);
  b.addEventListener('click', remove);
  return b;
}

function clearIssueErrors(): void {
  pendingErrors.clear();
  setError(issueErrors, '');
  setError($('dueOn-error'), '');
}

// ---- issue --------------------------------------------------------------------------------------------

async function issue(override: boolean): Promise<void> {
  if (issuing.busy) return;
  if (!card) {
    setError($('reader-error'), tr('desk.chooseReader'));
    readerBox.focus();
    return;
  }
  const dto: IssueFormDto = override && warned ? { ...warned, overrideOverdue: true } : { ticketNo: card.reader.ticketNo, inventoryNos: pending.join(' '), dueOn: dueBox.value, overrideOverdue: false };
  hideWarning();
  clearIssueErrors();
  renderPending();
  if (!dto.inventoryNos) {
    setError(issueErrors, tr('desk.noCopies'));
    issueScan.focus();
    return;
  }
  if (dueBox.validity.badInput) {
    setError($('dueOn-error'), tr('error.date'));
    dueBox.focus();
    return;
  }
  const sent = parseInventoryList(dto.inventoryNos).numbers;
  showStatus(status, 'none');
  issuing.set(true);
  try {
    const result = await call('issueCopies', dto);
    if (result.ok) {
      if (card && card.reader.ticketNo === result.value.ticketNo) {
        card.loans = [...card.loans, ...result.value.loans];
        recount(card);
      }
      fresh = new Set(result.value.loans.map((l) => l.loanId));
      pending = pending.filter((n) => sent.indexOf(n) < 0); // scanned while it was on its way: kept
      dueBox.value = '';
      showStatus(status, 'ok', result.message);
      renderCard();
      renderPending();
      // The next pupil in the queue: the reader box, its text selected to be typed over.
      status.scrollIntoView({ block: 'start' });
      readerBox.focus({ preventScroll: true });
      readerBox.select();
    } else if (result.errors.length === 1 && result.errors[0].key === OVERDUE_WARNING) {
      showWarning(result.message, dto);
    } else {
      showIssueErrors(result.errors);
    }
  } catch (error) {
    showStatus(status, 'error', tr('error.network', { message: errorText(error) }));
  } finally {
    issuing.set(false);
  }
}

/** The refusals: each copy's under it; the due date's under it; the rest (the reader, the limit) under the scan box. */
function showIssueErrors(errors: readonly FieldErrorDto[]): void {
  const general: string[] = [];
  for (const e of errors) {
    if (e.field === 'dueOn') {
      setError($('dueOn-error'), e.message);
      continue;
    }
    const p = e.params ?? {};
    const nos = p.no !== undefined ? [Number(p.no)] : p.nos !== undefined ? String(p.nos).split(/,\s*/).map(Number) : [];
    if (e.field === 'inventoryNos' && nos.length && nos.every((n) => pending.indexOf(n) >= 0)) {
      for (const n of nos) {
        const text = nos.length === 1 ? e.message : t(lang, e.key, { ...p, nos: n });
        pendingErrors.set(n, [...(pendingErrors.get(n) ?? []), text]);
      }
    } else if (general.indexOf(e.message) < 0) {
      general.push(e.message);
    }
  }
  setError(issueErrors, general.join('\n'));
  if (pendingErrors.size) issueErrors.closest('.field')?.classList.add('invalid');
  renderPending();
  if ($('dueOn-error').textContent && !general.length && !pendingErrors.size) dueBox.focus();
  else issueScan.focus();
}

function showWarning(text: string, dto: IssueFormDto): void {
  warned = dto;
  $('warning-text').textContent = text;
  warning.hidden = false;
  $('issue-buttons').hidden = true;
  warning.scrollIntoView({ block: 'nearest' });
  $('warning-issue').focus();
}

function hideWarning(): void {
  warned = null;
  warning.hidden = true;
  $('issue-buttons').hidden = false;
}

// ---- return -------------------------------------------------------------------------------------------

function onReturnScan(): void {
  if (!returnScan.value.trim()) {
    void giveBack();
    return;
  }
  const numbers = scanned(returnScan, returnErrors);
  if (!numbers) return;
  const have = returns.map((r) => r.no);
  const twice = numbers.filter((n) => have.indexOf(n) >= 0);
  for (const no of numbers) if (have.indexOf(no) < 0) returns.push({ no, condition: 'fine', note: '', error: '', noteError: '' });
  setError(returnErrors, twice.length ? tr('desk.scan.already', { no: twice.join(', ') }) : '');
  renderReturns();
}

function renderReturns(focusNote?: ReturnItem): void {
  const list = $('returns');
  list.textContent = '';
  for (const item of returns) {
    const li = el('li', 'scan-item');
    li.dataset.inv = String(item.no);
    li.classList.toggle('refused', !!item.error);
    li.classList.toggle('damaged', item.condition === 'damaged');
    const row = el('div', 'scan-row');
    const toggle = el('div', 'condition');
    toggle.setAttribute('role', 'group');
    toggle.setAttribute('aria-label', tr('desk.condition', { no: item.no }));
    // A lost copy does not come back: it is written off from the reader's card ("Lost").
    for (const c of RETURN_CONDITIONS) {
      const b = el('button', `cond ${c.code}`, c.title[lang]);
      b.type = 'button';
      b.dataset.condition = c.code;
      b.setAttribute('aria-pressed', String(item.condition === c.code));
      b.addEventListener('click', () => setCondition(item, c.code));
      toggle.append(b);
    }
    row.append(
      el('span', 'no', `№ ${item.no}`),
      toggle,
      removeButton(item.no, () => {
        returns = returns.filter((r) => r !== item);
        renderReturns();
        returnScan.focus();
      }),
    );
    li.append(row);
    if (item.error) li.append(el('div', 'item-error', item.error));
    if (item.condition === 'damaged') {
      const note = el('input', 'note');
      note.maxLength = 300;
      note.value = item.note;
      note.placeholder = tr('desk.damage.hint');
      note.setAttribute('aria-label', tr('desk.damage'));
      note.setAttribute('aria-invalid', String(!!item.noteError));
      note.addEventListener('input', () => {
        item.note = note.value;
        if (item.noteError) {
          item.noteError = '';
          note.setAttribute('aria-invalid', 'false');
          note.nextElementSibling?.remove();
        }
      });
      li.append(note);
      if (item.noteError) li.append(el('div', 'item-error', item.noteError));
      if (item === focusNote) setTimeout(() => note.focus(), 0);
    }
    list.appendChild(li);
  }
  $('returns-count').textContent = tr('desk.returnList', { count: returns.length });
  $('returns-box').hidden = returns.length === 0;
  $('return-buttons').hidden = returns.length === 0;
  if (!returning.busy) returning.set(false);
}

function setCondition(item: ReturnItem, condition: Condition): void {
  item.condition = condition;
  item.noteError = '';
  renderReturns(condition === 'damaged' ? item : undefined);
  if (condition === 'fine') returnScan.focus();
}

async function giveBack(): Promise<void> {
  if (returning.busy) return;
  setError(returnErrors, '');
  if (!returns.length) {
    setError(returnErrors, tr('desk.noCopies'));
    returnScan.focus();
    return;
  }
  const sent = returns.slice();
  for (const item of sent) item.error = item.noteError = '';
  const noNote = sent.filter((i) => i.condition === 'damaged' && !i.note.trim());
  for (const item of noNote) item.noteError = tr('error.damageNote');
  if (noNote.length) {
    renderReturns(noNote[0]);
    return;
  }
  renderReturns();
  showStatus(status, 'none');
  returning.set(true);
  try {
    const result = await call('returnCopies', {
      items: sent.map((i) => ({ inventoryNo: i.no, condition: i.condition, conditionNote: i.condition === 'damaged' ? i.note.trim() : '' })),
    });
    if (result.ok) {
      returns = returns.filter((r) => sent.indexOf(r) < 0);
      showStatus(status, 'ok', result.message);
      showReturned(result.value);
      renderReturns();
      returnScan.focus();
    } else {
      const general: string[] = [];
      for (const e of result.errors) {
        const m = /^items\.(\d+)\.(\w+)$/.exec(e.field);
        const item = m ? sent[Number(m[1])] : undefined;
        if (item && m![2] === 'conditionNote') item.noteError = e.message;
        else if (item) item.error = item.error ? `${item.error}\n${e.message}` : e.message;
        else if (general.indexOf(e.message) < 0) general.push(e.message);
      }
      setError(returnErrors, general.join('\n'));
      if (sent.some((i) => i.error)) returnErrors.closest('.field')?.classList.add('invalid');
      const noteFirst = sent.find((i) => i.noteError && !i.error);
      renderReturns(noteFirst);
      if (!noteFirst) returnScan.focus();
    }
  } catch (error) {
    showStatus(status, 'error', tr('error.network', { message: errorText(error) }));
  } finally {
    returning.set(false);
  }
}

function showReturned(value: ReturnedDto): void {
  const list = $('returned');
  list.textContent = '';
  for (const r of value.returned) {
    const li = el('li', r.daysLate > 0 ? 'returned-item late' : 'returned-item');
    li.dataset.inv = String(r.inventoryNo);
    const head = el('div', 'loan-head');
    head.append(el('span', 'no', `№ ${r.inventoryNo}`), el('span', 'who', r.fullName));
    const tags = el('div', 'tags');
    tags.append(r.daysLate > 0 ? el('span', 'tag late', tr('desk.returned.late', { days: r.daysLate })) : el('span', 'tag on-time', tr('desk.returned.onTime')));
    if (r.condition === 'damaged') tags.append(el('span', 'tag damaged', title(COPY_CONDITIONS, 'damaged')));
    li.append(head, el('div', 'desc', r.description), tags);
    list.appendChild(li);
  }
  $('returned-box').hidden = value.returned.length === 0;
  // The card on the Issue tab no longer has these books.
  if (card) {
    const c = card;
    const back = value.returned.filter((r) => r.ticketNo === c.reader.ticketNo).map((r) => r.inventoryNo);
    if (back.length) {
      c.loans = c.loans.filter((l) => back.indexOf(l.inventoryNo) < 0);
      recount(c);
      renderCard();
    }
  }
}

// ---- start ----------------------------------------------------------------------------------------------

function translate(): void {
  translatePage(lang);
  $('tabs').setAttribute('aria-label', tr('desk.tabs'));
  renderHits(!hitsList.hidden);
  renderCard();
  renderPending();
  renderReturns();
  visitForm.translate();
  lost.translate();
}

readerBox.addEventListener('input', () => {
  clearTimeout(timer);
  setError($('reader-error'), '');
  const q = normalise(readerBox.value);
  if (!q) {
    void searchReaders('');
    return;
  }
  if (q.length < 2 && !/^\d$/.test(q)) return; // one letter finds half the school
  timer = setTimeout(() => void searchReaders(readerBox.value), DEBOUNCE_MS);
});

readerBox.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    void enterReader();
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    if (!hits.length) return;
    e.preventDefault();
    if (hitsList.hidden) renderHits(true);
    else setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
  } else if (e.key === 'Escape') {
    e.preventDefault();
    if (!hitsList.hidden) renderHits(false);
    else if (readerBox.value) {
      readerBox.value = '';
      void searchReaders('');
    }
  }
});

for (const m of MODES) tabs[m].addEventListener('click', () => setMode(m));
$('tabs').addEventListener('keydown', (e) => {
  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    e.preventDefault();
    const step = e.key === 'ArrowRight' ? 1 : MODES.length - 1;
    setMode(MODES[(MODES.indexOf(mode) + step) % MODES.length], false);
    tabs[mode].focus();
  }
});
$('formular').addEventListener('click', () => void printFormular());

issueForm.addEventListener('submit', (e) => {
  e.preventDefault();
  void issue(false);
});
// A scanner ends each number with Enter: in the scan box it adds the copy; in the date box it issues.
enterKeys(issueForm, $<HTMLButtonElement>('issue'), (target) => (target === issueScan ? onIssueScan() : target === dueBox ? void issue(false) : undefined));
issueScan.addEventListener('input', () => {
  if (issueErrors.textContent === tr('desk.noCopies')) setError(issueErrors, '');
});
dueBox.addEventListener('input', () => setError($('dueOn-error'), ''));
$('pending-clear').addEventListener('click', () => {
  pending = [];
  clearIssueErrors();
  hideWarning();
  renderPending();
  issueScan.focus();
});

$('warning-issue').addEventListener('click', () => void issue(true));
$('warning-cancel').addEventListener('click', () => {
  hideWarning();
  issueScan.focus();
});
warning.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    e.preventDefault();
    hideWarning();
    issueScan.focus();
  } else if (/^[0-9A-Za-z:]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
    // A scanner typing on: its digits (and its Enter) go to the scan box, never to "Issue anyway".
    issueScan.focus();
  }
});

returnForm.addEventListener('submit', (e) => {
  e.preventDefault();
  void giveBack();
});
enterKeys(returnForm, $<HTMLButtonElement>('return'), (target) => {
  if (target === returnScan) onReturnScan();
  else if (target.classList.contains('note')) returnScan.focus(); // the note written: back to scanning
});
$('returns-clear').addEventListener('click', () => {
  returns = [];
  setError(returnErrors, '');
  renderReturns();
  returnScan.focus();
});

setMode('issue', false);
void startSidebar({
  status,
  apply: (l) => {
    lang = l;
    translate();
  },
  ready: (ctx) => {
    dueBox.min = ctx.today;
    focusMode();
  },
});
