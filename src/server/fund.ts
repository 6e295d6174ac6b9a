/** The fund: acquisitions, catalogue search, write-off (sidebars and server functions). */
import type { AcquisitionDto, AcquisitionFormDto, CatalogQueryDto, CatalogResultDto, Result, TitleFormDto, WriteOffDto, WriteOffFormDto } from '../api';
import { describeBook as describe } from '../domain/bibliographic';
import { validateTitle } from '../domain/fund';
import { gasEnv } from '../gas/env';
import { t } from '../i18n';
import { registerAcquisition as registerAcquisitionUseCase } from '../usecases/register-acquisition';
import { searchCatalog as searchCatalogUseCase } from '../usecases/search-catalog';
import { writeOffCopies as writeOffCopiesUseCase } from '../usecases/write-off';
import { guard, openSidebar, result, workbookLang } from './respond';

export function showRegisterAcquisition(): void {
  openSidebar('RegisterAcquisition', 'menu.registerAcquisition');
}

export function showCatalogSearch(): void {
  openSidebar('CatalogSearch', 'menu.catalogSearch');
}

export function showWriteOff(): void {
  openSidebar('WriteOff', 'menu.writeOff');
}

/** The GOST 7.1 description of a title as typed so far ('' while it has no valid title). */
export function describeBook(title: TitleFormDto): string {
  return guard('describeBook', () => {
    const checked = validateTitle({ ...title, section: 'fiction', docType: 'book', language: title.language || 'other' }, 9999);
    return checked.ok ? describe(checked.value.record) : '';
  });
}

export function registerAcquisition(form: AcquisitionFormDto): Result<AcquisitionDto> {
  const env = gasEnv();
  return result('registerAcquisition', env, () => {
    const done = registerAcquisitionUseCase(env, form);
    const first = done.titles[0];
    const last = done.titles[done.titles.length - 1];
    return {
      value: done,
      message: t(workbookLang(env), 'acquisition.registered', { recordNo: done.recordNo, copies: done.copies, from: first.inventoryFrom, to: last.inventoryTo }),
    };
  });
}

export function searchCatalog(query: CatalogQueryDto): Result<CatalogResultDto> {
  const env = gasEnv();
  return result('searchCatalog', env, () => {
    const found = searchCatalogUseCase(env, query.query, query.limit, query.booksOnly === true);
    const hits = found.hits.map((h) => ({ ...h, copies: h.copies.map((c) => ({ inventoryNo: c.inventoryNo, state: c.state, dueOn: c.dueOn ?? '' })) }));
    return { value: { query: found.query, hits, more: found.more, articles: found.articles, moreArticles: found.moreArticles, scans: found.scans, moreScans: found.moreScans }, message: '' };
  });
}

export function writeOffCopies(form: WriteOffFormDto): Result<WriteOffDto> {
  const env = gasEnv();
  return result('writeOffCopies', env, () => {
    const done = writeOffCopiesUseCase(env, form);
    return { value: done, message: t(workbookLang(env), 'writeOff.done', { actNo: done.actNo, copies: done.copies }) };
  });
}
