import type { kkImport } from './kk-import';

/** Russian: the import feature's texts. Merged into ru.ts. */
export const ruImport: Readonly<Record<keyof typeof kkImport, string>> = {
  'menu.importCatalog': 'Импорт каталога',
};
