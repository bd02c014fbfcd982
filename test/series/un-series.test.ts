import { copyFile, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExecutor } from '../../src/batch/executor.js';
import { resolveBatchOptions } from '../../src/batch/options.js';
import { planRun } from '../../src/batch/plan.js';
import { scanCorpus } from '../../src/batch/scan.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const TEXTS = join(SHARED_DATA, 'un-resolutions/texts');

/** Every series text and the four drafts, copied into one flat folder: no front matter, no folder to tell them apart. */
async function flatCorpus(): Promise<string> {
  const corpus = await mkdtemp(join(tmpdir(), 'redline-un-series-'));
  for (const folder of await readdir(join(TEXTS, 'series'))) {
    for (const name of await readdir(join(TEXTS, 'series', folder))) await copyFile(join(TEXTS, 'series', folder, name), join(corpus, name));
  }
  for (const name of await readdir(join(TEXTS, 'drafts'))) await copyFile(join(TEXTS, 'drafts', name), join(corpus, name));
  return corpus;
}

describe.skipIf(!HAS_SHARED)(`UN series found by title in one flat folder${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('groups 214 texts into 70 series by UN title and plans only consecutive versions and each draft with its adopted text', async () => {
    const corpus = await flatCorpus();
    // The plan phase of a chain run (scan, then plan), the code `runBatch` runs; comparing the 144 pairs would add 20 s.
    const options = resolveBatchOptions({ corpus, mode: 'chain', out: join(corpus, 'out'), cacheDir: null, generatedAt: '1970-01-01T00:00:00Z' });
    const executor = await createExecutor(1);
    const scanned = await scanCorpus(options, executor);
    const plan = await planRun(options, scanned);
    const { series, documents } = plan.manifest;

    // The issue counts 207 texts, 69 series and 138 pairs, one per folder of texts/series/. But the folder
    // implementation-of-the-declaration-on-the-granting-of-indepen holds two resolutions with different titles
    // (78/101 → 79/114 → 80/105, and "… by the specialized agencies …" 78/83 → 79/96 → 80/87): 210 texts in 70 series,
    // 140 version pairs, plus one draft pair for each of the 4 drafts: 144.
    expect(documents).toHaveLength(214);
    expect(series).toHaveLength(70);
    expect(series.every((entry) => entry.basis === 'un-title')).toBe(true);
    expect(series.map((entry) => entry.documents.length).sort()).toEqual([...Array(66).fill(3), ...Array(4).fill(4)]);
    expect(plan.pairs).toHaveLength(144);
    expect(plan.pairs.filter((pair) => pair.step === 'version')).toHaveLength(140);

    const seriesOf = new Map(series.flatMap((entry) => entry.documents.map((id) => [id, entry.id] as const)));
    const id = (position: number): string => documents[position].id;
    // No pair across series, and each pair stamped with the series of both its documents.
    for (const pair of plan.pairs) expect([seriesOf.get(id(pair.left)), seriesOf.get(id(pair.right))]).toEqual([pair.series, pair.series]);
    // Each draft lands in the series of the text that adopted it, before it, compared with it (the last step of its session).
    const drafts = plan.pairs.filter((pair) => pair.step === 'draft').map((pair) => [id(pair.left), id(pair.right)]);
    expect(drafts.sort()).toEqual([
      ['A/80/L.6', 'A/RES/80/4'],
      ['A/80/L.7', 'A/RES/80/7'],
      ['A/C.1/80/L.9', 'A/RES/80/46'],
      ['A/C.6/80/L.12', 'A/RES/80/168'],
    ]);
    const arms = series.find((entry) => entry.documents.includes('A/RES/80/46'))!;
    expect(arms).toMatchObject({
      id: 'the-arms-trade-treaty',
      title: 'The Arms Trade Treaty',
      documents: ['A/RES/78/48', 'A/RES/79/52', 'A/C.1/80/L.9', 'A/RES/80/46'],
      drafts: [{ drafts: ['A/C.1/80/L.9'], adopted: 'A/RES/80/46' }],
      committee: 'First Committee',
    });
    // Versions go session to session, to the session's draft where the series holds it (what was tabled), as the series
    // history steps; the draft step then goes to the adopted text.
    const versions = plan.pairs.filter((pair) => pair.series === arms.id && pair.step === 'version').map((pair) => [id(pair.left), id(pair.right)]);
    expect(versions).toEqual([
      ['A/RES/78/48', 'A/RES/79/52'],
      ['A/RES/79/52', 'A/C.1/80/L.9'],
    ]);
    await executor.close();
  }, 120_000);
});
