import { appendFile, copyFile, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions } from '../../src/batch/index.js';
import { decodeEntry, encodeEntry, type CachedHistory } from '../../src/batch/cache-entries.js';
import { resolveBatchOptions } from '../../src/batch/options.js';
import { documentTaskSettings, runTask } from '../../src/batch/tasks.js';
import type { DigestStep } from '../../src/types.js';
import type { SeriesHistoryRecord } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { ACCOUNTABILITY, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

/**
 * Issue 21 session 19: a warm chain batch re-read every text and collated every history again (a third of its time
 * each); a history is now cached by everything that decides it (`historyKey` in tasks.ts). The shortcut is sound only if
 * a history from the cache is byte for byte the one collated, and is collated anew when a version's bytes change.
 */
const GENERATED_AT = '2026-01-01T00:00:00Z';

async function entriesIn(cache: string, kind: 'histories' | 'digest'): Promise<string[]> {
  const found: string[] = [];
  for (const folder of await readdir(join(cache, kind)).catch(() => [] as string[])) {
    for (const name of await readdir(join(cache, kind, folder))) found.push(join(cache, kind, folder, name));
  }
  return found.sort();
}
const historyEntries = (cache: string): Promise<string[]> => entriesIn(cache, 'histories');

async function historyFiles(out: string, record: SeriesHistoryRecord): Promise<Buffer[]> {
  return Promise.all([record.json!, record.html!, record.docx!].map((path) => readFile(join(out, path))));
}

describe.skipIf(!UN_SERIES_AVAILABLE)(`a chain batch's series histories from the cache (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('writes the same files and records from the cache as collated, reads the entry it keeps, and collates again when a version changes', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-history-cache-'));
    const corpus = join(work, 'corpus');
    await mkdir(corpus);
    const files = (await readdir(join(UN_SERIES, ACCOUNTABILITY))).sort();
    for (const file of files) await copyFile(join(UN_SERIES, ACCOUNTABILITY, file), join(corpus, file));
    const cache = join(work, 'cache');
    const options = (out: string, cacheDir: string | null = cache): BatchOptions => ({ corpus, out: join(work, out), cacheDir, jobs: 1, generatedAt: GENERATED_AT });

    const bare = await runBatch(options('bare', null));
    const cold = await runBatch(options('cold'));
    expect(await historyEntries(cache)).toHaveLength(1);
    const warm = await runBatch(options('warm'));
    // The warm run found the cold run's entry: one entry, not a second under another key.
    expect(await historyEntries(cache)).toHaveLength(1);
    expect(cold.histories).toHaveLength(1);
    expect(cold.histories[0].positions).toBeGreaterThan(10);
    // The cache's history and the one collated without a cache: the same records, the same bytes.
    expect(warm.histories).toEqual(cold.histories);
    expect(bare.histories).toEqual(cold.histories);
    const collated = await historyFiles(join(work, 'bare'), bare.histories[0]);
    expect(await historyFiles(join(work, 'cold'), cold.histories[0])).toEqual(collated);
    expect(await historyFiles(join(work, 'warm'), warm.histories[0])).toEqual(collated);
    expect(await readFile(join(work, 'warm', 'digest.json'), 'utf8')).toBe(await readFile(join(work, 'bare', 'digest.json'), 'utf8'));

    // The same history task with its pair reports in the other order (a run's pairs come in the order they finished:
    // session 19's CI kept a second entry after the warm run, as the cold run's pairs had finished in the other order)
    // keys the same entry: no new one.
    const resolved = resolveBatchOptions(options('warm'));
    const byId = new Map(warm.manifest.documents.map((document) => [document.id, document]));
    const series = warm.manifest.series.find((one) => one.id === warm.histories[0].series)!;
    const pairs = warm.results.flatMap((record) => (record.report === null ? [] : [{ left: record.left, right: record.right, report: record.report }]));
    expect(pairs).toHaveLength(2);
    await runTask({ kind: 'history', series: series.id, title: null, documents: series.documents.map((id) => ({ id, path: byId.get(id)!.path, sha256: byId.get(id)!.sha256 })), pairs: [...pairs].reverse(), ...documentTaskSettings(resolved) });
    expect(await historyEntries(cache)).toHaveLength(1);

    // The entry is what a warm run writes: a marked entry comes out as it is (so the run did not collate again).
    const [entry] = await historyEntries(cache);
    const decoded = decodeEntry(await readFile(entry, 'utf8'));
    if (!decoded.ok) throw new Error(decoded.problem);
    const kept = decoded.value as CachedHistory;
    await writeFile(entry, encodeEntry({ ...kept, jsonText: kept.jsonText.replace('"name": "redline"', '"name": "redline-from-the-cache"') }));
    const marked = await runBatch(options('marked'));
    expect(await readFile(join(work, 'marked', marked.histories[0].json!), 'utf8')).toContain('"redline-from-the-cache"');
    expect(await historyEntries(cache)).toHaveLength(1);

    // A version's bytes changed: another key, collated anew (the marked entry is not used), a second entry kept.
    await appendFile(join(corpus, files[files.length - 1]), '\n\n15. Decides to remain seized of the matter.\n');
    const changed = await runBatch(options('changed'));
    expect(await readFile(join(work, 'changed', changed.histories[0].json!), 'utf8')).not.toContain('"redline-from-the-cache"');
    // The new key's entry beside the marked one.
    expect(await historyEntries(cache)).toHaveLength(2);
  }, 300_000);

  it("keeps a digest's steps: the same digest from the cache as made without one, an entry read as kept, and made again when its pair report changes", async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-digest-cache-'));
    const corpus = join(work, 'corpus');
    await mkdir(corpus);
    for (const file of await readdir(join(UN_SERIES, ACCOUNTABILITY))) await copyFile(join(UN_SERIES, ACCOUNTABILITY, file), join(corpus, file));
    const cache = join(work, 'cache');
    const options = (out: string, cacheDir: string | null = cache): BatchOptions => ({ corpus, out: join(work, out), cacheDir, jobs: 1, generatedAt: GENERATED_AT });
    const bare = await runBatch(options('bare', null));
    await runBatch(options('cold'));
    const steps = bare.results.filter((record) => record.report !== null && record.error === undefined).length;
    expect(steps).toBe(2); // three resolutions, two steps
    expect(await entriesIn(cache, 'digest')).toHaveLength(steps);
    await runBatch(options('warm'));
    for (const file of ['digest.md', 'digest.json', 'digest.docx', 'index.html']) {
      const made = await readFile(join(work, 'bare', file));
      expect(await readFile(join(work, 'cold', file))).toEqual(made);
      expect(await readFile(join(work, 'warm', file))).toEqual(made);
    }
    // Every entry marked: the next digest is made of them (nothing made again).
    for (const entry of await entriesIn(cache, 'digest')) {
      const decoded = decodeEntry(await readFile(entry, 'utf8'));
      if (!decoded.ok) throw new Error(decoded.problem);
      await writeFile(entry, encodeEntry({ ...(decoded.value as DigestStep), similarity: 0.123456 }));
    }
    await runBatch(options('marked'));
    const similarities = (out: string): Promise<number[]> => readFile(join(work, out, 'digest.json'), 'utf8').then((text) => (JSON.parse(text) as { series: Array<{ steps: DigestStep[] }> }).series.flatMap((one) => one.steps.map((step) => step.similarity)));
    expect(await similarities('marked')).toEqual(Array.from({ length: steps }, () => 0.123456));
    expect(await similarities('bare')).not.toContain(0.123456);
    // A version's words changed (in a copy of the corpus: a worker keeps the documents it read by path, and this test
    // runs every batch in one process): the last step's report differs, so its step is made again, and kept.
    const files = (await readdir(corpus)).sort();
    const edited = join(work, 'edited');
    await mkdir(edited);
    for (const file of files) await copyFile(join(corpus, file), join(edited, file));
    const newest = join(edited, files[files.length - 1]);
    const text = await readFile(newest, 'utf8');
    expect(text).toContain('13. Requests the Secretariat');
    await writeFile(newest, text.replace('13. Requests the Secretariat', '13. Urges the Secretariat'));
    const before = (await entriesIn(cache, 'digest')).length;
    await runBatch({ ...options('changed'), corpus: edited });
    const changed = await similarities('changed');
    expect(changed).toHaveLength(2);
    expect(changed[1]).not.toBe(0.123456);
    expect(await readFile(join(work, 'changed', 'digest.md'), 'utf8')).toContain('Urges');
    expect((await entriesIn(cache, 'digest')).length).toBeGreaterThan(before);
  }, 300_000);
});
