/**
 * The parts the library's acts share (the write-off act, the stock-taking result): the "approved" block,
 * the place and date line, the commission's finding, the list of copies with its total, the sum in
 * figures and words, and the commission's signatures. Each act keeps its own texts (doc.act.* and
 * doc.st.*, which may differ between acts); `kind` names whose. Pure.
 */
import { dayText } from '../domain/dates';
import { amountInFigures, amountInWords, capitalize, countInWords } from '../domain/words';
import { t, type Lang } from '../i18n';
import { b, cell, para, signatures, signer, table, type Block, type CellSpec, type ParagraphBlock, type SignaturesBlock, type TableBlock } from './model';

/** Whose texts: the write-off act's (doc.act.*) or the stock-taking result's (doc.st.*). */
export type ActKind = 'act' | 'st';

/** A copy in an act's list. */
export interface ActCopy {
  inventoryNo: number;
  authorTitle: string;
  year: number | null;
  /** tenge */
  price: number;
}

export { dayText };

/** "БЕКІТЕМІН / the school's director / ____ name / «__» ____ 20__", at the right. */
export function approvedBlock(kind: ActKind, lang: Lang, schoolName: string, approvedBy: string): Block[] {
  const approve = { indent: 255, spaceAfter: 0 };
  return [
    para({ ...approve, bold: true }, t(lang, `doc.${kind}.approved`)),
    para(approve, schoolName ? t(lang, `doc.${kind}.director`, { school: schoolName }) : t(lang, `doc.${kind}.directorPlain`)),
    para(approve, `______________ ${approvedBy}`),
    para({ ...approve, spaceAfter: 18 }, '«____» ______________ 20___'),
  ];
}

/** The library (or the school) at the left, the day at the right. */
export function placeAndDay(place: string, iso: string): TableBlock {
  return table([[place, cell(dayText(iso), { align: 'right' })]], { border: 0 });
}

/** "The commission: chair — A, members — B, C" and what it found (`finding`, the act's own words). */
export function commissionFinding(kind: ActKind, lang: Lang, commission: readonly string[], finding: string): ParagraphBlock {
  const [chair, ...members] = commission;
  return para(
    { align: 'justify', firstLine: 28, spaceBefore: 6 },
    t(lang, `doc.${kind}.commission`),
    b(chair ?? ''),
    members.length ? t(lang, `doc.${kind}.members`) : '',
    b(members.join(', ')),
    finding,
  );
}

/** The list of copies (No., inventory number, author and title, year, price) and its total. */
export function copiesTable(kind: ActKind, lang: Lang, copies: readonly ActCopy[], total: number): TableBlock {
  const rows: Array<Array<string | CellSpec>> = copies.map((c, n) => [String(n + 1), String(c.inventoryNo), c.authorTitle, c.year ? String(c.year) : '', amountInFigures(c.price)]);
  rows.push(['', '', cell(t(lang, `doc.${kind}.total`), { bold: true, align: 'right' }), '', cell(amountInFigures(total), { bold: true })]);
  return table(rows, {
    header: [t(lang, `doc.${kind}.colNo`), t(lang, `doc.${kind}.colInventory`), t(lang, `doc.${kind}.colTitle`), t(lang, `doc.${kind}.colYear`), t(lang, `doc.${kind}.colPrice`)],
    widths: [28, 72, 232, 50, 100],
    align: ['center', 'center', 'left', 'center', 'right'],
    size: 11,
    shadeHeader: true,
  });
}

/** "<lead> 2 (two) copies, <sum lead> 3 050,50 tenge (Three thousand fifty tenge 50 tiyn)." */
export function countAndSum(kind: ActKind, lang: Lang, lead: string, count: number, sum: number): ParagraphBlock {
  return para(
    { align: 'justify', spaceBefore: 8 },
    lead,
    b(t(lang, `doc.${kind}.copies`, { count, words: countInWords(count, lang) })),
    t(lang, `doc.${kind}.sumLead`),
    b(`${amountInFigures(sum)} ${t(lang, 'doc.currency')}`),
    ` (${capitalize(amountInWords(sum, lang))}).`,
  );
}

/** The chair's signature line, then the members' (the first under "members"). */
export function commissionSignatures(kind: ActKind, lang: Lang, commission: readonly string[]): SignaturesBlock {
  const [chair, ...members] = commission;
  return signatures([signer(t(lang, `doc.${kind}.chair`), chair ?? ''), ...members.map((m, k) => signer(k === 0 ? t(lang, `doc.${kind}.membersLabel`) : '', m))]);
}
