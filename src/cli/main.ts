import { run } from './run.js';

/** The bin's entry: run and set the exit code (no process.exit, so pending output is flushed). */
export function main(args: string[]): void {
  run(args).then((code) => {
    process.exitCode = code;
  });
}
