/**
 * ArgRewrite V.2 dev alignment: units are the annotators' sentences, fed directly to each aligner. Gold links are
 * `gold_pairs` (1-based in the data, 0-based here); gold labels come from `aligned` and `identical`.
 */
import { loadArgRewrite } from './data.js';
import { addPair, createTally, summarize, partners, prf } from './metrics.js';
import { difflibAlignBatch, exactAlign, jaccardAlign, redlineAlign, squash } from './aligners.js';
import { DEFAULT_OPTIONS } from '../../dist/index.js';

/** The systems compared, in table order. */
export const ALIGNERS = ['redline', 'difflib pairing (0.75)', 'exact match', 'token Jaccard ≥0.3 best match'];

/** Gold of one ArgRewrite pair, 0-based. */
export function goldOf(row) {
  const oldTexts = row.old.map((s) => s.text);
  const newTexts = row.new.map((s) => s.text);
  const gold = row.gold_pairs.map(([o, n]) => [o - 1, n - 1]);
  const goldLabels = {
    old: row.old.map((s) => (s.aligned.length === 0 ? 'deleted' : s.identical === 1 ? 'unchanged' : 'modified')),
    new: row.new.map((s) => (s.aligned.length === 0 ? 'added' : s.identical === 1 ? 'unchanged' : 'modified')),
  };
  return { oldTexts, newTexts, gold, goldLabels };
}

/**
 * Evaluate every aligner on the given rows (default: all 90 draft pairs); `options` are redline's (default: DEFAULT_OPTIONS). Returns per-system summaries, redline's
 * error records (for the breakdown) and the time redline spent aligning.
 */
export function evaluateArgRewrite({ rows = loadArgRewrite(), withPeers = true, options = DEFAULT_OPTIONS } = {}) {
  const prepared = rows.map((row) => ({ row, ...goldOf(row) }));
  const predictions = { redline: [] };
  const started = process.hrtime.bigint();
  for (const p of prepared) predictions.redline.push(redlineAlign(p.oldTexts, p.newTexts, options));
  const redlineMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (withPeers) {
    predictions['difflib pairing (0.75)'] = difflibAlignBatch(prepared);
    predictions['exact match'] = prepared.map((p) => exactAlign(p.oldTexts, p.newTexts));
    predictions['token Jaccard ≥0.3 best match'] = prepared.map((p) => jaccardAlign(p.oldTexts, p.newTexts));
  }
  const results = {};
  for (const [system, list] of Object.entries(predictions)) {
    const tally = createTally();
    prepared.forEach((p, k) => {
      addPair(tally, {
        gold: p.gold,
        predicted: list[k].pairs,
        oldCount: p.oldTexts.length,
        newCount: p.newTexts.length,
        same: (o, n) => squash(p.oldTexts[o]) === squash(p.newTexts[n]),
        goldLabels: p.goldLabels,
      });
    });
    results[system] = summarize(tally);
  }
  const errors = redlineErrors(prepared, predictions.redline);
  return { pairs: rows.length, sentences: prepared.reduce((s, p) => s + p.oldTexts.length + p.newTexts.length, 0), goldLinks: prepared.reduce((s, p) => s + p.gold.length, 0), results, errors, redlineMs };
}

/** What kind of gold link a pair is: identical 1:1, modified 1:1, or a member of a split or merge. */
function goldKind(p, o, n, oldGold, newGold) {
  if (oldGold[o].length > 1) return 'split member';
  if (newGold[n].length > 1) return 'merge member';
  return p.goldLabels.old[o] === 'unchanged' ? 'identical 1:1' : 'modified 1:1';
}

/** Every missed and every wrong redline link, classified, with its in-document similarity. */
function redlineErrors(prepared, predictions) {
  const missed = [];
  const wrong = [];
  prepared.forEach((p, k) => {
    const { pairs, scorer, links } = predictions[k];
    const movedKeys = new Set(links.filter((link) => link.moved).flatMap((link) => link.left.flatMap((l) => link.right.map((r) => `${l},${r}`))));
    const oldGold = partners(p.gold, 0, p.oldTexts.length);
    const newGold = partners(p.gold, 1, p.newTexts.length);
    const oldPred = partners(pairs, 0, p.oldTexts.length);
    const newPred = partners(pairs, 1, p.newTexts.length);
    const goldKeys = new Set(p.gold.map(([o, n]) => `${o},${n}`));
    const predKeys = new Set(pairs.map(([o, n]) => `${o},${n}`));
    const ref = (o, n) => ({ essay: p.row.essay_id, drafts: p.row.drafts, old: o + 1, new: n + 1, similarity: round3(scorer.score([o], [n]).similarity), containment: [round3(scorer.containment('left', o, [n])), round3(scorer.containment('right', n, [o]))] });
    for (const [o, n] of p.gold) {
      if (predKeys.has(`${o},${n}`)) continue;
      const kind = goldKind(p, o, n, oldGold, newGold);
      const outcome = oldPred[o].length === 0 && newPred[n].length === 0 ? 'both left unpaired' : oldPred[o].length === 0 ? 'new side paired elsewhere' : newPred[n].length === 0 ? 'old side paired elsewhere' : 'both paired elsewhere';
      missed.push({ kind, outcome, ...ref(o, n) });
    }
    for (const [o, n] of pairs) {
      if (goldKeys.has(`${o},${n}`)) continue;
      const kind = oldGold[o].length === 0 && newGold[n].length === 0 ? 'paired a deleted with an added sentence' : oldGold[o].length === 0 ? 'deleted old sentence paired' : newGold[n].length === 0 ? 'added new sentence paired' : oldPred[o].length > 1 || newPred[n].length > 1 ? 'extra split/merge member' : 'wrong partner';
      const predGroup = oldPred[o].length > 1 ? 'in a predicted split' : newPred[n].length > 1 ? 'in a predicted merge' : '1:1';
      wrong.push({ kind, predGroup, moved: movedKeys.has(`${o},${n}`), ...ref(o, n) });
    }
  });
  return { missed, wrong };
}

function round3(x) {
  return Math.round(x * 1000) / 1000;
}

/** Count error records by a field. */
export function countBy(records, field) {
  const counts = {};
  for (const r of records) counts[r[field]] = (counts[r[field]] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

export { prf };
