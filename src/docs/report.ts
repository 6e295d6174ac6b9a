/**
 * The statistical report (monthly, quarterly, annual, school year) as a document model, in the workbook's
 * language, from the figures of src/domain/statistics.ts (periodReport): the title with the library and
 * the school, the period and the same period last year; then tables, each figure beside last year's:
 *   1. the fund (at the start, received, withdrawn, at the end; copies and tenge) and its make-up by
 *      document type, content section and language (agreeing with the summary accounting book);
 *   2. readers (on the register, at the end, new) by category and by group;
 *   3. visits by group and by purpose;
 *   4. books issued by fund section and by group;
 *   5. events (by kind), exhibitions, reference requests and consultations;
 *   6. the standard indicators (reading rate, attendance, circulation, book provision);
 *   7. plan vs actual in percent;
 * a chart (books issued by reader group, this period and last year; by month too for a quarter or a
 * year), and the librarian's and the director's signatures. Aggregates only: the figures carry no
 * reader's name, so neither does the Doc. Landscape A4 (the breakdown table is nine columns wide).
 * Pure; texts from i18n; numbers as documents print them (1 250, 1 250,50, 1,25).
 */
import {
  DOC_TYPES,
  EVENT_KINDS,
  PLAN_INDICATORS,
  READER_CATEGORIES,
  READER_GROUPS,
  SECTIONS,
  SUMMARY_SECTION_KEY,
  SUMMARY_TYPE_KEY,
  VISIT_KINDS,
} from '../../sheets-template/options';
import { dayText } from '../domain/dates';
import { tenge, type Breakdown } from '../domain/fund';
import { sameLastYear, type Period, type ReportKind } from '../domain/periods';
import type { Indicators, PeriodFigures, PeriodReport } from '../domain/statistics';
import { amountInFigures } from '../domain/words';
import { t, type Lang, type MessageKey } from '../i18n';
import { cell, chart, contentWidth, doc, heading, i, para, signatures, signer, subtitle, table, title, type Block, type Cell, type ChartBlock, type DocModel } from './model';

/** Who the report is from. */
export interface ReportHeader {
  schoolName: string;
  libraryName: string;
}

/** Issues of one month of the period and of the same month last year (the quarterly and annual chart). */
export interface MonthIssues {
  /** 1..12 */
  month: number;
  current: number;
  lastYear: number;
}

export interface ReportData {
  report: PeriodReport;
  header: ReportHeader;
  /** The day the report is made (ISO): when before the period's end, the figures are so far. */
  today: string;
  /** For a quarter or a year: the month-by-month issues (the second chart). */
  months?: MonthIssues[];
}

/** Bar colours: this period, last year. */
export const REPORT_COLORS = ['#1a73e8', '#9aa0a6'] as const;

// ---- numbers as printed ----------------------------------------------------------------------------------

/** 20000 → "20 000" (no-break space between groups). */
export function countText(n: number): string {
  const sign = n < 0 ? '−' : '';
  return sign + String(Math.abs(Math.round(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00A0');
}

/** 1.25 → "1,25"; null (nothing to divide by) → "–". */
export function ratioText(x: number | null): string {
  return x === null ? '–' : x.toFixed(2).replace('.', ',');
}

/** 96.5 → "96,5"; null (no plan) → "–". */
export function percentText(x: number | null): string {
  return x === null ? '–' : x.toFixed(1).replace('.', ',');
}

/** Tiyn → "1 250,50". */
export function moneyText(tiyn: number): string {
  return amountInFigures(tenge(tiyn));
}

/** This minus last: "+12", "−3", "0" (ratios to 2 decimals). */
export function changeText(current: number | null, last: number | null, decimals = 0): string {
  if (current === null || last === null) return '–';
  const d = Math.round((current - last) * Math.pow(10, decimals)) / Math.pow(10, decimals);
  if (d === 0) return '0';
  const body = decimals ? Math.abs(d).toFixed(decimals).replace('.', ',') : countText(Math.abs(d));
  return (d > 0 ? '+' : '−') + body;
}

// ---- names and periods -----------------------------------------------------------------------------------

/** "2026-11 — Ай сайынғы есеп", "2026-Q4 — Квартальный отчёт", "2026 — Жылдық есеп (мәтіндік)". */
export function reportDocName(lang: Lang, kind: ReportKind, period: Period): string {
  const base = t(lang, `report.name.${period.kind}` as MessageKey, { period: period.key });
  return kind === 'written' ? t(lang, 'report.name.written', { name: base }) : base;
}

export function monthName(lang: Lang, month: number): string {
  return t(lang, `report.month.${month}` as MessageKey);
}

/** "2026 жылғы қараша", "ноябрь 2026 г.", "2026 жылғы 4-тоқсан", "2025-2026 оқу жылы". */
export function periodText(lang: Lang, p: Period): string {
  return t(lang, `report.period.${p.kind}` as MessageKey, { year: p.year, month: p.month ? monthName(lang, p.month) : '', quarter: p.quarter ?? '', period: p.key });
}

/** The library and the school, as the title's second line. */
export function whose(header: ReportHeader): string {
  const parts = [header.libraryName, header.schoolName].map((s) => s.trim()).filter((s, n, all) => s && all.indexOf(s) === n);
  return parts.join(' — ');
}

const title0 = (o: { title: Record<Lang, string> }, lang: Lang) => o.title[lang];

// ---- tables ---------------------------------------------------------------------------------------------

type Row = { label: string; current: number | null; last: number | null; decimals?: number } | { group: string };

const num = (text: string, bold = false): Cell => cell(text, { align: 'right', bold });

/** Indicator | this period | last year | change, with bold group rows ("By group"). */
function compareTable(lang: Lang, rows: readonly Row[], width: number): Block {
  const body: Cell[][] = rows.map((r) => {
    if ('group' in r) return [cell(r.group, { bold: true, italic: true }), '', '', ''];
    const fmt = (x: number | null) => (r.decimals ? ratioText(x) : x === null ? '–' : countText(x));
    return [r.label, num(fmt(r.current), true), num(fmt(r.last)), num(changeText(r.current, r.last, r.decimals ?? 0))];
  });
  const w = Math.round((width - 330) / 3);
  return table(body, {
    header: [t(lang, 'report.doc.colIndicator'), t(lang, 'report.doc.colThis'), t(lang, 'report.doc.colLast'), t(lang, 'report.doc.colChange')],
    widths: [width - 3 * w, w, w, w],
    size: 10,
    shadeHeader: true,
  });
}

function fundTable(lang: Lang, current: PeriodFigures, last: PeriodFigures, width: number): Block {
  const lines: Array<[MessageKey, keyof PeriodFigures['fund']]> = [
    ['report.doc.fund.atStart', 'atStart'],
    ['report.doc.fund.received', 'received'],
    ['report.doc.fund.withdrawn', 'withdrawn'],
    ['report.doc.fund.atEnd', 'atEnd'],
  ];
  const w = Math.round((width - 260) / 4);
  return table(
    lines.map(([key, line]) => {
      const bold = line === 'atEnd';
      return [
        cell(t(lang, key), { bold }),
        num(countText(current.fund[line].copies), true),
        num(moneyText(current.fund[line].sum), bold),
        num(countText(last.fund[line].copies)),
        num(moneyText(last.fund[line].sum)),
      ];
    }),
    {
      header: [t(lang, 'report.doc.colIndicator'), t(lang, 'report.doc.colCopies'), t(lang, 'report.doc.colSum'), t(lang, 'report.doc.colCopiesLast'), t(lang, 'report.doc.colSumLast')],
      widths: [width - 4 * w, w, w, w, w],
      size: 10,
      shadeHeader: true,
    },
  );
}

/** The fund's make-up: a row per type, section and language; at start, received, withdrawn, at end, each beside last year's. */
function breakdownTable(lang: Lang, current: PeriodFigures, last: PeriodFigures, width: number): Block {
  const lines = ['atStart', 'received', 'withdrawn', 'atEnd'] as const;
  const row = (label: string, column: string): Cell[] => {
    const cells: Cell[] = [label];
    for (const line of lines) {
      const pick = (b: Breakdown) => b.columns[column] ?? 0;
      cells.push(num(countText(pick(current.fund[line])), true), num(countText(pick(last.fund[line]))));
    }
    return cells;
  };
  const group = (text: string): Cell[] => [cell(text, { bold: true, italic: true }), '', '', '', '', '', '', '', ''];
  const body: Cell[][] = [
    group(t(lang, 'report.doc.fund.byType')),
    ...DOC_TYPES.map((o) => row(title0(o, lang), SUMMARY_TYPE_KEY[o.code])),
    group(t(lang, 'report.doc.fund.bySection')),
    ...SECTIONS.map((o) => row(title0(o, lang), SUMMARY_SECTION_KEY[o.code])),
    group(t(lang, 'report.doc.fund.byLanguage')),
    row(t(lang, 'report.doc.lang.kk'), 'langKazakh'),
    row(t(lang, 'report.doc.lang.ru'), 'langRussian'),
    row(t(lang, 'report.doc.lang.other'), 'langOther'),
  ];
  const lastText = t(lang, 'report.doc.fund.colLast');
  const heads: MessageKey[] = ['report.doc.fund.colStart', 'report.doc.fund.colReceived', 'report.doc.fund.colWithdrawn', 'report.doc.fund.colEnd'];
  const w = Math.round((width - 232) / 8);
  return table(body, {
    header: [t(lang, 'report.doc.colIndicator'), ...heads.flatMap((k) => [t(lang, k), lastText])],
    widths: [width - 8 * w, ...Array.from({ length: 8 }, () => w)],
    size: 9,
    shadeHeader: true,
  });
}

function indicatorRows(lang: Lang, current: Indicators, last: Indicators): Row[] {
  const keys: Array<keyof Indicators> = ['readingRate', 'attendance', 'circulation', 'bookProvision'];
  return keys.map((k) => ({ label: t(lang, `report.doc.ind.${k}` as MessageKey), current: current[k], last: last[k], decimals: 2 }));
}

function planTable(lang: Lang, current: PeriodFigures, last: PeriodFigures, width: number): Block[] {
  if (current.plan.every((l) => l.planned === null)) return [para({ italic: true }, t(lang, 'report.doc.plan.none'))];
  const w = Math.round((width - 330) / 4);
  return [
    table(
      current.plan.map((l) => {
        const lastActual = last.plan.find((x) => x.indicator === l.indicator)?.actual ?? null;
        return [
          title0(PLAN_INDICATORS.find((o) => o.code === l.indicator)!, lang),
          num(l.planned === null ? '–' : countText(l.planned)),
          num(countText(l.actual), true),
          num(percentText(l.percent), true),
          num(lastActual === null ? '–' : countText(lastActual)),
        ];
      }),
      {
        header: [
          t(lang, 'report.doc.colIndicator'),
          t(lang, 'report.doc.plan.colPlanned'),
          t(lang, 'report.doc.plan.colActual'),
          t(lang, 'report.doc.plan.colPercent'),
          t(lang, 'report.doc.colLast'),
        ],
        widths: [width - 4 * w, w, w, w, w],
        size: 10,
        shadeHeader: true,
      },
    ),
  ];
}

// ---- charts -------------------------------------------------------------------------------------------

/** Books issued by reader group: this period and the same period last year. */
export function groupChart(lang: Lang, report: PeriodReport, width: number, height: number): ChartBlock {
  const last = sameLastYear(report.current.period);
  const name = t(lang, 'report.doc.chart.byGroup', { this: report.current.period.key, last: last.key });
  return chart(
    'column',
    name,
    READER_GROUPS.map((o) => title0(o, lang)),
    [
      { label: report.current.period.key, values: READER_GROUPS.map((o) => report.current.issues.byGroup[o.code]) },
      { label: last.key, values: READER_GROUPS.map((o) => report.lastYear.issues.byGroup[o.code]) },
    ],
    width,
    height,
    { colors: [...REPORT_COLORS], align: 'center' },
  );
}

/** Books issued month by month (a quarter or a year): this period and last year. */
export function monthChart(lang: Lang, report: PeriodReport, months: readonly MonthIssues[], width: number, height: number): ChartBlock {
  const last = sameLastYear(report.current.period);
  const name = t(lang, 'report.doc.chart.byMonth', { this: report.current.period.key, last: last.key });
  return chart(
    'column',
    name,
    months.map((m) => monthName(lang, m.month)),
    [
      { label: report.current.period.key, values: months.map((m) => m.current) },
      { label: last.key, values: months.map((m) => m.lastYear) },
    ],
    width,
    height,
    { colors: [...REPORT_COLORS], align: 'center' },
  );
}

/** A chart and its caption (the colours named: the emulator draws no legend text, Google does). */
export function chartWithCaption(lang: Lang, c: ChartBlock): Block[] {
  return [c, para({ align: 'center', italic: true, size: 10, spaceAfter: 6 }, t(lang, 'report.doc.chart.caption', { title: c.title }))];
}

// ---- the document ---------------------------------------------------------------------------------------

/** The head of both reports: made on, partial period, aggregates only. */
export function periodLines(lang: Lang, report: PeriodReport, today: string): Block[] {
  const p = report.current.period;
  const l = report.lastYear.period;
  const blocks: Block[] = [
    para({ align: 'center', spaceAfter: 2 }, t(lang, 'report.doc.period', { period: periodText(lang, p), from: dayText(p.from), to: dayText(p.to), lastFrom: dayText(l.from), lastTo: dayText(l.to) })),
    para({ align: 'center', size: 10, spaceAfter: 2 }, t(lang, 'report.doc.made', { date: dayText(today) })),
  ];
  if (today < p.to) blocks.push(para({ align: 'center', size: 10, bold: true, spaceAfter: 2 }, t(lang, 'report.doc.partial', { date: dayText(today) })));
  blocks.push(para({ align: 'center', size: 9, spaceAfter: 8 }, i(t(lang, 'report.doc.aggregates'))));
  return blocks;
}

export function reportSignatures(lang: Lang): Block {
  return signatures([signer(`${t(lang, 'report.doc.librarian')}:`, ''), signer(`${t(lang, 'report.doc.director')}:`, '')]);
}

export function statisticalReport(kind: Exclude<ReportKind, 'written'>, data: ReportData, lang: Lang): DocModel {
  const { report, header } = data;
  const cur = report.current;
  const last = report.lastYear;
  const options = { landscape: true, font: { family: 'Times New Roman', size: 11 } };
  const width = contentWidth(options);
  const rows = (r: Row[]) => compareTable(lang, r, width);
  const groupRows = (pick: (f: PeriodFigures) => Record<string, number>): Row[] => READER_GROUPS.map((o) => ({ label: title0(o, lang), current: pick(cur)[o.code], last: pick(last)[o.code] }));

  const blocks: Block[] = [title(t(lang, `report.doc.title.${cur.period.kind}` as MessageKey))];
  const from = whose(header);
  if (from) blocks.push(subtitle(from));
  blocks.push(...periodLines(lang, report, data.today));

  blocks.push(
    heading(t(lang, 'report.doc.fund'), 2),
    fundTable(lang, cur, last, width),
    para({ italic: true, size: 9, spaceAfter: 6 }, t(lang, 'report.doc.fund.note')),
    heading(t(lang, 'report.doc.fund.breakdown'), 3),
    breakdownTable(lang, cur, last, width),

    heading(t(lang, 'report.doc.readers'), 2),
    rows([
      { label: t(lang, 'report.doc.readers.total'), current: cur.readers.total, last: last.readers.total },
      { label: t(lang, 'report.doc.readers.atEnd'), current: cur.readers.atEnd, last: last.readers.atEnd },
      { label: t(lang, 'report.doc.readers.new'), current: cur.readers.newInPeriod, last: last.readers.newInPeriod },
      { group: t(lang, 'report.doc.byCategory') },
      ...READER_CATEGORIES.map((o) => ({ label: title0(o, lang), current: cur.readers.byCategory[o.code], last: last.readers.byCategory[o.code] })),
      { group: t(lang, 'report.doc.byGroup') },
      ...groupRows((f) => f.readers.byGroup),
    ]),

    heading(t(lang, 'report.doc.visits'), 2),
    rows([
      { label: t(lang, 'report.doc.visits.total'), current: cur.visits.total, last: last.visits.total },
      { group: t(lang, 'report.doc.byGroup') },
      ...groupRows((f) => f.visits.byGroup),
      // Quarterly and annual figures come from the daily log, which keeps no group for who came for a book.
      ...(cur.visits.groupUnknown || last.visits.groupUnknown
        ? [{ label: t(lang, 'report.doc.visits.groupUnknown'), current: cur.visits.groupUnknown ?? 0, last: last.visits.groupUnknown ?? 0 }]
        : []),
      { group: t(lang, 'report.doc.byPurpose') },
      ...VISIT_KINDS.map((o) => ({ label: title0(o, lang), current: cur.visits.byPurpose[o.code], last: last.visits.byPurpose[o.code] })),
      { label: t(lang, 'report.doc.visits.loan'), current: cur.visits.byPurpose.loan, last: last.visits.byPurpose.loan },
    ]),

    heading(t(lang, 'report.doc.issues'), 2),
    rows([
      { label: t(lang, 'report.doc.issues.total'), current: cur.issues.total, last: last.issues.total },
      { group: t(lang, 'report.doc.bySection') },
      ...SECTIONS.map((o) => ({ label: title0(o, lang), current: cur.issues.bySection[o.code], last: last.issues.bySection[o.code] })),
      ...(cur.issues.sectionUnknown || last.issues.sectionUnknown
        ? [{ label: t(lang, 'report.doc.issues.sectionUnknown'), current: cur.issues.sectionUnknown, last: last.issues.sectionUnknown }]
        : []),
      { group: t(lang, 'report.doc.byGroup') },
      ...groupRows((f) => f.issues.byGroup),
    ]),
    ...chartWithCaption(lang, groupChart(lang, report, Math.min(width, 560), 250)),
  );
  if (data.months && data.months.length > 1) blocks.push(...chartWithCaption(lang, monthChart(lang, report, data.months, Math.min(width, 640), 250)));

  blocks.push(
    heading(t(lang, 'report.doc.events'), 2),
    rows([
      { label: t(lang, 'report.doc.events.held'), current: cur.events.held, last: last.events.held },
      { group: t(lang, 'report.doc.byKind') },
      ...EVENT_KINDS.map((o) => ({ label: title0(o, lang), current: cur.events.byKind[o.code], last: last.events.byKind[o.code] })),
      { label: t(lang, 'report.doc.events.participants'), current: cur.events.participants, last: last.events.participants },
      { label: t(lang, 'report.doc.exhibitions.opened'), current: cur.exhibitions.opened, last: last.exhibitions.opened },
      { label: t(lang, 'report.doc.exhibitions.onView'), current: cur.exhibitions.onView, last: last.exhibitions.onView },
      { label: t(lang, 'report.doc.requests'), current: cur.requestsFulfilled, last: last.requestsFulfilled },
      { label: t(lang, 'report.doc.consultations'), current: cur.consultations, last: last.consultations },
    ]),

    heading(t(lang, 'report.doc.indicators'), 2),
    rows(indicatorRows(lang, cur.indicators, last.indicators)),

    heading(t(lang, 'report.doc.plan'), 2),
    ...planTable(lang, cur, last, width),
    para({ spaceBefore: 18 }, ''),
    reportSignatures(lang),
  );
  return doc(reportDocName(lang, kind, cur.period), blocks, options);
}
