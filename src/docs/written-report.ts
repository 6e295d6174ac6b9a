/**
 * The written report (Жазбаша есеп / текстовый отчёт) as a document model: the standard sections of a
 * school library's report on its work (general information; the fund and its use; serving the readers;
 * events and exhibitions; reference work; methodological work; plan vs actual; conclusions and goals),
 * each with the period's figures written into sentences beside last year's, and the narrative the
 * librarian completes marked as a placeholder in square brackets ("[…]", italic). The figures are
 * those of the statistical report (periodReport), so both Docs agree. Aggregates only. Portrait A4.
 * Pure; texts from i18n.
 */
import { PLAN_INDICATORS, READER_GROUPS } from '../../sheets-template/options';
import { dayText } from '../domain/dates';
import type { PeriodFigures } from '../domain/statistics';
import { t, type Lang, type MessageKey } from '../i18n';
import { bullets, contentWidth, doc, heading, i, para, subtitle, title, type Block, type DocModel } from './model';
import { chartWithCaption, countText, groupChart, moneyText, percentText, periodLines, periodText, ratioText, reportDocName, reportSignatures, whose, type ReportData } from './report';

/** The narrative the librarian writes: "[…]", italic, on a line of its own. */
export function placeholder(lang: Lang, key: MessageKey): Block {
  return para({ italic: true, spaceAfter: 8 }, i(`[${t(lang, key)}]`));
}

function text(lang: Lang, key: MessageKey, params: Record<string, string | number>): Block {
  return para({ align: 'justify', firstLine: 28, spaceAfter: 4 }, t(lang, key, params));
}

const n = countText;

export function writtenReport(data: ReportData, lang: Lang): DocModel {
  const { report, header } = data;
  const cur: PeriodFigures = report.current;
  const last: PeriodFigures = report.lastYear;
  const p = cur.period;
  const width = contentWidth({});
  const groupsText = READER_GROUPS.map((o) => `${o.title[lang]} — ${n(cur.issues.byGroup[o.code])}`).join('; ');

  const blocks: Block[] = [title(t(lang, 'report.written.title')), subtitle(periodText(lang, p))];
  const from = whose(header);
  if (from) blocks.push(subtitle(from));
  blocks.push(...periodLines(lang, report, data.today));

  blocks.push(
    heading(t(lang, 'report.written.s1'), 2),
    text(lang, 'report.written.s1.text', {
      school: from || '—',
      from: dayText(p.from),
      to: dayText(p.to),
      readers: n(cur.readers.total),
      lastReaders: n(last.readers.total),
      pupils: n(cur.readers.byCategory.pupil),
      teachers: n(cur.readers.byCategory.teacher),
      copies: n(cur.fund.atEnd.copies),
      lastCopies: n(last.fund.atEnd.copies),
    }),
    placeholder(lang, 'report.written.s1.todo'),

    heading(t(lang, 'report.written.s2'), 2),
    text(lang, 'report.written.s2.text', {
      atStart: n(cur.fund.atStart.copies),
      atStartSum: moneyText(cur.fund.atStart.sum),
      received: n(cur.fund.received.copies),
      receivedSum: moneyText(cur.fund.received.sum),
      withdrawn: n(cur.fund.withdrawn.copies),
      withdrawnSum: moneyText(cur.fund.withdrawn.sum),
      atEnd: n(cur.fund.atEnd.copies),
      atEndSum: moneyText(cur.fund.atEnd.sum),
      textbooks: n(cur.fund.atEnd.columns.sectionTextbooks ?? 0),
      fiction: n(cur.fund.atEnd.columns.sectionFiction ?? 0),
      children: n(cur.fund.atEnd.columns.sectionChildren ?? 0),
    }),
    text(lang, 'report.written.s2.indicators', {
      circulation: ratioText(cur.indicators.circulation),
      lastCirculation: ratioText(last.indicators.circulation),
      provision: ratioText(cur.indicators.bookProvision),
      lastProvision: ratioText(last.indicators.bookProvision),
    }),
    placeholder(lang, 'report.written.s2.todo'),

    heading(t(lang, 'report.written.s3'), 2),
    text(lang, 'report.written.s3.text', {
      visits: n(cur.visits.total),
      lastVisits: n(last.visits.total),
      issues: n(cur.issues.total),
      lastIssues: n(last.issues.total),
      readingRate: ratioText(cur.indicators.readingRate),
      lastReadingRate: ratioText(last.indicators.readingRate),
      attendance: ratioText(cur.indicators.attendance),
      lastAttendance: ratioText(last.indicators.attendance),
    }),
    text(lang, 'report.written.s3.groups', { groups: groupsText }),
    ...chartWithCaption(lang, groupChart(lang, report, Math.min(width, 460), 220)),
    placeholder(lang, 'report.written.s3.todo'),

    heading(t(lang, 'report.written.s4'), 2),
    text(lang, 'report.written.s4.text', {
      events: n(cur.events.held),
      participants: n(cur.events.participants),
      lastEvents: n(last.events.held),
      exhibitions: n(cur.exhibitions.opened),
      lastExhibitions: n(last.exhibitions.opened),
    }),
    placeholder(lang, 'report.written.s4.todo'),

    heading(t(lang, 'report.written.s5'), 2),
    text(lang, 'report.written.s5.text', {
      requests: n(cur.requestsFulfilled),
      lastRequests: n(last.requestsFulfilled),
      consultations: n(cur.consultations),
      lastConsultations: n(last.consultations),
    }),
    placeholder(lang, 'report.written.s5.todo'),

    heading(t(lang, 'report.written.s6'), 2),
    placeholder(lang, 'report.written.s6.todo'),

    heading(t(lang, 'report.written.s7'), 2),
  );
  const planned = cur.plan.filter((l) => l.planned !== null);
  if (planned.length) {
    blocks.push(
      bullets(
        planned.map((l) =>
          t(lang, 'report.written.s7.line', {
            indicator: PLAN_INDICATORS.find((o) => o.code === l.indicator)!.title[lang],
            planned: n(l.planned as number),
            actual: n(l.actual),
            percent: l.percent === null ? '–' : `${percentText(l.percent)}%`,
          }),
        ),
      ),
    );
  } else {
    blocks.push(text(lang, 'report.written.s7.none', {}));
  }
  blocks.push(
    placeholder(lang, 'report.written.s7.todo'),
    heading(t(lang, 'report.written.s8'), 2),
    placeholder(lang, 'report.written.s8.todo'),
    para({ spaceBefore: 18 }, ''),
    reportSignatures(lang),
  );
  return doc(reportDocName(lang, 'written', p), blocks);
}
