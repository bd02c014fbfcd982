import { setFlagsFromString } from 'node:v8';
import { quickAnswer, quickReportArguments } from './quick.js';

/**
 * V8 lets the heap of a short process grow several times past what is live before it collects (a comparison of two
 * 10,000-paragraph texts reached 203 MB of heap with 123 MB live, and 421 MiB of memory). Growing it by a fifth at a
 * time keeps the peak at 333 MiB for 4 % more CPU (farm-bench, bench/SPEED.md). Only the CLI sets it: a library user's
 * process is theirs to tune. V8 reads the flag at each collection, so setting it now takes effect.
 */
const HEAP_GROWING_PERCENT = 20;

/**
 * V8 first runs a regular expression as bytecode and compiles it to machine code on a later run; for the long patterns
 * of the signal detectors and the routine rules (Unicode letter classes, case folded) the bytecode is the dearer of the
 * two to make (the deadline pattern: 20 ms for bytecode then 4 ms for machine code, against 6 ms straight to machine
 * code), and a report runs most patterns many times. Compiling straight to machine code: FOMC report 0.93× the CPU
 * (bench/SPEED.md, issue 21 round 5). The same matches either way; only the CLI sets it, as for the heap.
 */
const REGEXP_FLAG = '--no-regexp-tier-up';

/**
 * True when the user set V8's flag `name` for this process, in either form (`--name`, `--no-name`, `--name=…`, dashes or
 * underscores), on Node's command line or in NODE_OPTIONS.
 */
export function userSetFlag(name: string, execArgv: readonly string[] = process.execArgv, nodeOptions: string | undefined = process.env.NODE_OPTIONS): boolean {
  const wanted = name.replace(/_/g, '-');
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].map((flag) => flag.replace(/_/g, '-'));
  return given.some((flag) => flag === `--${wanted}` || flag === `--no-${wanted}` || flag.startsWith(`--${wanted}=`));
}

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
  // A flag the user gave Node themselves (`node --regexp-tier-up bin/redline.js`, NODE_OPTIONS) is theirs: kept.
  if (!userSetFlag('heap-growing-percent')) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  if (!userSetFlag('regexp-tier-up')) setFlagsFromString(REGEXP_FLAG);
  // A run whose promise never settles (a stream that neither ends nor fails) lets the process run out of work and end
  // with exit 0 and no output: said here instead, as the internal error it is.
  let settled = false;
  const unfinished = (): void => {
    if (settled) return;
    process.stderr.write('redline: internal error: the run stopped waiting for something that will never come (a download or a read that neither ended nor failed). Please report it.\n');
    process.exitCode = 3;
  };
  process.once('beforeExit', unfinished);
  // yargs and the command definitions load only now: `--version` and `--help` above start in about the time of Node.
  // `report LEFT RIGHT -o OUT` needs no parser: the arguments yargs would give are known (`quickReportArguments`).
  const report = quickReportArguments(args);
  const running = report
    ? Promise.all([import('./commands/report.js'), import('./execute.js')]).then(([{ reportCommand }, { runParsed }]) => runParsed(reportCommand, report, { stdout: process.stdout, stderr: process.stderr, env: process.env }))
    : import('./run.js').then(({ run }) => run(args));
  running.then(
    (code) => {
      settled = true;
      process.exitCode = code;
    },
    (error: Error) => {
      settled = true;
      process.stderr.write(`redline: internal error: ${error.message}. Please report it.\n`);
      process.exitCode = 3;
    },
  );
}
