#!/usr/bin/env node
/**
 * `node bench/history.js` (after `npm run build`): the time of `compareVersions` (what `redline history` runs) against
 * the number of versions N — the FOMC statements as one series, N = 2, 4, 8, …, 128 and all of them; each UN series of
 * three sessions — and, beside it, the floor: the same consecutive pairs compared alone (compareDocuments on the loaded
 * documents), so the cost of the reinstatement search and the collation is the difference. Then the agreement of the
 * history's consecutive links with pairwise `compare` over every UN series and the whole FOMC series
 * (bench/lib/history-agreement.js). In one process, the model loaded first; medians of 5 up to N = 32, one run above.
 * Writes bench/HISTORY.md and puts it in bench/RESULTS.md as its "History of N versions" section.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkAgreement } from './lib/history-agreement.js';
import { median } from './lib/measure.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA = join(ROOT, '../shared/data');
const FOMC = join(DATA, 'fomc-statements');
const SERIES = join(DATA, 'un-resolutions/texts/series');
if (!existsSync(FOMC) || !existsSync(SERIES)) {
  console.error('bench/history.js needs ../shared/data (fomc-statements, un-resolutions/texts/series).');
  process.exit(2);
}
const { compareVersions, compareDocuments, loadAnyDocument, resolveOptions, normalizeDocument } = await import(join(ROOT, 'dist/index.js'));
const options = resolveOptions({});
const texts = (folder) => readdirSync(folder).filter((name) => name.endsWith('.txt')).sort().map((name) => join(folder, name));
const seconds = (started) => Number(process.hrtime.bigint() - started) / 1e9;

/** Time compareVersions and the floor (the consecutive pairs alone) on loaded documents. */
async function timeHistory(documents, reps) {
  const history = [];
  const floor = [];
  let result = null;
  for (let rep = 0; rep < reps; rep++) {
    let started = process.hrtime.bigint();
    result = await compareVersions(documents, {});
    history.push(seconds(started));
    started = process.hrtime.bigint();
    const normalized = new Map();
    const normalize = (document) => normalized.get(document) ?? normalized.set(document, normalizeDocument(document)).get(document);
    for (let k = 1; k < documents.length; k++) compareDocuments(documents[k - 1], documents[k], options, normalize);
    floor.push(seconds(started));
  }
  return { seconds: median(history), floor: median(floor), result };
}

// Warm-up: the English model and the code paths, outside the timings.
const fomcPaths = texts(FOMC);
const fomcDocuments = [];
for (const path of fomcPaths) fomcDocuments.push(await loadAnyDocument(path, {}));
await compareVersions(fomcDocuments.slice(0, 3), {});

const rows = [];
for (const n of [2, 4, 8, 16, 32, 64, 128, fomcDocuments.length]) {
  const documents = fomcDocuments.slice(0, n);
  const { seconds: time, floor, result } = await timeHistory(documents, n <= 32 ? 5 : 1);
  const paragraphs = documents.reduce((sum, document) => sum + document.paragraphs.length, 0);
  rows.push({ n, paragraphs, seconds: time, floor, positions: result.history.positions.length, reinstated: result.history.positions.filter((p) => p.reinstated).length });
  console.error(`FOMC N=${n}: ${time.toFixed(2)} s (floor ${floor.toFixed(2)} s)`);
}

// The first N statements are the short ones of 1994– (3.6 paragraphs each up to N = 16); a user's history is mostly of
// recent ones, about twice as long (trial 13c). So the last N too, with the wall time of the CLI a user waits for
// (`redline history … -o out.json`: start-up, reading the files, the history, writing; one run each).
const recent = [];
const cliDir = mkdtempSync(join(tmpdir(), 'redline-bench-history-'));
for (const n of [8, 16, 32]) {
  const documents = fomcDocuments.slice(-n);
  const { seconds: time, floor } = await timeHistory(documents, 5);
  const paragraphs = documents.reduce((sum, document) => sum + document.paragraphs.length, 0);
  const started = process.hrtime.bigint();
  const cli = spawnSync(process.execPath, [join(ROOT, 'bin/redline.js'), 'history', ...fomcPaths.slice(-n), '-o', join(cliDir, `last-${n}.json`)], { encoding: 'utf8' });
  const wall = seconds(started);
  if (cli.status !== 0) throw new Error(`redline history (last ${n}) failed: ${cli.stderr}`);
  recent.push({ n, paragraphs, seconds: time, floor, wall, from: documents[0].meta.date, to: documents[documents.length - 1].meta.date });
  console.error(`FOMC last N=${n}: ${time.toFixed(2)} s (floor ${floor.toFixed(2)} s), CLI ${wall.toFixed(2)} s`);
}
rmSync(cliDir, { recursive: true, force: true });

const unTimes = [];
const unFloors = [];
let unAgreement = { findings: 0, agree: 0, reinstated: 0, widened: 0, other: 0, examples: [] };
const unReinstated = [];
for (const name of readdirSync(SERIES).sort()) {
  const paths = texts(join(SERIES, name));
  const documents = [];
  for (const path of paths) documents.push(await loadAnyDocument(path, {}));
  const { seconds: time, floor, result } = await timeHistory(documents, 1);
  unTimes.push(time);
  unFloors.push(floor);
  const pairs = [];
  for (let k = 1; k < documents.length; k++) pairs.push(compareDocuments(await loadAnyDocument(paths[k - 1], {}), await loadAnyDocument(paths[k], {}), options).comparison);
  const agreement = linkAgreement(result.history, pairs);
  for (const key of ['findings', 'agree', 'reinstated', 'widened', 'other']) unAgreement[key] += agreement[key];
  unAgreement.examples.push(...agreement.examples);
  const reinstated = result.history.positions.filter((p) => p.reinstated).length;
  if (reinstated) unReinstated.push(`${name} (${documents.length} versions): ${reinstated}`);
}
console.error(`UN: ${unTimes.length} series`);

const fomcPairs = [];
for (let k = 1; k < fomcDocuments.length; k++) fomcPairs.push(compareDocuments(fomcDocuments[k - 1], fomcDocuments[k], options).comparison);
const fomcAgreement = linkAgreement((await compareVersions(fomcDocuments, {})).history, fomcPairs);

const pct = (part, whole) => `${((100 * part) / whole).toFixed(1)} %`;
const exponent = (a, b) => Math.log(b.seconds / a.seconds) / Math.log(b.n / a.n);
const paragraphExponent = (a, b) => Math.log(b.seconds / a.seconds) / Math.log(b.paragraphs / a.paragraphs);
const agreementLine = (label, a) =>
  `| ${label} | ${a.findings} | ${a.agree} (${pct(a.agree, a.findings)}) | ${a.reinstated} | ${a.widened} | ${a.other} |`;
const lines = [
  '## History of N versions (issue 19)',
  '',
  `\`node bench/history.js\` (after \`npm run build\`), ${new Date().toISOString().slice(0, 10)}, load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} on 2 shared cores. \`compareVersions\` on loaded documents (what \`redline history\` runs after reading the files); the floor is the same consecutive pairs compared alone (\`compareDocuments\`), so history − floor is the reinstatement search and the collation. Medians of 5 up to N = 32, one run above; below 0.1 s the timings are within the noise of a loaded machine.`,
  '',
  `**The first N statements, from ${fomcDocuments[0].meta.date}** (the short statements of the 1990s and 2000s: the scaling of N):`,
  '',
  '| FOMC statements, first N | paragraphs | history | floor (pairs alone) | history / floor | k against N (time ∝ N^k, from the previous row) | k against paragraphs | positions | reinstated |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((row, index) => `| ${row.n} | ${row.paragraphs} | ${row.seconds.toFixed(3)} s | ${row.floor.toFixed(3)} s | ${(row.seconds / row.floor).toFixed(2)} | ${index ? exponent(rows[index - 1], row).toFixed(2) : '—'} | ${index ? paragraphExponent(rows[index - 1], row).toFixed(2) : '—'} | ${row.positions} | ${row.reinstated} |`),
  '',
  `**The last N statements, to ${fomcDocuments[fomcDocuments.length - 1].meta.date}** (recent statements, about twice as long: what a user of recent statements waits for). The CLI column is the wall time of \`redline history … -o out.json\` (one run: Node's start-up, reading the files, the history, writing).`,
  '',
  '| FOMC statements, last N | dates | paragraphs | history | floor (pairs alone) | history / floor | CLI wall time |',
  '|---:|---|---:|---:|---:|---:|---:|',
  ...recent.map((row) => `| ${row.n} | ${row.from} – ${row.to} | ${row.paragraphs} | ${row.seconds.toFixed(3)} s | ${row.floor.toFixed(3)} s | ${(row.seconds / row.floor).toFixed(2)} | ${row.wall.toFixed(2)} s |`),
  '',
  `From N = 16 to ${rows[rows.length - 1].n} (the timings above the noise): k = ${exponent(rows[3], rows[rows.length - 1]).toFixed(2)} against N, ${paragraphExponent(rows[3], rows[rows.length - 1]).toFixed(2)} against paragraphs (later statements are longer: ${(rows[3].paragraphs / rows[3].n).toFixed(1)} paragraphs a statement up to N = 16, ${(rows[rows.length - 1].paragraphs / rows[rows.length - 1].n).toFixed(1)} over all ${rows[rows.length - 1].n}); the floor over the same range: k = ${Math.log(rows[rows.length - 1].floor / rows[3].floor) / Math.log(rows[rows.length - 1].n / rows[3].n) >= 0 ? (Math.log(rows[rows.length - 1].floor / rows[3].floor) / Math.log(rows[rows.length - 1].n / rows[3].n)).toFixed(2) : '—'} against N. UN series (${unTimes.length} resolutions, 3 sessions each, or more where one folder holds two resolutions): median ${median(unTimes).toFixed(3)} s per series (max ${Math.max(...unTimes).toFixed(3)} s), floor median ${median(unFloors).toFixed(3)} s.`,
  '',
  '**Agreement with pairwise `compare`**: each finding of each consecutive pair, compared alone, looked up in the history (bench/lib/history-agreement.js): agrees when the position holds exactly its paragraphs in both versions with a step of the same kind, similarity and word diff. *Reinstated*: the pair says new, the history links the paragraph to an earlier version (the reinstatement search, by design). *Widened*: the position holds more paragraphs than the finding (a split or merge elsewhere in the position\'s history joined them).',
  '',
  '| series | findings | agree | reinstated | widened | other |',
  '|---|---:|---:|---:|---:|---:|',
  agreementLine(`UN, ${unTimes.length} series`, unAgreement),
  agreementLine(`FOMC, ${fomcDocuments.length} statements`, fomcAgreement),
  '',
  `UN series with reinstated positions: ${unReinstated.join('; ') || 'none'}.`,
  ...(unAgreement.examples.length || fomcAgreement.examples.length ? ['', `Unexplained: ${[...unAgreement.examples, ...fomcAgreement.examples].slice(0, 5).join('; ')}`] : []),
  '',
];
const section = lines.join('\n');
writeFileSync(join(ROOT, 'bench/HISTORY.md'), section);
const resultsPath = join(ROOT, 'bench/RESULTS.md');
const results = readFileSync(resultsPath, 'utf8');
const start = results.indexOf('## History of N versions (issue 19)');
const rest = start < 0 ? '' : results.slice(start).replace(/^## History of N versions \(issue 19\)[\s\S]*?(?=^## |$(?![\s\S]))/m, '');
writeFileSync(resultsPath, `${start < 0 ? results.replace(/\n*$/, '\n\n') : results.slice(0, start)}${section}${rest ? `\n${rest}` : ''}`);
console.log(section);
