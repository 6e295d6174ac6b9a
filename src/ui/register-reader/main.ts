/**
 * Register-a-reader sidebar: the formular. Checks the input as she types with the same rules as the
 * server (the server checks again: it is the one that decides), shows field errors in her language,
 * and on success the ticket number.
 */
import type { FieldErrorDto, ReaderFormDto, SidebarContext } from '../../api';
import { validateReaderForm } from '../../domain/reader';
import { READER_CATEGORIES } from '../../../sheets-template/options';
import { t, type Lang } from '../../i18n';
import { call, showStatus, translatePage } from '../shared/client';

const FIELDS = ['fullName', 'category', 'grade', 'school', 'address', 'phone', 'registeredOn'] as const;
type Field = (typeof FIELDS)[number];

let lang: Lang = 'kk';
let ctx: SidebarContext | null = null;

const form = document.getElementById('reader-form') as HTMLFormElement;
const status = document.getElementById('status') as HTMLElement;
const submit = document.getElementById('submit') as HTMLButtonElement;
const input = (f: Field) => document.getElementById(f) as HTMLInputElement | HTMLSelectElement;

function read(): ReaderFormDto {
  const v = (f: Field) => input(f).value;
  return { fullName: v('fullName'), category: v('category'), grade: v('grade'), school: v('school'), address: v('address'), phone: v('phone'), registeredOn: v('registeredOn') };
}

function clearErrors(): void {
  for (const f of FIELDS) showFieldError(f, '');
}

function showFieldError(field: string, text: string): void {
  const box = document.querySelector<HTMLElement>(`.field[data-field="${field}"]`);
  const err = document.getElementById(`${field}-error`);
  if (!box || !err) return;
  box.classList.toggle('invalid', text !== '');
  err.textContent = text;
  input(field as Field).setAttribute('aria-invalid', text ? 'true' : 'false');
}

function showErrors(errors: ReadonlyArray<Pick<FieldErrorDto, 'field' | 'message'>>): void {
  clearErrors();
  for (const e of errors) showFieldError(e.field, e.message);
  const first = errors.find((e) => (FIELDS as readonly string[]).includes(e.field));
  if (first) input(first.field as Field).focus();
}

function updateGradeRequired(): void {
  (document.getElementById('grade-req') as HTMLElement).hidden = input('category').value !== 'pupil';
}

/** The category list speaks the journal's own labels (sheets-template), so the sidebar and the sheet agree. */
function fillCategories(): void {
  const select = input('category') as HTMLSelectElement;
  const current = select.value || 'pupil';
  select.textContent = '';
  for (const option of READER_CATEGORIES) select.add(new Option(option.title[lang], option.code));
  select.value = current;
}

/** Empties the fields, keeping what the next reader in the queue most likely shares. */
function resetForm(keep: Partial<ReaderFormDto>): void {
  for (const f of FIELDS) input(f).value = '';
  input('category').value = keep.category ?? 'pupil';
  input('school').value = keep.school ?? ctx?.schoolName ?? '';
  input('registeredOn').value = keep.registeredOn ?? ctx?.today ?? '';
  updateGradeRequired();
  input('fullName').focus();
}

async function onSubmit(event: Event): Promise<void> {
  event.preventDefault();
  const dto = read();
  const local = validateReaderForm(dto, ctx?.today ?? '9999-12-31');
  if (!local.ok) {
    showErrors(local.errors.map((e) => ({ field: e.field, message: t(lang, e.key, e.params) })));
    showStatus(status, 'error', t(lang, 'form.fixErrors'));
    return;
  }
  submit.disabled = true;
  submit.textContent = t(lang, 'form.submitting');
  try {
    const result = await call('registerReader', dto);
    if (result.ok) {
      clearErrors();
      showStatus(status, 'ok', result.message);
      resetForm({ category: dto.category, school: dto.school, registeredOn: dto.registeredOn });
    } else {
      showErrors(result.errors);
      showStatus(status, 'error', result.message);
    }
  } catch (error) {
    showStatus(status, 'error', error instanceof Error ? error.message : String(error));
  } finally {
    submit.disabled = false;
    submit.textContent = t(lang, 'form.submit');
  }
}

async function start(): Promise<void> {
  translatePage(lang);
  fillCategories();
  showStatus(status, 'info', t(lang, 'form.loading'));
  try {
    ctx = await call('getSidebarContext');
    lang = ctx.lang;
    translatePage(lang);
    fillCategories();
    showStatus(status, ctx.setUp ? 'none' : 'error', ctx.setUp ? '' : t(lang, 'error.notSetUp'));
    resetForm({});
  } catch (error) {
    showStatus(status, 'error', t(lang, 'error.network', { message: error instanceof Error ? error.message : String(error) }));
  }
}

form.addEventListener('submit', (e) => void onSubmit(e));
form.addEventListener('reset', (e) => {
  e.preventDefault();
  clearErrors();
  showStatus(status, 'none');
  resetForm({});
});
input('category').addEventListener('change', updateGradeRequired);
for (const f of FIELDS) input(f).addEventListener('input', () => showFieldError(f, ''));
void start();
