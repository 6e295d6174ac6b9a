import type { kkDesk } from './kk-desk';

/** Russian: the circulation desk's texts. Merged into ru.ts. */
export const ruDesk: Readonly<Record<keyof typeof kkDesk, string>> = {
  'menu.desk': 'Выдача и возврат книг',
};
