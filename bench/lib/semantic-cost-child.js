/**
 * One measurement for bench/semantic-cost.js, in a fresh process: `node bench/lib/semantic-cost-child.js OLD NEW on|off`
 * prints JSON { vectorLoadSeconds, compareSeconds, warmCompareSeconds, scored, maxRssMiB }. "off" is the lexical-only
 * scorer (`createScorer(…, { semantic: false })`, today's score); "on" the default one. The stages are wired exactly as
 * `compareDocuments` wires them, so only the scorer differs. vectorLoadSeconds is the word vectors' load, paid once per
 * process and kept out of compareSeconds (like the wink model's load in bench/lib/scale-child.js).
 */
import { readFileSync } from 'node:fs';
import * as lib from '../../dist/index.js';
import { wordVectors } from '../../dist/similarity/embeddings.js';

const seconds = (from) => Number(process.hrtime.bigint() - from) / 1e9;
const [left, right, mode] = process.argv.slice(2);
const semantic = mode === 'on';
lib.normalizeParagraph('Load the language model.');
let t = process.hrtime.bigint();
if (semantic) wordVectors();
const vectorLoadSeconds = semantic ? seconds(t) : 0;
const documents = () => [lib.documentFromText(readFileSync(left, 'utf8'), { path: left }), lib.documentFromText(readFileSync(right, 'utf8'), { path: right })];
const compare = ([a, b]) => {
  const na = lib.normalizeDocument(a);
  const nb = lib.normalizeDocument(b);
  const scorer = lib.createScorer(na.paragraphs, nb.paragraphs, { semantic });
  const alignment = lib.alignParagraphs({ leftKeys: na.paragraphs.map((p) => p.folded), rightKeys: nb.paragraphs.map((p) => p.folded) }, scorer, lib.DEFAULT_OPTIONS);
  lib.classifyAlignment({ document: a, normalized: na }, { document: b, normalized: nb }, alignment, lib.DEFAULT_OPTIONS);
  return scorer.scored;
};
const first = documents();
t = process.hrtime.bigint();
const scored = compare(first);
const compareSeconds = seconds(t);
const second = documents();
t = process.hrtime.bigint();
compare(second);
const warmCompareSeconds = seconds(t);
console.log(JSON.stringify({ vectorLoadSeconds, compareSeconds, warmCompareSeconds, scored, maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
