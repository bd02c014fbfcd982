#!/usr/bin/env node
/**
 * `npm run bench`: quality and speed of redline against its peers, measured in one run, written to bench/RESULTS.md and
 * bench/results.json. `npm run bench:quick` (`--quick`): a smoke test on small subsets (< 1 minute), written to
 * bench/.quick/ so the committed results stay those of a full run; it asserts nothing about absolute time.
 * Needs a build (`npm run build`) and ../shared/data (else it says so and exits 0).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync, execSync } from 'node:child_process';
import { loadavg, cpus } from 'node:os';
import { DATA_DIR, ROOT, loadArgRewrite } from './lib/data.js';
import { evaluateArgRewrite, countBy } from './lib/argrewrite.js';
import { evaluateSimilarity } from './lib/similarity-eval.js';
import { evaluateSynthetic, syntheticCases, KINDS } from './lib/synthetic-eval.js';
import { runSpeed, realPairs } from './lib/speed.js';
import { runScale } from './lib/scale.js';
import { profileCompare } from './lib/profile.js';
import { renderResults } from './lib/render-results.js';
import { runStartup } from './lib/startup.js';
import { runNormalizeFloor } from './lib/normalize-floor.js';
import { startupSection, normalizeSection } from './lib/render-speed.js';
import { dataPath } from './lib/data.js';

const quick = process.argv.includes('--quick');
/** Issue 13's targets have their own run, with the batch target and the profile at 10,000 paragraphs. */
const SPEED_POINTER = '## Speed targets (issue 13)\n\n(`npm run bench` appends them below when it finishes.) Each target of issue 13 (start-up, diff2html-cli at 10 to 10,000 paragraphs, growth, peak memory, report size, batch cold and warm with its floor, normalization against its floor), with the profile at 10,000 paragraphs and what was measured and not adopted: `bench/SPEED.md`, written by `npm run bench:speed`.\n';
if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('bench: dist/ is missing; run `npm run build` first.');
  process.exit(2);
}
if (!DATA_DIR) {
  console.log('bench: skipped, ../shared/data is absent (set REDLINE_DATA to the folder holding argrewrite-dev/, stsbenchmark-dev/, …).');
  process.exit(0);
}

const started = Date.now();
const loadSamples = [];
const step = (name) => {
  loadSamples.push(Math.round(loadavg()[0] * 100) / 100);
  console.log(`bench: ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
};
const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();

const environment = { date: new Date().toISOString(), commit, node: process.version, cpus: cpus().length, loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100), quick };

step('ArgRewrite alignment');
const rows = loadArgRewrite();
const argrewrite = evaluateArgRewrite({ rows: quick ? rows.slice(0, 10) : rows });
const argrewriteErrors = { missed: countBy(argrewrite.errors.missed, 'kind'), missedOutcome: countBy(argrewrite.errors.missed, 'outcome'), wrong: countBy(argrewrite.errors.wrong, 'kind'), wrongGroup: countBy(argrewrite.errors.wrong, 'predGroup') };

step('similarity (STS Benchmark, MSRP)');
const similarity = evaluateSimilarity({ limit: quick ? 150 : Infinity });

step('synthetic edits');
const synthetic = evaluateSynthetic(syntheticCases({ documents: quick ? 3 : Infinity }));

step('speed and memory');
const speed = runSpeed({ quick });

step('scale (100 / 1,000 / 5,000 paragraphs)');
const scale = runScale(quick ? { sizes: [100], runs: 1 } : {});

step('start-up against node -e 0');
const startup = runStartup({ pair: [dataPath('fomc-statements', 'fomc_2009-12-16.txt'), dataPath('fomc-statements', 'fomc_2010-01-27.txt')], rounds: quick ? 3 : 11 });

step('normalization against its floor');
const normalize = runNormalizeFloor({ runs: quick ? 1 : 3 });

// The slowest real pair (the last one listed) is the one worth profiling.
const slowest = realPairs({ quick }).at(-1);
step(`CPU profile of redline on ${slowest.name}`);
const profile = { name: slowest.name, ...profileCompare(slowest.left, slowest.right) };
environment.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
environment.seconds = Math.round((Date.now() - started) / 1000);
environment.loadSamples = [...loadSamples, environment.loadAverageAtEnd[0]];

const results = {
  environment,
  argrewrite: { pairs: argrewrite.pairs, sentences: argrewrite.sentences, goldLinks: argrewrite.goldLinks, results: argrewrite.results, redlineErrors: argrewriteErrors },
  similarity,
  synthetic: { ...synthetic, kinds: KINDS },
  speed,
  scale,
  profile,
  startup,
  normalize,
};
const markdown = `${renderResults(results)}\n${startupSection(startup)}\n${normalizeSection(normalize)}\n${SPEED_POINTER}`;
const outDir = quick ? join(ROOT, 'bench', '.quick') : join(ROOT, 'bench');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(outDir, 'RESULTS.md'), markdown);
console.log('\n' + markdown);
if (!quick) {
  // Issue 13's targets in the same `npm run bench`: bench/speed.js writes bench/SPEED.md, included here a level down.
  step('speed targets (bench/speed.js)');
  execFileSync(process.execPath, [join(ROOT, 'bench', 'speed.js')], { stdio: 'inherit' });
  const speedTargets = readFileSync(join(ROOT, 'bench', 'SPEED.md'), 'utf8').replace(/^(#+) /gm, '#$1 ');
  // Issue 23's precision figures (npm run bench:precision -- --write-results) are kept as their own section.
  const precision = existsSync(join(ROOT, 'bench', 'PRECISION.md')) ? `\n${readFileSync(join(ROOT, 'bench', 'PRECISION.md'), 'utf8')}` : '';
  // Issue 19's history and chain-batch figures (node bench/history.js, node bench/chain.js) too.
  const history = existsSync(join(ROOT, 'bench', 'HISTORY.md')) ? `\n${readFileSync(join(ROOT, 'bench', 'HISTORY.md'), 'utf8')}` : '';
  const chain = existsSync(join(ROOT, 'bench', 'CHAIN.md')) ? `\n${readFileSync(join(ROOT, 'bench', 'CHAIN.md'), 'utf8')}` : '';
  // The pairing figures on the UN series (npm run bench:pairing -- --write-results) too.
  const pairing = existsSync(join(ROOT, 'bench', 'PAIRING.md')) ? `\n${readFileSync(join(ROOT, 'bench', 'PAIRING.md'), 'utf8')}` : '';
  writeFileSync(join(outDir, 'RESULTS.md'), `${renderResults(results)}\n${startupSection(startup)}\n${normalizeSection(normalize)}\n${speedTargets}\n${precision}${history}${chain}${pairing}`);
}
step(`done, wrote ${join(outDir, 'RESULTS.md')} and results.json`);

// Smoke-test invariants (not timings): the run produced every section and redline aligned something sensible.
const problems = [];
if (!(argrewrite.results.redline.links.f1 > 0.8)) problems.push(`ArgRewrite F1 ${argrewrite.results.redline.links.f1} is implausibly low`);
for (const tool of ['redline json', 'redline html']) {
  if (!speed.cases.filter((c) => c.group === 'real').every((c) => c.tools[tool]?.seconds > 0 || c.tools[tool]?.timedOut)) problems.push(`${tool} failed on a real pair`);
}
if (!Object.values(scale.sizes).every((x) => x.cliHtml.bytes > 0 && x.inProcess)) problems.push('the scale bench produced no report or no in-process figures');
if (profile.error) problems.push(`profiling failed: ${profile.error}`);
if (problems.length) {
  console.error(`bench: ${problems.join('; ')}`);
  process.exit(1);
}
