/**
 * The functions a sidebar may call through google.script.run, and their DTOs. Arguments and results
 * are JSON values only (google.script.run refuses Dates, functions and DOM nodes and copies the rest):
 * the `Json` constraint makes a Date in a DTO a compile error, not a null in the librarian's sidebar.
 * Days are ISO strings ("2026-11-27").
 */
import type { Lang, MessageKey, Params } from './i18n';
import type { LabelsApi } from './api/labels';
import type { ImportApi } from './api/import';
import type { StocktakeApi } from './api/stocktake';
import type { DeskApi } from './api/desk';
import type { LostApi, LostCopyDto, LostCopyFormDto } from './api/lost';
import type { DebtorSlipsDto, DocLinkDto, FormularApi } from './api/formular';
import type { SchoolYearApi, SchoolYearDoneDto, SchoolYearFormDto, SchoolYearPreviewDto } from './api/school-year';
import type { DailyLogApi, DailyLogRefreshedDto, DailyLogRefreshFormDto, DayLogDto, DayNotesFormDto } from './api/daily-log';
import type { ArchiveApi, PlanDocDto } from './api/archive';
import type { ReportDto, ReportsApi } from './api/reports';
import type { ArticleAddedDto, ArticleFormDto, ArticleHitDto, BindYearFormDto, BoundYearDto, CheckedInDto, CheckInFormDto, PeriodicalsApi, PeriodicalsDto, PeriodicalsQueryDto, SubscriptionAddedDto, SubscriptionFormDto } from './api/periodicals';
import type { EventDocDto, EventDto, EventFormDto, EventsApi, EventsDto, ProtocolFormDto } from './api/events';
import type { ExhibitionDocDto, ExhibitionDto, ExhibitionFormDto, ExhibitionPhotoDto, ExhibitionsApi } from './api/exhibitions';
import type { ScanDto, ScanFormDto, ScansApi, ScansListDocDto } from './api/scans';

export type * from './api/labels';
export type * from './api/import';
export type * from './api/stocktake';
export type * from './api/desk';
export type * from './api/lost';
export type * from './api/formular';
export type * from './api/school-year';
export type * from './api/daily-log';
export type * from './api/archive';
export type * from './api/reports';
export type * from './api/periodicals';
export type * from './api/events';
export type * from './api/exhibitions';
export type * from './api/scans';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type FieldErrorDto = {
  field: string;
  key: MessageKey;
  params: Params;
  message: string;
}

export type Result<T> = { ok: true; value: T; message: string } | { ok: false; errors: FieldErrorDto[]; message: string };

export type SidebarContext = {
  lang: Lang;
  today: string;
  schoolName: string;
  setUp: boolean;
}

export type ReaderFormDto = {
  fullName: string;
  category: string;
  grade: string;
  school: string;
  address: string;
  phone: string;
  registeredOn: string;
}

export type RegisteredReaderDto = {
  ticketNo: number;
  fullName: string;
  row: number;
}

/** One title of a receipt batch, as typed: every field a string (numbers are checked by the server). */
export type TitleFormDto = {
  authors: string; // "Әбенов Ш.; Петров А. А." (surname first, ";" between authors)
  title: string;
  otherTitleInfo: string;
  responsibility: string;
  volume: string;
  place: string;
  publisher: string;
  year: string;
  pages: string;
  isbn: string;
  bbk: string;
  udc: string;
  authorSign: string;
  language: string; // kk | ru | en | other
  section: string; // sheets-template/options SECTIONS codes
  docType: string; // DOC_TYPES codes
  annotation: string;
  keywords: string;
  price: string; // tenge, "1250" or "1250,50"
  copies: string;
};

export type AcquisitionFormDto = {
  date: string;
  source: string; // ACQUISITION_SOURCES codes
  supplier: string; // supplier, or the giver of a gift
  documentNo: string;
  documentDate: string;
  items: TitleFormDto[];
};

export type AcquisitionDto = {
  recordNo: number;
  copies: number;
  sum: number;
  titles: Array<{ titleId: number; description: string; inventoryFrom: number; inventoryTo: number; copies: number; isNew: boolean }>;
};

export type CopyDto = { inventoryNo: number; state: 'shelf' | 'loan' | 'reserved' | 'writtenOff'; dueOn: string };

export type CatalogHitDto = {
  titleId: number;
  description: string;
  shelfMark: string;
  copies: CopyDto[];
  onShelf: number;
  inFund: number;
};

/** booksOnly: the catalogue's titles only, no articles nor scans (a copy picker, a reservation, an exhibition). */
export type CatalogQueryDto = { query: string; limit: number; booksOnly?: boolean };
/** The books, then the card index's articles, then the scanned documents of the electronic archive. */
export type CatalogResultDto = {
  query: string;
  hits: CatalogHitDto[];
  more: boolean;
  articles: ArticleHitDto[];
  moreArticles: boolean;
  scans: ScanHitDto[];
  moreScans: boolean;
};
/** A scanned document: its GOST description, pages, the file in Drive. */
export type ScanHitDto = { id: number; description: string; pages: number; fileName: string; fileLink: string; uploadedOn: string };

export type WriteOffFormDto = {
  inventoryNos: string; // "12, 15-18 20" or one per line (scanned)
  reason: string; // WRITE_OFF_REASONS codes
  date: string;
  commission: string; // one member per line, the chair first
  approvedBy: string;
  note: string;
};

export type WriteOffDto = { actNo: string; copies: number; sum: number; docName: string; docUrl: string };

/** The server API. server.ts implements it; the sidebars' client is typed from it. */
export interface ServerApi extends LabelsApi, ImportApi, StocktakeApi, DeskApi, LostApi, FormularApi, SchoolYearApi, DailyLogApi, ArchiveApi, ReportsApi, PeriodicalsApi, EventsApi, ExhibitionsApi, ScansApi {
  getSidebarContext(): SidebarContext;
  registerReader(form: ReaderFormDto): Result<RegisteredReaderDto>;
  /** The GOST 7.1 description of a title as typed so far ('' while there is no title). */
  describeBook(title: TitleFormDto): string;
  registerAcquisition(form: AcquisitionFormDto): Result<AcquisitionDto>;
  searchCatalog(query: CatalogQueryDto): Result<CatalogResultDto>;
  writeOffCopies(form: WriteOffFormDto): Result<WriteOffDto>;
}

type AssertJson<T extends Json> = T;
// Compile-time proof that every DTO is plain JSON: adding a Date or a function to one breaks the build.
export type ApiIsJson = [
  AssertJson<SidebarContext>,
  AssertJson<ReaderFormDto>,
  AssertJson<RegisteredReaderDto>,
  AssertJson<Result<RegisteredReaderDto>>,
  AssertJson<AcquisitionFormDto>,
  AssertJson<Result<AcquisitionDto>>,
  AssertJson<CatalogQueryDto>,
  AssertJson<Result<CatalogResultDto>>,
  AssertJson<WriteOffFormDto>,
  AssertJson<Result<WriteOffDto>>,
  AssertJson<LostCopyFormDto>,
  AssertJson<Result<LostCopyDto>>,
  AssertJson<Result<DocLinkDto>>,
  AssertJson<Result<DebtorSlipsDto>>,
  AssertJson<SchoolYearFormDto>,
  AssertJson<Result<SchoolYearPreviewDto>>,
  AssertJson<Result<SchoolYearDoneDto>>,
  AssertJson<DayNotesFormDto>,
  AssertJson<DailyLogRefreshFormDto>,
  AssertJson<Result<DayLogDto>>,
  AssertJson<Result<DailyLogRefreshedDto>>,
  AssertJson<Result<PlanDocDto>>,
  AssertJson<Result<ReportDto>>,
  AssertJson<SubscriptionFormDto>,
  AssertJson<Result<SubscriptionAddedDto>>,
  AssertJson<CheckInFormDto>,
  AssertJson<Result<CheckedInDto>>,
  AssertJson<PeriodicalsQueryDto>,
  AssertJson<Result<PeriodicalsDto>>,
  AssertJson<BindYearFormDto>,
  AssertJson<Result<BoundYearDto>>,
  AssertJson<ArticleFormDto>,
  AssertJson<Result<ArticleAddedDto>>,
  AssertJson<EventFormDto>,
  AssertJson<ProtocolFormDto>,
  AssertJson<Result<EventsDto>>,
  AssertJson<Result<EventDto>>,
  AssertJson<Result<EventDocDto>>,
  AssertJson<ExhibitionFormDto>,
  AssertJson<ExhibitionPhotoDto>,
  AssertJson<Result<ExhibitionDto>>,
  AssertJson<Result<ExhibitionDocDto>>,
  AssertJson<ScanFormDto>,
  AssertJson<Result<ScanDto>>,
  AssertJson<Result<ScansListDocDto>>,
];
