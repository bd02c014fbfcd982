import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch, type BatchOptions } from '../../src/batch/index.js';
import { batchJobs } from '../../src/batch/run.js';
import { decodeEntry, encodeEntry } from '../../src/batch/cache-entries.js';
import { run } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/shared.js';
import { PARAGRAPHS, makeStatementCorpus } from '../helpers/batch-corpus.js';

const GENERATED_AT = '2026-01-01T00:00:00Z';
const makeCorpus = makeStatementCorpus;

const options = (work: string, corpus: string, out: string, extra: Partial<BatchOptions> = {}): BatchOptions => ({
  corpus,
  out: join(work, out),
  cacheDir: join(work, 'cache'),
  jobs: 1,
  generatedAt: GENERATED_AT,
  ...extra,
});

async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else found.push(relative(dir, path));
    }
  };
  await walk(dir);
  return found.sort();
}

describe('the batch cache, trusted no further than it is checked', () => {
  it('never takes a path from a pair entry: a report path pointing elsewhere writes nothing outside --out', async () => {
    const { work, corpus } = await makeCorpus();
    await runBatch(options(work, corpus, 'first'));
    const pairFiles = (await filesUnder(join(work, 'cache'))).filter((path) => path.startsWith('pairs/'));
    expect(pairFiles.length).toBeGreaterThan(0);
    // Craft entries with a valid checksum whose record names a report outside the output folder.
    for (const file of pairFiles) {
      const decoded = decodeEntry(await readFile(join(work, 'cache', file), 'utf8'));
      if (!decoded.ok) throw new Error(decoded.problem);
      const entry = decoded.value as { record: { report: string | null; html: string | null } };
      entry.record.report = '../../escaped.json';
      entry.record.html = '/tmp/escaped.html';
      await writeFile(join(work, 'cache', file), encodeEntry(entry));
    }
    const summary = await runBatch(options(work, corpus, 'second'));
    expect(summary.reused).toBe(pairFiles.length);
    expect(existsSync(join(work, 'escaped.json'))).toBe(false);
    expect(existsSync(join(work, '..', 'escaped.json'))).toBe(false);
    // Same outputs as the first run, reports where a run puts them.
    expect(await filesUnder(join(work, 'second'))).toEqual(await filesUnder(join(work, 'first')));
    const results = await readFile(join(work, 'second', 'results.jsonl'), 'utf8');
    expect(results).not.toContain('escaped');
  });

  it('recomputes entries of the wrong shape or a bad checksum, reports them once, and writes what a clean run writes', async () => {
    const { work, corpus } = await makeCorpus();
    await runBatch(options(work, corpus, 'clean'));
    const entries = (await filesUnder(join(work, 'cache'))).filter((path) => path !== 'CACHEDIR.TAG'); // the folder's mark, not an entry
    expect(entries.some((path) => path.startsWith('normalized/')) && entries.some((path) => path.startsWith('scan/'))).toBe(true);
    // Every kind of damage: `{}` with a valid checksum (parses, wrong shape), `{}` without one, a cut-off file.
    for (const [k, file] of entries.entries()) {
      const damage = [encodeEntry({}), '{}', (await readFile(join(work, 'cache', file), 'utf8')).slice(0, 90)][k % 3];
      await writeFile(join(work, 'cache', file), damage);
    }
    const summary = await runBatch(options(work, corpus, 'repaired'));
    expect(summary.ok).toBe(true);
    // Each damaged entry read is reported once (normalized forms may come from this process's memory instead: in-process runs share it).
    const reported = summary.cacheProblems.map((problem) => problem.slice(0, problem.indexOf(': ')));
    expect(new Set(reported).size).toBe(reported.length);
    expect(reported.every((path) => entries.includes(path))).toBe(true);
    expect(entries.filter((path) => !path.startsWith('normalized/')).every((path) => reported.includes(path))).toBe(true);
    expect(summary.cacheProblems.every((problem) => /: (has no checksum header|fails its checksum|does not have the shape)/.test(problem))).toBe(true);
    for (const name of await filesUnder(join(work, 'clean'))) {
      if (name === 'index.html') continue; // holds the time only; equal too, but compared byte by byte below for the rest
      expect(await readFile(join(work, 'repaired', name), 'utf8')).toBe(await readFile(join(work, 'clean', name), 'utf8'));
    }
    // The entries were rewritten sound: a third run finds nothing to report.
    expect((await runBatch(options(work, corpus, 'third'))).cacheProblems).toEqual([]);
  }, 60_000);

  it('reports damaged entries on one line of the CLI', async () => {
    const { work, corpus } = await makeCorpus();
    const io = capture();
    expect(await run(['batch', '--mode', 'chain', '--corpus', corpus, '--out', join(work, 'a'), '--cache', join(work, 'cache'), '--jobs', '1'], io)).toBe(0);
    for (const file of await filesUnder(join(work, 'cache'))) await writeFile(join(work, 'cache', file), '{}');
    const again = capture();
    expect(await run(['batch', '--mode', 'chain', '--corpus', corpus, '--out', join(work, 'b'), '--cache', join(work, 'cache'), '--jobs', '1'], again)).toBe(0);
    expect(again.err()).toMatch(/^redline batch: \d+ cache entries were damaged, edited, of another version or not writable, and recomputed \(first: [^\n]+\)\.\n$/);
  }, 60_000);

  it('refuses a --cache that is a file, or a cache whose pairs/ is a file, with one line', async () => {
    const { work, corpus } = await makeCorpus();
    await writeFile(join(work, 'cache-file'), 'not a folder');
    const io = capture();
    expect(await run(['batch', '--mode', 'chain', '--corpus', corpus, '--out', join(work, 'out'), '--cache', join(work, 'cache-file'), '--jobs', '1'], io)).toBe(2);
    expect(io.err()).toBe(`redline: ${join(work, 'cache-file')}: is a file where the batch cache needs a folder. Give --cache a folder (e.g. --cache .redline-cache), remove the file, or run with --no-cache.\n`);
    await mkdir(join(work, 'cache2'));
    await writeFile(join(work, 'cache2', 'pairs'), 'not a folder');
    const second = capture();
    expect(await run(['batch', '--mode', 'chain', '--corpus', corpus, '--out', join(work, 'out'), '--cache', join(work, 'cache2'), '--jobs', '1'], second)).toBe(2);
    expect(second.err()).toMatch(/cache2\/pairs: is a file where the batch cache needs a folder\./);
  });
});

describe('batchJobs', () => {
  it('caps the worker threads at the cores and refuses what is not a whole number from 1', () => {
    expect(batchJobs(1000, 2)).toBe(2); // --jobs 1000 took 14.8 GB in two minutes
    expect(batchJobs(undefined, 4)).toBe(4);
    expect(() => batchJobs(Number.NaN, 2)).toThrow(expect.objectContaining({ message: 'jobs is not a number', hint: 'Give a whole number of worker threads from 1 to 2 (the cores).' }));
    expect(() => batchJobs(0, 2)).toThrow('jobs is 0');
  });
});

describe('runBatch on hostile documents', () => {
  it('writes a document with a 300-character id under a shortened file name', async () => {
    const { work, corpus } = await makeCorpus();
    const id = `statement-${'x'.repeat(290)}`;
    await writeFile(join(corpus, 'long.md'), `---\nid: ${id}\ndate: 2024-06-01\n---\n${PARAGRAPHS.join('\n\n')}\n`);
    const summary = await runBatch(options(work, corpus, 'out', { cacheDir: null }));
    expect(summary.ok).toBe(true);
    const names = await readdir(join(work, 'out', 'pairs'));
    expect(names.some((name) => name.includes('-') && name.length < 255 && name.startsWith('statement-2023__statement-xxx'))).toBe(true);
    expect(Math.max(...names.map((name) => name.length))).toBeLessThanOrEqual(2 * 100 + 7);
  });

  it('refuses a document whose front matter carries a NUL, keeping it out of index.html', async () => {
    const { work, corpus } = await makeCorpus();
    await writeFile(join(corpus, 'nul.md'), `---\nid: nul\ntitle: "Evil\\0title"\ndate: 2024-06-01\n---\n${PARAGRAPHS.join('\n\n')}\n`);
    const summary = await runBatch(options(work, corpus, 'out', { cacheDir: null }));
    expect(summary.failedDocuments).toBe(1);
    const manifest = JSON.parse(await readFile(join(work, 'out', 'batch.json'), 'utf8')) as { failures: Array<{ error: string }> };
    expect(manifest.failures[0].error).toMatch(/nul\.md: its front matter field title holds a control character \(U\+0000\)\. Remove it: front matter is text\.$/);
    expect(await readFile(join(work, 'out', 'index.html'), 'utf8')).not.toContain('\u0000');
  });
});

function capture(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: { write: (text: string) => (out += text) }, stderr: { write: (text: string) => (err += text) }, env: {}, out: () => out, err: () => err };
}
