import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import { nameParagraphs } from '../../src/report/paragraph-names.js';
import type { Paragraph } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/*
 * Trial 16b, D2: a short numbered list inside a strategy ("1. 2. 3.") made every later paragraph "¶ 3 (cont. 74)";
 * multi-level numbers ("3.11.") were not printed numbers. Printed numbers name paragraphs only when they number the
 * document's paragraphs.
 */

const STRATEGIES = join(SHARED_DATA, 'national-cyber-strategies');
const paragraph = (index: number, text: string, number: string | null = null, heading = false): Paragraph => ({ index, text, number, heading, start: 0, end: 0 });

describe('nameParagraphs: printed numbers only when they number the paragraphs (trial 16b D2)', () => {
  it('counts the paragraphs of a text whose only numbers are a short list, bullets included', () => {
    const body = Array.from({ length: 12 }, (_, k) => paragraph(k, `Paragraph ${k + 1}.`));
    body[4] = paragraph(4, 'Securing government systems', '1.');
    body[5] = paragraph(5, 'Partnering to secure vital cyber systems', '2.');
    body[6] = paragraph(6, 'Helping Canadians to be secure online.', '3.');
    body[8] = paragraph(8, 'A bulleted fact.', '•');
    const labels = nameParagraphs(body).map((p) => p.label);
    // Before: `opening ¶ 1` … `opening ¶ 4`, `¶ 1`, `¶ 2`, `¶ 3`, then `¶ 3 (cont.)` … `¶ 3 (cont. 5)`.
    expect(labels).toEqual(Array.from({ length: 12 }, (_, k) => `¶ ${k + 1}`));
  });

  it('names by multi-level printed numbers ("3.11." is ¶ 3.11), and keeps a numbered text\'s items (counter-case)', () => {
    const sections = [paragraph(0, 'Opening words.')];
    for (let k = 1; k <= 10; k++) sections.push(paragraph(k, `Section paragraph ${k}.`, `3.${k}.`), paragraph(100 + k, 'An unnumbered case study.'));
    const labels = nameParagraphs(sections).map((p) => p.label);
    expect(labels.slice(0, 5)).toEqual(['opening ¶ 1', '¶ 3.1', '¶ 3.1 (cont.)', '¶ 3.2', '¶ 3.2 (cont.)']);
    expect(labels).toContain('¶ 3.10');
    // Most paragraphs numbered "1." "2.", one lettered item and closing words: still cited by the printed numbers.
    const numbered = nameParagraphs([paragraph(0, 'Opening words.'), paragraph(1, 'One:', '1.'), paragraph(2, 'item', '(a)'), paragraph(3, 'Closing words.'), paragraph(4, 'Two.', '2.')]);
    expect(numbered.map((p) => p.label)).toEqual(['opening ¶ 1', '¶ 1', '¶ 1 (a)', '¶ 1 (cont.)', '¶ 2']);
  });

  it.skipIf(!HAS_SHARED)(`Canada 2010 is counted, UK 2016 cited by its printed numbers${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, async () => {
    const canada = nameParagraphs((await loadAnyDocument(join(STRATEGIES, 'canada_2010_canada.txt'))).paragraphs);
    const pillar = canada.find((p) => p.number === '3.' && p.text.startsWith('helping Canadians'));
    expect(pillar?.label).toBe('¶ 48');
    expect(canada.filter((p) => p.label?.includes('(cont')).map((p) => p.label)).toEqual([]);
    const afghanistan = nameParagraphs((await loadAnyDocument(join(STRATEGIES, 'afghanistan_2014_afghanistan.txt'))).paragraphs);
    expect(afghanistan.filter((p) => p.label?.includes('(cont')).map((p) => p.label)).toEqual([]);
    const uk = nameParagraphs((await loadAnyDocument(join(STRATEGIES, 'united-kingdom_2016_national_cyber.txt'))).paragraphs);
    // Before: `"number": "3.11."` labelled `¶ 74`, the running count.
    expect(uk.find((p) => p.number === '3.11.')).toMatchObject({ label: '¶ 3.11', text: expect.stringMatching(/^Terrorist groups continue to aspire/) });
    expect(uk.find((p) => p.number === '4.2.')).toMatchObject({ label: '¶ 4.2', text: expect.stringMatching(/^Our vision for 2021/) });
  });
});
