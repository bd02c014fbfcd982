import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { compare, compareVersions } from '../../src/pipeline.js';
import { relationNote, unrelatedAbsence } from '../../src/report/labels.js';
import { renderText } from '../../src/report/text.js';
import type { PairRecord } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { DPRK, SYRIA, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

// Trial 17 b, D4: Syria 79/185 → 80/224 (one title, the resolution rewritten after the fall of the Assad regime) was
// "These texts look unrelated (6% similar …)" with no key changes in `report`, "unrelated?" with no line in a batch
// digest of a series declared by folder, while `history` listed the step. One resolution under one title is rewritten,
// not unrelated: every command now lists its changes, and says it was largely rewritten.
if (!UN_SERIES_AVAILABLE) console.warn(SHARED_MISSING);
const [OLDER, NEWER] = ['A_RES_79_185.txt', 'A_RES_80_224.txt'].map((file) => join(UN_SERIES, SYRIA, file));

describe.skipIf(!UN_SERIES_AVAILABLE)('one UN resolution rewritten under its title is no pair of unrelated texts (Syria 79/185 → 80/224)', () => {
  it('compare/report: 6 % similar, sameResolution, "Largely rewritten", key changes listed (dropped OP 1 among them)', async () => {
    const result = await compare(OLDER, NEWER);
    const [comparison] = result.comparisons;
    expect(Math.round(comparison.similarity * 100)).toBe(6);
    expect(comparison.sameResolution).toBe(true);
    expect(relationNote(comparison)).toBe('Largely rewritten (6% similar, 14% shared wording): the same resolution under the same title, most of its paragraphs dropped or new.');
    expect(unrelatedAbsence(comparison)).toBeNull();
    const text = renderText(result, { color: false });
    expect(text).toContain('key changes:');
    // Since session 19 (trial 19-a D8) new operative paragraphs rank before dropped ones: the rewritten text's own
    // opening leads the key changes, the 90 dropped paragraphs among the counted rest.
    expect(text).toContain('new OP 1: Affirms support for the Syrian people');
    expect(text).not.toContain('look unrelated');
  }, 120_000);

  it('two resolutions of different titles stay unrelated (Syria 80/224 against DPRK 80/220)', async () => {
    const [comparison] = (await compare(join(UN_SERIES, DPRK, 'A_RES_80_220.txt'), NEWER)).comparisons;
    expect(comparison.sameResolution).toBeUndefined();
    expect(relationNote(comparison)).toMatch(/^These texts look unrelated/);
  }, 120_000);

  it('history: the step is said to be the same resolution largely rewritten, not "two texts rather than two versions"', async () => {
    const history = await compareVersions([OLDER, NEWER]);
    expect(history.warnings.map((warning) => warning.code)).toContain('history-rewritten');
    expect(history.warnings.map((warning) => warning.code)).not.toContain('history-unrelated');
  }, 120_000);

  it('batch --series-by folder: the step is not "unrelated" and its changes are in the digest', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-rewritten-'));
    await mkdir(join(work, 'corpus', 'syria'), { recursive: true });
    for (const path of [OLDER, NEWER]) await copyFile(path, join(work, 'corpus', 'syria', path.split('/').pop()!));
    await runBatch({ corpus: join(work, 'corpus'), out: join(work, 'out'), mode: 'chain', seriesBy: 'folder', cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z' });
    const [record] = (await readFile(join(work, 'out', 'results.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as PairRecord);
    expect([record.unrelated, record.sameResolution]).toEqual([undefined, true]);
    const digest = await readFile(join(work, 'out', 'digest.md'), 'utf8');
    expect(digest).toContain('A/RES/79/185 → A/RES/80/224: 131 negotiated changes');
    expect(digest).not.toContain('unrelated');
  }, 240_000);
});
