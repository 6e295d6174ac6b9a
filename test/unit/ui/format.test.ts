/** What a sidebar makes a link of, when the address comes from a journal cell any editor may change. */
import { webLink } from '../../../src/ui/shared/format';

describe('webLink', () => {
  it('keeps an https address (a Doc, a file in Drive)', () => {
    expect(webLink('https://docs.google.com/document/d/abc/edit')).toBe('https://docs.google.com/document/d/abc/edit');
    expect(webLink('  https://drive.google.com/file/d/xyz/view ')).toBe('https://drive.google.com/file/d/xyz/view');
  });
  it('drops anything that could run in the sidebar or is not an address', () => {
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:google.script.run.x()', 'data:text/html,<b>x</b>', 'http://example.com', 'https://a b', '', null, undefined, 42]) expect(webLink(bad)).toBe('');
  });
});
