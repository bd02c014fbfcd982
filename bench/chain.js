#!/usr/bin/env node
/**
 * `node bench/chain.js` (after `npm run build`): the time of a chain batch (`runBatch`, what `redline batch --mode chain`
 * runs: scan, series, pairs, one history per series, digest, index) against the number of documents N, in one process:
 * - the FOMC statements as one series, N = 8, 16, 32, 64, 128 and all 219 (one series: its history grows with N);
 * - the UN resolutions of `texts/series/` in one flat folder, 10, 20, 35 and all 70 series (three versions each, plus the
 *   four drafts in the last row): many short series.
 * Each run without the cache (every pair compared, every history collated) and with HTML reports, medians of 3 up to
 * N = 64, one run above. Beside the total, the phase the histories take and their share of the compare phase (the
 * pairs alone): the cost of "a history page per series" as a ratio within the same run. Prints a Markdown section and
 * writes it to bench/CHAIN.md, which `npm run bench` keeps in bench/RESULTS.md.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './lib/measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, '../shared/data');
const FOMC = join(DATA, 'fomc-statements');
const SERIES = join(DATA, 'un-resolutions/texts/series');
const DRAFTS = join(DATA, 'un-resolutions/texts/drafts');
if (!existsSync(FOMC) || !existsSync(SERIES)) {
  console.error('bench/chain.js needs ../shared/data (fomc-statements, un-resolutions/texts/series).');
  process.exit(2);
}
const { runBatch } = await import(join(ROOT, 'dist/index.js'));
const work = mkdtempSync(join(tmpdir(), 'redline-chain-bench-'));
const texts = (folder) => readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();

/** A corpus folder holding the given files (copied, so each run reads a folder of exactly N documents). */
function corpus(name, files) {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const file of files) copyFileSync(file, join(dir, file.split('/').pop()));
  return dir;
}

async function timeChain(dir, reps) {
  const runs = [];
  let summary = null;
  for (let rep = 0; rep < reps; rep++) {
    const out = join(work, `out-${rep}`);
    rmSync(out, { recursive: true, force: true });
    summary = await runBatch({ corpus: dir, mode: 'chain', out, cacheDir: null, generatedAt: '1970-01-01T00:00:00Z' });
    runs.push(summary.seconds);
  }
  const pick = (key) => median(runs.map((seconds) => seconds[key]));
  return { total: pick('total'), compare: pick('compare'), history: pick('history'), summary };
}

// Warm-up: the model and the worker pool's code, outside the timings.
await timeChain(corpus('warm', texts(FOMC).slice(0, 4).map((name) => join(FOMC, name))), 1);

const rows = [];
const fomc = texts(FOMC).map((name) => join(FOMC, name));
for (const n of [8, 16, 32, 64, 128, fomc.length]) {
  const { total, compare, history, summary } = await timeChain(corpus(`fomc-${n}`, fomc.slice(0, n)), n <= 64 ? 3 : 1);
  rows.push({ set: 'FOMC', n, series: summary.series.length, pairs: summary.pairs, total, compare, history });
  console.error(`FOMC N=${n}: ${total.toFixed(2)} s (compare ${compare.toFixed(2)} s, histories ${history.toFixed(2)} s)`);
}
const folders = readdirSync(SERIES).sort();
for (const count of [10, 20, 35, folders.length]) {
  const files = folders.slice(0, count).flatMap((folder) => texts(join(SERIES, folder)).map((name) => join(SERIES, folder, name)));
  if (count === folders.length && existsSync(DRAFTS)) for (const name of texts(DRAFTS)) files.push(join(DRAFTS, name));
  const { total, compare, history, summary } = await timeChain(corpus(`un-${count}`, files), files.length <= 64 ? 3 : 1);
  rows.push({ set: 'UN', n: files.length, series: summary.series.length, pairs: summary.pairs, total, compare, history });
  console.error(`UN N=${files.length}: ${total.toFixed(2)} s (compare ${compare.toFixed(2)} s, histories ${history.toFixed(2)} s)`);
}
rmSync(work, { recursive: true, force: true });

/** Growth exponent between two rows: time ∝ N^k. */
const exponent = (a, b) => Math.log(b.total / a.total) / Math.log(b.n / a.n);
const fmt = (value) => `${value.toFixed(2)} s`;
const lines = [
  '## Chain batch against N (issue 19)',
  '',
  `\`node bench/chain.js\` (after \`npm run build\`), ${new Date().toISOString().slice(0, 10)}, load ${loadavg().map((value) => value.toFixed(2)).join(' ')} on ${'2'} cores. \`runBatch\` in chain mode without the cache, HTML reports on; medians of 3 up to 64 documents, one run above. "histories" is the phase that collates one history per series; its share is that phase over the compare phase (every consecutive pair compared) of the same run.`,
  '',
  '| documents | N | series | pairs | total | compare | histories | histories / compare | k against N (from the previous row) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((row, index) => {
    const previous = rows[index - 1];
    const k = previous && previous.set === row.set ? exponent(previous, row).toFixed(2) : '—';
    return `| ${row.set} | ${row.n} | ${row.series} | ${row.pairs} | ${fmt(row.total)} | ${fmt(row.compare)} | ${fmt(row.history)} | ${(row.history / row.compare).toFixed(2)} | ${k} |`;
  }),
  '',
];
const fomcRows = rows.filter((row) => row.set === 'FOMC');
const unRows = rows.filter((row) => row.set === 'UN');
lines.push(
  `From ${fomcRows[1].n} to ${fomcRows[fomcRows.length - 1].n} FOMC statements (one series): k = ${exponent(fomcRows[1], fomcRows[fomcRows.length - 1]).toFixed(2)}; ` +
    `from ${unRows[0].n} to ${unRows[unRows.length - 1].n} UN texts (three versions a series): k = ${exponent(unRows[0], unRows[unRows.length - 1]).toFixed(2)}. ` +
    'A chain batch compares N − (series) consecutive pairs; later FOMC statements are longer, so its pairs grow faster than N.',
  '',
);
const markdown = lines.join('\n');
writeFileSync(join(ROOT, 'bench', 'CHAIN.md'), markdown);
process.stdout.write(markdown);
