import { isRedlineError } from '../errors.js';
import { defineCli } from './define.js';
import { COMMANDS } from './commands/index.js';
import { EXIT, protectStdinArguments, type CliIo } from './shared.js';

const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };

/** The arguments as parsed, before the command's own typing: the command name and the debug flag are all `run` reads. */
interface ParsedArguments {
  _: Array<string | number>;
  debug?: boolean;
}

/** Run the CLI on an argument list; resolves to the exit code (see `EXIT`). */
export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  let argv: ParsedArguments;
  let output = '';
  try {
    argv = await new Promise<ParsedArguments>((resolve, reject) => {
      defineCli().parse(protectStdinArguments(args), {}, (error, parsed, text) => {
        output = text;
        if (error) reject(error);
        else resolve(parsed as ParsedArguments);
      });
    });
  } catch (error) {
    io.stderr.write(`redline: ${(error as Error).message}\nRun \`redline --help\` for usage.\n`);
    return EXIT.usage;
  }
  if (output) {
    io.stdout.write(output + '\n'); // --help or --version
    return EXIT.ok;
  }
  const name = String(argv._[0]);
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr.write(`redline: unknown command ${name}. Run \`redline --help\`.\n`);
    return EXIT.usage;
  }
  try {
    // yargs checked the arguments against this command's own definition, which types them for its `run`.
    return await command.run(argv as never, io);
  } catch (error) {
    if (isRedlineError(error)) {
      io.stderr.write(`redline: ${error.toLine()}\n`);
      if (argv.debug) io.stderr.write(`${error.stack}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`redline: internal error: ${(error as Error).message}. Please report it; --debug shows the stack.\n`);
    if (argv.debug) io.stderr.write(`${(error as Error).stack}\n`);
    return EXIT.internal;
  }
}
