#!/usr/bin/env node
/**
 * `node bench/semantic-fit.js`: how the semantic component was chosen and how the blend weights were fitted.
 * Fitted on the development halves only: STS Benchmark train (Spearman), MSRP train (accuracy at the best threshold);
 * STS dev and MSRP dev are printed for the chosen settings, never searched over. (ArgRewrite dev, the third fitting set,
 * is run by `npm run bench:align-quality` on each weight candidate.) `--variants` also compares ways of composing the vectors.
 * Needs a build and ../shared/data. Texts are read at run time and never written anywhere.
 */
import { DATA_DIR, loadMsrp, loadSts } from './lib/data.js';
import { bestThreshold, pearson, ranks } from './lib/metrics.js';
import { normalizeParagraph, createScorer } from '../dist/index.js';
import { meaningVector, meaningSimilarity, DEFAULT_SEMANTIC_SETTINGS, wordAlignment, wordBag } from '../dist/similarity/semantic.js';
import { WEIGHTS, SEMANTIC_WEIGHTS } from '../dist/similarity/measures.js';

if (!DATA_DIR) {
  console.log('semantic-fit: skipped, ../shared/data is absent.');
  process.exit(0);
}

const sets = {
  stsTrain: loadSts('train').map((r) => ({ a: r.a, b: r.b, gold: r.score })),
  stsDev: loadSts('dev').map((r) => ({ a: r.a, b: r.b, gold: r.score })),
  msrpTrain: loadMsrp('train').map((r) => ({ a: r.a, b: r.b, gold: r.label })),
  msrpDev: loadMsrp('dev').map((r) => ({ a: r.a, b: r.b, gold: r.label })),
};

// Components per pair, with no document context (as `similarity(a, b)` computes them).
const started = Date.now();
for (const rows of Object.values(sets)) {
  for (const row of rows) {
    row.na = normalizeParagraph(row.a);
    row.nb = normalizeParagraph(row.b);
    const { scores } = createScorer([row.na], [row.nb], { semantic: false }).score([0], [0]);
    row.scores = scores;
    row.words = wordAlignment(wordBag([row.na]), wordBag([row.nb]));
  }
}
console.log(`normalized and scored ${Object.values(sets).reduce((s, r) => s + r.length, 0)} pairs in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const variants = process.argv.includes('--variants')
  ? [
      { name: 'mean of unit vectors, content words', settings: { smoothing: 1e9, contentOnly: true, removeCommon: false } },
      { name: 'SIF a=1e-3, content words', settings: { smoothing: 1e-3, contentOnly: true, removeCommon: false } },
      { name: 'SIF a=1e-3, all words', settings: { smoothing: 1e-3, contentOnly: false, removeCommon: false } },
      { name: 'SIF a=1e-3, all words, common removed', settings: { smoothing: 1e-3, contentOnly: false, removeCommon: true } },
      { name: 'SIF a=1e-4, all words, common removed', settings: { smoothing: 1e-4, contentOnly: false, removeCommon: true } },
      { name: 'SIF a=1e-3, content words, common removed', settings: { smoothing: 1e-3, contentOnly: true, removeCommon: true } },
    ]
  : [{ name: 'chosen', settings: DEFAULT_SEMANTIC_SETTINGS }];

for (const variant of variants) {
  for (const rows of Object.values(sets)) for (const row of rows) row.semantic = meaningSimilarity(meaningVector([row.na], variant.settings), meaningVector([row.nb], variant.settings));
  console.log(`\n${variant.name}: semantic alone STS train ρ ${spearman(sets.stsTrain, (r) => r.semantic ?? 0)} · dev ρ ${spearman(sets.stsDev, (r) => r.semantic ?? 0)}`);
}

const components = ['lexical', 'sequence', 'character'];
for (const c of components) console.log(`${c} alone: STS train ρ ${spearman(sets.stsTrain, (r) => r.scores[c])} · dev ρ ${spearman(sets.stsDev, (r) => r.scores[c])}`);
console.log(`words (word-level alignment) alone: STS train ρ ${spearman(sets.stsTrain, (r) => r.words)} · dev ρ ${spearman(sets.stsDev, (r) => r.words)}`);
const today = (r) => WEIGHTS.lexical * r.scores.lexical + WEIGHTS.sequence * r.scores.sequence + WEIGHTS.character * r.scores.character;
console.log(`today's blend (lexical-only weights ${JSON.stringify({ lexical: 0.4, sequence: 0.3, character: 0.3 })}): STS train ρ ${spearman(sets.stsTrain, today)} · dev ρ ${spearman(sets.stsDev, today)}`);

// Grid over the simplex, step 0.05, sequence = character (they move together on ArgRewrite): the weights that maximize
// STS train Spearman + MSRP train accuracy (both on train). ArgRewrite dev link F1 is run apart on the candidates.
const grid = [];
for (let s = 0; s <= 20; s++)
  for (let w = 0; w <= 20 - s; w++)
    for (let l = 0; l <= 20 - s - w; l++) {
      const rest = (20 - s - w - l) / 40;
      grid.push({ semantic: s / 20, words: w / 20, lexical: l / 20, sequence: rest, character: rest });
    }
// As `combineScores`: a pair with no word vectors on one side (semantic null) falls back to the lexical-only weights.
const blend = (w) => (r) =>
  r.semantic === null ? today(r) : w.semantic * r.semantic + (w.words ?? 0) * r.words + w.lexical * r.scores.lexical + w.sequence * r.scores.sequence + w.character * r.scores.character;
const scored = grid.map((w) => {
  const rho = spearman(sets.stsTrain, blend(w));
  const msrp = bestThreshold(sets.msrpTrain.map(blend(w)), sets.msrpTrain.map((r) => r.gold));
  return { w, rho, msrpTrain: msrp.accuracy, objective: rho / 100 + msrp.accuracy };
});
scored.sort((x, y) => y.objective - x.objective);
console.log('\nbest weights on train (objective = STS train ρ/100 + MSRP train accuracy):');
for (const s of scored.slice(0, 8)) console.log(`  ${JSON.stringify(s.w)}  STS train ρ ${s.rho}  MSRP train acc ${s.msrpTrain.toFixed(3)}`);

const weightsArg = process.argv.indexOf('--weights');
const chosen = weightsArg > 0 ? JSON.parse(process.argv[weightsArg + 1]) : SEMANTIC_WEIGHTS; // the committed weights (chosen with ArgRewrite too)
const f = blend(chosen);
const threshold = bestThreshold(sets.msrpTrain.map(f), sets.msrpTrain.map((r) => r.gold)).threshold;
const devAccuracy = sets.msrpDev.filter((r) => (f(r) >= threshold ? 1 : 0) === r.gold).length / sets.msrpDev.length;
const trainAccuracy = sets.msrpTrain.filter((r) => (f(r) >= threshold ? 1 : 0) === r.gold).length / sets.msrpTrain.length;
console.log(`\nchosen ${JSON.stringify(chosen)}: STS train ρ ${spearman(sets.stsTrain, f)} · MSRP train accuracy ${trainAccuracy.toFixed(3)} at ${threshold.toFixed(3)} → STS dev ρ ${spearman(sets.stsDev, f)} · MSRP dev accuracy ${devAccuracy.toFixed(3)}`);

function spearman(rows, score) {
  const x = ranks(rows.map(score));
  const y = ranks(rows.map((r) => r.gold));
  return Math.round(1000 * pearson(x, y)) / 10;
}
