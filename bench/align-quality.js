#!/usr/bin/env node
/**
 * `npm run bench:align-quality`: ArgRewrite V.2 dev alignment F1 of redline (goal ≥ 0.97) beside the lexical peers,
 * split and merge P/R/F1, and a breakdown of redline's errors. `--examples N` also prints N examples of each error kind
 * with their texts (read from ../shared/data at run time; never written to a committed file). `--json` prints JSON.
 * `--semantic` runs redline with the semantic component on (`redline compare --semantic`); by default it is off, as in
 * the product.
 */
import { DATA_DIR, loadArgRewrite } from './lib/data.js';
import { evaluateArgRewrite, countBy, ALIGNERS } from './lib/argrewrite.js';
import { table } from './lib/format.js';
import { DEFAULT_OPTIONS } from '../dist/index.js';

const args = process.argv.slice(2);
if (!DATA_DIR) {
  console.log('align-quality: skipped, ../shared/data (ArgRewrite) is absent; set REDLINE_DATA to its folder.');
  process.exit(0);
}
const examplesWanted = args.includes('--examples') ? Number(args[args.indexOf('--examples') + 1] ?? 5) : 0;
const semantic = args.includes('--semantic');
const report = evaluateArgRewrite({ options: { ...DEFAULT_OPTIONS, semantic } });
if (args.includes('--json')) {
  console.log(JSON.stringify({ ...report, errors: { missed: countBy(report.errors.missed, 'kind'), wrong: countBy(report.errors.wrong, 'kind') } }, null, 2));
  process.exit(0);
}

console.log(`ArgRewrite V.2 dev: semantic component ${semantic ? 'on (--semantic)' : 'off (the default)'}; ${report.pairs} draft pairs, ${report.sentences} sentences, ${report.goldLinks} gold links (annotators' sentences fed directly to each aligner)\n`);
console.log(alignmentTable(report.results));
const r = report.results.redline;
console.log(`\nredline alignment F1 ${r.links.f1.toFixed(3)} (goal ≥ 0.97; token Jaccard ${report.results[ALIGNERS[3]].links.f1.toFixed(3)})` +
  ` · split P/R/F1 ${fmt(r.split)} · merge P/R/F1 ${fmt(r.merge)}`);
console.log(`\nredline errors: ${report.errors.missed.length} gold links missed, ${report.errors.wrong.length} links added wrongly`);
console.log('missed, by gold kind:', countBy(report.errors.missed, 'kind'));
console.log('missed, by what redline did:', countBy(report.errors.missed, 'outcome'));
console.log('added wrongly, by gold fate:', countBy(report.errors.wrong, 'kind'));
console.log('added wrongly, by predicted group:', countBy(report.errors.wrong, 'predGroup'));

if (examplesWanted > 0) {
  const rows = loadArgRewrite();
  const find = (e) => rows.find((row) => row.essay_id === e.essay && row.drafts === e.drafts);
  const show = (e) => {
    const row = find(e);
    console.log(`  essay ${e.essay} drafts ${e.drafts} old #${e.old} ↔ new #${e.new}: similarity ${e.similarity}, containment ${e.containment.join('/')}`);
    console.log(`    old: ${row.old[e.old - 1].text.trim()}  (gold partners ${JSON.stringify(row.old[e.old - 1].aligned)})`);
    console.log(`    new: ${row.new[e.new - 1].text.trim()}  (gold partners ${JSON.stringify(row.new[e.new - 1].aligned)})`);
  };
  for (const [name, list, field] of [['MISSED', report.errors.missed, 'kind'], ['ADDED WRONGLY', report.errors.wrong, 'kind']]) {
    for (const kind of Object.keys(countBy(list, field))) {
      console.log(`\n${name}: ${kind}`);
      list.filter((e) => e[field] === kind).slice(0, examplesWanted).forEach(show);
    }
  }
}

function fmt(s) {
  return `${s.precision.toFixed(2)}/${s.recall.toFixed(2)}/${s.f1.toFixed(2)}`;
}

/** The ArgRewrite table, one row per aligner. */
export function alignmentTable(results) {
  return table(
    ['aligner', 'link P', 'link R', 'link F1', 'label acc', 'label macro-F1', 'split P/R/F1', 'merge P/R/F1'],
    Object.entries(results).map(([name, s]) => [name, s.links.precision.toFixed(3), s.links.recall.toFixed(3), s.links.f1.toFixed(3), s.labelAccuracy.toFixed(3), s.labelMacroF1.toFixed(3), fmt(s.split), fmt(s.merge)]),
  );
}
