import { describe, expect, it } from 'vitest';
import { generationTime, outputPath, pathArgument, protectStdinArguments, wantsColor } from '../../src/cli/shared.js';

describe('generationTime', () => {
  it('reads the clock unless SOURCE_DATE_EPOCH is set, to the second', () => {
    const clock = () => new Date('2026-11-01T12:34:56.789Z');
    expect(generationTime({}, clock)).toBe('2026-11-01T12:34:56Z');
    expect(generationTime({ SOURCE_DATE_EPOCH: '1793534400' }, clock)).toBe('2026-11-01T12:00:00Z');
  });
});

describe('standard input and output arguments', () => {
  it('passes a lone - through yargs and restores it', () => {
    const protectedArgs = protectStdinArguments(['compare', '-', 'b.txt']);
    expect(protectedArgs).toEqual(['compare', '<stdin>', 'b.txt']);
    expect(pathArgument(protectedArgs[1])).toBe('-');
  });

  it('reads -o - and no -o as standard output', () => {
    expect(outputPath(undefined)).toBeNull();
    expect(outputPath('<stdin>')).toBeNull();
    expect(outputPath('r.json')).toBe('r.json');
  });
});

describe('wantsColor', () => {
  it('colours a terminal unless NO_COLOR is set; --color and --no-color win', () => {
    expect(wantsColor(undefined, true, {})).toBe(true);
    expect(wantsColor(undefined, true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor(undefined, false, {})).toBe(false);
    expect(wantsColor(true, false, {})).toBe(true);
    expect(wantsColor(false, true, {})).toBe(false);
  });
});
