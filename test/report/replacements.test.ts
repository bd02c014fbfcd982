import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { renderDocx } from '../../src/report/docx.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { buildViewModel, type RowView } from '../../src/report/view-model.js';
import type { RedlineResult } from '../../src/types.js';
import { ICT, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

/**
 * A replacement (a dropped paragraph and a new one in its place, too different to pair) shows the two paragraphs'
 * similarity as every aligned row shows its own. ICT for development 78/132 → 79/194: four replacements (three before
 * trial 17-a D9, when PP 27's Digital Economy Report 2024 stood in place of PP 25, not its 2021 edition PP 27), whose
 * row said only "One in place of the other: too different to pair word by word."
 */
describe.skipIf(!UN_SERIES_AVAILABLE)('the similarity of a replacement (ICT for development, 78/132 → 79/194)', () => {
  let result: RedlineResult;
  beforeAll(async () => {
    result = await compare(join(UN_SERIES, ICT, 'A_RES_78_132.txt'), join(UN_SERIES, ICT, 'A_RES_79_194.txt'));
  });

  it('is recorded in the result for exactly the pairs the report draws, with the scorer\'s figure', () => {
    const comparison = result.comparisons[0];
    expect(comparison.replacements).toEqual([
      { left: [27], right: [27], similarity: 0.2478 },
      { left: [39], right: [40], similarity: 0.0697 },
      { left: [111], right: [116], similarity: 0.284 },
      { left: [112], right: [118], similarity: 0.1256 },
    ]);
    const rows = buildViewModel(result)
      .entries.flatMap((entry) => (entry.partial === 'unchanged-run' ? entry.rows : [entry]))
      .filter((row): row is RowView => row.partial === 'row' && row.className.includes('row-replaced'));
    expect(rows.map((row) => [row.leftLabel, row.rightLabel, row.similarity, row.note])).toEqual([
      ['PP 27', 'PP 27', '25%', 'One in place of the other: too different to pair word by word.'],
      ['PP 39', 'PP 40', '7%', 'One in place of the other: too different to pair word by word.'],
      ['OP 55', 'OP 61', '28%', 'One in place of the other: too different to pair word by word.'],
      ['OP 56', 'OP 63', '13%', 'One in place of the other: too different to pair word by word.'],
    ]);
  });

  it('is shown in the HTML row as aligned rows show theirs ("25% similar")', () => {
    const html = renderHtml(result);
    expect(html.match(/<span class="similarity">[^<]*<\/span><span class="row-note">One in place of the other/g)).toEqual([
      '<span class="similarity">25% similar</span><span class="row-note">One in place of the other',
      '<span class="similarity">7% similar</span><span class="row-note">One in place of the other',
      '<span class="similarity">28% similar</span><span class="row-note">One in place of the other',
      '<span class="similarity">13% similar</span><span class="row-note">One in place of the other',
    ]);
  });

  it('is given in the text and the Markdown on the new paragraph\'s line, naming the dropped one', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain('[new] right PP 27, in place of dropped left PP 27  similarity 0.25\n');
    expect(text).toContain('[new] right OP 61, in place of dropped left OP 55  similarity 0.28\n');
    const markdown = renderMarkdown(result);
    expect(markdown).toContain('|  | PP 27 | New, in place of dropped older PP 27 | 25% | Taking note of the report');
    expect(markdown).toContain('|  | PP 40 | New, in place of dropped older PP 39 | 7% | Noting with concern');
  });

  it('is a comment on the new paragraph in Word', async () => {
    const comments = await (await JSZip.loadAsync(await renderDocx(result))).file('word/comments.xml')!.async('string');
    const said = [...comments.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => match[1]).filter((text) => text.startsWith('in place of'));
    expect(said).toEqual(['in place of dropped older PP 27: 25% similar', 'in place of dropped older PP 39: 7% similar', 'in place of dropped older OP 55: 28% similar', 'in place of dropped older OP 56: 13% similar']);
  });
});
