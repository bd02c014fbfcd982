import { describe, expect, it } from 'vitest';
import { generationTime, jobsOption, outputPath, pathArgument, protectStdinArguments, restoreArguments, wantsColor } from '../../src/cli/shared.js';

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

describe('jobsOption', () => {
  it('caps --jobs at the cores: more threads only add memory (--jobs 1000 took 14.8 GB)', () => {
    expect(jobsOption(1000, 2)).toBe(2);
    expect(jobsOption(1, 8)).toBe(1);
    expect(jobsOption(undefined, 8)).toBeUndefined();
  });

  it('refuses what is not a whole number from 1', () => {
    expect(() => jobsOption(Number.NaN, 2)).toThrow('option --jobs is not a number');
    expect(() => jobsOption(0, 2)).toThrow('option --jobs is 0');
    expect(() => jobsOption([2, 3], 2)).toThrow('option --jobs is given 2 times');
  });
});

describe('arguments after --', () => {
  it('pass through yargs verbatim and come back unchanged', () => {
    const args = protectStdinArguments(['compare', '-', '--', '-old.txt', '--new.txt']);
    expect(args.slice(0, 2)).toEqual(['compare', '<stdin>']);
    const parsed: Record<string, unknown> = { left: args[2], right: args[3], _: ['compare', args[3]] };
    restoreArguments(parsed);
    expect(parsed).toEqual({ left: '-old.txt', right: '--new.txt', _: ['compare', '--new.txt'] });
  });
});
