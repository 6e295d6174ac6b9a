/**
 * The result of a stock-taking as a document model: the act of the library fund check (Қорды тексеру
 * актісі / Акт проверки библиотечного фонда): "approved" block, title with the stock-taking number, the
 * dates and scope, the commission's finding, the counts (in the fund, found, on loan, missing) in copies
 * and tenge, the missing sum in figures and words, the list of missing copies (No., inventory number,
 * author and title, year, price) with its total, and the commission's signatures. Pure; texts from i18n.
 */
import { amountInFigures } from '../domain/words';
import { t, type Lang } from '../i18n';
import { cell, doc, heading, para, spacer, subtitle, table, title, type Block, type CellSpec, type DocModel } from './model';
import { approvedBlock, commissionFinding, commissionSignatures, copiesTable, countAndSum, dayText, placeAndDay, type ActCopy } from './parts';

export type MissingCopy = ActCopy;

export interface StocktakeResultData {
  id: number;
  startedOn: string; // ISO day
  finishedOn: string; // ISO day
  scope: string;
  schoolName: string;
  libraryName: string;
  approvedBy: string;
  /** The chair first. */
  commission: string[];
  /** Copies and tenge. */
  fund: { copies: number; sum: number };
  found: { copies: number; sum: number };
  onLoan: { copies: number; sum: number };
  missing: MissingCopy[];
  missingSum: number;
  /** Found on the shelves, no longer in the fund. */
  notInFund: number[];
}

export function stocktakeDocName(lang: Lang, id: number, finishedOn: string): string {
  return t(lang, 'doc.st.fileName', { no: id, date: finishedOn });
}

export function stocktakeResult(data: StocktakeResultData, lang: Lang): DocModel {
  const missingCount = data.missing.length;
  const money = (sum: number) => cell(amountInFigures(sum), { align: 'right' });
  const count = (n: number) => cell(String(n), { align: 'center' });

  const figures: Array<Array<string | CellSpec>> = [
    [t(lang, 'doc.st.rowFund'), count(data.fund.copies), money(data.fund.sum)],
    [t(lang, 'doc.st.rowFound'), count(data.found.copies), money(data.found.sum)],
    [t(lang, 'doc.st.rowOnLoan'), count(data.onLoan.copies), money(data.onLoan.sum)],
    [cell(t(lang, 'doc.st.rowMissing'), { bold: true }), cell(String(missingCount), { align: 'center', bold: true }), cell(amountInFigures(data.missingSum), { align: 'right', bold: true })],
  ];

  const blocks: Block[] = [
    ...approvedBlock('st', lang, data.schoolName, data.approvedBy),
    title(t(lang, 'doc.st.title', { no: data.id })),
    subtitle(t(lang, 'doc.st.subtitle')),
    placeAndDay(data.libraryName || data.schoolName, data.finishedOn),
    para({ spaceBefore: 6, spaceAfter: 0 }, t(lang, 'doc.st.period', { from: dayText(data.startedOn), to: dayText(data.finishedOn) })),
  ];
  if (data.scope) blocks.push(para({ spaceAfter: 0 }, t(lang, 'doc.st.scope', { scope: data.scope })));
  blocks.push(
    commissionFinding('st', lang, data.commission, t(lang, 'doc.st.finding')),
    table(figures, {
      header: [t(lang, 'doc.st.colIndicator'), t(lang, 'doc.st.colCopies'), t(lang, 'doc.st.colSum')],
      widths: [270, 80, 132],
      size: 11,
      shadeHeader: true,
    }),
    countAndSum('st', lang, t(lang, 'doc.st.missingLead'), missingCount, data.missingSum),
  );

  if (missingCount) {
    blocks.push(heading(t(lang, 'doc.st.listTitle'), 3, 'center'), copiesTable('st', lang, data.missing, data.missingSum));
  } else {
    blocks.push(para({ align: 'justify' }, t(lang, 'doc.st.noneMissing')));
  }
  if (data.notInFund.length) blocks.push(para({ align: 'justify', spaceBefore: 6 }, t(lang, 'doc.st.notInFund', { nos: data.notInFund.join(', ') })));
  blocks.push(
    para({ align: 'justify', spaceBefore: 6 }, t(lang, 'doc.st.closing', { year: data.finishedOn.slice(0, 4) })),
    spacer(18),
    commissionSignatures('st', lang, data.commission),
  );
  return doc(stocktakeDocName(lang, data.id, data.finishedOn), blocks);
}
