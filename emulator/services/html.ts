/**
 * HtmlService and HtmlOutput. https://developers.google.com/apps-script/reference/html/html-service
 * https://developers.google.com/apps-script/reference/html/html-output
 * Templates (createTemplate*) are not used by the add-on (sidebars are bundled, self-contained HTML
 * files): they throw, so an accidental use is loud.
 */
import type { Host } from '../core/host';
import { counted, type Meter } from '../core/meter';
import type { ServiceModule } from '../core/service';
import { blobInternals, createBlob } from './blob';
import { CountedObject, enumName, gasError, makeEnum, stringArg, unsupported } from './small-support';

const SANDBOX_MODES = ['EMULATED', 'IFRAME', 'NATIVE'] as const;
const XFRAME_MODES = ['ALLOWALL', 'DEFAULT'] as const;
export const SandboxMode = makeEnum<typeof GoogleAppsScript.HTML.SandboxMode>(SANDBOX_MODES);
export const XFrameOptionsMode = makeEnum<typeof GoogleAppsScript.HTML.XFrameOptionsMode>(XFRAME_MODES);

/** HtmlOutput.addMetaTag: "Only the following meta tags are allowed". */
export const ALLOWED_META_TAGS = ['apple-mobile-web-app-capable', 'google-site-verification', 'mobile-web-app-capable', 'viewport'];

/** Google Sheets shows a sidebar at a fixed width (300 px, common understanding); setWidth affects dialogs only. */
export const SIDEBAR_WIDTH_PX = 300;

/** What the Ui fake reads from an HtmlOutput, without counting calls. */
export interface HtmlSnapshot {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
  file?: string;
  sandboxMode: 'IFRAME';
  xFrameOptionsMode: string;
  metaTags: { name: string; content: string }[];
  faviconUrl: string | null;
}

/** HTML-escapes text (appendUntrusted's "contextual escaping", for text between tags). */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function positiveInt(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw gasError(`Invalid argument: ${what}`);
  return Math.trunc(v);
}

export class HtmlOutputImpl extends CountedObject implements GoogleAppsScript.HTML.HtmlOutput {
  private content: string;
  private title = '';
  private width: number | null = null;
  private height: number | null = null;
  private xFrame = 'DEFAULT';
  private metaTags: { name: string; content: string }[] = [];
  private favicon: string | null = null;

  constructor(
    private readonly meter: Meter,
    content: string,
    private readonly file?: string,
  ) {
    super();
    this.content = content;
  }

  _init(): GoogleAppsScript.HTML.HtmlOutput {
    return this._wrap('HtmlOutput', this.meter);
  }

  _snapshot(): HtmlSnapshot {
    return {
      title: this.title,
      content: this.content,
      width: this.width,
      height: this.height,
      file: this.file,
      sandboxMode: 'IFRAME',
      xFrameOptionsMode: this.xFrame,
      metaTags: this.metaTags.map((m) => ({ ...m })),
      faviconUrl: this.favicon,
    };
  }

  addMetaTag(name: string, content: string): GoogleAppsScript.HTML.HtmlOutput {
    const n = stringArg(name, 'name');
    if (!ALLOWED_META_TAGS.includes(n)) throw gasError(`Invalid argument: name`);
    this.metaTags.push({ name: n, content: stringArg(content, 'content') });
    return this._self;
  }
  append(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += stringArg(addedContent, 'addedContent');
    return this._self;
  }
  appendUntrusted(addedContent: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content += escapeHtml(stringArg(addedContent, 'addedContent'));
    return this._self;
  }
  asTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    return unsupported('HtmlOutput.asTemplate');
  }
  clear(): GoogleAppsScript.HTML.HtmlOutput {
    this.content = '';
    return this._self;
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    return this.getBlob().getAs(contentType);
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return createBlob(this.meter, this.content, 'text/html', this.title || null);
  }
  getContent(): string {
    return this.content;
  }
  getFaviconUrl(): string {
    return this.favicon as string;
  }
  getHeight(): number {
    return this.height as number;
  }
  getMetaTags(): GoogleAppsScript.HTML.HtmlOutputMetaTag[] {
    return this.metaTags.map((m) => counted({ getName: () => m.name, getContent: () => m.content }, 'HtmlOutputMetaTag', this.meter));
  }
  getTitle(): string {
    return this.title;
  }
  getWidth(): number {
    return this.width as number;
  }
  setContent(content: string): GoogleAppsScript.HTML.HtmlOutput {
    this.content = stringArg(content, 'content');
    return this._self;
  }
  setFaviconUrl(iconUrl: string): GoogleAppsScript.HTML.HtmlOutput {
    this.favicon = stringArg(iconUrl, 'iconUrl');
    return this._self;
  }
  setHeight(height: number): GoogleAppsScript.HTML.HtmlOutput {
    this.height = positiveInt(height, 'height');
    return this._self;
  }
  /** "This method now has no effect — previously it set the sandbox mode used for client-side scripts." */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GoogleAppsScript.HTML.HtmlOutput {
    enumName(mode, SANDBOX_MODES, 'mode');
    return this._self;
  }
  setTitle(title: string): GoogleAppsScript.HTML.HtmlOutput {
    this.title = stringArg(title, 'title');
    return this._self;
  }
  setWidth(width: number): GoogleAppsScript.HTML.HtmlOutput {
    this.width = positiveInt(width, 'width');
    return this._self;
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GoogleAppsScript.HTML.HtmlOutput {
    this.xFrame = enumName(mode, XFRAME_MODES, 'mode');
    return this._self;
  }
}

/** The Ui fake's view of an HtmlOutput the script passes to showSidebar/showModalDialog. */
export function htmlSnapshot(output: unknown, what = 'userInterface'): HtmlSnapshot {
  const o = output as Partial<HtmlOutputImpl> | null;
  if (!o || typeof o._snapshot !== 'function') throw gasError(`Invalid argument: ${what}`);
  return o._snapshot();
}

class HtmlServiceImpl implements GoogleAppsScript.HTML.HtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  constructor(private readonly host: Host) {}

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GoogleAppsScript.HTML.HtmlOutput {
    let content = '';
    if (typeof html === 'string') content = html;
    else if (html !== undefined && html !== null) {
      const blob = blobInternals(html) ?? blobInternals((html as GoogleAppsScript.Base.BlobSource).getBlob?.());
      if (!blob) throw gasError('Invalid argument: html');
      content = blob.getDataAsString();
    }
    return new HtmlOutputImpl(this.host.meter, content)._init();
  }
  /** Reads dist/NAME.html of the project; the name is given without ".html" (a trailing ".html" is tolerated). */
  createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
    const name = stringArg(filename, 'filename').replace(/\.html$/, '');
    const text = this.host.projectFile(name);
    if (text === undefined) throw gasError(`No HTML file named ${name} was found.`);
    return new HtmlOutputImpl(this.host.meter, text, name)._init();
  }
  createTemplate(): GoogleAppsScript.HTML.HtmlTemplate {
    return unsupported('HtmlService.createTemplate');
  }
  createTemplateFromFile(): GoogleAppsScript.HTML.HtmlTemplate {
    return unsupported('HtmlService.createTemplateFromFile');
  }
  getUserAgent(): string {
    return unsupported('HtmlService.getUserAgent');
  }
}

export interface HtmlModule extends ServiceModule {
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
}

export function createHtmlModule(host: Host): HtmlModule {
  const HtmlService = counted(new HtmlServiceImpl(host), 'HtmlService', host.meter) as GoogleAppsScript.HTML.HtmlService;
  return { name: 'html', globals: { HtmlService }, HtmlService, load() {}, save() {} };
}
