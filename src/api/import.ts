/** DTOs and server functions of the import feature (see src/server/import.ts). JSON values only. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ImportApi {}
