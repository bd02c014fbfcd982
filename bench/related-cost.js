#!/usr/bin/env node
/**
 * `node bench/related-cost.js [--semantic]`: what the related pass (src/align/related.ts) adds to a comparison at 1,000
 * paragraphs per side, on bench/semantic-cost.js's two cases (a light revision; two unrelated documents, the worst case:
 * every paragraph unpaired). The pass is timed alone on the alignment the aligner made, against the whole comparison
 * (normalize → score → align → classify), in the same process; medians of 5. Texts are UNGDC paragraphs read at run time.
 */
import { DATA_DIR } from './lib/data.js';
import { growthPair } from './lib/synthetic.js';
import { growthPool } from './lib/speed.js';
import { median } from './lib/measure.js';
import * as lib from '../dist/index.js';
import { relateUnpaired } from '../dist/align/related.js';

if (!DATA_DIR) {
  console.log('related-cost: skipped, ../shared/data is absent.');
  process.exit(0);
}
const semantic = process.argv.includes('--semantic');
const size = 1000;
const pool = growthPool(size * 2 + 500);
const light = growthPair(pool, size);
const distinct = [...new Set(pool)];
const cases = {
  'light revision': [light.oldText, light.newText],
  'unrelated documents': [distinct.slice(0, size).join('\n\n') + '\n', distinct.slice(size, 2 * size).join('\n\n') + '\n'],
};
const seconds = (from) => Number(process.hrtime.bigint() - from) / 1e9;
for (const [name, [oldText, newText]] of Object.entries(cases)) {
  const whole = [];
  const pass = [];
  let links = 0;
  let unpaired = 0;
  for (let run = 0; run < 5; run++) {
    const a = lib.documentFromText(oldText, { path: 'old.txt' });
    const b = lib.documentFromText(newText, { path: 'new.txt' });
    let t = process.hrtime.bigint();
    const na = lib.normalizeDocument(a);
    const nb = lib.normalizeDocument(b);
    const scorer = lib.createScorer(na.paragraphs, nb.paragraphs, { semantic });
    const input = { leftKeys: na.paragraphs.map((p) => p.folded), rightKeys: nb.paragraphs.map((p) => p.folded) };
    const alignment = lib.alignParagraphs(input, scorer, lib.DEFAULT_OPTIONS);
    lib.classifyAlignment({ document: a, normalized: na }, { document: b, normalized: nb }, alignment, lib.DEFAULT_OPTIONS);
    whole.push(seconds(t));
    const words = { left: input.leftKeys.map((k) => k.split(' ').length), right: input.rightKeys.map((k) => k.split(' ').length) };
    t = process.hrtime.bigint();
    links = relateUnpaired(alignment.links, scorer, words).length;
    pass.push(seconds(t));
    unpaired = alignment.links.filter((link) => !link.left.length || !link.right.length).length;
  }
  const w = median(whole);
  const p = median(pass);
  console.log(`${name} (semantic ${semantic ? 'on' : 'off'}): compare ${w.toFixed(3)} s, related pass ${p.toFixed(3)} s (${((100 * p) / w).toFixed(1)} % of it; it runs inside compare), ${unpaired} unpaired paragraphs, ${links} related links`);
}
