import type { kkDesk } from './kk-desk';

/** English: the circulation desk's texts. Merged into en.ts. */
export const enDesk: Readonly<Record<keyof typeof kkDesk, string>> = {
  'menu.desk': 'Issue and return',
};
