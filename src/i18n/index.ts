/**
 * One message catalogue for the server and every sidebar. Kazakh is the source language: its keys define
 * the catalogue, Russian (and English, for developers) must have every key (the compiler checks).
 * Parameters are written {name} and filled by `t`.
 */
import { kk } from './kk';
import { ru } from './ru';
import { en } from './en';

export type Lang = 'kk' | 'ru';
export type MessageKey = keyof typeof kk;
export type Catalogue = Readonly<Record<MessageKey, string>>;
export type Params = Readonly<Record<string, string | number>>;

export const LANGS: readonly Lang[] = ['kk', 'ru'];
export const catalogues: Readonly<Record<Lang | 'en', Catalogue>> = { kk, ru, en };

export function t(lang: Lang | 'en', key: MessageKey, params?: Params): string {
  const template = catalogues[lang][key] ?? catalogues.kk[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function isLang(value: unknown): value is Lang {
  return value === 'kk' || value === 'ru';
}

/** The language to speak before the workbook says: Russian for a Russian locale, Kazakh otherwise. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return /^ru([_-]|$)/i.test(locale ?? '') ? 'ru' : 'kk';
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(kk, key);
}
