/**
 * Contract tests of the DocumentApp fake (emulator/services/docs/). Each behaviour cites the reference page
 * it follows; where the reference is silent the test says "not verified".
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { createBlob } from '../../emulator/services/blob';
import { DOC_CLOSED, LAST_PARAGRAPH, docMissing } from '../../emulator/services/docs/document-app';
import { createDriveModule } from '../../emulator/services/drive';
import { fakeHost } from './helpers/fakeHost';
import type { FakeHost } from './helpers/fakeHost';

type Docs = GoogleAppsScript.Document.DocumentApp;
type Drive = GoogleAppsScript.Drive.DriveApp;

function setup(h: FakeHost = fakeHost()) {
  const mod = createDriveModule(h, { spreadsheetId: '1SheetXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX' });
  return { h, mod, DocumentApp: mod.globals.DocumentApp as Docs, DriveApp: mod.globals.DriveApp as Drive };
}

/** A real w×h PNG (solid colour), so that images have a natural size. */
function png(w: number, h: number, rgb: [number, number, number] = [20, 90, 160]): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer): number => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) raw.set(rgb, y * (w * 3 + 1) + 1 + x * 3);
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]),
  );
}

describe('DocumentApp.create / openById / openByUrl', () => {
  // https://developers.google.com/apps-script/reference/document/document-app#create(String)
  // A new Doc lives in the root of My Drive and is a Drive file of MimeType.GOOGLE_DOCS. Not verified in the
  // reference: that a new body holds exactly one empty paragraph (what the Docs editor shows).
  test('create makes a Google Doc in the root with one empty paragraph', () => {
    const { DocumentApp, DriveApp, mod } = setup();
    const doc = DocumentApp.create('Plan 2026');
    expect(doc.getName()).toBe('Plan 2026');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getText()).toBe('');
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(file.getParents().next().getName()).toBe('My Drive');
    expect(mod.inspect.findByPath('My Drive/Plan 2026')).toMatchObject({ createdByAddon: true, mimeType: 'application/vnd.google-apps.document' });
  });

  // https://developers.google.com/apps-script/reference/document/document-app#openById(String)
  // https://developers.google.com/apps-script/reference/document/document-app#openByUrl(String)
  // Error text: "Document … is missing (perhaps it was deleted?)" as reported in max-barry/google-drive-cms
  // issue #11 (2017); the current wording is not verified.
  test('openById / openByUrl reach the same content; an unknown id throws', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('D');
    doc.getBody().appendParagraph('hello');
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).toBe('\nhello');
    expect(DocumentApp.openByUrl(doc.getUrl()).getName()).toBe('D');
    expect(() => DocumentApp.openById('1nope')).toThrow(docMissing());
  });

  // https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle (LIMITED reaches only the
  // bound document) and https://developers.google.com/apps-script/reference/document/document-app#create(String)
  // (needs the documents scope).
  test.each(['NONE', 'LIMITED'] as const)('create and openById throw under %s', (mode) => {
    const { DocumentApp, h } = setup();
    h.setAuthMode(mode);
    expect(() => DocumentApp.create('x')).toThrow('You do not have permission to call DocumentApp.create');
    expect(() => DocumentApp.openById('x')).toThrow('You do not have permission to call DocumentApp.openById');
    expect(DocumentApp.ParagraphHeading.HEADING1).toBe('HEADING1'); // enums stay reachable
  });

  // https://developers.google.com/apps-script/reference/document/document#setName(String)
  test('Document.setName renames the Drive file', () => {
    const { DocumentApp, DriveApp } = setup();
    const doc = DocumentApp.create('Old');
    doc.setName('New');
    expect(DriveApp.getFileById(doc.getId()).getName()).toBe('New');
  });
});

describe('Body', () => {
  // https://developers.google.com/apps-script/reference/document/body#appendParagraph(String)
  // https://developers.google.com/apps-script/reference/document/body#insertParagraph(Integer,String)
  // https://developers.google.com/apps-script/reference/document/body#getText()
  test('appendParagraph / insertParagraph / getChild / getParagraphs / getText', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('D').getBody();
    body.appendParagraph('second');
    body.insertParagraph(0, 'first');
    expect(body.getNumChildren()).toBe(3);
    expect(body.getParagraphs().map((p) => p.getText())).toEqual(['first', '', 'second']);
    expect(body.getText()).toBe('first\n\nsecond');
    expect(body.getChild(2).asParagraph().getText()).toBe('second');
    expect(body.getChildIndex(body.getChild(2))).toBe(2);
  });

  // Not verified: the wording of the index error (the emulator uses "Child index (i) must be less than the
  // number of child elements (n).").
  test('getChild out of range throws', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('D').getBody();
    expect(() => body.getChild(5)).toThrow('Child index (5) must be less than the number of child elements (1).');
  });

  // The last paragraph of a section cannot be removed: "Can't remove the last paragraph in a document
  // section." (brucemcpherson/gas-fakes issue #51, observed in live Apps Script; tanaikech, "Deleting Last
  // Empty Page of Google Document", 2020).
  test('removing the last paragraph throws; other elements can be removed', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('D').getBody();
    const p = body.appendParagraph('x');
    expect(() => p.removeFromParent()).toThrow(LAST_PARAGRAPH);
    expect(() => body.removeChild(body.getChild(1))).toThrow(LAST_PARAGRAPH);
    body.getChild(0).removeFromParent();
    expect(body.getText()).toBe('x');
    const t = body.appendTable([['a']]);
    body.appendParagraph('end');
    t.removeFromParent();
    expect(body.getText()).toBe('x\nend');
  });

  // https://developers.google.com/apps-script/reference/document/body#clear()
  // https://developers.google.com/apps-script/reference/document/body#setText(String)
  // Not verified: clear() leaves one empty paragraph (a section always holds one).
  test('clear leaves one empty paragraph; setText replaces the content', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('D').getBody();
    body.appendParagraph('a');
    body.appendTable([['x']]);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    body.setText('only');
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('only');
  });

  // https://developers.google.com/apps-script/reference/document/body#setMarginTop(Number)
  // Not verified: the defaults (72 pt margins, US Letter 612×792 pt).
  test('margins and page size are recorded', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('D').getBody();
    expect(body.getMarginTop()).toBe(72);
    body.setMarginTop(36).setMarginLeft(85).setPageWidth(595.28).setPageHeight(841.89);
    expect(body.getMarginTop()).toBe(36);
    expect(body.getMarginLeft()).toBe(85);
    expect(body.getPageWidth()).toBe(595.28);
  });

  // https://developers.google.com/apps-script/reference/document/body#appendPageBreak()
  // https://developers.google.com/apps-script/reference/document/body#appendHorizontalRule()
  // https://developers.google.com/apps-script/reference/document/body#appendImage(BlobSource)
  // Not verified: that each sits in a new paragraph appended to the body (how the Docs model holds them).
  test('page breaks, horizontal rules and images are inline elements in new paragraphs', () => {
    const { DocumentApp, h } = setup();
    const body = DocumentApp.create('D').getBody();
    const pb = body.appendPageBreak();
    expect(pb.getType()).toBe(DocumentApp.ElementType.PAGE_BREAK);
    expect(pb.getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    const hr = body.appendHorizontalRule();
    expect(hr.getType()).toBe(DocumentApp.ElementType.HORIZONTAL_RULE);
    const img = body.appendImage(createBlob(h.meter, png(40, 20), 'image/png', 'qr.png'));
    expect(img.getType()).toBe(DocumentApp.ElementType.INLINE_IMAGE);
    expect([img.getWidth(), img.getHeight()]).toEqual([40, 20]);
    img.setWidth(80).setHeight(40);
    expect(img.getWidth()).toBe(80);
    expect(img.getBlob().getContentType()).toBe('image/png');
    expect(body.getNumChildren()).toBe(4);
    expect(body.getImages()).toHaveLength(1);
    expect(() => body.appendImage(createBlob(h.meter, 'text', 'text/plain') as GoogleAppsScript.Base.BlobSource)).toThrow(/Invalid image data/);
  });
});

describe('Paragraph and Text', () => {
  // https://developers.google.com/apps-script/reference/document/paragraph#setHeading(ParagraphHeading)
  // https://developers.google.com/apps-script/reference/document/paragraph#setAlignment(HorizontalAlignment)
  // Not verified: getAlignment() of a never-aligned paragraph (LEFT here).
  test('heading and alignment', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('D').getBody();
    const p = body.appendParagraph('Title');
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.NORMAL);
    p.setHeading(DocumentApp.ParagraphHeading.HEADING1).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING1);
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    expect(body.appendParagraph('x').getAlignment()).toBe(DocumentApp.HorizontalAlignment.LEFT);
    expect(() => p.setHeading('BIG' as unknown as GoogleAppsScript.Document.ParagraphHeading)).toThrow(/don't match the method signature/);
  });

  // https://developers.google.com/apps-script/reference/document/text#setBold(Integer,Integer,Boolean)
  // endOffsetInclusive is inclusive; https://developers.google.com/apps-script/reference/document/text#isBold()
  // returns null "if the text contains multiple values". Not verified: the out-of-range message.
  test('Text.setBold(start, endInclusive, bold) and isBold', () => {
    const { DocumentApp } = setup();
    const p = DocumentApp.create('D').getBody().appendParagraph('Hello world');
    const t = p.editAsText();
    t.setBold(0, 4, true);
    expect(t.isBold(0)).toBe(true);
    expect(t.isBold(4)).toBe(true);
    expect(t.isBold(5)).toBe(false);
    expect(t.isBold()).toBeNull();
    t.setBold(true).setItalic(6, 10, true).setFontSize(14);
    expect(t.isBold()).toBe(true);
    expect(t.isItalic(6)).toBe(true);
    expect(t.getFontSize()).toBe(14);
    expect(t.getTextAttributeIndices()).toEqual([0, 6]);
    expect(() => t.setBold(0, 11, true)).toThrow(/out of range/);
  });

  // https://developers.google.com/apps-script/reference/document/paragraph#appendText(String)
  // https://developers.google.com/apps-script/reference/document/paragraph#setText(String)
  test('appendText adds a Text element; setText replaces the content', () => {
    const { DocumentApp } = setup();
    const p = DocumentApp.create('D').getBody().appendParagraph('Act No. ');
    const num = p.appendText('7');
    num.setBold(true);
    expect(p.getText()).toBe('Act No. 7');
    expect(p.getNumChildren()).toBe(2);
    expect(p.editAsText().isBold()).toBeNull();
    p.setText('x');
    expect(p.getText()).toBe('x');
    expect(p.getNumChildren()).toBe(1);
  });

  // https://developers.google.com/apps-script/reference/document/paragraph#setAttributes(Object)
  // https://developers.google.com/apps-script/reference/document/attribute
  test('setAttributes with Attribute keys styles the paragraph and its text', () => {
    const { DocumentApp } = setup();
    const p = DocumentApp.create('D').getBody().appendParagraph('Styled');
    const style: Record<string, unknown> = {};
    style[DocumentApp.Attribute.BOLD] = true;
    style[DocumentApp.Attribute.FONT_SIZE] = 16;
    style[DocumentApp.Attribute.HORIZONTAL_ALIGNMENT] = DocumentApp.HorizontalAlignment.RIGHT;
    p.setAttributes(style);
    expect(p.editAsText().isBold()).toBe(true);
    expect(p.editAsText().getFontSize()).toBe(16);
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.RIGHT);
  });
});

describe('Tables', () => {
  // https://developers.google.com/apps-script/reference/document/body#appendTable(String)
  // https://developers.google.com/apps-script/reference/document/table#getCell(Integer,Integer)
  test('appendTable(cells) makes a table with a cell per string', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('D').getBody();
    const t = body.appendTable([
      ['№', 'Title'],
      ['1', 'Абай жолы'],
    ]);
    expect(t.getNumRows()).toBe(2);
    expect(t.getRow(0).getNumCells()).toBe(2);
    expect(t.getCell(1, 1).getText()).toBe('Абай жолы');
    t.getCell(0, 0).setText('No').setBackgroundColor('#EEEEEE');
    expect(t.getCell(0, 0).getBackgroundColor()).toBe('#eeeeee');
    t.getCell(0, 1).editAsText().setBold(true);
    t.setBorderWidth(0.5).setColumnWidth(0, 30);
    expect(t.getBorderWidth()).toBe(0.5);
    expect(t.getColumnWidth(0)).toBe(30);
    expect(t.getText()).toBe('No\tTitle\n1\tАбай жолы');
    expect(body.getTables()).toHaveLength(1);
  });

  // https://developers.google.com/apps-script/reference/document/body#appendTable()
  // https://developers.google.com/apps-script/reference/document/table#appendTableRow()
  // https://developers.google.com/apps-script/reference/document/table-row#appendTableCell(String)
  test('appendTable() then appendTableRow().appendTableCell(text)', () => {
    const { DocumentApp } = setup();
    const t = DocumentApp.create('D').getBody().appendTable();
    expect(t.getNumRows()).toBe(0);
    const r = t.appendTableRow();
    r.appendTableCell('a');
    r.appendTableCell('b');
    expect(r.getNumCells()).toBe(2);
    expect(r.getCell(1).getParentRow().getParentTable().getNumRows()).toBe(1);
  });

  // Not verified: Apps Script's handling of ragged arrays; the emulator refuses them, and other types.
  test('ragged or non-string cells are refused', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('D').getBody();
    expect(() => body.appendTable([['a', 'b'], ['c']])).toThrow(/same number of cells/);
    expect(() => body.appendTable([[1 as unknown as string]])).toThrow(/don't match the method signature for DocumentApp.Body.appendTable/);
  });
});

describe('List items', () => {
  // https://developers.google.com/apps-script/reference/document/body#appendListItem(String)
  // https://developers.google.com/apps-script/reference/document/list-item#setGlyphType(GlyphType)
  // https://developers.google.com/apps-script/reference/document/list-item#setNestingLevel(Integer)
  // Not verified: the default glyph (BULLET here) and that consecutive items share a list id.
  test('glyph type, nesting level and list id', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('D').getBody();
    const a = body.appendListItem('one').setGlyphType(DocumentApp.GlyphType.NUMBER);
    const b = body.appendListItem('two').setNestingLevel(1);
    expect(a.getGlyphType()).toBe(DocumentApp.GlyphType.NUMBER);
    expect(b.getNestingLevel()).toBe(1);
    expect(b.getListId()).toBe(a.getListId());
    expect(body.getListItems()).toHaveLength(2);
    expect(body.getChild(1).getType()).toBe(DocumentApp.ElementType.LIST_ITEM);
  });
});

describe('Header and footer', () => {
  // https://developers.google.com/apps-script/reference/document/document#addHeader()
  // https://developers.google.com/apps-script/reference/document/document#getHeader() (null when none)
  test('addHeader / getHeader / addFooter', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('D');
    expect(doc.getHeader()).toBeNull();
    doc.addHeader().appendParagraph('School No. 12');
    doc.addFooter().appendParagraph('page');
    expect(doc.getHeader().getText()).toBe('\nSchool No. 12');
    expect(doc.getFooter().getParagraphs()).toHaveLength(2);
  });
});

describe('saveAndClose', () => {
  // https://developers.google.com/apps-script/reference/document/document#saveAndClose()
  // "A closed Document can't be edited. Use DocumentApp.openById() to reopen". Message as observed in live
  // Apps Script: brucemcpherson/gas-fakes issue #45. Not verified: reads after close also throw.
  test('after saveAndClose the document and its elements throw; openById reopens', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('D');
    const id = doc.getId();
    const body = doc.getBody();
    body.appendParagraph('kept');
    doc.saveAndClose();
    expect(() => body.appendParagraph('lost')).toThrow(DOC_CLOSED);
    expect(() => doc.getBody()).toThrow(DOC_CLOSED);
    const again = DocumentApp.openById(id);
    expect(again.getBody().getText()).toBe('\nkept');
  });
});

describe('Drive and Docs together', () => {
  // https://developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder)
  test('File.makeCopy of a Doc copies its content; moveTo files it in the archive', () => {
    const { DocumentApp, DriveApp, mod } = setup();
    const doc = DocumentApp.create('Template');
    doc.getBody().appendParagraph('text');
    const archive = DriveApp.createFolder('Kitaphana archive').createFolder('2026').createFolder('Acts');
    const copy = DriveApp.getFileById(doc.getId()).makeCopy('Act 1', archive);
    DocumentApp.openById(copy.getId()).getBody().appendParagraph('more');
    expect(mod.inspect.docText(copy.getId())).toBe('\ntext\nmore');
    expect(mod.inspect.docText(doc.getId())).toBe('\ntext');
    expect(mod.inspect.findByPath('My Drive/Kitaphana archive/2026/Acts/Act 1')?.id).toBe(copy.getId());
  });

  test('every call is counted by class', () => {
    const { DocumentApp, h } = setup();
    h.meter.reset();
    const body = DocumentApp.create('D').getBody();
    body.appendParagraph('a').setHeading(DocumentApp.ParagraphHeading.TITLE);
    body.appendTable([['x']]).getCell(0, 0).editAsText().setBold(true);
    expect(h.meter.snapshot().calls).toMatchObject({
      'DocumentApp.create': 1,
      'Document.getBody': 1,
      'Body.appendParagraph': 1,
      'Paragraph.setHeading': 1,
      'Body.appendTable': 1,
      'Table.getCell': 1,
      'TableCell.editAsText': 1,
      'Text.setBold': 1,
    });
  });
});

describe('persistence and inspection', () => {
  test('a Doc round-trips through save() and load() in a second module; lastUpdated moves at save', () => {
    const { DocumentApp, DriveApp, mod, h } = setup();
    const doc = DocumentApp.create('Report');
    const body = doc.getBody();
    const title = body.getChild(0).asParagraph();
    title.setText('Report'); // Paragraph.setText returns void
    title.setHeading(DocumentApp.ParagraphHeading.TITLE);
    body.appendTable([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    body.appendListItem('item').setGlyphType(DocumentApp.GlyphType.NUMBER);
    body.appendParagraph('bold').editAsText().setBold(0, 1, true);
    h.advance(5 * 60_000);
    mod.save();
    const file = path.join(h.dir, 'docs', `${doc.getId()}.json`);
    expect(fs.existsSync(file)).toBe(true);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).tree.body.children[1].type).toBe('TABLE');
    expect(DriveApp.getFileById(doc.getId()).getLastUpdated().getTime()).toBe(h.now().getTime());

    const two = setup(fakeHost({ dir: h.dir }));
    two.mod.load();
    const d2 = two.DocumentApp.openById(doc.getId());
    expect(d2.getName()).toBe('Report');
    const b2 = d2.getBody();
    expect(b2.getChild(0).asParagraph().getHeading()).toBe(DocumentApp.ParagraphHeading.TITLE);
    expect(b2.getTables()[0].getCell(1, 1).getText()).toBe('d');
    expect(b2.getListItems()[0].getGlyphType()).toBe(DocumentApp.GlyphType.NUMBER);
    expect(b2.getParagraphs()[b2.getParagraphs().length - 1].editAsText().isBold(0)).toBe(true);
    expect(two.mod.inspect.docText(doc.getId())).toBe('Report\na\tb\nc\td\nitem\nbold');

    // a change by the second process is picked up by the first on load()
    b2.appendParagraph('added elsewhere');
    two.mod.save();
    mod.load();
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).toMatch(/added elsewhere$/);
  });

  test('docHtml renders headings, tables with borders, list items, images and page breaks', () => {
    const { DocumentApp, mod, h } = setup();
    const doc = DocumentApp.create('Акт <1>');
    const body = doc.getBody();
    const title = body.getChild(0).asParagraph();
    title.setText('Акт');
    title.setHeading(DocumentApp.ParagraphHeading.HEADING1).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    body.appendTable([['a', 'b']]).setBorderWidth(1);
    body.appendListItem('one').setGlyphType(DocumentApp.GlyphType.NUMBER);
    body.appendListItem('two').setGlyphType(DocumentApp.GlyphType.NUMBER);
    body.appendImage(createBlob(h.meter, png(4, 4), 'image/png'));
    body.appendPageBreak();
    body.appendParagraph('x').editAsText().setBold(true);
    const html = mod.inspect.docHtml(doc.getId());
    expect(html).toContain('<title>Акт &lt;1&gt;</title>');
    expect(html).toMatch(/<h1 style="[^"]*text-align:center[^"]*">Акт<\/h1>/);
    expect(html).toMatch(/<td style="border:1pt solid #000000">/);
    expect(html).toContain('<span class="marker">1.</span>one');
    expect(html).toContain('<span class="marker">2.</span>two');
    expect(html).toContain('src="data:image/png;base64,');
    expect(html).toContain('class="page-break"');
    expect(html).toContain('font-weight:bold');
  });
});

// The meter counts what the script calls, not what a fake does inside a call: Paragraph.setAttributes
// styles the paragraph's text itself and must not add a Text.setAttributes the script never made.
// https://developers.google.com/apps-script/reference/document/paragraph#setattributesattributes
describe('call counting inside a fake', () => {
  it('Paragraph.setAttributes and replaceText count once', () => {
    const host = fakeHost();
    const drive = createDriveModule(host);
    const DocumentApp = drive.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const para = DocumentApp.create('Counting').getBody().appendParagraph('Кітапхана');
    host.meter.reset();
    para.setAttributes({ [DocumentApp.Attribute.BOLD]: true });
    para.replaceText('Кітап', 'Кітап');
    expect(host.meter.snapshot().calls).toEqual({ 'Paragraph.setAttributes': 1, 'Paragraph.replaceText': 1 });
  });
});
