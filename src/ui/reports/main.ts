/**
 * Reports sidebar: the kind (monthly, quarterly, annual statistical report, or the written report) and the
 * period, prefilled with the last whole one (last month, last quarter, last year) from the workbook's
 * today, and rewritten when she picks another kind unless she typed her own. "Build" asks the server for
 * the Doc; the answer shows a link to it (a second build rewrites the same Doc: the message says so).
 * A period the server cannot read is said under the field.
 */
import type { ReportDto } from '../../api';
import { lastCompletePeriod, parseReportPeriod, type ReportKind } from '../../domain/periods';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, showStatus, startSidebar, translatePage } from '../shared/client';
import { fieldErrors, runSubmit, submitting } from '../shared/form';

let lang: Lang = 'kk';
let today = '';
/** The period last prefilled: replaced on a change of kind only while she has not typed her own. */
let prefilled = '';

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = el<HTMLElement>('status');
const form = el<HTMLFormElement>('report-form');
const period = el<HTMLInputElement>('period');
const hint = el<HTMLElement>('period-hint');
const result = el<HTMLElement>('result');
const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const errors = fieldErrors(form);
const building = submitting(el<HTMLButtonElement>('build'), { idle: () => tr('reports.build'), busy: () => tr('reports.building') }, { form });

function kind(): ReportKind {
  const checked = form.querySelector<HTMLInputElement>('input[name="kind"]:checked');
  return (checked?.value ?? 'monthly') as ReportKind;
}

/** The last whole period of the kind: a written report defaults to last year, like the annual. */
function defaultPeriod(k: ReportKind): string {
  if (!today) return '';
  const pk = k === 'monthly' ? 'monthly' : k === 'quarterly' ? 'quarterly' : 'annual';
  return lastCompletePeriod(pk, today).key;
}

function onKind(): void {
  const k = kind();
  hint.textContent = tr(`reports.period.hint.${k}` as MessageKey);
  el('written-hint').hidden = k !== 'written';
  if (period.value.trim() === '' || period.value === prefilled) {
    prefilled = defaultPeriod(k);
    period.value = prefilled;
  }
  errors.clear();
}

function showDone(value: ReportDto, message: string): void {
  showStatus(status, 'ok', message);
  result.textContent = '';
  const link = document.createElement('a');
  link.id = 'report-link';
  link.href = value.url;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = tr('reports.open', { name: value.name });
  const where = document.createElement('div');
  where.className = 'where';
  where.textContent = value.folder;
  result.append(link, where);
  result.hidden = false;
}

async function onBuild(event: Event): Promise<void> {
  event.preventDefault();
  if (building.busy) return;
  result.hidden = true;
  showStatus(status, 'none');
  const k = kind();
  const text = period.value.trim();
  await runSubmit({
    button: building,
    status,
    errors,
    fixErrors: () => tr('form.fixErrors'),
    check: () => (parseReportPeriod(k, text) ? [] : [{ field: 'period', message: tr(text ? (`reports.error.period.${k}` as MessageKey) : 'error.required') }]),
    send: () => call('buildReport', k, text),
    done: (value, message) => showDone(value, message),
    showErrors: (shown) => {
      if (shown.length) period.focus();
    },
  });
}

function start(): Promise<void> {
  return startSidebar({
    status,
    apply: (l) => {
      lang = l;
      translatePage(lang);
      el('intro').textContent = tr('reports.intro', { folder: 'Reports' });
      building.set(building.busy);
      onKind();
    },
    ready: (ctx) => {
      today = ctx.today;
      prefilled = '';
      period.value = '';
      onKind();
    },
  });
}

form.addEventListener('submit', (e) => void onBuild(e));
form.querySelectorAll<HTMLInputElement>('input[name="kind"]').forEach((r) => r.addEventListener('change', onKind));
void start();
