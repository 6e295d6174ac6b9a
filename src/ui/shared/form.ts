/**
 * The form plumbing every sidebar shares: an error next to its field, a button that says "saving…" while
 * the server works, and the submit flow (check here → send → the answer, or the refusals next to their
 * fields, or the failure). What to keep after a success and where to scroll stay each sidebar's own.
 *
 * A field is a `.field` box (found by `data-field="<name>"` unless the sidebar locates it itself) holding
 * its control (input, select or textarea) and a `.error` line.
 */
import type { FieldErrorDto, Result } from '../../api';
import type { Lang } from '../../i18n';
import { errorText, showStatus } from './client';

export { errorText };

export type FieldError = Pick<FieldErrorDto, 'field' | 'message'>;

/** The values of a form's controls as its DTO of strings: readFields(['date', 'note'], input). */
export function readFields<F extends string>(fields: readonly F[], control: (field: F) => { value: string }): Record<F, string> {
  const out = {} as Record<F, string>;
  for (const f of fields) out[f] = control(f).value;
  return out;
}

export type SelectOptions = ReadonlyArray<{ readonly code: string; readonly title: Readonly<Record<Lang, string>> }>;

/**
 * Fills a select with the journal's own option titles (sheets-template), so sidebar and sheet agree;
 * the choice made is kept (else the first option). A placeholder option '' first when given.
 */
export function fillOptions(select: HTMLSelectElement, options: SelectOptions, lang: Lang, placeholder?: string): void {
  const current = select.value;
  select.textContent = '';
  if (placeholder !== undefined) select.add(new Option(placeholder, ''));
  for (const o of options) select.add(new Option(o.title[lang], o.code));
  select.value = current;
  if (select.selectedIndex < 0) select.selectedIndex = 0;
}

export interface FieldErrors {
  /** The `.field` box an error about `field` goes to, or null. */
  box(field: string): HTMLElement | null;
  /** Shows one field's error ('' clears it). */
  set(field: string, text: string): void;
  /** Clears every field shown invalid under the root. */
  clear(): void;
  /**
   * Clears, then shows every error next to its field (several for one field one under another, each once).
   * `shown`: the boxes, in the order of their first error; `unplaced`: the messages no field took.
   */
  show(errors: readonly FieldError[]): { shown: HTMLElement[]; unplaced: string[] };
}

/** Shows (or with '' clears) the error of one `.field` box: the box marked invalid, its control aria-invalid. */
export function showFieldError(box: HTMLElement, text: string): void {
  box.classList.toggle('invalid', text !== '');
  const line = box.querySelector<HTMLElement>('.error');
  if (line) line.textContent = text;
  box.querySelector('input, select, textarea')?.setAttribute('aria-invalid', text ? 'true' : 'false');
}

/**
 * The field errors under `root`. `locate` finds a field's box when `data-field` does not (cards of a
 * batch); `lines` are names whose errors go to a bare error line instead of a field (about the form as
 * a whole: "items", "mapping").
 */
export function fieldErrors(
  root: ParentNode,
  options: { locate?: (field: string) => HTMLElement | null; lines?: Readonly<Record<string, HTMLElement>> } = {},
): FieldErrors {
  const lines = options.lines ?? {};
  const isLine = (el: HTMLElement) => Object.keys(lines).some((k) => lines[k] === el);
  const locate = options.locate ?? ((field: string) => root.querySelector<HTMLElement>(`.field[data-field="${field}"]`));
  const box = (field: string) => (Object.prototype.hasOwnProperty.call(lines, field) ? lines[field] : locate(field));
  const paint = (el: HTMLElement, text: string) => (isLine(el) ? (el.textContent = text) : showFieldError(el, text));
  const clear = () => {
    root.querySelectorAll<HTMLElement>('.field.invalid').forEach((b) => showFieldError(b, ''));
    Object.keys(lines).forEach((k) => (lines[k].textContent = ''));
  };
  return {
    box,
    set(field, text) {
      const b = box(field);
      if (b) paint(b, text);
    },
    clear,
    show(errors) {
      clear();
      const byBox = new Map<HTMLElement, string[]>();
      const unplaced: string[] = [];
      for (const e of errors) {
        const b = box(e.field);
        if (!b) {
          unplaced.push(e.message);
          continue;
        }
        const list = byBox.get(b) ?? [];
        if (list.indexOf(e.message) < 0) list.push(e.message);
        byBox.set(b, list);
      }
      byBox.forEach((messages, b) => paint(b, messages.join('\n')));
      return { shown: Array.from(byBox.keys()), unplaced };
    },
  };
}

/**
 * The Enter key in a form: Ctrl+Enter (⌘+Enter) submits it with `submit`; a plain Enter in a one-line
 * field goes to `enter`, by default nowhere (a scanner ends each number with Enter: it must not submit).
 */
export function enterKeys(form: HTMLFormElement, submit: HTMLButtonElement, enter: (target: HTMLElement) => void = () => undefined): void {
  form.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      form.requestSubmit(submit);
    } else if ((e.target as HTMLElement).tagName === 'INPUT') {
      e.preventDefault();
      enter(e.target as HTMLElement);
    }
  });
}

/** Brings a field into view (opening the <details> it is folded in) and puts the cursor in its control. */
export function reveal(box: HTMLElement): void {
  const details = box.closest('details');
  if (details) details.open = true;
  box.scrollIntoView({ block: 'center' });
  box.querySelector<HTMLElement>('input, select, textarea')?.focus({ preventScroll: true });
}

export interface Submitting {
  readonly busy: boolean;
  /** Disables the button and says "saving…" (or gives both back); the form is aria-busy meanwhile. */
  set(on: boolean): void;
}

/**
 * The busy state of a submit button. The labels are functions: the sidebar's language is known only
 * after the context answers. `also` disables whatever else must wait (other buttons, a scanner queue).
 */
export function submitting(
  button: HTMLButtonElement,
  labels: { idle: () => string; busy: () => string },
  options: { form?: HTMLElement; also?: (on: boolean) => void } = {},
): Submitting {
  const state = {
    busy: false,
    set(on: boolean) {
      state.busy = on;
      button.disabled = on;
      button.textContent = on ? labels.busy() : labels.idle();
      options.form?.setAttribute('aria-busy', on ? 'true' : 'false');
      options.also?.(on);
    },
  };
  return state;
}

export interface SubmitFlow<T> {
  button: Submitting;
  /** The status box the answer goes to. */
  status: HTMLElement;
  /** Where field errors show; without it every refusal is said in the status. */
  errors?: FieldErrors;
  /** What the sidebar can tell without the server; any error stops the submit before anything is sent. */
  check?: () => readonly FieldError[];
  /** The status when the check fails ("fix the marked fields", in her language); without it the status stays. */
  fixErrors?: () => string;
  send: () => Promise<Result<T>>;
  /** The server did it. */
  done: (value: T, message: string) => void | Promise<void>;
  /** After errors are shown next to their fields (by the check or by the server): where to go. */
  showErrors?: (shown: HTMLElement[]) => void;
  /** What the status says when the server refuses: by default its message and, under it, the messages no field took. */
  refusedText?: (answer: { message: string; errors: FieldErrorDto[] }, unplaced: string[]) => string;
  /** The server refused: what else to do (after the errors and the status are shown). */
  refused?: (answer: { message: string; errors: FieldErrorDto[] }) => void | Promise<void>;
  /** The call failed (network, server error); the status already says so. */
  failed?: (error: unknown) => void;
}

/** check → busy → send → done | refusals next to their fields | failure; the button is given back at the end. */
export async function runSubmit<T>(flow: SubmitFlow<T>): Promise<void> {
  if (flow.button.busy) return;
  const errors = flow.errors ?? fieldErrors(document.createDocumentFragment());
  const local = flow.check ? flow.check() : [];
  if (local.length) {
    flow.showErrors?.(errors.show(local).shown);
    if (flow.fixErrors) showStatus(flow.status, 'error', flow.fixErrors());
    return;
  }
  errors.clear();
  flow.button.set(true);
  try {
    const result = await flow.send();
    if (result.ok) {
      await flow.done(result.value, result.message);
    } else {
      const { shown, unplaced } = errors.show(result.errors);
      const text = flow.refusedText ? flow.refusedText(result, unplaced) : [result.message, ...unplaced.filter((m) => m !== result.message)].join('\n');
      showStatus(flow.status, 'error', text);
      flow.showErrors?.(shown);
      await flow.refused?.(result);
    }
  } catch (error) {
    showStatus(flow.status, 'error', errorText(error));
    flow.failed?.(error);
  } finally {
    flow.button.set(false);
  }
}
