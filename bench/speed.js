#!/usr/bin/env node
/**
 * `npm run bench:speed`: the speed targets of issues 13 and 21 in one run, with the quality figures beside them, written to
 * bench/SPEED.md and bench/speed-results.json. Ratios are measured in this run (never compare absolute times across
 * runs on the shared machine). Sections: start-up against `node -e 0`; normalization against its floor (reading +
 * tokenizing); quality (ArgRewrite dev links, synthetic revisions: all and FOMC only); `redline report` and `compare`
 * against diff2html-cli on the FOMC pair and the 300-, 3,000- and 10,000-paragraph growth pairs of bench/RESULTS.md,
 * with growth between the two largest and peak memory; and the CPU profile of the 10,000-paragraph compare.
 * Needs a build (`npm run build`) and ../shared/data.
 */
import { existsSync, mkdtempSync, writeFileSync, rmSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir, loadavg, cpus } from 'node:os';
import { execFileSync, execSync } from 'node:child_process';
import { DATA_DIR, ROOT, loadArgRewrite, dataPath } from './lib/data.js';
import { evaluateArgRewrite } from './lib/argrewrite.js';
import { evaluateSynthetic, syntheticCases, KINDS } from './lib/synthetic-eval.js';
import { growthPool } from './lib/speed.js';
import { growthPair } from './lib/synthetic.js';
import { measure, median } from './lib/measure.js';
import { TOOLS } from './lib/peers.js';
import { profileCompare } from './lib/profile.js';
import { runStartup } from './lib/startup.js';
import { runNormalizeFloor } from './lib/normalize-floor.js';
import { table } from './lib/format.js';
import { startupSection, normalizeSection } from './lib/render-speed.js';

if (process.argv.includes('--render')) {
  renderMarkdown(JSON.parse(readFileSync(join(ROOT, 'bench', 'speed-results.json'), 'utf8')));
  process.exit(0);
}
if (!DATA_DIR) {
  console.log('bench:speed: skipped, ../shared/data is absent.');
  process.exit(0);
}
const started = Date.now();
const loads = [];
const step = (name) => {
  loads.push(Math.round(loadavg()[0] * 100) / 100);
  console.log(`bench:speed: ${name} (${((Date.now() - started) / 1000).toFixed(0)} s, load ${loads.at(-1)})`);
};
const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim();
const environment = { date: new Date().toISOString(), commit, node: process.version, cpus: cpus().length, loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100) };
const fomc = [dataPath('fomc-statements', 'fomc_2009-12-16.txt'), dataPath('fomc-statements', 'fomc_2010-01-27.txt')];

step('start-up');
const startup = runStartup({ pair: fomc });

step('normalization floor');
const normalize = runNormalizeFloor();

step('quality: ArgRewrite dev');
const argrewrite = evaluateArgRewrite({ rows: loadArgRewrite(), withPeers: false }).results.redline;
step('quality: synthetic revisions');
const cases = syntheticCases();
const synthetic = evaluateSynthetic(cases).results.redline.all;
const fomcCases = cases.filter((c) => /fomc/i.test(c.name));
const syntheticFomc = evaluateSynthetic(fomcCases).results.redline.all;

step('speed against diff2html-cli');
const dir = mkdtempSync(join(tmpdir(), 'redline-speed-'));
const tools = ['redline json', 'redline html', 'diff2html-cli (side)'];
const inputs = [{ name: 'FOMC 2009-12-16 → 2010-01-27', left: fomc[0], right: fomc[1], paragraphs: null }];
const pool = growthPool(10500);
for (const size of [300, 3000, 10000]) {
  const pair = growthPair(pool, size);
  const left = join(dir, `old-${size}.txt`);
  const right = join(dir, `new-${size}.txt`);
  writeFileSync(left, pair.oldText);
  writeFileSync(right, pair.newText);
  inputs.push({ name: `synthetic ${size} paragraphs`, left, right, paragraphs: pair.oldParagraphs.length + pair.newParagraphs.length, size });
}
const speed = [];
for (const input of inputs) {
  const row = { name: input.name, paragraphs: input.paragraphs, tools: {} };
  const samples = Object.fromEntries(tools.map((tool) => [tool, []]));
  // Alternate the tools run by run, so a drift of the machine hits them alike.
  for (let k = 0; k < 3; k++) {
    for (const tool of tools) {
      const out = join(dir, `out-${tools.indexOf(tool)}.${tool === 'redline json' ? 'json' : 'html'}`);
      const result = measure(TOOLS[tool].command(input.left, input.right, out), { timeoutSeconds: 120 });
      if (!result.ok) throw new Error(`${tool} failed on ${input.name}: ${result.error}`);
      samples[tool].push({ ...result, bytes: statSync(out).size });
    }
  }
  for (const tool of tools) {
    row.tools[tool] = { seconds: median(samples[tool].map((s) => s.seconds)), rssMiB: median(samples[tool].map((s) => s.rssMiB)), bytes: samples[tool][0].bytes };
  }
  // diff2html time over redline time, per run then the median: > 1 means redline is faster.
  row.htmlRatio = median(samples['redline html'].map((s, k) => samples['diff2html-cli (side)'][k].seconds / s.seconds));
  row.jsonRatio = median(samples['redline json'].map((s, k) => samples['diff2html-cli (side)'][k].seconds / s.seconds));
  // Issue 21's figure: the report's time as a multiple of diff2html-cli's, per run then the median (target ≤ 2.5).
  row.reportOverPeer = median(samples['redline html'].map((s, k) => s.seconds / samples['diff2html-cli (side)'][k].seconds));
  const summary = JSON.parse(readFileSync(join(dir, 'out-0.json'), 'utf8')).comparisons[0].summary;
  row.unchangedShare = input.paragraphs ? (2 * summary.unchanged) / input.paragraphs : null;
  console.log(`  ${input.name}: redline html ${row.tools['redline html'].seconds.toFixed(2)} s, json ${row.tools['redline json'].seconds.toFixed(2)} s, diff2html ${row.tools['diff2html-cli (side)'].seconds.toFixed(2)} s`);
  speed.push(row);
}
const [large, largest] = speed.slice(-2);
const growth = Object.fromEntries(tools.map((tool) => [tool, Math.log(largest.tools[tool].seconds / large.tools[tool].seconds) / Math.log(largest.paragraphs / large.paragraphs)]));

step('batch: the seed against all UNGDC speeches, cold and warm (bench/batch.js --only a)');
const batchJson = join(dir, 'batch-a.json');
execFileSync(process.execPath, [join(ROOT, 'bench', 'batch.js'), '--reps', '3', '--only', 'a', '--data', dataPath('ungdc'), '--json', batchJson], { stdio: 'ignore' });
const batch = JSON.parse(readFileSync(batchJson, 'utf8'));

step('why: a first and a second comparison in one process, and what is live after a large one');
// The short-compare target: how much of a first comparison is the model and the warm-up of cold code (a second
// comparison in the same process pays neither). The memory target: what is live after the 10,000-paragraph compare.
const why = JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', `
  const lib = await import(${JSON.stringify(join(ROOT, 'dist', 'index.js'))});
  const seconds = async (left, right) => { const t = process.hrtime.bigint(); await lib.compare(left, right); return Number(process.hrtime.bigint() - t) / 1e9; };
  const first = await seconds(${JSON.stringify(fomc[0])}, ${JSON.stringify(fomc[1])});
  const second = await seconds(${JSON.stringify(fomc[0])}, ${JSON.stringify(fomc[1])});
  const result = await lib.compare(${JSON.stringify(inputs.at(-1).left)}, ${JSON.stringify(inputs.at(-1).right)});
  const beforeGc = process.memoryUsage();
  globalThis.gc();
  const after = process.memoryUsage();
  console.log(JSON.stringify({ first, second, heapBeforeGcMiB: beforeGc.heapUsed / 1048576, liveHeapMiB: after.heapUsed / 1048576, rssMiB: after.rss / 1048576, findings: result.comparisons[0].findings.length }));
`], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim().split('\n').at(-1));

step('a text whose paragraphs all have twins: the English model is never loaded');
const twinsOnly = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', `
  const lib = await import(${JSON.stringify(join(ROOT, 'dist', 'index.js'))});
  const normalize = await import(${JSON.stringify(join(ROOT, 'dist', 'normalize', 'normalize.js'))});
  const t = process.hrtime.bigint();
  const result = await lib.compare(${JSON.stringify(fomc[1])}, ${JSON.stringify(fomc[1])});
  console.log(JSON.stringify({ seconds: Number(process.hrtime.bigint() - t) / 1e9, unchanged: result.comparisons[0].summary.unchanged, model: normalize.englishModelStatus() }));
`], { encoding: 'utf8' }).trim().split('\n').at(-1));

step('CPU profile of redline compare on the 10,000-paragraph pair');
const profile = profileCompare(inputs.at(-1).left, inputs.at(-1).right, { top: 12 });
rmSync(dir, { recursive: true, force: true });
environment.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
environment.loadSamples = [...loads, environment.loadAverageAtEnd[0]];
environment.seconds = Math.round((Date.now() - started) / 1000);

const results = { environment, startup, normalize, twinsOnly, quality: { argrewrite: argrewrite.links, synthetic, syntheticFomc, fomcCases: fomcCases.length, cases: cases.length }, speed, growth, batch, why, profile };
writeFileSync(join(ROOT, 'bench', 'speed-results.json'), JSON.stringify(results, null, 2) + '\n');
renderMarkdown(results);

/** bench/SPEED.md from the figures of one run (`--render`: from bench/speed-results.json, measuring nothing). */
function renderMarkdown(results) {
const { environment, startup, normalize, twinsOnly, speed, growth, batch, why, profile } = results;
const { synthetic, syntheticFomc } = results.quality;
const argrewrite = { links: results.quality.argrewrite };
const cases = { length: results.quality.cases };
const fomcCases = { length: results.quality.fomcCases };
const commit = environment.commit;
const tools = Object.keys(growth);
const [large, largest] = speed.slice(-2);
const f2 = (x) => x.toFixed(2);
const pr = (x) => (x.gold || x.predicted ? `${x.precision.toFixed(2)}/${x.recall.toFixed(2)} (${x.gold})` : '–');
const md = [];
md.push('# Speed (issues 13 and 21)', '');
md.push(`Generated by \`npm run bench:speed\` on ${environment.date.slice(0, 10)} at commit \`${commit}\`, Node ${environment.node}, ${environment.cpus} cores; ` +
  `1-minute load average ${Math.min(...environment.loadSamples)}–${Math.max(...environment.loadSamples)} during the run (sampled at each step; the machine is shared by several agents, so absolute times are noisy: quote the ratios, measured in this run). Whole run ${environment.seconds} s. Raw figures: \`bench/speed-results.json\`.`, '');
md.push(startupSection(startup), normalizeSection(normalize));
md.push('## Quality beside the speed (same run)', '');
md.push(`ArgRewrite V.2 dev link P/R/F1: ${argrewrite.links.precision.toFixed(3)}/${argrewrite.links.recall.toFixed(3)}/**${argrewrite.links.f1.toFixed(3)}** (0.976 before this work). Synthetic revisions (precision/recall (gold)), all ${cases.length} cases and the ${fomcCases.length} FOMC ones:`, '');
md.push(table(['cases', ...KINDS], [[`all (${cases.length})`, ...KINDS.map((k) => pr(synthetic[k]))], [`FOMC (${fomcCases.length})`, ...KINDS.map((k) => pr(syntheticFomc[k]))]]), '');
md.push('## Against diff2html-cli', '');
md.push('Wall time of the whole command (`/usr/bin/time`), medians of 3 runs with the tools alternating. diff2html-cli runs as in ordinary use, `git diff --no-index OLD NEW | diff2html -i stdin -s side -d word -f html -F OUT` (until issue 21 the bench gave no `-d`: `word` is its default, so the same output). The synthetic pairs are real UNGDC paragraphs (distinct, country by country) with light edits (`bench/lib/synthetic.js` `growthPair`); "unchanged" is the share of both texts\' paragraphs redline reports unchanged. "report × diff2html" = redline html time / diff2html-cli time per run, median (issue 21: ≤ 2.5 on FOMC and 3,000 paragraphs); "diff2html / redline" the inverse (> 1: redline faster). Peak RSS of the largest process. Sizes in KiB.', '');
md.push(table(['input', 'paragraphs', 'unchanged', 'redline html s', 'redline json s', 'diff2html-cli s', 'report × diff2html', 'diff2html / redline html', 'diff2html / redline json', 'redline html peak MiB', 'redline json peak MiB', 'report KiB', 'diff2html KiB', 'report / diff2html size'],
  speed.map((row) => [row.name, row.paragraphs ?? 10, row.unchangedShare === null ? '' : `${Math.round(row.unchangedShare * 100)} %`, f2(row.tools['redline html'].seconds), f2(row.tools['redline json'].seconds), f2(row.tools['diff2html-cli (side)'].seconds), `**${f2(row.reportOverPeer)}**`, f2(row.htmlRatio), f2(row.jsonRatio), Math.round(row.tools['redline html'].rssMiB), Math.round(row.tools['redline json'].rssMiB),
    Math.round(row.tools['redline html'].bytes / 1024), Math.round(row.tools['diff2html-cli (side)'].bytes / 1024), f2(row.tools['redline html'].bytes / row.tools['diff2html-cli (side)'].bytes)])), '');
md.push(`Growth between the two largest pairs (${large.paragraphs.toLocaleString('en-US')} → ${largest.paragraphs.toLocaleString('en-US')} paragraphs), log(time ratio) / log(size ratio): ${tools.map((tool) => `${tool} ${f2(growth[tool])}`).join(', ')} (target ≤ 1.05 for redline). ` +
  `Peak memory at 10,000 paragraphs: redline html ${Math.round(largest.tools['redline html'].rssMiB)} MiB, json ${Math.round(largest.tools['redline json'].rssMiB)} MiB (target ≤ 300 MB, i.e. 286 MiB).`, '');
md.push(`A text whose paragraphs all have twins (the newer FOMC statement against itself, in a fresh process): ${twinsOnly.unchanged} paragraphs unchanged in ${f2(twinsOnly.seconds)} s, English model loaded: ${twinsOnly.model.loaded ? 'yes' : 'no'} (${twinsOnly.model.loads} loads).`, '');
const batchCase = batch.cases[0];
const batchFloor = batch.floors[0];
md.push('## Batch: the seed against every UNGDC speech', '');
md.push(`\`node bench/batch.js --reps 3 --only a\` (${batchCase.documents.toLocaleString('en-US')} documents, ${batch.machine.jobs} worker threads, load ${batch.machine.loadAverage[0]}–${batch.machine.loadAverageAtEnd[0]}): each run a fresh process, cold (empty cache) then warm (the cold run's cache); medians of ${batch.machine.reps}.`, '');
md.push(table(['run', 'median s', 'runs s', 'target'], [
  ['cold', f2(batchCase.coldSeconds), batchCase.coldRuns.map(f2).join(' / '), `≤ 10 s: ${batchCase.coldSeconds <= 10 ? 'met' : '**not met**'}`],
  ['warm', f2(batchCase.warmSeconds), batchCase.warmRuns.map(f2).join(' / '), `≤ 3 s: ${batchCase.warmSeconds <= 3 ? 'met' : '**not met**'}`],
  ['floor: reading, hashing, segmenting and signing every speech once', f2(batchFloor.scanSeconds), '', ''],
  ['normalizing every speech (wink-nlp), for comparison', f2(batchFloor.normalizeSeconds), '', ''],
]), '');
md.push(`Peak RSS ${batchCase.peakRssMb} MB. Phases of the last cold run: scan ${f2(batchCase.phasesCold.scan)} s of ${f2(batchCase.phasesCold.total)} s.`, '');
const share = (name) => profile.files.filter((f) => f.name.startsWith(name)).reduce((sum, f) => sum + f.share, 0);
const winkShare = share('wink-nlp') + share('wink-eng-lite-web-model');
const compareRow = startup.rows.find((row) => row.name.startsWith('redline compare'));
const largestRow = speed.at(-1);
md.push('## Where a target is not met, and why (figures of this run)', '');
md.push(`- **Short compare** (${f2(compareRow.ratioWithModel)}× of \`node -e 0\` + model load; target 1.5×): in one process the first comparison of the FOMC pair takes ${f2(why.first)} s and a second one ${f2(why.second)} s. The difference is the model load (${f2(startup.modelLoadSeconds)} s) and the warm-up of cold code (parsing, compiling the regular expressions of the signal detectors and the lexicons, the interpreter before the JIT), paid once per process: what a short comparison is made of. A second comparison of the same pair also finds its word diffs and text searches remembered: after two other FOMC pairs in the same process, this one still costs about half of a first comparison's CPU (issue 21 session 16). A start-up snapshot of the loaded engine and model (session 16, below: Node 20 keeps no compiled code in it, so the warm-up stays) cut 11–15 % of the report's CPU; bundling and a code cache (below) do not reach it either.`);
const fomcRow = speed[0];
const row3000 = speed.find((row) => row.name === 'synthetic 3000 paragraphs');
const classifyShare = share('dist/classify') + share('diff') + share('fastest-levenshtein');
const verdict = (x) => (x <= 2.5 ? 'met' : '**not met**');
md.push(`- **Report against diff2html-cli** (report × diff2html: FOMC ${f2(fomcRow.reportOverPeer)}, ${verdict(fomcRow.reportOverPeer)}; 3,000 paragraphs ${f2(row3000.reportOverPeer)}, ${verdict(row3000.reportOverPeer)}; target ≤ 2.5): every paragraph of both texts is normalized (the scorer's document frequencies are those of both whole texts: twins without terms changed scores and one link, issue 21 round 2), but a pair of the same text on both sides is never word-diffed nor read for signals. What is left in the profiled 10,000-paragraph compare below: wink-nlp ${(winkShare * 100).toFixed(0)} %, the classifier (signals, word diffs, editorial and routine rules, on changed paragraphs only) ${(classifyShare * 100).toFixed(0)} %, the garbage collector ${(share('(garbage collector)') * 100).toFixed(0)} %, reading and segmenting ${(share('dist/ingest') * 100).toFixed(0)} %, scoring ${(share('dist/similarity') * 100).toFixed(0)} %. On the FOMC pair every paragraph changed, so the model is loaded (${f2(startup.modelLoadSeconds)} s) and the first comparison pays the warm-up of cold code (first ${f2(why.first)} s, second in the same process ${f2(why.second)} s): diff2html-cli's whole run is ${f2(fomcRow.tools['diff2html-cli (side)'].seconds)} s.`);
md.push(`- **Peak memory at 10,000 paragraphs** (${Math.round(largest.tools['redline html'].rssMiB)} MiB report, ${Math.round(largest.tools['redline json'].rssMiB)} MiB JSON; target 300 MB = 286 MiB: report ${Math.round(largest.tools['redline html'].rssMiB) <= 286 ? 'met' : '**not met**'}): after the comparison ${f2(why.liveHeapMiB)} MiB of the heap is live (${f2(why.heapBeforeGcMiB)} MiB before a collection); sampled every 0.2 s, the 10,000-paragraph JSON run peaked during scoring and alignment (issue 21 round 2). Issue 21: the CLI lets go of the English model and the paragraph memo before rendering (\`releaseLanguageResources\`), and a long output is written in pieces of 1 Mi characters instead of one UTF-8 buffer of the whole page. Issue 21 rounds 3–4 (sections below): one string per equal text, the model released once both texts are normalized, a full collection between stages on big pairs, the page rendered into the file in pieces. Not done: typed arrays for term vectors, token ids.`);
md.push(`- **Normalization against its floor** (${f2(normalize.ratio ?? normalize.normalizeSeconds / normalize.floorSeconds)}×): the floor is wink-nlp's tokenizer alone; normalizing adds its tagger (lemmas depend on it) and the glossary folding.`, '');
const row3000Notes = speed.find((row) => row.name === 'synthetic 3000 paragraphs');
md.push('## Issue 21: what changed, and what it cost in quality', '');
md.push(`- **Twins.** A paragraph whose surface form occurs once on each side is a twin (\`src/normalize/twins.ts\`). Only when every paragraph of both texts is one (a text against itself or a typographic variant) is nothing normalized and the English model never loaded; otherwise twins are normalized like every paragraph: round 1 let them stand in without terms, so the scorer's document frequencies came from the changed paragraphs alone (scores moved by up to 0.025, a merge of the 3,000-paragraph pair became modified + dropped, the synthetic FOMC cases lost modified precision 0.91 → 0.88, dropped recall 1.00 → 0.92, moved precision 1.00 → 0.94). Round 2 put the outputs back to main's (JSON and HTML identical on FOMC, six UN series pairs, UNGDC USA 2023 → 2024, the example draft against the seed, the 3,000- and 10,000-paragraph pairs; golden hashes main's).`);
md.push(`- **The model only when needed.** It is loaded on the first paragraph normalized, once per process or worker; a text whose paragraphs all have twins never loads it (above). The CLI's compare and report let go of it and of the paragraph memo once their one pair is compared (\`releaseLanguageResources\`).`);
md.push(`- **The issue's 3,000-paragraph pair** is described as 73 % unchanged; the bench's own pair (the generator bench:speed has used since issue 13: real UNGDC paragraphs, light edits, \`growthPair\`; whether the issue's figure counted otherwise is not known) has ${Math.round(row3000Notes.unchangedShare * 100)} % of its paragraphs reported unchanged in this run. The pair was kept; the share is printed beside each size.`);
md.push(`- **Lemmas by word form** (a cache, or the lexicon behind the model): not measured again in this round; in this run's 10,000-paragraph profile wink-nlp is ${(winkShare * 100).toFixed(0)} %, the classifier of the changed paragraphs ${(classifyShare * 100).toFixed(0)} %.`, '');
// Issue 21 round 3: figures of alternating A/B runs against main (not of this run), kept as measured.
md.push("## Issue 21 round 3: memory and the number patterns (A/B against main, not this file's run)");
md.push("");
md.push("Measured on 2026-12-06 on branch `speed9` (the code of commit `7186b1a`), each figure a median of alternating runs (A = this change, B = main at `9205098`, A B A B, one warm-up each; whole-process user + system seconds and peak RSS from the operating system's accounting of the finished process), 2 cores shared with three other engineers' work: 1-minute load average 4.3–9.2 during the runs, so wall times are not quoted, only CPU ratios and peaks. Pairs: bench:speed's own (`growthPair`, written out once by the same generator), the FOMC pair above.");
md.push("");
md.push("| command | runs | A peak MiB | B peak MiB | A/B cpu |");
md.push("| --- | --- | --- | --- | --- |");
md.push("| `redline compare` 10,000 paragraphs `-o x.json` | 5 + 5 | **272.1** (270.4–277.3) | 301.5 (299.9–306.3) | 0.954 |");
md.push("| `redline report` 10,000 paragraphs `-o x.html` | 5 + 5 | **296.1** (273.0–299.6) | 312.0 (306.1–323.4) | 0.956 |");
md.push("| `redline report` 3,000 paragraphs `-o x.html` | 7 + 7 | 180.5 | 192.2 | 0.975 |");
md.push("| `redline report` FOMC pair `-o x.html` | 11 + 11 | 128.4 | 137.5 | 1.013 |");
md.push("");
md.push("Target 286 MiB at 10,000 paragraphs: JSON **met** (272.1), report **not met** (296.1). Where the peak was (`process.memoryUsage()` at each stage boundary and the RSS sampled every 20 ms, one run each, then removed): on main the live heap after alignment was 83 MiB (heap snapshot), 47 MiB of it strings, of which 16.8 MiB were second copies of equal strings (a paragraph's text and its surface form; a paragraph's text on each side); the RSS peaked at the end of classification, the heap holding 213 MiB with about 95 MiB live (the garbage of alignment and classification on a heap V8 had sized while the scorer was alive). After this change the classification stage runs without the English model (16 MiB) and after a full collection; the report's peak is now in rendering and writing the page (128–140 MiB of heap used once the 19 MB page is rendered, from 39–67 MiB live before), which streaming the page into the file would address (not done: `src/report`).");
md.push("");
md.push("- **One string per equal text.** `surfaceForm` returns its input when nothing changed (it copied every paragraph), and a paragraph of the newer text equal to one of the older text shares its string (`prepareSides`).");
md.push("- **The model goes once both texts are normalized** in a one-pair process (the CLI's compare and report: `compareOnePairOnly`), not after classification; and a pair of 4,000 paragraphs or more is collected (a full garbage collection, the collector reached as Jest reaches it) after alignment and after classification. Not on pairs below 4,000 paragraphs, nor for library callers.");
md.push("- **Number patterns only where they can match.** Each of the nine patterns of `searchNumbers` (and the names-with-numbers and footnote-mark patterns) is first tested by a necessary condition with its own flags (a digit; a digit or a unit of time; `session`; an ordinal or a cardinal word): 1,811 of the 3,000 older paragraphs of the bench pair hold no digit. `findNumbers` over those 3,000 paragraphs: same mentions, 0.64× main's time (one run each, same load). No gain on the FOMC pair, whose paragraphs all hold figures and dates; what its report pays there is the compilation of the patterns and the warm-up of cold code.");
md.push("- **Not done in this round:** term vectors as typed arrays (the scorer's 60 MiB live is no longer at the peak: the classification and render stages are; and four small typed arrays per vector carry an object overhead of their own, so a gain needs one pooled layout per side: not measured), token ids instead of strings (tokens are already shared strings: 15,847 distinct among 1.5 million), the classifier on the paragraphs that need it only (`src/classify`), lemmas by word form (they change 0.25–0.4 % of tokens, so outputs would not stay identical).");
md.push("");
// Issue 21 round 4: figures of alternating A/B runs against main (not of this run), kept as measured.
md.push("## Issue 21 round 4: the HTML page written as it is rendered (A/B against main, not this file's run)");
md.push("");
md.push("Measured on 2026-12-06 on branch `speed9b` (the code of commit `29ebd68`), A = this change, B = main at `9ed8cbc` (a copy of its build), alternating A B A B, whole-process user + system seconds and peak RSS from `/usr/bin/time -v`'s accounting (`/usr/bin/time -f \"%M %U %S\" node bin/redline.js report OLD NEW -o x.html`, `SOURCE_DATE_EPOCH` set); 2 cores shared with three other engineers' work, 1-minute load average 5.3–6.3 during the runs, so wall times are not quoted. Pairs: bench:speed's `growthPair` (written out once by the same generator: `growthPool(10500)`, sizes 3,000 and 10,000), the FOMC pair above.");
md.push("");
md.push("| command | runs | A peak MiB | B peak MiB | A/B cpu |");
md.push("| --- | --- | --- | --- | --- |");
md.push("| `redline report` 10,000 paragraphs `-o x.html` | 5 + 5 | **270.1** (263.5–278.2) | 298.9 (266.1–302.2) | 0.983 |");
md.push("| `redline report` 3,000 paragraphs `-o x.html` | 3 + 3 | 162.7 (159.1–170.8) | 181.6 (175.9–181.8) | 1.020 |");
md.push("| `redline report` FOMC pair `-o x.html` | 5 + 5 | 129.3 | 129.1 | 1.000 |");
md.push("");
md.push("Target 286 MiB (300 MB) at 10,000 paragraphs: report **met** (270.1; the highest of the 5 runs 278.2), now at the JSON output's level (272.1 in round 3): the report's peak is the comparison's again, not the page's. RSS sampled every 50 ms (one run each, the 10,000 pair): A peaked at 273 MiB before the comparison ended and at 208 MiB while the page was rendered and written; B at 269 and 240 (the sampler misses B's short spikes of 290–300 MiB when the 19 MB page string is flattened, copied with its Content-Security-Policy and written).");
md.push("");
md.push("- **The page in pieces** (`renderHtmlPieces`, `renderPageInPieces` in `templates.ts`): the page template is rendered once with one marker row and a marker in place of the embedded result (the shell: head, styles, summary, its Content-Security-Policy, which hashes the head's styles, the only `<style>` of a built-in page); then the rows through the same partials, a piece closing once it draws 256 rows (a folded run of unchanged rows is never split), then the embedded JSON, then the rest of the shell. `redline report -o` (and to standard output) writes each piece as it is rendered (`writeFileAtomic` takes pieces), so the page (38 MB as a two-byte string: 13,710 of its 19 million characters are outside Latin-1) never exists whole, nor its copies. `renderHtml` joins the same pieces, so the library's page and the CLI's are one code path; with `--templates`, the page is rendered whole as before (an override may print the rows twice or not at all). Byte-identical to main on the 10,000- and 3,000-paragraph pairs, the FOMC pair, the demo pair and three UN pairs (Agriculture 79/227 → 80/157, African nuclear-weapon-free zone 78/14 → 79/15, Racism 78/234 → 79/161); golden hashes unchanged.");
md.push("- **Not done:** a full collection before rendering and releasing the result's paragraphs (the render stage is no longer at the peak: 208 against 273 MiB); the embedded JSON is still one string (3 MB of the page); `redline compare --format html` still renders the page whole (`src/cli/commands/compare.ts`, outside this round's files). What is left of the peak is the comparison's (end of classification), as for the JSON output.");
md.push("");
// Issue 21 round 5: figures of alternating A/B runs against main (not of this run), kept as measured.
md.push("## Issue 21 round 5: word diffs, number patterns, regular expressions and the template engine (A/B against main, not this file's run)");
md.push("");
md.push("Measured on 2026-12-06 on branch `s13`, A = this round's code, B = main at `30a9db6` (a copy of its build), alternating A B A B after one warm-up each, whole-process figures from the operating system's accounting of each finished process (the same as `/usr/bin/time -f \"%e %U %S %M\" node bin/redline.js report OLD NEW -o x.html`, `SOURCE_DATE_EPOCH` set), medians with the range of the per-pair ratios; 2 cores shared with three other engineers' work, 1-minute load average 6–12 during the runs, so CPU ratios are quoted first and wall times are noisy. Pairs: the FOMC pair above, bench:speed's `growthPair` (written out once by the same generator, `growthPool(10500)`). diff2html-cli as bench:speed runs it (`git diff --no-index OLD NEW | diff2html -i stdin -s side -d word -f html -F OUT`, the pipe's two processes counted).");
md.push("");
md.push("| command | runs | A/B cpu | A/B wall | A peak MiB | B peak MiB |");
md.push("| --- | --- | --- | --- | --- | --- |");
md.push("| `redline report` FOMC pair | 9 + 9 | **0.879** (0.733–1.014) | 0.725 (0.656–1.179) | 129.0 | 131.6 |");
md.push("| `redline report` 3,000 paragraphs | 5 + 5 | 1.000 (0.892–1.097) | 1.105 (0.957–1.257) | 163.9 | 166.6 |");
md.push("| `redline report` 10,000 paragraphs | 3 + 3 | 0.899 (0.876–1.018) | 0.963 (0.935–1.036) | **270.1** (269.3–277.8) | 270.2 (261.8–274.9) |");
md.push("");
md.push("Against diff2html-cli in the same way (report time over diff2html-cli's, median of the pairs of runs; issue 21's target ≤ 2.5): FOMC pair, this branch **3.96** wall, 4.28 CPU (9 + 9 runs), main 4.94 wall, 4.77 CPU (9 + 9, right after); 3,000 paragraphs, this branch 10.83 CPU, main 11.07 CPU (3 + 3 each; the wall ratios, 16.7 and 11.7, moved with the load more than with the code). **Not met**, either pair.");
md.push("");
md.push("Where the time went before this round (`node --cpu-prof bin/redline.js report`, one run each on main's code; inclusive times, self where said):");
md.push("");
md.push("- **FOMC pair** (1.68 s profiled, load below 1): classification 0.72 s (43 %): the routine rules (`routineReasons`, `src/classify/routine.ts`) 0.62 s and the one-change search (`findOneChange`, `one-change.ts`) 0.44 s, the two overlapping; inside them jsdiff 0.28 s (its `execEditLength` 0.22 s self): 91 word diffs, each of a different pair of texts (the memo of word diffs had nothing to give back: variants of one paragraph with a clause or a figure undone, asked by `statistics.ts` `figuresOfTheirYearRefreshed` 0.10 s, `routine.ts` `diffParts` 0.17 s, the finding's own diff 0.02 s); `searchNumbers` 0.12 s (one instrumented run: the deadline pattern alone 0.14 s over 100 texts, every FOMC paragraph holding a digit, so round 3's pre-tests skip nothing); normalization 0.16 s, of which the English model's load 0.14 s; alignment 0.12 s (character Levenshtein 0.09 s); the page 0.24 s (view model 0.13 s); loading modules about 0.2 s (Handlebars, whole, 0.08 s of it; compiling the 126 ES modules, 1.2 MB of source, 0.05 s self); the garbage collector 0.15 s. Importing the CLI and the engine alone costs 0.28 s of CPU over `node -e 0` (0.35 against 0.07 s, 7 runs).");
md.push("- **3,000 paragraphs** (after this round's word diffs and number patterns, 3.93 s profiled): comparison 2.77 s: classification 1.41 s (routine rules 0.94 s, one-change search 0.76 s, signals 0.26 s), normalization 0.95 s (wink-nlp 0.50 s self), alignment 0.41 s; the page 0.29 s (view model 0.26 s: `termRarity` 0.07 s, `keyChangesView` 0.07 s); the garbage collector 0.35 s.");
md.push("- **What runs for a paragraph with a twin**: it is read, segmented and normalized once (the memo gives its twin the same result), scored as an anchor of the alignment, and its finding is `unchanged` with no word diff, no signal and no routine rule (`toFinding`); its row is rendered. Of the classification's 1.41 s nothing is spent on twins; of the normalization's 0.95 s most is (91 % of this pair's paragraphs are reported unchanged), and it is what keeps the scorer's document frequencies those of both whole texts, so outputs stay main's (round 2).");
md.push("");
md.push("What changed (every output byte-identical to main's: JSON and HTML of the FOMC pair, the 3,000-paragraph pair, the demo pair `corpus/examples/2024-draft-illustrative.md` → `seeds/000_9b5e0b9e7a90fd7e.txt`, Agriculture 79/227 → 80/157, African nuclear-weapon-free zone 78/14 → 79/15 and Racism 78/234 → 79/161, `SOURCE_DATE_EPOCH` set; `node bench/precision.js --json --dump` identical over the 140 pairs; golden hashes unchanged):");
md.push("");
md.push("- **Word diffs: measured, not kept.** A port of jsdiff 9's Myers search onto token numbers and typed arrays (the same changes, tested against jsdiff) gave the FOMC report A/B cpu 0.93 (7 + 7 runs, load about 6) and Agriculture 79/227 → 80/157 0.92 (7 + 7 alternating runs, load about 7, wall within the noise); reverted on main: the declared library does the job, and 8 % met no target of issue 21. The table above was measured with it; main keeps the three changes below.");
md.push("- **Number patterns tried only where a match can start** (`matchesWhereTheyCanStart` in `src/classify/signals/numbers.ts`): each of the nine patterns opens on a look-behind over every Unicode letter and digit (case-folded under the i flag), tried by the pattern's own scan at every character; a short pattern with the same flags (the first words or characters of its alternatives: a digit, a month, a deadline word, a number word) finds the places, and the pattern runs sticky there. The same matches (tested against each pattern's own scan on every paragraph of the FOMC statements and the 69 UN series, and fuzzed over the patterns' words in any case). With the word diffs: FOMC A/B cpu 0.88 (7 + 7).");
md.push("- **Regular expressions compiled straight to machine code** (the CLI sets `--no-regexp-tier-up` at start, as it sets the heap flag): V8 first makes bytecode of an expression and compiles it to machine code on a later run; for the long case-folded Unicode patterns the bytecode is the dearer (the deadline pattern in a fresh process, three runs each at load about 7: 65–94 ms for its first run, as bytecode, and 16–30 ms for its second, compiled to machine code, against 4.7–8.8 ms for a first run straight to machine code and nothing for the second). Alone, `node --no-regexp-tier-up` on the FOMC report: A/B cpu 0.93 (0.89–0.98, 7 + 7); on the 3,000-paragraph report with the rest of this round, with the flag against without it: 0.945 (0.917–1.021, 5 + 5). Same matches (V8's two tiers are one semantics); a library caller's process is not touched, and since session 10 neither is a flag the user gave Node (`node --regexp-tier-up bin/redline.js …` or `NODE_OPTIONS=--heap-growing-percent=50`: the CLI sets only what the user left unset, `userSetFlag` in `src/cli/main.ts`).");
md.push("- **Handlebars' runtime alone** when every template of a page is precompiled (the rows' template now precompiled at build too): the parser and compiler load only with `--templates` or a template edited since the build. `require('handlebars')` against `require('handlebars/runtime')`: 0.089 against 0.066 s of CPU (9 + 9).");
md.push("- **Not done, and where the rest goes**: the classification's routine rules and one-change search (`routine.ts`, `one-change.ts`, `statistics.ts`: other engineers' files this round) are the largest cost on both pairs, and most of their time is theirs (`ordinalValue`, `editionTimes`, `withoutAgeingWords`, `letters`, and the word diffs they ask of 91 variants of the FOMC paragraphs); the English model's load (0.1–0.15 s, needed as soon as one paragraph differs); compiling 1.2 MB of ES modules (Node 20 has no compile cache for them; the code-cache bundle measured in an earlier round, 0.80 CPU, is still not adopted); normalizing twins (needed for identical scores); the garbage collector. The heap flag on small pairs: without it the FOMC report was 0.96 CPU (0.85–1.16, 9 + 9), too noisy to act on; left as it was.");
md.push("");
md.push("## Session 11: a precision rule that compiled a pattern per paragraph (A/B against main, not this file's run)", "");
md.push("This file's run at `9ce36c3` profiled the 10,000-paragraph compare at 24 % in one function, `standsAlone` (`src/classify/yearly.ts`, a precision rule of session 9: is a noun used alone elsewhere in the document?): it compiled its pattern, with look-arounds over every Unicode letter, anew for each paragraph of both documents, and ran it on paragraphs that do not hold the noun, once per finding that asks. `standsAloneTest` compiles the pattern once per noun and passes over a paragraph without the noun first (the same case-insensitive Unicode match, so a necessary condition: the same answers). Measured on 2026-12-06 as whole processes from the operating system's accounting (A = the change, B = a worktree at `9ce36c3` with its build; A B A B after one warm-up; load below 1): `redline compare` of the 10,000-paragraph pair `-o x.json`, 3 + 3 runs, **A/B cpu 0.664** (0.642–0.670), wall 0.629; the 3,000-paragraph report, 5 + 5 runs, A/B cpu 0.998 (0.975–1.020): the cost grew with findings × paragraphs, so only the largest pair paid it. Outputs byte-identical (the JSON of both pairs). A cache of the answers per document and noun, on top, measured 0.69 against the same base (3 + 3): no better, not kept. In this file's run the test is still 10 % of the 10,000-paragraph profile (the closure at `yearly.js`, and the patterns of nouns such as \"the\" and \"and\" that the rule's term search proposes).");
md.push("");
md.push('## Measured and not adopted', '');
md.push('- Bundling the CLI into one file (rolldown, every module inlined, 3.5 MB): `redline compare` of the FOMC pair A/B cpu 1.03 against the unbundled build (11 alternating A/B runs, load 4.4): no gain; module resolution is not where the start-up goes.');
md.push('- The same bundle as CommonJS run through `vm.Script` with V8\'s code cache (Node 20 has no compile cache for ES modules): A/B cpu 0.80, wall 0.82 (11 alternating A/B runs, load 5.6). Not adopted: it needs a CommonJS build of ES-module code and a code cache to keep and invalidate in the user cache folder, for a fifth of the start-up; the first comparison of a process stays far above the second in-process one (1.0 s against 0.18 s on the FOMC pair): the language model load and the warm-up of cold code, which neither removes.');
md.push('- V8 flags for short runs (`--always-sparkplug`, `--no-lazy-feedback-allocation`): A/B cpu 1.12 and 1.13 (slower).');
md.push('- Adopted: the CLI sets `--heap-growing-percent=20` at start (peak 421 → 333 MiB on the 10,000-paragraph compare, A/B cpu 1.04). A smaller young generation (`node --max-semi-space-size=4`) brings the peak to 309 MB, but only as a flag of the node command: set from inside the process it has no effect (339 MB), and a flag in the bin\'s first line (`env -S`) is not portable.', '');
md.push('## Where the time goes at 10,000 paragraphs', '');
md.push(`\`node --cpu-prof bin/redline.js compare\` on the 10,000-paragraph pair (one run, ${f2(profile.totalSeconds)} s profiled, start-up included; self time).`, '');
md.push(table(['function (file:line)', 'self s', 'share'], profile.functions.map((f) => [f.name, f2(f.seconds), `${(f.share * 100).toFixed(1)} %`])), '');
md.push(table(['file or package', 'self s', 'share'], profile.files.map((f) => [f.name, f2(f.seconds), `${(f.share * 100).toFixed(1)} %`])), '');
// Sections written by hand after an A/B of a change (`## … (A/B against main, not this file's run)`, e.g. sessions 12
// and 13) are not this script's: a rerun keeps them, after its own.
const speedFile = join(ROOT, 'bench', 'SPEED.md');
const written = new Set(md.filter((line) => line.startsWith('## ')));
const kept = existsSync(speedFile)
  ? readFileSync(speedFile, 'utf8')
      .split(/^(?=## )/m)
      .filter((section) => /^## .*\(A\/B against main, not this file's run\)\s*$/m.test(section.split('\n')[0]) && !written.has(section.split('\n')[0]))
  : [];
writeFileSync(speedFile, [md.join('\n'), ...kept.map((section) => section.replace(/\s*$/, '\n'))].join('\n'));
console.log('\n' + md.join('\n'));
}
