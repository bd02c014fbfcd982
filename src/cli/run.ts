import { isRedlineError } from '../errors.js';
import { COMPLETION_COMMAND, defineCli } from './define.js';
import { COMMANDS } from './commands/index.js';
import { runParsed } from './execute.js';
import { EXIT, booleanValues, closestName, protectStdinArguments, refuseRepeatedOptions, restoreArguments, type CliCommand, type CliIo } from './shared.js';

const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };

/** The arguments as parsed, before the command's own typing: the command name and the debug flag are all `run` reads. */
interface ParsedArguments {
  _: Array<string | number>;
  debug?: boolean;
}

/** Commands of other tools a newcomer types, with redline's own: `redline diff A B` is `redline compare A B`. */
const OTHER_TOOLS_WORDS: Readonly<Record<string, string>> = { diff: 'compare', cmp: 'compare', wdiff: 'compare' };

/** The flag yargs' completion script calls the CLI with to ask for completions of the words typed so far. */
const COMPLETION_FLAG = '--get-yargs-completions';

/** A yargs message as one sentence on one line: its lines joined, ending in a full stop. */
function oneLine(message: string): string {
  const text = message.replace(/\s*\n\s*/g, ' ').trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Run the CLI on an argument list; resolves to the exit code (see `EXIT`). */
export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  if (args[0] === COMPLETION_FLAG) return complete(args.slice(1), io);
  const unknown = unknownCommand(args);
  if (unknown !== null) {
    const guess = OTHER_TOOLS_WORDS[unknown.toLowerCase()] ?? closestName(unknown, [...COMMANDS.map((command) => command.name), COMPLETION_COMMAND]);
    io.stderr.write(`redline: unknown command ${unknown}.${guess ? ` Did you mean ${guess}?` : ''} Run \`redline --help\` for usage.\n`);
    return EXIT.usage;
  }
  let argv: ParsedArguments;
  let output = '';
  let written: string[];
  try {
    if (args.some((arg) => /^--[^=]+=/.test(arg))) {
      const defined = definedOptions(args[0]);
      written = booleanValues(args, defined.booleans, defined.names);
    } else written = args;
  } catch (error) {
    if (!isRedlineError(error)) throw error;
    io.stderr.write(`redline: ${error.toLine()}\n`);
    return EXIT.usage;
  }
  try {
    argv = await new Promise<ParsedArguments>((resolve, reject) => {
      defineCli().parse(protectStdinArguments(written), {}, (error, parsed, text) => {
        output = text;
        if (error) reject(error);
        else resolve(parsed as ParsedArguments);
      });
    });
  } catch (error) {
    io.stderr.write(`${usageError(oneLine((error as Error).message), args)}\n`);
    return EXIT.usage;
  }
  restoreArguments(argv as unknown as Record<string, unknown>);
  if (output) {
    io.stdout.write(output + '\n'); // --help, --version or the completion script
    return EXIT.ok;
  }
  const name = String(argv._[0]);
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`redline: unknown command ${name}. Run \`redline --help\` for usage.\n`);
    return EXIT.usage;
  }
  // yargs checked the arguments against this command's own definition, which types them for its `run`.
  return runParsed(command, argv as unknown as Record<string, unknown>, io, () => {
    if (Object.entries(argv).some(([key, value]) => key !== '_' && Array.isArray(value))) {
      const defined = definedOptions(name);
      refuseRepeatedOptions(argv as unknown as Record<string, unknown>, { names: defined.names, lists: defined.lists });
    }
  });
}

/**
 * A usage error as a reader can act on it: yargs' wording ("Not enough non-option arguments: got 1, need at least 2")
 * said in the command's own terms, with its usage line and where to read its options.
 */
function usageError(message: string, args: readonly string[]): string {
  const command = COMMANDS.find((candidate) => candidate.name === args[0]);
  const choices = /^Invalid values?: Argument: ([\w-]+), Given: (.+?), Choices: (.+?)\.?$/.exec(message);
  if (!command) {
    const option = /^Unknown arguments?: ([\w-]+)/.exec(message);
    return `redline: ${option ? `unknown option ${args.find((arg) => arg.replace(/^--?/, '').split('=')[0] === option[1]) ?? option[1]}.` : message} Run \`redline --help\` for usage.`;
  }
  // An action of a command (`corpus add`) is named with it: "corpus needs --id" sent the reader to `corpus --help`,
  // which does not list `--id` (trial 15a #13).
  const sub = args.slice(1).find((arg) => command.subcommands?.includes(arg));
  const action = sub ? `${command.name} ${sub}` : command.name;
  const usage = action === command.name ? `redline ${command.command}` : `redline ${action}`;
  const positionals = action === command.name ? command.command.split(' ').slice(1) : [];
  const missing = /^Not enough non-option arguments: got (\d+), need at least (\d+)/.exec(message);
  const unknown = /^Unknown arguments?: (.+?)\.?$/.exec(message);
  const required = /^Missing required arguments?: (.+?)\.?$/.exec(message);
  const valueless = /^Not enough arguments following: ([\w-]+)/.exec(message);
  let said = message;
  if (missing) said = `${action} needs ${positionals.join(' and ') || `${missing[2]} arguments`}; got ${missing[1] === '0' ? 'none' : missing[1]}.`;
  else if (unknown) {
    // yargs names an unknown option without its dashes, and `--no-x` twice (`x, X`): say what was typed.
    const names = unknown[1].split(', ');
    const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    const typed = [...new Set(names.filter((name) => name === kebab(name) || !names.includes(kebab(name))).map((name) => args.find((arg) => arg === name || arg.replace(/^--?(?:no-)?/, '').split('=')[0] === name) ?? name))];
    said = `${action} takes no ${typed.map((word) => `${/^-/.test(word) ? 'option' : 'argument'} ${word}`).join(', no ')}.`;
    // `redline batch FOLDER`: the folder and the target are options of batch.
    if (positionals.length === 0 && command.name === 'batch' && typed.some((word) => !/^-/.test(word))) said += ' Name the folder with --corpus and the text compared with it with --target.';
  } else if (valueless) said = `${action}: --${valueless[1]} needs a value.`;
  else if (choices) said = `${action}: --${choices[1]} cannot be ${choices[2]}; choose one of ${choices[3].replace(/"/g, '')}.`;
  else if (required) said = `${action} needs ${required[1].split(', ').map((name) => `--${name}`).join(' and ')}.`;
  return `redline: ${said} Usage: ${usage} [options]; \`redline ${action} --help\` for usage.`;
}

/** The first word when it should name a command and names none (`redline compre a b`), else null. */
function unknownCommand(args: string[]): string | null {
  const first = args[0];
  if (first === undefined || first.startsWith('-')) return null;
  const known = new Set([...COMMANDS.map((command) => command.name), COMPLETION_COMMAND]);
  return known.has(first) ? null : first;
}

/**
 * Answer the completion script (`redline com<TAB>`): the words that may come next, one per line; the shell keeps those
 * starting with what was typed, and completes file names when none is given. Done here rather than by yargs'
 * `getCompletion`, which validates the partial command line and prints help when a required option is still missing.
 */
function complete(words: string[], io: CliIo): number {
  const typed = words.slice(1); // the program name comes first
  const current = typed.at(-1) ?? '';
  const before = typed.slice(0, -1).filter((word) => !word.startsWith('-'));
  const command = COMMANDS.find((candidate) => candidate.name === before[0]);
  let candidates: string[] = [];
  if (current.startsWith('-')) candidates = optionNames(command);
  else if (before.length === 0) candidates = [...COMMANDS.map((candidate) => candidate.name), COMPLETION_COMMAND];
  else if (command?.subcommands && before.length === 1) candidates = [...command.subcommands];
  io.stdout.write(candidates.map((candidate) => `${candidate}\n`).join(''));
  return EXIT.ok;
}

/** What yargs' getOptions() (public, not in @types/yargs) tells of a definition: every option by name, the booleans, the lists. */
type DefinitionWithOptions = ReturnType<typeof defineCli> & { getOptions(): { key: Record<string, unknown>; boolean: string[]; array: string[] } };

/**
 * The long options a command defines (with the global ones; kebab case, as typed), its booleans and its lists. Built
 * only when an argument needs it (`--x=value`, an option given twice): the definition costs a few milliseconds.
 */
function definedOptions(commandName: string | undefined): { names: Set<string>; booleans: Set<string>; lists: Set<string> } {
  const command = COMMANDS.find((candidate) => candidate.name === commandName);
  const options = ((command ? command.builder(defineCli()) : defineCli()) as DefinitionWithOptions).getOptions();
  const long = (key: string): boolean => key.length > 1 && !/[A-Z]/.test(key);
  // Positionals (`history <versions..>`) are not options: a variadic one is a list, whatever getOptions() says of it.
  const positionals = [...(command?.command ?? '').matchAll(/[<[]([\w-]+)(?:\.\.)?[>\]]/g)].map((match) => match[1]);
  return { names: new Set(Object.keys(options.key).filter(long)), booleans: new Set(options.boolean.filter(long)), lists: new Set([...options.array, ...positionals]) };
}

/** The long options of a command (or the global ones), as typed: `--threshold`. */
function optionNames(command: CliCommand | undefined): string[] {
  // yargs' getOptions() (public, not in @types/yargs) lists every option defined so far under `key`.
  const definition = (command ? command.builder(defineCli()) : defineCli()) as ReturnType<typeof defineCli> & { getOptions(): { key: Record<string, unknown> } };
  const keys = Object.keys(definition.getOptions().key).filter((key) => key.length > 1 && !/[A-Z]/.test(key));
  return [...new Set(keys)].sort().map((key) => `--${key}`);
}
