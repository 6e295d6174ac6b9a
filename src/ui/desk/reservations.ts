/**
 * Reservations on the reader's card: what the reader waits for (place in the queue) or has held (which
 * copy, until when), each with "Cancel"; and "Reserve a book": a catalogue search (searchCatalog) whose
 * hits say whether a copy is on the shelf (then it is issued, not reserved) or all are out ("Reserve").
 */
import type { CardReservationDto, CatalogHitDto } from '../../api';
import { call, errorText, showStatus } from '../shared/client';
import { dayText } from '../shared/format';
import type { Desk } from './context';
import { button, el } from './dom';

const HITS = 5;

export function reservations(desk: Desk): { render(): void; reset(): void } {
  const box = document.getElementById('reservations-box')!;
  const list = document.getElementById('reservations')!;
  const query = document.getElementById('reserve-query') as HTMLInputElement;
  const error = document.getElementById('reserve-error')!;
  const hitsList = document.getElementById('reserve-hits')!;
  let hits: CatalogHitDto[] = [];
  let seq = 0;
  const pending = new Set<string>(); // "r:<id>" cancelling, "t:<titleId>" reserving

  function setError(text: string): void {
    error.textContent = text;
    error.closest('.field')?.classList.toggle('invalid', text !== '');
  }

  function item(r: CardReservationDto): HTMLLIElement {
    const li = el('li', `loan reservation ${r.status}`);
    li.dataset.id = String(r.id);
    li.append(el('div', 'desc', r.description));
    const line = el('div', 'loan-line');
    line.append(
      el(
        'span',
        r.status === 'held' ? 'held' : 'waiting',
        r.status === 'held' ? desk.tr('desk.reservation.held', { no: r.inventoryNo, date: dayText(r.expiresOn) }) : desk.tr('desk.reservation.waiting', { position: r.position }),
      ),
    );
    const cancel = button(desk.tr('desk.reservation.cancel'), 'small cancel', () => void cancelReservation(r));
    cancel.disabled = pending.has(`r:${r.id}`);
    line.append(cancel);
    li.append(line);
    return li;
  }

  function renderHits(): void {
    hitsList.textContent = '';
    hitsList.hidden = hits.length === 0;
    for (const h of hits) {
      const li = el('li', 'reserve-hit');
      li.dataset.title = String(h.titleId);
      li.append(el('div', 'desc', h.description));
      const line = el('div', 'loan-line');
      const out = h.inFund - h.onShelf;
      if (h.onShelf > 0) line.append(el('span', 'on-shelf', desk.tr('desk.reserve.onShelf', { count: h.onShelf })));
      else {
        line.append(el('span', 'all-out', desk.tr('desk.reserve.allOut', { count: out })));
        const b = button(desk.tr('desk.reserve.button'), 'small reserve', () => void reserve(h));
        b.disabled = pending.has(`t:${h.titleId}`);
        line.append(b);
      }
      li.append(line);
      hitsList.append(li);
    }
  }

  async function search(): Promise<void> {
    const text = query.value.trim();
    const mine = ++seq;
    setError('');
    if (!text) {
      hits = [];
      renderHits();
      return;
    }
    try {
      const result = await call('searchCatalog', { query: text, limit: HITS, booksOnly: true });
      if (mine !== seq) return;
      if (!result.ok) {
        setError(result.message);
        return;
      }
      hits = result.value.hits.filter((h) => h.inFund > 0);
      if (!hits.length) setError(desk.tr('desk.reserve.none'));
      renderHits();
    } catch (e) {
      if (mine === seq) setError(desk.tr('error.network', { message: errorText(e) }));
    }
  }

  async function reserve(hit: CatalogHitDto): Promise<void> {
    const card = desk.card();
    if (!card) return;
    const key = `t:${hit.titleId}`;
    pending.add(key);
    renderHits();
    try {
      const result = await call('reserveTitle', { ticketNo: card.reader.ticketNo, titleId: hit.titleId });
      showStatus(desk.status, result.ok ? 'ok' : 'error', result.message);
      if (result.ok) {
        hits = [];
        query.value = '';
        await desk.reloadCard();
      }
    } catch (e) {
      showStatus(desk.status, 'error', desk.tr('error.network', { message: errorText(e) }));
    } finally {
      pending.delete(key);
      renderHits();
    }
  }

  async function cancelReservation(r: CardReservationDto): Promise<void> {
    const key = `r:${r.id}`;
    pending.add(key);
    render();
    try {
      const result = await call('cancelReservation', { id: r.id });
      showStatus(desk.status, result.ok ? 'ok' : 'error', result.message);
      if (result.ok) await desk.reloadCard();
    } catch (e) {
      showStatus(desk.status, 'error', desk.tr('error.network', { message: errorText(e) }));
    } finally {
      pending.delete(key);
      render();
    }
  }

  function render(): void {
    const card = desk.card();
    const mine = card?.reservations ?? [];
    list.textContent = '';
    for (const r of mine) list.append(item(r));
    box.hidden = mine.length === 0;
    renderHits();
  }

  query.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void search();
    } else if (e.key === 'Escape' && query.value) {
      e.preventDefault();
      query.value = '';
      hits = [];
      setError('');
      renderHits();
    }
  });
  query.addEventListener('input', () => {
    if (!query.value.trim()) {
      hits = [];
      setError('');
      renderHits();
    }
  });

  return {
    render,
    reset() {
      seq++;
      hits = [];
      query.value = '';
      setError('');
      render();
    },
  };
}
