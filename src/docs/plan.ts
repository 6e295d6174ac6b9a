/**
 * The library's monthly and annual work plan (Айлық / Жылдық жұмыс жоспары; План работы на месяц /
 * годовой план) as a document model, from the rows of the plan sheets (sheets-template planColumns):
 * the director's "approved" block at the right, the title and the period, then
 * 1. the planned work: No., when (the row's "term" as typed: 15.09, қыркүйек, жыл бойы), the activity,
 *    its kind (PLAN_KINDS), who is responsible, the note; in the order the librarian wrote them;
 * 2. the planned figures (rows of kind "indicator"): readers, visits, book issue, events (PLAN_INDICATORS
 *    order), each with its planned number (several rows of one indicator are added up);
 * and the librarian's signature line. Pure; texts from i18n.
 */
import { PLAN_INDICATORS, PLAN_KINDS } from '../../sheets-template/options';
import { t, type Lang, type MessageKey } from '../i18n';
import { cell, doc, heading, p, para, signatures, signer, spacer, subtitle, table, title, type Block, type DocModel } from './model';

export type PlanDocKind = 'monthly' | 'annual';

/** One row of a plan sheet, decoded (codes for kind and indicator, '' when empty). */
export interface PlanRow {
  activity: string;
  /** PLAN_KINDS code */
  kind: string;
  term: string;
  responsible: string;
  /** PLAN_INDICATORS code, for rows of kind "indicator" */
  indicator: string;
  planned: number | null;
  note: string;
}

export interface PlanDocData {
  kind: PlanDocKind;
  /** "2026-11" or "2026-2027" */
  period: string;
  /** the calendar year and month of a monthly plan (null for an annual one) */
  year: number;
  month: number | null;
  schoolName: string;
  libraryName: string;
  rows: PlanRow[];
}

export function planDocName(lang: Lang, kind: PlanDocKind, period: string): string {
  return t(lang, kind === 'monthly' ? 'plan.doc.name.monthly' : 'plan.doc.name.annual', { period });
}

const kindTitle = (code: string, lang: Lang): string => PLAN_KINDS.find((k) => k.code === code)?.title[lang] ?? code;

/** The planned figures: one line per indicator that has a number, in PLAN_INDICATORS order. */
export function plannedFigures(rows: readonly PlanRow[]): Array<{ indicator: string; planned: number }> {
  const sums = new Map<string, number>();
  for (const r of rows) {
    if (r.kind !== 'indicator' || !r.indicator || r.planned === null) continue;
    sums.set(r.indicator, (sums.get(r.indicator) ?? 0) + r.planned);
  }
  const known = PLAN_INDICATORS.map((i) => i.code as string).filter((c) => sums.has(c));
  const other = [...sums.keys()].filter((c) => !known.includes(c));
  return [...known, ...other].map((indicator) => ({ indicator, planned: sums.get(indicator) ?? 0 }));
}

function approved(lang: Lang, schoolName: string): Block[] {
  const right = { indent: 300, spaceAfter: 0 };
  return [
    para({ ...right, bold: true }, t(lang, 'plan.doc.approved')),
    para(right, schoolName ? t(lang, 'plan.doc.director', { school: schoolName }) : t(lang, 'plan.doc.directorPlain')),
    para(right, '______________'),
    para({ ...right, spaceAfter: 18 }, '«____» ______________ 20___'),
  ];
}

export function planDoc(data: PlanDocData, lang: Lang): DocModel {
  const monthly = data.kind === 'monthly';
  const activities = data.rows.filter((r) => r.kind !== 'indicator' && r.activity);
  const figures = plannedFigures(data.rows);
  const sub = monthly
    ? t(lang, 'plan.doc.subtitle.monthly', { year: data.year, month: t(lang, `plan.month.${data.month ?? 1}` as MessageKey) })
    : t(lang, 'plan.doc.subtitle.annual', { period: data.period });
  const blocks: Block[] = [
    ...approved(lang, data.schoolName),
    title(t(lang, monthly ? 'plan.doc.title.monthly' : 'plan.doc.title.annual')),
    subtitle(sub),
  ];
  const place = data.libraryName || data.schoolName;
  if (place) blocks.push(para({ align: 'center', spaceAfter: 12 }, place));

  blocks.push(heading(t(lang, 'plan.doc.activities'), 2));
  if (activities.length) {
    blocks.push(
      table(
        activities.map((r, n) => [String(n + 1), r.term, r.activity, kindTitle(r.kind, lang), r.responsible, r.note]),
        {
          header: ['plan.doc.colNo', 'plan.doc.colTerm', 'plan.doc.colActivity', 'plan.doc.colKind', 'plan.doc.colResponsible', 'plan.doc.colNote'].map((k) =>
            t(lang, k as MessageKey),
          ),
          widths: [26, 70, 190, 80, 90, 67],
          align: ['center', 'center', 'left', 'left', 'left', 'left'],
          size: 10,
          shadeHeader: true,
        },
      ),
    );
  } else {
    blocks.push(p(t(lang, 'plan.doc.noActivities')));
  }

  blocks.push(spacer(6), heading(t(lang, 'plan.doc.indicators'), 2));
  if (figures.length) {
    blocks.push(
      table(
        figures.map((f) => [PLAN_INDICATORS.find((i) => i.code === f.indicator)?.title[lang] ?? f.indicator, cell(String(f.planned), { align: 'right' })]),
        { header: [t(lang, 'plan.doc.colIndicator'), t(lang, 'plan.doc.colPlanned')], widths: [260, 90], size: 11, shadeHeader: true },
      ),
    );
  } else {
    blocks.push(p(t(lang, 'plan.doc.noIndicators')));
  }

  blocks.push(spacer(24), signatures([signer(t(lang, 'plan.doc.librarian'), '')]));
  return doc(planDocName(lang, data.kind, data.period), blocks);
}
