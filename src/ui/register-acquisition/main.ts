/**
 * Receive-into-the-fund sidebar: one receipt batch (date, source, supplier or giver, accompanying
 * document) and one or more title cards, each with its price and number of copies. Under each card
 * the GOST 7.1 description is written as she types, by the same describeBook the server uses. Only
 * required fields are checked here; the server checks everything and decides. Its field errors come
 * as "items.<i>.<field>" and are shown next to that field in that card.
 */
import type { AcquisitionDto, AcquisitionFormDto, SidebarContext, TitleFormDto } from '../../api';
import { BOOK_LANGUAGES, describeBook, type BookLanguage, type BookRecord } from '../../domain/bibliographic';
import { ACQUISITION_SOURCES, DOC_TYPES, PUBLICATION_LANGUAGES, SECTIONS } from '../../../sheets-template/options';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, showStatus, startSidebar, translatePage } from '../shared/client';
import { enterKeys, fieldErrors, fillOptions, readFields, reveal, runSubmit, showFieldError, submitting, type FieldError, type SelectOptions } from '../shared/form';
import { sumText } from '../shared/format';

const BATCH_FIELDS = ['date', 'source', 'supplier', 'documentNo', 'documentDate'] as const;
type BatchField = (typeof BATCH_FIELDS)[number];
const TITLE_FIELDS = [
  'authors', 'title', 'otherTitleInfo', 'responsibility', 'volume', 'place', 'publisher', 'year', 'pages', 'isbn',
  'bbk', 'udc', 'authorSign', 'language', 'section', 'docType', 'annotation', 'keywords', 'price', 'copies',
] as const satisfies ReadonlyArray<keyof TitleFormDto>;
type TitleField = (typeof TITLE_FIELDS)[number];

let lang: Lang = 'kk';
let ctx: SidebarContext | null = null;
let cardSerial = 0;

const form = document.getElementById('acq-form') as HTMLFormElement;
const status = document.getElementById('status') as HTMLElement;
const resultBox = document.getElementById('result') as HTMLElement;
const submit = document.getElementById('submit') as HTMLButtonElement;
const addTitle = document.getElementById('add-title') as HTMLButtonElement;
const clearButton = document.getElementById('clear') as HTMLButtonElement;
const titles = document.getElementById('titles') as HTMLElement;
const itemsError = document.getElementById('items-error') as HTMLElement;
const template = document.getElementById('title-card') as HTMLTemplateElement;
const batchInput = (f: BatchField) => document.getElementById(f) as HTMLInputElement | HTMLSelectElement;

const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const saving = submitting(submit, { idle: () => tr('acq.submit'), busy: () => tr('fund.saving') }, {
  form,
  also: (on) => {
    addTitle.disabled = on;
    clearButton.disabled = on;
    document.querySelectorAll<HTMLButtonElement>('[data-remove]').forEach((b) => (b.disabled = on));
  },
});
const fillSelect = (select: HTMLSelectElement, options: SelectOptions, placeholder: boolean) =>
  fillOptions(select, options, lang, placeholder ? tr('fund.choose') : undefined);

// ---- cards --------------------------------------------------------------------------------------

const cards = (): HTMLElement[] => Array.from(titles.querySelectorAll<HTMLElement>('[data-card]'));
const cardInput = (card: HTMLElement, f: TitleField) => card.querySelector(`[data-input="${f}"]`) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const cardField = (card: HTMLElement, f: string) => card.querySelector<HTMLElement>(`.field[data-f="${f}"]`);

const readCard = (card: HTMLElement): TitleFormDto => readFields(TITLE_FIELDS, (f) => cardInput(card, f));

/** The record describeBook needs, from the card as typed (the same split of authors as the server). */
function recordOf(dto: TitleFormDto): BookRecord {
  const language = ((BOOK_LANGUAGES as readonly string[]).indexOf(dto.language) >= 0 ? dto.language : 'other') as BookLanguage;
  return {
    authors: dto.authors.split(/[;\n]/).map((a) => a.trim()).filter((a) => a !== ''),
    title: dto.title,
    otherTitleInfo: dto.otherTitleInfo,
    responsibility: dto.responsibility,
    volume: dto.volume,
    place: dto.place,
    publisher: dto.publisher,
    year: dto.year,
    pages: dto.pages,
    isbn: dto.isbn,
    language,
  };
}

function updatePreview(card: HTMLElement): void {
  const box = card.querySelector('[data-preview]') as HTMLElement;
  const dto = readCard(card);
  const text = dto.title.trim() ? describeBook(recordOf(dto)) : '';
  box.textContent = text || tr('acq.preview.empty');
  box.classList.toggle('empty', !text);
}

function renumberCards(): void {
  const list = cards();
  list.forEach((card, i) => {
    (card.querySelector('.card-title') as HTMLElement).textContent = tr('acq.card', { n: i + 1 });
    (card.querySelector('[data-remove]') as HTMLElement).hidden = list.length === 1;
  });
}

function fillCardSelects(card: HTMLElement): void {
  fillSelect(cardInput(card, 'language') as HTMLSelectElement, PUBLICATION_LANGUAGES, false);
  fillSelect(cardInput(card, 'section') as HTMLSelectElement, SECTIONS, true);
  fillSelect(cardInput(card, 'docType') as HTMLSelectElement, DOC_TYPES, false);
}

/** A new, empty title card; the classification is carried over from the card before it. */
function addCard(focus: boolean): HTMLElement {
  const serial = ++cardSerial;
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  const card = fragment.querySelector('[data-card]') as HTMLElement;
  for (const f of TITLE_FIELDS) {
    const id = `t${serial}-${f}`;
    cardInput(card, f).id = id;
    const label = card.querySelector(`.field[data-f="${f}"] label`) as HTMLLabelElement;
    label.htmlFor = id;
    const error = card.querySelector(`.field[data-f="${f}"] .error`) as HTMLElement;
    error.id = `${id}-error`;
    cardInput(card, f).setAttribute('aria-describedby', error.id);
  }
  const previous = cards().pop();
  titles.appendChild(fragment);
  translatePage(lang);
  fillCardSelects(card);
  (cardInput(card, 'language') as HTMLSelectElement).value = previous ? cardInput(previous, 'language').value : lang;
  (cardInput(card, 'docType') as HTMLSelectElement).value = previous ? cardInput(previous, 'docType').value : 'book';
  (cardInput(card, 'section') as HTMLSelectElement).value = previous ? cardInput(previous, 'section').value : '';
  card.addEventListener('input', (e) => {
    const target = e.target as HTMLElement;
    const field = target.closest<HTMLElement>('.field');
    if (field) showFieldError(field, '');
    updatePreview(card);
  });
  card.addEventListener('change', () => updatePreview(card));
  (card.querySelector('[data-remove]') as HTMLButtonElement).addEventListener('click', () => removeCard(card));
  renumberCards();
  updatePreview(card);
  if (focus) cardInput(card, 'authors').focus();
  return card;
}

function removeCard(card: HTMLElement): void {
  if (cards().length <= 1 || saving.busy) return;
  const list = cards();
  const i = list.indexOf(card);
  card.remove();
  renumberCards();
  const next = cards()[Math.min(i, cards().length - 1)];
  cardInput(next, 'authors').focus();
}

// ---- errors -------------------------------------------------------------------------------------

/** The .field an error names: a batch field, or "items.<i>.<field>" in card i. */
function fieldFor(name: string): HTMLElement | null {
  const m = /^items\.(\d+)\.(\w+)$/.exec(name);
  if (m) {
    const card = cards()[Number(m[1])];
    return card ? cardField(card, m[2]) : null;
  }
  return (BATCH_FIELDS as readonly string[]).indexOf(name) >= 0 ? document.querySelector<HTMLElement>(`.field[data-field="${name}"]`) : null;
}

/** Next to their fields; above the cards those about the titles as a whole ("items"). */
const errors = fieldErrors(form, { locate: fieldFor, lines: { items: itemsError } });

/** Required fields only: the server checks the rest (and these again). */
function checkRequired(dto: AcquisitionFormDto): FieldError[] {
  const errors: FieldError[] = [];
  const required = (field: string, value: string, key: MessageKey = 'error.required') => {
    if (!value.trim()) errors.push({ field, message: tr(key) });
  };
  required('date', dto.date);
  required('source', dto.source);
  if (dto.source === 'gift') required('supplier', dto.supplier, 'error.giverRequired');
  dto.items.forEach((item, i) => {
    for (const f of ['title', 'language', 'docType', 'section', 'price', 'copies'] as const) required(`items.${i}.${f}`, item[f]);
  });
  return errors;
}

// ---- batch --------------------------------------------------------------------------------------

function read(): AcquisitionFormDto {
  return { ...readFields(BATCH_FIELDS, batchInput), items: cards().map(readCard) };
}

function updateSupplierLabel(): void {
  const gift = batchInput('source').value === 'gift';
  (document.getElementById('supplier-label') as HTMLElement).dataset.i18n = gift ? 'acq.giver' : 'acq.supplier';
  batchInput('supplier').dataset.i18nPlaceholder = gift ? 'acq.giver.hint' : 'acq.supplier.hint';
  (document.getElementById('supplier-req') as HTMLElement).hidden = !gift;
  translatePage(lang);
}

/** Empties the form for the next batch, keeping what the next one most likely shares. */
function resetForm(keep: Partial<Pick<AcquisitionFormDto, 'date' | 'source' | 'supplier'> & { language: string }>): void {
  batchInput('date').value = keep.date ?? ctx?.today ?? '';
  batchInput('source').value = keep.source ?? 'purchase';
  batchInput('supplier').value = keep.supplier ?? '';
  batchInput('documentNo').value = '';
  batchInput('documentDate').value = '';
  updateSupplierLabel();
  titles.textContent = '';
  const card = addCard(false);
  cardInput(card, 'language').value = keep.language ?? lang;
  updatePreview(card);
}

function showResult(value: AcquisitionDto): void {
  showStatus(status, 'ok', tr('acq.done', { recordNo: value.recordNo, copies: value.copies, sum: tr('fund.money', { sum: sumText(value.sum) }) }));
  resultBox.textContent = '';
  const list = document.createElement('ol');
  list.className = 'done-titles';
  for (const title of value.titles) {
    const li = document.createElement('li');
    const range = document.createElement('strong');
    range.className = 'inv-range';
    range.textContent =
      title.inventoryFrom === title.inventoryTo ? tr('acq.done.single', { n1: title.inventoryFrom }) : tr('acq.done.range', { n1: title.inventoryFrom, n2: title.inventoryTo });
    const kind = document.createElement('span');
    kind.className = `tag ${title.isNew ? 'new' : 'added'}`;
    kind.textContent = tr(title.isNew ? 'acq.done.new' : 'acq.done.added');
    const description = document.createElement('div');
    description.className = 'desc';
    description.textContent = title.description;
    li.append(range, ' ', kind, description);
    list.appendChild(li);
  }
  resultBox.appendChild(list);
  resultBox.hidden = false;
}

async function onSubmit(event: Event): Promise<void> {
  event.preventDefault();
  if (saving.busy) return;
  resultBox.hidden = true;
  const dto = read();
  await runSubmit({
    button: saving,
    status,
    errors,
    check: () => checkRequired(dto),
    fixErrors: () => tr('form.fixErrors'),
    send: () => call('registerAcquisition', dto),
    done: (value) => {
      showResult(value);
      resetForm({ date: dto.date, source: dto.source, supplier: dto.supplier, language: dto.items[0]?.language });
      status.scrollIntoView({ block: 'start' });
      cardInput(cards()[0], 'authors').focus({ preventScroll: true });
    },
    // The first error in view (its card's details opened); with none next to a field, the status.
    showErrors: (shown) => (shown.length ? reveal(shown[0]) : status.scrollIntoView({ block: 'start' })),
    failed: () => status.scrollIntoView({ block: 'start' }),
  });
}

function relabel(): void {
  translatePage(lang);
  fillSelect(batchInput('source') as HTMLSelectElement, ACQUISITION_SOURCES, false);
  for (const card of cards()) {
    fillCardSelects(card);
    updatePreview(card);
  }
  renumberCards();
  updateSupplierLabel();
}

function start(): Promise<void> {
  relabel();
  addCard(false);
  return startSidebar({
    status,
    apply: (l) => {
      lang = l;
      relabel();
    },
    ready: (c) => {
      ctx = c;
      batchInput('date').setAttribute('max', c.today);
      batchInput('documentDate').setAttribute('max', c.today);
      resetForm({});
      cardInput(cards()[0], 'authors').focus();
    },
  });
}

form.addEventListener('submit', (e) => void onSubmit(e));
// Enter in a one-line field goes to the next field (a barcode scanner ends an ISBN with Enter); Ctrl+Enter saves.
enterKeys(form, submit, (target) => {
  const controls = Array.from(form.querySelectorAll<HTMLElement>('input, select, textarea, button')).filter((el) => !(el as HTMLButtonElement).disabled && el.offsetParent !== null);
  controls[controls.indexOf(target) + 1]?.focus();
});
addTitle.addEventListener('click', () => {
  const card = addCard(true);
  card.scrollIntoView({ block: 'start', behavior: 'smooth' });
});
clearButton.addEventListener('click', () => {
  errors.clear();
  showStatus(status, 'none');
  resultBox.hidden = true;
  resetForm({});
});
batchInput('source').addEventListener('change', () => {
  updateSupplierLabel();
  errors.set('supplier', '');
});
for (const f of BATCH_FIELDS) {
  batchInput(f).addEventListener('input', () => errors.set(f, ''));
}
void start();
