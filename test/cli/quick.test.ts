import { describe, expect, it } from 'vitest';
import { englishLocale, helpWidth, quickAnswer } from '../../src/cli/quick.js';
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
