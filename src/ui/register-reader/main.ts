/**
 * Register-a-reader sidebar: the formular. Checks the input as she types with the same rules as the
 * server (the server checks again: it is the one that decides), shows field errors in her language,
 * and on success the ticket number.
 */
import type { ReaderFormDto, SidebarContext } from '../../api';
import { validateReaderForm } from '../../domain/reader';
import { READER_CATEGORIES } from '../../../sheets-template/options';
import { t, type Lang } from '../../i18n';
import { call, showStatus, startSidebar, translatePage } from '../shared/client';
import { fieldErrors, fillOptions, readFields, runSubmit, submitting } from '../shared/form';

const FIELDS = ['fullName', 'category', 'grade', 'school', 'address', 'phone', 'registeredOn'] as const;
type Field = (typeof FIELDS)[number];

let lang: Lang = 'kk';
let ctx: SidebarContext | null = null;

const form = document.getElementById('reader-form') as HTMLFormElement;
const status = document.getElementById('status') as HTMLElement;
const submit = document.getElementById('submit') as HTMLButtonElement;
const input = (f: Field) => document.getElementById(f) as HTMLInputElement | HTMLSelectElement;
const errors = fieldErrors(form);
const saving = submitting(submit, { idle: () => t(lang, 'form.submit'), busy: () => t(lang, 'form.submitting') });

const read = (): ReaderFormDto => readFields(FIELDS, input);

function updateGradeRequired(): void {
  (document.getElementById('grade-req') as HTMLElement).hidden = input('category').value !== 'pupil';
}

/** The category list speaks the journal's own labels (sheets-template), so the sidebar and the sheet agree. */
function fillCategories(): void {
  fillOptions(input('category') as HTMLSelectElement, READER_CATEGORIES, lang); // the first: 'pupil'
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
  await runSubmit({
    button: saving,
    status,
    errors,
    fixErrors: () => t(lang, 'form.fixErrors'),
    check: () => {
      const local = validateReaderForm(dto, ctx?.today ?? '9999-12-31');
      return local.ok ? [] : local.errors.map((e) => ({ field: e.field, message: t(lang, e.key, e.params) }));
    },
    send: () => call('registerReader', dto),
    done: (_value, message) => {
      showStatus(status, 'ok', message);
      resetForm({ category: dto.category, school: dto.school, registeredOn: dto.registeredOn });
    },
    refusedText: (answer) => answer.message,
    showErrors: (shown) => shown[0]?.querySelector<HTMLElement>('input, select')?.focus(),
  });
}

function start(): Promise<void> {
  return startSidebar({
    status,
    apply: (l) => {
      lang = l;
      translatePage(lang);
      fillCategories();
    },
    ready: (c) => {
      ctx = c;
      resetForm({});
    },
  });
}

form.addEventListener('submit', (e) => void onSubmit(e));
form.addEventListener('reset', (e) => {
  e.preventDefault();
  errors.clear();
  showStatus(status, 'none');
  resetForm({});
});
input('category').addEventListener('change', updateGradeRequired);
for (const f of FIELDS) input(f).addEventListener('input', () => errors.set(f, ''));
void start();
