import type { CompareOptions } from '../options.js';
import type { LoadOptions } from '../ingest/load-document.js';

/** Parsed command-line arguments, as yargs gives them. */
export type Arguments = Record<string, unknown> & { _: Array<string | number> };

/** Map parsed arguments to comparison options (pure: no defaults here; `resolveOptions` owns them). */
export function toCompareOptions(argv: Arguments): CompareOptions & LoadOptions {
  const options: CompareOptions & LoadOptions = {};
  if (typeof argv.threshold === 'number') options.threshold = argv.threshold;
  if (typeof argv.moveThreshold === 'number') options.moveThreshold = argv.moveThreshold;
  if (typeof argv.maxGroup === 'number') options.maxGroup = argv.maxGroup;
  if (typeof argv.diffMaxEditLength === 'number') options.diffMaxEditLength = argv.diffMaxEditLength;
  if (typeof argv.maxBytes === 'number') options.maxBytes = argv.maxBytes;
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
