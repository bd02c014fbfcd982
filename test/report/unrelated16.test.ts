import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { renderDocx } from '../../src/report/docx.js';
import { renderReport } from '../../src/report/render-report.js';
import { renderText } from '../../src/report/text.js';
import { keyChanges } from '../../src/report/key-changes.js';
import { pairSummary } from '../../src/report/labels.js';
import type { RedlineResult } from '../../src/types.js';
import { HAS_SHARED, SEED, SHARED_DATA } from '../helpers/paths.js';

// Trial 16c defect 4: A/RES/75/32 against the seed statement opened "These texts look unrelated …: what follows lists
// the paragraphs of each, not changes", then listed "Key changes: dropped OP 1 (a) …" and "Signals: 27 references
// removed, 5 references added, 6 topics added" in every format. Pasted without the warning they read as findings.
const ABSENT = 'No key changes and no signal counts: the texts look unrelated, so what differs between them is not a change.';

describe.skipIf(!HAS_SHARED)('an unrelated pair shows no key changes and no signal counts, and says why', () => {
  let result: RedlineResult;
  beforeAll(async () => {
    result = await compare(join(SHARED_DATA, 'un-resolutions/texts/ict-security/A_RES_75_32.txt'), SEED);
  });

  it('JSON keeps its data: the findings still carry their signals, and the key changes can still be computed', () => {
    const [comparison] = result.comparisons;
    const [left, right] = result.documents;
    expect(keyChanges(comparison, left.paragraphs, right.paragraphs).length).toBeGreaterThan(0);
    expect(pairSummary(comparison)).toMatch(/references removed/);
  });

  it('text', () => {
    const text = renderText(result, { color: false });
    expect(text).toContain(ABSENT);
    expect(text).not.toContain('key changes:');
    expect(text.split('\n[')[0]).not.toMatch(/references removed|topics added/);
  });

  it('Markdown', () => {
    const md = renderReport(result, 'md');
    expect(md).toContain(`_${ABSENT}_`);
    expect(md).not.toContain('**Key changes**');
    expect(md).not.toContain('**Signals:**');
  });

  it('HTML: the key-changes section says why, no signal tile, no "Only position shifts" switch', () => {
    const html = renderReport(result, 'html');
    expect(html).toContain(`<p class="key-none">${ABSENT}</p>`);
    expect(html).not.toContain('class="key-list"');
    expect(html).not.toContain('class="figure figure-signals"');
    expect(html).not.toContain('id="only-signals"');
    expect(html).not.toMatch(/<p class="pair-summary">/);
  });

  it('Word: the first page says why in place of the key changes and has no signals line', async () => {
    const xml = await (await JSZip.loadAsync(await renderDocx(result))).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, ' ');
    expect(text).toContain(ABSENT);
    expect(text).not.toContain('Signals:');
    expect(text).not.toContain('No negotiated change');
  });
});
