/** Small DOM helpers the desk's modules share. */
import type { Lang } from '../../i18n';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text) e.textContent = text;
  return e;
}

export function optionTitle(list: ReadonlyArray<{ code: string; title: Readonly<Record<Lang, string>> }>, code: string, lang: Lang): string {
  return list.find((o) => o.code === code)?.title[lang] ?? code;
}

export function button(text: string, className = 'small', onClick?: () => void): HTMLButtonElement {
  const b = el('button', className, text);
  b.type = 'button';
  if (onClick) b.addEventListener('click', onClick);
  return b;
}

/** A link to a generated Doc, opened in a new tab (the sidebar is an iframe). */
export function docLink(name: string, url: string): HTMLAnchorElement {
  const a = el('a', 'doc-link', name);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener';
  return a;
}
