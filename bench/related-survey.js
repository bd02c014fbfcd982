#!/usr/bin/env node
/**
 * `node bench/related-survey.js [--semantic] [--verbose]`: how many related links (partial reuse) redline reports over
 * every consecutive pair of the FOMC statements and of the UN resolution series and ICT line in ../shared/data, with
 * the default options. `--verbose` also prints the start of each linked paragraph, to the terminal only, for judging
 * links by reading (test/align/data/related-real-labels.json was judged this way). Texts are never written anywhere.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './lib/data.js';
import { loadDocument, compareDocuments, resolveOptions } from '../dist/index.js';

if (!DATA_DIR) {
  console.log('related-survey: skipped, ../shared/data is absent.');
  process.exit(0);
}
const consecutive = (folder) => {
  const files = readdirSync(folder).filter((file) => file.endsWith('.txt') && file !== 'README.txt').sort();
  return files.slice(1).map((file, k) => [join(folder, files[k]), join(folder, file)]);
};
const series = join(DATA_DIR, 'un-resolutions', 'texts', 'series');
const pairs = [
  ...consecutive(join(DATA_DIR, 'fomc-statements')),
  ...readdirSync(series).sort().flatMap((name) => consecutive(join(series, name))),
  ...consecutive(join(DATA_DIR, 'un-resolutions', 'texts', 'ict-security')),
];
const options = resolveOptions({ semantic: process.argv.includes('--semantic') });
const verbose = process.argv.includes('--verbose');
let links = 0;
let withLinks = 0;
for (const [leftPath, rightPath] of pairs) {
  const left = await loadDocument(leftPath);
  const right = await loadDocument(rightPath);
  const { comparison } = compareDocuments(left, right, options);
  links += comparison.related.length;
  if (comparison.related.length) withLinks++;
  if (!verbose) continue;
  for (const link of comparison.related) {
    console.log(`${leftPath.slice(DATA_DIR.length + 1)} → ${rightPath.slice(DATA_DIR.length + 1)} L${JSON.stringify(link.left)} R${JSON.stringify(link.right)} containment ${link.containment}`);
    for (const index of link.left) console.log(`  L${index} ${left.paragraphs[index].text.slice(0, 240)}`);
    for (const index of link.right) console.log(`  R${index} ${right.paragraphs[index].text.slice(0, 240)}`);
  }
}
console.log(`${pairs.length} consecutive pairs (semantic ${options.semantic ? 'on' : 'off'}): ${links} related links, in ${withLinks} pairs`);
