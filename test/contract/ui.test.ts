import { createHtmlModule } from '../../emulator/services/html';
import { Button, ButtonSet, createUi, createUiModule, queueUiAnswers } from '../../emulator/services/ui';
import { createFakeHost } from './helpers/fakeHost';

function setup(mode: 'NONE' | 'LIMITED' | 'FULL' = 'FULL') {
  const host = createFakeHost({ authMode: mode, files: { Sidebar: '<p>Сәлем</p>' } });
  const ui = createUi(host);
  const { HtmlService } = createHtmlModule(host);
  return { host, ui, HtmlService };
}

// https://developers.google.com/apps-script/reference/base/menu
// https://developers.google.com/workspace/add-ons/concepts/menus ("Ui.createAddonMenu() … Menu.addItem()")
describe('Menu', () => {
  it('builds an add-on menu with items, separators and submenus and adds it to the UI as one effect', () => {
    const { host, ui } = setup();
    ui.createAddonMenu()
      .addItem('Кітап беру', 'showIssue')
      .addSeparator()
      .addSubMenu(ui.createMenu('Есептер').addItem('Ай сайынғы', 'monthlyReport'))
      .addToUi();
    expect(host.effects).toEqual([
      {
        kind: 'menu',
        menu: {
          addon: true,
          caption: '',
          items: [
            { kind: 'item', caption: 'Кітап беру', functionName: 'showIssue' },
            { kind: 'separator' },
            { kind: 'submenu', menu: { addon: false, caption: 'Есептер', items: [{ kind: 'item', caption: 'Ай сайынғы', functionName: 'monthlyReport' }] } },
          ],
        },
      },
    ]);
  });

  it('counts every call as "Ui.*" / "Menu.*", chained calls included', () => {
    const { host, ui } = setup();
    ui.createMenu('M').addItem('a', 'f').addItem('b', 'g').addToUi();
    expect(host.meter.snapshot().calls).toEqual({ 'Ui.createMenu': 1, 'Menu.addItem': 2, 'Menu.addToUi': 1 });
  });

  // addItem(caption, functionName): "functionName — the name of the function to invoke when the user
  // selects the item". Not verified: the exact error for a non-string; the emulator refuses it.
  it('refuses a function reference instead of a function name', () => {
    const { ui } = setup();
    const menu = ui.createAddonMenu();
    expect(() => menu.addItem('x', (() => 1) as unknown as string)).toThrow('Invalid argument: functionName');
  });

  // The add-on menus guide: "add-ons must create an initial menu before the add-on is authorized", and
  // a normal menu item "works in all authorization modes".
  it('works in AuthMode.NONE', () => {
    const { host, ui } = setup('NONE');
    ui.createAddonMenu().addItem('Бастау', 'start').addToUi();
    expect(host.effects).toHaveLength(1);
  });

  // Not verified: what the editor does with an empty menu; the emulator records it unchanged.
  it('records an empty menu as it is', () => {
    const { host, ui } = setup();
    ui.createAddonMenu().addToUi();
    expect(host.effects).toEqual([{ kind: 'menu', menu: { addon: true, caption: '', items: [] } }]);
  });
});

// https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
describe('Ui.showSidebar / dialogs', () => {
  it('shows a sidebar with the HtmlOutput title and content, remembering the project file', () => {
    const { host, ui, HtmlService } = setup();
    ui.showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Кітапхана'));
    expect(host.effects).toEqual([{ kind: 'sidebar', title: 'Кітапхана', html: '<p>Сәлем</p>', file: 'Sidebar' }]);
  });

  it('reads the HtmlOutput without counting HtmlOutput.getTitle/getContent calls', () => {
    const { host, ui, HtmlService } = setup();
    ui.showSidebar(HtmlService.createHtmlOutput('<b>x</b>'));
    expect(host.meter.snapshot().calls).toEqual({ 'HtmlService.createHtmlOutput': 1, 'Ui.showSidebar': 1 });
  });

  it('shows modal and modeless dialogs with their titles', () => {
    const { host, ui, HtmlService } = setup();
    ui.showModalDialog(HtmlService.createHtmlOutput('<p>a</p>'), 'Акт');
    ui.showModelessDialog(HtmlService.createHtmlOutput('<p>b</p>'), 'Анықтама');
    expect(host.effects).toEqual([
      { kind: 'dialog', title: 'Акт', html: '<p>a</p>', modal: true },
      { kind: 'dialog', title: 'Анықтама', html: '<p>b</p>', modal: false },
    ]);
  });

  it('refuses something that is not an HtmlOutput', () => {
    const { ui } = setup();
    expect(() => ui.showSidebar('<p>x</p>' as unknown as GoogleAppsScript.HTML.HtmlOutput)).toThrow('Invalid argument: userInterface');
  });

  // https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle: in NONE and LIMITED
  // an add-on may only add menu items; sidebars and dialogs need FULL. (The mode table could not be
  // re-read in this session; the menus guide confirms NONE allows menus only.)
  it.each(['NONE', 'LIMITED'] as const)('refuses a sidebar in AuthMode.%s', (mode) => {
    const { host, ui, HtmlService } = setup(mode);
    const out = HtmlService.createHtmlOutput('<p>x</p>');
    expect(() => ui.showSidebar(out)).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions are not available in this authorization mode.',
    );
    expect(() => ui.alert('x')).toThrow(/permission to call Ui.alert/);
    expect(host.effects).toEqual([]);
  });
});

// https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
describe('Ui.alert', () => {
  it('records alert(prompt) with an OK button and answers OK', () => {
    const { host, ui } = setup();
    expect(ui.alert('Сақталды')).toBe(Button.OK);
    expect(host.effects).toEqual([{ kind: 'alert', title: '', prompt: 'Сақталды', buttons: 'OK' }]);
  });

  it('distinguishes alert(prompt, buttons) from alert(title, prompt, buttons)', () => {
    const { host, ui } = setup();
    ui.alert('Жою керек пе?', ui.ButtonSet.YES_NO);
    ui.alert('Есептен шығару', 'Жою керек пе?', ButtonSet.OK_CANCEL);
    expect(host.effects).toEqual([
      { kind: 'alert', title: '', prompt: 'Жою керек пе?', buttons: 'YES_NO' },
      { kind: 'alert', title: 'Есептен шығару', prompt: 'Жою керек пе?', buttons: 'OK_CANCEL' },
    ]);
  });

  // Emulator rule (documented in ui.ts): without a preset answer the affirmative button of the set.
  it('answers the affirmative button of the set by default, or the preset answers in order', () => {
    const { host, ui } = setup();
    expect(ui.alert('?', ButtonSet.YES_NO_CANCEL)).toBe(Button.YES);
    queueUiAnswers(host, 'NO', Button.CLOSE);
    expect(ui.alert('?', ButtonSet.YES_NO)).toBe(Button.NO);
    expect(ui.alert('?', ButtonSet.YES_NO)).toBe(Button.CLOSE);
    createUiModule(host)._answers('CANCEL');
    expect(ui.alert('?', ButtonSet.OK_CANCEL)).toBe('CANCEL');
  });

  it('refuses a preset answer that is not a button of the set', () => {
    const { host, ui } = setup();
    queueUiAnswers(host, 'YES');
    expect(() => ui.alert('?', ButtonSet.OK)).toThrow(/not a button of ButtonSet.OK/);
  });

  it('refuses an unknown button set', () => {
    const { ui } = setup();
    expect(() => ui.alert('?', 'MAYBE' as unknown as GoogleAppsScript.Base.ButtonSet)).toThrow('Invalid argument: buttons');
  });

  it('exposes Button and ButtonSet on the Ui object, printing as their names', () => {
    const { ui } = setup();
    expect(String(ui.Button.CANCEL)).toBe('CANCEL');
    expect(Object.keys(ui.ButtonSet)).toEqual(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
  });
});
