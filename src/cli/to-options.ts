import { RedlineError } from '../errors.js';
import { checkRange, flagName } from '../options.js';
import type { CompareOptions } from '../options.js';
import type { LoadOptions } from '../types.js';

/** Parsed command-line arguments, as yargs gives them. */
export type Arguments = Record<string, unknown> & { _: Array<string | number> };

/**
 * Map parsed arguments to comparison options (pure: no defaults here; `resolveOptions` owns them and checks ranges).
 * A flag given twice (yargs makes an array) or left empty (`--threshold=`, NaN) is refused here, not silently dropped.
 */
export function toCompareOptions(argv: Arguments): CompareOptions & LoadOptions {
  const options: CompareOptions & LoadOptions = {};
  for (const key of ['threshold', 'moveThreshold', 'maxGroup', 'diffMaxEditLength', 'maxBytes'] as const) {
    const value = argv[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) throw new RedlineError('bad-option', `option ${flagName(key)} is given ${value.length} times`, 'Give it once.');
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new RedlineError('bad-option', `option ${flagName(key)} is not a number`, `Give a number after ${flagName(key)}.`);
    options[key] = value;
  }
  if (options.maxBytes !== undefined) checkRange('maxBytes', options.maxBytes, 1, Number.MAX_SAFE_INTEGER, true);
  return options;
}

/** Colour on a terminal unless NO_COLOR is set (https://no-color.org) or --color/--no-color says otherwise. */
export function wantsColor(argv: Arguments, isTty: boolean, env: NodeJS.ProcessEnv): boolean {
  if (typeof argv.color === 'boolean') return argv.color;
  return isTty && !env.NO_COLOR;
}

/** yargs reads a lone `-` as a flag; it stands for standard input, so it is passed through under another name. */
export const STDIN_ARGUMENT = '<stdin>';

/** Protect `-` arguments from yargs (see STDIN_ARGUMENT). */
export function protectStdinArguments(args: string[]): string[] {
  return args.map((arg) => (arg === '-' ? STDIN_ARGUMENT : arg));
}

/** The --out file, or null for standard output (no --out, or `-o -`). */
export function outputPath(argv: Arguments): string | null {
  if (argv.out === undefined || argv.out === null) return null;
  const path = pathArgument(argv.out);
  return path === '-' ? null : path;
}

/** A path argument, with `-` (standard input) restored. */
export function pathArgument(value: unknown): string {
  return value === STDIN_ARGUMENT ? '-' : String(value);
}
