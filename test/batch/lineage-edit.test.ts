import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import type { Lineage, TargetMemo } from '../../src/types.js';
import { ROOT, SEED } from '../helpers/paths.js';

/**
 * One encoding of the modified class (trial 17-c D4): lineage.json's sources carry `edit` as target.json's do
 * (none / editorial / routine / substantive, from the pair report's finding); before, lineage.json had none, and a
 * spelling variant ("organizations → organisations") was a bare "modified, similarity 1" source there.
 */
describe('lineage.json carries the modified class of each source (seed against corpus/examples)', () => {
  let lineage: Lineage;
  let memo: TargetMemo;
  beforeAll(async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-lineage-edit-'));
    const out = join(work, 'out');
    await runBatch({ corpus: join(ROOT, 'corpus/examples'), target: SEED, out, cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z', html: false });
    lineage = JSON.parse(await readFile(join(out, 'lineage.json'), 'utf8')) as Lineage;
    memo = JSON.parse(await readFile(join(out, 'target.json'), 'utf8')) as TargetMemo;
  }, 300_000);

  it('says editorial where the pair report reads a spelling variant (¶ 1: organizations → organisations)', () => {
    const paragraph = lineage.paragraphs.find((candidate) => candidate.text.includes('organisations'))!;
    expect(paragraph.sources.map((source) => [source.kind, source.similarity, source.edit])).toEqual([['modified', 1, 'editorial']]);
  });

  it('gives every source a class, the same as target.json for the same source', () => {
    const sources = lineage.paragraphs.flatMap((paragraph) => paragraph.sources.map((source) => ({ text: paragraph.text, source })));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter(({ source }) => source.edit === undefined || source.edit === null)).toEqual([]);
    const byText = new Map(sources.map(({ text, source }) => [`${text}|${source.paragraphs.join(',')}`, source.edit]));
    const memoSources = memo.paragraphs.flatMap((paragraph) => paragraph.sources.map((source) => [`${paragraph.text}|${source.paragraphs.join(',')}`, source.edit] as const));
    expect(memoSources.length).toBeGreaterThan(0);
    for (const [key, edit] of memoSources) expect([key, byText.get(key)]).toEqual([key, edit]);
  });
});
