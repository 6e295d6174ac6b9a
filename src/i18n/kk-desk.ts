/** Kazakh: the circulation desk's texts (sidebar, messages). Merged into kk.ts. */
export const kkDesk = {
  'menu.desk': 'Кітап беру және қайтару',
} as const;
