import { describe, expect, it } from 'vitest';
import { parsedArguments } from '../../src/cli/help-cache.js';
import { englishLocale, helpWidth, isQuickReport, quickAnswer, REPORT_PLACEHOLDERS, REPORT_TEMPLATE, reportArgumentsFrom } from '../../src/cli/quick.js';
import { TOOL_VERSION } from '../../src/version.js';

describe('quickAnswer (the start-up path without yargs)', () => {
  it('prints the version for --version and -V alone, and leaves every other argument list to yargs', () => {
    expect(quickAnswer(['--version'], undefined, {})).toBe(`${TOOL_VERSION}\n`);
    expect(quickAnswer(['-V'], 80, {})).toBe(`${TOOL_VERSION}\n`);
    expect(quickAnswer(['compare', '--version'], undefined, {})).toBeNull();
    expect(quickAnswer(['--version', '--help'], undefined, {})).toBeNull();
    expect(quickAnswer([], undefined, {})).toBeNull();
  });

  it('leaves --help to yargs when yargs would translate it or the width was not pre-rendered', () => {
    expect(quickAnswer(['--help'], undefined, { LANG: 'de_DE.UTF-8' })).toBeNull();
    expect(quickAnswer(['--help'], 72, { LANG: 'en_US.UTF-8' })).toBeNull(); // width 72: not in help.json
  });

  it('reads the locale in yargs\' order and the width as yargs wraps', () => {
    expect(englishLocale({})).toBe(true);
    expect(englishLocale({ LANG: 'C.UTF-8' })).toBe(true);
    expect(englishLocale({ LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' })).toBe(false);
    expect(englishLocale({ LC_MESSAGES: 'en_GB.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe(true);
    expect([helpWidth(undefined), helpWidth(80), helpWidth(200)]).toEqual([100, 80, 110]);
  });
});

describe('quickReportArguments (`report LEFT RIGHT -o OUT` without yargs)', () => {
  it('gives what yargs gives, for plain words, with -o or --out', async () => {
    const template = await parsedArguments(REPORT_TEMPLATE);
    const forms = [
      ['report', 'old.txt', 'new.txt', '-o', 'report.html'],
      ['report', 'a/b c.pdf', '../x/new.docx', '--out', 'out/memo.md'],
      ['report', 'https://example.org/a.pdf', 'versión ñ.txt', '-o', 'x.docx'],
      ['report', 'old.txt', 'new.txt', '-o', 'report'],
      ['report', 'v1.2', 'v1.3.txt', '-o', 'r.html'],
    ];
    for (const args of forms) {
      expect(isQuickReport(args)).toBe(true);
      expect(reportArgumentsFrom(template, args)).toEqual(await parsedArguments(args));
    }
    // The template is yargs' own answer: the defaults of the comparison options and both spellings of each name.
    expect(template).toMatchObject({ _: ['report'], threshold: 0.3, 'move-threshold': 0.5, moveThreshold: 0.5, unit: 'paragraph', o: REPORT_PLACEHOLDERS.out, out: REPORT_PLACEHOLDERS.out, left: REPORT_PLACEHOLDERS.left });
  });

  it('leaves to yargs any other form, and words yargs might read otherwise (numbers, booleans, options, placeholders)', () => {
    const others = [
      ['report', 'old.txt', 'new.txt'],
      ['report', 'old.txt', 'new.txt', '-o', 'x.html', '--quiet'],
      ['report', '-', 'new.txt', '-o', 'x.html'],
      ['report', 'old.txt', 'new.txt', '-o', '-'],
      ['report', '2023', '2024', '-o', 'x.html'],
      ['report', 'old.txt', '1e3', '-o', 'x.html'],
      ['report', 'old.txt', '0x1F', '-o', 'x.html'],
      ['report', 'true', 'new.txt', '-o', 'x.html'],
      ['report', 'a=b', 'new.txt', '-o', 'x.html'],
      ['report', 'old.txt', 'new.txt', '-f', 'html'],
      ['compare', 'old.txt', 'new.txt', '-o', 'x.html'],
      ['report', REPORT_PLACEHOLDERS.left, 'new.txt', '-o', 'x.html'],
    ];
    for (const args of others) expect(isQuickReport(args)).toBe(false);
  });
});
