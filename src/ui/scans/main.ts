/**
 * Digitisation sidebar: a scan (PDF, JPG, PNG, DOC, DOCX; at most 10 MB) chosen in the file input with
 * its bibliographic record; the GOST 7.1 description shows as she types (the same describeBook the server
 * uses). The file is read here (FileReader, base64) and checked by its content as the server will check it,
 * then sent with the record. Below: this year's scanned documents, each with its file, and the list's Doc.
 */
import { webLink } from '../shared/format';
import type { ScanDto } from '../../api';
import { describeBook, validateBookRecord } from '../../domain/bibliographic';
import { SCAN_KINDS, UPLOAD_LIMITS } from '../../domain/uploads';
import { PUBLICATION_LANGUAGES } from '../../../sheets-template/options';
import { t, type Lang, type MessageKey, type Params } from '../../i18n';
import { call, errorText, showStatus, startSidebar, translatePage } from '../shared/client';
import { enterKeys, fieldErrors, fillOptions, readFields, reveal, runSubmit, submitting } from '../shared/form';
import { chosenText, readChecked } from './read-file';

const FIELDS = ['authors', 'title', 'otherTitleInfo', 'responsibility', 'place', 'publisher', 'year', 'pages', 'language'] as const;

let lang: Lang = 'kk';
let year = 0;

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = el<HTMLElement>('status');
const form = el<HTMLFormElement>('scan-form');
const file = el<HTMLInputElement>('file');
const chosen = el<HTMLElement>('file-chosen');
const language = el<HTMLSelectElement>('language');
const description = el<HTMLElement>('description');
const uploadButton = el<HTMLButtonElement>('upload');
const uploadStatus = el<HTMLElement>('upload-status');
const uploadResult = el<HTMLElement>('upload-result');
const listHeading = el<HTMLElement>('list-heading');
const listStatus = el<HTMLElement>('list-status');
const listResult = el<HTMLElement>('list-result');
const listNone = el<HTMLElement>('list-none');
const list = el<HTMLOListElement>('scans');
const buildButton = el<HTMLButtonElement>('build');

const tr = (key: MessageKey, params?: Params) => t(lang, key, params);
const control = (f: string) => el<HTMLInputElement>(f);
const errors = fieldErrors(form);
const uploading = submitting(uploadButton, { idle: () => tr('scans.upload'), busy: () => tr('scans.uploading') }, { form });
const building = submitting(buildButton, { idle: () => tr('scans.buildDoc'), busy: () => tr('scans.building') });

function link(url: string, text: string, id = ''): HTMLAnchorElement {
  const a = document.createElement('a');
  if (id) a.id = id;
  const href = webLink(url);
  if (href) a.href = href;
  a.target = '_blank';
  a.rel = 'noopener';
  a.textContent = text;
  return a;
}

/** The GOST 7.1 description of what is typed, or a hint while there is no title. */
function describe(): void {
  const typed = readFields(FIELDS, control);
  const record = validateBookRecord({ ...typed, year: /^\d{4}$/.test(typed.year.trim()) ? typed.year : '', pages: /^\d+$/.test(typed.pages.trim()) ? typed.pages : '' }, 2999);
  const text = record.ok ? describeBook(record.value) : '';
  description.textContent = text || tr('scans.description.empty');
  description.className = text ? 'gost' : 'gost empty';
}

function showChosen(): void {
  const f = file.files?.[0];
  chosen.textContent = f ? chosenText(f, tr) : '';
  errors.set('file', '');
}

async function onUpload(event: Event): Promise<void> {
  event.preventDefault();
  if (uploading.busy) return;
  uploadResult.hidden = true;
  showStatus(uploadStatus, 'info', tr('upload.reading'));
  const read = await readChecked(file.files?.[0], SCAN_KINDS, UPLOAD_LIMITS.scanBytes, tr);
  if (read.ok) showStatus(uploadStatus, 'none');
  await runSubmit({
    button: uploading,
    status: uploadStatus,
    errors,
    fixErrors: () => tr('form.fixErrors'),
    check: () => (read.ok ? [] : [{ field: 'file', message: read.message }]),
    send: () => call('uploadArchiveFile', { ...readFields(FIELDS, control), fileName: read.ok ? read.value.fileName : '', base64: read.ok ? read.value.base64 : '' }),
    done: async (value, message) => {
      showStatus(uploadStatus, 'ok', message);
      uploadResult.textContent = '';
      uploadResult.appendChild(link(value.fileLink, value.fileName, 'upload-link'));
      uploadResult.hidden = false;
      for (const f of FIELDS) if (f !== 'language') control(f).value = '';
      file.value = '';
      showChosen();
      describe();
      await refresh();
    },
    showErrors: (shown) => {
      if (shown[0]) reveal(shown[0]);
    },
  });
}

function itemOf(s: ScanDto): HTMLLIElement {
  const li = document.createElement('li');
  li.append(`${s.description} `, link(s.fileLink, tr('scans.list.open')));
  return li;
}

async function refresh(): Promise<void> {
  try {
    const result = await call('listScans', year);
    if (!result.ok) {
      showStatus(listStatus, 'error', result.message);
      return;
    }
    year = result.value.year;
    listHeading.textContent = tr('scans.list', { year });
    list.textContent = '';
    for (const s of result.value.scans) list.appendChild(itemOf(s));
    listNone.hidden = result.value.scans.length > 0;
  } catch (error) {
    showStatus(listStatus, 'error', errorText(error));
  }
}

async function onBuild(): Promise<void> {
  listResult.hidden = true;
  await runSubmit({
    button: building,
    status: listStatus,
    send: () => call('buildScansListDoc', year),
    done: (value, message) => {
      showStatus(listStatus, 'ok', message);
      listResult.textContent = '';
      listResult.appendChild(link(value.docUrl, tr('scans.openDoc', { name: value.docName }), 'list-link'));
      listResult.hidden = false;
    },
  });
}

function translate(): void {
  translatePage(lang);
  fillOptions(language, PUBLICATION_LANGUAGES, lang);
  uploading.set(uploading.busy);
  building.set(building.busy);
  if (year) listHeading.textContent = tr('scans.list', { year });
  const f = file.files?.[0];
  if (f) chosen.textContent = chosenText(f, tr);
  describe();
}

void startSidebar({
  status,
  apply: (l) => {
    lang = l;
    translate();
  },
  ready: async (ctx) => {
    year = Number(ctx.today.slice(0, 4));
    language.value = ctx.lang;
    listHeading.textContent = tr('scans.list', { year });
    describe();
    if (ctx.setUp) await refresh();
  },
});

form.addEventListener('submit', (e) => void onUpload(e));
enterKeys(form, uploadButton);
form.addEventListener('input', (e) => {
  const target = e.target as HTMLElement;
  if (target !== file) errors.set(target.id, '');
  describe();
});
language.addEventListener('change', describe);
file.addEventListener('change', showChosen);
buildButton.addEventListener('click', () => void onBuild());
