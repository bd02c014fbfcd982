import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';
import { BUILT, expectRefusal, runBin, scratchFolder, type Outcome } from '../helpers/bin.js';
import { compare, compareTexts, compareVersions, similarity } from '../../src/pipeline.js';
import { documentFromText } from '../../src/ingest/load-document.js';

/**
 * Issue 22, part B: the "decide and document" items and the newcomer papercuts, through the installed bin (and the
 * library for its argument checks). Fixtures are generated here, never committed.
 */
function redline(args: string[], env: NodeJS.ProcessEnv = {}): Outcome {
  return runBin(args, { env: { ...process.env, ...env } });
}

describe.skipIf(!BUILT)('issue 22 part B: papercuts and decisions, through the bin', () => {
  let dir: string;
  let file: ReturnType<typeof scratchFolder>['file'];
  let older: string;
  let newer: string;
  beforeAll(() => {
    ({ dir, file } = scratchFolder('redline-round3p-'));
    older = file('older.txt', 'The Assembly welcomes the report.\n\nIt decides to meet in Geneva.\n');
    newer = file('newer.txt', 'The Assembly notes the report.\n\nIt decides to meet in Geneva.\n');
  });

  it('`redline diff A B` (what users of diff tools type) is pointed to compare', () => {
    expectRefusal(redline(['diff', older, newer]), 'redline: unknown command diff. Did you mean compare? Run `redline --help` for usage.');
  });

  it('`batch --target DIR` says what --target and --corpus each name (was told to "use `redline batch`")', () => {
    expectRefusal(
      redline(['batch', '--target', dir, '--corpus', dir, '-o', join(dir, 'out')]),
      `redline: ${dir}: is a folder: --target names the one document compared with every document of the corpus. Give the folder as --corpus and one file as --target, e.g. redline batch --target new.txt --corpus texts/ -o out/.`,
    );
  });

  it('a redline report given back as an input is named for what it is, exit 2 (was compared as a 136-paragraph document)', () => {
    const report = join(dir, 'report.html');
    expect(redline(['report', older, newer, '-o', report]).status).toBe(0);
    expectRefusal(
      redline(['compare', report, newer]),
      `redline: ${report}: is a page written by redline (a report), not a document. Compare the texts it was made from (a pair report embeds its result: the library's readEmbeddedResult reads it).`,
    );
    const history = join(dir, 'history.html');
    expect(redline(['history', older, newer, older, '-o', history]).status).toBe(0);
    expect(redline(['compare', history, newer]).stderr).toContain('is a page written by redline (a report), not a document');
  });

  it('the word-diff budget warning names both paragraphs with their labels, and a dropped paragraph raises none (was "left ¶439 and right ¶")', () => {
    const words = Array.from({ length: 300 }, (_, i) => `word${i}`);
    const long = `1. ${words.join(' ')}.`;
    const edited = `1. ${words.map((word, i) => (i % 3 === 0 ? `other${i}` : word)).join(' ')}.`;
    const left = file('long-left.txt', `${long}\n\n2. A paragraph of ${words.slice(0, 120).join(' ')} dropped.\n`);
    const right = file('long-right.txt', `${edited}\n`);
    const outcome = redline(['compare', left, right, '--diff-max-edit-length', '50', '--format', 'json']);
    expect(outcome.status).toBe(0);
    const warnings = (JSON.parse(outcome.stdout) as { warnings: Array<{ code: string; message: string }> }).warnings.filter((warning) => warning.code === 'diff-limit');
    expect(warnings.map((warning) => warning.message)).toEqual([
      'the word diff of left ¶1 (1.) and right ¶1 (1.) exceeded 50 edits and is shown whole; raise --diff-max-edit-length to see it word by word',
    ]);
  });

  it('package.json points to no address that does not exist (the placeholder repository, homepage and bugs are gone)', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect([manifest.repository, manifest.homepage, manifest.bugs]).toEqual([undefined, undefined, undefined]);
  });

  describe('decided: an invalid SOURCE_DATE_EPOCH is refused (the reproducible-builds specification asks a tool to fail)', () => {
    it('refuses a value that is not a whole number of seconds, exit 2, nothing written', () => {
      const out = join(dir, 'epoch.html');
      for (const value of ['abc', '-5', '1e99', '99999999999999999']) {
        expectRefusal(
          redline(['report', older, newer, '-o', out], { SOURCE_DATE_EPOCH: value }),
          `redline: SOURCE_DATE_EPOCH is "${value}", not a whole number of seconds since 1970. Set it to one (e.g. \`export SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)\`), or unset it.`,
        );
      }
      expect(existsSync(out)).toBe(false);
    });

    it('takes an empty one as unset, and a valid one as the time of the report', () => {
      expect(redline(['report', older, newer, '-o', join(dir, 'empty-epoch.html')], { SOURCE_DATE_EPOCH: '' }).status).toBe(0);
      expect(redline(['report', older, newer, '-o', join(dir, 'epoch-0.html')], { SOURCE_DATE_EPOCH: '0' }).status).toBe(0);
      expect(readFileSync(join(dir, 'epoch-0.html'), 'utf8')).toContain('data-generated-at="1970-01-01T00:00:00Z"');
    });
  });

  it('decided: bidi controls the mojibake repair makes (â€® → U+202E) are shown escaped on the terminal, never raw', () => {
    mkdirSync(join(dir, 'bidi'), { recursive: true });
    const plain = file('bidi/plain.txt', 'We reaffirm the decision of the Assembly.\n\nThe cafe is closed.\n');
    // UTF-8 of é, U+202E and – read as Windows-1252 upstream, then saved as UTF-8: the repair turns them back.
    const garbled = file('bidi/garbled.txt', Buffer.from('We reaffirm the d\xc3\xa9cision of the Assembly.\n\nThe caf\xc3\xa9 \xc3\xa2\xe2\x82\xac\xc2\xae is open \xc3\xa2\xe2\x82\xac\xe2\x80\x9c and ready.\n', 'latin1'));
    const outcome = redline(['compare', plain, garbled, '--verbose']);
    expect(outcome.status).toBe(0);
    expect(outcome.stdout).toContain('{+café \\u{202e} is open – and ready+}');
    // The repair's own warning quotes the character escaped as JSON does (`"\u202e"`), the text output as `\u{202e}`.
    expect(outcome.stderr).toMatch(/"\\u\{?202e\}?" \(U\+202E\)/);
    expect(outcome.stdout + outcome.stderr).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('decided: the library names a wrong argument in a TypeError (was "text.normalize is not a function")', () => {
  it('compareTexts, compare, compareVersions, similarity and documentFromText name the call, the argument and what it takes', async () => {
    await expect(compareTexts(123 as never, 'x')).rejects.toThrow(new TypeError("compareTexts: left must be a string or a Uint8Array (a file's bytes), not a number (123)"));
    await expect(compareTexts('x', null as never)).rejects.toThrow(new TypeError("compareTexts: right must be a string or a Uint8Array (a file's bytes), not null"));
    await expect(compareTexts('x', 'y', 'fast' as never)).rejects.toThrow(new TypeError('compareTexts: options must be an object, not a string'));
    await expect(compareTexts('x', 'y', { signal: 300 as never })).rejects.toThrow(new TypeError('compareTexts: options.signal must be an AbortSignal, not a number (300)'));
    await expect(compare(undefined as never, 'x')).rejects.toThrow(new TypeError('compare: leftPath must be a file path (or - for standard input), not undefined'));
    await expect(compareVersions('a.txt' as never)).rejects.toThrow(new TypeError('compareVersions: inputs must be an array of paths or documents, oldest first, not a string'));
    await expect(compareVersions(['a.txt', 7 as never])).rejects.toThrow(new TypeError('compareVersions: inputs[1] must be a path or a loaded document, not a number (7)'));
    expect(() => similarity(1 as never, 'x')).toThrow(new TypeError('similarity: a must be a string, not a number (1)'));
    expect(() => documentFromText({} as never, { path: 'x' })).toThrow(new TypeError('documentFromText: text must be a string, not an object (Object)'));
  });

  it('still takes bytes (a Buffer is a Uint8Array) and plain strings', async () => {
    const result = await compareTexts(Buffer.from('We welcome the report.\n'), 'We note the report.\n');
    expect(result.comparisons[0].findings.map((finding) => finding.kind)).toEqual(['modified']);
  });
});
