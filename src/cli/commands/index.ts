import type { CliCommand } from '../shared.js';
import { compareCommand } from './compare.js';
import { reportCommand } from './report.js';
import { corpusCommand } from './corpus.js';
import { batchCommand, mergeCommand } from './batch.js';
import { cacheCommand } from './cache.js';
import { historyCommand } from './history.js';

/** Every command of the CLI, in `--help` order: a new command is one module and one line here. */
export const COMMANDS: readonly CliCommand[] = [compareCommand, reportCommand, historyCommand, corpusCommand, batchCommand, mergeCommand, cacheCommand];
