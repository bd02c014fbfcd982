import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { closestName, outputFormat, wantsColor, type CliIo } from '../../src/cli/shared.js';
import { FORMATS } from '../../src/cli/commands/compare.js';
import { SEED, DRAFT } from '../helpers/paths.js';
import { writeTemp } from '../helpers/edit-seed.js';
import { startServer } from '../helpers/corpus-server.js';
import { compare } from '../../src/pipeline.js';

/** The habits of diff and git users: short flags, suggestions, examples, quiet scripts, completion, CI exit codes. */

function capture(env: NodeJS.ProcessEnv = {}, stdoutTTY = false): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text), isTTY: stdoutTTY },
    stderr: { write: (text: string) => (err += text) },
    env,
    out: () => out,
    err: () => err,
  };
}

const VERSION = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version as string;

describe('help and version', () => {
  it('takes -h and -V like --help and --version', async () => {
    const help = capture();
    expect(await run(['-h'], help)).toBe(0);
    expect(help.out()).toContain('redline compare <left> <right>');
    const version = capture();
    expect(await run(['-V'], version)).toBe(0);
    expect(version.out()).toBe(`${VERSION}\n`);
  });

  it('shows examples in the help of the CLI and of each two-text command', async () => {
    const top = capture();
    await run(['--help'], top);
    expect(top.out()).toContain('Examples:');
    expect(top.out()).toContain('redline report old.pdf new.pdf -o report.html');
    const compare = capture();
    await run(['compare', '-h'], compare);
    expect(compare.out()).toContain('redline compare old.md new.md -o changes.diff');
    expect(compare.out()).toMatch(/--fail-on-change/);
  });
});

describe('a misspelt command', () => {
  it('asks "did you mean" with the closest command and exits 2', async () => {
    const io = capture();
    expect(await run(['compre', 'a', 'b'], io)).toBe(2);
    expect(io.err()).toBe('redline: unknown command compre. Did you mean compare? Run `redline --help` for usage.\n');
    const swapped = capture();
    await run(['reprot', 'a', 'b'], swapped);
    expect(swapped.err()).toContain('Did you mean report?');
  });

  it('suggests nothing for a word far from every command', async () => {
    const io = capture();
    expect(await run(['frobnicate'], io)).toBe(2);
    expect(io.err()).toBe('redline: unknown command frobnicate. Run `redline --help` for usage.\n');
  });

  it('closestName finds one swap, one typo, a prefix; not a distant word', () => {
    const names = ['compare', 'report', 'corpus', 'batch', 'merge', 'completion'];
    expect(closestName('comapre', names)).toBe('compare');
    expect(closestName('bach', names)).toBe('batch');
    expect(closestName('corp', names)).toBe('corpus');
    expect(closestName('xyz', names)).toBeNull();
  });
});

describe('--quiet and --verbose', () => {
  it('--verbose says what was written and how long it took, on standard error', async () => {
    const out = join(dirname(writeTemp('x.txt', 'x')), 'r.json');
    const io = capture();
    expect(await run(['compare', DRAFT, SEED, '-o', out, '--verbose'], io)).toBe(0);
    expect(io.err()).toMatch(/^redline: compared in \d+\.\d\d s\nredline: wrote .*r\.json\n$/);
  });

  it('--quiet keeps standard error silent but for errors', async () => {
    const io = capture();
    expect(await run(['compare', DRAFT, SEED, '-q', '-v', '-f', 'json'], io)).toBe(0);
    expect(io.err()).toBe('');
    const failing = capture();
    expect(await run(['compare', 'missing.txt', SEED, '--quiet'], failing)).toBe(2);
    expect(failing.err()).toBe('redline: missing.txt: no such file. Check the path and try again.\n');
  });
});

describe('shell completion', () => {
  it('prints a completion script that calls back for words', async () => {
    const io = capture();
    expect(await run(['completion'], io)).toBe(0);
    expect(io.out()).toContain('###-begin-redline-completions-###');
    expect(io.out()).toContain('--get-yargs-completions');
  });

  it('completes commands, subcommands and a command’s options', async () => {
    const commands = capture();
    await run(['--get-yargs-completions', 'redline', 'co'], commands);
    expect(commands.out().split('\n')).toEqual(expect.arrayContaining(['compare', 'corpus', 'completion', 'report']));
    const sub = capture();
    await run(['--get-yargs-completions', 'redline', 'corpus', 'f'], sub);
    expect(sub.out()).toBe('list\nfetch\nadd\n');
    const options = capture();
    await run(['--get-yargs-completions', 'redline', 'compare', 'a.txt', '--fa'], options);
    expect(options.out().split('\n')).toEqual(expect.arrayContaining(['--fail-on-change', '--format', '--threshold', '--quiet']));
    expect(options.out()).not.toMatch(/--failOnChange|--min-similarity/); // no camel-case aliases, no batch options
  });
});

describe('--fail-on-change', () => {
  it('exits 1 on report too, after writing the report', async () => {
    const out = join(dirname(writeTemp('x.txt', 'x')), 'r.html');
    expect(await run(['report', DRAFT, SEED, '-o', out, '--fail-on-change'], capture())).toBe(1);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(await run(['report', SEED, SEED, '-o', out, '--fail-on-change'], capture())).toBe(0);
  });
});

describe('the output format from -o', () => {
  it('writes JSON to r.json, a unified diff to r.diff and Markdown to r.md; a --format that disagrees is refused', async () => {
    const dir = dirname(writeTemp('x.txt', 'x'));
    await run(['compare', DRAFT, SEED, '-o', join(dir, 'r.json')], capture());
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).schemaVersion).toBe(1);
    await run(['compare', DRAFT, SEED, '-o', join(dir, 'r.diff')], capture());
    expect(readFileSync(join(dir, 'r.diff'), 'utf8')).toMatch(/^--- .*\n\+\+\+ .*\n@@ -1,\d+ \+1,\d+ @@\n/);
    await run(['compare', DRAFT, SEED, '-o', join(dir, 'r.md')], capture());
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toMatch(/^## Redline: /);
    const forced = capture();
    expect(await run(['compare', DRAFT, SEED, '-o', join(dir, 'forced.json'), '--format', 'text'], forced)).toBe(2);
    expect(forced.err()).toBe(`redline: ${join(dir, 'forced.json')}: --format text disagrees with the file's extension .json. Give -o a name ending in .txt, or leave out --format.\n`);
    expect(existsSync(join(dir, 'forced.json'))).toBe(false);
    await run(['report', DRAFT, SEED, '-o', join(dir, 'memo.md')], capture());
    expect(readFileSync(join(dir, 'memo.md'), 'utf8')).toMatch(/^## Redline: /);
  });

  it('maps extensions case-insensitively, and refuses unknown ones, other commands\' and none without --format', () => {
    expect(outputFormat('compare', 'OUT.JSON', undefined, FORMATS, 'text')).toBe('json');
    expect(outputFormat('compare', 'a.patch', undefined, FORMATS, 'text')).toBe('unified');
    expect(outputFormat('compare', 'memo.DOCX', 'docx', FORMATS, 'text')).toBe('docx');
    expect(outputFormat('compare', null, undefined, FORMATS, 'text')).toBe('text');
    expect(outputFormat('compare', null, 'pdf', FORMATS, 'text')).toBe('pdf');
    // A name without an extension (a device, a pipe) takes --format, and nothing else.
    expect(outputFormat('compare', '/dev/stdout', 'json', FORMATS, 'text')).toBe('json');
    const refusal = (out: string, given?: (typeof FORMATS)[number], formats: ReadonlyArray<(typeof FORMATS)[number]> = FORMATS): string => {
      try {
        outputFormat('compare', out, given, formats, formats[0]);
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(refusal('result.out')).toBe('compare cannot write a .out file');
    expect(refusal('memo.odt', 'docx')).toBe('compare cannot write a .odt file');
    expect(refusal('result')).toBe('cannot tell the format from its extension');
    // An extension of another command's format is not this command's: report writes no unified diff.
    expect(refusal('a.diff', undefined, ['html', 'md'])).toBe('compare cannot write a .diff file');
    expect(refusal('a.html', 'md')).toBe('--format md disagrees with the file\'s extension .html');
  });
});

describe('report without -o', () => {
  it('refuses to print a page of HTML on a terminal, before any work, and says what to do', async () => {
    const io = capture({}, true);
    expect(await run(['report', DRAFT, SEED], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toBe('redline: will not write an HTML page to the terminal. Give a file with -o report.html (or redirect: > report.html); --format md prints Markdown.\n');
  });

  it('writes HTML to standard output when it is redirected, and Markdown to a terminal', async () => {
    const piped = capture({}, false);
    expect(await run(['report', DRAFT, SEED], piped)).toBe(0);
    expect(piped.out()).toMatch(/^<!DOCTYPE html>/);
    const markdown = capture({}, true);
    expect(await run(['report', DRAFT, SEED, '-f', 'md'], markdown)).toBe(0);
    expect(markdown.out()).toMatch(/^## Redline: /);
  });
});

describe('colour', () => {
  it('FORCE_COLOR colours a pipe, FORCE_COLOR=0 stops it on a terminal; flags win over both', async () => {
    const forced = capture({ FORCE_COLOR: '1' }, false);
    await run(['compare', DRAFT, SEED], forced);
    expect(forced.out()).toContain('\x1b[31m');
    const off = capture({ FORCE_COLOR: '0' }, true);
    await run(['compare', DRAFT, SEED], off);
    expect(off.out()).not.toContain('\x1b[');
    expect(wantsColor(undefined, false, { FORCE_COLOR: '' })).toBe(true);
    expect(wantsColor(undefined, true, { FORCE_COLOR: 'false' })).toBe(false);
    expect(wantsColor(undefined, false, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(wantsColor(false, true, { FORCE_COLOR: '1' })).toBe(false);
  });
});

describe('a URL given to compare', () => {
  it('is downloaded as `corpus add` downloads, and named by its address', async () => {
    const server = await startServer({ '/statement.txt': { body: readFileSync(SEED), type: 'text/plain' }, '/gone.txt': { body: 'no', status: 404 } });
    try {
      const io = capture();
      expect(await run(['compare', server.url('/statement.txt'), SEED, '-f', 'json', '--verbose'], io)).toBe(0);
      const result = JSON.parse(io.out());
      expect(result.documents[0]).toMatchObject({ id: 'statement', path: server.url('/statement.txt') });
      expect(result.comparisons[0].summary.unchanged).toBe(result.documents[1].paragraphs.length);
      expect(io.err()).toContain(`redline: downloaded ${server.url('/statement.txt')} (`);
      const missing = capture();
      expect(await run(['compare', server.url('/gone.txt'), SEED], missing)).toBe(2);
      expect(missing.err()).toMatch(new RegExp(`^redline: ${server.url('/gone.txt').replace(/[.?]/g, '\\$&')}: .*404.*\n$`));
    } finally {
      await server.close();
    }
  });

  it('is refused by the library unless a downloader is given, with the command that downloads it', async () => {
    await expect(compare('https://example.org/statement.html', SEED)).rejects.toMatchObject({
      code: 'url-input',
      message: 'is a web address; compare reads files',
      hint: 'Download it into the library first: `redline corpus add URL --id NAME --date YYYY-MM-DD`, then compare corpus/texts/NAME.txt.',
    });
  });
});
