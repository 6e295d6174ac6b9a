/**
 * The Apps Script face of Kitaphana: the entry of dist/Code.js. Triggers and the add-on menu live here;
 * the menu items and the functions sidebars call through google.script.run live in src/server/<feature>.ts.
 * Every one is made a top-level function of dist/Code.js by a `global.name = name` line below
 * (esbuild-gas-plugin reads them from this file): a function missing here cannot be called.
 */
import { gasEnv } from './gas/env';
import { addAddonMenu, isAuthModeNone, userLocale } from './gas/runtime';
import { langFromLocale, t, type Lang } from './i18n';
import { openWorkbook } from './usecases/context';
import { safe } from './server/respond';
import { getSidebarContext, setupWorkbook as setup, showAbout } from './server/workbook';
import { registerReader, showRegisterReader } from './server/readers';
import { describeBook, registerAcquisition, searchCatalog, showCatalogSearch, showRegisterAcquisition, showWriteOff, writeOffCopies } from './server/fund';
import { exportCatalogCsv, makeLabels, showLabels } from './server/labels';
import { importCatalog, showImportCatalog } from './server/import';
import { finishStocktake, recordStocktakeFound, showStocktake, startStocktake } from './server/stocktake';
import { cancelReservation, findReaders, getReaderCard, issueCopies, recordVisit, renewLoan, reserveTitle, returnCopies, showDesk } from './server/desk';

import { replaceLostCopy } from './server/lost';
import { printDebtorSlips, printFormular, showDebtorSlips } from './server/formular';
import { previewNewSchoolYear, showNewSchoolYear, startNewSchoolYear } from './server/school-year';

import type { ServerApi } from './api';

declare const global: Record<string, unknown>;

/** What sidebars may call, checked against the API they are typed from: a renamed function breaks the build. */
const serverApi: ServerApi = {
  getSidebarContext,
  registerReader,
  describeBook,
  registerAcquisition,
  searchCatalog,
  writeOffCopies,
  startStocktake,
  recordStocktakeFound,
  finishStocktake,
  makeLabels,
  exportCatalogCsv,
  importCatalog,
  findReaders,
  getReaderCard,
  issueCopies,
  returnCopies,
  renewLoan,
  reserveTitle,
  cancelReservation,
  recordVisit,
  replaceLostCopy,
  printFormular,
  printDebtorSlips,
  previewNewSchoolYear,
  startNewSchoolYear,
};
void serverApi;

/** The menu, in the workbook's language; under AuthMode.NONE nothing but the UI is touched. */
function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  let lang: Lang = 'kk';
  if (e && isAuthModeNone(e.authMode)) {
    lang = safe(() => langFromLocale(userLocale()), 'kk');
  } else {
    lang = safe(() => openWorkbook(gasEnv()).lang, 'kk');
  }
  addAddonMenu([
    { caption: t(lang, 'menu.desk'), functionName: 'showDesk' },
    { caption: t(lang, 'menu.registerReader'), functionName: 'showRegisterReader' },
    { caption: t(lang, 'menu.debtorSlips'), functionName: 'showDebtorSlips' },
    { caption: t(lang, 'menu.newSchoolYear'), functionName: 'showNewSchoolYear' },
    null,
    { caption: t(lang, 'menu.registerAcquisition'), functionName: 'showRegisterAcquisition' },
    { caption: t(lang, 'menu.catalogSearch'), functionName: 'showCatalogSearch' },
    { caption: t(lang, 'menu.writeOff'), functionName: 'showWriteOff' },
    { caption: t(lang, 'menu.labels'), functionName: 'showLabels' },
    { caption: t(lang, 'menu.stocktake'), functionName: 'showStocktake' },
    { caption: t(lang, 'menu.importCatalog'), functionName: 'showImportCatalog' },
    null,
    { caption: t(lang, 'menu.setup'), functionName: 'setupWorkbook' },
    { caption: t(lang, 'menu.help'), functionName: 'showAbout' },
  ]);
}

function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/** Menu: create every journal, or add what an older workbook lacks; the menu then speaks its language. */
function setupWorkbook() {
  return setup(() => onOpen());
}

global.onOpen = onOpen;
global.onInstall = onInstall;
global.setupWorkbook = setupWorkbook;
global.showAbout = showAbout;
global.getSidebarContext = getSidebarContext;
// readers
global.showRegisterReader = showRegisterReader;
global.registerReader = registerReader;
// the fund
global.showRegisterAcquisition = showRegisterAcquisition;
global.showCatalogSearch = showCatalogSearch;
global.showWriteOff = showWriteOff;
global.describeBook = describeBook;
global.registerAcquisition = registerAcquisition;
global.searchCatalog = searchCatalog;
global.writeOffCopies = writeOffCopies;
global.showLabels = showLabels;
global.makeLabels = makeLabels;
global.exportCatalogCsv = exportCatalogCsv;
global.showImportCatalog = showImportCatalog;
global.importCatalog = importCatalog;
global.showStocktake = showStocktake;
global.startStocktake = startStocktake;
global.recordStocktakeFound = recordStocktakeFound;
global.finishStocktake = finishStocktake;
// the circulation desk
global.showDesk = showDesk;
global.findReaders = findReaders;
global.getReaderCard = getReaderCard;
global.issueCopies = issueCopies;
global.returnCopies = returnCopies;
global.renewLoan = renewLoan;
global.reserveTitle = reserveTitle;
global.cancelReservation = cancelReservation;
global.recordVisit = recordVisit;
global.replaceLostCopy = replaceLostCopy;
global.printFormular = printFormular;
// debtors and the school year
global.showDebtorSlips = showDebtorSlips;
global.printDebtorSlips = printDebtorSlips;
global.showNewSchoolYear = showNewSchoolYear;
global.previewNewSchoolYear = previewNewSchoolYear;
global.startNewSchoolYear = startNewSchoolYear;
