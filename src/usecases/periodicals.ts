/**
 * Periodicals (issue 6): subscriptions, the registration journal (an issue checked in), the numbers
 * missing per title, and a year's issues bound into one fund item.
 *
 * The issues of a title are found through the year column (a text finder: one year's rows, which are
 * appended in that year and so lie in a few runs), never by reading the whole registration journal:
 * a check-in costs the same in year five as in year one. The subscriptions journal is small (a row per
 * title and period) and is read whole.
 *
 * Binding a year is a receipt of one title with one copy, document type "periodical", written as
 * registerAcquisition writes a receipt (its exported row builders: the inventory book, the
 * acquisitions journal, the summary book parts 1 and 3, the catalogue and its index), under the same
 * lock as the mark on each bound issue's row, so that an issue is never bound twice.
 */
import type { SectionCode } from '../../sheets-template/options';
import { PERIODICAL_KINDS } from '../../sheets-template/options';
import { type IsoDate } from '../domain/dates';
import { UserError } from '../domain/errors';
import { addCopies, breakdownCells, emptyBreakdown, nextRecordNo, tenge, titleDescription, type TitleData, type Tiyn } from '../domain/fund';
import {
  missingNumbers,
  numberRanges,
  overlaps,
  parseIssueNumber,
  receivedNumbers,
  sameTitle,
  validateBind,
  validateCheckIn,
  validateSubscription,
  yearPrice,
  type BindForm,
  type CheckInForm,
  type SubscriptionForm,
} from '../domain/periodicals';
import type { BookLanguage } from '../domain/bibliographic';
import { parseMoney } from '../domain/fund';
import { allocate } from '../domain/sequence';
import { encodeCopies } from '../domain/copies';
import { t } from '../i18n';
import { Settings } from '../journals/settings';
import type { StoredRow } from '../journals/table';
import type { Workbook } from '../journals/workbook';
import { auditRow, writeAudit } from './audit';
import { type Env, setUpWorkbook, today } from './context';
import { prepareMovement } from './fund-movement';
import { acquisitionRow, catalogRow, guardInventoryNumbers, indexRow, inventoryRow } from './register-acquisition';

/** A subscription row read back. */
export interface SubscriptionRow {
  row: number;
  title: string;
  kind: string;
  language: string;
  issuesPerYear: number;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  price: Tiyn;
  index: string;
}

function subscriptionsOf(wb: Workbook): SubscriptionRow[] {
  return wb
    .journal('periodicals')
    .readAll()
    .filter((r) => String(r.values.title ?? '').trim() !== '')
    .map((r) => ({
      row: r.rowNumber,
      title: String(r.values.title).trim(),
      kind: String(r.values.kind ?? ''),
      language: String(r.values.language ?? ''),
      issuesPerYear: Number(r.values.issuesPerYear) || 0,
      periodFrom: String(r.values.periodFrom ?? ''),
      periodTo: String(r.values.periodTo ?? ''),
      price: parseMoney(r.values.price ?? 0) ?? 0,
      index: String(r.values.index ?? ''),
    }));
}

/** The registration journal's rows of one year (all titles). */
function issuesOfYear(wb: Workbook, year: number): StoredRow[] {
  return wb.journal('periodicalIssues').findMatching('year', String(year), Infinity).rows.filter((r) => Number(r.values.year) === year);
}

/** The subscriptions of one title (as typed in any form: folded), refusing a title that has none. */
function titleSubscriptions(subs: readonly SubscriptionRow[], title: string): SubscriptionRow[] {
  const mine = subs.filter((s) => sameTitle(s.title, title));
  if (!mine.length) throw new UserError('periodicals.error.unknown', { title }, 'periodical');
  return mine;
}

export interface TitleYear {
  title: string;
  kind: string;
  language: string;
  issuesPerYear: number;
  year: number;
  /** Issue numbers received (checked in) that year. */
  received: number[];
  missing: number[];
  /** Received numbers not bound yet. */
  unbound: number[];
  subscribed: boolean;
  price: number;
}

function titleYear(subs: readonly SubscriptionRow[], issues: readonly StoredRow[], year: number, through: IsoDate): TitleYear {
  const latest = subs[subs.length - 1];
  const mine = issues.filter((r) => sameTitle(r.values.periodical, latest.title));
  const received = receivedNumbers(mine.map((r) => r.values.number));
  const unbound = receivedNumbers(mine.filter((r) => !r.values.boundInventoryNo).map((r) => r.values.number));
  const yearStart = { periodFrom: `${year}-01-01`, periodTo: `${year}-12-31` };
  return {
    title: latest.title,
    kind: latest.kind,
    language: latest.language,
    issuesPerYear: latest.issuesPerYear,
    year,
    received: [...received].sort((a, b) => a - b),
    missing: missingNumbers(subs, year, received, through < yearStart.periodTo ? through : yearStart.periodTo),
    unbound: [...unbound].sort((a, b) => a - b),
    subscribed: subs.some((s) => overlaps(s, yearStart)),
    price: tenge(yearPrice(subs, year)),
  };
}

/** Every title with its subscriptions, and a year's numbers received and missing (by today). */
export function periodicalsOfYear(env: Env, yearAsked: number | null): { year: number; today: IsoDate; titles: TitleYear[] } {
  const wb = setUpWorkbook(env);
  const day = today(env, wb);
  const year = yearAsked && yearAsked >= 2000 && yearAsked <= Number(day.slice(0, 4)) + 1 ? yearAsked : Number(day.slice(0, 4));
  const subs = subscriptionsOf(wb);
  const groups: SubscriptionRow[][] = [];
  for (const s of subs) {
    const group = groups.find((g) => sameTitle(g[0].title, s.title));
    if (group) group.push(s);
    else groups.push([s]);
  }
  const issues = groups.length ? issuesOfYear(wb, year) : [];
  const titles = groups.map((g) => titleYear(g, issues, year, day)).sort((a, b) => a.title.localeCompare(b.title, wb.lang));
  return { year, today: day, titles };
}

export function addSubscription(env: Env, form: SubscriptionForm): { title: string; row: number; periodFrom: string; periodTo: string } {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const checked = validateSubscription(form);
    if (!checked.ok) throw UserError.of(checked.errors);
    const s = checked.value;
    const existing = subscriptionsOf(wb).find((r) => sameTitle(r.title, s.title) && overlaps(r, s));
    if (existing) throw new UserError('periodicals.error.duplicate', { title: existing.title, from: existing.periodFrom, to: existing.periodTo }, 'periodFrom');
    const journal = wb.journal('periodicals').prepare();
    wb.journal('auditLog').prepare();
    const [row] = journal.append([
      { title: s.title, kind: s.kind, language: s.language, issuesPerYear: s.issuesPerYear, periodFrom: s.periodFrom, periodTo: s.periodTo, price: tenge(s.price), index: s.index, note: s.note },
    ]);
    writeAudit(wb, [auditRow(env, 'addSubscription', 'subscription', String(row), { title: s.title, from: s.periodFrom, to: s.periodTo, price: tenge(s.price) })]);
    return { title: s.title, row, periodFrom: s.periodFrom, periodTo: s.periodTo };
  });
}

export interface CheckInResult {
  periodical: string;
  year: number;
  number: string;
  receivedOn: string;
  received: number[];
  missing: number[];
}

/**
 * An issue checked in: refused for a title with no subscription, a number beyond the title's issues a
 * year, a number (or one of a double) already checked in for that year. Returns the title's numbers
 * received and still missing that year.
 */
export function checkInIssue(env: Env, form: CheckInForm): CheckInResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const checked = validateCheckIn(form, day);
    if (!checked.ok) throw UserError.of(checked.errors);
    const issue = checked.value;
    const subs = titleSubscriptions(subscriptionsOf(wb), issue.periodical);
    const title = subs[subs.length - 1].title;
    const max = Math.max(...subs.map((s) => s.issuesPerYear));
    const beyond = issue.numbers.find((n) => n > max);
    if (max > 0 && beyond !== undefined) throw new UserError('periodicals.error.beyond', { number: beyond, max }, 'number');
    const issues = issuesOfYear(wb, issue.year);
    for (const r of issues) {
      if (!sameTitle(r.values.periodical, title)) continue;
      const taken = (parseIssueNumber(r.values.number)?.numbers ?? []).find((n) => issue.numbers.indexOf(n) >= 0);
      if (taken !== undefined) {
        throw new UserError('periodicals.error.already', { number: taken, year: issue.year, date: dayOf(r.values.receivedOn) }, 'number');
      }
    }
    const journal = wb.journal('periodicalIssues').prepare();
    wb.journal('auditLog').prepare();
    const [row] = journal.append([{ periodical: title, year: issue.year, number: issue.number, receivedOn: issue.receivedOn, note: issue.note }]);
    writeAudit(wb, [auditRow(env, 'checkInIssue', 'periodicalIssue', String(row), { periodical: title, year: issue.year, number: issue.number })]);
    const after = titleYear(subs, [...issues, { rowNumber: row, values: { periodical: title, year: issue.year, number: issue.number } }], issue.year, day);
    return { periodical: title, year: issue.year, number: issue.number, receivedOn: issue.receivedOn, received: after.received, missing: after.missing };
  });
}

function dayOf(v: unknown): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(v ?? ''));
  return m ? `${m[3]}.${m[2]}.${m[1]}` : String(v ?? '');
}

export interface BindResult {
  periodical: string;
  year: number;
  numbers: string;
  inventoryNo: number;
  titleId: number;
  recordNo: number;
  description: string;
  sum: number;
}

/**
 * The year's issues of a title not bound yet become one fund item: a receipt (source "purchase": the
 * subscription) of one copy, document type "periodical", the section she chooses, at the year's
 * subscription price unless she gives another; each bound issue's row gets the new inventory number.
 */
export function bindPeriodicalYear(env: Env, form: BindForm): BindResult {
  return env.lock.withDocumentLock(() => {
    const wb = setUpWorkbook(env);
    const day = today(env, wb);
    const checked = validateBind(form, day);
    if (!checked.ok) throw UserError.of(checked.errors);
    const bind = checked.value;
    const subs = titleSubscriptions(subscriptionsOf(wb), bind.periodical);
    const issuesJournal = wb.journal('periodicalIssues');
    const latest = subs[subs.length - 1];
    const ofTitle = issuesOfYear(wb, bind.year).filter((r) => sameTitle(r.values.periodical, latest.title));
    const mine = ofTitle.filter((r) => !r.values.boundInventoryNo);
    const numbers = receivedNumbers(mine.map((r) => r.values.number));
    if (!numbers.size) throw new UserError('periodicals.error.nothingToBind', { title: latest.title, year: bind.year }, 'year');
    // The year's subscription price is the price of the whole year: a second part of a year already partly
    // bound must be priced by the librarian, or the fund would count the year twice.
    if (bind.price === null && mine.length < ofTitle.length) throw new UserError('periodicals.error.partPrice', { title: latest.title, year: bind.year }, 'price');
    const price = bind.price ?? yearPrice(subs, bind.year);
    const lang = wb.lang;
    const ranges = numberRanges(numbers);
    const title: TitleData = {
      record: {
        authors: [],
        title: latest.title,
        otherTitleInfo: PERIODICAL_KINDS.find((k) => k.code === latest.kind)?.title[lang].toLocaleLowerCase(lang),
        volume: `${bind.year}, № ${ranges} (${t(lang, 'periodicals.boundWord')})`,
        year: bind.year,
        language: (['kk', 'ru', 'en'].indexOf(latest.language) >= 0 ? latest.language : 'other') as BookLanguage,
      },
      bbk: '',
      udc: '',
      authorSign: '',
      section: bind.section as SectionCode,
      docType: 'periodical',
      annotation: '',
      keywords: '',
    };
    if (!title.record.otherTitleInfo) delete title.record.otherTitleInfo;

    // ---- read what the receipt needs -------------------------------------------------------------------
    const settings = Settings.read(wb);
    const counters = allocate(settings.counter('nextInventoryNo'), 1);
    // A bound part is a catalogue record of its own (its numbers are in its description): never one more copy
    // of a record that happens to share its title and year (a book called «Ақиқат», an earlier part).
    const index = wb.journal('catalogIndex').prepare();
    const catalog = wb.journal('catalog').prepare();
    const inventory = wb.journal('inventoryBook').prepare();
    guardInventoryNumbers(inventory, settings, counters.numbers);
    const acquisitions = wb.journal('acquisitions').prepare();
    const receipts = wb.journal('summaryBookReceipts');
    const receiptRows = receipts.readAll();
    const movement = prepareMovement(wb, { receipts: receiptRows });
    issuesJournal.prepare();
    wb.journal('auditLog').prepare();

    // ---- decide --------------------------------------------------------------------------------------
    const inventoryNo = counters.numbers[0];
    const recordNo = nextRecordNo(receiptRows.map((r) => r.values.recordNo));
    const figures = addCopies(emptyBreakdown(), { docType: 'periodical', section: title.section, language: title.record.language }, 1, price);
    let nextTitleId = settings.counter('nextTitleId');
    const titleId = nextTitleId++;
    const now = env.clock.now().toISOString();

    // ---- write: the counters first ---------------------------------------------------------------------
    settings.write({ nextInventoryNo: counters.next, nextTitleId });
    catalog.append([catalogRow(titleId, title, 1, day)]);
    inventory.append([inventoryRow(day, inventoryNo, title.record, price, recordNo, titleId)]);
    acquisitions.append([acquisitionRow(day, title.record, price, [inventoryNo], 'purchase', recordNo, titleId)]);
    receipts.append([
      {
        date: day,
        recordNo,
        source: 'purchase',
        documentNo: '',
        documentDate: null,
        supplier: '',
        note: t(lang, 'periodicals.receiptNote', { title: latest.title, year: bind.year }),
        ...breakdownCells(figures, 'copiesTotal'),
      },
    ]);
    movement.write({ date: day, figures }, null, Number(day.slice(0, 4)));
    index.append([indexRow(titleId, title, encodeCopies([{ inventoryNo, state: 'shelf' }]), now)]);
    issuesJournal.update(mine.map((r) => ({ rowNumber: r.rowNumber, values: { boundInventoryNo: inventoryNo } })));
    writeAudit(wb, [
      auditRow(env, 'bindPeriodicalYear', 'receipt', String(recordNo), { periodical: latest.title, year: bind.year, numbers: ranges, inventoryNo, titleId, sum: tenge(price) }),
    ]);
    return { periodical: latest.title, year: bind.year, numbers: ranges, inventoryNo, titleId, recordNo, description: titleDescription(title), sum: tenge(price) };
  });
}
