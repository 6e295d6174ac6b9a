/**
 * Events sidebar: this month's events and those ahead, each with its scenario and (once held) its
 * protocol, made as Docs and linked; a new event, typed or taken from this month's plan (the plan's
 * events not recorded yet: title, day and who is responsible filled in). The protocol form opens for one
 * held event: agenda, participants, who spoke and on what, what else was heard, the decisions.
 */
import type { EventDto, EventsDto, Result } from '../../api';
import { EVENT_KINDS } from '../../../sheets-template/options';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, showStatus, startSidebar, translatePage } from '../shared/client';
import { fieldErrors, fillOptions, readFields, runSubmit, submitting } from '../shared/form';
import { dayText, webLink } from '../shared/format';

let lang: Lang = 'kk';
let data: EventsDto | null = null;
let protocolFor: EventDto | null = null;

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = (id: string) => el<HTMLInputElement>(id);
const status = el<HTMLElement>('status');
const list = el<HTMLUListElement>('event-list');
const form = el<HTMLFormElement>('event-form');
const pform = el<HTMLFormElement>('protocol-form');
const fromPlan = el<HTMLSelectElement>('from-plan');
const speakers = el<HTMLElement>('speaker-rows');
const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const errors = fieldErrors(form);
const perrors = fieldErrors(pform);
const creating = submitting(el<HTMLButtonElement>('create'), { idle: () => tr('events.create'), busy: () => tr('events.creating') }, { form });
const building = submitting(el<HTMLButtonElement>('build-protocol'), { idle: () => tr('events.buildProtocol'), busy: () => tr('events.building') }, { form: pform });
const FIELDS = ['title', 'kind', 'date', 'audience', 'responsible', 'partners', 'participants', 'note'] as const;
const kindTitle = (code: string) => EVENT_KINDS.find((k) => k.code === code)?.title[lang] ?? code;

function node<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = ''): HTMLElementTagNameMap[K] {
  const n = document.createElement(tag);
  n.className = cls;
  n.textContent = text;
  return n;
}

function link(url: string, key: MessageKey, cls: string): HTMLAnchorElement {
  const a = node('a', cls, tr(key));
  const href = webLink(url);
  if (href) a.href = href;
  a.target = '_blank';
  a.rel = 'noopener';
  return a;
}

function renderList(): void {
  list.textContent = '';
  const events = data?.events ?? [];
  el('no-events').hidden = events.length > 0;
  for (const e of events) {
    const li = node('li', e.held ? 'event held' : 'event planned');
    li.dataset.id = String(e.id);
    const head = node('div', 'head');
    head.append(node('span', 'date', dayText(e.date)), ' ', node('strong', 'title', e.title));
    const state = e.held ? tr('events.held') + (e.participants ? ` · ${tr('events.people', { count: e.participants })}` : '') : tr('events.planned');
    const meta = node('div', 'meta muted', [`№ ${e.id}`, kindTitle(e.kind), e.audience, state].filter((s) => s).join(' · '));
    const docs = node('div', 'docs');
    const scenario = node('button', 'scenario', tr('events.scenario'));
    scenario.type = 'button';
    scenario.addEventListener('click', () => void makeScenario(e, scenario));
    docs.append(scenario);
    if (e.scenarioUrl) docs.append(link(e.scenarioUrl, 'events.scenarioLink', 'scenario-link'));
    if (e.held) {
      const protocol = node('button', 'protocol', tr('events.protocol'));
      protocol.type = 'button';
      protocol.addEventListener('click', () => openProtocol(e));
      docs.append(protocol);
    }
    if (e.protocolUrl) docs.append(link(e.protocolUrl, 'events.protocolLink', 'protocol-link'));
    li.append(head, meta, docs);
    list.append(li);
  }
}

function renderPlan(): void {
  const planned = data?.planned ?? [];
  el('plan-box').hidden = planned.length === 0;
  fromPlan.textContent = '';
  fromPlan.add(new Option(tr('events.fromPlan.choose'), ''));
  planned.forEach((p, i) => fromPlan.add(new Option(`${p.date ? dayText(p.date).slice(0, 5) : p.term || '…'} — ${p.title}`, String(i))));
}

async function load(): Promise<void> {
  const r = await call('listEvents');
  if (!r.ok) {
    showStatus(status, 'error', r.message);
    return;
  }
  data = r.value;
  renderList();
  renderPlan();
}

/** A Doc asked for: the answer said in the status, the list read again (its links). */
async function afterDoc(r: Result<unknown>): Promise<void> {
  showStatus(status, r.ok ? 'ok' : 'error', r.message);
  if (r.ok) await load();
}

async function makeScenario(e: EventDto, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  button.textContent = tr('events.building');
  try {
    await afterDoc(await call('buildScenarioDoc', e.id));
  } catch (error) {
    showStatus(status, 'error', tr('error.network', { message: String((error as Error).message ?? error) }));
  } finally {
    button.disabled = false;
    button.textContent = tr('events.scenario');
  }
}

function speakerRow(): void {
  const row = node('div', 'speaker');
  const name = node('input', 'speaker-name');
  name.placeholder = tr('events.field.speakerName');
  const topic = node('input', 'speaker-topic');
  topic.placeholder = tr('events.field.speakerTopic');
  row.append(name, topic);
  speakers.append(row);
}

function openProtocol(e: EventDto): void {
  // Another event's protocol: start from this event, not from what was typed for the other one.
  if (protocolFor?.id !== e.id) {
    for (const id of ['agenda', 'heard', 'resolved']) el<HTMLTextAreaElement>(id).value = '';
    for (const id of ['place', 'chair', 'secretary']) if (document.getElementById(id)) input(id).value = '';
    speakers.textContent = '';
  }
  protocolFor = e;
  perrors.clear();
  el('protocol-heading').textContent = `${tr('events.protocolForm', { id: e.id })}: «${e.title}»`;
  if (!el<HTMLTextAreaElement>('agenda').value) el<HTMLTextAreaElement>('agenda').value = e.title;
  input('p-participants').value = e.participants ? String(e.participants) : '';
  if (!input('chair').value) input('chair').value = e.responsible;
  if (!speakers.children.length) [0, 1].forEach(speakerRow);
  pform.hidden = false;
  pform.scrollIntoView({ block: 'start' });
  el<HTMLTextAreaElement>('agenda').focus({ preventScroll: true });
}

function protocolForm() {
  const speakerList = Array.from(speakers.querySelectorAll('.speaker')).map((row) => ({
    name: (row.querySelector('.speaker-name') as HTMLInputElement).value,
    topic: (row.querySelector('.speaker-topic') as HTMLInputElement).value,
  }));
  return {
    agenda: el<HTMLTextAreaElement>('agenda').value,
    participants: input('p-participants').value,
    speakers: speakerList,
    heard: el<HTMLTextAreaElement>('heard').value,
    resolved: el<HTMLTextAreaElement>('resolved').value,
    place: input('place').value,
    chair: input('chair').value,
    secretary: input('secretary').value,
  };
}

async function onProtocol(event: Event): Promise<void> {
  event.preventDefault();
  if (!protocolFor) return;
  const id = protocolFor.id;
  showStatus(status, 'none');
  await runSubmit({
    button: building,
    status,
    errors: perrors,
    send: () => call('buildProtocolDoc', id, protocolForm()),
    done: async (_value, message) => {
      pform.hidden = true;
      pform.reset();
      speakers.textContent = '';
      protocolFor = null;
      await afterDoc({ ok: true, value: null, message });
    },
  });
}

async function onCreate(event: Event): Promise<void> {
  event.preventDefault();
  showStatus(status, 'none');
  await runSubmit({
    button: creating,
    status,
    errors,
    send: () => call('createEvent', readFields(FIELDS, (f) => el<HTMLInputElement>(f))),
    done: async (_value, message) => {
      form.reset();
      input('date').value = data?.today ?? '';
      await load();
      showStatus(status, 'ok', message);
    },
  });
}

function onPlanChoice(): void {
  const p = data?.planned[Number(fromPlan.value)];
  if (!fromPlan.value || !p) return;
  input('title').value = p.title;
  if (p.date) input('date').value = p.date;
  input('responsible').value = p.responsible;
  errors.clear();
}

function start(): Promise<void> {
  return startSidebar({
    status,
    apply: (l) => {
      lang = l;
      translatePage(lang);
      el('intro').textContent = tr('events.intro', { folder: 'Protocols' });
      fillOptions(el<HTMLSelectElement>('kind'), EVENT_KINDS, lang);
      creating.set(creating.busy);
      building.set(building.busy);
    },
    ready: async (ctx) => {
      input('date').value = ctx.today;
      if (ctx.setUp) await load();
    },
  });
}

form.addEventListener('submit', (e) => void onCreate(e));
pform.addEventListener('submit', (e) => void onProtocol(e));
fromPlan.addEventListener('change', onPlanChoice);
el('add-speaker').addEventListener('click', speakerRow);
el('close-protocol').addEventListener('click', () => {
  pform.hidden = true;
  protocolFor = null;
});
void start();
