/**
 * New school year: re-registration sidebar. Opened, it asks the server for the preview (nothing is
 * written): the school year, class by class how many pupils move up ("5А → 6А: 24"), the 11th classes
 * that leave, the leavers who still have books (by name: she should get the books back), the pupils whose
 * class cannot be read (left as they are: she corrects the class in the sheet and refreshes), how many
 * readers get today's re-registration date. One button starts the year; the answer says what was written.
 * A year already started shows only that. A refusal (started meanwhile on another computer, or the year
 * changed since the preview) is said and the preview is asked again.
 */
import type { SchoolYearDoneDto, SchoolYearPreviewDto } from '../../api';
import { LEAVER_NOTE } from '../../domain/school-year';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, showStatus, startSidebar, translatePage } from '../shared/client';
import { runSubmit, submitting } from '../shared/form';

let lang: Lang = 'kk';
let preview: SchoolYearPreviewDto | null = null;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const panels = { preview: $('preview-panel'), done: $('done-panel') };
const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const starting = submitting($<HTMLButtonElement>('start'), { idle: () => (preview ? tr('sy.start', { year: preview.schoolYear }) : ''), busy: () => tr('sy.starting') }, {
  also: (on) => ($<HTMLButtonElement>('refresh').disabled = on),
});
const refreshing = submitting($<HTMLButtonElement>('refresh'), { idle: () => tr('sy.refresh'), busy: () => tr('sy.refresh') });

function show(panel: keyof typeof panels): void {
  for (const [name, el] of Object.entries(panels)) el.hidden = name !== panel;
}

function cell(row: HTMLTableRowElement, text: string, cls = ''): void {
  const td = row.insertCell();
  td.textContent = text;
  if (cls) td.className = cls;
}

function items(list: HTMLElement, texts: readonly string[]): void {
  list.textContent = '';
  for (const text of texts) {
    const li = document.createElement('li');
    li.textContent = text;
    list.appendChild(li);
  }
}

// ---- the preview -------------------------------------------------------------------------------------

function showPreview(p: SchoolYearPreviewDto): void {
  preview = p;
  show('preview');
  $('year-title').textContent = tr('sy.title', { year: p.schoolYear });
  $('last').textContent = p.lastReRegistration ? tr('sy.last', { year: p.lastReRegistration }) : tr('sy.last.never');
  $('plan').hidden = p.alreadyDone;
  if (p.alreadyDone) return;

  const moves = $<HTMLTableSectionElement>('move-rows');
  moves.textContent = '';
  for (const m of p.moveUp) {
    const row = moves.insertRow();
    cell(row, m.from, 'grade');
    cell(row, '→', 'arrow');
    cell(row, m.to, 'grade');
    cell(row, String(m.readers), 'n');
  }
  $('moved-total').textContent = String(p.movedUp);
  $('move-table').hidden = p.moveUp.length === 0;
  $('no-pupils').hidden = p.moveUp.length > 0;

  $('leavers-count').textContent = String(p.leavers);
  const leavers = $<HTMLTableSectionElement>('leaver-rows');
  leavers.textContent = '';
  for (const c of p.leaverClasses) {
    const row = leavers.insertRow();
    cell(row, c.from, 'grade');
    cell(row, '→', 'arrow');
    cell(row, tr('sy.leaves'), 'leaves');
    cell(row, String(c.readers), 'n');
  }
  $('leaver-table').hidden = p.leavers === 0;
  $('leavers-note').hidden = p.leavers === 0;
  $('leavers-note').textContent = tr('sy.leavers.note', { note: `${p.schoolYear}: ${LEAVER_NOTE}` });
  $('no-leavers').hidden = p.leavers > 0;

  $('loans-box').hidden = p.leaversWithLoans.length === 0;
  $('loans-title').textContent = tr('sy.withLoans', { count: p.leaversWithLoans.length });
  items(
    $('loans-list'),
    p.leaversWithLoans.map((r) => tr('sy.withLoans.item', { ticketNo: r.ticketNo, name: r.fullName, grade: r.grade, count: r.onLoan })),
  );

  $('unreadable-box').hidden = p.unreadable.length === 0;
  $('unreadable-title').textContent = tr('sy.unreadable', { count: p.unreadable.length });
  items(
    $('unreadable-list'),
    p.unreadable.map((r) =>
      r.grade.trim() ? tr('sy.unreadable.item', { ticketNo: r.ticketNo, name: r.fullName, grade: r.grade }) : tr('sy.unreadable.empty', { ticketNo: r.ticketNo, name: r.fullName }),
    ),
  );

  $('others').textContent = String(p.others);
  $('joined').textContent = String(p.joined);
  $('joined-row').hidden = p.joined === 0;
  $('reRegistered').textContent = String(p.reRegistered);
  starting.set(false);
}

/** Asks the server for the preview; `keepStatus` leaves a refusal she must read on the screen. */
async function loadPreview(keepStatus = false): Promise<void> {
  if (!keepStatus) showStatus(status, 'info', tr('sy.previewing'));
  await runSubmit({
    button: refreshing,
    status,
    send: () => call('previewNewSchoolYear'),
    done: (value, message) => {
      // Already started: the server's message says so.
      if (value.alreadyDone) showStatus(status, 'info', message);
      else if (!keepStatus) showStatus(status, 'none');
      showPreview(value);
    },
  });
}

// ---- start ------------------------------------------------------------------------------------------

function showDone(value: SchoolYearDoneDto, message: string): void {
  showStatus(status, 'ok', message);
  $('done-title').textContent = tr('sy.title', { year: value.schoolYear });
  $('d-movedUp').textContent = String(value.movedUp);
  $('d-leavers').textContent = String(value.leavers);
  $('d-reRegistered').textContent = String(value.reRegistered);
  $('d-unreadable').textContent = String(value.unreadable);
  $('d-unreadable-row').hidden = value.unreadable === 0;
  $('d-unreadable-hint').hidden = value.unreadable === 0;
  preview = null;
  show('done');
}

async function onStart(): Promise<void> {
  if (!preview || preview.alreadyDone) return;
  const schoolYear = preview.schoolYear;
  await runSubmit({
    button: starting,
    status,
    send: () => call('startNewSchoolYear', { schoolYear }),
    done: (value, message) => showDone(value, message),
    refusedText: (answer) => answer.message,
    // Started meanwhile, or another year now: what is the state?
    refused: (answer) => (answer.errors.some((e) => e.key === 'schoolYear.error.stale' || e.key === 'schoolYear.error.alreadyDone') ? loadPreview(true) : undefined),
  });
}

// ---- wiring -----------------------------------------------------------------------------------------

function start(): Promise<void> {
  return startSidebar({
    status,
    apply: (l) => {
      lang = l;
      translatePage(lang);
    },
    ready: async (c) => {
      if (c.setUp) await loadPreview();
    },
  });
}

$('start').addEventListener('click', () => void onStart());
$('refresh').addEventListener('click', () => void loadPreview());
void start();
