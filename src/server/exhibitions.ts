/** Book exhibitions: the sidebar and its server functions. */
import type { ExhibitionDocDto, ExhibitionDto, ExhibitionFormDto, ExhibitionListDto, ExhibitionPhotoDto, Result } from '../api';
import { gasFiles } from '../gas/archive';
import { gasEnv } from '../gas/env';
import { t } from '../i18n';
import * as uc from '../usecases/exhibitions';
import { openSidebar, result, workbookLang } from './respond';

export function showExhibitions(): void {
  openSidebar('Exhibitions', 'menu.exhibitions');
}

export function createExhibition(form: ExhibitionFormDto): Result<ExhibitionDto> {
  const env = gasEnv();
  return result('createExhibition', env, () => {
    const done = uc.createExhibition(env, form);
    return { value: done, message: t(workbookLang(env), 'exhibitions.created', { id: done.id, books: done.books }) };
  });
}

export function buildExhibitionDoc(exhibitionId: number): Result<ExhibitionDocDto> {
  const env = gasEnv();
  return result('buildExhibitionDoc', env, () => {
    const done = uc.buildExhibitionDoc(env, gasFiles(), exhibitionId);
    return { value: done, message: t(workbookLang(env), 'exhibitions.docDone', { name: done.docName }) };
  });
}

export function uploadExhibitionPhoto(photo: ExhibitionPhotoDto): Result<ExhibitionDto> {
  const env = gasEnv();
  return result('uploadExhibitionPhoto', env, () => {
    const done = uc.uploadExhibitionPhoto(env, gasFiles(), photo ?? {});
    return { value: done, message: t(workbookLang(env), 'exhibitions.photoDone', { id: done.id }) };
  });
}

export function listExhibitions(): Result<ExhibitionListDto> {
  const env = gasEnv();
  return result('listExhibitions', env, () => ({ value: { exhibitions: uc.listExhibitions(env) }, message: '' }));
}
