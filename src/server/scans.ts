/** Digitisation: the scans sidebar and its server functions. */
import type { Result, ScanDto, ScanFormDto, ScanListDto, ScansListDocDto } from '../api';
import { gasFiles } from '../gas/archive';
import { gasEnv } from '../gas/env';
import { t } from '../i18n';
import * as uc from '../usecases/scans';
import { openSidebar, result, workbookLang } from './respond';

export function showScans(): void {
  openSidebar('Scans', 'menu.scans');
}

export function uploadArchiveFile(form: ScanFormDto): Result<ScanDto> {
  const env = gasEnv();
  return result('uploadArchiveFile', env, () => {
    const done = uc.uploadArchiveFile(env, gasFiles(), form ?? {});
    return { value: done, message: t(workbookLang(env), 'scans.uploaded', { id: done.id, name: done.fileName }) };
  });
}

export function listScans(year: number): Result<ScanListDto> {
  const env = gasEnv();
  return result('listScans', env, () => ({ value: uc.listScans(env, Number(year)), message: '' }));
}

export function buildScansListDoc(year: number): Result<ScansListDocDto> {
  const env = gasEnv();
  return result('buildScansListDoc', env, () => {
    const done = uc.buildScansListDoc(env, year);
    return { value: done, message: t(workbookLang(env), 'scans.docDone', { count: done.scans, name: done.docName }) };
  });
}
