/**
 * The batch runner's only entry: many documents compared in one run (`runBatch`: scan → plan → compare → write), shard
 * outputs merged (`mergeBatches`). Its on-disk records (`BatchManifest`, `PairRecord`, `Lineage`, …) are in the contract,
 * `src/types.ts`.
 */
export { runBatch } from './run.js';
export type { BatchOptions, BatchProgress } from './options.js';
export { mergeBatches } from './merge.js';
export { parseShard } from './shard.js';
export { cacheUsage, cleanCache, pruneCache } from './cache-dir.js';
export { countSeries, describeSeriesCounts } from '../series/index.js';
export { duplicateText } from './duplicates.js';
