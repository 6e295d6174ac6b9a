/** The use cases' Env over the real Apps Script services. */
import { langFromLocale } from '../i18n';
import type { Env } from '../usecases/context';
import { activeSpreadsheet, documentProperties } from './spreadsheet';
import { documentLock, systemClock, userKey, userLocale } from './runtime';
import { openArchive } from './archive';
import { gasDocs } from './docs';

export function gasEnv(): Env {
  return {
    spreadsheet: activeSpreadsheet,
    properties: documentProperties,
    lock: documentLock,
    clock: systemClock,
    fallbackLang: () => langFromLocale(userLocale()),
    userKey,
    docs: gasDocs,
    archive: (rootId, rootName) => openArchive(rootId, rootName),
  };
}
