import yargs, { type Argv } from 'yargs';
import { TOOL_VERSION } from '../version.js';
import { COMMANDS } from './commands/index.js';
import { helpWidth } from './quick.js';
import { EXIT_CODES_HELP, GLOBAL_OPTIONS } from './shared.js';

/** The command that prints the shell completion script (yargs' own; it completes commands and options). */
export const COMPLETION_COMMAND = 'completion';

/** The yargs definition: every command of the registry and the global options; no behaviour (see run.ts). */
export function defineCli(columns: number | undefined = process.stdout.columns): Argv {
  let cli = yargs()
    .scriptName('redline')
    .version(TOOL_VERSION)
    .alias('V', 'version')
    .help()
    .alias('h', 'help')
    .usage('$0 <command> [options]\n\nCompare policy texts paragraph by paragraph: align, score, classify and report what changed.');
  for (const command of COMMANDS) cli = cli.command(command.command, command.describe, command.builder);
  withoutEagerHelp(cli);
  return cli
    .completion(COMPLETION_COMMAND, 'print a shell completion script (bash, zsh): redline completion >> ~/.bashrc')
    .options(GLOBAL_OPTIONS)
    .example('$0 compare old.txt new.txt', 'what changed, in the terminal')
    .example('$0 report old.pdf new.pdf -o report.html', 'a side-by-side HTML report')
    .example('$0 compare old.txt new.txt -o result.json', 'the JSON contract')
    .example('$0 batch --target new.txt --corpus texts/ -o out/', 'one text against a folder of documents')
    .demandCommand(1, 'Name a command, e.g. `redline compare old.txt new.txt`.')
    .strict()
    .epilogue(EXIT_CODES_HELP)
    .wrap(helpWidth(columns));
}

/** The internal piece of yargs that `withoutEagerHelp` reaches (yargs 17: `getInternalMethods().getUsageInstance()`). */
interface YargsWithUsage {
  getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } };
}

/**
 * yargs renders the whole help of a command each time it runs the command's handler, in case the handler later asks
 * for it (`cacheHelpMessage`): 50–90 ms of text layout on every `redline compare`, for a help text nobody prints —
 * `--help` and a usage error are answered before any handler runs, and run.ts never shows help from a command. So the
 * cache is made a no-op; where yargs' internals differ (another major version) nothing is changed.
 */
function withoutEagerHelp(cli: Argv): void {
  const usage = (cli as unknown as YargsWithUsage).getInternalMethods?.().getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => undefined;
}
