import type { kkStocktake } from './kk-stocktake';

/** Russian: the stocktake feature's texts. Merged into ru.ts. */
export const ruStocktake: Readonly<Record<keyof typeof kkStocktake, string>> = {
  'menu.stocktake': 'Инвентаризация фонда',
};
