/**
 * Reminder slips for readers who keep books past their due date (Кітап қайтару туралы еске салу /
 * Напоминание о возврате книг), as a document model: one slip a reader (a bordered box to cut out: to
 * whom, a polite request, the overdue books with their due dates and days overdue, the librarian's
 * line), grouped by class with a heading a class so the librarian hands each class teacher a page of
 * their own; teachers, staff and other readers come after the classes, each in a group of their own.
 *
 * The order is the debtors journal's too (src/usecases/debtors.ts): classes in natural order (0А, 1А,
 * 1Ә, 1Б, ..., 2А, ..., 10А, 11Б: the number, then the letter in the Kazakh alphabet), then teachers,
 * staff, the rest; inside a group by name, then ticket; a reader's books by due date, then inventory
 * number. Pure; texts from i18n.
 */
import { dayText } from '../domain/dates';
import { fold } from '../domain/search';
import { t, type Lang } from '../i18n';
import { b, cell, doc, heading, pageBreak, para, spacer, subtitle, table, title, type Block, type DocModel, type ParagraphBlock } from './model';

/** One overdue copy on a slip. */
export interface DebtorBook {
  inventoryNo: number;
  /** author and title ("Әуезов М. Абай жолы : роман-эпопея") */
  authorTitle: string;
  /** ISO day */
  dueOn: string;
  daysOverdue: number;
}

/** One reader's overdue copies (one row of the debtors journal a copy). */
export interface DebtorEntry extends DebtorBook {
  ticketNo: number;
  fullName: string;
  /** the reader's category code: pupil, teacher, staff, other ('' when the reader's row is gone) */
  category: string;
  /** the reader's class as recorded ("5А"), '' when none */
  grade: string;
}

export interface DebtorSlip {
  ticketNo: number;
  fullName: string;
  category: string;
  grade: string;
  books: DebtorBook[];
}

export type SlipGroupKind = 'class' | 'teachers' | 'staff' | 'others';

export interface SlipGroup {
  kind: SlipGroupKind;
  /** the class ("5А") for a class group, '' otherwise */
  grade: string;
  slips: DebtorSlip[];
}

// ---- the order ------------------------------------------------------------------------------------

/** The Kazakh alphabet: class letters sort in it (А, Ә, Б, В, ...), not by code point. */
const ALPHABET = 'АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ';
/** Latin letters typed for their Cyrillic look-alikes ("5A" in a Latin layout is the class 5А). */
const LOOKALIKES: Readonly<Record<string, string>> = { A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };

const GRADE = /^(\d{1,2})\s*[-–]?\s*(.*)$/u;

/** A class as a group key: "5 а", "5-а", "5A" (Latin) → "5А"; '' when none. */
export function classKey(grade: string): string {
  const s = String(grade ?? '').trim().toLocaleUpperCase('kk');
  if (!s) return '';
  const m = GRADE.exec(s);
  const letters = (m ? m[2] : s).replace(/[\s\-–]+/g, '').replace(/[A-Z]/g, (c) => LOOKALIKES[c] ?? c);
  return m ? `${Number(m[1])}${letters}` : letters;
}

function letterRank(letters: string): number[] {
  return [...letters].map((c) => {
    const k = ALPHABET.indexOf(c);
    return k >= 0 ? k : ALPHABET.length + (c.codePointAt(0) ?? 0);
  });
}

/** Natural order of classes: by number (1А < 2А < 10А), then letter in the Kazakh alphabet; a class without a number after those with one. */
export function compareClasses(a: string, b: string): number {
  const ka = classKey(a);
  const kb = classKey(b);
  const ma = GRADE.exec(ka);
  const mb = GRADE.exec(kb);
  if (ma && !mb) return -1;
  if (!ma && mb) return 1;
  if (ma && mb && Number(ma[1]) !== Number(mb[1])) return Number(ma[1]) - Number(mb[1]);
  const ra = letterRank(ma ? ma[2] : ka);
  const rb = letterRank(mb ? mb[2] : kb);
  for (let i = 0; i < Math.min(ra.length, rb.length); i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
  return ra.length - rb.length;
}

/** The group a reader's slip goes in: a pupil's class; teachers; staff; the rest (and a pupil with no class on record). */
export function slipGroupOf(category: string, grade: string): { kind: SlipGroupKind; grade: string } {
  if (category === 'teacher') return { kind: 'teachers', grade: '' };
  if (category === 'staff') return { kind: 'staff', grade: '' };
  const key = category === 'pupil' || category === '' ? classKey(grade) : '';
  return key ? { kind: 'class', grade: key } : { kind: 'others', grade: '' };
}

const KIND_RANK: Readonly<Record<SlipGroupKind, number>> = { class: 0, teachers: 1, staff: 2, others: 3 };

function compareGroups(a: { kind: SlipGroupKind; grade: string }, b: { kind: SlipGroupKind; grade: string }): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || (a.kind === 'class' ? compareClasses(a.grade, b.grade) : 0);
}

function compareNames(a: { fullName: string; ticketNo: number }, b: { fullName: string; ticketNo: number }): number {
  const fa = fold(a.fullName);
  const fb = fold(b.fullName);
  return fa < fb ? -1 : fa > fb ? 1 : a.ticketNo - b.ticketNo;
}

function compareBooks(a: DebtorBook, b: DebtorBook): number {
  return a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.inventoryNo - b.inventoryNo;
}

/** The debtors journal's order: group (class in natural order, teachers, staff, others), name, ticket, due date, inventory number. */
export function compareEntries(a: DebtorEntry, b: DebtorEntry): number {
  return compareGroups(slipGroupOf(a.category, a.grade), slipGroupOf(b.category, b.grade)) || compareNames(a, b) || compareBooks(a, b);
}

/** One slip a reader, grouped (classes in natural order, then teachers, staff, others), sorted by name. */
export function groupSlips(entries: readonly DebtorEntry[]): SlipGroup[] {
  const slips = new Map<number, DebtorSlip>();
  for (const e of entries) {
    let slip = slips.get(e.ticketNo);
    if (!slip) {
      slip = { ticketNo: e.ticketNo, fullName: e.fullName, category: e.category, grade: e.grade, books: [] };
      slips.set(e.ticketNo, slip);
    }
    slip.books.push({ inventoryNo: e.inventoryNo, authorTitle: e.authorTitle, dueOn: e.dueOn, daysOverdue: e.daysOverdue });
  }
  const groups = new Map<string, SlipGroup>();
  for (const slip of slips.values()) {
    slip.books.sort(compareBooks);
    const g = slipGroupOf(slip.category, slip.grade);
    const key = `${g.kind}:${g.grade}`;
    let group = groups.get(key);
    if (!group) {
      group = { ...g, slips: [] };
      groups.set(key, group);
    }
    group.slips.push(slip);
  }
  const out = [...groups.values()].sort(compareGroups);
  for (const g of out) g.slips.sort(compareNames);
  return out;
}

// ---- the Doc --------------------------------------------------------------------------------------

export interface DebtorSlipsData {
  /** ISO day the list was brought up to date */
  date: string;
  /** "№12 мектеп-гимназия кітапханасы" or the school; '' for none */
  libraryName: string;
  groups: SlipGroup[];
}

export function debtorSlipsDocName(lang: Lang, date: string): string {
  return t(lang, 'debtors.doc.name', { date });
}

export function groupTitle(group: Pick<SlipGroup, 'kind' | 'grade'>, lang: Lang): string {
  switch (group.kind) {
    case 'class':
      return t(lang, 'debtors.doc.class', { grade: group.grade });
    case 'teachers':
      return t(lang, 'debtors.doc.teachers');
    case 'staff':
      return t(lang, 'debtors.doc.staff');
    case 'others':
      return t(lang, 'debtors.doc.others');
  }
}

function bookLine(book: DebtorBook, n: number, lang: Lang): ParagraphBlock {
  return para(
    { size: 10, spaceAfter: 0, indent: 8 },
    `${n}. `,
    b(t(lang, 'debtors.slip.inventory', { no: book.inventoryNo })),
    ` ${book.authorTitle || '—'}. `,
    t(lang, 'debtors.slip.due', { date: dayText(book.dueOn) }),
    b(t(lang, 'debtors.slip.days', { days: book.daysOverdue })),
  );
}

/** A reader's slip: a bordered box to cut out. */
function slipBlock(slip: DebtorSlip, date: string, lang: Lang): Block {
  const to = slip.fullName || t(lang, 'debtors.slip.unknownReader');
  const where = slip.grade && slipGroupOf(slip.category, slip.grade).kind === 'class' ? t(lang, 'debtors.slip.ofClass', { grade: classKey(slip.grade) }) : '';
  return table(
    [
      [
        cell(t(lang, 'debtors.slip.heading'), {
          bold: true,
          align: 'center',
          more: [
            para({ spaceBefore: 4, spaceAfter: 2 }, t(lang, 'debtors.slip.to'), b(to), where, t(lang, 'debtors.slip.ticket', { ticketNo: slip.ticketNo })),
            para({ align: 'justify', size: 10, spaceAfter: 4 }, t(lang, slip.books.length === 1 ? 'debtors.slip.textOne' : 'debtors.slip.textMany')),
            ...slip.books.map((book, n) => bookLine(book, n + 1, lang)),
            para({ size: 10, spaceBefore: 6 }, t(lang, 'debtors.slip.thanks')),
            para({ align: 'right', size: 10, spaceBefore: 4 }, t(lang, 'debtors.slip.librarian', { date: dayText(date) })),
          ],
        }),
      ],
    ],
    { border: 1, borderColor: '#888888' },
  );
}

export function debtorSlipsDoc(data: DebtorSlipsData, lang: Lang): DocModel {
  const readers = data.groups.reduce((n, g) => n + g.slips.length, 0);
  const copies = data.groups.reduce((n, g) => n + g.slips.reduce((k, s) => k + s.books.length, 0), 0);
  const blocks: Block[] = [];
  data.groups.forEach((group, k) => {
    if (k > 0) blocks.push(pageBreak()); // a class teacher gets a page of her own
    if (k === 0) {
      if (data.libraryName) blocks.push(para({ align: 'center', size: 10, spaceAfter: 0 }, data.libraryName));
      blocks.push(title(t(lang, 'debtors.doc.title')), subtitle(t(lang, 'debtors.doc.subtitle', { date: dayText(data.date), readers, copies })));
    }
    blocks.push(heading(groupTitle(group, lang), 2));
    blocks.push(
      para(
        { italic: true, size: 10, spaceAfter: 8 },
        t(lang, group.kind === 'class' ? 'debtors.doc.toClassTeacher' : 'debtors.doc.toAdults', { readers: group.slips.length }),
      ),
    );
    group.slips.forEach((slip, n) => {
      if (n > 0) blocks.push(spacer(10));
      blocks.push(slipBlock(slip, data.date, lang));
    });
  });
  return doc(debtorSlipsDocName(lang, data.date), blocks);
}
