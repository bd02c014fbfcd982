#!/usr/bin/env node
/**
 * `node bench/related-quality.js [--semantic] [--grid]`: precision and recall of redline's `related` links (partial reuse
 * of unpaired paragraphs, src/align/related.ts) on ArgRewrite V.2 dev, at two levels:
 *  - paragraphs: each draft's paragraphs (the annotators' sentences joined by their `para_old` / `para_new` numbers);
 *  - sentences: the annotators' sentences, as bench:align-quality feeds them.
 * A related link (one unpaired unit ↔ each of its related units) is correct when the gold alignment links a sentence of
 * the one to a sentence of the other. Recall is over the gold unit pairs with at least one side left unpaired by
 * redline's alignment (the pairs a related link could recover). `--grid` searches the gates (dev set: fitting allowed).
 * Texts are read at run time from ../shared/data and never written anywhere.
 */
import { DATA_DIR, loadArgRewrite } from './lib/data.js';
import { alignParagraphs, createScorer, normalizeParagraph, DEFAULT_OPTIONS } from '../dist/index.js';
import { RELATED_SETTINGS } from '../dist/align/related.js';

if (!DATA_DIR) {
  console.log('related-quality: skipped, ../shared/data (ArgRewrite) is absent.');
  process.exit(0);
}
const semantic = process.argv.includes('--semantic');
const rows = loadArgRewrite();

/** Units of one draft pair at a level: texts, and for each unit the gold sentence ids (1-based) it holds. */
function unitsOf(row, level) {
  const side = (sentences, paraField) => {
    if (level === 'sentences') return { texts: sentences.map((s) => s.text), members: sentences.map((s) => [s.idx]) };
    const byParagraph = new Map();
    for (const s of sentences) {
      if (!byParagraph.has(s[paraField])) byParagraph.set(s[paraField], []);
      byParagraph.get(s[paraField]).push(s);
    }
    const paragraphs = [...byParagraph.keys()].sort((a, b) => a - b).map((key) => byParagraph.get(key));
    return { texts: paragraphs.map((list) => list.map((s) => s.text.trim()).join(' ')), members: paragraphs.map((list) => list.map((s) => s.idx)) };
  };
  const old = side(row.old, 'para_old');
  const now = side(row.new, 'para_new');
  const goldSentence = new Set(row.gold_pairs.map(([o, n]) => `${o},${n}`));
  const goldUnits = new Set();
  old.members.forEach((olds, u) => now.members.forEach((news, v) => {
    if (olds.some((o) => news.some((n) => goldSentence.has(`${o},${n}`)))) goldUnits.add(`${u},${v}`);
  }));
  return { old, now, goldUnits };
}

const prepared = {};
for (const level of ['paragraphs', 'sentences']) {
  prepared[level] = rows.map((row) => {
    const units = unitsOf(row, level);
    const left = units.old.texts.map((text) => normalizeParagraph(text));
    const right = units.now.texts.map((text) => normalizeParagraph(text));
    return { ...units, left, right };
  });
}

function evaluate(level, settings) {
  let predicted = 0;
  let correct = 0;
  let links = 0;
  let goldPool = 0;
  let found = 0;
  for (const p of prepared[level]) {
    const scorer = createScorer(p.left, p.right, { semantic });
    const alignment = alignParagraphs({ leftKeys: p.left.map((x) => x.folded), rightKeys: p.right.map((x) => x.folded) }, scorer, DEFAULT_OPTIONS, settings);
    const pairedLeft = new Set();
    const pairedRight = new Set();
    const aligned = new Set();
    for (const link of alignment.links) {
      if (link.left.length && link.right.length) {
        link.left.forEach((l) => pairedLeft.add(l));
        link.right.forEach((r) => pairedRight.add(r));
        for (const l of link.left) for (const r of link.right) aligned.add(`${l},${r}`);
      }
    }
    const predictedKeys = new Set();
    for (const relation of alignment.related) {
      links++;
      for (const l of relation.left) for (const r of relation.right) predictedKeys.add(`${l},${r}`);
    }
    predicted += predictedKeys.size;
    for (const key of predictedKeys) if (p.goldUnits.has(key)) correct++;
    for (const key of p.goldUnits) {
      const [l, r] = key.split(',').map(Number);
      if (aligned.has(key) || (pairedLeft.has(l) && pairedRight.has(r))) continue;
      goldPool++;
      if (predictedKeys.has(key)) found++;
    }
  }
  const precision = predicted ? correct / predicted : 1;
  const recall = goldPool ? found / goldPool : 0;
  return { links, predicted, correct, precision: round(precision), goldPool, found, recall: round(recall) };
}

function round(x) {
  return Math.round(x * 1000) / 1000;
}

console.log(`ArgRewrite V.2 dev, related links (semantic ${semantic ? 'on' : 'off'}), settings ${JSON.stringify(RELATED_SETTINGS)}`);
for (const level of ['paragraphs', 'sentences']) {
  const r = evaluate(level, RELATED_SETTINGS);
  console.log(`  ${level}: ${r.links} related links, ${r.predicted} unit pairs, precision ${r.precision} (${r.correct}/${r.predicted}); recall ${r.recall} (${r.found}/${r.goldPool} gold pairs with an unpaired side)`);
}

if (process.argv.includes('--grid')) {
  console.log('\ngrid (partShare, backShare, groupShare, minRun): paragraphs P/R (pairs) · sentences P/R (pairs)');
  for (const minRun of [3, 4, 5, 6])
    for (const partShare of [0.15, 0.25, 0.35])
      for (const backShare of [0.1, 0.3, 0.5])
        for (const groupShare of [0.4, 0.5, 0.6]) {
          if (groupShare < partShare) continue;
          const settings = { ...RELATED_SETTINGS, partShare, backShare, groupShare, minRun };
          const a = evaluate('paragraphs', settings);
          const b = evaluate('sentences', settings);
          console.log(`  ${partShare} ${backShare} ${groupShare} ${minRun}: ${a.precision}/${a.recall} (${a.predicted}) · ${b.precision}/${b.recall} (${b.predicted})`);
        }
}
