import { isRedlineError } from '../errors.js';
import { EXIT, type CliCommand, type CliIo } from './shared.js';

/**
 * Run a command on arguments already parsed and checked against its definition (by yargs, or `quickReportArguments`):
 * a user's error is said on one line (exit 2), anything else as an internal error (exit 3); --debug adds the stack.
 * `check` runs first, its errors said the same way (the options given twice).
 */
export async function runParsed(command: CliCommand, argv: Record<string, unknown>, io: CliIo, check?: () => void): Promise<number> {
  try {
    check?.();
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
