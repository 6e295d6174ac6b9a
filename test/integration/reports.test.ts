/**
 * The reports through the built bundle (issue 5): a term of a school library's activity is run through
 * the server functions with the clock moving (a receipt batch and three readers in October 2025, a loan
 * in November 2025; in autumn 2026 another batch, loans and returns by three reader groups, a class in
 * the reading room, a consultation, a write-off), then on 1 December the monthly, quarterly, annual and
 * written reports are built. The Doc's figures are those the test counts itself from the journals' rows;
 * the fund agrees with the summary book's part 3; building again rewrites the one Doc; a bad period writes
 * nothing; no reader's name is in any report. Each kind is rendered to PNG (kk and ru) to be looked at.
 */
import type { Emulator } from '../../emulator/runtime';
import { journalColumns, journalRows, journalSheetId } from '../../emulator/workbook-view';
import { AIGUL, docPng, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; message: string }>; message: string };
type Report = { kind: string; period: string; name: string; url: string; replaced: boolean; folder: string };

const BLANK = { authors: '', title: '', otherTitleInfo: '', responsibility: '', volume: '', place: '', publisher: '', year: '', pages: '', isbn: '', bbk: '', udc: '', authorSign: '', language: 'kk', section: 'fiction', docType: 'book', annotation: '', keywords: '', price: '', copies: '' };
const KOZY = { ...BLANK, authors: 'Әбенов Ш.', title: 'Қозы-Көрпеш – Баянсұлу', otherTitleInfo: 'поэма', place: 'Алматы', publisher: 'Жазушы', year: '1965', pages: '114', price: '1250', copies: '3' };
const MATH = { ...BLANK, authors: 'Абылкасымова А. Е.', title: 'Математика', otherTitleInfo: 'учебник для 5 класса', place: 'Алматы', publisher: 'Мектеп', year: '2017', pages: '288', language: 'ru', section: 'textbooks', price: '2500', copies: '2' };
const ABAI = { ...BLANK, authors: 'Әуезов М.', title: 'Абай жолы', otherTitleInfo: 'роман-эпопея', place: 'Алматы', publisher: 'Жазушы', year: '1997', pages: '500', price: '1850', copies: '3' };
const COMMISSION = 'Сапарова А. Б. (директордың орынбасары)\nБекова Г. Н. (бухгалтер)\nНұрланова М. Т. (кітапханашы)';
const READERS = [
  { ...AIGUL, grade: '3а', registeredOn: '2025-10-01' },
  { ...AIGUL, fullName: 'Ли Мария Викторовна', grade: '7б', registeredOn: '2025-10-01' },
  { ...AIGUL, fullName: 'Жұмабаев Асқар Серікұлы', category: 'teacher', grade: '', registeredOn: '2025-10-01' },
];

const rows = (emu: Emulator, id: string) => journalRows(emu.spreadsheet.inspect, id);
const call = <T>(emu: Emulator, fn: string, ...args: unknown[]) => ok(emu.runFromClient<Result<T>>(fn, args));
const build = (emu: Emulator, kind: string, period: string) => call<Report>(emu, 'buildReport', kind, period);
const day = (iso: string) => new Date(`${iso}T05:00:00Z`); // 10:00 in Almaty

function setSetting(emu: Emulator, key: string, value: string): void {
  emu.refresh();
  const inspect = emu.spreadsheet.inspect;
  const sheetId = journalSheetId(inspect, 'settings')!;
  const cols = journalColumns(inspect, sheetId);
  const r = inspect.values(sheetId).findIndex((row) => row[cols.key - 1] === key);
  const ss = (emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  ss.getSheetById(sheetId)!.getRange(r + 1, cols.value).setValue(value);
  emu.spreadsheet.save();
}

/**
 * Inventory numbers 1-3 Қозы-Көрпеш, 4-5 Математика (textbooks, ru), 6-8 Абай жолы (2025-10-01),
 * 9-10 Абай жолы (2026-09-01); readers 1 (3А), 2 (7Б), 3 (a teacher). Ends on 1 December 2026.
 */
function term(userLocale: 'kk' | 'ru' = 'kk') {
  let now = day('2025-10-01');
  const emu = emulator({ now: () => now, userLocale });
  const at = (iso: string) => (now = day(iso));
  const expectOk = (r: Result<unknown>) => expect([r.ok, r.message]).toEqual([true, expect.any(String)]);
  ok(emu.run('setupWorkbook'));
  setSetting(emu, 'schoolName', '№12 мектеп-гимназия');
  expectOk(call(emu, 'registerAcquisition', { date: '2025-10-01', source: 'purchase', supplier: '', documentNo: '', documentDate: '', items: [KOZY, MATH, ABAI] }));
  for (const r of READERS) expectOk(call(emu, 'registerReader', r));
  const issue = (ticketNo: number, inventoryNos: string) => expectOk(call(emu, 'issueCopies', { ticketNo, inventoryNos, dueOn: '', overrideOverdue: true }));
  const giveBack = (...nos: number[]) => expectOk(call(emu, 'returnCopies', { items: nos.map((inventoryNo) => ({ inventoryNo, condition: 'fine', conditionNote: '' })) }));

  // Last year: one loan in November 2025.
  at('2025-11-05');
  issue(1, '1');
  at('2025-11-20');
  giveBack(1);

  // This autumn.
  at('2026-09-01');
  expectOk(call(emu, 'registerAcquisition', { date: '2026-09-01', source: 'gift', supplier: 'Ата-аналар комитеті', documentNo: '7', documentDate: '2026-09-01', items: [{ ...ABAI, copies: '2' }] }));
  at('2026-10-05');
  issue(2, '2, 6');
  issue(3, '4');
  at('2026-10-20');
  giveBack(2);
  at('2026-11-03');
  issue(1, '1');
  issue(2, '3');
  expectOk(call(emu, 'recordVisit', { ticketNo: 0, kind: 'readingRoom', people: 20, grade: '3 в', note: 'кітапхана сабағы' }));
  at('2026-11-10');
  giveBack(1, 6, 4);
  at('2026-11-12');
  expectOk(call(emu, 'writeOffCopies', { inventoryNos: '5', reason: 'wornOut', date: '2026-11-12', commission: COMMISSION, approvedBy: 'Омарова Ж. Қ.', note: '' }));
  at('2026-11-16');
  expectOk(call(emu, 'recordVisit', { ticketNo: 3, kind: 'consultation', people: 1, grade: '', note: '' }));
  at('2026-11-25');
  issue(3, '7');
  at('2026-12-01');
  return { emu, at };
}

/** The journals' loans (open and closed) issued in a month, counted by the group the loan recorded. */
function issuesIn(emu: Emulator, month: string): { total: number; byGroup: Record<string, number> } {
  const all = [...rows(emu, 'loans'), ...rows(emu, 'loanHistory')].filter((r) => String(r.issuedOn).startsWith(month));
  const byGroup: Record<string, number> = {};
  for (const r of all) byGroup[String(r.readerGroup)] = (byGroup[String(r.readerGroup)] ?? 0) + 1;
  return { total: all.length, byGroup };
}

/** Visits of a month: the visits journal's people, plus one for each reader who borrowed or returned on a day without a visit row of theirs. */
function visitsIn(emu: Emulator, month: string): number {
  const visits = rows(emu, 'visits').filter((r) => String(r.date).startsWith(month));
  const came = new Set(visits.filter((v) => Number(v.ticketNo) > 0).map((v) => `${v.date}/${v.ticketNo}`));
  const loanDays = new Set<string>();
  for (const l of [...rows(emu, 'loans'), ...rows(emu, 'loanHistory')]) {
    for (const d of [l.issuedOn, l.returnedOn]) if (typeof d === 'string' && d.startsWith(month)) loanDays.add(`${d}/${l.ticketNo}`);
  }
  let people = visits.reduce((n, v) => n + (Number(v.people) || 1), 0);
  loanDays.forEach((k) => (people += came.has(k) ? 0 : 1));
  return people;
}

const ROOT = 'My Drive/Кітапхана архиві — №12 мектеп-гимназия';

describe('buildReport', () => {
  const { emu } = term();
  const monthly = build(emu, 'monthly', '2026-11');
  const text = () => emu.drive.inspect.docText(emu.drive.inspect.findByPath(`${ROOT}/2026/Reports/2026-11 — Ай сайынғы есеп`)!.id);
  const line = (t: string, label: string) => t.split('\n').find((l) => l.startsWith(`${label}\t`));

  it('files the monthly report as a Doc in <archive>/2026/Reports, named for the director', () => {
    expect(monthly.ok).toBe(true);
    expect(monthly.value).toMatchObject({ kind: 'monthly', period: '2026-11', name: '2026-11 — Ай сайынғы есеп', replaced: false, folder: '2026 / Reports' });
    expect(monthly.message).toBe('«2026-11 — Ай сайынғы есеп» есебі жасалды.');
    const node = emu.drive.inspect.findByPath(`${ROOT}/2026/Reports/2026-11 — Ай сайынғы есеп`);
    expect(node?.id).toBeTruthy();
    expect(monthly.value!.url).toContain(node!.id);
  });

  it('gives the journals’ own counts for November 2026 beside November 2025', () => {
    const nov = issuesIn(emu, '2026-11');
    const lastNov = issuesIn(emu, '2025-11');
    expect([nov.total, lastNov.total]).toEqual([3, 1]); // the term as run above
    const t = text();
    expect(line(t, 'Берілген кітаптар (дана)')).toBe(`Берілген кітаптар (дана)\t${nov.total}\t${lastNov.total}\t+${nov.total - lastNov.total}`);
    // By group, in the issues table (the last of the three group tables).
    const groupRows = t.split('\n').filter((l) => /^(1–4 сынып|5–9 сынып|Мұғалімдер)\t/.test(l));
    const issueRows = groupRows.slice(-3);
    expect(issueRows).toEqual([
      `1–4 сынып\t${nov.byGroup['1–4 сынып'] ?? 0}\t${lastNov.byGroup['1–4 сынып'] ?? 0}\t0`,
      `5–9 сынып\t${nov.byGroup['5–9 сынып'] ?? 0}\t0\t+1`,
      `Мұғалімдер\t${nov.byGroup['Мұғалімдер'] ?? 0}\t0\t+1`,
    ]);
    const visits = visitsIn(emu, '2026-11');
    expect(visits).toBe(20 + 1 + 2 + 3 + 1); // the class, the consultation, 11-03 two readers, 11-10 three returning, 11-25 one
    expect(line(t, 'Келушілер саны')).toBe(`Келушілер саны\t${visits}\t${visitsIn(emu, '2025-11')}\t+${visits - visitsIn(emu, '2025-11')}`);
    expect(line(t, 'Кеңестер')).toBe('Кеңестер\t1\t0\t+1');
    expect(line(t, 'Оқырмандар саны (кезеңде тізімде болғандар)')).toBe(`Оқырмандар саны (кезеңде тізімде болғандар)\t${rows(emu, 'readers').length}\t3\t0`);
    // The write-off of 12 November: part 2 of the summary book.
    const withdrawn = rows(emu, 'summaryBookWithdrawals').filter((r) => String(r.date).startsWith('2026-11'));
    expect(withdrawn.map((r) => [r.copies ?? r.copiesTotal, r.sum])).toEqual([[1, 2500]]);
    expect(line(t, 'Кезеңде шығарылғаны')).toBe('Кезеңде шығарылғаны\t1\t2\u00A0500,00\t0\t0,00');
  });

  it('agrees with the summary book’s part 3 in the annual report', () => {
    const annual = build(emu, 'annual', '2026');
    expect(annual.value!.name).toBe('2026 — Жылдық есеп');
    const t = emu.drive.inspect.docText(emu.drive.inspect.findByPath(`${ROOT}/2026/Reports/2026 — Жылдық есеп`)!.id);
    const part3 = rows(emu, 'summaryBookTotals').filter((r) => r.year === 2026);
    const lineOf = (title: string) => part3.find((r) => r.line === title)!;
    const money = (n: number) => n.toFixed(2).replace('.', ',').replace(/\B(?=(\d{3})+(?!\d))/g, '\u00A0');
    const start = lineOf('Жыл басында болғаны');
    const end = lineOf('Жыл соңында болғаны');
    expect(line(t, 'Кезең басында болғаны')).toMatch(new RegExp(`^Кезең басында болғаны\\t${start.copies}\\t${money(Number(start.sum))}\\t`));
    expect(line(t, 'Кезең соңында болғаны')).toMatch(new RegExp(`^Кезең соңында болғаны\\t${end.copies}\\t${money(Number(end.sum))}\\t`));
    expect([start.copies, end.copies]).toEqual([8, 9]); // 8 in 2025, 2 received, 1 written off
    // Added up from the daily log (its months recomputed first): the journals' own counts of the year.
    const [year, lastYear] = [issuesIn(emu, '2026'), issuesIn(emu, '2025')];
    expect([year.total, lastYear.total]).toEqual([6, 1]);
    expect(line(t, 'Берілген кітаптар (дана)')).toBe(`Берілген кітаптар (дана)\t${year.total}\t${lastYear.total}\t+${year.total - lastYear.total}`);
    const [visits, lastVisits] = [visitsIn(emu, '2026'), visitsIn(emu, '2025')];
    expect(line(t, 'Келушілер саны')).toBe(`Келушілер саны\t${visits}\t${lastVisits}\t+${visits - lastVisits}`);
  });

  it('refreshes the daily work log of the period from the same journals', () => {
    const log = rows(emu, 'dailyLog').filter((r) => String(r.date).startsWith('2026-11'));
    expect(log.reduce((n, r) => n + Number(r.booksIssued), 0)).toBe(issuesIn(emu, '2026-11').total);
  });

  it('rewrites the same Doc when built again: one report of that name', () => {
    const again = build(emu, 'monthly', '2026-11');
    expect(again.value).toMatchObject({ name: '2026-11 — Ай сайынғы есеп', replaced: true, url: monthly.value!.url });
    expect(again.message).toBe('«2026-11 — Ай сайынғы есеп» есебі жаңартылды (бұрынғысының орнына).');
    const names = (emu.drive.inspect.findByPath(`${ROOT}/2026/Reports`)!.children ?? []).map((c) => c.name);
    expect(names.filter((n) => n === '2026-11 — Ай сайынғы есеп')).toHaveLength(1);
  });

  it('refuses a period it cannot read, or not begun, writing nothing', () => {
    const before = snapshot(emu);
    const files = JSON.stringify(emu.drive.inspect.tree());
    for (const [kind, period, key] of [
      ['monthly', '2026-13', 'reports.error.period.monthly'],
      ['quarterly', '2026-11', 'reports.error.period.quarterly'],
      ['annual', 'биыл', 'reports.error.period.annual'],
      ['monthly', '2027-01', 'reports.error.future'],
      ['weekly', '2026-11', 'reports.error.kind'],
    ]) {
      const r = build(emu, kind, period);
      expect([r.ok, r.errors!.map((e) => e.key)]).toEqual([false, [key]]);
    }
    expect(build(emu, 'monthly', '2026-13').errors![0]).toMatchObject({ field: 'period', message: 'Айды ЖЖЖЖ-АА түрінде жазыңыз, мысалы 2026-11.' });
    expect(snapshot(emu)).toBe(before);
    expect(JSON.stringify(emu.drive.inspect.tree())).toBe(files);
  });

  it('names no reader in any report, and draws its chart as an image', async () => {
    const q = build(emu, 'quarterly', '2026-Q4');
    const w = build(emu, 'written', '2026');
    expect([q.value!.name, w.value!.name]).toEqual(['2026-Q4 — Тоқсандық есеп', '2026 — Жылдық есеп (мәтіндік)']);
    const reports = emu.drive.inspect.findByPath(`${ROOT}/2026/Reports`)!.children!;
    expect(reports.map((c) => c.name).sort()).toEqual(['2026 — Жылдық есеп', '2026 — Жылдық есеп (мәтіндік)', '2026-11 — Ай сайынғы есеп', '2026-Q4 — Тоқсандық есеп']);
    for (const c of reports) {
      const html = emu.drive.inspect.docHtml(c.id);
      const all = emu.drive.inspect.docText(c.id) + html;
      for (const r of READERS) {
        expect(all).not.toContain(r.fullName);
        expect(all).not.toContain(r.fullName.split(' ')[0]);
      }
      expect(html).toContain('data:image/png;base64,');
    }
    const file = (name: string) => emu.drive.inspect.docHtml(reports.find((c) => c.name === name)!.id);
    await docPng(file('2026-11 — Ай сайынғы есеп'), 'report-monthly-kk.png');
    await docPng(file('2026-Q4 — Тоқсандық есеп'), 'report-quarterly-kk.png');
    await docPng(file('2026 — Жылдық есеп'), 'report-annual-kk.png');
    await docPng(file('2026 — Жылдық есеп (мәтіндік)'), 'report-written-kk.png');
  }, 60_000);
});

describe('buildReport in a Russian workbook', () => {
  it('names and writes the reports in Russian', async () => {
    const { emu } = term('ru');
    const m = build(emu, 'monthly', '2026-11');
    const w = build(emu, 'written', '2026-11');
    const y = build(emu, 'annual', '2026');
    expect([m.value!.name, w.value!.name, y.value!.name]).toEqual(['2026-11 — Ежемесячный отчёт', '2026-11 — Ежемесячный отчёт (текстовый)', '2026 — Годовой отчёт']);
    expect(m.message).toBe('Отчёт «2026-11 — Ежемесячный отчёт» составлен.');
    const root = emu.drive.inspect.tree().children!.find((c) => c.name.startsWith('Архив библиотеки') || c.name.includes('№12'))!;
    const reports = root.children!.find((c) => c.name === '2026')!.children!.find((c) => c.name === 'Reports')!.children!;
    const html = (name: string) => emu.drive.inspect.docHtml(reports.find((c) => c.name === name)!.id);
    expect(emu.drive.inspect.docText(reports.find((c) => c.name === '2026-11 — Ежемесячный отчёт')!.id)).toContain('Выдано изданий (экз.)\t3\t1\t+2');
    await docPng(html('2026-11 — Ежемесячный отчёт'), 'report-monthly-ru.png');
    await docPng(html('2026-11 — Ежемесячный отчёт (текстовый)'), 'report-written-ru.png');
    expect(emu.drive.inspect.docText(reports.find((c) => c.name === '2026 — Годовой отчёт')!.id)).toContain('Выдано изданий (экз.)\t6\t1\t+5');
    await docPng(html('2026 — Годовой отчёт'), 'report-annual-ru.png');
  }, 60_000);
});
