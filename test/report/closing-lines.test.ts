import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { renderText } from '../../src/report/text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Trial 20-b D15 (session 21): two FOMC statements of 7 lines in their front matter's count read "5 → 5 paragraphs", and
 * the two closing lines set aside as the release's trailer ("Implementation Note issued November 1, 2023", "For media
 * inquiries …") were said nowhere, although the note's date changed. The count says the closing lines set aside, and a
 * change in them is a document fact in every output.
 */
const FOMC = join(SHARED_DATA, 'fomc-statements');

describe.skipIf(!HAS_SHARED)(`closing lines set aside are counted and their change said (${HAS_SHARED ? 'reads ../shared/data/fomc-statements' : SHARED_MISSING})`, () => {
  it('FOMC 2023-11-01 → 2023-12-13: 5 → 5 paragraphs · 2 → 2 closing lines; the Implementation Note a fact that changed', async () => {
    const result = await compare(join(FOMC, 'fomc_2023-11-01.txt'), join(FOMC, 'fomc_2023-12-13.txt'));
    const text = renderText(result, { color: false }).split('\n');
    expect(text.find((line) => line.startsWith('  similarity '))).toBe('  similarity 97.7% · coverage 99.1% · 5 → 5 paragraphs · 2 → 2 closing lines not compared');
    const facts = text.indexOf('  document facts:');
    // Only the line that changed: the press office's line, the same in both, is not repeated.
    expect(text.slice(facts, facts + 2)).toEqual(['  document facts:', '    closing lines (not compared): Implementation Note issued November 1, 2023 → Implementation Note issued December 13, 2023']);
    expect(renderMarkdown(result)).toContain('Implementation Note issued November 1, 2023 → Implementation Note issued December 13, 2023');
    const fact = buildViewModel(result).documentFacts.find((one) => one.label === 'Closing lines (not compared)');
    expect(fact?.left).toBe('For media inquiries, please email [email protected] or call 202-452-2955. · Implementation Note issued November 1, 2023');
    expect(fact?.right).toBe('For media inquiries, please email [email protected] or call 202-452-2955. · Implementation Note issued December 13, 2023');
  });
});
