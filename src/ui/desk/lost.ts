/**
 * A lost book, from the loan on the reader's card ("Lost"): a small form under the loan. Either the
 * reader brought a book instead (its description and price: it is taken into the fund with a new
 * inventory number) or the loss is written off without one. replaceLostCopy writes it all at once; the
 * answer names the act (with a link to its Doc) and the new number.
 */
import type { LoanDto, LostCopyFormDto, TitleFormDto } from '../../api';
import { PUBLICATION_LANGUAGES, SECTIONS } from '../../../sheets-template/options';
import { call, showStatus } from '../shared/client';
import { fieldErrors, fillOptions, runSubmit, showFieldError, submitting } from '../shared/form';
import type { Desk } from './context';
import { docLink, el } from './dom';

const TITLE_FIELDS = ['authors', 'title', 'year', 'publisher', 'place', 'isbn', 'price'] as const;
type TitleField = (typeof TITLE_FIELDS)[number];
const LABELS: Record<TitleField, Parameters<Desk['tr']>[0]> = {
  authors: 'acq.authors',
  title: 'acq.title',
  year: 'acq.year',
  publisher: 'acq.publisher',
  place: 'acq.place',
  isbn: 'acq.isbn',
  price: 'acq.price',
};

function field(name: string, labelKey: Parameters<Desk['tr']>[0], control: HTMLElement, hintKey?: Parameters<Desk['tr']>[0]): { box: HTMLElement; label: HTMLLabelElement; hint: HTMLElement | null; key: typeof labelKey; hintKey?: typeof hintKey } {
  const box = el('div', 'field');
  box.dataset.field = name;
  const label = el('label');
  control.id = `lost-${name}`;
  label.htmlFor = control.id;
  box.append(label, control);
  const hint = hintKey ? el('div', 'hint') : null;
  if (hint) box.append(hint);
  box.append(el('div', 'error'));
  return { box, label, hint, key: labelKey, hintKey };
}

export function lostForm(desk: Desk): { attach(li: HTMLElement, loan: LoanDto): void; isOpen(no: number): boolean; open(loan: LoanDto): void; close(): void; translate(): void } {
  const form = el('form', 'lost-form');
  form.noValidate = true;
  form.autocomplete = 'off';
  const heading = el('div', 'lost-heading');
  const modeBox = el('div', 'choice');
  modeBox.setAttribute('role', 'radiogroup');
  const withButton = el('button', 'cond');
  const withoutButton = el('button', 'cond');
  for (const b of [withButton, withoutButton]) {
    b.type = 'button';
    b.setAttribute('role', 'radio');
  }
  modeBox.append(withButton, withoutButton);

  const inputs = {} as Record<TitleField, HTMLInputElement>;
  const fields: Array<ReturnType<typeof field>> = [];
  const replacementBox = el('fieldset', 'replacement');
  for (const f of TITLE_FIELDS) {
    const input = el('input');
    input.maxLength = f === 'title' ? 500 : 200;
    if (f === 'year' || f === 'price') input.inputMode = 'decimal';
    inputs[f] = input;
    const made = field(f, LABELS[f], input, f === 'authors' ? 'acq.authors.hint' : undefined);
    fields.push(made);
  }
  const section = el('select');
  const language = el('select');
  const newDepartment = el('input');
  newDepartment.maxLength = 100;
  const sectionField = field('section', 'acq.section', section);
  const languageField = field('language', 'acq.language', language);
  const newDepartmentField = field('department', 'desk.lost.newDepartment', newDepartment);
  const byName = (n: TitleField) => fields[TITLE_FIELDS.indexOf(n)].box;
  const yearPrice = el('div', 'row2');
  yearPrice.append(byName('year'), byName('price'));
  const publisherPlace = el('div', 'row2');
  publisherPlace.append(byName('place'), byName('publisher'));
  const sectionLanguage = el('div', 'row2');
  sectionLanguage.append(sectionField.box, languageField.box);
  replacementBox.append(byName('authors'), byName('title'), publisherPlace, yearPrice, byName('isbn'), sectionLanguage, newDepartmentField.box);

  const lostDepartment = el('input');
  lostDepartment.maxLength = 100;
  const lostDepartmentField = field('lostDepartment', 'desk.lost.department', lostDepartment, 'desk.lost.department.hint');
  const note = el('input');
  note.maxLength = 300;
  const noteField = field('note', 'desk.lost.note', note);
  // The act's commission: empty repeats the library's latest act (the server refuses when there is none).
  const commission = el('textarea');
  commission.rows = 2;
  commission.maxLength = 1000;
  const commissionField = field('commission', 'wo.commission', commission, 'desk.lost.commission.hint');
  const approvedBy = el('input');
  approvedBy.maxLength = 200;
  const approvedByField = field('approvedBy', 'wo.approvedBy', approvedBy);
  const actBox = el('details', 'lost-act');
  const actSummary = el('summary');
  actBox.append(actSummary, commissionField.box, approvedByField.box);
  const signedLabel = el('label', 'check');
  const signed = el('input');
  signed.type = 'checkbox';
  signed.id = 'lost-signed';
  const signedText = el('span');
  signedLabel.append(signed, signedText);

  const buttons = el('div', 'buttons');
  const submit = el('button', 'primary danger');
  submit.type = 'submit';
  const cancel = el('button');
  cancel.type = 'button';
  buttons.append(submit, cancel);
  const all = [...fields, sectionField, languageField, newDepartmentField, lostDepartmentField, noteField, commissionField, approvedByField];
  form.append(heading, modeBox, replacementBox, lostDepartmentField.box, signedLabel, noteField.box, actBox, buttons);

  // Errors about the replacement come as "replacement.title.<field>" (or "<field>"): the last part names the box.
  const errors = fieldErrors(form, { locate: (name) => form.querySelector<HTMLElement>(`.field[data-field="${name.split('.').pop()}"]`) });
  let replace = true;
  let loan: LoanDto | null = null;
  const saving = submitting(submit, { idle: () => desk.tr(replace ? 'desk.lost.submitReplace' : 'desk.lost.submit'), busy: () => desk.tr('fund.saving') }, { form });

  function setMode(next: boolean): void {
    replace = next;
    withButton.setAttribute('aria-checked', String(replace));
    withoutButton.setAttribute('aria-checked', String(!replace));
    withButton.setAttribute('aria-pressed', String(replace));
    withoutButton.setAttribute('aria-pressed', String(!replace));
    replacementBox.hidden = !replace;
    errors.clear();
    saving.set(saving.busy);
  }
  // What she corrects is no longer wrong: its error goes as she types.
  form.addEventListener('input', (e) => {
    const box = (e.target as HTMLElement).closest<HTMLElement>('.field');
    if (box?.classList.contains('invalid')) showFieldError(box, '');
  });
  withButton.addEventListener('click', () => setMode(true));
  withoutButton.addEventListener('click', () => setMode(false));

  function translate(): void {
    const lang = desk.lang();
    for (const f of all) {
      f.label.textContent = desk.tr(f.key);
      if (f.hint && f.hintKey) f.hint.textContent = desk.tr(f.hintKey);
    }
    fillOptions(section, SECTIONS, lang, desk.tr('fund.choose'));
    fillOptions(language, PUBLICATION_LANGUAGES, lang, desk.tr('fund.choose'));
    withButton.textContent = desk.tr('desk.lost.withReplacement');
    withoutButton.textContent = desk.tr('desk.lost.noReplacement');
    signedText.textContent = desk.tr('desk.lost.signed');
    actSummary.textContent = desk.tr('desk.lost.act');
    cancel.textContent = desk.tr('desk.lost.cancel');
    if (loan) heading.textContent = desk.tr('desk.lost.heading', { no: loan.inventoryNo });
    saving.set(saving.busy);
  }

  function reset(): void {
    for (const f of TITLE_FIELDS) inputs[f].value = '';
    section.value = '';
    language.value = '';
    newDepartment.value = '';
    lostDepartment.value = '';
    note.value = '';
    commission.value = '';
    approvedBy.value = '';
    signed.checked = false;
    errors.clear();
    setMode(true);
  }

  function close(): void {
    loan = null;
    form.remove();
    desk.renderCard();
  }
  cancel.addEventListener('click', close);
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!loan) return;
    const lost = loan;
    const title: TitleFormDto = {
      authors: inputs.authors.value,
      title: inputs.title.value,
      otherTitleInfo: '',
      responsibility: '',
      volume: '',
      place: inputs.place.value,
      publisher: inputs.publisher.value,
      year: inputs.year.value,
      pages: '',
      isbn: inputs.isbn.value,
      bbk: '',
      udc: '',
      authorSign: '',
      language: language.value,
      section: section.value,
      docType: 'book',
      annotation: '',
      keywords: '',
      price: inputs.price.value,
      copies: '1',
    };
    const dto: LostCopyFormDto = {
      inventoryNo: lost.inventoryNo,
      replacement: replace ? { title, department: newDepartment.value } : null,
      lostDepartment: lostDepartment.value,
      readerSigned: signed.checked,
      note: note.value,
      commission: commission.value,
      approvedBy: approvedBy.value,
    };
    void runSubmit({
      button: saving,
      status: desk.status,
      errors,
      send: () => call('replaceLostCopy', dto),
      showErrors: (shown) => {
        const details = shown[0]?.closest('details');
        if (details) details.open = true;
        shown[0]?.querySelector<HTMLElement>('input, select, textarea')?.focus();
      },
      done: async (value, message) => {
        showStatus(desk.status, 'ok', message);
        desk.status.append(document.createElement('br'), docLink(`${desk.tr('desk.lost.act')} № ${value.actNo}`, value.actDocUrl));
        loan = null;
        form.remove();
        reset();
        await desk.reloadCard();
      },
    });
  });

  setMode(true);
  return {
    isOpen: (no) => loan?.inventoryNo === no,
    open(next) {
      if (loan?.inventoryNo !== next.inventoryNo) reset();
      loan = next;
      translate();
      desk.renderCard();
      (replace ? inputs.authors : lostDepartment).focus();
    },
    attach(li, forLoan) {
      if (loan?.inventoryNo === forLoan.inventoryNo) li.append(form);
    },
    close,
    translate,
  };
}
