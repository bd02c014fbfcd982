import yargs, { type Argv } from 'yargs';
import { TOOL_VERSION } from '../version.js';
import { COMMANDS } from './commands/index.js';
import { EXIT_CODES_HELP, GLOBAL_OPTIONS } from './shared.js';

/** The yargs definition: every command of the registry and the global options; no behaviour (see run.ts). */
export function defineCli(): Argv {
  let cli = yargs()
    .scriptName('redline')
    .version(TOOL_VERSION)
    .usage('$0 <command> [options]\n\nCompare policy texts paragraph by paragraph: align, score, classify and report what changed.');
  for (const command of COMMANDS) cli = cli.command(command.command, command.describe, command.builder);
  return cli
    .options(GLOBAL_OPTIONS)
    .demandCommand(1, 'Name a command, e.g. `redline compare old.txt new.txt`.')
    .strict()
    .epilogue(EXIT_CODES_HELP)
    .wrap(Math.min(110, process.stdout.columns || 100));
}
