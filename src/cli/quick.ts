import { readdirSync, readFileSync } from 'node:fs';
import { TOOL_VERSION } from '../version.js';

/**
 * `redline --version` and `redline --help` without loading yargs (which alone costs about as much as starting Node):
 * the version is known, and the top-level help is rendered by yargs at build time (`npm run build` writes
 * dist/cli/help.json through `writeHelpCache`) for the widths most runs see. Anything else — another width, a
 * non-English locale (yargs translates its headings), any other argument — goes the normal way through yargs, so
 * the output is the same either way (test/cli/quick.test.ts compares them).
 */

/** Widths pre-rendered: 100 (not a terminal) and 110 (a terminal at least that wide). */
export const HELP_WIDTHS = [100, 110] as const;

/** The help file written next to this module by the build. */
const HELP_FILE = new URL('./help.json', import.meta.url);

/**
 * A fingerprint of the modules the help text is made from (the CLI's own and the option defaults): the pre-rendered help
 * is used only while it matches, so a `tsc` without `npm run build` never prints a stale help. Contents, not times, so it
 * survives `npm pack` (which resets modification times). FNV-1a over ~100 KB: well under a millisecond.
 */
export function helpSources(): string {
  const cli = new URL('./', import.meta.url);
  const files = [
    ...readdirSync(cli).filter((name) => name.endsWith('.js')).sort().map((name) => new URL(name, cli)),
    ...readdirSync(new URL('commands/', cli)).filter((name) => name.endsWith('.js')).sort().map((name) => new URL(`commands/${name}`, cli)),
    new URL('../options.js', cli),
  ];
  let hash = 0x811c9dc5;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return `${files.length}:${(hash >>> 0).toString(16)}`;
}

/** Width of the help text: the terminal's, at most 110; 100 when not on a terminal. */
export function helpWidth(columns: number | undefined): number {
  return Math.min(110, columns || 100);
}

/** Whether yargs would print English: the first locale variable set (its own order) is English, C or POSIX, or none is. */
export function englishLocale(env: NodeJS.ProcessEnv): boolean {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || 'en_US';
  return /^(en([_.@-]|$)|C([.@]|$)|POSIX$)/.test(locale);
}

/** What to print for these arguments without yargs, or null when yargs must answer. */
export function quickAnswer(args: readonly string[], columns: number | undefined, env: NodeJS.ProcessEnv): string | null {
  if (args.length !== 1) return null;
  if (args[0] === '--version' || args[0] === '-V') return `${TOOL_VERSION}\n`;
  if ((args[0] !== '--help' && args[0] !== '-h') || !englishLocale(env)) return null;
  const width = helpWidth(columns);
  try {
    const texts = JSON.parse(readFileSync(HELP_FILE, 'utf8')) as { version?: string; sources?: string; help?: Record<string, string> };
    const text = texts.version === TOOL_VERSION ? texts.help?.[width] : undefined;
    if (text === undefined || helpSources() !== texts.sources) return null;
    return text;
  } catch {
    return null; // not built (tests run the sources), or unreadable: yargs answers
  }
}

/**
 * `redline report LEFT RIGHT -o OUT`, the form most runs take, parsed as yargs parses it without loading yargs (its
 * import and the command definitions are about 80–90 ms of CPU, a tenth of a short report; issue 21 session 17): the
 * build records what yargs gives for these arguments with placeholders (`writeHelpCache`), and a run with the same form
 * puts its own three words in their place, while the recorded sources match. Only words yargs keeps as they are typed
 * (`plainWord`); anything else, and any other form, goes through yargs (test/cli/quick.test.ts compares the two).
 */
export const REPORT_PLACEHOLDERS = { left: 'RedlineLeftPlaceholder', right: 'RedlineRightPlaceholder', out: 'RedlineOutPlaceholder' } as const;

/** The arguments the build parses with yargs for `quickReportArguments`. */
export const REPORT_TEMPLATE: readonly string[] = ['report', REPORT_PLACEHOLDERS.left, REPORT_PLACEHOLDERS.right, '-o', REPORT_PLACEHOLDERS.out];

/**
 * A word yargs passes on as typed: no option's dash, no `=`, not a number and not a word it could read as a boolean (the
 * positionals are typed as strings, so yargs keeps "2024" as typed; left to it all the same), and none of the placeholders.
 */
export function plainWord(word: string | undefined): word is string {
  if (word === undefined || word === '' || word.startsWith('-') || word.includes('=') || /^(?:true|false)$/i.test(word)) return false;
  if (/^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?\s*$/i.test(word) || /^0x[0-9a-f]+$/i.test(word)) return false;
  return !Object.values(REPORT_PLACEHOLDERS).some((placeholder) => word.includes(placeholder));
}

/** The parsed arguments of `report LEFT RIGHT -o OUT` (or `--out OUT`) as yargs gives them, or null: yargs must parse. */
export function quickReportArguments(args: readonly string[]): Record<string, unknown> | null {
  if (!isQuickReport(args)) return null;
  try {
    const texts = JSON.parse(readFileSync(HELP_FILE, 'utf8')) as { version?: string; sources?: string; reportArguments?: Record<string, unknown> };
    if (texts.version !== TOOL_VERSION || texts.reportArguments === undefined || helpSources() !== texts.sources) return null;
    return reportArgumentsFrom(texts.reportArguments, args);
  } catch {
    return null; // not built, or unreadable: yargs parses
  }
}

/** Whether the arguments are `report LEFT RIGHT -o OUT` (or `--out OUT`) with three plain words. */
export function isQuickReport(args: readonly string[]): boolean {
  return args.length === 5 && args[0] === 'report' && (args[3] === '-o' || args[3] === '--out') && plainWord(args[1]) && plainWord(args[2]) && plainWord(args[4]);
}

/** The arguments yargs gave `REPORT_TEMPLATE`, with this run's three words in the placeholders' places. */
export function reportArgumentsFrom(template: Readonly<Record<string, unknown>>, args: readonly string[]): Record<string, unknown> {
  const words: Record<string, string | undefined> = { [REPORT_PLACEHOLDERS.left]: args[1], [REPORT_PLACEHOLDERS.right]: args[2], [REPORT_PLACEHOLDERS.out]: args[4] };
  const argv: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(template)) argv[key] = typeof value === 'string' && value in words ? words[value] : Array.isArray(value) ? [...value] : value;
  return argv;
}
