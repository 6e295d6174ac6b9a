/**
 * The write-off act (Есептен шығару актісі / Акт о списании) as a document model: "approved" block,
 * title with the act number, place and date, the commission's finding, the list (No., inventory number,
 * author and title, year, price), totals in figures and words, signatures. Pure; texts from i18n.
 */
import { WRITE_OFF_REASONS, type WriteOffReason } from '../../sheets-template/options';
import { amountInFigures, amountInWords, capitalize, countInWords } from '../domain/words';
import { t, type Lang } from '../i18n';
import { b, cell, doc, para, signatures, signer, spacer, subtitle, table, title, type Block, type CellSpec, type DocModel } from './model';

export interface ActCopy {
  inventoryNo: number;
  authorTitle: string;
  year: number | null;
  /** tenge */
  price: number;
}

export interface WriteOffActData {
  actNo: string;
  date: string; // ISO day
  reason: WriteOffReason;
  schoolName: string;
  libraryName: string;
  approvedBy: string;
  /** The chair first. */
  commission: string[];
  copies: ActCopy[];
  /** tenge */
  total: number;
}

/** "27.11.2026" */
export function dayText(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

export function actDocName(lang: Lang, actNo: string, date: string): string {
  return t(lang, 'doc.act.fileName', { no: actNo.replace('/', '-'), date });
}

export function writeOffAct(data: WriteOffActData, lang: Lang): DocModel {
  const reason = WRITE_OFF_REASONS.find((r) => r.code === data.reason)!.title[lang];
  const count = data.copies.length;
  const approve = { indent: 255, spaceAfter: 0 };
  const rows: Array<Array<string | CellSpec>> = data.copies.map((c, n) => [
    String(n + 1),
    String(c.inventoryNo),
    c.authorTitle,
    c.year ? String(c.year) : '',
    amountInFigures(c.price),
  ]);
  rows.push(['', '', cell(t(lang, 'doc.act.total'), { bold: true, align: 'right' }), '', cell(amountInFigures(data.total), { bold: true })]);
  const [chair, ...members] = data.commission;
  const blocks: Block[] = [
    para({ ...approve, bold: true }, t(lang, 'doc.act.approved')),
    para(approve, data.schoolName ? t(lang, 'doc.act.director', { school: data.schoolName }) : t(lang, 'doc.act.directorPlain')),
    para(approve, `______________ ${data.approvedBy}`),
    para({ ...approve, spaceAfter: 18 }, '«____» ______________ 20___'),
    title(t(lang, 'doc.act.title', { no: data.actNo })),
    subtitle(t(lang, 'doc.act.subtitle', { reason: reason.toLocaleLowerCase(lang) })),
    table([[data.libraryName || data.schoolName, cell(dayText(data.date), { align: 'right' })]], { border: 0 }),
    para(
      { align: 'justify', firstLine: 28, spaceBefore: 6 },
      t(lang, 'doc.act.commission'),
      b(chair ?? ''),
      members.length ? t(lang, 'doc.act.members') : '',
      b(members.join(', ')),
      t(lang, 'doc.act.finding', { reason: reason.toLocaleLowerCase(lang) }),
    ),
    table(rows, {
      header: [t(lang, 'doc.act.colNo'), t(lang, 'doc.act.colInventory'), t(lang, 'doc.act.colTitle'), t(lang, 'doc.act.colYear'), t(lang, 'doc.act.colPrice')],
      widths: [28, 72, 232, 50, 100],
      align: ['center', 'center', 'left', 'center', 'right'],
      size: 11,
      shadeHeader: true,
    }),
    para(
      { align: 'justify', spaceBefore: 8 },
      t(lang, 'doc.act.totals'),
      b(t(lang, 'doc.act.copies', { count, words: countInWords(count, lang) })),
      t(lang, 'doc.act.sumLead'),
      b(`${amountInFigures(data.total)} ${t(lang, 'doc.currency')}`),
      ` (${capitalize(amountInWords(data.total, lang))}).`,
    ),
    para({ align: 'justify' }, t(lang, 'doc.act.closing')),
    spacer(18),
    signatures([
      signer(t(lang, 'doc.act.chair'), chair ?? ''),
      ...members.map((m, k) => signer(k === 0 ? t(lang, 'doc.act.membersLabel') : '', m)),
    ]),
  ];
  return doc(actDocName(lang, data.actNo, data.date), blocks);
}
