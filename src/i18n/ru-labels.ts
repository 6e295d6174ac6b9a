import type { kkLabels } from './kk-labels';

/** Russian: the labels feature's texts. Merged into ru.ts. */
export const ruLabels: Readonly<Record<keyof typeof kkLabels, string>> = {
  'menu.labels': 'Этикетки и экспорт',
};
