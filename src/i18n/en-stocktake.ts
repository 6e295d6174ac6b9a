import type { kkStocktake } from './kk-stocktake';

/** English: the stocktake feature's texts. Merged into en.ts. */
export const enStocktake: Readonly<Record<keyof typeof kkStocktake, string>> = {
  'menu.stocktake': 'Stock-taking',
};
