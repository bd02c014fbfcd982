import { execFileSync, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/paths.js';
import { BIN, BUILT, expectRefusal, runBin, scratchFolder, type Outcome } from '../helpers/bin.js';
import { DIMENSIONS, readVectorFile, writeVectorFile, type PackedVectors } from '../../src/similarity/embeddings.js';

/**
 * Issue 22, part B (bounded waits, strict options, papercuts), row by row through the installed bin in a process of its
 * own: every case ends with exit 0, 1 or 2 in bounded time, and a refusal is one line on stderr naming what to fix.
 * Fixtures are generated here, never committed.
 */
function redline(args: string[], timeoutMs = 60_000, env: NodeJS.ProcessEnv = process.env): Outcome {
  return runBin(args, { timeoutMs, env });
}

/** The bin run without blocking this process (a server in this process must answer it). */
function redlineAsync(args: string[], timeoutMs = 60_000): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

describe.skipIf(!BUILT)('issue 22 part B: strict options, bounded reads and waits', () => {
  let dir: string;
  let file: ReturnType<typeof scratchFolder>['file'];
  let older: string;
  let newer: string;
  beforeAll(() => {
    ({ dir, file } = scratchFolder('redline-round3b-'));
    older = file('older.txt', 'The Assembly welcomes the report.\n\nIt decides to meet in Geneva.\n');
    newer = file('newer.txt', 'The Assembly notes the report.\n\nIt decides to meet in Geneva.\n');
  });

  describe('item 14: boolean options with a value', () => {
    it('reads true/1/yes as on and false/0/no as off (--fail-on-change on a changed pair: exit 1, off: exit 0)', () => {
      for (const value of ['true', '1', 'yes', 'YES']) expect(redline(['compare', older, newer, `--fail-on-change=${value}`]).status).toBe(1);
      for (const value of ['false', '0', 'no']) expect(redline(['compare', older, newer, `--fail-on-change=${value}`]).status).toBe(0);
      expect(redline(['compare', older, newer, '--no-fail-on-change=0']).status).toBe(1);
    });

    it('refuses any other value with exit 2 (was silently false)', () => {
      expectRefusal(
        redline(['compare', older, newer, '--fail-on-change=maybe']),
        'redline: option --fail-on-change cannot be "maybe". Give --fail-on-change alone, or --fail-on-change=true|false|1|0|yes|no.',
      );
    });

    it('--semantic=yes turns meaning on (was off)', () => {
      const outcome = redline(['compare', older, newer, '--semantic=yes', '--format', 'json']);
      expect(outcome.status).toBe(0);
      expect((JSON.parse(outcome.stdout) as { options: { semantic: boolean } }).options.semantic).toBe(true);
    });

    it('--no-cache=yes is --no-cache, --no-cache=no the default cache, anything else refused (was "batch takes no argument no-cache")', () => {
      const corpus = join(dir, 'no-cache-corpus');
      mkdirSync(corpus, { recursive: true });
      writeFileSync(join(corpus, 'older.txt'), readFileSync(older));
      writeFileSync(join(corpus, 'newer.txt'), readFileSync(newer));
      const batch = (home: string, flag: string): Outcome => {
        mkdirSync(join(dir, home), { recursive: true });
        const env = { ...process.env, HOME: join(dir, home), XDG_CACHE_HOME: '' };
        return redline(['batch', '--corpus', corpus, '--out', join(dir, `${home}-out`), '--mode', 'all', flag], 60_000, env);
      };
      for (const [home, flag] of [['home-yes', '--no-cache=yes'], ['home-one', '--no-cache=1']]) {
        expect(batch(home, flag).status).toBe(0);
        expect(existsSync(join(dir, home, '.cache'))).toBe(false);
      }
      expect(batch('home-no', '--no-cache=no').status).toBe(0);
      expect(existsSync(join(dir, 'home-no', '.cache', 'redline', 'CACHEDIR.TAG'))).toBe(true);
      expectRefusal(batch('home-maybe', '--no-cache=maybe'), 'redline: option --no-cache cannot be "maybe". Give --no-cache alone, or --no-cache=true|false|1|0|yes|no.');
    });
  });

  describe('item 15: an option given twice, an option without its value', () => {
    it('refuses --unit given twice (was silently paragraphs)', () => {
      expectRefusal(redline(['compare', older, newer, '--unit', 'line', '--unit', 'sentence']), 'redline: option --unit is given 2 times. Give it once.');
    });

    it('refuses --lexicon with no value, last or before another flag (was ignored)', () => {
      const line = 'redline: option --lexicon needs a file. Give the path of a YAML lexicon after each --lexicon.';
      expectRefusal(redline(['compare', older, newer, '--lexicon']), line);
      expectRefusal(redline(['compare', older, newer, '--lexicon', '--semantic']), line);
    });
  });

  describe('item 11: every file an option names is read within bounds', () => {
    it('refuses --lexicon /dev/zero, a link to it and a FIFO at once (was 8 GB read in 23 s)', () => {
      const fifo = join(dir, 'lexicon.fifo');
      execFileSync('mkfifo', [fifo]);
      const link = join(dir, 'zero.yaml');
      symlinkSync('/dev/zero', link);
      for (const [path, kind] of [['/dev/zero', 'a device or socket'], [link, 'a device or socket'], [fifo, 'a named pipe']] as const) {
        const outcome = redline(['compare', older, newer, '--lexicon', path], 20_000);
        expectRefusal(outcome, `redline: ${path}: the lexicon file is not a regular file (${kind}). Name a regular file.`);
        expect(outcome.seconds).toBeLessThan(10);
      }
    });

    it('refuses a --templates folder whose template is a link to /dev/zero', () => {
      const templates = join(dir, 'templates');
      mkdirSync(templates);
      symlinkSync('/dev/zero', join(templates, 'report.hbs'));
      expectRefusal(
        redline(['report', older, newer, '--templates', templates, '-o', join(dir, 'report.html')], 20_000),
        `redline: ${join(templates, 'report.hbs')}: report.hbs is not a regular file (a device or a named pipe). Replace it with a .hbs file.`,
      );
    });

    it('refuses a corpus catalogue that is a link to /dev/zero', () => {
      const corpus = join(dir, 'corpus');
      mkdirSync(corpus);
      symlinkSync('/dev/zero', join(corpus, 'catalog.yaml'));
      expectRefusal(
        redline(['corpus', 'list', '--corpus', corpus], 20_000),
        `redline: ${join(corpus, 'catalog.yaml')}: the catalogue is not a regular file (a device or socket). Name a regular file.`,
      );
    });
  });

  describe('item 13: downloads end within a bounded time; permanent errors are not retried', () => {
    let server: Server;
    let base: string;
    const hits = new Map<string, number>();
    beforeAll(async () => {
      server = createServer((request, response) => {
        hits.set(request.url ?? '', (hits.get(request.url ?? '') ?? 0) + 1);
        if (request.url === '/hang') return; // never answers
        if (request.url === '/drip') {
          // Headers at once, then a byte every 100 ms, forever: each read is quick, the document never ends.
          response.writeHead(200, { 'content-type': 'text/plain' });
          const timer = setInterval(() => response.write('a'), 100);
          response.on('close', () => clearInterval(timer));
          return;
        }
        response.writeHead(200, { 'content-type': 'text/plain' }).end('The Assembly notes the report.\n');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => {
      server.closeAllConnections();
      server.close();
    });

    it('a server that never answers, or drips a byte at a time, fails within --timeout, retries included (was 96 s)', async () => {
      for (const path of ['/hang', '/drip']) {
        const outcome = await redlineAsync(['compare', `${base}${path}`, older, '--timeout', '2'], 30_000);
        expectRefusal(outcome, `redline: ${base}${path}: ${base}${path} did not send the whole document within 2 s. The server may be slow or unreachable; try again later or raise --timeout.`);
        expect(outcome.seconds).toBeLessThan(6);
      }
    }, 40_000);

    it('report takes --timeout too, and refuses a bad one', async () => {
      const outcome = await redlineAsync(['report', `${base}/hang`, older, '--timeout', '1', '-o', join(dir, 'hang.html')], 30_000);
      expect(outcome.status).toBe(2);
      expect(outcome.seconds).toBeLessThan(5);
      expectRefusal(redline(['compare', `${base}/ok`, older, '--timeout', '0']), 'redline: option --timeout is 0. Give a number of seconds above 0, e.g. --timeout 10.');
    }, 40_000);

    it('refuses credentials in the address at once, without asking the server', async () => {
      const outcome = await redlineAsync(['compare', `http://user:secret@${base.slice('http://'.length)}/ok`, older], 30_000);
      expectRefusal(outcome, `redline: http://user:secret@${base.slice('http://'.length)}/ok: http://${base.slice('http://'.length)}/ok has a user name or password in it, and redline sends no credentials. Download the document yourself and give the file.`);
      expect(hits.get('/ok') ?? 0).toBe(0);
    });

    it('does not retry a port fetch refuses, nor an address that is not one (the retries waited 2 s + 4 s)', async () => {
      const bad = await redlineAsync(['compare', 'http://127.0.0.1:1/doc', older], 30_000);
      expectRefusal(bad, 'redline: http://127.0.0.1:1/doc: cannot fetch http://127.0.0.1:1/doc: its port is one that fetch refuses (a "bad port" of the Fetch standard). Use the server\'s usual port (80, 443, 8080…).');
      expect(bad.seconds).toBeLessThan(2);
      const invalid = await redlineAsync(['compare', 'http://127.0.0.1:99999/doc', older], 30_000);
      expectRefusal(invalid, 'redline: http://127.0.0.1:99999/doc: http://127.0.0.1:99999/doc is not a valid web address. Check the address (the host, and a port from 1 to 65535).');
      expect(invalid.seconds).toBeLessThan(2);
    });
  });

  describe('item 10: a caller\'s AbortSignal stops a long comparison promptly', () => {
    // The compiled library (dist/): a comparison given a signal runs in a worker thread when it is large, and the worker
    // is compiled JS only. Two generated texts: one the other reversed, every third paragraph edited.
    type Library = typeof import('../../src/index.js');
    let library: Library;
    const generated = (count: number): [string, string] => {
      const words = 'assembly council states member development climate security rights peace cooperation report resolution decision committee implementation support capacity building sustainable'.split(' ');
      let seed = 7;
      const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
      const paragraphs = Array.from({ length: count }, (_, i) => `${i + 1}. The ${Array.from({ length: 30 }, () => words[Math.floor(random() * words.length)]).join(' ')}.`);
      const edited = paragraphs.map((paragraph, i) => (i % 3 === 0 ? paragraph.replace(' The ', ' The new ') : paragraph)).reverse();
      return [paragraphs.join('\n\n'), edited.join('\n\n')];
    };
    beforeAll(async () => {
      library = (await import(pathToFileURL(join(ROOT, 'dist/index.js')).href)) as Library;
    });

    it('AbortSignal.timeout(300) on two 3,000-paragraph texts rejects with its TimeoutError within a second of the abort (was resolved after the whole run)', async () => {
      const [left, right] = generated(3_000);
      const started = performance.now();
      const error = await library.compareTexts(left, right, { signal: AbortSignal.timeout(300) }).then(
        () => null,
        (reason: unknown) => reason as Error,
      );
      const seconds = (performance.now() - started) / 1000;
      expect(error?.name).toBe('TimeoutError');
      expect(seconds).toBeLessThan(1.3);
    }, 60_000);

    it('controller.abort() rejects with an AbortError just as promptly', async () => {
      const [left, right] = generated(3_000);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 300);
      const started = performance.now();
      const error = await library.compareTexts(left, right, { signal: controller.signal }).then(
        () => null,
        (reason: unknown) => reason as Error,
      );
      expect(error?.name).toBe('AbortError');
      expect((performance.now() - started) / 1000).toBeLessThan(1.3);
    }, 60_000);

    it('a signal that never aborts changes nothing: the same result with and without it, large (worker) and small (this thread)', async () => {
      for (const count of [600, 40]) {
        const [left, right] = generated(count);
        const plain = await library.compareTexts(left, right);
        const withSignal = await library.compareTexts(left, right, { signal: new AbortController().signal });
        expect(JSON.stringify(withSignal)).toBe(JSON.stringify(plain));
      }
    }, 60_000);
  });
});

describe('item 12: the --semantic vectors cache is verified and read within bounds', () => {
  // A small vocabulary in the cache's own layout: the checks do not depend on the size of the real one (37 MB).
  const vocabulary = (): PackedVectors => {
    const words = ['assembly', 'council', 'welcomes', 'notes'];
    const codes = new Int8Array(words.length * DIMENSIONS).map((_, i) => ((i * 37) % 255) - 127);
    return { words, codes };
  };
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'redline-vectors-'));
  });

  it('reads back what it wrote', () => {
    const path = join(dir, 'good.bin');
    writeVectorFile(path, vocabulary());
    const read = readVectorFile(path);
    expect(read?.words).toEqual(vocabulary().words);
    expect([...(read?.codes ?? [])]).toEqual([...vocabulary().codes]);
  });

  it('distrusts a file of the right size whose codes were scrambled, or two of whose words were swapped (was used silently)', () => {
    const path = join(dir, 'good.bin');
    writeVectorFile(path, vocabulary());
    const bytes = readFileSync(path);
    const scrambled = Buffer.from(bytes);
    scrambled[scrambled.length - 1] ^= 0xff;
    writeFileSync(join(dir, 'scrambled.bin'), scrambled);
    expect(readVectorFile(join(dir, 'scrambled.bin'))).toBeNull();
    // The first two words swapped, with their separator: every size and the header stay as they were.
    const swapped = Buffer.from(bytes.toString('latin1').replace('assembly\ncouncil\n', 'council\nassembly\n'), 'latin1');
    expect(swapped.length).toBe(bytes.length);
    writeFileSync(join(dir, 'swapped.bin'), swapped);
    expect(readVectorFile(join(dir, 'swapped.bin'))).toBeNull();
  });

  it('refuses a link to /dev/zero and a FIFO in its place at once (was read without end, or hung)', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.bin'));
    execFileSync('mkfifo', [join(dir, 'fifo.bin')]);
    const started = performance.now();
    expect(readVectorFile(join(dir, 'zero.bin'))).toBeNull();
    expect(readVectorFile(join(dir, 'fifo.bin'))).toBeNull();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a file rewritten over a FIFO replaces it (the next process reads a regular file)', () => {
    const path = join(dir, 'replaced.bin');
    execFileSync('mkfifo', [path]);
    writeVectorFile(path, vocabulary());
    expect(readVectorFile(path)?.words).toEqual(vocabulary().words);
  });
});
