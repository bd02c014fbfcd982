import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCorpusFiles, sortDate, uniqueIds } from '../../src/corpus/read-corpus.js';
import { planPairs } from '../../src/corpus/batch-plan.js';
import { documentSignature, SignatureIndex } from '../../src/corpus/batch-signature.js';
import { inShard, parseShard } from '../../src/corpus/shard.js';
import type { BatchDocument } from '../../src/corpus/batch-types.js';

const doc = (id: string, date: string | null, series: string | null = null, previous: string | null = null): BatchDocument => ({
  id, path: `${id}.txt`, sha256: id, title: id, date, series, previous, paragraphs: 1,
});

describe('listCorpusFiles', () => {
  it('reads .txt and .md recursively in path order, skipping READMEs, dot-files and other extensions', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-list-'));
    await mkdir(join(dir, 'b'));
    await mkdir(join(dir, 'a'));
    for (const name of ['b/2.txt', 'a/1.md', 'a/README.md', 'README.md', '.hidden.txt', 'index.csv', 'z.txt']) await writeFile(join(dir, name), 'x');
    expect((await listCorpusFiles(dir)).map((path) => path.slice(dir.length + 1))).toEqual(['a/1.md', 'b/2.txt', 'z.txt']);
  });

  it('names the folder when it is not one', async () => {
    await expect(listCorpusFiles('/no/such/folder')).rejects.toThrow('is not a folder');
  });
});

describe('sortDate and uniqueIds', () => {
  it('falls back to a year-only date, as the UN General Debate files have', () => {
    expect(sortDate({ date: null, extra: { year: 2024 } })).toBe('2024');
    expect(sortDate({ date: '2023-12-13', extra: { year: 1999 } })).toBe('2023-12-13');
    expect(sortDate({ date: null })).toBeNull();
  });

  it('keeps the first of a repeated id and suffixes the rest', () => {
    expect(uniqueIds(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a~2', 'a~3']);
  });
});

describe('planPairs', () => {
  const documents = [doc('a1', '2020', 'A'), doc('b1', '2020', 'B'), doc('a2', '2021', 'A'), doc('b2', '2021', 'B', '2020'), doc('a3', '2022', 'A', 'a1')];

  it('pairs each document with the previous of its series, or the one its front matter names', () => {
    expect(planPairs(documents, 'chain', null)).toEqual([
      { left: 0, right: 2 },
      { left: 1, right: 3 },
      { left: 0, right: 4 }, // a3 names a1 as its previous, skipping a2
    ]);
  });

  it('pairs the target with every other document, the older always on the left', () => {
    expect(planPairs(documents, 'target', 2)).toEqual([
      { left: 0, right: 2 },
      { left: 1, right: 2 },
      { left: 2, right: 3 },
      { left: 2, right: 4 },
    ]);
  });

  it('plans n·(n−1)/2 pairs in all mode', () => {
    expect(planPairs(documents, 'all', null)).toHaveLength(10);
  });
});

describe('SignatureIndex', () => {
  const text = (words: string) => [{ text: words }];
  const signatures = [
    documentSignature(text('the committee decided to raise the target range for the federal funds rate')),
    documentSignature(text('the committee decided to raise the target range for the federal funds rate')),
    documentSignature(text('a wholly different speech about oceans fisheries and coral reefs')),
    documentSignature(text('the committee decided to lower the target range for the federal funds rate')),
  ];

  it('estimates 1 for equal texts, 0 for unrelated ones and in between for an edit', () => {
    const index = new SignatureIndex(signatures);
    expect(index.estimate(0, 1)).toBe(1);
    expect(index.estimate(0, 2)).toBe(0);
    // 13 words → 11 shingles each; "raise" → "lower" breaks the 3 shingles that contain it: 8 shared of 11 + 11.
    expect(index.estimate(0, 3)).toBe(Math.round((16 / 22) * 10000) / 10000);
  });

  it('gives the same estimates through the all-pairs inverted index as through merging', () => {
    const merged = new SignatureIndex(signatures);
    const inverted = new SignatureIndex(signatures);
    inverted.fillAllPairs();
    for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) expect(inverted.estimate(a, b)).toBe(merged.estimate(a, b));
  });
});

describe('shards', () => {
  it('parses K/N and refuses what is not a shard', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(() => parseShard('4/3')).toThrow('--shard is "4/3"');
    expect(() => parseShard('x')).toThrow('--shard is "x"');
  });

  it('deals pairs round-robin so the shards partition the run', () => {
    const owners = Array.from({ length: 10 }, (_, pair) => [1, 2, 3].filter((index) => inShard(pair, { index, count: 3 })));
    expect(owners).toEqual([[1], [2], [3], [1], [2], [3], [1], [2], [3], [1]]);
  });
});
