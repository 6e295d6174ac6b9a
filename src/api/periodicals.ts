/**
 * Periodicals and the article card index (issue 6). src/server/periodicals.ts implements PeriodicalsApi.
 * Form fields are strings as typed (the server checks them); days are ISO strings.
 */
import type { Result } from '../api';

export type SubscriptionFormDto = {
  title: string;
  kind: string; // PERIODICAL_KINDS codes
  language: string; // PUBLICATION_LANGUAGES codes
  issuesPerYear: string;
  periodFrom: string;
  periodTo: string;
  price: string; // tenge, "12500" or "12500,50"
  index: string;
  note: string;
};

export type SubscriptionAddedDto = { title: string; row: number; periodFrom: string; periodTo: string };

/** year '' : the year of the received date. receivedOn '' : today. */
export type CheckInFormDto = { periodical: string; year: string; number: string; receivedOn: string; note: string };

export type CheckedInDto = {
  periodical: string;
  year: number;
  /** "12" or "12–13". */
  number: string;
  receivedOn: string;
  received: number[];
  /** The title's numbers due by today (or the year's end) and not checked in. */
  missing: number[];
};

/** One title and one year: the numbers received, missing, and received but not bound yet. */
export type PeriodicalYearDto = {
  title: string;
  kind: string;
  language: string;
  issuesPerYear: number;
  year: number;
  received: number[];
  missing: number[];
  unbound: number[];
  /** A subscription covers (part of) the year. */
  subscribed: boolean;
  /** The year's subscription price, tenge. */
  price: number;
};

/** year '' : the current year. */
export type PeriodicalsQueryDto = { year: string };
export type PeriodicalsDto = { year: number; today: string; titles: PeriodicalYearDto[] };

/** price '' : the year's subscription price. */
export type BindYearFormDto = { periodical: string; year: string; section: string; price: string };

export type BoundYearDto = {
  periodical: string;
  year: number;
  /** "1–12" or "1–4, 6–12". */
  numbers: string;
  inventoryNo: number;
  titleId: number;
  recordNo: number;
  description: string;
  sum: number;
};

export type ArticleFormDto = {
  authors: string; // "Әбенов Ш.; Петров А. А."
  title: string;
  periodical: string;
  year: string;
  number: string;
  pages: string; // "12–15" or "7"
  subjects: string;
  bbk: string;
  language: string; // PUBLICATION_LANGUAGES codes
};

export type ArticleAddedDto = { row: number; description: string };

/** An article the catalogue search found (src/api.ts CatalogResultDto.articles). */
export type ArticleHitDto = { row: number; description: string; subjects: string; bbk: string };

export interface PeriodicalsApi {
  getPeriodicals(query: PeriodicalsQueryDto): Result<PeriodicalsDto>;
  addSubscription(form: SubscriptionFormDto): Result<SubscriptionAddedDto>;
  checkInIssue(form: CheckInFormDto): Result<CheckedInDto>;
  bindPeriodicalYear(form: BindYearFormDto): Result<BoundYearDto>;
  /** The GOST 7.1 analytic description of an article as typed so far ('' while it lacks title, periodical or year). */
  describeArticle(form: ArticleFormDto): string;
  addArticle(form: ArticleFormDto): Result<ArticleAddedDto>;
}
