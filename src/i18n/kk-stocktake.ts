/** Kazakh: the stocktake feature's texts (sidebar, Docs, messages). Merged into kk.ts. */
export const kkStocktake = {} as const;
