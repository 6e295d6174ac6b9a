import type { kkImport } from './kk-import';

/** English: the import feature's texts. Merged into en.ts. */
export const enImport: Readonly<Record<keyof typeof kkImport, string>> = {
  'menu.importCatalog': 'Import a catalogue',
};
