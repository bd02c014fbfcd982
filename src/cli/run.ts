import { compare } from '../pipeline.js';
import { renderJson } from '../report/json.js';
import { renderText } from '../report/text.js';
import { assertNotAnInput, writeFileAtomic } from '../io.js';
import { isRedlineError } from '../errors.js';
import type { RedlineResult } from '../types.js';
import { defineCli, EXIT } from './define.js';
import { outputPath, pathArgument, protectStdinArguments, toCompareOptions, wantsColor, type Arguments } from './to-options.js';
import { isChange } from '../report/labels.js';
import { generationTime, runReport } from './commands/report.js';
import { runCorpus } from './commands/corpus.js';
import { runBatchCommand, runMergeCommand } from './commands/batch.js';

/** Where the CLI writes: injectable so `run` can be tested in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}

const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env };

/** Run the CLI on an argument list; resolves to the exit code (0 done, 1 changes with --fail-on-change, 2 usage/input, 3 internal). */
export async function run(args: string[], io: CliIo = processIo): Promise<number> {
  let argv: Arguments;
  let output = '';
  try {
    argv = await new Promise<Arguments>((resolve, reject) => {
      defineCli().parse(protectStdinArguments(args), {}, (error, parsed, text) => {
        output = text;
        if (error) reject(error);
        else resolve(parsed as Arguments);
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
  try {
    return await dispatch(argv, io);
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

async function dispatch(argv: Arguments, io: CliIo): Promise<number> {
  const command = String(argv._[0]);
  switch (command) {
    case 'compare':
      return runCompare(argv, io);
    case 'report':
      return runReport(argv, io);
    case 'corpus':
      return runCorpus(argv, io);
    case 'batch':
      return runBatchCommand(argv, io);
    case 'merge':
      return runMergeCommand(argv, io);
    default:
      io.stderr.write(`redline: unknown command ${command}. Run \`redline --help\`.\n`);
      return EXIT.usage;
  }
}

async function runCompare(argv: Arguments, io: CliIo): Promise<number> {
  const left = pathArgument(argv.left);
  const right = pathArgument(argv.right);
  const out = outputPath(argv);
  if (out) await assertNotAnInput(out, [left, right]);
  const result = await compare(left, right, toCompareOptions(argv));
  const toFile = out !== null;
  let rendered: string;
  if (argv.format === 'json') rendered = renderJson(result);
  else if (argv.format === 'html' || argv.format === 'md') {
    const { renderReport } = await import('../report/render-report.js'); // Handlebars and templates: only for reports
    rendered = renderReport(result, argv.format, { templatesDir: typeof argv.templates === 'string' ? argv.templates : undefined, generatedAt: generationTime(io.env) });
  } else rendered = renderText(result, { color: !toFile && wantsColor(argv, Boolean(io.stdout.isTTY), io.env), showUnchanged: Boolean(argv.showUnchanged) });
  if (out) await writeFileAtomic(out, rendered);
  else io.stdout.write(rendered);
  return argv.failOnChange && hasChanges(result) ? EXIT.changes : EXIT.ok;
}

/** Anything but unchanged, unmoved paragraphs counts as a change. */
export function hasChanges(result: RedlineResult): boolean {
  return result.comparisons.some((comparison) => comparison.findings.some(isChange));
}
