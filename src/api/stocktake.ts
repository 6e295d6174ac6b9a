/** DTOs and server functions of the stocktake feature (see src/server/stocktake.ts). JSON values only. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface StocktakeApi {}
