/**
 * Scale of redline alone: two documents of 100, 1,000 and 5,000 paragraphs (real UNGDC paragraphs, a light known
 * revision), measured three ways: the CLI as a user runs it (`compare --format json` and `report -o out.html`, wall time
 * with Node start-up and model load), and in a fresh process split into import, model load, `compareDocuments` and
 * the HTML rendering (bench/lib/scale-child.js). Goals quoted from the issues: 1,000 paragraphs in under 2 s (issue 2),
 * the 1,000-paragraph report's size and render time (issue 3).
 */
import { mkdtempSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { growthPair } from './synthetic.js';
import { growthPool } from './speed.js';
import { measure, median, growthExponent } from './measure.js';
import { TOOLS } from './peers.js';
import { ROOT } from './data.js';

const CHILD = join(ROOT, 'bench', 'lib', 'scale-child.js');

/** Medians of each numeric field over several child runs. */
function medians(samples) {
  return Object.fromEntries(Object.keys(samples[0]).map((key) => [key, median(samples.map((s) => s[key]))]));
}

/**
 * Run the scale bench. `runs` per size (one at ≥ 5,000 paragraphs). Returns { sizes: { [n]: {…} }, exponents, goal }.
 */
export function runScale({ sizes = [100, 1000, 5000], runs = 3, timeoutSeconds = 120, log = console.log } = {}) {
  const pool = growthPool(Math.max(...sizes) + 500);
  const dir = mkdtempSync(join(tmpdir(), 'redline-scale-'));
  const results = {};
  try {
    for (const size of sizes) {
      const pair = growthPair(pool, size);
      const left = join(dir, `old-${size}.txt`);
      const right = join(dir, `new-${size}.txt`);
      writeFileSync(left, pair.oldText);
      writeFileSync(right, pair.newText);
      const n = size >= 5000 ? 1 : runs;
      const cli = (tool, out) => {
        const samples = [];
        for (let k = 0; k < n; k++) samples.push(measure(TOOLS[tool].command(left, right, out), { timeoutSeconds }));
        const ok = samples.filter((s) => s.ok);
        return ok.length ? { seconds: median(ok.map((s) => s.seconds)), rssMiB: median(ok.map((s) => s.rssMiB)) } : { failed: true };
      };
      const htmlOut = join(dir, 'out.html');
      const json = cli('redline json', join(dir, 'out.json'));
      const html = cli('redline html', htmlOut);
      if (!html.failed) html.bytes = statSync(htmlOut).size;
      const inProcess = [];
      for (let k = 0; k < n; k++) {
        const child = spawnSync(process.execPath, [CHILD, left, right], { encoding: 'utf8', timeout: timeoutSeconds * 1000, killSignal: 'SIGKILL' });
        if (child.status === 0) inProcess.push(JSON.parse(child.stdout));
      }
      const p = inProcess.length ? medians(inProcess) : null;
      results[size] = {
        paragraphs: [pair.oldParagraphs.length, pair.newParagraphs.length],
        runs: n,
        cliJson: json,
        cliHtml: html,
        inProcess: p && { ...p, withModelLoadSeconds: p.modelLoadSeconds + p.compareSeconds },
      };
      log(`bench: scale ${size}: compare ${p ? p.compareSeconds.toFixed(2) : '?'} s in-process, CLI json ${json.seconds?.toFixed(2) ?? 'failed'} s, report ${html.seconds?.toFixed(2) ?? 'failed'} s (${html.bytes ? Math.round(html.bytes / 1024) + ' KiB' : '?'})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const fit = (value) => {
    const points = sizes.filter((s) => value(results[s])).map((s) => [results[s].paragraphs[0] + results[s].paragraphs[1], value(results[s])]);
    return points.length >= 2 ? Math.round(growthExponent(points) * 100) / 100 : null;
  };
  const exponents = {
    compareInProcess: fit((r) => r.inProcess?.compareSeconds),
    cliJson: fit((r) => r.cliJson.seconds),
    cliHtml: fit((r) => r.cliHtml.seconds),
    htmlRender: fit((r) => r.inProcess?.htmlSeconds),
  };
  const thousand = results[1000];
  const goal = thousand && { cliSeconds: thousand.cliJson.seconds, met: thousand.cliJson.seconds < 2 };
  return { sizes: results, exponents, goal };
}
