import { createHtmlModule, SandboxMode, XFrameOptionsMode } from '../../emulator/services/html';
import { createFakeHost } from './helpers/fakeHost';

function setup() {
  const host = createFakeHost({ files: { IssueSidebar: '<h1>Беру</h1>' } });
  return { host, HtmlService: createHtmlModule(host).HtmlService };
}

// https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
describe('HtmlService.createHtmlOutputFromFile', () => {
  it('reads the project file named without ".html"', () => {
    const { HtmlService } = setup();
    expect(HtmlService.createHtmlOutputFromFile('IssueSidebar').getContent()).toBe('<h1>Беру</h1>');
  });

  // Not verified: whether a trailing ".html" is accepted; the common understanding is that it is.
  it('tolerates a trailing ".html"', () => {
    const { HtmlService } = setup();
    expect(HtmlService.createHtmlOutputFromFile('IssueSidebar.html').getContent()).toBe('<h1>Беру</h1>');
  });

  // The message scripts report for a missing file (community-observed, not in the reference).
  it('throws "No HTML file named X was found." for a missing file', () => {
    const { HtmlService } = setup();
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
  });
});

// https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutput(String)
describe('HtmlService.createHtmlOutput and templates', () => {
  it('creates empty or given output', () => {
    const { HtmlService } = setup();
    expect(HtmlService.createHtmlOutput().getContent()).toBe('');
    expect(HtmlService.createHtmlOutput('<b>Hello, world!</b>').getContent()).toBe('<b>Hello, world!</b>');
  });

  it('throws for templates: the emulator does not evaluate scriptlets', () => {
    const { HtmlService } = setup();
    expect(() => HtmlService.createTemplateFromFile('IssueSidebar')).toThrow('HtmlService.createTemplateFromFile is not supported by the emulator.');
    expect(() => HtmlService.createTemplate('<?= 1 ?>')).toThrow(/not supported by the emulator/);
  });

  it('exposes SandboxMode and XFrameOptionsMode', () => {
    const { HtmlService } = setup();
    expect(HtmlService.SandboxMode).toBe(SandboxMode);
    expect(Object.keys(HtmlService.SandboxMode)).toEqual(['EMULATED', 'IFRAME', 'NATIVE']);
    expect(Object.keys(HtmlService.XFrameOptionsMode)).toEqual(['ALLOWALL', 'DEFAULT']);
  });
});

// https://developers.google.com/apps-script/reference/html/html-output
describe('HtmlOutput', () => {
  it('sets and gets title, width and height, chaining through the counted object', () => {
    const { host, HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('x').setTitle('Кітапхана').setWidth(400).setHeight(300);
    expect([out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(['Кітапхана', 400, 300]);
    expect(host.meter.snapshot().calls).toMatchObject({ 'HtmlOutput.setTitle': 1, 'HtmlOutput.setWidth': 1, 'HtmlOutput.getTitle': 1 });
  });

  it('appends trusted content as is and untrusted content escaped (appendUntrusted: "contextual escaping")', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('<p>').append('<b>ok</b>').appendUntrusted('<script>alert("x")</script> & \'');
    expect(out.getContent()).toBe('<p><b>ok</b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;');
  });

  it('setContent replaces and clear empties', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('a').setContent('b');
    expect(out.getContent()).toBe('b');
    expect(out.clear().getContent()).toBe('');
  });

  // setSandboxMode: "This method now has no effect — previously it set the sandbox mode used for
  // client-side scripts." Every value of the enum is accepted; anything else is refused.
  it('accepts any SandboxMode and refuses other values', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('a');
    expect(out.setSandboxMode(SandboxMode.NATIVE).setSandboxMode(HtmlService.SandboxMode.IFRAME)).toBeDefined();
    expect(() => out.setSandboxMode('OPEN' as unknown as GoogleAppsScript.HTML.SandboxMode)).toThrow('Invalid argument: mode');
    expect(out.setXFrameOptionsMode(XFrameOptionsMode.ALLOWALL)).toBeDefined();
  });

  // addMetaTag: "Only the following meta tags are allowed: apple-mobile-web-app-capable,
  // google-site-verification, mobile-web-app-capable, viewport". Error text not verified.
  it('allows only the documented meta tags', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('a').addMetaTag('viewport', 'width=device-width');
    expect(out.getMetaTags().map((m) => [m.getName(), m.getContent()])).toEqual([['viewport', 'width=device-width']]);
    expect(() => out.addMetaTag('description', 'x')).toThrow('Invalid argument: name');
  });

  it('keeps a favicon URL and gives its content as a text/html blob', () => {
    const { HtmlService } = setup();
    const out = HtmlService.createHtmlOutput('<i>б</i>').setFaviconUrl('https://example.org/f.png');
    expect(out.getFaviconUrl()).toBe('https://example.org/f.png');
    const blob = out.getBlob();
    expect([blob.getContentType(), blob.getDataAsString()]).toEqual(['text/html', '<i>б</i>']);
  });
});
