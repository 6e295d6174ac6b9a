/**
 * Contract: developer metadata, protections, data validation rules.
 */
import { openWorkbook } from './helpers/spreadsheetFixture';

// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
// https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location
describe('developer metadata', () => {
  test('spreadsheet, sheet, row and column locations; key, value, visibility, id', () => {
    const { app, ss, sheet } = openWorkbook();
    ss.addDeveloperMetadata('kitaphana.schema', '3');
    sheet.addDeveloperMetadata('journal', 'inventory', app.DeveloperMetadataVisibility.PROJECT);
    sheet.getRange('C:C').addDeveloperMetadata('column', 'inventoryNo');
    sheet.getRange('5:5').addDeveloperMetadata('row');

    const top = ss.getDeveloperMetadata();
    expect(top.map((m) => [m.getKey(), m.getValue()])).toEqual([['kitaphana.schema', '3']]);
    expect(top[0].getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.SPREADSHEET);
    expect(top[0].getLocation().getSpreadsheet()!.getId()).toBe(ss.getId());

    const own = sheet.getDeveloperMetadata(); // the sheet's own, not its rows'/columns'
    expect(own.map((m) => m.getKey())).toEqual(['journal']);
    expect(own[0].getVisibility()).toBe(app.DeveloperMetadataVisibility.PROJECT);
    expect(own[0].getLocation().getSheet()!.getName()).toBe('Sheet1');

    const col = sheet.getRange('C:C').getDeveloperMetadata();
    expect(col.map((m) => m.getValue())).toEqual(['inventoryNo']);
    const loc = col[0].getLocation();
    expect(loc.getLocationType()).toBe(app.DeveloperMetadataLocationType.COLUMN);
    expect(loc.getColumn()!.getColumn()).toBe(3);
    expect(loc.getRow()).toBeNull();

    const row = sheet.getRange('5:5').getDeveloperMetadata()[0];
    expect(row.getValue()).toBeNull(); // "or null if this metadata has no value"
    expect(row.getVisibility()).toBe(app.DeveloperMetadataVisibility.DOCUMENT);
    expect(row.getLocation().getRow()!.getRow()).toBe(5);
    expect(typeof row.getId()).toBe('number');
  });

  test('a whole column given by coordinates counts as a column (getRange(1, 3, maxRows, 1))', () => {
    const { app, sheet } = openWorkbook();
    sheet.getRange(1, 3, sheet.getMaxRows(), 1).addDeveloperMetadata('k');
    expect(sheet.createDeveloperMetadataFinder().withKey('k').find()[0].getLocation().getLocationType()).toBe(app.DeveloperMetadataLocationType.COLUMN);
  });

  test('arbitrary ranges are refused with the Apps Script message', () => {
    const { sheet } = openWorkbook();
    expect(() => sheet.getRange('A1:B2').addDeveloperMetadata('k')).toThrow(
      'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
    );
  });

  // Sheets API developerMetadata: "if developer metadata is associated with row 5 and another row is then
  // subsequently inserted above row 5, that original metadata will still be associated with the row it was
  // first associated with (what is now row 6). If the associated object is deleted its metadata is deleted too."
  // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
  test('column metadata follows inserts and moves, and is deleted with its column', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('C:C').addDeveloperMetadata('col', 'title');
    const find = () => sheet.createDeveloperMetadataFinder().withKey('col').find();
    sheet.insertColumnsBefore(1, 2);
    expect(find()[0].getLocation().getColumn()!.getColumn()).toBe(5);
    sheet.moveColumns(sheet.getRange('E1'), 1);
    expect(find()[0].getLocation().getColumn()!.getColumn()).toBe(1);
    sheet.insertColumnAfter(1); // after it: it stays
    expect(find()[0].getLocation().getColumn()!.getColumn()).toBe(1);
    sheet.deleteColumn(1);
    expect(find()).toEqual([]);
  });
  test('row metadata follows inserted rows and is deleted with its row', () => {
    const { sheet } = openWorkbook();
    sheet.getRange('5:5').addDeveloperMetadata('row', 'r5');
    sheet.insertRowsBefore(2, 3);
    const f = sheet.createDeveloperMetadataFinder().withValue('r5').find();
    expect(f[0].getLocation().getRow()!.getRow()).toBe(8);
    sheet.deleteRows(7, 2);
    expect(sheet.createDeveloperMetadataFinder().withValue('r5').find()).toEqual([]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
  test('finders search by key, value, id, location type and visibility, within their scope', () => {
    const { app, ss, sheet } = openWorkbook();
    const other = ss.insertSheet('Other');
    sheet.addDeveloperMetadata('journal', 'inventory');
    other.addDeveloperMetadata('journal', 'readers');
    sheet.getRange('B:B').addDeveloperMetadata('column', 'a', app.DeveloperMetadataVisibility.PROJECT);
    sheet.getRange('D:D').addDeveloperMetadata('column', 'b');
    sheet.getRange('3:3').addDeveloperMetadata('row', 'r3');

    expect(ss.createDeveloperMetadataFinder().withKey('journal').find().map((m) => m.getValue())).toEqual(['inventory', 'readers']);
    expect(other.createDeveloperMetadataFinder().withKey('journal').find().map((m) => m.getValue())).toEqual(['readers']);
    expect(sheet.createDeveloperMetadataFinder().withLocationType(app.DeveloperMetadataLocationType.COLUMN).find().map((m) => m.getValue())).toEqual(['a', 'b']);
    expect(sheet.createDeveloperMetadataFinder().withVisibility(app.DeveloperMetadataVisibility.PROJECT).find().map((m) => m.getValue())).toEqual(['a']);
    const id = sheet.getRange('D:D').getDeveloperMetadata()[0].getId();
    expect(ss.createDeveloperMetadataFinder().withId(id).find().map((m) => m.getValue())).toEqual(['b']);

    // Range scope: "Metadata is within the scope of a range only if it's wholly contained within that range.
    // For example, metadata associated with the row '3:3' isn't in the scope of a range 'A1:D5' but is within
    // the scope of a range '1:5'." (Range.createDeveloperMetadataFinder)
    expect(sheet.getRange('A1:D5').createDeveloperMetadataFinder().withKey('row').find()).toEqual([]);
    expect(sheet.getRange('1:5').createDeveloperMetadataFinder().withKey('row').find().length).toBe(1);
    expect(sheet.getRange('A1:D5').createDeveloperMetadataFinder().onIntersectingLocations().withKey('row').find().length).toBe(1);
    expect(sheet.getRange('A1:C1').createDeveloperMetadataFinder().onIntersectingLocations().withKey('column').find().map((m) => m.getValue())).toEqual(['a']);
  });

  test('setKey, setValue, remove; enums are compared by identity, not by string', () => {
    const { app, ss } = openWorkbook();
    ss.addDeveloperMetadata('a', '1');
    const m = ss.getDeveloperMetadata()[0];
    m.setKey('b').setValue('2');
    expect([ss.getDeveloperMetadata()[0].getKey(), ss.getDeveloperMetadata()[0].getValue()]).toEqual(['b', '2']);
    const t = m.getLocation().getLocationType();
    expect(t === app.DeveloperMetadataLocationType.SPREADSHEET).toBe(true);
    expect((t as unknown) === 'SPREADSHEET').toBe(false);
    expect(String(t)).toBe('SPREADSHEET');
    m.remove();
    expect(ss.getDeveloperMetadata()).toEqual([]);
  });

  test('a key is required', () => {
    const { ss } = openWorkbook();
    expect(() => ss.addDeveloperMetadata('')).toThrow();
    expect(() => ss.addDeveloperMetadata(undefined as unknown as string)).toThrow(/don't match the method signature/);
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/protection
describe('protection', () => {
  test('sheet protection: recorded, existing one returned again; the current user stays an editor', () => {
    const { app, sheet } = openWorkbook({}, { userEmail: 'librarian@school.kz' });
    const p = sheet.protect().setDescription('Инвентарлық кітап').setWarningOnly(true);
    expect(p.getProtectionType()).toBe(app.ProtectionType.SHEET);
    // "If the sheet is already protected, this method returns an object representing the existing protection settings."
    expect(sheet.protect().getDescription()).toBe('Инвентарлық кітап');
    expect(sheet.getProtections(app.ProtectionType.SHEET).length).toBe(1);
    expect(p.isWarningOnly()).toBe(true);
    expect(p.getRange().getA1Notation()).toBe('A1:Z1000');
    p.addEditor('helper@school.kz');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['librarian@school.kz', 'helper@school.kz']);
    p.removeEditors(['helper@school.kz', 'librarian@school.kz']);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['librarian@school.kz']);
    expect(p.canEdit()).toBe(true);
    p.setUnprotectedRanges([sheet.getRange('B2:C3')]);
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['B2:C3']);
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });
  test('range protections overlap freely and follow row inserts', () => {
    const { app, ss, sheet } = openWorkbook();
    sheet.getRange('A1:B2').protect().setDescription('one');
    sheet.getRange('A1:B2').protect().setDescription('two');
    expect(ss.getProtections(app.ProtectionType.RANGE).map((p) => p.getDescription())).toEqual(['one', 'two']);
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('A2:B3');
    // Protection is not enforced on the script itself (it runs as an editor).
    sheet.getRange('A2').setValue('ok');
    expect(sheet.getRange('A2').getValue()).toBe('ok');
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation
describe('data validation', () => {
  test('builders record criteria, values, allowInvalid (default true) and help text', () => {
    const { app, sheet } = openWorkbook();
    const list = app.newDataValidation().requireValueInList(['оқушы', 'мұғалім']).setAllowInvalid(false).setHelpText('Таңдаңыз').build();
    expect(list.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(list.getCriteriaValues()).toEqual([['оқушы', 'мұғалім'], true]);
    expect(list.getAllowInvalid()).toBe(false);
    expect(list.getHelpText()).toBe('Таңдаңыз');
    const ge = app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    // "The default for a new data validation rule is true." (DataValidationBuilder.setAllowInvalid)
    expect(ge.getAllowInvalid()).toBe(true);
    // "Gets the rule's help text, or null if no help text is set." (DataValidation.getHelpText)
    expect(ge.getHelpText()).toBeNull();
    expect([ge.getCriteriaType(), ge.getCriteriaValues()]).toEqual([app.DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [0]]);
    expect(app.newDataValidation().requireNumberBetween(1, 5).build().getCriteriaValues()).toEqual([1, 5]);
    expect(app.newDataValidation().requireDate().build().getCriteriaType()).toBe(app.DataValidationCriteria.DATE_IS_VALID_DATE);
    expect(app.newDataValidation().requireTextIsEmail().build().getCriteriaType()).toBe(app.DataValidationCriteria.TEXT_IS_VALID_EMAIL);
    expect(app.newDataValidation().requireCheckbox().build().getCriteriaType()).toBe(app.DataValidationCriteria.CHECKBOX);

    sheet.getRange('B2:B4').setDataValidation(list);
    const got = sheet.getRange('B3').getDataValidation()!;
    expect(got.getCriteriaValues()).toEqual([['оқушы', 'мұғалім'], true]);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
    expect(sheet.getRange('B1:B2').getDataValidations().map((r) => r[0] === null)).toEqual([true, false]);
    const copy = got.copy().setHelpText('басқа').build();
    expect([copy.getHelpText(), got.getHelpText()]).toEqual(['басқа', 'Таңдаңыз']);
    sheet.getRange('B2:B4').clearDataValidations();
    expect(sheet.getRange('B3').getDataValidation()).toBeNull();
  });
  test("a script's own writes are not rejected by validation (common understanding; not verified)", () => {
    const { app, sheet } = openWorkbook();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build());
    sheet.getRange('A1').setValue(-5);
    expect(sheet.getRange('A1').getValue()).toBe(-5);
  });
  test('insertCheckboxes sets the checkbox rule and false in every cell', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes
    const { app, sheet } = openWorkbook();
    sheet.getRange('C1:C2').insertCheckboxes();
    expect(sheet.getRange('C1:C2').getValues()).toEqual([[false], [false]]);
    expect(sheet.getRange('C2').getDataValidation()!.getCriteriaType()).toBe(app.DataValidationCriteria.CHECKBOX);
  });
});
