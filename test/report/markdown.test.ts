import { describe, expect, it } from 'vitest';
import { inline, renderMarkdown } from '../../src/report/markdown.js';
import { buildResult, relatedResult, sampleResult } from './helpers.js';

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(sampleResult());
  const lines = markdown.split('\n');

  it('opens with both documents, their checksums, and the figures and counts', () => {
    expect(lines[0]).toBe('## Redline: Joint Statement (adopted)');
    expect(markdown).toContain(`- **Older:** Joint Statement (draft), 2024-10-01, Russia–Africa Partnership Forum, \`fixtures/older.txt\`, sha256 \`${'a'.repeat(64)}\``);
    expect(markdown).toContain(
      '- **Similarity** 78% · **coverage** 41% · Substantive 2 · Editorial 1 · Split 1 · Merged 1 · New 1 · Dropped 1 · Moved 1 · Unchanged 2',
    );
  });

  it('names a document by its symbol first where it has one (a draft and its revision share title and date)', () => {
    const result = sampleResult();
    result.documents[1] = { ...result.documents[1], symbol: 'A/C.1/80/L.9/Rev.1' };
    expect(renderMarkdown(result)).toContain('- **Newer:** **A/C.1/80/L.9/Rev.1**, Joint Statement (adopted), 2024-11-10, Russia–Africa Partnership Forum, `fixtures/newer.txt`');
  });

  it('lists each change once, with the word diff as ~~deleted~~ and **inserted**', () => {
    const tableLines = lines.filter((line) => line.startsWith('|'));
    expect(tableLines).toHaveLength(2 + 7); // header, separator, and nine findings less two unchanged in place
    expect(markdown).toContain('| 3 | 4 | Substantive<br>_commitment weakened: welcome → note_ | 86% | We ~~welcome~~**note** the adoption of the Convention against Cybercrime. |');
    expect(markdown).toContain('| 9 | 2 | Substantive, moved | 82% | We agree to meet again in 2026 in ~~Addis Ababa~~**Moscow**. |');
    expect(markdown).toContain('| 8 |  | Dropped |  | We stress capacity building for developing countries. |');
  });

  it('keeps hostile text inert: HTML, pipes and emphasis markers are escaped', () => {
    expect(markdown).toContain('| 9 | New |  | Note \\<script\\>alert("xss")\\</script\\> and "\\>\\<img src=x onerror=alert(2)\\>');
    expect(inline('a | b *c* _d_ `e` [f](g) &amp;\nnext')).toBe('a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\&amp; next');
  });

  it('moves whitespace outside the markers, so GitHub honours them', () => {
    const result = buildResult({
      left: ['keep this'],
      right: ['keep all of this'],
      findings: [{ kind: 'modified', left: [0], right: [0] }],
    });
    expect(renderMarkdown(result)).toContain('| keep **all of** this |');
  });

  it('shortens long unchanged runs around a change, keeping twelve words of context each side', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const result = buildResult({
      left: [`${words} old`],
      right: [`${words} new`],
      findings: [{ kind: 'modified', left: [0], right: [0] }],
    });
    const row = renderMarkdown(result).split('\n').find((line) => line.includes('~~old~~'))!;
    expect(row).toContain('| w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 … w48 w49');
    expect(row).toContain('w59 ~~old~~**new** |');
  });

  it('says so when nothing changed', () => {
    const result = buildResult({ left: ['same'], right: ['same'], findings: [{ kind: 'unchanged', left: [0], right: [0] }] });
    expect(renderMarkdown(result)).toContain('No change in text: every paragraph is unchanged and in place.');
  });

  it('lists related links (partial reuse) under the table, one line each', () => {
    const markdown = renderMarkdown(relatedResult());
    expect(markdown).toContain(
      '**Related (partial reuse)**\n\n- Dropped older ¶ 2: related to newer ¶ 2, 4 (59% of its content; shared: parties, 2035, phasing, unabated, coal, power, …)\n',
    );
    expect(renderMarkdown(sampleResult())).not.toContain('Related (partial reuse)');
  });
});

describe('terminal escapes in document text', () => {
  it('shows control characters as Control Pictures in Markdown, so printing it cannot drive the terminal', () => {
    expect(inline('The Committee \x1b]0;pwned\x07 will \x1b[2J meet \u009b soon.')).toBe('The Committee ␛\\]0;pwned␇ will ␛\\[2J meet \\u{9b} soon.');
  });
});
