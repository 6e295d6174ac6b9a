/**
 * The result of a stock-taking as a document model: the act of the library fund check (Қорды тексеру
 * актісі / Акт проверки библиотечного фонда): "approved" block, title with the stock-taking number, the
 * dates and scope, the commission's finding, the counts (in the fund, found, on loan, missing) in copies
 * and tenge, the missing sum in figures and words, the list of missing copies (No., inventory number,
 * author and title, year, price) with its total, and the commission's signatures. Pure; texts from i18n.
 */
import { amountInFigures, amountInWords, capitalize, countInWords } from '../domain/words';
import { t, type Lang } from '../i18n';
import { b, cell, doc, heading, para, signatures, signer, spacer, subtitle, table, title, type Block, type CellSpec, type DocModel } from './model';
import { dayText } from './write-off-act';

export interface MissingCopy {
  inventoryNo: number;
  authorTitle: string;
  year: number | null;
  /** tenge */
  price: number;
}

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
  const approve = { indent: 255, spaceAfter: 0 };
  const [chair, ...members] = data.commission;
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
    para({ ...approve, bold: true }, t(lang, 'doc.st.approved')),
    para(approve, data.schoolName ? t(lang, 'doc.st.director', { school: data.schoolName }) : t(lang, 'doc.st.directorPlain')),
    para(approve, `______________ ${data.approvedBy}`),
    para({ ...approve, spaceAfter: 18 }, '«____» ______________ 20___'),
    title(t(lang, 'doc.st.title', { no: data.id })),
    subtitle(t(lang, 'doc.st.subtitle')),
    table([[data.libraryName || data.schoolName, cell(dayText(data.finishedOn), { align: 'right' })]], { border: 0 }),
    para({ spaceBefore: 6, spaceAfter: 0 }, t(lang, 'doc.st.period', { from: dayText(data.startedOn), to: dayText(data.finishedOn) })),
  ];
  if (data.scope) blocks.push(para({ spaceAfter: 0 }, t(lang, 'doc.st.scope', { scope: data.scope })));
  blocks.push(
    para(
      { align: 'justify', firstLine: 28, spaceBefore: 6 },
      t(lang, 'doc.st.commission'),
      b(chair ?? ''),
      members.length ? t(lang, 'doc.st.members') : '',
      b(members.join(', ')),
      t(lang, 'doc.st.finding'),
    ),
    table(figures, {
      header: [t(lang, 'doc.st.colIndicator'), t(lang, 'doc.st.colCopies'), t(lang, 'doc.st.colSum')],
      widths: [270, 80, 132],
      size: 11,
      shadeHeader: true,
    }),
    para(
      { align: 'justify', spaceBefore: 8 },
      t(lang, 'doc.st.missingLead'),
      b(t(lang, 'doc.st.copies', { count: missingCount, words: countInWords(missingCount, lang) })),
      t(lang, 'doc.st.sumLead'),
      b(`${amountInFigures(data.missingSum)} ${t(lang, 'doc.currency')}`),
      ` (${capitalize(amountInWords(data.missingSum, lang))}).`,
    ),
  );

  if (missingCount) {
    const rows: Array<Array<string | CellSpec>> = data.missing.map((c, n) => [
      String(n + 1),
      String(c.inventoryNo),
      c.authorTitle,
      c.year ? String(c.year) : '',
      amountInFigures(c.price),
    ]);
    rows.push(['', '', cell(t(lang, 'doc.st.total'), { bold: true, align: 'right' }), '', cell(amountInFigures(data.missingSum), { bold: true })]);
    blocks.push(
      heading(t(lang, 'doc.st.listTitle'), 3, 'center'),
      table(rows, {
        header: [t(lang, 'doc.st.colNo'), t(lang, 'doc.st.colInventory'), t(lang, 'doc.st.colTitle'), t(lang, 'doc.st.colYear'), t(lang, 'doc.st.colPrice')],
        widths: [28, 72, 232, 50, 100],
        align: ['center', 'center', 'left', 'center', 'right'],
        size: 11,
        shadeHeader: true,
      }),
    );
  } else {
    blocks.push(para({ align: 'justify' }, t(lang, 'doc.st.noneMissing')));
  }
  if (data.notInFund.length) blocks.push(para({ align: 'justify', spaceBefore: 6 }, t(lang, 'doc.st.notInFund', { nos: data.notInFund.join(', ') })));
  blocks.push(
    para({ align: 'justify', spaceBefore: 6 }, t(lang, 'doc.st.closing', { year: data.finishedOn.slice(0, 4) })),
    spacer(18),
    signatures([
      signer(t(lang, 'doc.st.chair'), chair ?? ''),
      ...members.map((m, k) => signer(k === 0 ? t(lang, 'doc.st.membersLabel') : '', m)),
    ]),
  );
  return doc(stocktakeDocName(lang, data.id, data.finishedOn), blocks);
}
