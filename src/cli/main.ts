import { quickAnswer } from './quick.js';

/** The bin's entry: run and set the exit code (no process.exit, so pending output is flushed). */
export function main(args: string[]): void {
  // `redline compare … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`redline: cannot write to standard output (${error.code ?? error.message}).\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 2);
  });
  const quick = quickAnswer(args, process.stdout.columns, process.env);
  if (quick !== null) {
    process.stdout.write(quick);
    return;
  }
  // yargs and the command definitions load only now: `--version` and `--help` above start in about the time of Node.
  import('./run.js').then(({ run }) => run(args)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: Error) => {
      process.stderr.write(`redline: internal error: ${error.message}. Please report it.\n`);
      process.exitCode = 3;
    },
  );
}
