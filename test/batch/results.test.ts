import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { run } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/shared.js';
import { seedBlocks } from '../helpers/edit-seed.js';

/** A series of three versions of the seed statement (each edits the previous one), in a throwaway corpus. */
async function seriesCorpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'redline-series-'));
  await mkdir(join(dir, 'texts'));
  const blocks = seedBlocks();
  const versions = [blocks, blocks.map((block, i) => (i === 3 ? `${block} It is further noted.` : block)), blocks.map((block, i) => (i === 3 ? `${block} It is further noted.` : block))];
  for (const [index, version] of versions.entries()) {
    const front = `---\nid: v${index + 1}\ndate: 2024-0${index + 1}-01\nseries: seed\n---\n\n`;
    await writeFile(join(dir, 'texts', `v${index + 1}.md`), front + version.join('\n\n') + '\n');
  }
  return dir;
}

function capture(stderrTTY = false): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text), isTTY: false },
    stderr: { write: (text: string) => (err += text), isTTY: stderrTTY },
    env: { SOURCE_DATE_EPOCH: '0', REDLINE_CACHE_DIR: join(tmpdir(), 'redline-test-cache-unused') },
    out: () => out,
    err: () => err,
  };
}

describe('runBatch results', () => {
  let corpus: string;
  beforeAll(async () => {
    corpus = await seriesCorpus();
  });

  it('returns every pair record, the manifest and no lineage in chain mode, matching results.jsonl', async () => {
    const out = join(corpus, 'out');
    const summary = await runBatch({ corpus: join(corpus, 'texts'), out, mode: 'chain', jobs: 1, generatedAt: '1970-01-01T00:00:00Z', html: false });
    expect(summary.results.map((record) => [record.left, record.right, record.summary?.modified])).toEqual([
      ['v1', 'v2', 1],
      ['v2', 'v3', 0],
    ]);
    const lines = readFileSync(join(out, 'results.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { schemaVersion: number });
    // Each line is the record with its contract's version first (docs/results.schema.json).
    expect(lines.map(({ schemaVersion, ...record }) => [schemaVersion, record])).toEqual(summary.results.map((record) => [1, record]));
    expect(summary.manifest.documents.map((document) => document.id)).toEqual(['v1', 'v2', 'v3']);
    expect(summary.lineage).toBeNull();
  });

  it('writes no cache unless given a folder (nothing in the working directory)', async () => {
    const before = await readdir(process.cwd());
    await runBatch({ corpus: join(corpus, 'texts'), out: join(corpus, 'out-nocache'), mode: 'chain', jobs: 1, generatedAt: '1970-01-01T00:00:00Z', html: false });
    expect(await readdir(process.cwd())).toEqual(before);
  });

  it('stops at once on an aborted signal, with its reason', async () => {
    const options = { corpus: join(corpus, 'texts'), out: join(corpus, 'out-abort'), mode: 'chain' as const, jobs: 1, generatedAt: '1970-01-01T00:00:00Z' };
    await expect(runBatch({ ...options, signal: AbortSignal.abort(new Error('stop now')) })).rejects.toThrow('stop now');
    expect(existsSync(join(corpus, 'out-abort', 'results.jsonl'))).toBe(false);
  });
});

describe('redline batch', () => {
  let corpus: string;
  beforeAll(async () => {
    corpus = await seriesCorpus();
  });

  it('exits 1 with --fail-on-change when a compared pair changed, 0 without it', async () => {
    const args = ['batch', '--mode', 'chain', '--corpus', join(corpus, 'texts'), '--out', join(corpus, 'out'), '-j', '1', '--no-cache'];
    expect(await run([...args, '--fail-on-change'], capture())).toBe(1);
    expect(await run(args, capture())).toBe(0);
  });

  it('caches in the folder given, tagged, and `redline cache info|clean` find it', async () => {
    const cache = join(corpus, 'my-cache');
    expect(await run(['batch', '--mode', 'chain', '--corpus', join(corpus, 'texts'), '--out', join(corpus, 'out2'), '-j', '1', '--cache', cache], capture())).toBe(0);
    expect(existsSync(join(cache, 'CACHEDIR.TAG'))).toBe(true);
    const info = capture();
    expect(await run(['cache', 'info', '--cache', cache], info)).toBe(0);
    expect(info.out()).toMatch(new RegExp(`^${cache}: [1-9]\\d* entries, \\d+\\.\\d MB\\n$`));
    const clean = capture();
    expect(await run(['cache', 'clean', '--cache', cache], clean)).toBe(0);
    expect(clean.out()).toMatch(/^redline cache: removed [1-9]\d* entries/);
    expect(existsSync(cache)).toBe(false);
  });

  it('`redline cache dir` prints the default folder (REDLINE_CACHE_DIR here)', async () => {
    const io = capture();
    await run(['cache', 'dir'], io);
    expect(io.out()).toBe(`${join(tmpdir(), 'redline-test-cache-unused')}\n`);
  });

  it('draws the progress bar on standard error when it is a terminal, even with standard output redirected; not with --quiet', async () => {
    const args = ['batch', '--mode', 'chain', '--corpus', join(corpus, 'texts'), '--out', join(corpus, 'out3'), '-j', '1', '--no-cache'];
    const tty = capture(true);
    expect(await run(args, tty)).toBe(0);
    // Each bar names its unit since trial 21-b D16: 'compare (tasks) [...]'.
    expect(tty.err()).toMatch(/compare \(tasks\)\s+\[/);
    expect(tty.out()).toMatch(/^redline batch: 3 documents \(1 series by front matter\), 2 pairs/);
    const quiet = capture(true);
    expect(await run([...args, '--quiet'], quiet)).toBe(0);
    expect(quiet.err()).toBe('');
    expect(quiet.out()).toBe('');
  });
});
