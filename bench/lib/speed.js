/**
 * Speed and memory: every tool as a child process on the same inputs in the same run, several runs, medians, ratio to
 * redline (JSON) measured in the same run, and growth exponents over synthetic pairs of increasing size.
 */
import { mkdtempSync, readFileSync, writeFileSync, rmSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { bodyOf, dataPath, listFiles, readParagraphs } from './data.js';
import { growthPair, usable } from './synthetic.js';
import { measure, median, growthExponent } from './measure.js';
import { TOOLS, ensurePeers } from './peers.js';

/** Above this wall time one run is enough (keeps `npm run bench` under 10 minutes). */
export const SLOW_SECONDS = 5;

/** Real revision pairs, read from ../shared/data at run time. */
export function realPairs({ quick = false } = {}) {
  const pick = (folder, name) => join(dataPath(folder), name);
  const pairs = [
    { name: 'FOMC 2009-12-16 → 2010-01-27', left: pick('fomc-statements', 'fomc_2009-12-16.txt'), right: pick('fomc-statements', 'fomc_2010-01-27.txt') },
    { name: 'UNGDC USA 2023 → 2024', left: pick('ungdc', 'USA/USA_2023_S78.txt'), right: pick('ungdc', 'USA/USA_2024_S79.txt') },
    { name: 'UK cyber strategy 2011 → 2016', left: pick('national-cyber-strategies', 'united-kingdom_2011_uk.txt'), right: pick('national-cyber-strategies', 'united-kingdom_2016_national_cyber.txt') },
    { name: 'US cyber strategy 2003 → 2009', left: pick('national-cyber-strategies', 'united-states_2003_us-1.txt'), right: pick('national-cyber-strategies', 'united-states_2009_us-2.txt') },
  ];
  if (!quick) pairs.splice(1, 0, { name: 'UNGDC GBR 2013 → 2014', left: pick('ungdc', 'GBR/GBR_2013_S68.txt'), right: pick('ungdc', 'GBR/GBR_2014_S69.txt') });
  return quick ? pairs.slice(0, 1) : pairs;
}

/** Distinct usable real paragraphs for the growth pairs: UNGDC speeches, country by country, until `count`. */
export function growthPool(count) {
  const pool = new Set();
  const countries = readdirSync(dataPath('ungdc')).filter((name) => /^[A-Z]{2,3}$/.test(name)).sort();
  outer: for (const iso of countries) {
    for (const file of listFiles(join('ungdc', iso))) {
      for (const p of readParagraphs(file)) if (usable(p)) pool.add(p);
      if (pool.size >= count) break outer;
    }
  }
  return [...pool];
}

/** Write a pair to `dir` as plain text files; returns their paths and sizes. */
function writePair(dir, name, oldText, newText) {
  const left = join(dir, `${name}-old.txt`);
  const right = join(dir, `${name}-new.txt`);
  writeFileSync(left, oldText);
  writeFileSync(right, newText);
  return { left, right };
}

/** Paragraph count of a data file (blank-line separated body). */
function paragraphCount(path) {
  return bodyOf(readFileSync(path, 'utf8')).split(/\n\s*\n/).filter((p) => p.trim()).length;
}

/** The redline row a tool is compared with: the HTML report for side-by-side tools, JSON findings for the rest. */
export const baselineOf = (name) => (TOOLS[name].sideBySide ? 'redline html' : 'redline json');

/**
 * Run the speed benchmark. `sizes` are the growth sizes; `runs` the repetitions (median); a tool that times out on an
 * input is not run on larger inputs (by bytes) of the same group (real pairs, growth pairs). Returns { tools, skipped, cases: [{ name, group, paragraphs, bytes, tools: {…} }], exponents }.
 */
export function runSpeed({ quick = false, sizes = quick ? [30, 100] : [30, 300, 3000, 10000], runs = quick ? 1 : 3, timeoutSeconds = quick ? 20 : 30, log = console.log } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'redline-bench-'));
  try {
    const probeDir = mkdtempSync(join(dir, 'probe-'));
    const probePair = writePair(probeDir, 'probe', 'One paragraph here.\n\nAnother one.\n', 'One paragraph here.\n\nAnother one, changed.\n');
    const { available, skipped } = ensurePeers({
      log,
      probe: (name) => {
        const result = measure(TOOLS[name].command(probePair.left, probePair.right, join(probeDir, `out${TOOLS[name].extension ?? ''}`)), { timeoutSeconds: 30 });
        return result.ok ? null : `fails on a two-paragraph input (${(result.error || 'timeout').trim().split('\n').pop()})`;
      },
    });

    const cases = realPairs({ quick }).map((pair) => ({ ...pair, group: 'real', paragraphs: paragraphCount(pair.left) + paragraphCount(pair.right) }));
    const pool = growthPool(Math.max(...sizes) + 500);
    for (const size of sizes) {
      const revision = growthPair(pool, size);
      const paths = writePair(dir, `growth-${size}`, revision.oldText, revision.newText);
      cases.push({ name: `synthetic ${size} paragraphs`, group: 'growth', size, ...paths, paragraphs: revision.oldParagraphs.length + revision.newParagraphs.length });
    }

    const gaveUp = new Map(); // group:tool → the input it timed out on: not run on larger inputs of that group
    for (const c of cases) {
      c.bytes = readFileSync(c.left).length + readFileSync(c.right).length;
      c.tools = {};
      for (const name of available) {
        const failedOn = gaveUp.get(`${c.group}:${name}`);
        if (failedOn && c.bytes >= failedOn.bytes) {
          c.tools[name] = { skipped: `timed out on the smaller ${failedOn.name}` };
          continue;
        }
        const samples = [];
        const out = join(dir, `out-${name.replace(/\W+/g, '-')}-${basename(c.left)}${TOOLS[name].extension ?? ''}`);
        for (let k = 0; k < runs; k++) {
          rmSync(out, { force: true });
          const result = measure(TOOLS[name].command(c.left, c.right, out), { timeoutSeconds });
          if (result.ok) result.outBytes = existsSync(out) ? statSync(out).size : null;
          samples.push(result);
          if (!result.ok || result.seconds > SLOW_SECONDS) break; // a slow tool's single run is already a stable figure; keeps the bench under 10 minutes
        }
        const failed = samples.find((s) => !s.ok);
        if (failed) {
          c.tools[name] = failed.timedOut ? { timedOut: true, seconds: timeoutSeconds } : { failed: failed.error };
          if (failed.timedOut && !gaveUp.has(`${c.group}:${name}`)) gaveUp.set(`${c.group}:${name}`, { bytes: c.bytes, name: c.name });
        } else {
          c.tools[name] = { seconds: median(samples.map((s) => s.seconds)), rssMiB: median(samples.map((s) => s.rssMiB)), outBytes: samples[0].outBytes, runs: samples.length };
        }
      }
      for (const [name, t] of Object.entries(c.tools)) {
        const base = c.tools[baselineOf(name)]?.seconds;
        if (t.seconds && base && !t.timedOut) t.ratio = t.seconds / base;
      }
      log(`bench: speed ${c.name}: ${Object.entries(c.tools).map(([n, t]) => `${n} ${t.seconds ? t.seconds.toFixed(2) + 's' : t.skipped ? 'skip' : t.timedOut ? 'timeout' : 'fail'}`).join(', ')}`);
    }

    const exponents = {};
    for (const name of available) {
      const points = cases.filter((c) => c.group === 'growth' && c.size >= 300 && c.tools[name]?.seconds && !c.tools[name].timedOut).map((c) => [c.paragraphs, c.tools[name].seconds]);
      exponents[name] = points.length >= 2 ? Math.round(growthExponent(points) * 100) / 100 : null;
    }
    return { runs, timeoutSeconds, tools: Object.fromEntries(Object.entries(TOOLS).map(([n, t]) => [n, { output: t.output, sideBySide: t.sideBySide }])), available, skipped, cases: cases.map(({ left, right, ...rest }) => rest), exponents };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
