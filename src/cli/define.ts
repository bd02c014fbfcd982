import yargs, { type Argv } from 'yargs';
import { DEFAULT_OPTIONS } from '../options.js';
import { TOOL_VERSION } from '../version.js';
import { reportCommand } from './commands/report.js';
import { CORPUS_COMMAND, CORPUS_DESCRIBE, corpusBuilder } from './commands/corpus.js';
import { batchCommand, mergeCommand } from './commands/batch.js';

/** Output formats of `compare`. */
export const FORMATS = ['text', 'json', 'html', 'md'] as const;

/** Exit codes, documented in the README and `--help`. */
export const EXIT = { ok: 0, changes: 1, usage: 2, internal: 3 } as const;

/** The options every comparison takes (compare, report, batch). */
export function comparisonOptions<T>(command: Argv<T>) {
  return command
    .option('threshold', { type: 'number', default: DEFAULT_OPTIONS.threshold, describe: 'minimum similarity (0..1) to align two paragraphs in order' })
    .option('move-threshold', { type: 'number', default: DEFAULT_OPTIONS.moveThreshold, describe: 'minimum similarity (0..1) to pair a dropped and a new paragraph as moved' })
    .option('max-group', { type: 'number', default: DEFAULT_OPTIONS.maxGroup, describe: 'most paragraphs joined in one split or merge (1–3)' })
    .option('diff-max-edit-length', { type: 'number', default: DEFAULT_OPTIONS.diffMaxEditLength, describe: 'edit budget of a word diff before it shows the pair whole' })
    .option('max-bytes', { type: 'number', describe: 'refuse inputs larger than this (default 20 MB)' });
}

/** The yargs definition: commands and options only; no behaviour (see run.ts). */
export function defineCli(): Argv {
  return yargs()
    .scriptName('redline')
    .version(TOOL_VERSION)
    .usage('$0 <command> [options]\n\nCompare policy texts paragraph by paragraph: align, score, classify and report what changed.')
    .command('compare <left> <right>', 'compare an older text (left) with a newer one (right); `-` reads standard input', (command) =>
      comparisonOptions(command)
        .positional('left', { type: 'string', describe: 'the older text (.txt, .md, .html, .pdf, .docx; - for standard input)' })
        .positional('right', { type: 'string', describe: 'the newer text' })
        .option('format', { alias: 'f', choices: FORMATS, default: 'text' as const, describe: 'output format' })
        .option('out', { alias: 'o', type: 'string', describe: 'write to this file (atomically) instead of standard output' })
        .option('fail-on-change', { type: 'boolean', default: false, describe: 'exit 1 when anything changed' })
        .option('show-unchanged', { type: 'boolean', default: false, describe: 'text format: list unchanged paragraphs too' })
        .option('color', { type: 'boolean', describe: 'colour the text output (default: on a terminal, unless NO_COLOR is set)' })
        .option('templates', { type: 'string', describe: 'html format: folder of .hbs files replacing built-in templates by name (docs/templates.md)' }),
    )
    .command(reportCommand.command, reportCommand.describe, reportCommand.builder)
    .command(CORPUS_COMMAND, CORPUS_DESCRIBE, corpusBuilder)
    .command(batchCommand.command, batchCommand.describe, batchCommand.builder)
    .command(mergeCommand.command, mergeCommand.describe, mergeCommand.builder)
    .option('debug', { type: 'boolean', default: false, describe: 'show stack traces of errors' })
    .demandCommand(1, 'Name a command, e.g. `redline compare old.txt new.txt`.')
    .strict()
    .epilogue('Exit codes: 0 done; 1 changes found (with --fail-on-change); 2 bad usage or unusable input; 3 internal error.')
    .wrap(Math.min(110, process.stdout.columns || 100));
}
