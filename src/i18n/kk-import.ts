/** Kazakh: the import feature's texts (sidebar, Docs, messages). Merged into kk.ts. */
export const kkImport = {
  'menu.importCatalog': 'Каталогты импорттау',
} as const;
