import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions } from '../../src/batch/index.js';
import { HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Trial 15a, defect 4: README says `--min-similarity` "decides only which pair reports are written", but the seed against
 * the ICT resolutions at `--threshold 0.15` was all "new", and adding `--min-similarity 0` traced 11 paragraphs, several
 * to wrong sources: the reports of the unrelated pairs were written, and their forced in-order alignments taken as
 * sources (¶ 7, the Points of Contact Directory, "from" A/RES/75/282 OP 7, observers invited; ¶ 17, sovereignty, "from"
 * A/RES/73/187 PP 14, human rights). A reported pair's alignment now counts only from the default report threshold.
 */
const ICT = join(SHARED_DATA, 'un-resolutions/texts/ict-security');
const GENERATED_AT = '2026-01-01T00:00:00Z';

describe.skipIf(!HAS_SHARED || !existsSync(ICT))(`the lineage does not depend on --min-similarity (${HAS_SHARED ? 'needs ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  let work: string;
  const options = (out: string, extra: Partial<BatchOptions> = {}): BatchOptions => ({ corpus: join(work, 'field'), target: SEED, out: join(work, out), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: GENERATED_AT, ...extra });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'redline-lineage-min-similarity-'));
    await mkdir(join(work, 'field'));
    for (const file of ['A_RES_73_187.txt', 'A_RES_75_282.txt']) await copyFile(join(ICT, file), join(work, 'field', file));
  });

  it('writes the same lineage.json with --min-similarity 0 as with the default, only more reports', async () => {
    const compare = { threshold: 0.15 };
    const byDefault = await runBatch(options('default', { compare }));
    const lowered = await runBatch(options('lowered', { compare, minSimilarity: 0 }));
    expect([byDefault.reports, lowered.reports]).toEqual([0, 2]);
    // Before: ¶ 7 → A/RES/75/282 OP 7 (0.21) and ¶ 17 → A/RES/73/187 PP 14 (0.24) with --min-similarity 0 only.
    const sources = (summary: typeof lowered) => summary.lineage!.paragraphs.flatMap((paragraph) => paragraph.sources.map((source) => `${paragraph.label} ← ${source.document} ${source.labels?.join(' + ')}`));
    expect(sources(lowered)).toEqual([]);
    expect(await readFile(join(work, 'lowered', 'lineage.json'), 'utf8')).toBe(await readFile(join(work, 'default', 'lineage.json'), 'utf8'));
  }, 120_000);
});
