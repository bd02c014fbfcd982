import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED } from '../helpers/paths.js';
import { bombDocx } from '../helpers/corpus-docx.js';
import { makeCorpusDir } from '../helpers/corpus-dir.js';

/**
 * The table of issue 12, row by row, through the installed bin in a process of its own (a V8 abort or a native stack
 * shows only there): every case ends with exit 0, 1 or 2, in bounded time, and a refusal is one line on stderr.
 * Unit tests beside each module pin the exact behaviour; this file pins that nothing ends in exit 3, a stack or a hang.
 */
const BIN = join(ROOT, 'bin/redline.js');
const BUILT = existsSync(join(ROOT, 'dist/cli/main.js'));

interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
}

function redline(args: string[], timeoutMs = 60_000): Outcome {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exit 0–2 (not 3, not killed by the timeout), no internal error, no stack; a refusal (2) says it in one line. */
function expectHandled(outcome: Outcome, status: 0 | 1 | 2, line?: RegExp): void {
  expect(outcome.stderr).not.toMatch(/internal error|\n\s+at |FATAL ERROR|Maximum call stack/);
  expect(outcome.status).toBe(status);
  if (status === 2) {
    expect(outcome.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    if (line) expect(outcome.stderr).toMatch(line);
  }
}

describe.skipIf(!BUILT)('issue 12: hostile inputs through the bin', () => {
  let dir: string;
  const file = (name: string, content: string | Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'redline-hostile-'));
  });

  it('~125,000 paragraphs unmatched in one gap: compared (was exit 3, stack overflow)', () => {
    const many = file('many.txt', Array.from({ length: 125_000 }, (_, i) => `Item ${i} ok.`).join('\n\n') + '\n');
    const outcome = redline(['compare', SEED, many, '--format', 'json', '-o', join(dir, 'many.json')], 85_000);
    expectHandled(outcome, 0);
    const result = JSON.parse(readFileSync(join(dir, 'many.json'), 'utf8')) as { documents: Array<{ paragraphs: unknown[] }>; comparisons: Array<{ summary: { new: number } }> };
    expect(result.documents[1].paragraphs).toHaveLength(125_000);
    expect(result.comparisons[0].summary.new).toBeGreaterThan(124_900); // all but the few paired with the seed's short lines
  }, 90_000);

  it('a 0.5 MB DOCX whose document.xml inflates to 150 MB: refused (was a V8 out-of-memory abort)', async () => {
    const bomb = file('bomb.docx', await bombDocx(150 * 1024 * 1024));
    expectHandled(redline(['compare', SEED, bomb]), 2, /bomb\.docx: is a Word file whose text inflates to 150\.0 MB, over the 64\.0 MB/);
  }, 60_000);

  it('/dev/zero, /dev/urandom and an endless FIFO: refused at --max-bytes (was growing to 5.8 GB)', async () => {
    for (const device of ['/dev/zero', '/dev/urandom']) expectHandled(redline(['compare', SEED, device]), 2, /is over the 20\.0 MB limit \(read from a stream or device\)/);
    const fifo = join(dir, 'endless');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `yes 'We welcome the decision.' > '${fifo}'`], { stdio: 'ignore' });
    try {
      expectHandled(redline(['compare', SEED, fifo, '--max-bytes', '1000000']), 2, /endless: is over the 976\.6 KB limit/);
    } finally {
      writer.kill();
    }
  }, 60_000);

  it('10,000 nested <div>s: refused before parsing (was exit 3, stack overflow in Readability)', () => {
    const deep = file('deep.html', `<!DOCTYPE html><html><body>${'<div>'.repeat(10_000)}We welcome the decision.${'</div>'.repeat(10_000)}</body></html>`);
    expectHandled(redline(['compare', SEED, deep]), 2, /deep\.html: nests its elements more than 1,000 deep/);
  });

  it('a hard-wrapped paragraph of 400 KB and 25,000 short paragraphs: compared in linear time', () => {
    const wrapped = file('wrapped.txt', 'the quick brown fox jumps over a lazy dog and runs fast\n'.repeat(7300));
    expectHandled(redline(['compare', SEED, wrapped, '--format', 'json', '-o', join(dir, 'wrapped.json')]), 0);
    const dropped = file('dropped.txt', Array.from({ length: 25_000 }, (_, i) => `Item ${i} ok.`).join('\n\n') + '\n');
    expectHandled(redline(['compare', dropped, SEED, '--format', 'json', '-o', join(dir, 'dropped.json')]), 0);
  }, 90_000);

  it('a PDF of 2,001 pages: refused with one line (was over 5 min)', async () => {
    const pdf = await PDFDocument.create();
    for (let page = 0; page < 2001; page++) pdf.addPage([200, 200]);
    const book = file('book.pdf', await pdf.save());
    expectHandled(redline(['compare', SEED, book]), 2, /book\.pdf: is a PDF of 2,001 pages, over the 2,000 redline reads/);
  }, 60_000);

  it('--jobs 1000 runs on the cores; --jobs abc is a one-line usage error (was 14.8 GB / exit 3)', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.txt'), readFileSync(SEED));
    expectHandled(redline(['batch', '--target', SEED, '--corpus', corpus, '--out', join(dir, 'jobs'), '--no-cache', '--jobs', '1000']), 0);
    expectHandled(redline(['batch', '--target', SEED, '--corpus', corpus, '--out', join(dir, 'jobs2'), '--jobs', 'abc']), 2, /option --jobs is not a number/);
  }, 90_000);

  it('10 concurrent `corpus add` processes into one catalogue keep all 10 entries (was 6)', async () => {
    const corpusDir = await makeCorpusDir([]);
    const adds = Array.from({ length: 10 }, (_, k) => {
      const source = join(corpusDir, `s${k}.txt`);
      writeFileSync(source, `We welcome the decision number ${k}.\n`);
      return new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'corpus', 'add', source, '--corpus', corpusDir, '--id', `s-${k}`, '--date', '2024-01-01'], { stdio: 'ignore' });
        child.on('exit', resolve);
      });
    });
    expect(await Promise.all(adds)).toEqual(Array(10).fill(0));
    const catalogue = readFileSync(join(corpusDir, 'catalog.yaml'), 'utf8');
    for (let k = 0; k < 10; k++) expect(catalogue).toContain(`id: s-${k}`);
  }, 90_000);

  it('a .txt that mentions %PDF- in its first KB is read as text (was refused as a PDF)', () => {
    const notes = file('notes.txt', 'Notes on formats.\n\nA PDF file opens with %PDF-1.7 and that is all.\n');
    expectHandled(redline(['compare', SEED, notes, '--format', 'json', '-o', join(dir, 'notes.json')]), 0);
  });

  it('a directory named x.hbs in --templates: one line (was exit 3, EISDIR)', () => {
    mkdirSync(join(dir, 'templates', 'summary.hbs'), { recursive: true });
    expectHandled(redline(['report', SEED, SEED, '--templates', join(dir, 'templates'), '-o', join(dir, 'r.html')]), 2, /summary\.hbs is a folder, not a template/);
  });

  it('usage errors take one line; `--` is honoured', () => {
    expectHandled(redline(['compare', SEED]), 2, /^redline: compare needs <left> and <right>; got 1\. Usage: redline compare <left> <right> \[options\]; `redline compare --help` for usage\.\n$/);
    file('-dashed.txt', readFileSync(SEED));
    const outcome = spawnSync(process.execPath, [BIN, 'compare', '--', SEED, '-dashed.txt'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toContain('-dashed.txt');
  });
});
