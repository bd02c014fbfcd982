#!/usr/bin/env node
/**
 * `node bench/series-grouping.js [N]` (after `npm run build`): what the similarity rule of `series/` costs when N
 * documents (default 1,000 UN General Debate speeches, every k-th file, front matter `series` ignored) have nothing else
 * to group them by: the shingle estimate asked pair by pair, then through the inverted index `plan.ts` builds first
 * past `SIMILARITY_INDEX_FROM` such documents. Prints the series found, the estimates asked and both times.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from './lib/data.js';
import { documentFromText } from '../dist/ingest/load-document.js';
import { documentSignature, SignatureIndex } from '../dist/batch/signature.js';
import { groupSeries } from '../dist/series/index.js';

const root = dataPath('ungdc');
if (!root) {
  console.log('series-grouping: skipped, ../shared/data is absent.');
  process.exit(0);
}
const count = Number(process.argv[2] ?? 1000);
const files = readdirSync(root).sort().flatMap((country) => {
  try {
    return readdirSync(join(root, country)).sort().map((file) => join(root, country, file));
  } catch {
    return [];
  }
});
const picked = files.filter((_, index) => index % Math.ceil(files.length / count) === 0).slice(0, count);
const documents = picked.map((path) => documentFromText(readFileSync(path, 'utf8'), { path }));
const signatures = documents.map((document) => documentSignature(document.paragraphs));
const facts = documents.map((document, index) => ({ id: String(index), title: document.meta.title, date: document.meta.date, series: null, folder: null, symbol: null, resolution: null, session: null, stage: null, revises: null, committee: null, agendaItem: null }));

for (const indexed of [false, true]) {
  const index = new SignatureIndex(signatures);
  const started = performance.now();
  if (indexed) index.fillAllPairs();
  const filled = performance.now();
  let estimates = 0;
  const series = groupSeries(facts, { similarity: (a, b) => (estimates++, index.estimate(a, b)), floor: 0.15 });
  const done = performance.now();
  const how = indexed ? `inverted index ${((filled - started) / 1000).toFixed(2)} s + grouping` : 'pair by pair';
  console.log(`${documents.length} documents → ${series.length} series by similarity, ${estimates} estimates; ${how} ${((done - filled) / 1000).toFixed(2)} s`);
}
