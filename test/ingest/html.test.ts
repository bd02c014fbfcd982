import { describe, expect, it } from 'vitest';
import { convertHtml } from '../../src/ingest/html.js';
import { DECLARATION, kremlinLikePage } from '../helpers/corpus-html.js';

const encode = (html: string): Uint8Array => new TextEncoder().encode(html);

describe('convertHtml', () => {
  it('keeps the declaration and drops navigation, search, related links and footer', () => {
    const { text, meta, warnings } = convertHtml(encode(kremlinLikePage()), 'page.html');
    expect(text.split('\n\n')).toEqual([
      // The <h1> Readability drops is kept as the first paragraph (session 15, trial 15a #6).
      '# Declaration of the Second Russia–Africa Summit on Cooperation in the Field of International Information Security',
      ...DECLARATION,
      '(a) strengthening the capacity of African States to counter the use of ICTs for criminal purposes;',
      '(b) developing the exchange of best practices',
      'and of training.',
      '### Final provisions',
      'The Declaration was adopted in the Russian and English languages.\n',
    ]);
    expect(meta).toEqual({
      title: 'Declaration of the Second Russia–Africa Summit on Cooperation in the Field of International Information Security',
      date: '2023-07-28',
    });
    expect(warnings).toEqual([]);
  });

  it('keeps a list item’s own label instead of numbering it again, and numbers a plain ordered list 1, 2', () => {
    const page = kremlinLikePage().replace('<ol type="a">', '<ol>').replace('<li>strengthening', '<li>(i) strengthening');
    const { text } = convertHtml(encode(page), 'page.html');
    expect(text).toContain('\n\n(i) strengthening the capacity');
    expect(text).toContain('\n\n2. developing the exchange');
  });

  it('reads the whole body, without furniture, when no article stands out', () => {
    const html = '<html><head><title>Short note</title></head><body><nav>Home | News</nav><p>One line.</p><footer>Contacts</footer></body></html>';
    const { text, meta, warnings } = convertHtml(encode(html), 'note.html');
    expect(text).toBe('One line.\n');
    expect(meta).toEqual({ title: 'Short note' });
    expect(warnings).toEqual([]);
  });

  it('decodes a page by its declared charset', () => {
    const html = '<html><head><meta charset="windows-1251"></head><body><p>Декларация</p></body></html>';
    const bytes = Uint8Array.from(Buffer.from(html.replace('Декларация', '\u0000'), 'latin1'));
    // Windows-1251 for "Декларация": build the bytes by hand so the test does not depend on an encoder library.
    const word = [0xc4, 0xe5, 0xea, 0xeb, 0xe0, 0xf0, 0xe0, 0xf6, 0xe8, 0xff];
    const at = bytes.indexOf(0);
    const full = new Uint8Array([...bytes.subarray(0, at), ...word, ...bytes.subarray(at + 1)]);
    expect(convertHtml(full, 'ru.html').text).toBe('Декларация\n');
  });

  it('refuses a page with no text', () => {
    expect(() => convertHtml(encode('<html><body><nav>Menu</nav></body></html>'), 'blank.html')).toThrow(/has no readable text/);
  });
});
