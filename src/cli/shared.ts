import { basename } from 'node:path';
import type { ArgumentsCamelCase, InferredOptionTypes, Options } from 'yargs';
import { RedlineError } from '../errors.js';
import { DEFAULT_OPTIONS, checkRange, flagName, type CompareOptions } from '../options.js';
import { inertText } from '../report/text.js';
import { SEGMENT_UNITS, TRACKED_CHANGES_MODES, type LoadOptions } from '../types.js';

/**
 * What every command shares: where it writes, the exit codes, the comparison options and the argument helpers. A leaf:
 * the commands import it; it imports no command, so the CLI has no import cycle.
 */

/** Where the CLI writes: injectable so `run` can be tested in-process. */
export interface CliIo {
  stdout: { write(text: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/**
 * The exit codes of every command, documented in the README and `--help`. `changes` (compare and report with
 * --fail-on-change) and `partial` (batch, merge, corpus fetch: some input or pair failed, the rest was written) share 1:
 * "done, but look".
 */
export const EXIT = { ok: 0, changes: 1, partial: 1, usage: 2, internal: 3 } as const;

/** The `--help` epilogue that states the exit codes. */
export const EXIT_CODES_HELP = 'Exit codes: 0 done; 1 changes found (with --fail-on-change) or, for batch, merge and corpus fetch, some input failed; 2 bad usage or unusable input; 3 internal error.';

/** The options every comparison takes (compare, report, batch); the defaults are the engine's (`DEFAULT_OPTIONS`). A number
 * option needs its value (`--max-bytes` alone before another flag was taken as not given). */
export const COMPARISON_OPTIONS = {
  threshold: { type: 'number', requiresArg: true, default: DEFAULT_OPTIONS.threshold, describe: 'minimum similarity (0..1) to align two paragraphs in order' },
  'move-threshold': { type: 'number', requiresArg: true, default: DEFAULT_OPTIONS.moveThreshold, describe: 'minimum similarity (0..1) to pair a dropped and a new paragraph as moved' },
  'max-group': { type: 'number', requiresArg: true, default: DEFAULT_OPTIONS.maxGroup, describe: 'most paragraphs joined in one split or merge (1–3)' },
  'diff-max-edit-length': { type: 'number', requiresArg: true, default: DEFAULT_OPTIONS.diffMaxEditLength, describe: 'edit budget of a word diff before it shows the pair whole' },
  'max-bytes': { type: 'number', requiresArg: true, describe: 'refuse inputs larger than this (default 20 MB)' },
  semantic: { type: 'boolean', default: DEFAULT_OPTIONS.semantic, describe: 'add meaning (word vectors) to the similarity: finds paraphrases; ~0.5 s more per run' },
  lexicon: { type: 'string', array: true, describe: 'a YAML lexicon extending the built-in actors, hedges, topics and references (repeatable; docs/findings.md, "Lexicons")' },
} as const satisfies Record<string, Options>;

/** The `--unit` option of compare and report: what one unit of comparison is. */
export const UNIT_OPTION = {
  choices: SEGMENT_UNITS,
  default: 'paragraph',
  describe: 'unit of comparison: paragraph, line (every non-blank line: lists, logs) or sentence',
} as const;

/** The `--tracked-changes` option of compare, report and batch: which text of a Word file with tracked changes is read. */
export const TRACKED_CHANGES_OPTION = {
  choices: TRACKED_CHANGES_MODES,
  default: 'final',
  describe: 'a Word file with tracked changes: read its final text (every change accepted) or the original (every change rejected)',
} as const;

/** The `--left-tracked-changes` option of compare and report: the older text's reading, over --tracked-changes. */
export const LEFT_TRACKED_CHANGES_OPTION = {
  choices: TRACKED_CHANGES_MODES,
  describe: 'the older (left) text, a Word file with tracked changes: read its final text or the original, whatever --tracked-changes says of the newer (`compare d.docx d.docx --left-tracked-changes original`: the changes tracked in d.docx)',
} as const;

/** The options of every command. */
export const GLOBAL_OPTIONS = {
  quiet: { alias: 'q', type: 'boolean', default: false, describe: 'print nothing on standard error but errors (no progress, no notes)' },
  verbose: { alias: 'v', type: 'boolean', default: false, describe: 'also print warnings, timings and what was written on standard error' },
  debug: { type: 'boolean', default: false, describe: 'show stack traces of errors' },
} as const satisfies Record<string, Options>;

/** Parsed arguments typed from a command's option definitions (camel-case keys, as yargs gives them). */
export type ArgsOf<O extends Record<string, Options>> = ArgumentsCamelCase<InferredOptionTypes<O & typeof GLOBAL_OPTIONS>>;

/** `T` with the types of `U`'s keys replaced (a mapped type, so the index signature of yargs' arguments keeps the named keys). */
export type Override<T, U> = { [P in keyof T]: P extends keyof U ? U[P] : T[P] };

/** The parsed comparison options. */
export type ComparisonArgs = ArgsOf<typeof COMPARISON_OPTIONS>;

/**
 * Map parsed comparison arguments to engine options (pure: no defaults here; `resolveOptions` owns them and checks
 * ranges). A flag given twice (yargs makes an array) or left empty (`--threshold=`, NaN) is refused, not dropped.
 */
export function toCompareOptions(argv: ComparisonArgs): CompareOptions & LoadOptions {
  const options: CompareOptions & LoadOptions = {};
  for (const key of ['threshold', 'moveThreshold', 'maxGroup', 'diffMaxEditLength', 'maxBytes'] as const) {
    const value: unknown = argv[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) throw new RedlineError('bad-option', `option ${flagName(key)} is given ${value.length} times`, 'Give it once.');
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new RedlineError('bad-option', `option ${flagName(key)} is not a number`, `Give a number after ${flagName(key)}.`);
    options[key] = value;
  }
  if (Array.isArray(argv.semantic)) throw new RedlineError('bad-option', 'option --semantic is given more than once', 'Give it once.');
  // `--lexicon` with no value (last, or before another flag) reads as an empty list: refused, not ignored.
  if (argv.lexicon !== undefined && (argv.lexicon.length === 0 || argv.lexicon.some((file) => String(file) === ''))) {
    throw new RedlineError('bad-option', 'option --lexicon needs a file', 'Give the path of a YAML lexicon after each --lexicon.');
  }
  if (typeof argv.semantic === 'boolean') options.semantic = argv.semantic;
  if (argv.lexicon !== undefined) options.lexicons = argv.lexicon.map(String);
  if (options.maxBytes !== undefined) checkRange('maxBytes', options.maxBytes, 1, Number.MAX_SAFE_INTEGER, true);
  return options;
}

/**
 * Whether to colour: --color/--no-color win; then FORCE_COLOR (set and not `0`/`false`: colour, even into a pipe, as
 * Node and chalk read it); then NO_COLOR (https://no-color.org); else colour on a terminal.
 */
export function wantsColor(color: boolean | undefined, isTty: boolean, env: NodeJS.ProcessEnv): boolean {
  if (typeof color === 'boolean') return color;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (env.NO_COLOR) return false;
  return isTty;
}

/** How chatty the CLI is on standard error: `quiet` errors only, `normal` notes too, `verbose` warnings and timings. */
export type Verbosity = 'quiet' | 'normal' | 'verbose';

/** The verbosity the global flags ask for (--quiet wins over --verbose: a script that asks for silence gets it). */
export function verbosity(argv: { quiet?: boolean; verbose?: boolean }): Verbosity {
  if (argv.quiet) return 'quiet';
  return argv.verbose ? 'verbose' : 'normal';
}

/**
 * Warnings every command says without --verbose: a text damaged on its way in (a Windows-1252 text converted as
 * Latin-1, repaired, or control characters left): the file wants converting again, and what was read is not what it holds.
 */
export function isInputDamage(code: string): boolean {
  return code === 'windows-1252' || code === 'control-characters';
}

/**
 * Write a note to standard error unless --quiet (normal) or unless not --verbose (verbose), made inert for the terminal
 * (`inertText`): notes carry paths and warnings that quote documents, e.g. a right-to-left override the mojibake repair
 * produced from `â€®`.
 */
export function note(io: Pick<CliIo, 'stderr'>, argv: { quiet?: boolean; verbose?: boolean }, text: string, level: 'normal' | 'verbose' = 'normal'): void {
  const current = verbosity(argv);
  if (current === 'quiet' || (level === 'verbose' && current !== 'verbose')) return;
  io.stderr.write(`${inertText(text)}\n`);
}

/**
 * The closest of some names to a mistyped one, for "did you mean": within two edits (or a prefix of it), else null.
 * Ties go to the earlier name, so the answer is stable.
 */
export function closestName(typed: string, names: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of names) {
    const distance = name.startsWith(typed) && typed.length >= 2 ? 0.5 : editDistance(typed.toLowerCase(), name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.min(2, Math.max(1, Math.floor(typed.length / 3))) ? best : null;
}

/** Levenshtein distance with adjacent swaps (Damerau, optimal string alignment): `comapre` is one edit from `compare`. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/** Every output format redline writes, by the extension of `-o` (case ignored); each command takes those of its own formats. */
export const FORMAT_BY_EXTENSION = { txt: 'text', json: 'json', html: 'html', htm: 'html', md: 'md', markdown: 'md', diff: 'unified', patch: 'unified', docx: 'docx', pdf: 'pdf' } as const;

/** An output format: what `--format` names and an extension of `-o` stands for. */
export type OutputFormat = (typeof FORMAT_BY_EXTENSION)[keyof typeof FORMAT_BY_EXTENSION];

/** The extension a format is written under, as the refusals name it. */
const EXTENSION_OF_FORMAT: Readonly<Record<OutputFormat, string>> = { text: '.txt', json: '.json', html: '.html', md: '.md', unified: '.diff', docx: '.docx', pdf: '.pdf' };

/** The formats a binary file holds: never printed on a terminal. */
export const BINARY_FORMATS: readonly OutputFormat[] = ['docx', 'pdf'];

/**
 * The format an output is written in, one rule for every command that writes a file: a file is what its name says.
 * Without `-o` (or `-o -`) it is `--format`, else the command's default. With `-o`, a known extension names the format,
 * and `--format` must agree with it; an extension the command does not write, or an unknown one (`.odt`, `.xyz`), is
 * refused with the list of the command's formats, whatever `--format` says; a name without an extension (`/dev/stdout`)
 * takes `--format` and is refused without it. Refusals are RedlineErrors (exit 2), before any work is done.
 */
export function outputFormat<F extends OutputFormat>(command: string, out: string | null, given: F | undefined, formats: readonly F[], fallback: F): F {
  if (out === null) return given ?? fallback;
  const extension = /\.([A-Za-z0-9]+)$/.exec(basename(out))?.[1];
  const named: OutputFormat | undefined = extension ? FORMAT_BY_EXTENSION[extension.toLowerCase() as keyof typeof FORMAT_BY_EXTENSION] : undefined;
  const writes = `${command} writes ${listFormats(formats)}`;
  const hint = `${writes}: name the file so, or give --format ${formats.join('|')}.`;
  if (extension === undefined) {
    if (given !== undefined) return given;
    throw new RedlineError('bad-option', 'cannot tell the format from its extension', hint, out);
  }
  if (named === undefined || !(formats as readonly string[]).includes(named)) {
    throw new RedlineError('bad-option', `${command} cannot write a .${extension} file`, hint, out);
  }
  if (given !== undefined && given !== named) {
    throw new RedlineError('bad-option', `--format ${given} disagrees with the file's extension .${extension}`, `Give -o a name ending in ${EXTENSION_OF_FORMAT[given]}, or leave out --format.`, out);
  }
  return named as F;
}

/** The formats whose output `--templates` changes: the HTML page, and a PDF printed from it (by Chromium). */
const TEMPLATED_FORMATS: readonly OutputFormat[] = ['html', 'pdf'];

/**
 * Refuse an option that the chosen format would take in silence and ignore, before any work, as batch refuses its
 * contradicting options (`--target` with `--mode chain`): `--templates` changes only the HTML page (and a PDF printed
 * from it), `--show-unchanged` only the text summary. `redline compare a.txt b.txt --templates t -o x.json` wrote the
 * JSON as if the option had not been given (session 15, issue 23). `what` says what --show-unchanged lists.
 */
export function refuseIgnoredOptions(format: OutputFormat, argv: { templates?: string; showUnchanged?: boolean }, what: string): void {
  const output = format === 'text' ? 'the text summary' : `${format === 'md' ? 'Markdown' : format === 'unified' ? 'unified diff' : format.toUpperCase()} output`;
  if (argv.templates !== undefined && !TEMPLATED_FORMATS.includes(format)) {
    throw new RedlineError('bad-option', `--templates changes the HTML page (and a PDF printed from it), not ${output}`, 'Drop --templates, or write the page: -o NAME.html (or --format html).');
  }
  if (argv.showUnchanged === true && format !== 'text') {
    throw new RedlineError('bad-option', `--show-unchanged lists ${what} in the text summary, not in ${output}`, 'Drop --show-unchanged, or print the text summary (--format text, or no -o).');
  }
}

/** `.txt, .json, .html and .md`: the extensions of a command's formats, as a sentence lists them. */
function listFormats(formats: readonly OutputFormat[]): string {
  const extensions = formats.map((format) => EXTENSION_OF_FORMAT[format]);
  return extensions.length > 1 ? `${extensions.slice(0, -1).join(', ')} and ${extensions[extensions.length - 1]}` : extensions.join('');
}

/** Refuse to print a binary format (Word, PDF) on a terminal: the user meant a file. */
export function refuseBinaryOnTerminal(format: OutputFormat, out: string | null, stdout: { isTTY?: boolean }): void {
  if (out === null && stdout.isTTY && BINARY_FORMATS.includes(format)) {
    throw new RedlineError('terminal-output', `will not write a ${format === 'docx' ? 'Word document' : 'PDF'} to the terminal`, `Give a file with -o changes${EXTENSION_OF_FORMAT[format]} (or redirect: > changes${EXTENSION_OF_FORMAT[format]}).`);
  }
}

/**
 * SOURCE_DATE_EPOCH as an ISO time (reproducible builds), or null when unset or empty. A value that is not a whole
 * number of seconds JavaScript can hold as a date is refused (exit 2), as the specification asks: ignoring it silently
 * would give a build stamped with the clock while the user believes it reproducible.
 */
export function sourceDateEpoch(env: NodeJS.ProcessEnv): string | null {
  const value = env.SOURCE_DATE_EPOCH?.trim();
  if (!value) return null;
  const date = /^\d+$/.test(value) ? new Date(Number(value) * 1000) : null;
  if (date === null || Number.isNaN(date.getTime())) {
    throw new RedlineError('bad-option', `SOURCE_DATE_EPOCH is "${value.slice(0, 40)}", not a whole number of seconds since 1970`, 'Set it to one (e.g. `export SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`), or unset it.');
  }
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The values a boolean option may be given (`--fail-on-change=yes`), with what each means. */
export const BOOLEAN_VALUES: Readonly<Record<string, boolean>> = { true: true, false: false, '1': true, '0': false, yes: true, no: false };

/**
 * Give boolean options' written values their meaning before yargs reads them: yargs takes anything but `true` as false,
 * so `--fail-on-change=1` or `--semantic=yes` were silently off. `--name=VALUE` (and `--no-name=VALUE`) of a boolean
 * option becomes `--name` or `--no-name` for true/false, 1/0, yes/no (case ignored); any other value is refused. The
 * negation of an option that takes a value (`--no-cache`) reads the same words: `--no-cache=yes` is `--no-cache`,
 * `--no-cache=no` is dropped (the default), anything else is refused (yargs read `--no-cache=yes` as a stray argument
 * `no-cache`). `options` names the command's long options; arguments after `--` are left alone (never options).
 */
export function booleanValues(args: readonly string[], booleans: ReadonlySet<string>, options: ReadonlySet<string> = booleans): string[] {
  const end = args.indexOf('--');
  return args.flatMap((arg, index) => {
    if (end >= 0 && index > end) return [arg];
    const match = /^--(no-)?([^=]+)=(.*)$/s.exec(arg);
    const negated = Boolean(match?.[1]);
    if (!match || !(booleans.has(match[2]) || (negated && options.has(match[2])))) return [arg];
    const value = BOOLEAN_VALUES[match[3].trim().toLowerCase()];
    const typed = `--${negated && !booleans.has(match[2]) ? 'no-' : ''}${match[2]}`;
    if (value === undefined) {
      throw new RedlineError('bad-option', `option ${typed} cannot be "${match[3]}"`, `Give ${typed} alone, or ${typed}=true|false|1|0|yes|no.`);
    }
    if (!booleans.has(match[2])) return value ? [`--no-${match[2]}`] : [];
    return [value !== negated ? `--${match[2]}` : `--no-${match[2]}`];
  });
}

/**
 * Refuse an option given more than once that takes one value (`--unit line --unit sentence`): yargs makes an array of
 * it, which the command would misread (the unit fell back to paragraphs). `options` names the command's long options
 * (kebab case) and those that are lists by definition (`--lexicon`, repeatable).
 */
export function refuseRepeatedOptions(argv: Readonly<Record<string, unknown>>, options: { names: ReadonlySet<string>; lists: ReadonlySet<string> }): void {
  for (const [name, value] of Object.entries(argv)) {
    if (!Array.isArray(value) || !options.names.has(name) || options.lists.has(name)) continue;
    // `--no-cache --cache DIR` is two contradicting choices, not one option given twice.
    if (value.includes(false) && value.some((item) => item !== false && typeof item !== 'boolean')) {
      throw new RedlineError('bad-option', `--no-${name} and --${name} ${String(value.find((item) => typeof item !== 'boolean'))} contradict each other`, `Give one: --${name} with its value, or --no-${name}.`);
    }
    throw new RedlineError('bad-option', `option --${name} is given ${value.length} times`, 'Give it once.');
  }
}

/** yargs reads a lone `-` as a flag; it stands for standard input, so it is passed through under another name. */
export const STDIN_ARGUMENT = '<stdin>';

/**
 * Marks an argument that came after `--`: yargs would read `-draft.txt` as flags, so such an argument is passed through
 * with this prefix (which no flag starts with) and restored by `restoreArguments` after parsing.
 */
const VERBATIM = '\u0001';

/**
 * Protect arguments from yargs: a lone `-` (standard input, see STDIN_ARGUMENT), and everything after `--`, which by
 * convention is never an option (`redline compare -- -old.txt -new.txt`).
 */
export function protectStdinArguments(args: string[]): string[] {
  const end = args.indexOf('--');
  const options = end < 0 ? args : args.slice(0, end);
  const verbatim = end < 0 ? [] : args.slice(end + 1);
  return [...options.map((arg) => (arg === '-' ? STDIN_ARGUMENT : arg)), ...verbatim.map((arg) => VERBATIM + arg)];
}

/** Undo `protectStdinArguments`' `--` marking in parsed arguments (strings and arrays of strings, in place). */
export function restoreArguments(argv: Record<string, unknown>): void {
  const restore = (value: unknown): unknown => (typeof value === 'string' && value.startsWith(VERBATIM) ? value.slice(VERBATIM.length) : value);
  for (const [key, value] of Object.entries(argv)) {
    argv[key] = Array.isArray(value) ? value.map(restore) : restore(value);
  }
}

/**
 * Worker threads a batch may use: a whole number from 1, at most the machine's cores (more threads than cores only
 * add memory: `--jobs 1000` took 14.8 GB). Undefined stays undefined (the default: every core).
 */
export function jobsOption(value: unknown, cores: number): number | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) throw new RedlineError('bad-option', `option --jobs is given ${value.length} times`, 'Give it once.');
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    const what = typeof value === 'number' && !Number.isNaN(value) ? `is ${value}` : 'is not a number';
    throw new RedlineError('bad-option', `option --jobs ${what}`, `Give a whole number of worker threads from 1 to ${cores} (the cores).`);
  }
  return Math.min(value, cores);
}

/** The --out file, or null for standard output (no --out, or `-o -`). */
export function outputPath(out: unknown): string | null {
  if (out === undefined || out === null) return null;
  const path = pathArgument(out);
  return path === '-' ? null : path;
}

/** A path argument, with `-` (standard input) restored. */
export function pathArgument(value: unknown): string {
  return value === STDIN_ARGUMENT ? '-' : String(value);
}

/**
 * The time to print in a report: `SOURCE_DATE_EPOCH` when set (reproducible builds), else the clock. An empty value
 * counts as unset; any other value that is not a whole number of seconds from 1970 (a date JavaScript can hold) is
 * refused, as the reproducible-builds specification asks: it was ignored silently, stamping the clock's time on a build
 * meant to be reproducible.
 */
export function generationTime(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  return sourceDateEpoch(env) ?? now().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A command: its yargs definition (command line, description, builder) and what runs it. The list of commands is
 * `commands/index.ts`; `define.ts` registers them with yargs and `run.ts` dispatches to them by name.
 */
export interface CliCommand {
  /** The first word of the command line, e.g. `compare`. */
  readonly name: string;
  /** The words its builder defines as subcommands (`corpus list|fetch|add`), for shell completion. */
  readonly subcommands?: readonly string[];
  /** yargs' command string, e.g. `compare <left> <right>`. */
  readonly command: string;
  readonly describe: string;
  // yargs' builder types do not compose across commands; each command's own `run` receives its typed arguments.
  readonly builder: (command: import('yargs').Argv) => import('yargs').Argv;
  /** Run the command on its parsed arguments; resolves to the exit code, throws RedlineError for bad usage or input. */
  run(argv: never, io: CliIo): Promise<number>;
}
