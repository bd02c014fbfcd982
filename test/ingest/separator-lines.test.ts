import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/index.js';
import { isSeparatorLine } from '../../src/ingest/segment.js';
import { SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const RUSSIA_2024 = join(SHARED_DATA, 'ungdc/RUS/RUS_2024_S79.txt');
const HAS_DATA = existsSync(RUSSIA_2024);

/**
 * Trial 21-b D14: the General Debate texts carry Markdown rules ("---") around their "### Page 4:" lines; each was a
 * paragraph: Russia 2024 had 10 paragraphs "---" ("not checked" in its memo) and its ¶ numbers shifted by up to 10.
 */
describe('a Markdown rule alone on its line is no paragraph (trial 21-b D14)', () => {
  it('knows a rule from a dash of text', () => {
    expect(['---', '***', '- - -', '  ----  '].map(isSeparatorLine)).toEqual([true, true, true, true]);
    // Underscores open the footnotes of a UN text: left to the footnote reader.
    expect(['--', '— — —', '-- end --', '|---|---|', '--- a', '__________________ '].map(isSeparatorLine)).toEqual([false, false, false, false, false, false]);
  });

  it.skipIf(!HAS_DATA)(`Russia 2024 has no paragraph "---" (${HAS_DATA ? 'RUS_2024_S79' : SHARED_MISSING})`, async () => {
    const document = await loadDocument(RUSSIA_2024);
    expect(document.paragraphs.filter((paragraph) => /^[-*_ ]+$/.test(paragraph.text))).toEqual([]);
    expect(document.paragraphs).toHaveLength(62);
    // The paragraph after the first rule keeps the place a reader counts: the 12th ("It is not too late …") is followed by the page line.
    expect(document.paragraphs[11].text).toMatch(/^It is not too late to breathe new life into the UN/);
    expect(document.paragraphs[12].text).toBe('Page 3 (continued):');
  });
});
