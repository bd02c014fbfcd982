import { lstatSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/shared.js';
import { SEED, DRAFT } from '../helpers/paths.js';
import { writeTemp } from '../helpers/edit-seed.js';

function capture(env: NodeJS.ProcessEnv = {}, isTTY = false): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text), isTTY },
    stderr: { write: (text: string) => (err += text) },
    env,
    out: () => out,
    err: () => err,
  };
}

describe('redline compare', () => {
  it('compares line by line with --unit line: a list of short lines keeps one unit per line', async () => {
    const left = writeTemp('old.txt', 'apples and pears\nbananas\ncherries\n');
    const right = writeTemp('new.txt', 'apples and pears\nbananas\ncherries and plums\n');
    const byLine = capture();
    expect(await run(['compare', left, right, '--unit', 'line', '--format', 'json'], byLine)).toBe(0);
    const result = JSON.parse(byLine.out());
    expect(result.documents.map((document: { paragraphs: unknown[] }) => document.paragraphs.length)).toEqual([3, 3]);
    expect(result.comparisons[0].summary).toMatchObject({ unchanged: 2, modified: 1 });
    const invalid = capture();
    expect(await run(['compare', left, right, '--unit', 'word'], invalid)).toBe(2);
  });

  it('prints a text summary with counts per kind and each change with its word diff', async () => {
    const io = capture();
    expect(await run(['compare', DRAFT, SEED], io)).toBe(0);
    const text = io.out();
    expect(text).toContain('unchanged 10 · modified 7 (2 editorial, 1 routine) · split 1 (1 editorial) · merged 1 (1 editorial) · new 1 · dropped 1 · moved 1 · renumbered 0');
    expect(text).toContain('commitment weakened: reaffirm → acknowledge');
    expect(text).toContain('We [-reaffirm-]{+acknowledge+} the importance of regional efforts');
    expect(text).not.toContain('\x1b['); // not a TTY: no colour
  });

  it('colours on a TTY unless NO_COLOR is set', async () => {
    const tty = capture({}, true);
    await run(['compare', DRAFT, SEED], tty);
    expect(tty.out()).toContain('\x1b[31m');
    const noColor = capture({ NO_COLOR: '1' }, true);
    await run(['compare', DRAFT, SEED], noColor);
    expect(noColor.out()).not.toContain('\x1b[');
  });

  it('writes the JSON contract to a file atomically, leaving no temp file', async () => {
    const out = writeTemp('result.json', 'previous good report');
    const io = capture();
    expect(await run(['compare', DRAFT, SEED, '--format', 'json', '--out', out], io)).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.comparisons[0].summary.split).toBe(1);
    expect(readdirSync(dirname(out))).toEqual(['result.json']);
    expect(io.out()).toBe('');
  });

  it('gives byte-identical JSON for the same inputs', async () => {
    const first = capture();
    const second = capture();
    await run(['compare', DRAFT, SEED, '-f', 'json'], first);
    await run(['compare', DRAFT, SEED, '-f', 'json'], second);
    expect(first.out()).toBe(second.out());
  });

  it('adds the semantic component with --semantic, and only then', async () => {
    const plain = capture();
    const semantic = capture();
    await run(['compare', DRAFT, SEED, '-f', 'json'], plain);
    await run(['compare', DRAFT, SEED, '-f', 'json', '--semantic'], semantic);
    const modified = (out: string) => JSON.parse(out).comparisons[0].findings.filter((finding: { kind: string }) => finding.kind === 'modified');
    expect(JSON.parse(semantic.out()).options.semantic).toBe(true);
    expect(modified(plain.out()).every((finding: { scores: object }) => !('semantic' in finding.scores))).toBe(true);
    expect(modified(semantic.out()).filter((finding: { scores: { semantic?: number } }) => typeof finding.scores.semantic === 'number').length).toBeGreaterThan(3);
  });

  it('exits 1 with --fail-on-change when something changed, 0 when nothing did', async () => {
    expect(await run(['compare', DRAFT, SEED, '--fail-on-change'], capture())).toBe(1);
    expect(await run(['compare', SEED, SEED, '--fail-on-change'], capture())).toBe(0);
  });

  it('exits 2 with one line naming the file for unusable input, never a stack trace', async () => {
    const binary = writeTemp('x.bin', Buffer.from([0, 1, 2, 3]));
    const io = capture();
    expect(await run(['compare', binary, SEED], io)).toBe(2);
    expect(io.err()).toBe(`redline: ${binary}: looks like a binary file (it contains NUL bytes). redline reads text, Markdown, HTML, PDF and DOCX: convert it to one of those.\n`);
  });

  it('exits 2 on bad usage and bad option values', async () => {
    const missing = capture();
    expect(await run(['compare', SEED], missing)).toBe(2);
    expect(missing.err()).toBe('redline: compare needs <left> and <right>; got 1. Usage: redline compare <left> <right> [options]; `redline compare --help` for usage.\n');
    const badThreshold = capture();
    expect(await run(['compare', SEED, SEED, '--threshold', '7'], badThreshold)).toBe(2);
    expect(badThreshold.err()).toBe('redline: option --threshold is 7. Give a number from 0 to 1.\n');
    const twice = capture();
    expect(await run(['compare', SEED, SEED, '--threshold', '0.2', '--threshold', '0.4'], twice)).toBe(2);
    expect(twice.err()).toBe('redline: option --threshold is given 2 times. Give it once.\n');
    const notNumber = capture();
    expect(await run(['compare', SEED, SEED, '--max-bytes', 'abc'], notNumber)).toBe(2);
    expect(notNumber.err()).toBe('redline: option --max-bytes is not a number. Give a number after --max-bytes.\n');
    const fraction = capture();
    expect(await run(['compare', SEED, SEED, '--max-group', '2.5'], fraction)).toBe(2);
    expect(fraction.err()).toBe('redline: option --max-group is 2.5. Give a whole number from 1 to 3.\n');
  });

  it('does not clobber a good output file when the comparison fails', async () => {
    const out = writeTemp('keep.json', 'previous good report');
    expect(await run(['compare', join(dirname(out), 'missing.txt'), SEED, '-f', 'json', '-o', out], capture())).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous good report');
  });

  it('prints help and version', async () => {
    const help = capture();
    expect(await run(['--help'], help)).toBe(0);
    expect(help.out()).toContain('Exit codes: 0 done; 1 changes found');
    const version = capture();
    await run(['--version'], version);
    expect(version.out().trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });
});

describe('redline output paths', () => {
  it('refuses an --out that is one of the inputs, leaving the input intact', async () => {
    const input = writeTemp('same.txt', readFileSync(SEED));
    const io = capture();
    expect(await run(['compare', input, SEED, '-f', 'json', '-o', input], io)).toBe(2);
    expect(io.err()).toBe(`redline: ${input}: the output would overwrite an input. Choose another --out file.\n`);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(SEED, 'utf8'));
  });

  it('writes through a symlink, keeping the link', async () => {
    const target = writeTemp('target.json', 'old');
    const link = join(dirname(target), 'link.json');
    symlinkSync(target, link);
    expect(await run(['compare', SEED, SEED, '-f', 'json', '-o', link], capture())).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(target, 'utf8')).tool.name).toBe('redline');
  });

  it('takes -o - as standard output', async () => {
    const io = capture();
    expect(await run(['compare', SEED, SEED, '-f', 'json', '-o', '-'], io)).toBe(0);
    expect(JSON.parse(io.out()).tool.name).toBe('redline');
  });

  it('refuses standard input on both sides', async () => {
    const io = capture();
    expect(await run(['compare', '-', '-'], io)).toBe(2);
    expect(io.err()).toBe('redline: -: standard input can be read only once. Give one of the two texts as a file.\n');
  });
});

describe('usage errors and hostile arguments', () => {
  it('reports a usage error on one line', async () => {
    for (const args of [['compare', 'only-one.txt'], ['frobnicate'], [], ['compare', SEED, SEED, '--no-such-flag']]) {
      const io = capture();
      expect(await run(args, io)).toBe(2);
      expect(io.err()).toMatch(/^redline: [^\n]+\. (?:Run `redline --help`|Usage: redline [^\n]+; `redline \w+ --help`) for usage\.\n$/);
    }
  });

  it('names an unknown option given before any command as it was typed', async () => {
    const io = capture();
    expect(await run(['--nope'], io)).toBe(2);
    expect(io.err()).toBe('redline: unknown option --nope. Run `redline --help` for usage.\n');
  });

  it('says a usage error in the command\'s own terms: what it needs, what was typed, its usage line', async () => {
    const cases: Array<[string[], string]> = [
      [['report'], 'report needs <left> and <right>; got none.'],
      [['compare', 'a.txt', 'b.txt', 'c.txt'], 'compare takes no argument c.txt.'],
      [['compare', 'a.txt', 'b.txt', '--no-such-flag'], 'compare takes no option --no-such-flag.'],
      [['batch'], 'batch needs --out.'],
      [['batch', 'speeches/', '--out', 'out'], 'batch takes no argument speeches/. Name the folder with --corpus and the text compared with it with --target.'],
      [['compare', 'a.txt', 'b.txt', '--format', 'nope'], 'compare: --format cannot be "nope"; choose one of text, json, html, md, unified, docx, pdf.'],
      [['compare', 'a.txt', 'b.txt', '--max-bytes', '--format', 'json'], 'compare: --max-bytes needs a value.'],
    ];
    for (const [args, said] of cases) {
      const io = capture();
      expect(await run(args, io)).toBe(2);
      expect(io.err()).toBe(`redline: ${said} Usage: redline ${args[0] === 'batch' ? 'batch' : `${args[0]} <left> <right>`} [options]; \`redline ${args[0]} --help\` for usage.\n`);
    }
  });

  it('takes every argument after -- as a path, even one that starts with a dash', async () => {
    const dashed = writeTemp('-draft.txt', readFileSync(SEED, 'utf8'));
    const cwd = process.cwd();
    process.chdir(dirname(dashed)); // a relative `-draft.txt`, as a user types it
    try {
      const io = capture();
      expect(await run(['compare', '--format', 'json', '--', SEED, '-draft.txt'], io)).toBe(0);
      expect(JSON.parse(io.out()).documents[1].path).toBe('-draft.txt');
    } finally {
      process.chdir(cwd);
    }
  });

  it('refuses --jobs that is not a whole number from 1, naming the cores', async () => {
    for (const jobs of ['abc', '0', '-3', '1.5']) {
      const io = capture();
      expect(await run(['batch', '--target', SEED, '--corpus', dirname(SEED), '--out', join(dirname(SEED), 'never'), '--jobs', jobs], io)).toBe(2);
      expect(io.err()).toMatch(/^redline: option --jobs (is not a number|is -?[\d.]+)\. Give a whole number of worker threads from 1 to \d+ \(the cores\)\.\n$/);
    }
  });
});
