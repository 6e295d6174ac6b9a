/**
 * The periodicals sidebar (issue 6), four tabs: the subscriptions of a year with each title's missing
 * numbers (and a subscription added); check in an issue (a pile of newspapers: the number, Enter, the
 * next number; the title and the day stay); describe an article for the card index (its GOST 7.1
 * analytic description shown as she types); bind a year's issues into one fund item.
 */
import type { PeriodicalsDto, PeriodicalYearDto } from '../../api';
import { PERIODICAL_KINDS, PUBLICATION_LANGUAGES, SECTIONS } from '../../../sheets-template/options';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, errorText, showStatus, startSidebar, translatePage } from '../shared/client';
import { fieldErrors, fillOptions, readFields, runSubmit, showFieldError, submitting } from '../shared/form';
import { dayText, sumText } from '../shared/format';

const MODES = ['list', 'checkIn', 'article', 'bind'] as const;
type Mode = (typeof MODES)[number];

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('status');
let lang: Lang = 'kk';
let today = '';
let mode: Mode = 'list';
const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const years = new Map<number, PeriodicalsDto>();

const tabs = Object.fromEntries(MODES.map((m) => [m, $<HTMLButtonElement>(`tab-${m}`)])) as Record<Mode, HTMLButtonElement>;
const panels = Object.fromEntries(MODES.map((m) => [m, $(`${m}-panel`)])) as Record<Mode, HTMLElement>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text) e.textContent = text;
  return e;
}

/** [1, 2, 3, 5] → "1–3, 5". */
function ranges(list: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < list.length; ) {
    let j = i;
    while (j + 1 < list.length && list[j + 1] === list[j] + 1) j++;
    out.push(i === j ? String(list[i]) : `${list[i]}–${list[j]}`);
    i = j + 1;
  }
  return out.join(', ');
}

const thisYear = () => Number(today.slice(0, 4)) || new Date().getFullYear();

async function yearData(year: number, fresh = false): Promise<PeriodicalsDto | null> {
  if (!fresh && years.has(year)) return years.get(year)!;
  const answer = await call('getPeriodicals', { year: String(year) });
  if (!answer.ok) {
    showStatus(status, 'error', answer.message);
    return null;
  }
  years.set(answer.value.year, answer.value);
  return answer.value;
}

function titleOf(dto: PeriodicalsDto | null | undefined, title: string): PeriodicalYearDto | undefined {
  return dto?.titles.find((x) => x.title === title);
}

/** One title's year in a line or two: received, and the missing numbers in red. */
function stateLines(box: HTMLElement, y: PeriodicalYearDto | undefined): void {
  box.textContent = '';
  if (!y) return;
  box.append(el('span', 'received', tr('per.received', { count: y.received.length })));
  if (!y.subscribed) box.append(el('span', 'muted', tr('per.notSubscribed')));
  else if (y.missing.length) box.append(el('span', 'missing', tr('per.missing', { numbers: ranges(y.missing) })));
  else box.append(el('span', 'complete', tr('per.missingNone')));
}

// ---- tabs ------------------------------------------------------------------------------------------------

function setMode(next: Mode, focus = true): void {
  mode = next;
  for (const m of MODES) {
    tabs[m].setAttribute('aria-selected', String(m === next));
    tabs[m].tabIndex = m === next ? 0 : -1;
    panels[m].hidden = m !== next;
  }
  document.body.dataset.mode = next;
  if (next === 'checkIn') void showCheckInState();
  if (next === 'bind') void showBindState();
  if (focus) {
    showStatus(status, 'none');
    if (next === 'checkIn') (inPeriodical.value ? inNumber : inPeriodical).focus();
    else if (next === 'article') $('art-authors').focus();
    else if (next === 'bind') bindPeriodical.focus();
  }
}
for (const m of MODES) tabs[m].addEventListener('click', () => setMode(m));
$('tabs').addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
  e.preventDefault();
  setMode(MODES[(MODES.indexOf(mode) + (e.key === 'ArrowRight' ? 1 : MODES.length - 1)) % MODES.length], false);
  tabs[mode].focus();
});

/** Clears a field's error as soon as she types in it. */
function clearOnInput(form: HTMLElement): void {
  form.addEventListener('input', (e) => {
    const box = (e.target as HTMLElement).closest<HTMLElement>('.field');
    if (box?.classList.contains('invalid')) showFieldError(box, '');
  });
}

// ---- the list of a year -----------------------------------------------------------------------------------

const listYear = $<HTMLInputElement>('list-year');

let listSeq = 0;
async function renderList(fresh = false): Promise<void> {
  const mine = ++listSeq;
  const year = Number(listYear.value) || thisYear();
  $('list-title').textContent = tr('per.list.title', { year });
  const dto = await yearData(year, fresh);
  // She chose another year meanwhile: that year's answer draws the list, not this one.
  if (mine !== listSeq) return;
  const list = $('titles');
  list.textContent = '';
  const titles = dto?.titles ?? [];
  $('titles-empty').hidden = titles.length > 0;
  for (const y of titles) {
    const li = el('li', 'title-item');
    li.dataset.title = y.title;
    const head = el('div', 'title-head');
    head.append(el('span', 'name', y.title));
    const kind = PERIODICAL_KINDS.find((k) => k.code === y.kind)?.title[lang] ?? '';
    head.append(el('span', 'muted', [kind, y.issuesPerYear ? tr('per.perYear', { count: y.issuesPerYear }) : ''].filter((s) => s).join(' · ')));
    const state = el('div', 'title-state');
    stateLines(state, y);
    li.append(head, state);
    list.append(li);
  }
  fillTitles();
}
listYear.addEventListener('change', () => void renderList());

const subForm = $<HTMLFormElement>('sub-form');
const SUB_FIELDS = ['title', 'kind', 'language', 'issuesPerYear', 'periodFrom', 'periodTo', 'price', 'index', 'note'] as const;
const subErrors = fieldErrors(subForm);
const subSaving = submitting($<HTMLButtonElement>('sub-submit'), { idle: () => tr('per.subscribe'), busy: () => tr('per.saving') }, { form: subForm });
clearOnInput(subForm);
subForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const dto = readFields(SUB_FIELDS, (f) => $<HTMLInputElement>(`sub-${f}`));
  void runSubmit({
    button: subSaving,
    status,
    errors: subErrors,
    send: () => call('addSubscription', dto),
    done: async (_v, message) => {
      showStatus(status, 'ok', message);
      for (const f of ['title', 'issuesPerYear', 'price', 'index', 'note'] as const) $<HTMLInputElement>(`sub-${f}`).value = '';
      years.clear();
      await renderList(true);
      $('sub-title').focus();
    },
    showErrors: (shown) => shown[0]?.querySelector<HTMLElement>('input, select')?.focus(),
  });
});

// ---- the titles in the selects ---------------------------------------------------------------------------------

const inPeriodical = $<HTMLSelectElement>('in-periodical');
const bindPeriodical = $<HTMLSelectElement>('bind-periodical');

function fillTitles(): void {
  const titles = (years.get(thisYear()) ?? years.values().next().value)?.titles ?? [];
  for (const select of [inPeriodical, bindPeriodical]) {
    const current = select.value;
    select.textContent = '';
    select.add(new Option(tr('per.choose'), ''));
    for (const y of titles) select.add(new Option(y.title, y.title));
    select.value = current;
    if (select.selectedIndex < 0) select.selectedIndex = 0;
  }
  const list = $('art-periodicals');
  list.textContent = '';
  for (const y of titles) list.append(new Option(y.title));
}

// ---- check in --------------------------------------------------------------------------------------------------

const inForm = $<HTMLFormElement>('in-form');
const inNumber = $<HTMLInputElement>('in-number');
const inDate = $<HTMLInputElement>('in-receivedOn');
const inYear = $<HTMLInputElement>('in-year');
const inErrors = fieldErrors(inForm);
const inSaving = submitting($<HTMLButtonElement>('in-submit'), { idle: () => tr('per.checkIn'), busy: () => tr('per.saving') }, { form: inForm });
clearOnInput(inForm);

async function showCheckInState(): Promise<void> {
  const year = Number(inYear.value) || thisYear();
  const box = $('in-state');
  if (!inPeriodical.value) return void (box.textContent = '');
  stateLines(box, titleOf(await yearData(year), inPeriodical.value));
}
inPeriodical.addEventListener('change', () => {
  void showCheckInState();
  inNumber.focus();
});
inDate.addEventListener('change', () => {
  if (/^\d{4}/.test(inDate.value)) inYear.value = inDate.value.slice(0, 4);
  void showCheckInState();
});
inYear.addEventListener('change', () => void showCheckInState());

// Enter in any box checks the issue in (the form's own submit); the title and the day stay for the next one.
inForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const dto = { periodical: inPeriodical.value, number: inNumber.value, receivedOn: inDate.value, year: inYear.value, note: '' };
  void runSubmit({
    button: inSaving,
    status,
    errors: inErrors,
    send: () => call('checkInIssue', dto),
    done: (v, message) => {
      showStatus(status, 'ok', message);
      const cached = titleOf(years.get(v.year), v.periodical);
      if (cached) Object.assign(cached, { received: v.received, missing: v.missing, unbound: [...cached.unbound, ...v.received.filter((n) => cached.received.indexOf(n) < 0)].sort((a, b) => a - b) });
      $('session-box').hidden = false;
      const li = el('li', '', `${v.periodical} № ${v.number} (${v.year}) · ${dayText(v.receivedOn)}`);
      $('session').prepend(li);
      stateLines($('in-state'), titleOf(years.get(v.year), v.periodical) ?? { received: v.received, missing: v.missing, subscribed: true } as PeriodicalYearDto);
      inNumber.value = '';
      inNumber.focus();
    },
    showErrors: (shown) => shown[0]?.querySelector<HTMLElement>('input, select')?.focus(),
  });
});

// ---- an article ---------------------------------------------------------------------------------------------------

const artForm = $<HTMLFormElement>('art-form');
const ART_FIELDS = ['authors', 'title', 'periodical', 'year', 'number', 'pages', 'subjects', 'bbk', 'language'] as const;
const artErrors = fieldErrors(artForm);
const artSaving = submitting($<HTMLButtonElement>('art-submit'), { idle: () => tr('per.saveArticle'), busy: () => tr('per.saving') }, { form: artForm });
const artDescription = $('art-description');
const artDto = () => readFields(ART_FIELDS, (f) => $<HTMLInputElement>(`art-${f}`));
let describeTimer: ReturnType<typeof setTimeout> | undefined;
let describeSeq = 0;

function showDescription(text: string): void {
  artDescription.textContent = text || tr('per.description.empty');
  artDescription.classList.toggle('empty', !text);
}

async function describe(): Promise<void> {
  const mine = ++describeSeq;
  try {
    const text = await call('describeArticle', artDto());
    if (mine === describeSeq) showDescription(text);
  } catch (error) {
    if (mine === describeSeq) showStatus(status, 'error', tr('error.network', { message: errorText(error) }));
  }
}
clearOnInput(artForm);
artForm.addEventListener('input', () => {
  clearTimeout(describeTimer);
  describeTimer = setTimeout(() => void describe(), 250);
});
// The periodical chosen from the subscriptions brings its language ("Б." or "С."), unless she chose one.
let languageChosen = false;
$('art-language').addEventListener('change', () => (languageChosen = true));
$('art-periodical').addEventListener('change', () => {
  const y = titleOf(years.get(thisYear()), $<HTMLInputElement>('art-periodical').value);
  if (y?.language && !languageChosen) $<HTMLSelectElement>('art-language').value = y.language;
  void describe();
});
artForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const dto = artDto();
  void runSubmit({
    button: artSaving,
    status,
    errors: artErrors,
    send: () => call('addArticle', dto),
    done: (v, message) => {
      showStatus(status, 'ok', `${message}\n${v.description}`);
      // The next article is often from the same issue: the periodical, year, number and language stay.
      for (const f of ['authors', 'title', 'pages', 'subjects', 'bbk'] as const) $<HTMLInputElement>(`art-${f}`).value = '';
      showDescription('');
      $('art-authors').focus();
    },
    showErrors: (shown) => shown[0]?.querySelector<HTMLElement>('input, select')?.focus(),
  });
});

// ---- bind a year --------------------------------------------------------------------------------------------------

const bindForm = $<HTMLFormElement>('bind-form');
const bindYear = $<HTMLInputElement>('bind-year');
const bindErrors = fieldErrors(bindForm);
const bindSaving = submitting($<HTMLButtonElement>('bind-submit'), { idle: () => tr('per.bind'), busy: () => tr('per.saving') }, { form: bindForm });
clearOnInput(bindForm);

async function showBindState(): Promise<void> {
  const box = $('bind-state');
  const hint = $('bind-price-hint');
  box.textContent = '';
  hint.textContent = '';
  if (!bindPeriodical.value || !/^\d{4}$/.test(bindYear.value)) return;
  const y = titleOf(await yearData(Number(bindYear.value)), bindPeriodical.value);
  if (!y) return;
  box.append(el('span', y.unbound.length ? 'received' : 'muted', y.unbound.length ? tr('per.unbound', { numbers: ranges(y.unbound) }) : tr('per.unboundNone')));
  if (y.missing.length) box.append(el('span', 'missing', tr('per.missing', { numbers: ranges(y.missing) })));
  hint.textContent = tr('per.bindPrice.hint', { price: sumText(y.price) });
}
bindPeriodical.addEventListener('change', () => void showBindState());
bindYear.addEventListener('change', () => void showBindState());
bindForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const dto = { periodical: bindPeriodical.value, year: bindYear.value, section: $<HTMLSelectElement>('bind-section').value, price: $<HTMLInputElement>('bind-price').value };
  void runSubmit({
    button: bindSaving,
    status,
    errors: bindErrors,
    send: () => call('bindPeriodicalYear', dto),
    done: async (v, message) => {
      showStatus(status, 'ok', message);
      const result = $('bind-result');
      result.hidden = false;
      result.textContent = `${tr('per.tab.bind')} · № ${v.inventoryNo}: ${v.description}`;
      $<HTMLInputElement>('bind-price').value = '';
      years.delete(v.year);
      await showBindState();
    },
    showErrors: (shown) => shown[0]?.querySelector<HTMLElement>('input, select')?.focus(),
  });
});

// ---- start ------------------------------------------------------------------------------------------------------

function translate(l: Lang): void {
  lang = l;
  translatePage(lang);
  $('tabs').setAttribute('aria-label', tr('per.tabs'));
  fillOptions($<HTMLSelectElement>('sub-kind'), PERIODICAL_KINDS, lang, tr('per.choose'));
  fillOptions($<HTMLSelectElement>('sub-language'), PUBLICATION_LANGUAGES, lang, tr('per.choose'));
  fillOptions($<HTMLSelectElement>('art-language'), PUBLICATION_LANGUAGES, lang);
  fillOptions($<HTMLSelectElement>('bind-section'), SECTIONS, lang, tr('per.choose'));
  for (const s of [subSaving, inSaving, artSaving, bindSaving]) s.set(s.busy);
  showDescription(artDescription.classList.contains('empty') ? '' : artDescription.textContent ?? '');
}

void startSidebar({
  status,
  apply: translate,
  ready: async (ctx) => {
    today = ctx.today;
    listYear.value = String(thisYear());
    inYear.value = String(thisYear());
    bindYear.value = String(thisYear());
    inDate.value = today;
    $<HTMLInputElement>('sub-periodFrom').value = `${thisYear()}-01-01`;
    $<HTMLInputElement>('sub-periodTo').value = `${thisYear()}-12-31`;
    $<HTMLSelectElement>('art-language').value = ctx.lang;
    showDescription('');
    if (ctx.setUp) await renderList();
  },
});
