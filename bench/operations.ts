/**
 * The server operations the benchmark runs, one entry each. Adding an operation = one entry: the
 * bundle function it calls, how it is called (a menu item or google.script.run from a sidebar), the
 * workbook it starts from, its arguments built from the generated library's facts, and its targets
 * (issue #7). An entry whose function the bundle does not define yet is listed as "not implemented yet".
 *
 * The argument builders of the operations that do not exist yet are a best guess at their DTOs: the
 * engineer who adds the operation adjusts the builder to the real DTO in the same change.
 */
import type { AcquisitionFormDto, CatalogQueryDto, ReaderFormDto, WriteOffFormDto } from '../src/api';
import type { LibraryFacts } from './generate';

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
  targets: Target[];
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
    id: 'issueCopies',
    title: 'Issue 3 copies',
    fn: 'issueCopies',
    via: 'client',
    start: 'library',
    comesWith: 'the circulation issue: issue, return, renew',
    args: (f) => {
      const reader = f.activeReaders.find((r) => r.onLoan === 0 && r.category === 'pupil') ?? f.activeReaders[0];
      return [{ ticketNo: reader.ticketNo, inventoryNos: f.onShelf.slice(0, 3), issuedOn: f.today }];
    },
    targets: DESK,
  },
  {
    id: 'returnCopies',
    title: 'Return 3 copies',
    fn: 'returnCopies',
    via: 'client',
    start: 'library',
    comesWith: 'the circulation issue: issue, return, renew',
    args: (f) => [{ inventoryNos: f.openLoans.slice(0, 3).map((l) => l.inventoryNo), returnedOn: f.today, condition: 'fine' }],
    targets: DESK,
  },
  {
    id: 'renewLoan',
    title: 'Renew a loan',
    fn: 'renewLoan',
    via: 'client',
    start: 'library',
    comesWith: 'the circulation issue: issue, return, renew',
    args: (f) => [{ inventoryNo: f.openLoans[f.openLoans.length - 1].inventoryNo, renewedOn: f.today }],
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
    id: 'buildAnnualReport',
    title: 'Build the annual report (with its Doc)',
    fn: 'buildReport',
    via: 'client',
    start: 'library',
    comesWith: 'the reports issue',
    args: (f) => [{ kind: 'annual', year: f.reportYear }],
    targets: [{ kind: 'modelledMs', ms: 30000 }],
  },
];
