/**
 * Catalogue-search sidebar: one box, searched as she types (debounced) and on Enter; a scanned label
 * ("INV:000123") or a typed inventory number finds its title. Each hit shows its GOST description,
 * shelf mark, how many copies are on the shelf, and every copy's state; articles of the card index
 * that answer the query follow the books in a section of their own. Keyboard: ↓ from the box into
 * the results, ↑/↓ between them, Esc back to the box (and Esc in the box clears it).
 */
import type { ArticleHitDto, CatalogHitDto, CatalogResultDto, CopyDto, ScanHitDto } from '../../api';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, errorText, showStatus, startSidebar, translatePage } from '../shared/client';
import { dayText, rangeText, webLink } from '../shared/format';

const LIMIT = 30;
const DEBOUNCE_MS = 300;

let lang: Lang = 'kk';
let timer: ReturnType<typeof setTimeout> | undefined;
let sequence = 0;
let lastQuery: string | null = null;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('query') as HTMLInputElement;
const status = document.getElementById('status') as HTMLElement;
const summary = document.getElementById('summary') as HTMLElement;
const hitsList = document.getElementById('hits') as HTMLOListElement;
const moreNote = document.getElementById('more') as HTMLElement;
const articlesBox = document.getElementById('articles-box') as HTMLElement;
const articlesList = document.getElementById('articles') as HTMLOListElement;

const tr = (key: MessageKey, params?: Params) => t(lang, key, params);

/** What goes to the server: a scanned "INV:000123" becomes "123"; anything else as typed, trimmed. */
function normaliseQuery(raw: string): string {
  const q = raw.replace(/\s+/g, ' ').trim();
  const scanned = /^INV:\s*0*(\d+)$/i.exec(q);
  if (scanned) return scanned[1] || '0';
  return q;
}

const STATE_ORDER: ReadonlyArray<CopyDto['state']> = ['shelf', 'reserved', 'loan', 'writtenOff'];
const STATE_KEY: Readonly<Record<Exclude<CopyDto['state'], 'loan'>, MessageKey>> = { shelf: 'copy.shelf', reserved: 'copy.reserved', writtenOff: 'copy.writtenOff' };

/** The copies grouped by state: "№ 1–3 сөреде", and each copy on loan with its due date. */
function copyLines(copies: readonly CopyDto[]): HTMLElement {
  const list = document.createElement('ul');
  list.className = 'copies';
  for (const state of STATE_ORDER) {
    const these = copies.filter((c) => c.state === state);
    if (!these.length) continue;
    if (state === 'loan') {
      for (const c of [...these].sort((a, b) => a.inventoryNo - b.inventoryNo)) {
        list.appendChild(copyLine(state, `№ ${c.inventoryNo}`, c.dueOn ? tr('copy.loan', { date: dayText(c.dueOn) }) : tr('copy.loanNoDate')));
      }
    } else {
      list.appendChild(copyLine(state, `№ ${rangeText(these.map((c) => c.inventoryNo))}`, tr(STATE_KEY[state])));
    }
  }
  return list;
}

function copyLine(state: string, numbers: string, label: string): HTMLElement {
  const li = document.createElement('li');
  li.className = `copy ${state}`;
  li.dataset.state = state;
  const nos = document.createElement('span');
  nos.className = 'nos';
  nos.textContent = numbers;
  const what = document.createElement('span');
  what.className = 'state';
  what.textContent = label;
  li.append(nos, ' ', what);
  return li;
}

function hitItem(hit: CatalogHitDto): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'hit';
  li.tabIndex = 0;
  li.dataset.titleId = String(hit.titleId);
  const description = document.createElement('div');
  description.className = 'desc';
  description.textContent = hit.description;
  li.appendChild(description);
  const meta = document.createElement('div');
  meta.className = 'meta';
  if (hit.shelfMark) {
    const mark = document.createElement('span');
    mark.className = 'shelf-mark';
    mark.textContent = `${tr('search.shelfMark')}: ${hit.shelfMark}`;
    meta.appendChild(mark);
  }
  const count = document.createElement('span');
  count.className = `on-shelf ${hit.onShelf > 0 ? 'some' : 'none'}`;
  count.textContent = tr('search.onShelf', { onShelf: hit.onShelf, inFund: hit.inFund });
  meta.appendChild(count);
  li.appendChild(meta);
  if (hit.copies.length) li.appendChild(copyLines(hit.copies));
  const label = [hit.description, hit.shelfMark, count.textContent].filter((s) => s).join('. ');
  li.setAttribute('aria-label', label);
  return li;
}

/** An article of the card index: its analytic description, subject headings and BBK. */
function articleItem(hit: ArticleHitDto): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'hit article';
  li.tabIndex = 0;
  const description = document.createElement('div');
  description.className = 'desc';
  description.textContent = hit.description;
  li.appendChild(description);
  const meta = [hit.subjects ? `${tr('search.subjects')}: ${hit.subjects}` : '', hit.bbk ? `${tr('per.bbk')}: ${hit.bbk}` : ''].filter((s) => s);
  if (meta.length) {
    const line = document.createElement('div');
    line.className = 'meta muted';
    line.textContent = meta.join(' · ');
    li.appendChild(line);
  }
  li.setAttribute('aria-label', [hit.description, ...meta].join('. '));
  return li;
}

/** The articles after the books: a section of their own, hidden when there are none. */
function renderArticles(result: CatalogResultDto | null): void {
  articlesList.textContent = '';
  const articles = result?.articles ?? [];
  articlesBox.hidden = articles.length === 0;
  (document.getElementById('articles-head') as HTMLElement).textContent = tr('search.articles', { count: articles.length + (result?.moreArticles ? '+' : '') });
  const more = document.getElementById('articles-more') as HTMLElement;
  more.hidden = !result?.moreArticles;
  more.textContent = tr('search.articlesMore', { count: articles.length });
  for (const a of articles) articlesList.appendChild(articleItem(a));
}

/** A scanned document of the electronic archive: its description, pages, and a link that opens the file. */
function scanItem(hit: ScanHitDto): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'hit scan';
  li.tabIndex = 0;
  const description = document.createElement('div');
  description.className = 'desc';
  description.textContent = hit.description;
  li.appendChild(description);
  const line = document.createElement('div');
  line.className = 'meta muted';
  const link = document.createElement('a');
  const href = webLink(hit.fileLink);
  if (href) link.href = href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = hit.fileName || tr('search.scanOpen');
  line.append(...(hit.pages ? [tr('search.scanPages', { pages: hit.pages }), ' · '] : []), link);
  li.appendChild(line);
  li.setAttribute('aria-label', `${hit.description}. ${hit.fileName}`);
  return li;
}

/** The scanned documents after the articles, as a section of their own. */
function renderScans(result: CatalogResultDto | null): void {
  const list = document.getElementById('scans') as HTMLOListElement;
  list.textContent = '';
  const scans = result?.scans ?? [];
  (document.getElementById('scans-box') as HTMLElement).hidden = scans.length === 0;
  (document.getElementById('scans-head') as HTMLElement).textContent = tr('search.scans', { count: scans.length + (result?.moreScans ? '+' : '') });
  const more = document.getElementById('scans-more') as HTMLElement;
  more.hidden = !result?.moreScans;
  more.textContent = tr('search.scansMore', { count: scans.length });
  for (const s of scans) list.appendChild(scanItem(s));
}

function render(result: CatalogResultDto, shown: string): void {
  hitsList.textContent = '';
  moreNote.hidden = !result.more;
  renderArticles(result);
  renderScans(result);
  if (result.hits.length === 0 && result.articles.length === 0 && result.scans.length === 0) {
    summary.textContent = tr('search.empty', { query: shown });
    summary.className = 'summary empty';
    return;
  }
  summary.className = 'summary muted';
  // Only articles or scans answered: their sections say how many; no "found: 0" above them.
  summary.textContent = result.hits.length ? tr('search.found', { count: result.hits.length + (result.more ? '+' : '') }) : '';
  if (result.hits.length === 0) return;
  for (const hit of result.hits) hitsList.appendChild(hitItem(hit));
  if (result.more) moreNote.textContent = tr('search.more', { count: result.hits.length });
}

function showPrompt(): void {
  hitsList.textContent = '';
  renderArticles(null);
  renderScans(null);
  moreNote.hidden = true;
  summary.className = 'summary muted';
  summary.textContent = tr('search.prompt');
  lastQuery = null;
}

async function search(raw: string, force: boolean): Promise<void> {
  clearTimeout(timer);
  const query = normaliseQuery(raw);
  if (!query) {
    sequence++;
    showPrompt();
    return;
  }
  if (!force && query === lastQuery) return;
  lastQuery = query;
  const mine = ++sequence;
  summary.className = 'summary muted';
  summary.textContent = tr('search.searching');
  document.body.setAttribute('aria-busy', 'true');
  try {
    const result = await call('searchCatalog', { query, limit: LIMIT });
    if (mine !== sequence) return; // she typed on meanwhile: a newer search is on its way
    if (result.ok) {
      showStatus(status, 'none');
      render(result.value, raw.trim());
    } else {
      hitsList.textContent = '';
      renderArticles(null);
      renderScans(null);
      summary.textContent = '';
      showStatus(status, 'error', [result.message, ...result.errors.map((e) => e.message).filter((m) => m !== result.message)].join('\n'));
    }
  } catch (error) {
    if (mine !== sequence) return;
    lastQuery = null;
    summary.textContent = '';
    showStatus(status, 'error', tr('error.network', { message: errorText(error) }));
  } finally {
    if (mine === sequence) document.body.removeAttribute('aria-busy');
  }
}

function hitElements(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.hits .hit, .articles .hit'));
}

input.addEventListener('input', () => {
  clearTimeout(timer);
  const q = normaliseQuery(input.value);
  if (!q) {
    void search('', true);
    return;
  }
  // One letter finds half the catalogue: wait for the second (a number searches at once).
  if (q.length < 2 && !/^\d$/.test(q)) return;
  timer = setTimeout(() => void search(input.value, false), DEBOUNCE_MS);
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void search(input.value, true).then(() => input.select()); // a scanner's next label replaces this one
});

input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') {
    const first = hitElements()[0];
    if (first) {
      e.preventDefault();
      first.focus();
    }
  } else if (e.key === 'Escape' && input.value) {
    e.preventDefault();
    input.value = '';
    void search('', true);
  }
});

const onResultKey = (e: KeyboardEvent) => {
  const items = hitElements();
  const i = items.indexOf(document.activeElement as HTMLElement);
  if (i < 0) return;
  if (e.key === 'ArrowDown' && i + 1 < items.length) {
    e.preventDefault();
    items[i + 1].focus();
  } else if (e.key === 'ArrowUp') {
    e.preventDefault();
    if (i > 0) items[i - 1].focus();
    else input.focus();
  } else if (e.key === 'Escape') {
    e.preventDefault();
    input.focus();
    input.select();
  }
};
hitsList.addEventListener('keydown', onResultKey);
articlesList.addEventListener('keydown', onResultKey);
(document.getElementById('scans') as HTMLElement).addEventListener('keydown', onResultKey);

function start(): Promise<void> {
  return startSidebar({
    status,
    loading: null,
    apply: (l) => {
      lang = l;
      translatePage(lang);
      showPrompt();
    },
    ready: () => {
      if (input.value.trim()) void search(input.value, true);
      input.focus();
    },
  });
}

void start();
