#!/usr/bin/env node
/**
 * `npm run bench:signals`: precision and recall per signal type (and of the routine classification) on the labelled set
 * bench/signals/labelled-pairs.yaml, read from ../shared/data at run time. `--disagreements` lists every pair where
 * redline and the labels differ. `--json` prints JSON. Needs `npm run build`.
 */
import { DATA_DIR, ROOT } from './lib/data.js';
import { evaluateSignals, loadLabelled } from './lib/signals-eval.js';
import { table } from './lib/format.js';
import { join } from 'node:path';

const { loadAnyDocument } = await import('../dist/ingest/load-any-document.js');
const { normalizeParagraph } = await import('../dist/normalize/normalize.js');
const { detectSignals } = await import('../dist/classify/signals/index.js');
const { isRoutineChange } = await import('../dist/classify/routine.js');

const args = process.argv.slice(2);
const labelled = loadLabelled(join(ROOT, 'bench', 'signals', 'labelled-pairs.yaml'));
const report = await evaluateSignals({ labelled, dataDir: DATA_DIR, root: ROOT, api: { loadAnyDocument, normalizeParagraph, detectSignals, isRoutineChange } });
if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}
console.log(`signals: ${report.read} of ${report.pairs} labelled pairs read${report.skipped.length ? ` (${report.skipped.length} skipped: data absent or paragraph not found: ${report.skipped.join(', ')})` : ''}\n`);
const rows = (types) => Object.entries(types).map(([type, c]) => [type, c.tp, c.fp, c.fn, c.precision.toFixed(3), c.recall.toFixed(3)]);
console.log(table(['type', 'TP', 'FP', 'FN', 'precision', 'recall'], rows(report.types)));
console.log(`\nheld out (${report.heldOut.pairs} pairs labelled from their word diffs before redline's signals on them were seen):\n`);
console.log(table(['type', 'TP', 'FP', 'FN', 'precision', 'recall'], rows(report.heldOut.types)));
if (args.includes('--disagreements')) {
  console.log('\ndisagreements:');
  for (const d of report.disagreements) console.log(`  ${d.id}${d.heldOut ? ' (held out)' : ''}: false positives ${JSON.stringify(d.falsePositives)} · missed ${JSON.stringify(d.missed)}${d.routine === null ? '' : ` · routine said ${d.routine}`}`);
}
