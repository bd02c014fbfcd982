/**
 * Similarity calibration: STS Benchmark dev (Pearson and Spearman ×100 against the gold 0–5 scores) and MSRP
 * (threshold chosen on train for best accuracy, then accuracy and F1 on dev), for redline's `similarity()` and two
 * lexical peers (token Jaccard; difflib SequenceMatcher.ratio run in python3).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, loadMsrp, loadSts } from './data.js';
import { bestThreshold, pearson, ranks, round } from './metrics.js';
import { similarity } from '../../dist/index.js';

const SCORERS = {
  'redline similarity()': (pairs, semantic) => pairs.map(([a, b]) => similarity(a, b, { semantic })),
  'token Jaccard': (pairs) => pairs.map(([a, b]) => jaccard(a, b)),
  'difflib ratio (python)': (pairs) => {
    const run = spawnSync('python3', [join(ROOT, 'bench', 'lib', 'difflib_ratio.py')], { input: JSON.stringify(pairs), encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(`difflib ratio failed: ${run.stderr}`);
    return JSON.parse(run.stdout);
  },
};

/**
 * STS and MSRP for every scorer; `limit` caps rows per split (quick mode); `semantic` switches redline's semantic
 * component on (`similarity(a, b, { semantic: true })`, as `--semantic`); by default it is off, as in the product.
 */
export function evaluateSimilarity({ limit = Infinity, semantic = false } = {}) {
  const sts = loadSts('dev').slice(0, limit);
  const msrpTrain = loadMsrp('train').slice(0, limit);
  const msrpDev = loadMsrp('dev').slice(0, limit);
  const out = { sts: { pairs: sts.length }, msrp: { trainPairs: msrpTrain.length, devPairs: msrpDev.length, thresholdChosenOn: 'train' }, results: {} };
  for (const [name, score] of Object.entries(SCORERS)) {
    const started = process.hrtime.bigint();
    const stsScores = score(sts.map((r) => [r.a, r.b]), semantic);
    const trainScores = score(msrpTrain.map((r) => [r.a, r.b]), semantic);
    const devScores = score(msrpDev.map((r) => [r.a, r.b]), semantic);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const gold = sts.map((r) => r.score);
    const threshold = bestThreshold(trainScores, msrpTrain.map((r) => r.label)).threshold;
    out.results[name] = {
      stsPearson: round(100 * pearson(stsScores, gold), 1),
      stsSpearman: round(100 * pearson(ranks(stsScores), ranks(gold)), 1),
      msrpThreshold: round(threshold, 3),
      msrpTrain: binary(trainScores, msrpTrain.map((r) => r.label), threshold),
      msrpDev: binary(devScores, msrpDev.map((r) => r.label), threshold),
      ms: Math.round(ms),
    };
  }
  return out;
}

function binary(scores, labels, threshold) {
  let tp = 0, fp = 0, fn = 0, correct = 0;
  scores.forEach((s, k) => {
    const predicted = s >= threshold ? 1 : 0;
    if (predicted === labels[k]) correct++;
    if (predicted && labels[k]) tp++;
    else if (predicted) fp++;
    else if (labels[k]) fn++;
  });
  return { accuracy: round(correct / scores.length), f1: round(tp ? (2 * tp) / (2 * tp + fp + fn) : 0) };
}

function jaccard(a, b) {
  const x = new Set(a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const y = new Set(b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return x.size + y.size - shared ? shared / (x.size + y.size - shared) : 0;
}
