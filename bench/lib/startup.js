/**
 * Start-up of the CLI against a bare Node (`node -e 0`), as ratios measured in the same run: each round runs every
 * command once, in turn, so a drift of the shared machine hits all of them alike; the figure is the median over rounds
 * of each command's time over `node -e 0`'s time in that round. Wall time of the whole process (spawnSync).
 * The model load is timed in-process (first `normalizeParagraph`, in a fresh process) and quoted beside it, because the
 * target for `compare` of two short texts is "1.5× of node -e 0 plus the model load".
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './data.js';
import { median } from './measure.js';

const BIN = join(ROOT, 'bin', 'redline.js');

/** Run the start-up bench; `pair` = [left, right] short texts for the compare row. */
export function runStartup({ pair, rounds = 11, log = console.log } = {}) {
  const commands = {
    'node -e 0': ['-e', '0'],
    'redline --version': [BIN, '--version'],
    'redline --help': [BIN, '--help'],
    'redline compare (short texts, JSON)': [BIN, 'compare', pair[0], pair[1], '--format', 'json'],
  };
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const [name, args] of Object.entries(commands)) {
      const started = process.hrtime.bigint();
      const run = spawnSync(process.execPath, args, { stdio: 'ignore' });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (run.status !== 0) throw new Error(`start-up bench: ${name} exited ${run.status}`);
      if (round > 0) times[name].push(seconds); // round 0 warms the file cache
    }
  }
  const base = times['node -e 0'];
  const modelLoads = [];
  for (let k = 0; k < 5; k++) {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', `const lib = await import(${JSON.stringify(join(ROOT, 'dist', 'normalize', 'normalize.js'))}); const t = process.hrtime.bigint(); lib.normalizeParagraph('Load the language model.'); console.log(Number(process.hrtime.bigint() - t) / 1e9);`], { encoding: 'utf8' });
    modelLoads.push(Number(child.stdout.trim()));
  }
  const modelLoadSeconds = median(modelLoads);
  const rows = Object.entries(times).map(([name, samples]) => ({
    name,
    seconds: median(samples),
    ratio: median(samples.map((s, k) => s / base[k])),
  }));
  const compare = rows.find((row) => row.name.startsWith('redline compare'));
  compare.ratioWithModel = median(times[compare.name].map((s, k) => s / (base[k] + modelLoadSeconds)));
  log(`startup: ${rows.map((row) => `${row.name} ${row.ratio.toFixed(2)}×`).join(', ')}; model load ${modelLoadSeconds.toFixed(3)} s`);
  return { rounds, rows, modelLoadSeconds };
}
