import { run } from './run.js';

/** The bin's entry: run and set the exit code (no process.exit, so pending output is flushed). */
export function main(args: string[]): void {
  // `redline compare … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  run(args).then((code) => {
    process.exitCode = code;
  });
}
