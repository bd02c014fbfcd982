import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/pipeline.js';
import { renderHistoryMarkdown } from '../../src/report/history-markdown.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Session 21 (dig21 item 5, trial 20-b D3): a chain batch's digest compares a statement after an unscheduled release with
 * the last related statement (`2008-01-30 → 2008-03-18 (skipping 2008-03-11, unrelated)`), but the history said of the
 * step into 2008-03-18 only "2 new · 11 dropped · 4 reinstated", no rate and no dissent. The history does the same as the
 * digest: the step past the unrelated release follows the unrelated step, against the last related version.
 */
const FOMC = join(SHARED_DATA, 'fomc-statements');
const DATES = ['2008-01-22', '2008-01-30', '2008-03-11', '2008-03-18', '2008-04-30'];

describe.skipIf(!HAS_SHARED)(`a history step past an unrelated version (${HAS_SHARED ? 'reads ../shared/data/fomc-statements' : SHARED_MISSING})`, () => {
  it('FOMC 2008-01-22 … 2008-04-30: 2008-01-30 → 2008-03-18 (skipping 2008-03-11, unrelated) with the 75 bp cut and the dissent', async () => {
    const result = await compareVersions(DATES.map((date) => join(FOMC, `fomc_${date}.txt`)));
    expect(result.history.summary.map((step) => [step.from ?? step.version - 1, step.version])).toEqual([[0, 1], [1, 2], [2, 3], [1, 3], [3, 4]]);
    const markdown = renderHistoryMarkdown(result);
    const lines = markdown.split('\n');
    const keyChanges = lines.slice(lines.indexOf('**Key changes by step**'));
    const headings = keyChanges.slice(0, keyChanges.indexOf('', 2)).filter((line) => line.startsWith('- **fomc_')).map((line) => line.replace(/^- \*\*(.*)\*\*: (.*)$/, '$1: $2'));
    expect(headings).toEqual([
      'fomc_2008-01-22 → fomc_2008-01-30: 5 substantive',
      'fomc_2008-01-30 → fomc_2008-03-11: 11 new · 6 dropped',
      'fomc_2008-03-11 → fomc_2008-03-18: 2 new · 11 dropped · 4 reinstated',
      'fomc_2008-01-30 → fomc_2008-03-18 (skipping fomc_2008-03-11, unrelated): 6 substantive',
      'fomc_2008-03-18 → fomc_2008-04-30: 6 substantive',
    ]);
    const skip = markdown.split('\n').indexOf('- **fomc_2008-01-30 → fomc_2008-03-18 (skipping fomc_2008-03-11, unrelated)**: 6 substantive');
    expect(markdown.split('\n')[skip + 1]).toBe('  - ¶ 1: rate 50 → rate 75; points to 3 → points to 2-1/4 — percentage changed: 50 basis points → 75 basis points; percentage changed: 3 percent → 2-1/4 percent (position 1)');
    expect(markdown.split('\n')[skip + 5]).toContain('dissent added: Charles I. Plosser');
  }, 120_000);

  it('consecutive related versions add no such step (FOMC 2008-01-22, 2008-01-30, 2008-04-30)', async () => {
    const result = await compareVersions(['2008-01-22', '2008-01-30', '2008-04-30'].map((date) => join(FOMC, `fomc_${date}.txt`)));
    expect(result.history.summary.map((step) => step.from)).toEqual([undefined, undefined]);
  }, 120_000);
});
