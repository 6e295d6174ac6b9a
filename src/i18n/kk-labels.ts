/** Kazakh: the labels feature's texts (sidebar, Docs, messages). Merged into kk.ts. */
export const kkLabels = {
  'menu.labels': 'Жапсырмалар мен экспорт',
} as const;
