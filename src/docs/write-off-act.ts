/**
 * The write-off act (Есептен шығару актісі / Акт о списании) as a document model: "approved" block,
 * title with the act number, place and date, the commission's finding, the list (No., inventory number,
 * author and title, year, price), totals in figures and words, signatures. Pure; texts from i18n.
 */
import { WRITE_OFF_REASONS, type WriteOffReason } from '../../sheets-template/options';
import { t, type Lang } from '../i18n';
import { doc, para, spacer, subtitle, title, type DocModel } from './model';
import { approvedBlock, commissionFinding, commissionSignatures, copiesTable, countAndSum, placeAndDay, type ActCopy } from './parts';

export { dayText, type ActCopy } from './parts';

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

export function actDocName(lang: Lang, actNo: string, date: string): string {
  return t(lang, 'doc.act.fileName', { no: actNo.replace('/', '-'), date });
}

export function writeOffAct(data: WriteOffActData, lang: Lang): DocModel {
  const reason = WRITE_OFF_REASONS.find((r) => r.code === data.reason)!.title[lang].toLocaleLowerCase(lang);
  return doc(actDocName(lang, data.actNo, data.date), [
    ...approvedBlock('act', lang, data.schoolName, data.approvedBy),
    title(t(lang, 'doc.act.title', { no: data.actNo })),
    subtitle(t(lang, 'doc.act.subtitle', { reason })),
    placeAndDay(data.libraryName || data.schoolName, data.date),
    commissionFinding('act', lang, data.commission, t(lang, 'doc.act.finding', { reason })),
    copiesTable('act', lang, data.copies, data.total),
    countAndSum('act', lang, t(lang, 'doc.act.totals'), data.copies.length, data.total),
    para({ align: 'justify' }, t(lang, 'doc.act.closing')),
    spacer(18),
    commissionSignatures('act', lang, data.commission),
  ]);
}
