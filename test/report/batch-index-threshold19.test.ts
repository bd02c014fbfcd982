import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { thresholdNote } from '../../src/report/batch-index.js';
import { DRAFT, HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const ICT = join(SHARED_DATA, 'un-resolutions/texts/ict-security');

/**
 * Trial 19-b D12: the seed against the illustrative draft and unrelated texts; the index said "To compare the closest in
 * full, run again with --min-similarity 0.03" while the only source, the draft, was compared in full already and the
 * others give no paragraph. The hint stays where a document not compared in full does give a paragraph.
 */
describe.skipIf(!HAS_SHARED || !existsSync(ICT))(`thresholdNote in target mode (${HAS_SHARED ? 'seed, draft, ICT resolutions' : SHARED_MISSING})`, () => {
  let summary: Awaited<ReturnType<typeof runBatch>>;
  beforeAll(async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-threshold19-'));
    await mkdir(join(work, 'field'));
    for (const file of ['A_RES_74_247.txt', 'A_RES_75_282.txt']) await copyFile(join(ICT, file), join(work, 'field', file));
    await copyFile(DRAFT, join(work, 'field', '2024-draft-illustrative.md'));
    summary = await runBatch({ corpus: join(work, 'field'), target: SEED, out: join(work, 'out'), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z', html: false });
  }, 120_000);

  it('suggests no lower --min-similarity when every source was compared in full', () => {
    expect(summary.reports).toBe(1);
    const note = thresholdNote(summary.manifest, summary.results, summary.lineage ?? null)!;
    expect(note).toMatch(/^2 of 3 pairs fell under --min-similarity 0\.3 and have no report \(the closest is estimated at \d+%, but none of the documents not compared in full gives the target a paragraph: each was searched paragraph by paragraph, and the paragraphs traced come from the pairs compared in full\)\. A full comparison would find next to nothing; /);
    expect(note).not.toContain('run again');
  });
  it('still suggests one when a document not compared in full gives a paragraph', () => {
    const lineage = summary.lineage!;
    // The same run, as if 74/247 had given ¶ 3 a source: then a full comparison of it can say what changed.
    const given = { ...lineage, paragraphs: lineage.paragraphs.map((paragraph, k) => (k === 3 ? { ...paragraph, status: 'traced' as const, sources: [{ ...paragraph.sources[0], document: 'A/RES/74/247' }] } : paragraph)) };
    expect(given.paragraphs[3].sources[0]).toBeDefined();
    expect(thresholdNote(summary.manifest, summary.results, given)).toMatch(/To compare the closest in full, run again with --min-similarity 0\.0\d+/);
  });
});
