/** DTOs and server functions of the labels feature (see src/server/labels.ts). JSON values only. */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface LabelsApi {}
