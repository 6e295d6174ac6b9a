/**
 * Visits without a loan. On the reader's card: one button per purpose (reading room, consultation,
 * reference request) records the reader's visit at once. On the Visits tab: a class or a group, by
 * purpose, number of people and class.
 */
import type { VisitFormDto } from '../../api';
import { VISIT_KINDS } from '../../../sheets-template/options';
import { call, errorText, showStatus } from '../shared/client';
import { fieldErrors, runSubmit, showFieldError, submitting } from '../shared/form';
import type { Desk } from './context';
import { button, el } from './dom';

/** The purposes a reader at the desk is recorded for with one click. */
const CARD_KINDS = ['readingRoom', 'consultation', 'reference'] as const;

export function readerVisits(desk: Desk, box: HTMLElement): { render(): void } {
  const busy = new Set<string>();
  async function record(kind: string): Promise<void> {
    const card = desk.card();
    if (!card || busy.has(kind)) return;
    busy.add(kind);
    render();
    try {
      const result = await call('recordVisit', { ticketNo: card.reader.ticketNo, kind, people: 1, grade: '', note: '' });
      showStatus(desk.status, result.ok ? 'ok' : 'error', result.message);
    } catch (error) {
      showStatus(desk.status, 'error', desk.tr('error.network', { message: errorText(error) }));
    } finally {
      busy.delete(kind);
      render();
    }
  }
  function render(): void {
    box.textContent = '';
    for (const code of CARD_KINDS) {
      const kind = VISIT_KINDS.find((k) => k.code === code)!;
      const b = button(kind.title[desk.lang()], 'small visit', () => void record(code));
      b.dataset.kind = code;
      b.disabled = busy.has(code);
      box.append(b);
    }
  }
  return { render };
}

export function groupVisits(desk: Desk): { translate(): void; focus(): void } {
  const form = document.getElementById('visit-form') as HTMLFormElement;
  const kinds = document.getElementById('visit-kinds')!;
  const people = document.getElementById('visit-people') as HTMLInputElement;
  const grade = document.getElementById('visit-grade') as HTMLInputElement;
  const note = document.getElementById('visit-note') as HTMLInputElement;
  const errors = fieldErrors(form);
  const saving = submitting(document.getElementById('visit-submit') as HTMLButtonElement, { idle: () => desk.tr('visit.submit'), busy: () => desk.tr('visit.saving') }, { form });
  let kind = 'readingRoom';

  function renderKinds(): void {
    kinds.textContent = '';
    for (const k of VISIT_KINDS) {
      const b = el('button', 'cond', k.title[desk.lang()]);
      b.type = 'button';
      b.setAttribute('role', 'radio');
      b.setAttribute('aria-checked', String(k.code === kind));
      b.tabIndex = k.code === kind ? 0 : -1;
      b.dataset.kind = k.code;
      b.addEventListener('click', () => {
        kind = k.code;
        renderKinds();
        (kinds.querySelector(`[data-kind="${k.code}"]`) as HTMLElement).focus();
      });
      kinds.append(b);
    }
  }

  form.addEventListener('input', (e) => {
    const box = (e.target as HTMLElement).closest<HTMLElement>('.field');
    if (box?.classList.contains('invalid')) showFieldError(box, '');
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const dto: VisitFormDto = { ticketNo: 0, kind, people: Number(people.value) || 0, grade: grade.value, note: note.value };
    void runSubmit({
      button: saving,
      status: desk.status,
      errors,
      send: () => call('recordVisit', dto),
      done: (_value, message) => {
        showStatus(desk.status, 'ok', message);
        people.value = '1';
        grade.value = '';
        note.value = '';
        people.focus();
      },
    });
  });

  return {
    translate() {
      renderKinds();
      saving.set(saving.busy);
    },
    focus() {
      people.focus();
    },
  };
}
