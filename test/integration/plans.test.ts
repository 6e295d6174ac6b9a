/**
 * The plan Docs (issue 5, "Plans") through the built bundle: plan rows are typed into the monthly and the
 * annual plan sheets as the librarian would (the kind and the indicator chosen from their lists, the period
 * as text, one month that Sheets turned into a day), then buildPlanDoc makes the Doc of one period in
 * <archive>/<year>/Plans: the planned work in her order with its kind, term and who is responsible, the
 * planned figures added up by indicator, other periods left out. Made again it is rewritten, not
 * duplicated; a period without rows, a wrong period or kind make nothing. The menu items make this
 * month's / this school year's plan and show a dialog with the link. Rendered to PNG in kk and ru.
 */
import { journal } from '../../sheets-template';
import type { Lang } from '../../sheets-template/schema';
import type { Emulator } from '../../emulator/runtime';
import { journalColumns, journalSheetId } from '../../emulator/workbook-view';
import { toCell, type JournalRow } from '../../src/journals/codec';
import type { CellValue } from '../../src/journals/port';
import { t } from '../../src/i18n';
import { docPng, emulator, ok, snapshot } from './helpers';

type Result<T> = { ok: boolean; value?: T; errors?: Array<{ field: string; key: string; message: string }>; message: string };
type PlanDoc = { name: string; url: string; period: string; folder: string };

const call = <T>(emu: Emulator, fn: string, ...args: unknown[]) => ok(emu.runFromClient<Result<T>>(fn, args));

/** Types rows below a plan sheet's header, outside any add-on execution (as the librarian does by hand). */
function typeRows(emu: Emulator, id: 'monthlyPlan' | 'annualPlan', rows: JournalRow[], lang: Lang, periodCell?: CellValue): void {
  emu.refresh();
  const inspect = emu.spreadsheet.inspect;
  const sheetId = journalSheetId(inspect, id)!;
  const columns = journalColumns(inspect, sheetId);
  const def = journal(id);
  const tz = inspect.spreadsheet().timeZone;
  const width = Math.max(...Object.values(columns));
  const matrix = rows.map((row) => {
    const out: CellValue[] = new Array(width).fill('');
    for (const column of def.columns) out[columns[column.key] - 1] = toCell(column, row[column.key], lang, tz);
    if (periodCell !== undefined) out[columns.period - 1] = periodCell;
    return out;
  });
  const ss = (emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const sheet = ss.getSheetById(sheetId)!;
  sheet.getRange(Math.max(sheet.getLastRow(), 1) + 1, 1, matrix.length, width).setValues(matrix);
  emu.spreadsheet.save();
}

const NOVEMBER: JournalRow[] = [
  { period: '2026-11', activity: 'Жаңа түскен кітаптарды өңдеу', kind: 'fund', term: '02.11–06.11', responsible: 'Сапарова А.' },
  { period: '2026-11', activity: '«Абай — дана» кітап көрмесі', kind: 'exhibition', term: '10.11', responsible: 'Сапарова А.', note: 'оқу залы' },
  { period: '2026-11', activity: 'Сынып жетекшілеріне семинар: оқу сауаттылығы', kind: 'seminar', term: '18.11', responsible: 'Омарова Г.' },
  { period: '2026-11', activity: 'Оқырмандар саны', kind: 'indicator', indicator: 'readers', planned: 320 },
  { period: '2026-11', activity: 'Кітап берілімі', kind: 'indicator', indicator: 'booksIssued', planned: 900 },
  { period: '2026-11', activity: 'Кітап берілімі: оқулықтар', kind: 'indicator', indicator: 'booksIssued', planned: 150 },
  { period: '2026-12', activity: 'Жаңа жыл кеші', kind: 'event', term: '25.12', responsible: 'Сапарова А.' },
];

function library(lang: Lang = 'kk') {
  let now = new Date('2026-11-27T05:00:00Z');
  const emu = emulator({ userLocale: lang, now: () => now });
  ok(emu.run('setupWorkbook'));
  return { emu, at: (iso: string) => (now = new Date(`${iso}T05:00:00Z`)) };
}

const PLANS = 'My Drive/Кітапхана архиві/2026/Plans';

describe('the monthly plan Doc', () => {
  it("makes the Doc of one month from that month's rows, in <archive>/<year>/Plans, and rewrites it when made again", async () => {
    const { emu } = library();
    typeRows(emu, 'monthlyPlan', NOVEMBER, 'kk');
    // A month typed into a cell without the text format: Sheets keeps 1 November 2026.
    typeRows(emu, 'monthlyPlan', [{ activity: 'Оқушылармен кітап туралы әңгіме', kind: 'readers', term: '25.11', responsible: 'Сапарова А.' }], 'kk', new Date('2026-10-31T19:00:00Z'));

    const r = call<PlanDoc>(emu, 'buildPlanDoc', 'monthly', '2026-11');
    expect([r.ok, r.message]).toEqual([true, '«2026-11 — Айлық жоспар» құжаты жасалды.']);
    expect(r.value).toMatchObject({ name: '2026-11 — Айлық жоспар', period: '2026-11', folder: '2026 / Plans' });
    const node = emu.drive.inspect.findByPath(`${PLANS}/2026-11 — Айлық жоспар`)!;
    expect(node).toMatchObject({ createdByAddon: true, mimeType: 'application/vnd.google-apps.document' });

    const text = emu.drive.inspect.docText(node.id);
    expect(text).toContain('КІТАПХАНАНЫҢ АЙЛЫҚ ЖҰМЫС ЖОСПАРЫ');
    expect(text).toContain('2026 жылғы қараша');
    // The planned work in her order, with the kind's name; December's row is left out.
    const work = ['Жаңа түскен кітаптарды өңдеу', '«Абай — дана» кітап көрмесі', 'Сынып жетекшілеріне семинар', 'Оқушылармен кітап туралы әңгіме'];
    expect(work.map((w) => text.indexOf(w))).toEqual([...work.map((w) => text.indexOf(w))].sort((a, b) => a - b));
    expect(work.every((w) => text.includes(w))).toBe(true);
    expect(text).toContain('Кітап көрмесі');
    expect(text).toContain('Оқырмандармен жұмыс');
    expect(text).not.toContain('Жаңа жыл кеші');
    // The figures: readers 320, book issue 900 + 150.
    expect(text).toMatch(/Оқырмандар саны\s+320/);
    expect(text).toMatch(/Кітап берілімі\s+1050/);

    // Made again after a change: the same Doc, rewritten.
    typeRows(emu, 'monthlyPlan', [{ period: '2026-11', activity: 'Мектеп кітапханасына экскурсия', kind: 'event', term: '30.11', responsible: 'Сапарова А.' }], 'kk');
    const again = call<PlanDoc>(emu, 'buildPlanDoc', 'monthly', '2026-11');
    expect(again.value!.url).toBe(r.value!.url);
    const folder = emu.drive.inspect.findByPath(PLANS)!;
    expect(folder.children!.filter((k) => !k.trashed).map((k) => k.name)).toEqual(['2026-11 — Айлық жоспар']);
    expect(emu.drive.inspect.docText(node.id)).toContain('Мектеп кітапханасына экскурсия');

    await docPng(emu.drive.inspect.docHtml(node.id), 'plan-monthly-kk.png');
  });

  it('a month without rows, a wrong period or kind: a clear message, nothing made', () => {
    const { emu } = library();
    typeRows(emu, 'monthlyPlan', NOVEMBER, 'kk');
    const before = snapshot(emu);
    const tree = JSON.stringify(emu.drive.inspect.tree());

    const empty = call<PlanDoc>(emu, 'buildPlanDoc', 'monthly', '2027-01');
    expect([empty.ok, empty.message]).toEqual([false, '«Айлық жоспар» парағында 2027-01 кезеңінің жолдары жоқ: құжат жасалмады.']);
    const wrong = call<PlanDoc>(emu, 'buildPlanDoc', 'monthly', '2026-2027');
    expect(wrong.ok).toBe(false);
    expect(wrong.errors).toEqual([expect.objectContaining({ field: 'period', key: 'plan.error.period' })]);
    expect(call<PlanDoc>(emu, 'buildPlanDoc', 'weekly', '2026-11').errors![0].key).toBe('plan.error.kind');

    expect(snapshot(emu)).toBe(before);
    expect(JSON.stringify(emu.drive.inspect.tree())).toBe(tree); // not even the archive root
  });

  it("the menu item makes this month's plan and shows a dialog with the link", () => {
    const { emu } = library();
    typeRows(emu, 'monthlyPlan', NOVEMBER, 'kk');
    const exec = emu.run('showMonthlyPlanDoc');
    expect(exec.ok).toBe(true);
    const node = emu.drive.inspect.findByPath(`${PLANS}/2026-11 — Айлық жоспар`)!;
    expect(exec.effects).toEqual([{ kind: 'dialog', title: 'Жоспар құжаты', html: expect.stringContaining(node.id), modal: false }]);
    expect((exec.effects[0] as { html: string }).html).toContain('target="_blank"');
  });
});

describe('the annual plan Doc', () => {
  const YEAR: JournalRow[] = [
    { period: '2026-2027', activity: 'Қорды толықтыру жоспарын жасау', kind: 'fund', term: 'қыркүйек', responsible: 'Сапарова А.' },
    { period: '2026/2027', activity: 'Кітап апталығы', kind: 'event', term: 'наурыз', responsible: 'Сапарова А.' },
    { period: '2026-2027', activity: 'Келушілер саны', kind: 'indicator', indicator: 'visits', planned: 4200 },
    { period: '2025-2026', activity: 'Өткен жылдың жұмысы', kind: 'other', term: 'мамыр' },
  ];

  it('makes the school year\'s Doc from the menu (the year the period starts in) and in Russian', async () => {
    const kk = library();
    typeRows(kk.emu, 'annualPlan', YEAR, 'kk');
    const exec = kk.emu.run('showAnnualPlanDoc');
    expect(exec.ok).toBe(true);
    const node = kk.emu.drive.inspect.findByPath(`${PLANS}/2026-2027 — Жылдық жоспар`)!;
    const text = kk.emu.drive.inspect.docText(node.id);
    expect(text).toContain('2026-2027 оқу жылы');
    expect(text).toContain('Кітап апталығы');
    expect(text).toMatch(/Келушілер саны\s+4200/);
    expect(text).not.toContain('Өткен жылдың жұмысы');
    await docPng(kk.emu.drive.inspect.docHtml(node.id), 'plan-annual-kk.png');

    const ru = library('ru');
    typeRows(
      ru.emu,
      'monthlyPlan',
      [
        { period: '2026-11', activity: 'Обработка новых поступлений', kind: 'fund', term: '02.11–06.11', responsible: 'Сапарова А.' },
        { period: '2026-11', activity: 'Книжная выставка «Абай — мудрец»', kind: 'exhibition', term: '10.11', responsible: 'Сапарова А.', note: 'читальный зал' },
        { period: '2026-11', activity: 'Число читателей', kind: 'indicator', indicator: 'readers', planned: 320 },
        { period: '2026-11', activity: 'Книговыдача', kind: 'indicator', indicator: 'booksIssued', planned: 1050 },
      ],
      'ru',
    );
    const r = call<PlanDoc>(ru.emu, 'buildPlanDoc', 'monthly', '2026-11');
    expect([r.ok, r.value?.name]).toEqual([true, '2026-11 — План на месяц']);
    const ruNode = ru.emu.drive.inspect.findByPath(`My Drive/Архив библиотеки/2026/Plans/2026-11 — План на месяц`)!;
    const ruText = ru.emu.drive.inspect.docText(ruNode.id);
    expect(ruText).toContain('ПЛАН РАБОТЫ БИБЛИОТЕКИ НА МЕСЯЦ');
    expect(ruText).toContain('на ноябрь 2026 года');
    expect(ruText).toContain('Книжная выставка');
    expect(ruText).toMatch(/Книговыдача\s+1050/);
    await docPng(ru.emu.drive.inspect.docHtml(ruNode.id), 'plan-monthly-ru.png');
  });
});

describe('the plan in the monthly report', () => {
  it('counts an indicator row whose month Sheets turned into a date, as the plan Doc does', () => {
    const { emu } = library();
    // "2026-11" typed into a cell without the text format: Sheets keeps 1 November 2026.
    typeRows(emu, 'monthlyPlan', [{ activity: 'Кітап берілімі', kind: 'indicator', indicator: 'booksIssued', planned: 40 }], 'kk', new Date('2026-10-31T19:00:00Z'));
    const r = call<{ url: string }>(emu, 'buildReport', 'monthly', '2026-11');
    expect(r.ok).toBe(true);
    const text = emu.drive.inspect.docText(r.value!.url.split('/d/')[1].split('/')[0]);
    expect(text).not.toContain(t('kk', 'report.doc.plan.none'));
    expect(text).toMatch(/Кітап берілімі\t40\t/);
  });
});
