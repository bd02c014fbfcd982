#!/usr/bin/env node
// Batch benchmark on the UN General Debate corpus (../shared/data/ungdc), run from the built dist (`npm run build`).
//
//   node bench/batch.js [--reps 3] [--jobs 2] [--data /work/shared/data/ungdc] [--json bench/batch-results.json]
//
// Cases: (a) the seed against all speeches (target mode, with lineage); (b) chain mode over every country series;
// (c) all pairs of one session's speeches (session 79). Each case runs in a fresh child process (so peak RSS is the
// case's own, worker threads included) cold (empty cache) and warm (the cold run's cache, a new output folder),
// `reps` times; medians are reported. Floors: the same corpus only scanned (read, hash, segment, sign) and only
// normalized (wink-nlp, every document, through the same pool). Growth: case (a) cold on 10 %, 30 % and 100 %.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);

// Child mode: run one measurement and print its JSON.
if (arg('child')) {
  const spec = JSON.parse(arg('child'));
  const started = performance.now();
  let summary;
  if (spec.kind === 'batch') {
    const { runBatch } = await import(pathToFileURL(join(ROOT, 'dist/batch/index.js')).href);
    summary = await runBatch({ ...spec.options, generatedAt: '1970-01-01T00:00:00Z' });
  } else {
    const { listCorpusFiles } = await import(pathToFileURL(join(ROOT, 'dist/batch/read-corpus.js')).href);
    const { Piscina } = await import('piscina');
    const files = await listCorpusFiles(spec.corpus);
    const pool = new Piscina({ filename: pathToFileURL(join(ROOT, 'dist/batch/worker.js')).href, minThreads: spec.jobs, maxThreads: spec.jobs });
    await Promise.all(files.map((path) => pool.run(spec.kind === 'scan' ? { kind: 'scan', paths: [path], cacheDir: null } : { kind: 'normalize', path, cacheDir: spec.cacheDir })));
    await pool.destroy();
    summary = { documents: files.length };
  }
  const seconds = (performance.now() - started) / 1000;
  // The manifest (every document) is not needed here, and a large write to a pipe could be cut by process.exit.
  const { manifest: _manifest, ...figures } = summary;
  await new Promise((resolve) => process.stdout.write(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, summary: figures }) + '\n', resolve));
  process.exit(0);
}

const DATA = arg('data', '/work/shared/data/ungdc');
const REPS = Number(arg('reps', 3));
const JOBS = Number(arg('jobs', availableParallelism()));
const SEED = join(ROOT, 'seeds/000_9b5e0b9e7a90fd7e.txt');
const work = mkdtempSync(join(tmpdir(), 'redline-bench-batch-'));

function child(spec) {
  const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', JSON.stringify(spec)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(output.trim().split('\n').at(-1));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
}

/** A folder of symlinks to the corpus files whose (file name, position) pass `keep`. */
function subset(name, keep) {
  const dir = join(work, name);
  mkdirSync(dir);
  let position = 0;
  for (const country of readdirSync(DATA).sort()) {
    let files;
    try {
      files = readdirSync(join(DATA, country)).filter((file) => file.endsWith('.txt')).sort();
    } catch {
      continue; // README.md, index.csv
    }
    for (const file of files) if (keep(file, position++)) symlinkSync(join(DATA, country, file), join(dir, file));
  }
  return dir;
}

function measureCase(name, options) {
  const runs = { cold: [], warm: [] };
  for (let rep = 0; rep < REPS; rep++) {
    const cacheDir = join(work, `cache-${rep}`);
    runs.cold.push(child({ kind: 'batch', options: { ...options, out: join(work, `out-${rep}-cold`), cacheDir, jobs: JOBS } }));
    runs.warm.push(child({ kind: 'batch', options: { ...options, out: join(work, `out-${rep}-warm`), cacheDir, jobs: JOBS } }));
    for (const dir of [cacheDir, join(work, `out-${rep}-cold`), join(work, `out-${rep}-warm`)]) rmSync(dir, { recursive: true, force: true });
  }
  const last = runs.cold.at(-1).summary;
  const result = {
    case: name,
    documents: last.documents,
    pairs: last.pairs,
    compared: last.compared,
    reports: last.reports,
    coldSeconds: +median(runs.cold.map((run) => run.seconds)).toFixed(2),
    warmSeconds: +median(runs.warm.map((run) => run.seconds)).toFixed(2),
    coldRuns: runs.cold.map((run) => +run.seconds.toFixed(2)),
    warmRuns: runs.warm.map((run) => +run.seconds.toFixed(2)),
    phasesCold: last.seconds,
    phasesWarm: runs.warm.at(-1).summary.seconds,
    peakRssMb: Math.round(Math.max(...runs.cold.map((run) => run.maxRssMb), ...runs.warm.map((run) => run.maxRssMb))),
  };
  console.log(JSON.stringify(result));
  return result;
}

function measureFloor(name, corpus) {
  const scan = [];
  const normalize = [];
  for (let rep = 0; rep < REPS; rep++) {
    scan.push(child({ kind: 'scan', corpus, jobs: JOBS }).seconds);
    const cacheDir = join(work, `floor-${rep}`);
    normalize.push(child({ kind: 'normalize', corpus, jobs: JOBS, cacheDir }).seconds);
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const result = { floor: name, scanSeconds: +median(scan).toFixed(2), normalizeSeconds: +median(normalize).toFixed(2) };
  console.log(JSON.stringify(result));
  return result;
}

// `--only a`: case (a) and the floors of all speeches only (the batch target), e.g. for a quick re-measure.
if (arg('only', null) === 'a') {
  const results = {
    machine: { cores: availableParallelism(), jobs: JOBS, reps: REPS, node: process.version, loadAverage: loadavg().map((x) => Math.round(x * 100) / 100) },
    cases: [measureCase('a: seed vs all speeches (target, lineage)', { target: SEED, corpus: DATA })],
    floors: [measureFloor('all speeches', DATA)],
  };
  results.machine.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
  const out = arg('json', join(ROOT, 'bench/batch-a-results.json'));
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  rmSync(work, { recursive: true, force: true });
  console.log(`wrote ${out}`);
  process.exit(0);
}

const session = subset('session-79', (file) => file.includes('_S79'));
const results = {
  machine: { cores: availableParallelism(), jobs: JOBS, reps: REPS, node: process.version },
  cases: [
    measureCase('a: seed vs all speeches (target, lineage)', { target: SEED, corpus: DATA }),
    measureCase('b: chain over every country series', { corpus: DATA, mode: 'chain' }),
    measureCase('c: all pairs of session 79', { corpus: session, mode: 'all' }),
  ],
  floors: [measureFloor('all speeches', DATA), measureFloor('session 79', session)],
  growth: [
    ['10%', subset('p10', (_, position) => position % 10 === 0)],
    ['30%', subset('p30', (_, position) => position % 10 < 3)],
    ['100%', DATA],
  ].map(([share, corpus]) => {
    const run = child({ kind: 'batch', options: { target: SEED, corpus, out: join(work, `growth-${share}`), cacheDir: join(work, `growth-cache-${share}`), jobs: JOBS } });
    const row = { share, documents: run.summary.documents, seconds: +run.seconds.toFixed(2), peakRssMb: Math.round(run.maxRssMb) };
    console.log(JSON.stringify(row));
    return row;
  }),
};
const out = arg('json', join(ROOT, 'bench/batch-results.json'));
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${out}`);
