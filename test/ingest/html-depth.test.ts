import { describe, expect, it } from 'vitest';
import { htmlNestingDepth } from '../../src/ingest/html-depth.js';
import { convertHtml, MAX_HTML_DEPTH, READABILITY_MAX_DEPTH } from '../../src/ingest/html.js';
import { growthRatio } from '../helpers/growth.js';

const nested = (depth: number, text = 'We welcome the decision of the General Assembly.'): string =>
  `<!DOCTYPE html><html><body>${'<div>'.repeat(depth)}<p>${text}</p>${'</div>'.repeat(depth)}</body></html>`;
const bytes = (html: string): Uint8Array => new TextEncoder().encode(html);

describe('htmlNestingDepth', () => {
  it('counts nesting the way a parser builds it', () => {
    expect(htmlNestingDepth('<div><div><span>x</span></div></div>')).toBe(3);
    // Optional end tags (p, li, td) and void elements (br, img) add no level; neither do self-closed elements.
    expect(htmlNestingDepth('<ul><li>a<li>b<li>c</ul><p>x<p>y<br><img src="a>b"><div/>')).toBe(1);
    // Script and style text, comments and attribute values are not markup.
    expect(htmlNestingDepth('<script>"<div><div><div>"</script><!-- <div><div> --><a title="<b><b>">x</a>')).toBe(1);
    // An end tag closes back to its element; a stray one closes nothing.
    expect(htmlNestingDepth('<div><section><b>x</div></i><div><div>y</div></div>')).toBe(3);
  });

  it('stops as soon as the limit is passed, in linear time whatever the depth', async () => {
    expect(htmlNestingDepth(nested(100_000), 1000)).toBe(1001);
    const ratio = await growthRatio((n) => htmlNestingDepth(nested(n)), 20_000);
    expect(ratio).toBeLessThan(8); // 4× the depth; quadratic would be ~16
  });
});

describe('convertHtml on deep nesting', () => {
  it('refuses 10,000 nested <div>s with one line, before any parser runs', () => {
    expect(() => convertHtml(bytes(nested(10_000)), 'deep.html')).toThrow(expect.objectContaining({ code: 'too-deep', file: 'deep.html', message: `nests its elements more than ${MAX_HTML_DEPTH.toLocaleString('en-US')} deep` }));
  });

  it('reads a page nested past what Readability handles as a whole body, with a warning', () => {
    const { text, warnings } = convertHtml(bytes(nested(READABILITY_MAX_DEPTH + 400)), 'deep.html');
    expect(text).toBe('We welcome the decision of the General Assembly.\n');
    expect(warnings.map((warning) => warning.code)).toEqual(['html-deep']);
  });

  it('converts in time linear in the nesting depth', async () => {
    // A paragraph at every level, so each size does enough work to time steadily.
    const layered = (depth: number): Uint8Array =>
      bytes(`<!DOCTYPE html><html><body>${'<div><p>We welcome the decision of the General Assembly.</p>'.repeat(depth)}${'</div>'.repeat(depth)}</body></html>`);
    const pages = new Map([200, 800].map((depth) => [depth, layered(depth)]));
    const ratio = await growthRatio((n) => convertHtml(pages.get(n)!, 'deep.html'), 200, 4, 5);
    expect(ratio).toBeLessThan(8); // 200 → 800 levels; Readability alone grew ~cubically here
  });
});
