/** Labels for copies (a Doc with QR codes) and the catalogue export as CSV (sidebar and server functions). */
import type { CatalogCsvDto, LabelsDto, LabelsFormDto, Result } from '../api';
import { gasEnv } from '../gas/env';
import { t } from '../i18n';
import { exportCatalogCsv as exportCatalogCsvUseCase } from '../usecases/export-catalog';
import { makeLabels as makeLabelsUseCase } from '../usecases/labels';
import { openSidebar, result, workbookLang } from './respond';

export function showLabels(): void {
  openSidebar('Labels', 'menu.labels');
}

export function makeLabels(form: LabelsFormDto): Result<LabelsDto> {
  const env = gasEnv();
  return result('makeLabels', env, () => {
    const done = makeLabelsUseCase(env, form);
    return { value: done, message: t(workbookLang(env), 'labels.done', { count: done.labels }) };
  });
}

export function exportCatalogCsv(): Result<CatalogCsvDto> {
  const env = gasEnv();
  return result('exportCatalogCsv', env, () => {
    const done = exportCatalogCsvUseCase(env);
    return { value: done, message: '' };
  });
}
