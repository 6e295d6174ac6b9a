/**
 * Book exhibitions sidebar.
 * - New exhibition: theme, title, dates (from today, two weeks), place; books found in the catalogue (the
 *   catalogue search, as the copy picker of labels and write-off calls it; here a title is added, not its
 *   copies) each become a card with a short annotation and an optional link for its QR code. "Save"
 *   sends it all; refusals show next to their field or book.
 * - The list: each exhibition with its Doc and photo links, "Make the document", and a photo upload (a
 *   JPG or PNG read here, checked by its content as the server will, then sent as base64).
 */
import { webLink } from '../shared/format';
import type { CatalogHitDto, ExhibitionDto } from '../../api';
import { addDays, dayText } from '../../domain/dates';
import { EXHIBITION_LIMITS } from '../../domain/exhibitions';
import { PHOTO_KINDS, UPLOAD_LIMITS } from '../../domain/uploads';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, errorText, showStatus, startSidebar, translatePage } from '../shared/client';
import { enterKeys, fieldErrors, reveal, runSubmit, submitting } from '../shared/form';
import { readChecked } from '../scans/read-file';

const FIND_LIMIT = 10;

let lang: Lang = 'kk';
let today = '';

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = el<HTMLElement>('status');
const form = el<HTMLFormElement>('exhibition-form');
const newStatus = el<HTMLElement>('new-status');
const booksList = el<HTMLOListElement>('books');
const booksCount = el<HTMLElement>('books-count');
const booksError = el<HTMLElement>('books-error');
const query = el<HTMLInputElement>('find-query');
const findButton = el<HTMLButtonElement>('find-button');
const findSummary = el<HTMLElement>('find-summary');
const findHits = el<HTMLOListElement>('find-hits');
const create = el<HTMLButtonElement>('create');
const listStatus = el<HTMLElement>('list-status');
const listNone = el<HTMLElement>('list-none');
const list = el<HTMLOListElement>('exhibitions');

const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const input = (id: string) => el<HTMLInputElement>(id);

interface Book {
  titleId: number;
  description: string;
  card: HTMLLIElement;
  annotation: HTMLTextAreaElement;
  link: HTMLInputElement;
}
let books: Book[] = [];
let lastHits: CatalogHitDto[] = [];

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text) e.textContent = text;
  return e;
}

/** Where a refusal goes: a book's annotation or link field, the book's card, the list of books. */
const errors = fieldErrors(form, {
  lines: { books: booksError },
  locate: (field) => {
    const m = /^books\.(\d+)\.(book|annotation|link)$/.exec(field);
    if (!m) return form.querySelector<HTMLElement>(`.field[data-field="${field}"]`);
    const book = books[Number(m[1])];
    if (!book) return booksError;
    return m[2] === 'book' ? book.card.querySelector<HTMLElement>('.book-error') : book.card.querySelector<HTMLElement>(`.field[data-field="${m[2]}"]`);
  },
});
const saving = submitting(create, { idle: () => tr('exhibitions.create'), busy: () => tr('exhibitions.creating') }, { form });

// ---- the books ---------------------------------------------------------------------------------------

function field(name: 'annotation' | 'link', control: HTMLInputElement | HTMLTextAreaElement, id: string): HTMLDivElement {
  const box = make('div', 'field');
  box.dataset.field = name;
  const label = make('label');
  label.htmlFor = id;
  label.dataset.i18n = name === 'annotation' ? 'exhibitions.book.annotation' : 'exhibitions.book.link';
  label.textContent = tr(label.dataset.i18n as MessageKey);
  control.id = id;
  control.dataset.i18nPlaceholder = name === 'annotation' ? 'exhibitions.book.annotation.hint' : 'exhibitions.book.link.hint';
  control.placeholder = tr(control.dataset.i18nPlaceholder as MessageKey);
  box.append(label, control, make('div', 'error'));
  box.querySelector('.error')!.setAttribute('role', 'alert');
  return box;
}

let cardSeq = 0;
function addBook(hit: CatalogHitDto): void {
  if (books.some((b) => b.titleId === hit.titleId) || books.length >= EXHIBITION_LIMITS.books) return;
  const n = ++cardSeq;
  const card = make('li', 'book');
  card.dataset.titleId = String(hit.titleId);
  const head = make('div', 'head');
  const no = make('span', 'no');
  const remove = make('button', 'remove');
  remove.type = 'button';
  remove.dataset.i18n = 'exhibitions.book.remove';
  remove.textContent = tr('exhibitions.book.remove');
  head.append(no, make('span', 'desc', hit.description), remove);
  const annotation = document.createElement('textarea');
  annotation.maxLength = EXHIBITION_LIMITS.annotation;
  annotation.rows = 2;
  const link = document.createElement('input');
  link.type = 'url';
  link.maxLength = EXHIBITION_LIMITS.link;
  link.spellcheck = false;
  const bookError = make('div', 'book-error');
  bookError.setAttribute('role', 'alert');
  card.append(head, bookError, field('annotation', annotation, `annotation-${n}`), field('link', link, `link-${n}`));
  const book: Book = { titleId: hit.titleId, description: hit.description, card, annotation, link };
  remove.addEventListener('click', () => {
    books = books.filter((b) => b !== book);
    card.remove();
    renderBooks();
    renderHits();
  });
  books.push(book);
  booksList.appendChild(card);
  errors.set('books', '');
  renderBooks();
  renderHits();
}

function renderBooks(): void {
  books.forEach((b, i) => (b.card.querySelector('.no')!.textContent = `${i + 1}.`));
  booksCount.textContent = books.length ? tr('exhibitions.books.count', { count: books.length, max: EXHIBITION_LIMITS.books }) : tr('exhibitions.books.none');
}

// ---- the catalogue search ----------------------------------------------------------------------------

function renderHits(): void {
  findHits.textContent = '';
  for (const hit of lastHits) {
    const li = make('li', 'find-hit');
    li.appendChild(make('span', 'desc', hit.description));
    if (hit.shelfMark) li.appendChild(make('span', 'shelf', hit.shelfMark));
    if (books.some((b) => b.titleId === hit.titleId)) li.appendChild(make('span', 'added', `✓ ${tr('exhibitions.find.added')}`));
    else {
      const add = make('button', 'add', tr('exhibitions.find.add'));
      add.type = 'button';
      add.addEventListener('click', () => addBook(hit));
      li.appendChild(add);
    }
    findHits.appendChild(li);
  }
}

async function search(): Promise<void> {
  const text = query.value.trim();
  lastHits = [];
  findHits.textContent = '';
  findSummary.textContent = '';
  if (!text) return;
  findButton.disabled = true;
  try {
    const result = await call('searchCatalog', { query: text, limit: FIND_LIMIT, booksOnly: true });
    if (!result.ok) {
      findSummary.textContent = result.message;
      return;
    }
    lastHits = result.value.hits;
    if (!lastHits.length) findSummary.textContent = tr('exhibitions.find.none', { query: text });
    renderHits();
  } catch (error) {
    findSummary.textContent = errorText(error);
  } finally {
    findButton.disabled = false;
  }
}

// ---- save ------------------------------------------------------------------------------------------------

function resetForm(): void {
  for (const id of ['theme', 'title', 'place']) input(id).value = '';
  books = [];
  booksList.textContent = '';
  lastHits = [];
  findHits.textContent = '';
  findSummary.textContent = '';
  query.value = '';
  renderBooks();
}

async function onCreate(event: Event): Promise<void> {
  event.preventDefault();
  showStatus(newStatus, 'none');
  await runSubmit({
    button: saving,
    status: newStatus,
    errors,
    fixErrors: () => tr('form.fixErrors'),
    check: () => (books.length ? [] : [{ field: 'books', message: tr('exhibitions.error.noBooks') }]),
    send: () =>
      call('createExhibition', {
        theme: input('theme').value,
        title: input('title').value,
        dateFrom: input('dateFrom').value,
        dateTo: input('dateTo').value,
        place: input('place').value,
        books: books.map((b) => ({ book: String(b.titleId), annotation: b.annotation.value, link: b.link.value.trim() })),
      }),
    done: async (value, message) => {
      showStatus(newStatus, 'ok', message);
      resetForm();
      await refresh(value.id);
    },
    showErrors: (shown) => {
      if (shown[0]) reveal(shown[0]);
    },
  });
}

// ---- the list ----------------------------------------------------------------------------------------

function linkTo(url: string, key: MessageKey, className: string): HTMLAnchorElement {
  const a = make('a', className, tr(key));
  const href = webLink(url);
  if (href) a.href = href;
  a.target = '_blank';
  a.rel = 'noopener';
  return a;
}

function itemOf(x: ExhibitionDto): HTMLLIElement {
  const li = make('li');
  li.dataset.id = String(x.id);
  li.appendChild(make('div', 'what', tr('exhibitions.list.item', { id: x.id, title: x.title, from: dayText(x.dateFrom), to: dayText(x.dateTo), books: x.books })));
  const links = make('div', 'links');
  if (x.docLink) links.appendChild(linkTo(x.docLink, 'exhibitions.openDoc', 'doc-link'));
  if (x.photoLink) links.appendChild(linkTo(x.photoLink, 'exhibitions.photo.open', 'photo-link'));
  if (links.childElementCount) li.appendChild(links);

  const itemStatus = make('div', 'status none');
  itemStatus.dataset.role = 'status';
  itemStatus.hidden = true;
  const build = make('button', 'build primary', tr('exhibitions.buildDoc'));
  build.type = 'button';
  const building = submitting(build, { idle: () => tr('exhibitions.buildDoc'), busy: () => tr('exhibitions.building') });
  build.addEventListener('click', () =>
    void runSubmit({
      button: building,
      status: itemStatus,
      send: () => call('buildExhibitionDoc', x.id),
      done: async (value, message) => {
        await refresh(x.id, message);
        void value;
      },
    }),
  );

  const photoRow = make('div', 'photo-row');
  const photoLabel = make('label', '', tr('exhibitions.photo'));
  const photo = document.createElement('input');
  photo.type = 'file';
  photo.accept = 'image/jpeg,image/png,.jpg,.jpeg,.png';
  photo.className = 'photo-input';
  photo.id = `photo-${x.id}`;
  photoLabel.htmlFor = photo.id;
  const upload = make('button', 'upload', tr('exhibitions.photo.upload'));
  upload.type = 'button';
  const uploading = submitting(upload, { idle: () => tr('exhibitions.photo.upload'), busy: () => tr('exhibitions.photo.uploading') });
  upload.addEventListener('click', async () => {
    if (uploading.busy) return;
    uploading.set(true);
    showStatus(itemStatus, 'info', tr('upload.reading'));
    const read = await readChecked(photo.files?.[0], PHOTO_KINDS, UPLOAD_LIMITS.photoBytes, tr);
    uploading.set(false);
    if (!read.ok) {
      showStatus(itemStatus, 'error', read.message);
      return;
    }
    await runSubmit({
      button: uploading,
      status: itemStatus,
      send: () => call('uploadExhibitionPhoto', { exhibitionId: x.id, fileName: read.value.fileName, base64: read.value.base64 }),
      done: async (_value, message) => {
        await refresh(x.id, `${message}${x.docLink ? `\n${tr('exhibitions.photo.rebuild')}` : ''}`);
      },
    });
  });
  photoRow.append(photoLabel, photo, upload);
  const buttons = make('div', 'buttons');
  buttons.append(build);
  li.append(photoRow, buttons, itemStatus);
  return li;
}

/** Reloads the list; `said` goes under the exhibition `id` (a success). */
async function refresh(id?: number, said?: string): Promise<void> {
  try {
    const result = await call('listExhibitions');
    if (!result.ok) {
      showStatus(listStatus, 'error', result.message);
      return;
    }
    list.textContent = '';
    for (const x of result.value.exhibitions) list.appendChild(itemOf(x));
    listNone.hidden = result.value.exhibitions.length > 0;
    if (id && said) {
      const box = list.querySelector<HTMLElement>(`li[data-id="${id}"] [data-role="status"]`);
      if (box) showStatus(box, 'ok', said);
    }
  } catch (error) {
    showStatus(listStatus, 'error', errorText(error));
  }
}

// ---- start ------------------------------------------------------------------------------------------

function translate(): void {
  translatePage(lang);
  saving.set(saving.busy);
  renderBooks();
  renderHits();
}

void startSidebar({
  status,
  apply: (l) => {
    lang = l;
    translate();
  },
  ready: async (ctx) => {
    today = ctx.today;
    if (!input('dateFrom').value) input('dateFrom').value = today;
    if (!input('dateTo').value) input('dateTo').value = addDays(today, 14);
    if (ctx.setUp) await refresh();
    input('theme').focus();
  },
});

form.addEventListener('submit', (e) => void onCreate(e));
enterKeys(form, create, (target) => {
  if (target === query) void search();
});
findButton.addEventListener('click', () => void search());
form.addEventListener('input', (e) => {
  const box = (e.target as HTMLElement).closest<HTMLElement>('.field');
  if (box?.classList.contains('invalid')) box.classList.remove('invalid');
});
