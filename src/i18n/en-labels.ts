import type { kkLabels } from './kk-labels';

/** English: the labels feature's texts. Merged into en.ts. */
export const enLabels: Readonly<Record<keyof typeof kkLabels, string>> = {
  'menu.labels': 'Labels and export',
};
