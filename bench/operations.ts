/**
 * The server operations the benchmark runs, one entry each. Adding an operation = one entry: the
 * bundle function it calls, how it is called (a menu item or google.script.run from a sidebar), the
 * workbook it starts from, its arguments built from the generated library's facts, and its targets
 * (issue #7). An entry whose function the bundle does not define yet is listed as "not implemented yet".
 *
 * The argument builders of the operations that do not exist yet are a best guess at their DTOs: the
 * engineer who adds the operation adjusts the builder to the real DTO in the same change.
 */
import type {
  AcquisitionFormDto,
  CatalogQueryDto,
  DailyLogRefreshFormDto,
  FindReadersDto,
  IssueFormDto,
  LabelsFormDto,
  LostCopyFormDto,
  ReaderFormDto,
  RenewFormDto,
  ReturnFormDto,
  SchoolYearFormDto,
  StocktakeFinishDto,
  StocktakeScanDto,
  VisitFormDto,
  WriteOffFormDto,
} from '../src/api';
import { schoolYearOf } from '../src/domain/school-year';
import type { Emulator } from '../emulator/runtime';
import { writeLibrary, type GeneratedLibrary, type LibraryFacts } from './generate';

export type Target =
  /** Big/small ratio of all service calls at most `max` (1.0: the same calls at both sizes). */
  | { kind: 'callsRatio'; max: number }
  /** Big/small ratio of cells read at most `max`. */
  | { kind: 'cellsReadRatio'; max: number }
  /** Modelled Apps Script time at the big size under `ms` (the one-off setup: on an empty workbook). */
  | { kind: 'modelledMs'; ms: number };

export interface Operation {
  id: string;
  title: string;
  /** The top-level function of dist/Code.js. */
  fn: string;
  /** 'menu': Emulator.run as a menu item; 'client': Emulator.runFromClient as google.script.run. */
  via: 'menu' | 'client';
  /** 'empty': a new spreadsheet (the setup); 'library': the generated library of each size. */
  start: 'empty' | 'library';
  /** Which later issue brings it, shown while the bundle lacks `fn`. */
  comesWith?: string;
  note?: string;
  args(facts: LibraryFacts): unknown[];
  /**
   * Puts the workbook copy in the state the operation starts from (e.g. an open stock-taking), before the
   * measured call and outside it: what it does is not counted.
   */
  before?(emu: Emulator, facts: LibraryFacts): void;
  targets: Target[];
}

/** 20 copies on the shelf, spread over the whole inventory book: the ones the measured scan records. */
function toScan(f: LibraryFacts): number[] {
  const step = Math.max(1, Math.floor(f.onShelf.length / 20));
  return f.onShelf.filter((_, i) => i % step === 0).slice(0, 20);
}

/**
 * Stock-taking no. 1, open for a week, that has found every copy on the shelf but the 20 still to scan
 * and every 100th (missing): written straight into the journals as the generator writes its libraries,
 * so that the measured call meets a found list of a realistic size.
 */
function openStocktake(emu: Emulator, f: LibraryFacts): void {
  const later = new Set(toScan(f));
  const found = f.onShelf.filter((n, i) => !later.has(n) && i % 100 !== 1);
  const at = '2026-05-14T05:00:00.000Z';
  const journals = {
    stocktakes: [{ id: 1, startedOn: '2026-05-08', status: 'open', scope: '', foundCount: found.length }],
    stocktakeFound: found.map((n) => ({ stocktakeId: 1, inventoryNo: n, foundAt: at, userKey: 'bench', key: `1:${n}` })),
  };
  writeLibrary(emu, { journals, settings: {} } as unknown as GeneratedLibrary);
}

/** `count` items spread evenly over the list (first, ..., last). */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * (items.length - 1)) / (count - 1))]);
}

/**
 * The first `count` open loans of different readers, not in adjacent rows of the loans journal, whose
 * copies are far apart in the inventory book (so of different titles: a title's copies have
 * consecutive numbers). A return costs a few calls less when two loans share a title (one index row),
 * a reader, or adjacent rows (one read, one deleteRows): comparing sizes, both return the same kind of thing.
 */
function likeForLike(loans: LibraryFacts['openLoans'], count: number): LibraryFacts['openLoans'] {
  const out: Array<{ at: number; loan: LibraryFacts['openLoans'][number] }> = [];
  loans.forEach((l, at) => {
    if (out.length === count) return;
    if (out.every((o) => at - o.at > 1 && o.loan.ticketNo !== l.ticketNo && Math.abs(o.loan.inventoryNo - l.inventoryNo) > 10)) out.push({ at, loan: l });
  });
  return out.map((o) => o.loan);
}

/** What a librarian types to find a pupil: the beginnings of the surname and the given name ("Әбен Айг"). */
function nameQuery(f: LibraryFacts): string {
  const reader = f.activeReaders[Math.floor(f.activeReaders.length / 2)];
  const [surname, given] = reader.fullName.split(' ');
  return `${surname.slice(0, 5)} ${(given ?? '').slice(0, 3)}`.trim();
}

/** The hot path of the desk: same calls at any size, cells within 1.5x, under 1.5 s (issue #7). */
const DESK: Target[] = [
  { kind: 'callsRatio', max: 1.0 },
  { kind: 'cellsReadRatio', max: 1.5 },
  { kind: 'modelledMs', ms: 1500 },
];

export const OPERATIONS: Operation[] = [
  {
    id: 'setupWorkbook',
    title: 'Set up the workbook',
    fn: 'setupWorkbook',
    via: 'menu',
    start: 'empty',
    note: 'one-off, on an empty spreadsheet (the same at both sizes)',
    args: () => [],
    // Once per school; it must finish inside one execution (6 minutes).
    targets: [{ kind: 'modelledMs', ms: 6 * 60 * 1000 }],
  },
  {
    id: 'registerReader',
    title: 'Register a reader',
    fn: 'registerReader',
    via: 'client',
    start: 'library',
    args: (f): [ReaderFormDto] => [
      {
        fullName: 'Серікбаева Аружан Нұрланқызы',
        category: 'pupil',
        grade: '7Б',
        school: '№12 мектеп-гимназия',
        address: 'Хромтау қ., Абай к-сі 12, 5',
        phone: '+7 701 555 12 34',
        registeredOn: f.today,
      },
    ],
    targets: DESK,
  },
  {
    id: 'registerAcquisition',
    title: 'Register a batch (1 title x 30 copies)',
    fn: 'registerAcquisition',
    via: 'client',
    start: 'library',
    args: (f): [AcquisitionFormDto] => [
      {
        date: f.today,
        source: 'purchase',
        supplier: 'ЖШС «Кітап әлемі»',
        documentNo: 'Жүкқұжат 512',
        documentDate: f.today,
        items: [
          {
            authors: 'Әуезов М.',
            title: 'Абай жолы',
            otherTitleInfo: 'роман-эпопея',
            responsibility: '',
            volume: 'Т. 1',
            place: 'Алматы',
            publisher: 'Жазушы',
            year: '2024',
            pages: '520',
            isbn: '',
            bbk: '84(5Каз)-44',
            udc: '',
            authorSign: 'Ә 90',
            language: 'kk',
            section: 'fiction',
            docType: 'book',
            annotation: '',
            keywords: '',
            price: '4500',
            copies: '30',
          },
        ],
      },
    ],
    targets: [{ kind: 'modelledMs', ms: 3000 }],
  },
  {
    id: 'searchCatalog',
    title: 'Search the catalogue',
    fn: 'searchCatalog',
    via: 'client',
    start: 'library',
    args: (f): [CatalogQueryDto] => [{ query: f.searchTerms[0], limit: 30 }],
    targets: [{ kind: 'modelledMs', ms: 2000 }],
  },
  {
    id: 'findReaders',
    title: 'Find a reader by name (the desk)',
    fn: 'findReaders',
    via: 'client',
    start: 'library',
    note: 'a name search: the ticket and name columns of the readers journal read once (Sheets cannot fold Kazakh letters), then the matches by ticket',
    args: (f): [FindReadersDto] => [{ query: nameQuery(f), limit: 20 }],
    targets: [],
  },
  {
    id: 'issueCopies',
    title: 'Issue 3 copies',
    fn: 'issueCopies',
    via: 'client',
    start: 'library',
    note: 'a pupil with no books takes 3 copies of 3 titles from across the fund',
    args: (f): [IssueFormDto] => {
      const reader = f.activeReaders.find((r) => r.onLoan === 0 && r.category === 'pupil') ?? f.activeReaders[0];
      return [{ ticketNo: reader.ticketNo, inventoryNos: spread(f.onShelf, 3).join(' '), dueOn: '', overrideOverdue: false }];
    },
    targets: DESK,
  },
  {
    id: 'returnCopies',
    title: 'Return 3 copies',
    fn: 'returnCopies',
    via: 'client',
    start: 'library',
    note: 'the 3 oldest open loans of 3 readers and 3 titles, one damaged; the loan history is appended to, never read',
    args: (f): [ReturnFormDto] => [
      {
        items: likeForLike(f.openLoans, 3).map((l, i) => ({ inventoryNo: l.inventoryNo, condition: i === 1 ? 'damaged' : 'fine', conditionNote: i === 1 ? 'Мұқабасы жыртылған' : '' })),
      },
    ],
    targets: DESK,
  },
  {
    id: 'renewLoan',
    title: 'Renew a loan',
    fn: 'renewLoan',
    via: 'client',
    start: 'library',
    args: (f): [RenewFormDto] => [{ inventoryNo: f.openLoans[f.openLoans.length - 1].inventoryNo, dueOn: '' }],
    targets: DESK,
  },
  {
    id: 'writeOffCopies',
    title: 'Write off 10 copies',
    fn: 'writeOffCopies',
    via: 'client',
    start: 'library',
    args: (f): [WriteOffFormDto] => [
      {
        inventoryNos: f.onShelf.slice(-10).join(' '),
        reason: 'wornOut',
        date: f.today,
        commission: 'Сапарова А. Б. (директордың орынбасары)\nБекова Г. Н. (бухгалтер)\nНұрланова М. Т. (кітапханашы)',
        approvedBy: 'Омарова Ж. Қ.',
        note: '',
      },
    ],
    note: 'with the act as a Google Doc in the archive',
    targets: [],
  },
  {
    id: 'makeLabels',
    title: 'Make labels for 30 copies (a Doc with QR codes)',
    fn: 'makeLabels',
    via: 'client',
    start: 'library',
    args: (f): [LabelsFormDto] => [{ inventoryNos: f.onShelf.slice(0, 30).join(' ') }],
    note: 'two pages of 3 x 7 labels in <archive>/<year>/Labels',
    targets: [],
  },
  {
    id: 'exportCatalogCsv',
    title: 'Export the catalogue as CSV',
    fn: 'exportCatalogCsv',
    via: 'client',
    start: 'library',
    args: () => [],
    note: 'reads the whole catalogue and its index (a rare operation)',
    targets: [],
  },
  {
    id: 'recordStocktakeFound',
    title: 'Stock-taking: record 20 scanned copies',
    fn: 'recordStocktakeFound',
    via: 'client',
    start: 'library',
    note: 'an open stock-taking that has found most of the fund; 20 copies spread over the inventory book',
    before: openStocktake,
    args: (f): [StocktakeScanDto] => [{ stocktakeId: 1, inventoryNos: toScan(f).join('\n') }],
    targets: [],
  },
  {
    id: 'finishStocktake',
    title: 'Stock-taking: finish (check marks, result act)',
    fn: 'finishStocktake',
    via: 'client',
    start: 'library',
    note: 'the rare heavy operation: the whole inventory book read once; check marks in block writes; the act as a Google Doc',
    before: openStocktake,
    args: (): [StocktakeFinishDto] => [
      { stocktakeId: 1, confirm: true, commission: 'Сапарова А. Б. (директордың орынбасары)\nБекова Г. Н. (бухгалтер)\nНұрланова М. Т. (кітапханашы)', approvedBy: 'Омарова Ж. Қ.' },
    ],
    targets: [],
  },
  {
    id: 'importCatalogDryRun',
    title: 'Import a catalogue: dry run (500 lines, 1,000 copies)',
    fn: 'importCatalog',
    via: 'client',
    start: 'library',
    note: 'nothing written; titles found with text finders on the index, given inventory numbers on the inventory book',
    args: (f) => [importRequest(f, 'dryRun')],
    targets: [],
  },
  {
    id: 'importCatalogCommit',
    title: 'Import a catalogue: commit (500 lines, 1,000 copies)',
    fn: 'importCatalog',
    via: 'client',
    start: 'library',
    note: 'checks everything again under the lock, then writes catalogue, inventory book, part 1 (5 dates), part 3, index, counters',
    args: (f) => [importRequest(f, 'commit')],
    targets: [],
  },
  {
    id: 'recordVisit',
    title: 'Record a visit without a loan',
    fn: 'recordVisit',
    via: 'client',
    start: 'library',
    note: 'a reader in the reading room: the reader by a text finder, one visits row',
    args: (f): [VisitFormDto] => [{ ticketNo: f.activeReaders[0].ticketNo, kind: 'readingRoom', people: 1, grade: '', note: '' }],
    targets: DESK,
  },
  {
    id: 'replaceLostCopy',
    title: 'A lost book replaced (write-off act Doc + receipt)',
    fn: 'replaceLostCopy',
    via: 'client',
    start: 'library',
    note: 'the loan closed as lost, an act with its Doc, a receipt with a new inventory number, the replacements row',
    args: (f): [LostCopyFormDto] => [
      {
        inventoryNo: f.openLoans[0].inventoryNo,
        replacement: {
          title: { authors: 'Әуезов М.', title: 'Абай жолы', otherTitleInfo: 'роман-эпопея', responsibility: '', volume: '1', place: 'Алматы', publisher: 'Жазушы', year: '2019', pages: '480', isbn: '', bbk: '', udc: '', authorSign: '', language: 'kk', section: 'fiction', docType: 'book', annotation: '', keywords: '', price: '2500', copies: '1' },
          department: 'Абонемент',
        },
        lostDepartment: 'Абонемент',
        readerSigned: true,
        note: '',
      },
    ],
    targets: [],
  },
  {
    id: 'printFormular',
    title: 'Print a reader\'s formular (Doc)',
    fn: 'printFormular',
    via: 'client',
    start: 'library',
    note: 'the reader\'s open and closed loans by text finders, never the whole loan history; it grows with this reader\'s own loans (a Doc row each), not with the library',
    args: (f): [number] => [f.openLoans[0].ticketNo],
    targets: [],
  },
  {
    id: 'printDebtorSlips',
    title: 'Debtors: refresh the list and print the slips (Doc)',
    fn: 'printDebtorSlips',
    via: 'client',
    start: 'library',
    note: 'reads the open loans (the hot journal) whole; readers and titles of the overdue ones by text finders',
    args: () => [],
    targets: [],
  },
  {
    id: 'startNewSchoolYear',
    title: 'New school year: re-register every reader',
    fn: 'startNewSchoolYear',
    via: 'client',
    start: 'library',
    note: 'once a year: the readers journal read whole, the changed cells written',
    args: (f): [SchoolYearFormDto] => [{ schoolYear: schoolYearOf(f.today, '05-31') ?? '' }],
    targets: [],
  },
  {
    id: 'buildAnnualReport',
    title: 'Build the annual report (with its Doc)',
    fn: 'buildReport',
    via: 'client',
    start: 'library',
    note: 'adds up the daily log (the year and last year), never the loan history; readers, the summary book, plans, visits and events once; the Doc with its tables and 2 charts',
    args: (f) => ['annual', String(f.reportYear)],
    targets: [{ kind: 'modelledMs', ms: 30000 }],
  },
  {
    id: 'buildMonthlyReport',
    title: 'Build the monthly report of last month (with its Doc)',
    fn: 'buildReport',
    via: 'client',
    start: 'library',
    note: 'the month and the same month last year: loans found by text finders on their days; the month\'s daily-log rows rewritten',
    args: (f) => ['monthly', lastMonth(f.today)],
    targets: [],
  },
  {
    id: 'openDailyLog',
    title: 'Open the daily-log sidebar (today recomputed)',
    fn: 'refreshDailyLog',
    via: 'client',
    start: 'library',
    note: 'today\'s row only, by text finders',
    args: (f): [DailyLogRefreshFormDto] => [{ month: '', date: f.today }],
    targets: [],
  },
  {
    id: 'refreshDailyLogMonth',
    title: 'Daily log: recompute the month so far (the sidebar button)',
    fn: 'refreshDailyLog',
    via: 'client',
    start: 'library',
    note: 'the current month up to today, by text finders on its days',
    args: (f): [DailyLogRefreshFormDto] => [{ month: f.today.slice(0, 7), date: f.today }],
    targets: [],
  },
];

/** The month before `today`'s: "2026-04" on 2026-05-15. */
function lastMonth(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/**
 * The import the benchmark runs: 500 lines of a ;-separated list (new titles; 100 of them with
 * inventory numbers of their own, far above the counter; 5 dates of entry), 2 copies each.
 */
function importRequest(f: LibraryFacts, mode: 'dryRun' | 'commit'): import('../src/api').ImportRequestDto {
  const lines = ['Автор;Заглавие;Издательство;Год;ISBN;Цена;Экз.;Инв. №;Дата записи'];
  const dates = ['01.09.2019', '01.09.2020', '01.09.2021', '01.09.2022', '01.09.2023'];
  const base = f.nextInventoryNo + 100000;
  for (let i = 0; i < 500; i++) {
    const numbered = i % 5 === 0 ? `${base + 2 * i}-${base + 2 * i + 1}` : '';
    lines.push(`Импортов${i} А. Б.;Импортталған кітап № ${i};Мектеп;${1990 + (i % 30)};;${1000 + (i % 17) * 50};2;${numbered};${dates[i % 5]}`);
  }
  return {
    text: lines.join('\r\n'),
    mapping: ['authors', 'title', 'publisher', 'year', 'isbn', 'price', 'copies', 'inventoryNos', 'entryDate'],
    header: true,
    defaults: { language: 'kk', section: 'fiction', docType: 'book' },
    mode,
  };
}
