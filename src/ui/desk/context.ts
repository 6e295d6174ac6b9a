/** What the desk's parts (visits, reservations, a lost book, the formular) are given by main.ts. */
import type { ReaderCardDto } from '../../api';
import type { Lang, MessageKey, Params } from '../../i18n';

export interface Desk {
  lang(): Lang;
  tr(key: MessageKey, params?: Params): string;
  /** The status box at the top of the sidebar. */
  status: HTMLElement;
  /** The reader's card shown now, or null. */
  card(): ReaderCardDto | null;
  /** Asks the server for the card again (after a reservation or a loss changed it). */
  reloadCard(): Promise<void>;
  /** Draws the card again from what the sidebar has. */
  renderCard(): void;
}
