/** Periodicals and the article card index (issue 6): the sidebar and its server functions. */
import type {
  ArticleAddedDto,
  ArticleFormDto,
  BindYearFormDto,
  BoundYearDto,
  CheckedInDto,
  CheckInFormDto,
  PeriodicalsDto,
  PeriodicalsQueryDto,
  Result,
  SubscriptionAddedDto,
  SubscriptionFormDto,
} from '../api';
import { dayText } from '../domain/dates';
import { describeArticleForm } from '../domain/periodicals';
import { gasEnv } from '../gas/env';
import { t } from '../i18n';
import { addArticle as addArticleUseCase } from '../usecases/articles';
import {
  addSubscription as addSubscriptionUseCase,
  bindPeriodicalYear as bindUseCase,
  checkInIssue as checkInUseCase,
  periodicalsOfYear,
} from '../usecases/periodicals';
import { guard, openSidebar, result, workbookLang } from './respond';

export function showPeriodicals(): void {
  openSidebar('Periodicals', 'menu.periodicals');
}

export function getPeriodicals(query: PeriodicalsQueryDto): Result<PeriodicalsDto> {
  const env = gasEnv();
  return result('getPeriodicals', env, () => ({ value: periodicalsOfYear(env, Number(query?.year) || null), message: '' }));
}

export function addSubscription(form: SubscriptionFormDto): Result<SubscriptionAddedDto> {
  const env = gasEnv();
  return result('addSubscription', env, () => {
    const done = addSubscriptionUseCase(env, form ?? {});
    return { value: done, message: t(workbookLang(env), 'periodicals.subscribed', { title: done.title, from: dayText(done.periodFrom), to: dayText(done.periodTo) }) };
  });
}

export function checkInIssue(form: CheckInFormDto): Result<CheckedInDto> {
  const env = gasEnv();
  return result('checkInIssue', env, () => {
    const done = checkInUseCase(env, form ?? {});
    return { value: done, message: t(workbookLang(env), 'periodicals.checkedIn', { title: done.periodical, number: done.number, year: done.year }) };
  });
}

export function bindPeriodicalYear(form: BindYearFormDto): Result<BoundYearDto> {
  const env = gasEnv();
  return result('bindPeriodicalYear', env, () => {
    const done = bindUseCase(env, form ?? {});
    return {
      value: done,
      message: t(workbookLang(env), 'periodicals.bound', { title: done.periodical, year: done.year, numbers: done.numbers, no: done.inventoryNo, recordNo: done.recordNo }),
    };
  });
}

export function describeArticle(form: ArticleFormDto): string {
  return guard('describeArticle', () => describeArticleForm(form ?? {}));
}

export function addArticle(form: ArticleFormDto): Result<ArticleAddedDto> {
  const env = gasEnv();
  return result('addArticle', env, () => {
    const done = addArticleUseCase(env, form ?? {});
    return { value: done, message: t(workbookLang(env), 'periodicals.articleSaved', { row: done.row }) };
  });
}
