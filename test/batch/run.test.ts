import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch, mergeBatches, type BatchOptions } from '../../src/batch/index.js';
import type { BatchManifest, Lineage, PairRecord } from '../../src/types.js';
import { compare } from '../../src/pipeline.js';
import { renderJson } from '../../src/report/json.js';
import { run } from '../../src/cli/run.js';
import { HAS_SHARED, ROOT, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const FOMC = join(SHARED_DATA, 'fomc-statements');
// Eight statements of 2019 (one series, `previous` in each), plus 2018-12-19 for the chain's first link.
const FILES = ['2018-12-19', '2019-01-30', '2019-03-20', '2019-05-01', '2019-06-19', '2019-07-31', '2019-09-18', '2019-10-30', '2019-12-11'].map((date) => `fomc_${date}.txt`);
const GENERATED_AT = '2026-01-01T00:00:00Z';

/** Every file under `dir` (relative path → bytes), for byte-for-byte comparison of two outputs. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(dir, path), await readFile(path, 'utf8'));
    }
  };
  await walk(dir);
  return files;
}

const records = async (dir: string): Promise<PairRecord[]> =>
  (await readFile(join(dir, 'results.jsonl'), 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as PairRecord);

describe.skipIf(!HAS_SHARED || !existsSync(FOMC))(`runBatch on FOMC statements (${HAS_SHARED ? 'needs ../shared/data/fomc-statements' : SHARED_MISSING})`, () => {
  let work: string;
  let corpus: string;
  let cache: string;
  const options = (out: string, extra: Partial<BatchOptions> = {}): BatchOptions => ({ corpus, out: join(work, out), cacheDir: cache, jobs: 1, generatedAt: GENERATED_AT, html: false, ...extra });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'redline-batch-'));
    corpus = join(work, 'corpus');
    cache = join(work, 'cache');
    await mkdir(join(corpus, 'fomc'), { recursive: true });
    for (const file of FILES) await copyFile(join(FOMC, file), join(corpus, 'fomc', file));
    await copyFile(join(FOMC, 'README.md'), join(corpus, 'README.md')); // not a document
  });

  it('compares each statement with its previous in chain mode and writes the contract JSON for related pairs', async () => {
    const summary = await runBatch(options('chain', { mode: 'chain' }));
    expect(summary).toMatchObject({ documents: 9, failedDocuments: 0, pairs: 8, shardPairs: 8, compared: 8, estimated: 0, ok: true });
    const lines = await records(join(work, 'chain'));
    expect(lines.map((line) => `${line.left} → ${line.right}`)).toEqual(FILES.slice(1).map((file, i) => `${FILES[i].slice(0, -4)} → ${file.slice(0, -4)}`));
    const first = lines[0];
    expect(first.report).toBe('pairs/fomc_2018-12-19__fomc_2019-01-30.json');
    // The pair's report is exactly what `redline compare --format json` gives for the same two files.
    const expected = renderJson(await compare(join(corpus, 'fomc', FILES[0]), join(corpus, 'fomc', FILES[1])));
    expect(await readFile(join(work, 'chain', first.report!), 'utf8')).toBe(expected);
    expect(first.similarity).toBe(JSON.parse(expected).comparisons[0].similarity);
  });

  it('in chain mode compares and reports every consecutive pair, however low its similarity; other modes keep --min-similarity', async () => {
    // The first crisis statements of 2007: 08-17 → 09-18 (the first cut) is one of the least similar pairs of the series.
    const crisis = join(work, 'crisis');
    await mkdir(crisis, { recursive: true });
    for (const date of ['2007-08-07', '2007-08-10', '2007-08-17', '2007-09-18']) await copyFile(join(FOMC, `fomc_${date}.txt`), join(crisis, `fomc_${date}.txt`));
    const chain = await runBatch(options('crisis-chain', { corpus: crisis, mode: 'chain', minSimilarity: 0.9 }));
    expect(chain).toMatchObject({ pairs: 3, compared: 3, estimated: 0, reports: 3 });
    const lines = await records(join(work, 'crisis-chain'));
    const cut = lines.find((line) => line.left === 'fomc_2007-08-17' && line.right === 'fomc_2007-09-18')!;
    expect(cut.similarity).toBeLessThan(0.3);
    expect(cut).toMatchObject({ estimated: false, report: 'pairs/fomc_2007-08-17__fomc_2007-09-18.json' });
    expect(lines.every((line) => line.report !== null && !line.estimated)).toBe(true);

    // The same documents in all-pairs mode with a high threshold: some pairs are under it and the index says so.
    await runBatch(options('crisis-all', { corpus: crisis, mode: 'all', minSimilarity: 0.9 }));
    const all = await records(join(work, 'crisis-all'));
    const under = all.filter((line) => line.report === null).length;
    expect(under).toBeGreaterThan(0);
    const index = await readFile(join(work, 'crisis-all', 'index.html'), 'utf8');
    expect(index).toContain(`${under} of ${all.length} pairs fell under --min-similarity 0.9`);
  });

  it('writes byte-identical outputs for the same inputs, and three shards merge into exactly the single run', async () => {
    const cacheDir = join(work, 'cache-all'); // its own cache, so no pair is reused from the other tests
    expect(await runBatch(options('all-1', { mode: 'all', cacheDir }))).toMatchObject({ compared: 36, reused: 0 });
    // The second run finds every pair in the cache and only writes the files again.
    expect(await runBatch(options('all-2', { mode: 'all', cacheDir }))).toMatchObject({ compared: 36, reused: 36 });
    const single = await snapshot(join(work, 'all-1'));
    expect(await snapshot(join(work, 'all-2'))).toEqual(single);
    expect((await records(join(work, 'all-1'))).length).toBe(36);

    for (const index of [1, 2, 3]) await runBatch(options(`shard-${index}`, { mode: 'all', cacheDir, shard: { index, count: 3 } }));
    const shardLines = await Promise.all([1, 2, 3].map((index) => records(join(work, `shard-${index}`))));
    expect(shardLines.map((lines) => lines.length)).toEqual([12, 12, 12]);
    await mergeBatches([3, 1, 2].map((index) => join(work, `shard-${index}`)), join(work, 'merged'), GENERATED_AT);
    const merged = await snapshot(join(work, 'merged'));
    expect([...merged.keys()].sort()).toEqual([...single.keys()].sort());
    for (const [path, content] of single) expect(merged.get(path), path).toBe(content);

    // The same through the command line, with the time fixed by SOURCE_DATE_EPOCH (2026-01-01T00:00:00Z).
    const out: string[] = [];
    const io = { stdout: { write: (text: string) => out.push(text), isTTY: false }, stderr: { write: (text: string) => out.push(text) }, env: { SOURCE_DATE_EPOCH: '1767225600' } };
    expect(await run(['merge', ...[1, 2, 3].map((index) => join(work, `shard-${index}`)), '--out', join(work, 'merged-cli')], io)).toBe(0);
    expect(out.join('')).toBe(`redline merge: 3 shards, 36 pairs, 36 reports → ${join(work, 'merged-cli')}\n`);
    expect(await snapshot(join(work, 'merged-cli'))).toEqual(single);
  });

  it('refuses to merge shards of different runs or an incomplete set', async () => {
    await expect(mergeBatches([join(work, 'shard-1'), join(work, 'shard-2')], join(work, 'bad'), GENERATED_AT)).rejects.toThrow('shards 3 of 3 are missing');
    await expect(mergeBatches([join(work, 'shard-1'), join(work, 'chain')], join(work, 'bad'), GENERATED_AT)).rejects.toThrow('other inputs or options');
  });

  it('marks pairs below the pre-filter as estimated, with no counts, and still lists them', async () => {
    // Three statements and the seed (a Russia–Africa ICT statement): the seed shares no wording with monetary policy.
    const mixed = join(work, 'mixed');
    await mkdir(mixed);
    for (const file of FILES.slice(0, 3)) await copyFile(join(corpus, 'fomc', file), join(mixed, file));
    await copyFile(join(ROOT, 'seeds/000_9b5e0b9e7a90fd7e.txt'), join(mixed, 'seed.txt'));
    await runBatch(options('mixed-out', { corpus: mixed, mode: 'all' }));
    const lines = await records(join(work, 'mixed-out'));
    expect(lines).toHaveLength(6);
    const estimated = lines.filter((line) => line.estimated);
    expect(estimated.map((line) => [line.left, line.right].sort().join(' '))).toEqual(FILES.slice(0, 3).map((file) => `${file.slice(0, -4)} seed`));
    for (const line of estimated) expect(line).toMatchObject({ similarity: line.estimate, coverage: null, summary: null, report: null });
    for (const line of estimated) expect(line.estimate).toBeLessThan(0.15);
    for (const line of lines.filter((entry) => !entry.estimated)) expect(line.summary).not.toBeNull();
  });

  it('traces each target paragraph to the earlier statements that carry it, oldest first', async () => {
    const statements = await Promise.all(FILES.map((file) => readFile(join(corpus, 'fomc', file), 'utf8')));
    const body = (text: string) => text.split('\n---\n')[1].trim().split(/\n\n+/);
    const fresh = 'Redline test paragraph: the Committee will publish a wholly new framework for communicating about balance sheet runoff in plain language.';
    const target = join(work, 'target.md');
    await writeFile(target, `---\nid: draft-2020\ntitle: Draft\ndate: 2020-01-29\n---\n\n${body(statements[8])[0]}\n\n${fresh}\n`);
    const summary = await runBatch(options('target', { target, minSimilarity: 0.1 }));
    expect(summary).toMatchObject({ documents: 10, pairs: 9, ok: true });
    const lineage = JSON.parse(await readFile(join(work, 'target', 'lineage.json'), 'utf8')) as Lineage;
    expect(lineage.target).toBe('draft-2020');
    expect(lineage.paragraphs).toHaveLength(2);
    const [carried, added] = lineage.paragraphs;
    expect(added.sources).toEqual([]);
    // The first paragraph is the 2019-12-11 statement's first paragraph verbatim: that statement is its newest source.
    expect(carried.sources.at(-1)).toMatchObject({ document: 'fomc_2019-12-11', paragraphs: [0], kind: 'unchanged', similarity: 1 });
    const dates = carried.sources.map((source) => source.date!);
    expect(dates).toEqual([...dates].sort());
    const index = await readFile(join(work, 'target', 'index.html'), 'utf8');
    expect(index).toContain('Lineage of Draft <span class="muted">(draft-2020)</span>');
    expect(index).toContain('New: no earlier source');
    expect(index).toContain(`generated ${GENERATED_AT}`);
  });

  it('reports and skips a broken document, completes the rest and resumes from the journal of an interrupted run', async () => {
    const broken = join(work, 'broken');
    await mkdir(broken);
    for (const file of FILES.slice(0, 4)) await copyFile(join(corpus, 'fomc', file), join(broken, file));
    await writeFile(join(broken, 'fomc_bad.txt'), '---\ntitle: [unclosed\n---\n\ntext\n');
    const first = await runBatch(options('broken-out', { corpus: broken, mode: 'chain', cacheDir: null })); // no cache: only the journal resumes
    expect(first).toMatchObject({ documents: 4, failedDocuments: 1, pairs: 3, compared: 3, ok: false });
    const manifest = JSON.parse(await readFile(join(work, 'broken-out', 'batch.json'), 'utf8')) as BatchManifest;
    expect(manifest.failures.map((failure) => failure.path)).toEqual([join(broken, 'fomc_bad.txt')]);

    // Simulate an interruption after two pairs: their records are in the journal, the run's final files are not.
    const done = (await records(join(work, 'broken-out'))).slice(0, 2);
    const journal = join(work, 'broken-out', `.batch-journal-${manifest.planKey.slice(0, 16)}-all.jsonl`);
    await writeFile(journal, done.map((record) => JSON.stringify({ record, lineage: [] })).join('\n') + '\n{"record":{"pa');
    const before = await snapshot(join(work, 'broken-out'));
    await rm(join(work, 'broken-out', 'results.jsonl'));
    const second = await runBatch(options('broken-out', { corpus: broken, mode: 'chain', cacheDir: null }));
    expect(second).toMatchObject({ compared: 3, reused: 2 });
    before.delete(relative(join(work, 'broken-out'), journal));
    expect(await snapshot(join(work, 'broken-out'))).toEqual(before);
  });

  it('runs from the command line: exit 1, the broken input in one line, a summary line and the inputs by format', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: { write: (text: string) => out.push(text), isTTY: false }, stderr: { write: (text: string) => err.push(text) }, env: { SOURCE_DATE_EPOCH: '0' } };
    await writeFile(join(work, 'broken', 'notes.json'), '{}');
    const code = await run(['batch', '--mode', 'chain', '--corpus', join(work, 'broken'), '--out', join(work, 'cli'), '--cache', cache, '--jobs', '1'], io);
    await rm(join(work, 'broken', 'notes.json'));
    expect(code).toBe(1);
    expect(out.join('')).toMatch(
      /^redline batch: 4 documents \(1 series by front matter\), 3 pairs: 3 compared \(0 reused\), 0 estimated, 3 reports, 1 series history in [\d.]+ s → .*; FAILED: 1 documents, 0 pairs\ninputs: read 4 txt; failed 1 txt; skipped 1 json\n$/,
    );
    // The failure, then the skipped file named with what to do (trial 19-b D4: skipped files went unnamed).
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/^redline: .*fomc_bad\.txt: .*\n$/);
    expect(err[1]).toBe(`redline batch: skipped ${join(work, 'broken', 'notes.json')}: is not a format redline reads. Give texts as .txt, .md, .html, .pdf or .docx.\n`);
  });
});

describe.skipIf(!HAS_SHARED || !existsSync(FOMC))(`redline batch from the built dist with worker threads${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('gives the same results.jsonl as the in-process run', async () => {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT });
    const work = await mkdtemp(join(tmpdir(), 'redline-batch-dist-'));
    const corpus = join(work, 'corpus');
    await mkdir(corpus);
    for (const file of FILES.slice(0, 5)) await copyFile(join(FOMC, file), join(corpus, file));
    execFileSync('node', [join(ROOT, 'bin/redline.js'), 'batch', '--corpus', corpus, '--mode', 'all', '--out', join(work, 'threads'), '--cache', join(work, 'cache'), '--jobs', '2'], { env: { ...process.env, SOURCE_DATE_EPOCH: '0' } });
    await runBatch({ corpus, mode: 'all', out: join(work, 'inline'), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '1970-01-01T00:00:00Z' });
    expect(await readFile(join(work, 'threads', 'results.jsonl'), 'utf8')).toBe(await readFile(join(work, 'inline', 'results.jsonl'), 'utf8'));
    expect(await snapshot(join(work, 'threads'))).toEqual(await snapshot(join(work, 'inline')));
  });
});
