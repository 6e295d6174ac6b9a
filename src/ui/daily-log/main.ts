/**
 * The daily work log sidebar (issue 5). Opened, it asks the server to recompute today's row of the log
 * from the journals (today only: cheap at any size) and shows today's figures (read-only: readers served, new readers, visits, books
 * issued in all, by reader group and by fund section, requests fulfilled, consultations, events). Another
 * day is chosen with the date (its figures as computed now, nothing written). Below, what the journals
 * cannot know: consultations and reference answers given (added to those counted) and the day's note
 * (shown as it is, replaced on save); saving recomputes the day. "Recompute the month" recomputes the
 * month of the day shown (after a loan was corrected by hand in the sheet, or a month missing from the
 * log), as the hint under it says; the quarterly and annual reports add the log up.
 */
import type { DayLogDto } from '../../api';
import { READER_GROUPS, SECTIONS } from '../../../sheets-template/options';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, showStatus, startSidebar, translatePage } from '../shared/client';
import { dayText } from '../shared/format';
import { fieldErrors, reveal, runSubmit, submitting, type FieldError } from '../shared/form';

let lang: Lang = 'kk';
let today = '';
let shown: DayLogDto | null = null;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
const dateInput = $<HTMLInputElement>('date');
const form = $<HTMLFormElement>('notes');
const errors = fieldErrors(document);
const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const inputs = { consultations: $<HTMLInputElement>('consultations'), references: $<HTMLInputElement>('references'), note: $<HTMLTextAreaElement>('note') };

const saving = submitting($<HTMLButtonElement>('save'), { idle: () => tr('dl.save'), busy: () => tr('dl.saving') }, {
  form,
  also: (on) => {
    $<HTMLButtonElement>('recompute').disabled = on;
    dateInput.disabled = on;
  },
});
const recomputing = submitting($<HTMLButtonElement>('recompute'), { idle: () => tr('dl.recompute'), busy: () => tr('dl.recomputing') }, {
  also: (on) => ($<HTMLButtonElement>('save').disabled = on),
});
const loading = submitting($<HTMLButtonElement>('today'), { idle: () => tr('dl.today'), busy: () => tr('dl.today') }, {
  also: (on) => (dateInput.disabled = on),
});

function figureRows(body: HTMLTableSectionElement, lines: ReadonlyArray<{ label: string; n: number; cls?: string }>): void {
  body.textContent = '';
  for (const line of lines) {
    const row = body.insertRow();
    row.className = [line.n === 0 ? 'zero' : '', line.cls ?? ''].join(' ').trim();
    const th = document.createElement('th');
    th.textContent = line.label;
    row.appendChild(th);
    row.insertCell().textContent = String(line.n);
  }
}

/** Shows a day: its figures, and the form reset to add nothing and keep its note. */
function showDay(day: DayLogDto): void {
  shown = day;
  today = day.today || today;
  const f = day.figures;
  dateInput.value = f.date;
  dateInput.max = today;
  $('day-panel').hidden = false;
  $('day-title').textContent = tr('dl.title', { date: dayText(f.date) });
  const set = (id: string, n: number) => ($(id).textContent = String(n));
  set('f-readersServed', f.readersServed);
  set('f-newReaders', f.newReaders);
  set('f-visits', f.visits);
  set('f-issued', f.issued);
  set('f-requests', f.requestsFulfilled);
  set('f-consultations', f.consultations);
  set('f-events', f.eventsHeld);
  figureRows($<HTMLTableSectionElement>('f-groups'), READER_GROUPS.map((g) => ({ label: g.title[lang], n: f.issuedByGroup[g.code] ?? 0 })));
  const sections: Array<{ label: string; n: number; cls?: string }> = SECTIONS.map((s) => ({ label: s.title[lang], n: f.issuedBySection[s.code] ?? 0 }));
  if (f.sectionUnknown > 0) sections.push({ label: tr('dl.sectionUnknown'), n: f.sectionUnknown, cls: 'unknown' });
  figureRows($<HTMLTableSectionElement>('f-sections'), sections);
  const nothing = f.readersServed + f.newReaders + f.visits + f.issued + f.requestsFulfilled + f.consultations + f.eventsHeld === 0;
  $('no-activity').hidden = !nothing;
  inputs.consultations.value = '0';
  inputs.references.value = '0';
  inputs.note.value = day.note;
  errors.clear();
}

/** The day chosen: its figures as computed now (read-only). */
async function loadDay(date: string): Promise<void> {
  await runSubmit({
    button: loading,
    status,
    errors,
    send: () => call('getDayLog', date),
    done: (value) => {
      showStatus(status, 'none');
      showDay(value);
    },
    refused: () => {
      if (shown) dateInput.value = shown.figures.date;
    },
  });
}

/** Recomputes a month ('' only the day `date`) and shows `date` from the same reads. */
async function recompute(month: string, date: string, say: boolean): Promise<void> {
  await runSubmit({
    button: recomputing,
    status,
    errors,
    send: () => call('refreshDailyLog', { month, date }),
    done: (value, message) => {
      if (say) showStatus(status, 'ok', message);
      else showStatus(status, 'none');
      if (value.day) showDay(value.day);
    },
  });
}

function check(): FieldError[] {
  const out: FieldError[] = [];
  for (const field of ['consultations', 'references'] as const) {
    const v = inputs[field].value.trim();
    if (v !== '' && !(/^\d{1,3}$/.test(v) && Number(v) <= 100)) out.push({ field, message: tr('dailyLog.error.count', { max: 100 }) });
  }
  return out;
}

async function onSave(): Promise<void> {
  if (!shown) return;
  const date = shown.figures.date;
  await runSubmit({
    button: saving,
    status,
    errors,
    check,
    fixErrors: () => tr('form.fixErrors'),
    showErrors: (boxes) => {
      if (boxes[0]) reveal(boxes[0]);
    },
    send: () => call('recordDayNotes', { date, consultations: inputs.consultations.value.trim(), references: inputs.references.value.trim(), note: inputs.note.value }),
    done: (value, message) => {
      showDay(value);
      showStatus(status, 'ok', message);
      status.scrollIntoView({ block: 'start' }); // the answer and the day's new figures
    },
  });
}

function start(): Promise<void> {
  return startSidebar({
    status,
    loading: 'dl.loading',
    apply: (l) => {
      lang = l;
      translatePage(lang);
      saving.set(false);
      recomputing.set(false);
      loading.set(false);
      if (shown) showDay(shown);
    },
    ready: async (c) => {
      today = c.today;
      dateInput.max = today;
      dateInput.value = today;
      if (c.setUp) {
        showStatus(status, 'info', tr('dl.loading'));
        await recompute('', today, false);
      }
    },
  });
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void onSave();
});
dateInput.addEventListener('change', () => {
  if (dateInput.value && (!shown || dateInput.value !== shown.figures.date)) void loadDay(dateInput.value);
});
$('today').addEventListener('click', () => void loadDay(today));
$('recompute').addEventListener('click', () => {
  if (shown) void recompute(shown.figures.date.slice(0, 7), shown.figures.date, true);
});
void start();
