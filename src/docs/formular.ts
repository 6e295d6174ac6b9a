/**
 * The reader's formular (Оқырман формуляры / Читательский формуляр) as a document model, for the paper
 * file: the library, the title with the ticket number, the reader's data (JOURNALS.md "Reader formular":
 * ticket, name, category, class, school, address, phone, registration and re-registration dates,
 * status), then every loan in the order issued (date issued, inventory number, author and title, due
 * date, date returned, condition and its note), the overdue ones marked, the totals, and the lines the
 * reader and the librarian sign (the reader signs that she knows the library rules). Pure; texts from i18n.
 */
import { COPY_CONDITIONS, READER_CATEGORIES, READER_STATUSES } from '../../sheets-template/options';
import { dayText } from '../domain/dates';
import { t, type Lang } from '../i18n';
import { b, cell, doc, heading, p, para, signatures, signer, spacer, table, title, type Block, type CellSpec, type DocModel } from './model';

export interface FormularReader {
  ticketNo: number;
  fullName: string;
  /** category code: pupil, teacher, staff, other */
  category: string;
  grade: string;
  school: string;
  address: string;
  phone: string;
  /** ISO days, '' when not recorded */
  birthDate: string;
  registeredOn: string;
  reRegisteredOn: string;
  /** status code: active, left */
  status: string;
}

export interface FormularLoan {
  loanId: number;
  /** ISO days; returnedOn '' while the book is with the reader */
  issuedOn: string;
  inventoryNo: number;
  authorTitle: string;
  dueOn: string;
  returnedOn: string;
  /** condition code on return (fine, damaged, lost), '' while on loan */
  condition: string;
  conditionNote: string;
  /** days past the due date: today for a book still on loan, on return day for a returned one */
  daysOverdue: number;
}

export interface FormularData {
  /** ISO day the formular was printed */
  date: string;
  libraryName: string;
  reader: FormularReader;
  loans: FormularLoan[];
}

/**
 * "Әбенов Ш. Қозы-Көрпеш – Баянсұлу : поэма" from the GOST 7.1 description "Әбенов Ш. Қозы-Көрпеш –
 * Баянсұлу : поэма / Ш. Әбенов. – Алматы : Жазушы, 1965. – 114 б.": the title area (up to the first
 * ". – ") without the statement of responsibility (after " / "). A text without those separators is
 * returned as it is.
 */
export function authorAndTitle(description: string): string {
  const s = String(description ?? '').trim();
  const area = s.split('. – ')[0];
  const slash = area.indexOf(' / ');
  return (slash >= 0 ? area.slice(0, slash) : area).trim();
}

export function formularDocName(lang: Lang, reader: Pick<FormularReader, 'ticketNo' | 'fullName'>): string {
  return t(lang, 'formular.doc.name', { ticketNo: reader.ticketNo, name: reader.fullName.replace(/[\u0000-\u001f]+/g, ' ').trim() });
}

/** Loans in the order issued (then by loan number). */
export function loansInOrder(loans: readonly FormularLoan[]): FormularLoan[] {
  return [...loans].sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : a.issuedOn > b.issuedOn ? 1 : a.loanId - b.loanId));
}

function optionTitle(options: ReadonlyArray<{ code: string; title: Readonly<Record<Lang, string>> }>, code: string, lang: Lang): string {
  return options.find((o) => o.code === code)?.title[lang] ?? code;
}

function returnedCell(loan: FormularLoan, lang: Lang): CellSpec {
  if (!loan.returnedOn) {
    return loan.daysOverdue > 0 ? cell(t(lang, 'formular.doc.overdue', { days: loan.daysOverdue }), { bold: true }) : cell(t(lang, 'formular.doc.onLoan'), { italic: true });
  }
  const late = loan.daysOverdue > 0 ? ` ${t(lang, 'formular.doc.late', { days: loan.daysOverdue })}` : '';
  return cell(dayText(loan.returnedOn) + late);
}

function conditionText(loan: FormularLoan, lang: Lang): string {
  if (!loan.condition) return '';
  const name = optionTitle(COPY_CONDITIONS, loan.condition, lang);
  return loan.conditionNote ? `${name}: ${loan.conditionNote}` : name;
}

export function formularDoc(data: FormularData, lang: Lang): DocModel {
  const r = data.reader;
  const loans = loansInOrder(data.loans);
  const open = loans.filter((l) => !l.returnedOn);
  const overdue = open.filter((l) => l.daysOverdue > 0);
  const field = (key: Parameters<typeof t>[1], value: string): Array<string | CellSpec> => [cell(t(lang, key), { bold: true }), value || '—'];

  const details: Array<Array<string | CellSpec>> = [
    field('formular.doc.ticketNo', String(r.ticketNo)),
    [cell(t(lang, 'formular.doc.fullName'), { bold: true }), cell(r.fullName, { bold: true })],
    field('formular.doc.category', optionTitle(READER_CATEGORIES, r.category, lang)),
    field('formular.doc.grade', r.grade),
    field('formular.doc.school', r.school),
    field('formular.doc.address', r.address),
    field('formular.doc.phone', r.phone),
  ];
  if (r.birthDate) details.push(field('formular.doc.birthDate', dayText(r.birthDate)));
  details.push(
    field('formular.doc.registeredOn', dayText(r.registeredOn)),
    field('formular.doc.reRegisteredOn', r.reRegisteredOn ? dayText(r.reRegisteredOn) : ''),
    field('formular.doc.status', optionTitle(READER_STATUSES, r.status || 'active', lang)),
  );

  const blocks: Block[] = [];
  if (data.libraryName) blocks.push(para({ align: 'center', size: 10, spaceAfter: 0 }, data.libraryName));
  blocks.push(
    title(t(lang, 'formular.doc.title', { ticketNo: r.ticketNo })),
    table(details, { border: 0, widths: [170, 312] }),
    heading(t(lang, 'formular.doc.loans'), 3),
  );
  if (loans.length) {
    blocks.push(
      table(
        loans.map((l, n) => [
          String(n + 1),
          dayText(l.issuedOn),
          String(l.inventoryNo),
          l.authorTitle,
          l.daysOverdue > 0 && !l.returnedOn ? cell(dayText(l.dueOn), { bold: true }) : dayText(l.dueOn),
          returnedCell(l, lang),
          conditionText(l, lang),
        ]),
        {
          header: [
            t(lang, 'formular.doc.colNo'),
            t(lang, 'formular.doc.colIssued'),
            t(lang, 'formular.doc.colInventory'),
            t(lang, 'formular.doc.colTitle'),
            t(lang, 'formular.doc.colDue'),
            t(lang, 'formular.doc.colReturned'),
            t(lang, 'formular.doc.colCondition'),
          ],
          widths: [22, 60, 40, 160, 60, 66, 74],
          align: ['center', 'center', 'center', 'left', 'center', 'center', 'left'],
          size: 10,
          shadeHeader: true,
        },
      ),
      para(
        { spaceBefore: 6 },
        t(lang, 'formular.doc.totals', { total: loans.length, open: open.length }),
        overdue.length ? b(t(lang, 'formular.doc.totalsOverdue', { overdue: overdue.length })) : '',
      ),
    );
  } else {
    blocks.push(p(t(lang, 'formular.doc.noLoans')));
  }
  blocks.push(
    para({ align: 'justify', spaceBefore: 12 }, t(lang, 'formular.doc.rules')),
    spacer(6),
    signatures([signer(t(lang, 'formular.doc.readerSign'), r.fullName), signer(t(lang, 'formular.doc.librarianSign'), '')]),
    para({ align: 'right', size: 10, spaceBefore: 6 }, t(lang, 'formular.doc.printed', { date: dayText(data.date) })),
  );
  return doc(formularDocName(lang, r), blocks);
}
