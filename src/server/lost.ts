/** A copy lost by its reader, replaced or not (issue 4): the desk's server function. */
import type { LostCopyDto, LostCopyFormDto, Result } from '../api';
import { gasEnv } from '../gas/env';
import { t } from '../i18n';
import { replaceLostCopy as replaceLostCopyUseCase } from '../usecases/desk/lost';
import { result, workbookLang } from './respond';

export function replaceLostCopy(form: LostCopyFormDto): Result<LostCopyDto> {
  const env = gasEnv();
  return result('replaceLostCopy', env, () => {
    const done = replaceLostCopyUseCase(env, form ?? {});
    const lang = workbookLang(env);
    const message =
      done.newInventoryNo === null
        ? t(lang, 'lost.done', { no: done.lostInventoryNo, actNo: done.actNo })
        : t(lang, 'lost.doneReplaced', { no: done.lostInventoryNo, actNo: done.actNo, newNo: done.newInventoryNo });
    return { value: done, message };
  });
}
