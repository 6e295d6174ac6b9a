/** Kazakh: the stocktake feature's texts (sidebar, Docs, messages). Merged into kk.ts. */
export const kkStocktake = {
  'menu.stocktake': 'Қорды түгендеу',
} as const;
