/**
 * Ui (SpreadsheetApp.getUi()), Menu, and the Button/ButtonSet enums.
 * https://developers.google.com/apps-script/reference/base/ui
 * https://developers.google.com/apps-script/reference/base/menu
 * https://developers.google.com/workspace/add-ons/concepts/menus
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
 *
 * Every UI action becomes a `host.effect(...)`: the preview page and the CLI replay them. Dialogs cannot
 * be answered offline: alert() answers with a preset answer (queueUiAnswers / module._answers) or, when
 * none is queued, with the affirmative button of its set (OK for OK and OK_CANCEL, YES for YES_NO and
 * YES_NO_CANCEL).
 *
 * Authorization: add-ons "must create an initial menu before the add-on is authorized", so menus work in
 * every mode; sidebars, dialogs and alerts need AuthMode.FULL (the lifecycle page's mode table allows only
 * "add menu items" to NONE and LIMITED).
 */
import type { Host, MenuItemSpec, MenuSpec } from '../core/host';
import { counted } from '../core/meter';
import type { ServiceModule } from '../core/service';
import { htmlSnapshot } from './html';
import { CountedObject, enumName, gasError, makeEnum, stringArg, unsupported } from './small-support';

const BUTTONS = ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const;
const BUTTON_SETS = ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const;
export type ButtonName = (typeof BUTTONS)[number];
export type ButtonSetName = (typeof BUTTON_SETS)[number];

export const Button = makeEnum<typeof GoogleAppsScript.Base.Button>(BUTTONS);
export const ButtonSet = makeEnum<typeof GoogleAppsScript.Base.ButtonSet>(BUTTON_SETS);

const SET_BUTTONS: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** Preset answers for the next dialogs of this host's executions, in order. */
const answerQueues = new WeakMap<Host, ButtonName[]>();

/** Test helper: the next alert() calls answer with these buttons (CLOSE = the dialog's close box). */
export function queueUiAnswers(host: Host, ...answers: (ButtonName | GoogleAppsScript.Base.Button)[]): void {
  const q = answerQueues.get(host) ?? [];
  for (const a of answers) q.push(enumName(a, BUTTONS, 'answer') as ButtonName);
  answerQueues.set(host, q);
}

class MenuImpl extends CountedObject implements GoogleAppsScript.Base.Menu {
  private readonly items: (MenuItemSpec | { kind: 'submenu'; menu: MenuImpl })[] = [];
  constructor(
    private readonly host: Host,
    private readonly addon: boolean,
    private readonly caption: string,
  ) {
    super();
  }
  _init(): GoogleAppsScript.Base.Menu {
    return this._wrap('Menu', this.host.meter);
  }
  _spec(): MenuSpec {
    return {
      addon: this.addon,
      caption: this.caption,
      items: this.items.map((i) => (i.kind === 'submenu' ? { kind: 'submenu', menu: (i.menu as MenuImpl)._spec() } : { ...i })),
    };
  }
  addItem(caption: string, functionName: string): GoogleAppsScript.Base.Menu {
    if (typeof caption !== 'string') throw gasError('Invalid argument: caption');
    // The menu calls the function by name: a function reference is a common mistake, refused here.
    if (typeof functionName !== 'string' || functionName === '') throw gasError('Invalid argument: functionName');
    this.items.push({ kind: 'item', caption, functionName });
    return this._self;
  }
  addSeparator(): GoogleAppsScript.Base.Menu {
    this.items.push({ kind: 'separator' });
    return this._self;
  }
  addSubMenu(menu: GoogleAppsScript.Base.Menu): GoogleAppsScript.Base.Menu {
    const sub = menu as unknown as MenuImpl;
    if (!sub || typeof sub._spec !== 'function' || sub.addon) throw gasError('Invalid argument: menu');
    this.items.push({ kind: 'submenu', menu: sub });
    return this._self;
  }
  /** Not verified: what the editor does with an empty menu. The emulator records it as it is. */
  addToUi(): void {
    this.host.effect({ kind: 'menu', menu: this._spec() });
  }
}

class UiImpl implements GoogleAppsScript.Base.Ui {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly host: Host) {}

  alert(a: string, b?: string | GoogleAppsScript.Base.ButtonSet, c?: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button {
    this.host.requireAuth('Ui.alert', 'FULL');
    let title = '';
    let prompt: string;
    let buttons: unknown = ButtonSet.OK;
    if (arguments.length >= 3) {
      title = stringArg(a, 'title');
      prompt = stringArg(b, 'prompt');
      buttons = c;
    } else if (arguments.length === 2) {
      prompt = stringArg(a, 'prompt');
      buttons = b;
    } else {
      prompt = stringArg(a, 'prompt');
    }
    const set = enumName(buttons, BUTTON_SETS, 'buttons') as ButtonSetName;
    this.host.effect({ kind: 'alert', title, prompt, buttons: set });
    const q = answerQueues.get(this.host);
    const preset = q?.shift();
    if (preset !== undefined) {
      if (preset !== 'CLOSE' && !SET_BUTTONS[set].includes(preset)) {
        throw new Error(`Emulator: the preset answer ${preset} is not a button of ButtonSet.${set}`);
      }
      return preset as unknown as GoogleAppsScript.Base.Button;
    }
    return SET_BUTTONS[set][0] as unknown as GoogleAppsScript.Base.Button;
  }
  createAddonMenu(): GoogleAppsScript.Base.Menu {
    // The add-on menu is named by the add-on (under Extensions): the emulator leaves the caption empty.
    return new MenuImpl(this.host, true, '')._init();
  }
  createMenu(caption: string): GoogleAppsScript.Base.Menu {
    if (typeof caption !== 'string') throw gasError('Invalid argument: caption');
    return new MenuImpl(this.host, false, caption)._init();
  }
  prompt(): GoogleAppsScript.Base.PromptResponse {
    return unsupported('Ui.prompt');
  }
  /** Deprecated in Apps Script. */
  showDialog(): void {
    unsupported('Ui.showDialog');
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialog('Ui.showModalDialog', userInterface, title, true);
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.dialog('Ui.showModelessDialog', userInterface, title, false);
  }
  /** The sidebar's title is the HtmlOutput's title; Sheets shows it at a fixed width (setWidth is for dialogs). */
  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.host.requireAuth('Ui.showSidebar', 'FULL');
    const snap = htmlSnapshot(userInterface);
    this.host.effect({ kind: 'sidebar', title: snap.title, html: snap.content, ...(snap.file ? { file: snap.file } : {}) });
  }
  private dialog(what: string, userInterface: unknown, title: unknown, modal: boolean): void {
    this.host.requireAuth(what, 'FULL');
    const snap = htmlSnapshot(userInterface);
    this.host.effect({ kind: 'dialog', title: stringArg(title, 'title'), html: snap.content, modal });
  }
}

/** The Ui of the open editor, as SpreadsheetApp.getUi() returns it (counted as "Ui.*"). */
export function createUi(host: Host): GoogleAppsScript.Base.Ui {
  return counted(new UiImpl(host), 'Ui', host.meter);
}

export interface UiModule extends ServiceModule {
  /** Test helper: preset answers for the next alerts. */
  _answers(...answers: (ButtonName | GoogleAppsScript.Base.Button)[]): void;
  readonly getUi: () => GoogleAppsScript.Base.Ui;
}

/** The Ui has no global of its own (scripts reach it through SpreadsheetApp.getUi()). */
export function createUiModule(host: Host): UiModule {
  return {
    name: 'ui',
    globals: {},
    load() {},
    save() {},
    _answers: (...answers) => queueUiAnswers(host, ...answers),
    getUi: () => createUi(host),
  };
}

