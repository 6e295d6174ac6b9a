/**
 * The Apps Script face of Kitaphana: the entry of dist/Code.js. Triggers and the add-on menu live here;
 * the menu items and the functions sidebars call through google.script.run live in src/server/<feature>.ts.
 * Every one is made a top-level function of dist/Code.js by a `global.name = name` line below
 * (esbuild-gas-plugin reads them from this file): a function missing here cannot be called.
 */
import { gasEnv } from './gas/env';
import { addAddonMenu, isAuthModeNone, userLocale } from './gas/runtime';
import { langFromLocale, t, type Lang, type MessageKey } from './i18n';
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
import { getDayLog, recordDayNotes, refreshDailyLog, showDailyLog } from './server/daily-log';
import { buildPlanDoc, installMonthlyTrigger, onMonthlyTrigger, openArchive, removeMonthlyTrigger, showAnnualPlanDoc, showMonthlyPlanDoc } from './server/archive';
import { buildReport, showReports } from './server/reports';
import { addArticle, addSubscription, bindPeriodicalYear, checkInIssue, describeArticle, getPeriodicals, showPeriodicals } from './server/periodicals';
import { buildProtocolDoc, buildScenarioDoc, createEvent, listEvents, showEvents } from './server/events';
import { buildExhibitionDoc, createExhibition, listExhibitions, showExhibitions, uploadExhibitionPhoto } from './server/exhibitions';
import { buildScansListDoc, listScans, showScans, uploadArchiveFile } from './server/scans';

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
  getDayLog,
  recordDayNotes,
  refreshDailyLog,
  buildPlanDoc,
  buildReport,
  getPeriodicals,
  addSubscription,
  checkInIssue,
  bindPeriodicalYear,
  describeArticle,
  addArticle,
  listEvents,
  createEvent,
  buildScenarioDoc,
  buildProtocolDoc,
  createExhibition,
  buildExhibitionDoc,
  uploadExhibitionPhoto,
  listExhibitions,
  uploadArchiveFile,
  listScans,
  buildScansListDoc,
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
  const item = (key: MessageKey, functionName: string) => ({ caption: t(lang, key), functionName });
  // The desk's three every-day items first; the rest in submenus by kind of work.
  addAddonMenu([
    item('menu.desk', 'showDesk'),
    item('menu.registerReader', 'showRegisterReader'),
    item('menu.dailyLog', 'showDailyLog'),
    null,
    { caption: t(lang, 'menu.group.readers'), items: [item('menu.debtorSlips', 'showDebtorSlips'), item('menu.newSchoolYear', 'showNewSchoolYear')] },
    {
      caption: t(lang, 'menu.group.fund'),
      items: [
        item('menu.registerAcquisition', 'showRegisterAcquisition'),
        item('menu.catalogSearch', 'showCatalogSearch'),
        item('menu.writeOff', 'showWriteOff'),
        item('menu.labels', 'showLabels'),
        item('menu.stocktake', 'showStocktake'),
        item('menu.importCatalog', 'showImportCatalog'),
        null,
        item('menu.periodicals', 'showPeriodicals'),
      ],
    },
    {
      caption: t(lang, 'menu.group.events'),
      items: [item('menu.events', 'showEvents'), item('menu.exhibitions', 'showExhibitions'), item('menu.scans', 'showScans')],
    },
    {
      caption: t(lang, 'menu.group.reports'),
      items: [
        item('menu.reports', 'showReports'),
        item('menu.monthlyPlanDoc', 'showMonthlyPlanDoc'),
        item('menu.annualPlanDoc', 'showAnnualPlanDoc'),
        null,
        item('menu.monthlyReportOn', 'installMonthlyTrigger'),
        item('menu.monthlyReportOff', 'removeMonthlyTrigger'),
        null,
        item('menu.archive', 'openArchive'),
      ],
    },
    null,
    item('menu.setup', 'setupWorkbook'),
    item('menu.help', 'showAbout'),
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
// the daily work log
global.showDailyLog = showDailyLog;
global.getDayLog = getDayLog;
global.recordDayNotes = recordDayNotes;
global.refreshDailyLog = refreshDailyLog;
// the archive, the monthly report (a time-driven trigger's handler too) and the plan Docs
global.openArchive = openArchive;
global.installMonthlyTrigger = installMonthlyTrigger;
global.removeMonthlyTrigger = removeMonthlyTrigger;
global.onMonthlyTrigger = onMonthlyTrigger;
global.buildPlanDoc = buildPlanDoc;
global.showMonthlyPlanDoc = showMonthlyPlanDoc;
global.showAnnualPlanDoc = showAnnualPlanDoc;
// reports
global.showReports = showReports;
global.buildReport = buildReport;
// periodicals and the article card index
global.showPeriodicals = showPeriodicals;
global.getPeriodicals = getPeriodicals;
global.addSubscription = addSubscription;
global.checkInIssue = checkInIssue;
global.bindPeriodicalYear = bindPeriodicalYear;
global.describeArticle = describeArticle;
global.addArticle = addArticle;
// events
global.showEvents = showEvents;
global.listEvents = listEvents;
global.createEvent = createEvent;
global.buildScenarioDoc = buildScenarioDoc;
global.buildProtocolDoc = buildProtocolDoc;
// book exhibitions and digitisation (the scanned-documents archive)
global.showExhibitions = showExhibitions;
global.createExhibition = createExhibition;
global.buildExhibitionDoc = buildExhibitionDoc;
global.uploadExhibitionPhoto = uploadExhibitionPhoto;
global.listExhibitions = listExhibitions;
global.showScans = showScans;
global.uploadArchiveFile = uploadArchiveFile;
global.listScans = listScans;
global.buildScansListDoc = buildScansListDoc;
