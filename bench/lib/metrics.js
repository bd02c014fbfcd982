/** Alignment metrics over links given as [old, new] pairs: micro P/R/F1, sentence labels, split and merge groups. */

/** Precision, recall and F1 from counts (each 0 when undefined). */
export function prf(truePositive, predicted, gold) {
  const precision = predicted ? truePositive / predicted : 0;
  const recall = gold ? truePositive / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1), truePositive, predicted, gold };
}

export function round(value, digits = 4) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export const LABELS = ['unchanged', 'modified', 'deleted', 'added'];

/** Running totals of one system over many document pairs. */
export function createTally() {
  return {
    links: { tp: 0, predicted: 0, gold: 0 },
    split: { tp: 0, predicted: 0, gold: 0 },
    merge: { tp: 0, predicted: 0, gold: 0 },
    labels: [], // [gold, predicted] per sentence, both sides
  };
}

/**
 * Add one document pair. `gold` and `predicted` are [old, new] pair lists; `identicalOld(o, n)` tells whether a
 * predicted 1:1 pair is unchanged text; `goldLabels` gives the gold label of every old and new sentence.
 */
export function addPair(tally, { gold, predicted, oldCount, newCount, same, goldLabels }) {
  const goldKeys = new Set(gold.map(key));
  const predKeys = new Set(predicted.map(key));
  let tp = 0;
  for (const k of predKeys) if (goldKeys.has(k)) tp++;
  tally.links.tp += tp;
  tally.links.predicted += predKeys.size;
  tally.links.gold += goldKeys.size;

  for (const [kind, side] of [['split', 0], ['merge', 1]]) {
    const goldGroups = groups(gold, side);
    const predGroups = groups(predicted, side);
    tally[kind].gold += goldGroups.size;
    tally[kind].predicted += predGroups.size;
    for (const g of predGroups) if (goldGroups.has(g)) tally[kind].tp++;
  }

  const oldPartners = partners(predicted, 0, oldCount);
  const newPartners = partners(predicted, 1, newCount);
  for (let o = 0; o < oldCount; o++) {
    const p = oldPartners[o];
    const label = p.length === 0 ? 'deleted' : p.length === 1 && newPartners[p[0]].length === 1 && same(o, p[0]) ? 'unchanged' : 'modified';
    tally.labels.push([goldLabels.old[o], label]);
  }
  for (let n = 0; n < newCount; n++) {
    const p = newPartners[n];
    const label = p.length === 0 ? 'added' : p.length === 1 && oldPartners[p[0]].length === 1 && same(p[0], n) ? 'unchanged' : 'modified';
    tally.labels.push([goldLabels.new[n], label]);
  }
}

/** Final figures of a tally. */
export function summarize(tally) {
  const correct = tally.labels.filter(([g, p]) => g === p).length;
  const perLabel = {};
  for (const label of LABELS) {
    const tp = tally.labels.filter(([g, p]) => g === label && p === label).length;
    perLabel[label] = prf(tp, tally.labels.filter(([, p]) => p === label).length, tally.labels.filter(([g]) => g === label).length);
  }
  return {
    links: prf(tally.links.tp, tally.links.predicted, tally.links.gold),
    labelAccuracy: round(correct / tally.labels.length),
    labelMacroF1: round(LABELS.reduce((sum, label) => sum + perLabel[label].f1, 0) / LABELS.length),
    perLabel,
    split: prf(tally.split.tp, tally.split.predicted, tally.split.gold),
    merge: prf(tally.merge.tp, tally.merge.predicted, tally.merge.gold),
  };
}

function key([o, n]) {
  return `${o},${n}`;
}

/** Indices on `side` (0 old, 1 new) linked to two or more on the other side, as "index:others" strings. */
export function groups(pairs, side) {
  const map = new Map();
  for (const pair of pairs) {
    const one = pair[side];
    if (!map.has(one)) map.set(one, []);
    map.get(one).push(pair[1 - side]);
  }
  const out = new Set();
  for (const [one, others] of map) if (others.length > 1) out.add(`${one}:${[...new Set(others)].sort((a, b) => a - b).join('+')}`);
  return out;
}

/** Partner lists per index on one side. */
export function partners(pairs, side, count) {
  const list = Array.from({ length: count }, () => []);
  for (const pair of pairs) list[pair[side]].push(pair[1 - side]);
  return list;
}

/** Pearson's correlation of two equally long series. */
export function pearson(x, y) {
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

/** Ranks with ties averaged (for Spearman: Pearson over ranks). */
export function ranks(values) {
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

/** The threshold with the best accuracy (ties: the lower one), scanning midpoints of sorted scores; and that accuracy. */
export function bestThreshold(scores, labels) {
  const order = scores.map((s, k) => [s, labels[k]]).sort((a, b) => a[0] - b[0]);
  let positivesAbove = labels.filter(Boolean).length;
  let negativesBelow = 0;
  let best = positivesAbove;
  let threshold = order.length ? order[0][0] : 0.5;
  for (let k = 0; k < order.length; k++) {
    if (order[k][1]) positivesAbove--;
    else negativesBelow++;
    if (k + 1 < order.length && order[k + 1][0] === order[k][0]) continue;
    if (positivesAbove + negativesBelow > best) {
      best = positivesAbove + negativesBelow;
      threshold = k + 1 < order.length ? (order[k][0] + order[k + 1][0]) / 2 : order[k][0] + 1e-9;
    }
  }
  return { threshold, accuracy: scores.length ? best / scores.length : 0 };
}
