/** Stock-taking: start, record the copies found on the shelves, finish with a result Doc (sidebar and server functions). */
import type { Result, StocktakeDto, StocktakeFinishDto, StocktakeProgressDto, StocktakeResultDto, StocktakeScanDto, StocktakeStartDto } from '../api';
import { gasEnv } from '../gas/env';
import { t } from '../i18n';
import { finishStocktake as finishUseCase, recordStocktakeFound as recordUseCase, startStocktake as startUseCase } from '../usecases/stocktake';
import { openSidebar, result, workbookLang } from './respond';

export function showStocktake(): void {
  openSidebar('Stocktake', 'menu.stocktake');
}

export function startStocktake(form: StocktakeStartDto): Result<StocktakeDto> {
  const env = gasEnv();
  return result('startStocktake', env, () => {
    const value = startUseCase(env, form);
    return { value, message: t(workbookLang(env), 'stocktake.started', { id: value.id }) };
  });
}

export function recordStocktakeFound(form: StocktakeScanDto): Result<StocktakeProgressDto> {
  const env = gasEnv();
  return result('recordStocktakeFound', env, () => {
    const value = recordUseCase(env, form);
    return { value, message: value.open ? t(workbookLang(env), 'stocktake.progress', { found: value.open.foundCount }) : '' };
  });
}

export function finishStocktake(form: StocktakeFinishDto): Result<StocktakeResultDto> {
  const env = gasEnv();
  return result('finishStocktake', env, () => {
    const value = finishUseCase(env, form);
    const lang = workbookLang(env);
    const message = value.finished
      ? t(lang, 'stocktake.finished', { id: value.stocktake.id, missing: value.missingCount })
      : t(lang, 'stocktake.preview', { missing: value.missingCount });
    return { value, message };
  });
}
