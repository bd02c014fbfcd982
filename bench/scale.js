#!/usr/bin/env node
/**
 * `npm run bench:scale`: two documents of 100, 1,000 and 5,000 paragraphs (real UNGDC paragraphs, a light known
 * revision) compared by the CLI (`redline compare --format json`, a child process: start-up included) and in-process
 * (`compareDocuments` after the model is loaded). The goal quoted by the lead: 1,000 paragraphs in under 2 s.
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DATA_DIR } from './lib/data.js';
import { growthPair } from './lib/synthetic.js';
import { growthPool } from './lib/speed.js';
import { measure, median } from './lib/measure.js';
import { TOOLS } from './lib/peers.js';
import { table } from './lib/format.js';
import { compareDocuments, documentFromText, normalizeParagraph, DEFAULT_OPTIONS } from '../dist/index.js';

if (!DATA_DIR) {
  console.log('scale: skipped, ../shared/data is absent; set REDLINE_DATA to its folder.');
  process.exit(0);
}
const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [100, 1000, 5000];
const pool = growthPool(Math.max(...sizes) + 500);
const dir = mkdtempSync(join(tmpdir(), 'redline-scale-'));
normalizeParagraph('Warm up the model.');
const rows = [];
const results = {};
try {
  for (const size of sizes) {
    const pair = growthPair(pool, size);
    const left = join(dir, `old-${size}.txt`);
    const right = join(dir, `new-${size}.txt`);
    writeFileSync(left, pair.oldText);
    writeFileSync(right, pair.newText);
    const runs = size >= 5000 ? 1 : 3;
    const cli = [];
    for (let k = 0; k < runs; k++) cli.push(measure(TOOLS['redline json'].command(left, right, join(dir, 'out.json')), { timeoutSeconds: 300 }));
    const inProcess = [];
    for (let k = 0; k < runs; k++) {
      const started = process.hrtime.bigint();
      compareDocuments(documentFromText(pair.oldText, { path: left }), documentFromText(pair.newText, { path: right }), DEFAULT_OPTIONS);
      inProcess.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
    const seconds = median(cli.map((r) => r.seconds));
    results[size] = { paragraphs: [pair.oldParagraphs.length, pair.newParagraphs.length], cliSeconds: seconds, inProcessSeconds: median(inProcess), rssMiB: median(cli.map((r) => r.rssMiB)), runs };
    rows.push([`${pair.oldParagraphs.length} × ${pair.newParagraphs.length}`, seconds.toFixed(2), median(inProcess).toFixed(2), Math.round(results[size].rssMiB ?? 0), runs]);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(table(['paragraphs (old × new)', 'CLI wall s (start-up incl.)', 'in-process s', 'peak RSS MiB', 'runs'], rows));
if (results[1000]) {
  const thousand = results[1000].cliSeconds;
  console.log(`\n1,000 paragraphs: ${thousand.toFixed(2)} s with the CLI, ${results[1000].inProcessSeconds.toFixed(2)} s in-process — goal < 2 s: ${thousand < 2 ? 'met' : 'NOT met'}`);
}
if (process.argv.includes('--json')) console.log(JSON.stringify(results));
