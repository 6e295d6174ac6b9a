/** Re-registration at the start of a school year (issue 4): the sidebar and its server functions. */
import type { Result, SchoolYearDoneDto, SchoolYearFormDto, SchoolYearPreviewDto } from '../api';
import { gasEnv } from '../gas/env';
import { t } from '../i18n';
import { previewNewSchoolYear as previewUseCase, startNewSchoolYear as startUseCase } from '../usecases/school-year';
import { openSidebar, result, workbookLang } from './respond';

export function showNewSchoolYear(): void {
  openSidebar('NewSchoolYear', 'menu.newSchoolYear');
}

export function previewNewSchoolYear(): Result<SchoolYearPreviewDto> {
  const env = gasEnv();
  return result('previewNewSchoolYear', env, () => {
    const value = previewUseCase(env);
    const lang = workbookLang(env);
    const message = value.alreadyDone ? t(lang, 'schoolYear.error.alreadyDone', { year: value.schoolYear, last: value.lastReRegistration }) : '';
    return { value, message };
  });
}

export function startNewSchoolYear(form: SchoolYearFormDto): Result<SchoolYearDoneDto> {
  const env = gasEnv();
  return result('startNewSchoolYear', env, () => {
    const value = startUseCase(env, form);
    return { value, message: t(workbookLang(env), 'schoolYear.started', { year: value.schoolYear }) };
  });
}
