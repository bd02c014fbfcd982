import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { isEarlier, sameSpan } from '../../src/batch/lineage.js';
import type { BatchDocument, TargetMemo } from '../../src/types.js';
import { SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const RUSSIA_2024 = join(SHARED_DATA, 'ungdc/RUS/RUS_2024_S79.txt');
const HAS_DATA = existsSync(RUSSIA_2024);

describe('a date known only to the year is within that year (trial 21-b D1)', () => {
  const dated = (date: string | null): BatchDocument => ({ date } as BatchDocument);
  it('is neither earlier nor later than a full date of the same year, and earlier than one of the next', () => {
    expect(sameSpan('2024', '2024-05-01')).toBe(true);
    expect(sameSpan('2024-09', '2024-09-21')).toBe(true);
    expect(sameSpan('2024-05-01', '2024-05-01')).toBe(false);
    expect(isEarlier(dated('2024'), dated('2024-05-01'))).toBe(false);
    expect(isEarlier(dated('2024-05-01'), dated('2024'))).toBe(false);
    expect(isEarlier(dated('2023'), dated('2024-05-01'))).toBe(true);
    expect(isEarlier(dated('2024-04-30'), dated('2024-05-01'))).toBe(true);
  });

  /**
   * A May 2024 statement quoting a paragraph of Russia's General Debate speech of September 2024 (dated "2024" in the
   * corpus): the speech was said to be one of "192 earlier documents searched" and the source of the paragraph.
   */
  it.skipIf(!HAS_DATA)(`a May 2024 text does not take its wording from a speech dated "2024" (${HAS_DATA ? 'RUS_2024_S79' : SHARED_MISSING})`, async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-year-only-'));
    await mkdir(join(work, 'corpus'));
    await copyFile(RUSSIA_2024, join(work, 'corpus', 'RUS_2024_S79.txt'));
    const quoted = (await readFile(RUSSIA_2024, 'utf8')).split('\n').find((line) => line.startsWith('It is not too late to breathe'))!;
    const target = join(work, 'may.md');
    await writeFile(target, `---\ntitle: test statement of May 2024\ndate: 2024-05-01\n---\n\nWe, the ministers, met in May 2024 to discuss the United Nations.\n\n${quoted}\n\nWe agreed to meet again next year in a city to be decided.\n`);
    const result = await runBatch({ corpus: join(work, 'corpus'), target, out: join(work, 'out'), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z', html: false });
    expect(result.lineage!.documentsSearched).toBe(0);
    expect(result.lineage!.paragraphs.flatMap((paragraph) => paragraph.sources)).toEqual([]);
    const memo = JSON.parse(await readFile(join(work, 'out', 'target.json'), 'utf8')) as TargetMemo;
    expect(memo.orderUnknown).toEqual([{ id: 'RUS_2024_S79', name: expect.stringContaining('Russia') as string, date: '2024' }]);
    const markdown = await readFile(join(work, 'out', 'target.md'), 'utf8');
    expect(markdown).toContain('dated only 2024 (the target\'s year, 2024-05-01): same year, order unknown, so not searched as a source.');
  }, 60_000);
});
