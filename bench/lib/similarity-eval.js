/**
 * Similarity calibration: STS Benchmark dev (Pearson and Spearman ×100 against the gold 0–5 scores) and MSRP
 * (threshold chosen on train for best accuracy, then accuracy and F1 on dev), for redline's `similarity()` and two
 * lexical peers (token Jaccard; difflib SequenceMatcher.ratio run in python3).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, loadMsrp, loadSts } from './data.js';
import { round } from './metrics.js';
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
    const threshold = bestThreshold(trainScores, msrpTrain.map((r) => r.label));
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

/** The threshold with the best accuracy (ties: the lower one), scanning midpoints of sorted scores. */
function bestThreshold(scores, labels) {
  const order = scores.map((s, k) => [s, labels[k]]).sort((a, b) => a[0] - b[0]);
  let positivesAbove = labels.filter(Boolean).length;
  let negativesBelow = 0;
  let best = positivesAbove;
  let threshold = order.length ? order[0][0] : 0.5;
  for (let k = 0; k < order.length; k++) {
    if (order[k][1]) positivesAbove--;
    else negativesBelow++;
    if (k + 1 < order.length && order[k + 1][0] === order[k][0]) continue;
    const correct = positivesAbove + negativesBelow;
    if (correct > best) {
      best = correct;
      threshold = k + 1 < order.length ? (order[k][0] + order[k + 1][0]) / 2 : order[k][0] + 1e-9;
    }
  }
  return threshold;
}

function pearson(x, y) {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let k = 0; k < n; k++) {
    sxy += (x[k] - mx) * (y[k] - my);
    sxx += (x[k] - mx) ** 2;
    syy += (y[k] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Ranks with ties averaged (for Spearman). */
function ranks(values) {
  const order = values.map((v, k) => [v, k]).sort((a, b) => a[0] - b[0]);
  const out = new Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    for (let k = i; k <= j; k++) out[order[k][1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

function jaccard(a, b) {
  const x = new Set(a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const y = new Set(b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  let shared = 0;
  for (const t of x) if (y.has(t)) shared++;
  return x.size + y.size - shared ? shared / (x.size + y.size - shared) : 0;
}
