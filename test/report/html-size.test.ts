import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import type { RedlineResult } from '../../src/types.js';
import { syntheticResult } from './helpers.js';

/** Bytes of every paragraph text of both documents: what any side-by-side page has to hold once. */
function textBytes(result: RedlineResult): number {
  let bytes = 0;
  for (const document of result.documents) for (const paragraph of document.paragraphs) bytes += Buffer.byteLength(paragraph.text);
  return bytes;
}

function embeddedBytes(html: string): number {
  const match = /<script type="application\/json" id="redline-result"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no embedded JSON block');
  return Buffer.byteLength(match[1]);
}

// The report shows each text once (side by side) and embeds none of them again. Bounds against the texts' own bytes,
// measured on the synthetic comparison (short numbered paragraphs, a change every tenth): the page grew by 2.23 bytes
// per text byte and embedded 0.27 when this was written (it grew by 4.2 and embedded 2.1 when the block held
// every text three times). A row's markup is about 500 bytes, so on longer real paragraphs the ratio is lower (1.87
// on bench:speed's 10,000-paragraph pair, where diff2html's page is 0.95).
const PAGE_BYTES_PER_TEXT_BYTE = 2.4;
const EMBEDDED_BYTES_PER_TEXT_BYTE = 0.35;

describe('the HTML report at scale', () => {
  const sizes = [200, 800];
  const [small, large] = sizes.map((size) => {
    const result = syntheticResult(size);
    const html = renderHtml(result);
    return { text: textBytes(result), page: Buffer.byteLength(html), embedded: embeddedBytes(html) };
  });

  it('grows linearly with the texts, under a bound of page bytes per text byte', () => {
    const marginal = (large.page - small.page) / (large.text - small.text);
    expect(marginal).toBeLessThan(PAGE_BYTES_PER_TEXT_BYTE);
    // Linear: the larger page costs no more per text byte than the smaller one (the fixed CSS and script aside).
    expect(large.page / large.text).toBeLessThanOrEqual(small.page / small.text);
  });

  it('embeds the result without repeating the texts', () => {
    expect(large.embedded / large.text).toBeLessThan(EMBEDDED_BYTES_PER_TEXT_BYTE);
    expect(small.embedded / small.text).toBeLessThan(EMBEDDED_BYTES_PER_TEXT_BYTE);
  });
});
