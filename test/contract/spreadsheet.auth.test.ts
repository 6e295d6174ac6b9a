/**
 * Contract: authorization modes and the SpreadsheetApp entry points.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
 * https://developers.google.com/apps-script/reference/script/auth-mode
 */
import { openWorkbook, stubUi } from './helpers/spreadsheetFixture';

describe('AuthMode', () => {
  test('under NONE only the UI is reachable: getUi works, the spreadsheet throws the authorization error', () => {
    const wb = openWorkbook();
    const sheet = wb.sheet;
    wb.host.setAuthMode('NONE');
    expect(wb.app.getUi()).toBe(stubUi);
    expect(() => wb.app.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions are not available in this authorization mode.',
    );
    expect(() => wb.app.getActive()).toThrow(/You do not have permission to call SpreadsheetApp.getActive\b/);
    // Objects kept from an earlier execution are no way around it.
    expect(() => sheet.getRange('A1').getValue()).toThrow(/You do not have permission to call Sheet.getRange/);
  });
  test('under LIMITED the bound spreadsheet is readable and writable', () => {
    const wb = openWorkbook({ authMode: 'LIMITED' });
    wb.app.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('ok');
    wb.host.meter.reset();
    expect(wb.app.getActiveSheet().getRange('A1').getValue()).toBe('ok');
    expect(wb.host.meter.snapshot().calls).toEqual({ 'SpreadsheetApp.getActiveSheet': 1, 'Sheet.getRange': 1, 'Range.getValue': 1 });
  });
  test('openById/openByUrl/create are outside spreadsheets.currentonly: FULL is required, and even then they throw', () => {
    const wb = openWorkbook({ authMode: 'LIMITED' });
    expect(() => wb.app.openById(wb.ss.getId())).toThrow(/You do not have permission to call SpreadsheetApp.openById/);
    wb.host.setAuthMode('FULL');
    expect(() => wb.app.openById(wb.ss.getId())).toThrow(/SpreadsheetApp.openById is not available: the add-on uses spreadsheets.currentonly/);
    expect(() => wb.app.create('x')).toThrow(/spreadsheets.currentonly/);
  });
});

test('getUi without a UI throws the Apps Script message', () => {
  const wb = openWorkbook({}, { uiFactory: undefined });
  expect(() => wb.app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
});

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toastmsg,-title
test('toast is recorded as a UI effect', () => {
  const wb = openWorkbook();
  wb.ss.toast('Кітап берілді', 'Kitaphana');
  wb.ss.toast('Дайын');
  expect(wb.host.effects).toEqual([
    { kind: 'toast', title: 'Kitaphana', message: 'Кітап берілді' },
    { kind: 'toast', title: '', message: 'Дайын' },
  ]);
});

// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush
test('flush and the enums are on SpreadsheetApp', () => {
  const wb = openWorkbook();
  expect(() => wb.app.flush()).not.toThrow();
  expect(String(wb.app.ProtectionType.RANGE)).toBe('RANGE');
  expect(String(wb.app.DeveloperMetadataVisibility.DOCUMENT)).toBe('DOCUMENT');
  expect(String(wb.app.DataValidationCriteria.VALUE_IN_LIST)).toBe('VALUE_IN_LIST');
  expect(wb.host.meter.snapshot().calls['SpreadsheetApp.flush']).toBe(1);
});
