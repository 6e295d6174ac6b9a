/**
 * "Add a title's copies": a small catalogue search under an inventory-numbers box. Each title found shows
 * its description and shelf mark and a button adding its copies to the box ("1-3", one part a line, the
 * numbers already there kept). Which copies a sidebar offers is its own decision: labels take every copy
 * in the fund, a write-off only those on the shelf. The markup is made here, inside the sidebar's
 * `<details class="copy-picker">`; its texts carry data-i18n, so translatePage translates them.
 * Server call: searchCatalog, as the catalogue-search sidebar. Style: the copy-picker part of style.css.
 */
import type { CatalogHitDto } from '../../api';
import { parseInventoryList } from '../../domain/writeoff';
import type { MessageKey, Params } from '../../i18n';
import { call, errorText } from './client';
import { rangeLines, rangeText } from './format';

export interface CopyPickerOptions {
  /** The `<details class="copy-picker">` to fill. */
  root: HTMLDetailsElement;
  /** The inventory-numbers box the copies go to. */
  numbers: HTMLTextAreaElement;
  tr: (key: MessageKey, params?: Params) => string;
  /** The inventory numbers of a title's copies to offer. */
  copiesOf: (hit: CatalogHitDto) => number[];
  /** What a title with none of them says instead of the button. */
  noneText: (hit: CatalogHitDto) => string;
  /** After numbers went into the box (the sidebar recounts, clears the box's error). */
  added: () => void;
  /** Titles shown at most. */
  limit?: number;
}

export interface CopyPicker {
  /** Searches what is typed. */
  search(): Promise<void>;
  /** The texts data-i18n cannot carry (call after translatePage). */
  translate(): void;
}

/** Adds numbers to the box (one part a line), keeping what is there; false when all were there already. */
export function addNumbers(box: HTMLTextAreaElement, list: readonly number[]): boolean {
  const present = new Set(parseInventoryList(box.value).numbers);
  const fresh = list.filter((n) => !present.has(n));
  if (!fresh.length) return false;
  const current = box.value.replace(/\s+$/, '');
  box.value = (current ? current + '\n' : '') + rangeLines(fresh);
  return true;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<'id' | 'className' | 'textContent', string>> = {}, data: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  Object.assign(el, props);
  Object.assign(el.dataset, data);
  return el;
}

export function copyPicker(o: CopyPickerOptions): CopyPicker {
  const summary = element('summary', {}, { i18n: 'labels.find' });
  const query = element('input', { id: 'find-query' }, { i18nPlaceholder: 'labels.find.hint' });
  query.type = 'search';
  query.maxLength = 200;
  query.spellcheck = false;
  const button = element('button', { id: 'find-button' }, { i18n: 'labels.find.button' });
  button.type = 'button';
  const row = element('div', { className: 'find-row' });
  row.append(query, button);
  const said = element('div', { id: 'find-summary', className: 'muted' });
  said.setAttribute('aria-live', 'polite');
  const hits = element('ol', { id: 'find-hits', className: 'find-hits' });
  o.root.classList.add('copy-picker');
  o.root.append(summary, row, said, hits);

  function hitItem(hit: CatalogHitDto): HTMLLIElement {
    const li = element('li', { className: 'find-hit' });
    li.appendChild(element('span', { className: 'desc', textContent: hit.description }));
    if (hit.shelfMark) li.appendChild(element('span', { className: 'shelf', textContent: hit.shelfMark }));
    const copies = o.copiesOf(hit);
    if (copies.length) {
      const add = element('button', { className: 'add', textContent: o.tr('labels.find.add', { count: copies.length }) });
      add.type = 'button';
      add.title = `№ ${rangeText(copies, 8)}`;
      add.addEventListener('click', () => {
        if (addNumbers(o.numbers, copies)) o.added();
      });
      li.appendChild(add);
    } else {
      li.appendChild(element('span', { className: 'muted', textContent: o.noneText(hit) }));
    }
    return li;
  }

  async function search(): Promise<void> {
    const text = query.value.trim();
    hits.textContent = '';
    said.textContent = '';
    if (!text) return;
    button.disabled = true;
    try {
      const result = await call('searchCatalog', { query: text, limit: o.limit ?? 10, booksOnly: true });
      if (!result.ok) {
        said.textContent = result.message;
        return;
      }
      if (!result.value.hits.length) said.textContent = o.tr('labels.find.none', { query: text });
      for (const hit of result.value.hits) hits.appendChild(hitItem(hit));
    } catch (error) {
      said.textContent = errorText(error);
    } finally {
      button.disabled = false;
    }
  }

  button.addEventListener('click', () => void search());
  query.addEventListener('keydown', (e) => {
    // Enter searches (and must not submit the sidebar's form); Ctrl+Enter is left to the form.
    if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      void search();
    }
  });
  return {
    search,
    translate: () => query.setAttribute('aria-label', o.tr('labels.find')),
  };
}
